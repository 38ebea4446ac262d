"""Rich renderables for conversation processes: the list, and one process in full."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from samtalecoach.content.guide import PlanGuide
from samtalecoach.core.i18n import t
from samtalecoach.core.model import Dimension, Lang
from samtalecoach.process.export import flag_text, trend, trend_text
from samtalecoach.process.records import LOW, Process, flags, open_followups
from samtalecoach.ui.style import spark, type_text


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
    for dimension in Dimension:
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
