"""A process as plain text (screen readers, pipes) and as Markdown (export).

Both carry every fact that is stored, as ``process show`` on screen and the JSON
export do: each conversation with its topics, agreements and follow-ups (open
or done, with their codes), note and alliance check; the alliance over time; what
is still open; the warnings; and the plans kept with the process.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from samtalecoach.content.guide import PlanGuide
from samtalecoach.core import markup
from samtalecoach.core.i18n import label, t, template
from samtalecoach.core.markup import one_line
from samtalecoach.core.model import ConversationType, Dimension, Lang
from samtalecoach.core.pronouns import Citizen, refer
from samtalecoach.process.alliance import LOW, AllianceScores, Flag, flags, trend, trend_text
from samtalecoach.process.records import NOTE_FLAGS, Conversation, Process, Summary, open_items


def flag_text(flag: Flag, guide: PlanGuide, lang: Lang) -> str:
    """One warning as a sentence (about 'hun': see core.pronouns.refer)."""
    name = guide.dimensions[flag.dimension].name.get(lang)
    values = {"name": name, "previous": flag.previous, "current": flag.current, "low": LOW}
    return t(lang, f"process.flag.{flag.kind.value}", **values)


DIMENSIONS = tuple(Dimension)  # (iterating an enum class is slow in a loop of thousands)


def scores_text(scores: AllianceScores, guide: PlanGuide, lang: Lang) -> str:
    """'Mål 8 · Opgaver 7 · Relation 8 · Samlet 8'."""
    return " · ".join(f"{guide.dimensions[d].name.get(lang)} {scores.get(d)}" for d in DIMENSIONS)


@functools.cache
def _words(lang: Lang) -> dict[str, str]:
    """The catalogue words a timeline repeats for every conversation, looked up once."""
    keys = ("process.agreed", "process.follow_up", "process.note", "process.check.caseworker",
            "process.check.citizen", *(f"note.field.{name}" for name in NOTE_FLAGS))
    return {key: t(lang, key) for key in keys} | {"done_on": template(lang, "process.done_on")}


def item_text(code: str, text: str, done: object, lang: Lang) -> str:
    """'☐ [a3] Ringe til butikken (borgeren, fredag)', or '☑ … (klaret 2026-10-15)'."""
    if done is None:
        return f"☐ [{code}] {text}"
    return f"☑ [{code}] {text} ({_words(lang)['done_on'].format(date=done)})"


def conversation_lines(c: Conversation, guide: PlanGuide, lang: Lang) -> list[str]:
    """The facts of one conversation, one per line, below its date and topics."""
    w = _words(lang)
    lines = [f"{w[f'note.field.{name}']}: {getattr(c.details, name)}" for name in NOTE_FLAGS
             if getattr(c.details, name)]
    lines += [f"{w['process.agreed']}: {item_text(a.code, a.text, a.done, lang)}" for a in c.agreements]
    lines += [f"{w['process.follow_up']}: {item_text(f.code, f.text, f.done, lang)}" for f in c.followups]
    if c.note:
        lines.append(f"{w['process.note']}: {c.note}")
    if c.caseworker:
        lines.append(f"{w['process.check.caseworker']}: {scores_text(c.caseworker, guide, lang)}")
    if c.citizen:
        lines.append(f"{w['process.check.citizen']}: {scores_text(c.citizen, guide, lang)}")
    return lines


def topics_text(c: Conversation, lang: Lang) -> str:
    """'Rammen (Myndighedssamtale); Praktikken (Samskabende)'."""
    return "; ".join(f"{title} ({label(lang, ctype)})" for title, ctype in c.topics)


def plan_lines(record: Mapping[str, Any], question_texts: Mapping[str, str], lang: Lang) -> list[str]:
    """A kept plan: its topics and types, then the questions picked for each part."""
    lines = [f"{n}. {topic['title']} ({label(lang, ConversationType(topic['type']))})"
             for n, topic in enumerate(record.get("topics", []), 1)]
    for slot, picks in record.get("picks", {}).items():
        texts = [p["own"] if isinstance(p, dict) else question_texts.get(p, p) for p in picks]
        lines += [f"{slot}: {text}" for text in texts]
    return lines


def _lines(process: Process, guide: PlanGuide, lang: Lang, md: bool,
           question_texts: Mapping[str, str]) -> list[str]:
    h1, h2, h3 = ("# ", "## ", "### ") if md else ("", "", "")
    bullet, indent = "- ", "  - " if md else "    "
    e = markup.md if md else markup.one_line  # every text stays literal, on its own line

    def section(key: str) -> list[str]:
        return ["", f"{h2}{t(lang, key)}"] + ([""] if md else [])

    out = [f"{h1}{e(process.label)}", "",
           f"{t(lang, 'process.goal')}: {e(process.goal)}" + ("  " if md else ""),
           f"{t(lang, 'process.subgoal')}: {e(process.subgoal or '-')}"]
    out += section("process.timeline")
    if not process.conversations:
        out.append(t(lang, "process.no_conversations"))
    for c in process.conversations:
        out.append(f"{bullet}{c.held.isoformat()}: {e(topics_text(c, lang))}")
        out += [f"{indent}{e(line)}" for line in conversation_lines(c, guide, lang)]
    out += section("process.alliance")
    if md:
        out += alliance_table_md(process, guide, lang)
    for dimension in () if md else Dimension:
        mine, theirs = trend(process.conversations, dimension)
        if mine:
            out.append(f"{bullet}{e(guide.dimensions[dimension].name.get(lang))}: {e(trend_text(mine, theirs))}")
    out += section("process.followups")
    out += [f"{bullet}{e(f'☐ [{i.code}] {i.text} ({i.held.isoformat()})')}" for i in open_items(process)] or ["-"]
    out += section("process.flags")
    warnings = flags(process.conversations)
    if not warnings:
        out.append(t(lang, "process.no_flags"))
    citizen = process.citizen or Citizen.SHE
    for flag in warnings:
        out.append(f"{bullet}{e(refer(flag_text(flag, guide, lang), lang, citizen))}")
        out += [f"{indent}{e(refer(s.get(lang), lang, citizen))}" for s in guide.dimensions[flag.dimension].suggestions]
    if process.plans:
        out += section("process.plans")
        for when, record in process.plans:
            out += [f"{h3}{t(lang, 'process.plan_of', date=when.isoformat())}", *([""] if md else [])]
            out += [f"{bullet}{e(line)}" for line in plan_lines(record, question_texts, lang)]
    return out


#: Marks a score of the latest check that a warning is about.
FLAGGED = "⚠"


def alliance_rows(process: Process) -> list[tuple[str, list[str]]]:
    """Every alliance check as a row: the date, and per dimension '5 (6)' (the
    caseworker's score, the citizen's own in brackets when she rated too); in the
    latest row, a score a warning is about is marked '5 (6) ⚠'."""
    rows = []
    for c in process.conversations:
        if c.caseworker is None:
            continue
        theirs = c.citizen
        cells = [f"{c.caseworker.get(d)}" + (f" ({theirs.get(d)})" if theirs else "") for d in DIMENSIONS]
        rows.append((c.held.isoformat(), cells))
    flagged = {f.dimension for f in flags(process.conversations)}
    if rows and flagged:
        rows[-1] = (rows[-1][0], [cell + (f" {FLAGGED}" if d in flagged else "")
                                  for d, cell in zip(DIMENSIONS, rows[-1][1], strict=True)])
    return rows


def alliance_table_md(process: Process, guide: PlanGuide, lang: Lang) -> list[str]:
    """The alliance over time as a Markdown table (one row per check), or '-'; a line
    under it says what the warning mark means when there is one."""
    rows = alliance_rows(process)
    if not rows:
        return ["-"]
    head = [t(lang, "note.date"), *(guide.dimensions[d].name.get(lang) for d in DIMENSIONS)]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join([held, *cells]) + " |" for held, cells in rows]
    if any(FLAGGED in cell for cell in rows[-1][1]):
        out += ["", markup.md(t(lang, "docx.flag_legend", mark=FLAGGED))]
    return out


def process_to_json(process: Process) -> dict[str, Any]:
    """Everything stored about a process (the right of access): schema samtale.process/2."""
    def scores(s: AllianceScores | None) -> dict[str, int] | None:
        return None if s is None else {d.value: s.get(d) for d in Dimension}

    def done(when: date | None) -> str | None:
        return when.isoformat() if when else None

    return {
        "schema": "samtale.process/2",
        "label": process.label,
        "goal": process.goal,
        "subgoal": process.subgoal,
        "situation": process.situation,
        "citizen": process.citizen.value,
        "created": process.created.isoformat(),
        "conversations": [
            {
                "date": c.held.isoformat(),
                "topics": [{"title": title, "type": ctype.value} for title, ctype in c.topics],
                "agreements": [{"code": a.code, "what": a.what, "who": a.who, "when": a.due, "done": done(a.done)}
                               for a in c.agreements],
                "follow_ups": [{"code": f.code, "text": f.text, "done": done(f.done)} for f in c.followups],
                "note": c.note,
                **{name: getattr(c.details, name) for name in NOTE_FLAGS},
                "alliance": {"caseworker": scores(c.caseworker), "citizen": scores(c.citizen)},
            }
            for c in process.conversations
        ],
        "open": [{"code": i.code, "kind": i.kind, "text": i.text, "date": i.held.isoformat()}
                 for i in open_items(process)],
        "alliance_trend": [{"date": c.held.isoformat(), "caseworker": scores(c.caseworker),
                            "citizen": scores(c.citizen)} for c in process.conversations if c.caseworker],
        "alliance_flags": [{"dimension": f.dimension.value, "kind": f.kind.value, "previous": f.previous,
                            "current": f.current} for f in flags(process.conversations)],
        "plans": [{"date": d.isoformat(), "plan": record} for d, record in process.plans],
    }


def process_json(process: Process) -> str:
    """``process export --format json``: :func:`process_to_json` as text."""
    return json.dumps(process_to_json(process), ensure_ascii=False, indent=2) + "\n"


def process_plain(process: Process, guide: PlanGuide, lang: Lang,
                  question_texts: Mapping[str, str] | None = None) -> str:
    """``samtale process show --format plain``."""
    return "\n".join(_lines(process, guide, lang, False, question_texts or {})) + "\n"


def process_markdown(process: Process, guide: PlanGuide, lang: Lang,
                     question_texts: Mapping[str, str] | None = None) -> str:
    """``samtale process export --format markdown``: everything stored, readable."""
    return "\n".join(_lines(process, guide, lang, True, question_texts or {})) + "\n"


def processes_json(processes: Sequence[Summary]) -> str:
    """``samtale process list --format json``."""
    rows = [{"label": p.label, "goal": p.goal, "subgoal": p.subgoal, "conversations": p.count,
             "last": p.last.isoformat() if p.last else None} for p in processes]
    return json.dumps({"schema": "samtale.processes/1", "processes": rows}, ensure_ascii=False, indent=2) + "\n"


def processes_plain(processes: Sequence[Summary]) -> str:
    """``samtale process list --format plain``: one line per process."""
    lines = [f"{p.label}: {one_line(p.goal)} | {one_line(p.subgoal)} | {p.count} | "
             f"{p.last.isoformat() if p.last else '-'}" for p in processes]
    return "".join(line + "\n" for line in lines)
