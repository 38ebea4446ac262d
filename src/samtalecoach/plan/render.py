"""Rich renderables for plans, the decision tree, processes and practice drills."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from samtalecoach.core.i18n import label, t
from samtalecoach.core.model import ConversationType, Lang, Phase
from samtalecoach.plan.build import Plan, PlanItem, Topic
from samtalecoach.plan.export import followup_questions, header_facts
from samtalecoach.process.export import flag_text, spark, trend, trend_text
from samtalecoach.process.records import DIMENSIONS, LOW, Process, flags, open_followups
from samtalecoach.questions.render import NARROW

if TYPE_CHECKING:
    from samtalecoach.content.guide import PlanGuide
    from samtalecoach.content.tree import DecisionTree
    from samtalecoach.practice.drills import Task
    from samtalecoach.practice.progress import DrillStats


TYPE_STYLE = {
    ConversationType.ADVISORY_AUTHORITY: "red",
    ConversationType.ADVISORY_DECISION: "magenta",
    ConversationType.ADVISORY_EXPERT: "blue",
    ConversationType.ADVISORY_HELPER: "cyan",
    ConversationType.COACHING: "green",
    ConversationType.CO_CREATIVE: "yellow",
}


def type_text(lang: Lang, ctype: ConversationType) -> Text:
    """The type's name in its colour."""
    return Text(label(lang, ctype), style=f"bold {TYPE_STYLE[ctype]}")


def tree_view(tree: DecisionTree, lang: Lang) -> Tree:
    """The decision tree as a Rich tree: questions, answers, outcomes."""
    yes, no = t(lang, "answer.yes"), t(lang, "answer.no")

    def grow(branch: Tree, node_id: str) -> None:
        node = tree.nodes[node_id]
        for answer, target in ((yes, node.yes), (no, node.no)):
            if target.outcome is not None:
                outcome = tree.outcomes[target.outcome]
                branch.add(Text.assemble((f"{answer} → ", "dim"), type_text(lang, outcome.type)))
            else:
                assert target.next is not None
                following = tree.nodes[target.next]
                child = branch.add(Text.assemble((f"{answer} → ", "dim"), following.text.get(lang)))
                grow(child, target.next)

    root = Tree(Text(tree.nodes[tree.start].text.get(lang), style="bold"))
    grow(root, tree.start)
    return root


def recommendation_view(topic: Topic, number: int, lang: Lang) -> Panel:
    """One topic's type with the reasons and the 'why not' lines."""
    outcome = topic.recommendation.outcome
    # The type opens the body, not the title: a narrow panel cuts its title short.
    body = Text.assemble(type_text(lang, topic.type), "\n")
    body.append(outcome.rationale.get(lang) + "\n")
    for why in outcome.why_not:
        body.append("• ", style="dim")
        body.append(why.text.get(lang) + "\n", style="dim")
    if topic.overridden:
        body.append(t(lang, "plan.override", chosen=label(lang, topic.type),
                      recommended=label(lang, topic.recommendation.type)), style="italic")
    title = Text(f"{number}. {topic.title}", style="bold")
    body.rstrip()
    return Panel(body, title=title, title_align="left", box=box.ROUNDED)


def _checklist(items: Sequence[PlanItem], lang: Lang) -> Text:
    if not items:
        return Text(t(lang, "plan.no_questions"), style="dim")
    text = Text()
    for item in items:
        text.append("☐ ", style="dim")
        text.append(item.text.get(lang))
        if item.id is None:
            text.append(f"  ({t(lang, 'plan.own')})", style="dim")
        text.append("\n")
    text.rstrip()
    return text


