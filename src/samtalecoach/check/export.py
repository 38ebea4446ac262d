"""``samtale check`` results as plain text and JSON (a stable, documented schema)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from samtalecoach.check.analyse import Analysis
from samtalecoach.core.i18n import render, t
from samtalecoach.core.markup import one_line
from samtalecoach.core.model import Lang

SCHEMA = "samtale.check/1"


def headline(analysis: Analysis, lang: Lang) -> str:
    """'Lukket spørgsmål (ja/nej) · sagsafklarende (82 % sikker)'."""
    text = t(lang, f"check.form.{analysis.form.value}")
    if analysis.kind is not None:
        sure = t(lang, "check.confidence", pct=round(analysis.confidence * 100))
        text += f" · {t(lang, f'check.kind.{analysis.kind.value}')} ({sure})"
    return text


def flag_names(analysis: Analysis, lang: Lang) -> str:
    """The flags in words, comma-separated ('' when none)."""
    return ", ".join(t(lang, f"check.flag.{flag.value}") for flag in analysis.flags)


def feedback_lines(analysis: Analysis, lang: Lang) -> list[str]:
    """The feedback, one note per line."""
    return [render(lang, note) for note in analysis.feedback]


def analysis_dict(analysis: Analysis, lang: Lang) -> dict[str, Any]:
    """One utterance as a JSON object (see the README for the schema)."""
    return {
        "text": analysis.text,
        "lang": analysis.lang.value,
        "form": analysis.form.value,
        "kind": analysis.kind.value if analysis.kind else "none",
        "confidence": round(analysis.confidence, 3),
        "flags": [flag.value for flag in analysis.flags],
        "feedback": feedback_lines(analysis, lang),
        "suggestions": [{"id": q.id, "text": q.text.get(analysis.lang)} for q in analysis.suggestions],
    }


def to_json(analyses: Sequence[Analysis], lang: Lang) -> str:
    """``{"schema", "lang", "count", "utterances": [...]}``, one object per utterance."""
    document = {"schema": SCHEMA, "lang": lang.value, "count": len(analyses),
                "utterances": [analysis_dict(a, lang) for a in analyses]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_plain(analyses: Sequence[Analysis], lang: Lang) -> str:
    """Plain text for screen readers and pipes: one block per utterance."""
    blocks = []
    for analysis in analyses:
        lines = [f"» {one_line(analysis.text)}"] if len(analyses) > 1 else []
        lines.append(headline(analysis, lang))
        if analysis.flags:
            lines.append(t(lang, "check.flags", flags=flag_names(analysis, lang)))
        lines += feedback_lines(analysis, lang)
        if analysis.suggestions:
            lines.append(t(lang, "check.try"))
            lines += [f"  - {q.text.get(analysis.lang)}" for q in analysis.suggestions]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
