"""Rich renderables for conversation processes: the list, and one process in full.

``process_view`` shows the same facts as the plain and Markdown writers (it uses
their line builders), with colours and charts added.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich import box
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from samtalecoach.content.guide import PlanGuide
from samtalecoach.core.i18n import t
from samtalecoach.core.model import Dimension, Lang
from samtalecoach.core.pronouns import Citizen, refer
from samtalecoach.process.alliance import LOW, TREND_SHOWN, flags, trend, trend_text
from samtalecoach.process.export import conversation_lines, flag_text, plan_lines
from samtalecoach.process.records import Process, Summary, open_items
from samtalecoach.ui.style import NARROW, spark, type_text


def process_list_view(processes: Sequence[Summary], lang: Lang, width: int) -> RenderableType:
    """All processes: a table, or a list when narrow."""
    def last(p: Summary) -> str:
        return p.last.isoformat() if p.last else "-"

    if width < NARROW:
        text = Text()
        for p in processes:
            text.append(p.label + "\n", style="bold")
            text.append(f"  {t(lang, 'process.goal')}: {p.goal}\n  {t(lang, 'process.subgoal')}: {p.subgoal or '-'}\n"
                        f"  {t(lang, 'process.conversations')}: {p.count} · "
                        f"{t(lang, 'process.last')}: {last(p)}\n")
        text.rstrip()
        return text
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column(t(lang, "process.label"), no_wrap=True)
    table.add_column(t(lang, "process.goal"), ratio=1)
    table.add_column(t(lang, "process.subgoal"), ratio=1)
    table.add_column(t(lang, "process.conversations"), justify="right")
    table.add_column(t(lang, "process.last"), no_wrap=True)
    for p in processes:
        table.add_row(Text(p.label, style="bold"), p.goal, p.subgoal or "-", str(p.count), last(p))
    return table


def process_view(process: Process, guide: PlanGuide, lang: Lang,
                 question_texts: Mapping[str, str] | None = None, last: int | None = None) -> list[RenderableType]:
    """A process: goal, timeline with coloured types and every logged fact (of the
    ``last`` conversations, if given, saying how many earlier ones are left out), the
    alliance chart, open items, warnings with suggestions, and the plans kept with it."""
    views: list[RenderableType] = [
        Text(process.label, style="bold underline"),
        Text.assemble((f"{t(lang, 'process.goal')}: ", "bold"), process.goal),
        Text.assemble((f"{t(lang, 'process.subgoal')}: ", "bold"), process.subgoal or "-"),
        Text("\n" + t(lang, "process.timeline"), style="bold"),
    ]
    if not process.conversations:
        views.append(Text(t(lang, "process.no_conversations"), style="dim"))
    shown = process.conversations if last is None else process.conversations[-last:]
    if len(shown) < len(process.conversations):
        views.append(Text(t(lang, "process.earlier", n=len(process.conversations) - len(shown),
                            label=process.label), style="dim"))
    timeline = Text()  # one Text, not one per line: Rich's cost is per printed object
    for c in shown:
        if timeline:
            timeline.append("\n")
        timeline.append(c.held.isoformat() + "  ", style="dim")
        for n, (title, ctype) in enumerate(c.topics):
            if n:
                timeline.append(" · ")
            timeline.append(title + " — ")
            timeline.append_text(type_text(lang, ctype))
        for fact in conversation_lines(c, guide, lang):
            timeline.append("\n    " + fact)
    if timeline:
        views.append(timeline)
    views.append(Text("\n" + t(lang, "process.alliance"), style="bold"))
    for dimension in Dimension:
        mine, theirs = trend(process.conversations, dimension)
        if not mine:
            continue
        name = guide.dimensions[dimension].name.get(lang)
        colour = "red" if mine[-1] < LOW else "green"
        views.append(Text.assemble((f"{name:<9}", "bold"), (spark(mine[-TREND_SHOWN:]) + "  ", colour),
                                   trend_text(mine, theirs)))
    views.append(Text("\n" + t(lang, "process.followups"), style="bold"))
    items = [f"☐ [{i.code}] {i.text} ({i.held.isoformat()})" for i in open_items(process)]
    views.append(Text("\n".join(items) if items else "-"))
    views.append(Text("\n" + t(lang, "process.flags"), style="bold"))
    warnings = flags(process.conversations)
    if not warnings:
        views.append(Text(t(lang, "process.no_flags"), style="green"))
    citizen = process.citizen or Citizen.SHE
    for flag in warnings:
        body = Text()
        for suggestion in guide.dimensions[flag.dimension].suggestions:
            body.append("→ " + refer(suggestion.get(lang), lang, citizen) + "\n")
        body.rstrip()
        views.append(Panel(body, title=Text(refer(flag_text(flag, guide, lang), lang, citizen), style="bold red"),
                           title_align="left", box=box.ROUNDED))
    if process.plans:
        views.append(Text("\n" + t(lang, "process.plans"), style="bold"))
        for when, record in process.plans:
            views.append(Text(t(lang, "process.plan_of", date=when.isoformat()), style="bold dim"))
            views.append(Text("\n".join("• " + line for line in plan_lines(record, question_texts or {}, lang))))
    return views
