"""Rich renderables for the banks: question tables, situations, bank coverage.

Plans, processes and drills are drawn by their own features' render modules, so
that listing questions loads none of their code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from samtalecoach.core.i18n import label, t
from samtalecoach.core.model import Banks, ConversationType, Kind, Lang, Phase
from samtalecoach.questions.export import group_by_kind, kind_heading, situation_counts
from samtalecoach.questions.finder import Hit
from samtalecoach.ui.style import NARROW

KIND_STYLE = {
    Kind.FRAMING: "bold blue",
    Kind.CASE_CLARIFYING: "bold cyan",
    Kind.DEVELOPING: "bold magenta",
    Kind.ACTION_CLARIFYING: "bold green",
}
SPECIFIC_MARK = "★ "


def questions_view(
    hits: Sequence[Hit], lang: Lang, width: int, mark_specific: bool
) -> list[RenderableType]:
    """One titled table per kind (a stacked list when narrow)."""
    views: list[RenderableType] = []
    for kind, group in group_by_kind(hits):
        title = Text(kind_heading(lang, kind, len(group)), style=KIND_STYLE[kind])
        table = Table(
            title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True,
            show_header=width >= NARROW, padding=(0, 1), leading=1,
        )
        if width >= NARROW:
            table.add_column(t(lang, "col.question"), ratio=1)
            table.add_column(t(lang, "col.phases"), style="dim", no_wrap=True)
            table.add_column(t(lang, "col.id"), style="dim", no_wrap=True)
        else:
            table.add_column(t(lang, "col.question"), ratio=1)
        for hit in group:
            q = hit.question
            cell = Text()
            if mark_specific and hit.specific:
                cell.append(SPECIFIC_MARK, style="yellow")
            cell.append(q.text.get(lang))
            if q.note:
                cell.append("\n↳ " + q.note.get(lang), style="italic dim")
            phases = ", ".join(label(lang, p) for p in q.phases)
            meta = f"{phases}\n{label(lang, q.intensity)}"
            if width >= NARROW:
                table.add_row(cell, meta, q.id)
            else:
                cell.append(f"\n{q.id} · {phases} · {label(lang, q.intensity)}", style="dim")
                table.add_row(cell)
        views.append(table)
    if mark_specific and any(h.specific for h in hits):
        views.append(Text(SPECIFIC_MARK + t(lang, "mark.specific"), style="yellow"))
    return views


def situations_view(banks: Banks, lang: Lang) -> list[RenderableType]:
    """A panel per situation with its care notes."""
    counts = situation_counts(banks)
    panels: list[RenderableType] = [Text(t(lang, "situations.title"), style="bold")]
    for s in banks.situations:
        body = Text(s.description.get(lang) + "\n")
        for note in s.care_notes:
            body.append("• ", style="cyan")
            body.append(note.get(lang) + "\n")
        body.append(f"{t(lang, 'situations.aliases')}: {', '.join(s.aliases)}\n", style="dim")
        body.append(t(lang, "situations.questions", n=counts[s.id]), style="dim")
        title = Text.assemble((s.name.get(lang), "bold"), (f"  {s.id}", "dim"))
        panels.append(Panel(body, title=title, title_align="left", box=box.ROUNDED))
    return panels


def coverage_view(banks: Banks, lang: Lang) -> list[RenderableType]:
    """Three small tables: kind × phase, per conversation type, per situation."""
    by_kind_phase: Counter[tuple[Kind, Phase]] = Counter()
    by_kind: Counter[Kind] = Counter()
    by_type: Counter[ConversationType] = Counter()
    by_situation: dict[str, Counter[Kind]] = {s.id: Counter() for s in banks.situations}
    for q in banks.questions:
        by_kind[q.kind] += 1
        for phase in q.phases:
            by_kind_phase[(q.kind, phase)] += 1
        for ctype in q.conversation_types:
            by_type[ctype] += 1
        for situation in q.situations:
            by_situation[situation][q.kind] += 1

    kp = Table(title=t(lang, "check.by_kind_phase"), title_justify="left", box=box.SIMPLE_HEAD)
    kp.add_column(t(lang, "col.kind"))
    for phase in Phase:
        kp.add_column(label(lang, phase), justify="right")
    kp.add_column(t(lang, "col.total"), justify="right", style="bold")
    for kind in Kind:
        kp.add_row(label(lang, kind), *(str(by_kind_phase[(kind, p)]) for p in Phase),
                   str(by_kind[kind]))
    phase_totals = [sum(1 for q in banks.questions if p in q.phases) for p in Phase]
    kp.add_row(t(lang, "col.total"), *(str(n) for n in phase_totals), str(len(banks.questions)),
               style="bold")

    ty = Table(title=t(lang, "check.by_type"), title_justify="left", box=box.SIMPLE_HEAD)
    ty.add_column(t(lang, "col.type"))
    ty.add_column("id", style="dim")
    ty.add_column(t(lang, "col.count"), justify="right")
    for ctype in ConversationType:
        ty.add_row(label(lang, ctype), ctype.value, str(by_type[ctype]))

    si = Table(title=t(lang, "check.by_situation"), title_justify="left", box=box.SIMPLE_HEAD)
    si.add_column(t(lang, "col.situation"))
    si.add_column(t(lang, "col.count"), justify="right")
    si.add_column(t(lang, "col.kinds"), justify="right")
    for s in banks.situations:
        counts = by_situation[s.id]
        si.add_row(s.name.get(lang), str(sum(counts.values())), str(len(counts)))
    return [Group(kp, ty, si)]
