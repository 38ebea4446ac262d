"""A process as plain text (screen readers, pipes) and as Markdown (export)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from samtalecoach.content.guide import PlanGuide
from samtalecoach.core.i18n import label, t
from samtalecoach.core.model import Dimension, Lang
from samtalecoach.process.records import LOW, Flag, FlagKind, Process, flags, open_followups


def trend(process: Process, dimension: Dimension) -> tuple[list[int], list[int | None]]:
    """The caseworker's and the citizen's scores of one dimension, per conversation
    with a caseworker check."""
    mine, theirs = [], []
    for conversation in process.conversations:
        if conversation.caseworker is None:
            continue
        mine.append(conversation.caseworker.get(dimension))
        theirs.append(conversation.citizen.get(dimension) if conversation.citizen else None)
    return mine, theirs


def trend_text(process: Process, dimension: Dimension) -> str:
    """'7 → 8 → 5 (6)': the caseworker's scores, the citizen's in brackets."""
    mine, theirs = trend(process, dimension)
    pairs = zip(mine, theirs, strict=True)
    return " → ".join(f"{m}" + (f" ({c})" if c is not None else "") for m, c in pairs)


def flag_text(flag: Flag, guide: PlanGuide, lang: Lang) -> str:
    """One warning as a sentence."""
    name = guide.dimensions[flag.dimension].name.get(lang)
    if flag.kind is FlagKind.DROP:
        return t(lang, "process.flag.drop", name=name, previous=flag.previous, current=flag.current)
    return t(lang, "process.flag.low", name=name, current=flag.current, low=LOW)


def _lines(process: Process, guide: PlanGuide, lang: Lang, md: bool) -> list[str]:
    h2 = "## " if md else ""
    bullet = "- " if md else "- "
    out = [f"{'# ' if md else ''}{process.label}", ""]
    out += [f"{t(lang, 'process.goal')}: {process.goal}",
            f"{t(lang, 'process.subgoal')}: {process.subgoal or '-'}", ""]
    out.append(f"{h2}{t(lang, 'process.timeline')}")
    if md:
        out.append("")
    if not process.conversations:
        out.append(t(lang, "process.no_conversations"))
    for c in process.conversations:
        topics = "; ".join(f"{title} ({label(lang, ctype)})" for title, ctype in c.topics)
        out.append(f"{bullet}{c.held.isoformat()}: {topics}")
        for a in c.agreements:
            extra = ", ".join(x for x in (a.who, a.due) if x)
            out.append(f"    {t(lang, 'process.agreed')}: {a.what}" + (f" ({extra})" if extra else ""))
        if c.note:
            out.append(f"    {t(lang, 'process.note')}: {c.note}")
    out += ["", f"{h2}{t(lang, 'process.alliance')}"]
    if md:
        out.append("")
    for dimension in Dimension:
        mine, _ = trend(process, dimension)
        if mine:
            name = guide.dimensions[dimension].name.get(lang)
            out.append(f"{bullet}{name}: {trend_text(process, dimension)}")
    out += ["", f"{h2}{t(lang, 'process.followups')}"]
    if md:
        out.append("")
    out += [f"{bullet}{item}" for _, item in open_followups(process)] or ["-"]
    out += ["", f"{h2}{t(lang, 'process.flags')}"]
    if md:
        out.append("")
    warnings = flags(process)
    if not warnings:
        out.append(t(lang, "process.no_flags"))
    for flag in warnings:
        out.append(f"{bullet}{flag_text(flag, guide, lang)}")
        out += [f"    {s.get(lang)}" for s in guide.dimensions[flag.dimension].suggestions]
    return out


def process_plain(process: Process, guide: PlanGuide, lang: Lang) -> str:
    """``samtale process show --format plain``."""
    return "\n".join(_lines(process, guide, lang, md=False)) + "\n"


def process_markdown(process: Process, guide: PlanGuide, lang: Lang) -> str:
    """``samtale process export --format md``: everything stored, readable."""
    return "\n".join(_lines(process, guide, lang, md=True)) + "\n"


def processes_json(processes: Sequence[Process]) -> str:
    """``samtale process list --format json``."""
    rows = [{"label": p.label, "goal": p.goal, "subgoal": p.subgoal, "conversations": len(p.conversations),
             "last": p.last.held.isoformat() if p.last else None} for p in processes]
    return json.dumps({"schema": "samtale.processes/1", "processes": rows}, ensure_ascii=False, indent=2) + "\n"


def processes_plain(processes: Sequence[Process]) -> str:
    """``samtale process list --format plain``: one line per process."""
    lines = [f"{p.label}: {p.goal} | {p.subgoal} | {len(p.conversations)} | "
             f"{p.last.held.isoformat() if p.last else '-'}" for p in processes]
    return "".join(line + "\n" for line in lines)