def plan_view(plan: Plan, lang: Lang) -> list[RenderableType]:
    """The plan on screen: topics with reasons, then the phases with their questions."""
    views: list[RenderableType] = []
    facts = "  ·  ".join(f"{name}: {value}" for name, value in header_facts(plan, lang))
    views.append(Text(t(lang, "plan.title"), style="bold underline"))
    views.append(Text(facts, style="dim"))
    views += [recommendation_view(topic, n, lang) for n, topic in enumerate(plan.topics, 1)]

    def heading(key: str) -> Text:
        return Text("\n" + t(lang, key), style="bold")

    start = plan.sections_for(Phase.START)[0]
    views += [heading("phase.start"), Text(start.slot.guidance.get(lang), style="italic dim")]
    views += [Text(f"{t(lang, 'plan.say')}: “{text.get(lang)}”", style="cyan")
              for _, text in plan.announcements]
    if plan.process is not None and plan.process.followups:
        views.append(Text(t(lang, "plan.followup") + ":", style="bold dim"))
        views.append(Text("\n".join(f"☐ {q}" for q in followup_questions(plan, lang))))
    views.append(_checklist(start.items, lang))
    views.append(heading("phase.middle"))
    for number, topic in enumerate(plan.topics, 1):
        views.append(Text.assemble((f"{number}. {topic.title} — ", "bold"), type_text(lang, topic.type)))
        for section in plan.sections_for(Phase.MIDDLE, number):
            views.append(Text(f"{label(lang, section.slot.kinds[0])}: {section.slot.guidance.get(lang)}",
                              style="italic dim"))
            views.append(_checklist(section.items, lang))
        if number - 1 < len(plan.transitions):
            views.append(Text(t(lang, "plan.transition") + ":", style="bold dim"))
            views.append(_checklist([plan.transitions[number - 1]], lang))
    end = plan.sections_for(Phase.END)[0]
    views += [heading("phase.end"), Text(end.slot.guidance.get(lang), style="italic dim"),
              _checklist(end.items, lang)]
    views.append(heading("plan.reflection"))
    views.append(Text("\n".join(f"{label(lang, r.moment).capitalize()}: {r.text.get(lang)}"
                                for r in plan.reflections)))
    views.append(heading("plan.alliance"))
    views.append(Text("\n".join(f"• {a.get(lang)}" for a in plan.alliance)))
    return views


def process_list_view(processes: Sequence[Process], lang: Lang) -> Table:
    """All processes in a table."""
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("")
    table.add_column(t(lang, "process.goal"), ratio=1)
    table.add_column(t(lang, "process.subgoal"), ratio=1)
    table.add_column(t(lang, "process.conversations"), justify="right")
    for p in processes:
        table.add_row(Text(p.label, style="bold"), p.goal, p.subgoal,
                      str(len(p.conversations)))
    return table


def process_view(process: Process, guide: PlanGuide, lang: Lang) -> list[RenderableType]:
    """A process: goal, timeline with coloured types, alliance chart, follow-ups, flags."""
    views: list[RenderableType] = [
        Text(process.label, style="bold underline"),
        Text.assemble((f"{t(lang, 'process.goal')}: ", "bold"), process.goal),
        Text.assemble((f"{t(lang, 'process.subgoal')}: ", "bold"), process.subgoal or "-"),
        Text("\n" + t(lang, "process.timeline"), style="bold"),
    ]
    if not process.conversations:
        views.append(Text(t(lang, "process.no_conversations"), style="dim"))
    for c in process.conversations:
        line = Text(c.held.isoformat() + "  ", style="dim")
        for n, (title, ctype) in enumerate(c.topics):
            if n:
                line.append(" · ")
            line.append(title + " — ")
            line.append_text(type_text(lang, ctype))
        views.append(line)
    views.append(Text("\n" + t(lang, "process.alliance"), style="bold"))
    for dimension in DIMENSIONS:
        mine, _ = trend(process, dimension)
        if not mine:
            continue
        name = guide.dimensions[dimension].name.get(lang)
        colour = "red" if mine[-1] < LOW else "green"
        views.append(Text.assemble((f"{name:<9}", "bold"), (spark(mine) + "  ", colour),
                                   trend_text(process, dimension)))
    views.append(Text("\n" + t(lang, "process.followups"), style="bold"))
    items = [item for _, item in open_followups(process)]
    views.append(Text("\n".join(f"☐ {i}" for i in items) if items else "-"))
    views.append(Text("\n" + t(lang, "process.flags"), style="bold"))
    warnings = flags(process)
    if not warnings:
        views.append(Text(t(lang, "process.no_flags"), style="green"))
    for flag in warnings:
        body = Text()
        for suggestion in guide.dimensions[flag.dimension].suggestions:
            body.append("→ " + suggestion.get(lang) + "\n")
        body.rstrip()
        views.append(Panel(body, title=Text(flag_text(flag, guide, lang), style="bold red"),
                           title_align="left", box=box.ROUNDED))
    return views


