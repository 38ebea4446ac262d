"""Plain, Markdown and JSON writers. No Rich here: these must stay fast and pipe-safe.

The JSON schema of ``samtale questions --format json`` is documented in the
README ("JSON output") and kept stable: fields are only ever added.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from samtalecoach.core.i18n import label, t
from samtalecoach.core.markup import md
from samtalecoach.core.model import Banks, Kind, Lang, OutputFormat, Question, Situation
from samtalecoach.questions.finder import Hit

QUESTIONS_SCHEMA = "samtale.questions/1"
SITUATIONS_SCHEMA = "samtale.situations/1"


def group_by_kind(hits: Sequence[Hit]) -> list[tuple[Kind, list[Hit]]]:
    """Hits grouped by kind, in the order given (already sorted by kind)."""
    return [(kind, list(group)) for kind, group in groupby(hits, key=lambda h: h.question.kind)]


def kind_heading(lang: Lang, kind: Kind, count: int) -> str:
    """'Udviklende spørgsmål (12)'."""
    return f"{t(lang, 'kind.heading', label=label(lang, kind))} ({count})"


def question_meta(lang: Lang, question: Question) -> str:
    """A short line of facts: phases and intensity."""
    phases = ", ".join(label(lang, p) for p in question.phases)
    return f"{phases}; {label(lang, question.intensity)}"


def question_to_json(question: Question, lang: Lang) -> dict[str, Any]:
    """The documented JSON object of one question, with its text in ``lang``."""
    return {
        "id": question.id,
        "text": question.text.get(lang),
        "kind": question.kind.value,
        "form": question.form.value,
        "phases": [p.value for p in question.phases],
        "conversation_types": [c.value for c in question.conversation_types],
        "situations": list(question.situations),
        "intensity": question.intensity.value,
        "family": question.family,
        "note": question.note.get(lang) if question.note else None,
    }


def questions_json(hits: Sequence[Hit], lang: Lang) -> str:
    """``--format json``: an object with schema, lang, count and questions."""
    document = {
        "schema": QUESTIONS_SCHEMA,
        "lang": lang.value,
        "count": len(hits),
        "questions": [question_to_json(h.question, lang) for h in hits],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def split_specific(group: list[Hit]) -> list[tuple[str | None, list[Hit]]]:
    """With a situation filter, the situation's own questions and the general ones
    as two labelled parts (message keys); otherwise one unlabelled part."""
    specific = [h for h in group if h.specific]
    if not specific or len(specific) == len(group):
        return [(None, group)]
    return [("group.specific", specific), ("group.general", [h for h in group if not h.specific])]


def questions_plain(hits: Sequence[Hit], lang: Lang) -> str:
    """``--format plain``: a heading per kind, then 'id: text' lines. No colour, no boxes."""
    blocks = []
    for kind, group in group_by_kind(hits):
        lines = [kind_heading(lang, kind, len(group))]
        for key, part in split_specific(group):
            if key:
                lines.append(f"{t(lang, key)} ({len(part)}):")
            lines += [f"{h.question.id}: {h.question.text.get(lang)}" for h in part]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def questions_markdown(hits: Sequence[Hit], lang: Lang) -> str:
    """``--format markdown``: a section per kind, a bullet per question."""
    blocks = []
    for kind, group in group_by_kind(hits):
        lines = [f"## {kind_heading(lang, kind, len(group))}", ""]
        for key, part in split_specific(group):
            if key:
                lines += [f"**{t(lang, key)}**", ""]
            for hit in part:
                q = hit.question
                lines.append(f"- {md(q.text.get(lang))}  \n  *{md(q.id)} · {md(question_meta(lang, q))}*")
            if key:
                lines.append("")
        blocks.append("\n".join(lines).rstrip("\n"))
    return "\n\n".join(blocks) + "\n"


def situation_counts(banks: Banks) -> dict[str, int]:
    """How many questions are written for each situation."""
    counts = {s.id: 0 for s in banks.situations}
    for question in banks.questions:
        for situation in question.situations:
            counts[situation] = counts.get(situation, 0) + 1
    return counts


def situations_json(banks: Banks, lang: Lang) -> str:
    """``samtale situations --format json``."""
    counts = situation_counts(banks)
    document = {
        "schema": SITUATIONS_SCHEMA,
        "lang": lang.value,
        "situations": [
            {
                "id": s.id,
                "name": s.name.get(lang),
                "description": s.description.get(lang),
                "care_notes": [n.get(lang) for n in s.care_notes],
                "aliases": list(s.aliases),
                "questions": counts[s.id],
            }
            for s in banks.situations
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def situation_plain(situation: Situation, lang: Lang, count: int) -> str:
    """One situation as plain text."""
    lines = [f"{situation.name.get(lang)} ({situation.id})", situation.description.get(lang)]
    lines += [f"- {note.get(lang)}" for note in situation.care_notes]
    lines.append(t(lang, "situations.questions", n=count))
    return "\n".join(lines)


def situations_plain(banks: Banks, lang: Lang) -> str:
    """``samtale situations --format plain``."""
    counts = situation_counts(banks)
    return "\n\n".join(situation_plain(s, lang, counts[s.id]) for s in banks.situations) + "\n"


def situations_markdown(banks: Banks, lang: Lang) -> str:
    """``samtale situations --format markdown``."""
    counts = situation_counts(banks)
    blocks = []
    for s in banks.situations:
        lines = [f"## {md(s.name.get(lang))} (`{s.id}`)", "", md(s.description.get(lang)), ""]
        lines += [f"- {md(note.get(lang))}" for note in s.care_notes]
        lines += ["", f"*{t(lang, 'situations.questions', n=counts[s.id])}*"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


#: The writer of each text format, for questions and for situations.
QUESTION_WRITERS = {OutputFormat.JSON: questions_json, OutputFormat.PLAIN: questions_plain,
                    OutputFormat.MARKDOWN: questions_markdown}
SITUATION_WRITERS = {OutputFormat.JSON: situations_json, OutputFormat.PLAIN: situations_plain,
                     OutputFormat.MARKDOWN: situations_markdown}
