"""Rich renderables for practice: a task, its feedback, the score, progress over time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich import box
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from samtalecoach.core.i18n import t
from samtalecoach.core.model import Lang
from samtalecoach.practice.drills import Drill, Task
from samtalecoach.practice.progress import DrillStats
from samtalecoach.roleplay.export import score_text
from samtalecoach.roleplay.records import SessionSummary
from samtalecoach.ui.style import NARROW, bar, spark

#: Drills whose task is one question from the banks, shown in bold.
QUESTION_DRILLS = (Drill.KINDS, Drill.PHASES, Drill.FORMS)


def task_view(task: Task, lang: Lang, number: int, total: int) -> Panel:
    """A drill task: its context (question, case, statement) in a panel."""
    body = Text()
    for n, part in enumerate(task.context):
        if n:
            body.append("\n\n")
        body.append(part.get(lang), style="bold" if task.drill in QUESTION_DRILLS else "")
    title = f"{number}/{total} · {t(lang, 'drill.' + task.drill)}"
    return Panel(body, title=title, title_align="left", box=box.ROUNDED)


def feedback_view(task: Task, answer: str, lang: Lang, labels: Mapping[str, str]) -> Text:
    """Right or wrong, and why: the right answer's reason, the chosen one's, extras."""
    text = Text()
    right = task.is_correct(answer)
    correct = sorted(task.correct)
    if right:
        text.append(t(lang, "practice.right") + "\n", style="bold green")
    elif task.judge is not None:
        text.append(t(lang, "practice.rewrite_wrong") + "\n", style="bold red")
    else:
        names = ", ".join(labels.get(c, c) for c in correct)
        text.append(t(lang, "practice.wrong", answer=names) + "\n", style="bold red")
    if task.drill is Drill.DISTURBANCE:
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


def score_view(scores: Mapping[Drill, tuple[int, int]], lang: Lang) -> Table:
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


def roleplays_view(sessions: Sequence[SessionSummary], lang: Lang) -> Text:
    """Role-play results over time: one line per session and the alliance at the end of each."""
    text = Text(t(lang, "practice.roleplays") + "\n", style="bold")
    for s in sessions:
        start, end = (score_text(v, lang) for v in (s.alliance_start, s.alliance_end))
        text.append(t(lang, "practice.roleplay_row", played=s.played[:10], title=s.title, start=start, end=end,
                      reached=s.reached, total=s.disclosures, open=round(s.open_share * 100)) + "\n")
    text.append(t(lang, "practice.roleplay_trend", spark=spark([round(s.alliance_end) for s in sessions])))
    return text