def task_view(task: Task, lang: Lang, number: int, total: int) -> Panel:
    """A drill task: its context (question, case, statement) in a panel."""
    body = Text()
    for n, part in enumerate(task.context):
        if n:
            body.append("\n\n")
        body.append(part.get(lang), style="bold" if task.drill in ("kinds", "phases", "forms") else "")
    title = f"{number}/{total} · {t(lang, 'drill.' + task.drill)}"
    return Panel(body, title=title, title_align="left", box=box.ROUNDED)


def feedback_view(task: Task, answer: str, lang: Lang, labels: Mapping[str, str]) -> Text:
    """Right or wrong, and why: the right answer's reason, the chosen one's, extras."""
    text = Text()
    right = task.is_correct(answer)
    correct = sorted(task.correct)
    if right:
        text.append(t(lang, "practice.right") + "\n", style="bold green")
    else:
        names = ", ".join(labels.get(c, c) for c in correct)
        text.append(t(lang, "practice.wrong", answer=names) + "\n", style="bold red")
    if task.drill == "disturbance":
        for choice in task.choices:
            mark = "→ " if choice.value == answer else "  "
            text.append(f"{mark}{labels[choice.value]}: ", style="bold")
            text.append(f"“{choice.label.get(lang)}”\n", style="italic")
            text.append(f"  {task.explanations[choice.value].get(lang)}\n")
    else:
        if not right and answer in task.explanations:
            text.append(t(lang, "practice.you_chose", answer=labels.get(answer, answer)) + " ",
                        style="bold")
            text.append(task.explanations[answer].get(lang) + "\n")
        general = task.explanations.get("")
        reason = general or task.explanations.get(correct[0])
        if reason is not None:
            text.append(t(lang, "practice.why") + " ", style="bold")
            text.append(reason.get(lang) + "\n")
    if task.extra is not None:
        text.append(task.extra.get(lang) + "\n", style="italic")
    text.rstrip()
    return text


def task_summary(task: Task, lang: Lang, width: int = 70) -> str:
    """A task in one short line, for the list of tasks to revisit."""
    text = " ".join(part.get(lang) for part in task.context)
    return text if len(text) <= width else text[: width - 1] + "…"


def bar(right: int, total: int, width: int = 10) -> str:
    """'███████░░░' for right out of total."""
    filled = round(width * right / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def score_view(scores: Mapping[str, tuple[int, int]], lang: Lang) -> Table:
    """The round's result per drill, with bars."""
    table = Table(title=t(lang, "practice.score"), title_justify="left", box=box.SIMPLE_HEAD,
                  show_header=False)
    table.add_column()
    table.add_column()
    table.add_column(justify="right")
    for drill, (right, total) in scores.items():
        colour = "green" if right == total else "yellow" if right * 2 >= total else "red"
        table.add_row(t(lang, "drill." + drill), Text(bar(right, total), style=colour),
                      f"{right}/{total}")
    return table


def stats_view(rows: Sequence[DrillStats], lang: Lang, width: int) -> RenderableType:
    """Progress per drill over time: a table, or a list when narrow."""

    def cells(row: DrillStats) -> list[str]:
        share = f"{100 * row.right // row.answers}%" if row.answers else "-"
        rounds = spark([round(10 * r) for r in row.rounds])
        return [str(row.answers), share, str(row.items_seen), str(row.mastered), str(row.due), rounds]

    keys = ("answers", "right", "seen", "mastered", "due", "rounds")
    if width < NARROW + 10:
        text = Text(t(lang, "practice.stats.title") + "\n", style="bold")
        for row in rows:
            text.append(t(lang, "drill." + row.drill) + "\n", style="bold")
            pairs = [f"{t(lang, f'practice.stats.{k}')}: {v}" for k, v in zip(keys, cells(row),
                                                                             strict=True) if v]
            text.append("  " + " · ".join(pairs) + "\n")
        text.rstrip()
        return text
    table = Table(title=t(lang, "practice.stats.title"), title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("", no_wrap=True)
    for key in keys:
        table.add_column(t(lang, f"practice.stats.{key}"), justify="right")
    for row in rows:
        table.add_row(t(lang, "drill." + row.drill), *cells(row))
    return table
