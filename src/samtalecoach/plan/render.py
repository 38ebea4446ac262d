"""Rich renderables for plans and the decision tree."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text
from rich.tree import Tree

from samtalecoach.content.tree import DecisionTree
from samtalecoach.core.i18n import label, t
from samtalecoach.core.model import Lang, Phase
from samtalecoach.plan.answers import PlanAnswers
from samtalecoach.plan.build import Plan, PlanItem, ProcessContext, Topic
from samtalecoach.plan.export import (
    alliance_warnings,
    followup_questions,
    header_facts,
    override_lines,
    suggestion_text,
    topic_notes,
)
from samtalecoach.ui.style import type_text


def tree_view(tree: DecisionTree, lang: Lang, narrow: bool = False) -> Group:
    """The decision tree as a Rich tree (questions, answers, outcomes), then the checks
    asked once the type is known, with what each answer adds. ``narrow``: the questions
    as a numbered list that points forward by number, so no indentation eats the line
    (a tree eight levels deep leaves a 40-column screen room for half a word)."""
    yes, no = t(lang, "answer.yes"), t(lang, "answer.no")
    root: RenderableType = _numbered_tree(tree, lang) if narrow else _drawn_tree(tree, lang)
    checks = Tree(Text(t(lang, "tree.checks"), style="bold"))
    for check in tree.checks.values():
        users = [o.type for o in tree.outcomes.values() if check.fact in o.checks]
        names = ", ".join(label(lang, ctype) for ctype in dict.fromkeys(users))
        node = checks.add(Text.assemble(check.text.get(lang), (f"  ({names})", "dim")))
        for answer, effect in ((yes, check.yes), (no, check.no)):
            if effect.suggest is not None:
                node.add(Text.assemble((f"{answer} → ", "dim"), suggestion_text(effect.suggest, lang)))
            elif effect.note is not None:
                node.add(Text.assemble((f"{answer} → ", "dim"), effect.note.get(lang)))
    return Group(root, Text(""), checks)


def _drawn_tree(tree: DecisionTree, lang: Lang) -> Tree:
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


def _numbered_tree(tree: DecisionTree, lang: Lang) -> Group:
    yes, no = t(lang, "answer.yes"), t(lang, "answer.no")
    order: list[str] = []

    def visit(node_id: str) -> None:
        order.append(node_id)
        node = tree.nodes[node_id]
        for target in (node.yes, node.no):
            if target.next is not None and target.next not in order:
                visit(target.next)

    visit(tree.start)
    number = {node_id: n for n, node_id in enumerate(order, start=1)}
    lines: list[RenderableType] = []
    for node_id in order:
        node = tree.nodes[node_id]
        lines.append(Text.assemble((f"{number[node_id]}. ", "bold"), (node.text.get(lang), "bold")))
        for answer, target in ((yes, node.yes), (no, node.no)):
            if target.outcome is not None:
                goal = type_text(lang, tree.outcomes[target.outcome].type)
            else:
                assert target.next is not None
                goal = Text(t(lang, "tree.goto", number=number[target.next]))
            lines.append(Text.assemble("   ", (f"{answer} → ", "dim"), goal))
    return Group(*lines)


def recommendation_view(topic: Topic, number: int, lang: Lang) -> Panel:
    """One topic's type with the reasons and the 'why not' lines."""
    outcome = topic.shown
    # The type opens the body, not the title: a narrow panel cuts its title short.
    body = Text.assemble(type_text(lang, topic.type), "\n")
    body.append(outcome.rationale.get(lang) + "\n")
    for why in outcome.why_not:
        body.append("• ", style="dim")
        body.append(why.text.get(lang) + "\n", style="dim")
    for note in topic_notes(topic, lang):
        body.append("→ ", style="bold")
        body.append(note + "\n")
    for line in override_lines(topic, lang):
        body.append(line + "\n", style="italic")
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
        if item.own:
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
    views += [Text.assemble((f"{t(lang, 'plan.alliance_warning')}: ", "bold yellow"), w)
              for w in alliance_warnings(plan, lang)]
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
        switch = plan.transition_after(number)
        if switch is not None and switch.items:
            views.append(Text(t(lang, "plan.transition") + ":", style="bold dim"))
            views.append(_checklist(switch.items, lang))
    end = plan.sections_for(Phase.END)[0]
    views += [heading("phase.end"), Text(end.slot.guidance.get(lang), style="italic dim"),
              _checklist(end.items, lang)]
    views.append(heading("plan.reflection"))
    views.append(Text("\n".join(f"{label(lang, r.moment).capitalize()}: {r.text.get(lang)}"
                                for r in plan.reflections)))
    views.append(heading("plan.alliance"))
    views.append(Text("\n".join(f"• {a.get(lang)}" for a in plan.alliance)))
    return views


def process_header(context: ProcessContext, lang: Lang) -> Text:
    """The process a plan is for, in one line: goal and sub-goal."""
    return Text.assemble((f"{t(lang, 'process.goal')}: ", "bold"), context.goal,
                         (f"  ·  {t(lang, 'process.subgoal')}: ", "bold"), context.subgoal or "-")


def resumed_view(answers: PlanAnswers, lang: Lang) -> Text:
    """What an answers file or a draft has answered already, in a few lines."""
    text = Text(t(lang, "plan.resumed") + ":\n", style="bold")
    if answers.situation_set or answers.situation:
        text.append(f"  {t(lang, 'plan.situation')}: {answers.situation or t(lang, 'plan.none')}\n")
    if answers.intensity:
        text.append(f"  {t(lang, 'plan.intensity')}: {label(lang, answers.intensity)}\n")
    for number, topic in enumerate(answers.topics, 1):
        chosen = f" — {label(lang, topic.type)}" if topic.type else ""
        text.append(f"  {number}. {topic.title}{chosen}\n")
    if answers.picks:
        text.append(f"  {t(lang, 'plan.resumed.picks', n=len(answers.picks))}\n")
    text.append(t(lang, "plan.resumed.back"), style="dim")
    return text
