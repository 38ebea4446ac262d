"""A transcript summary as plain text, Markdown (for a teacher to collect) and JSON."""

from __future__ import annotations

import json
from typing import Any

from samtalecoach.check.export import headline
from samtalecoach.check.rules import UtteranceForm
from samtalecoach.check.transcript import EXPECTED, TranscriptSummary
from samtalecoach.core.i18n import t
from samtalecoach.core.markup import md, one_line
from samtalecoach.core.model import Lang, Phase

SCHEMA = "samtale.check.transcript/1"


def _pct(value: float) -> int:
    return round(value * 100)


def _kinds(summary: TranscriptSummary, third: Phase, lang: Lang) -> str:
    counts = summary.kinds_by_third[third]
    if not counts:
        return t(lang, "transcript.none")
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    return ", ".join(f"{t(lang, f'check.kind.{kind.value}')} {n}" for kind, n in ordered)


def summary_lines(summary: TranscriptSummary, lang: Lang, *, markdown: bool = False) -> list[str]:
    """The summary, line by line (Markdown headings and escaping when ``markdown``)."""
    text = md if markdown else one_line
    head = "## " if markdown else ""
    item = "- " if markdown else "  "
    lines = [("# " if markdown else "") + t(lang, "transcript.title", turns=summary.turns,
                                             mine=len(summary.caseworker)), ""]
    lines.append(head + t(lang, "transcript.forms"))
    for form in UtteranceForm:
        lines.append(item + t(lang, "transcript.form_count", label=t(lang, f"check.form.{form.value}"),
                              n=summary.forms.get(form, 0), pct=_pct(summary.share(form))))
    lines.append(item + t(lang, "transcript.closed_run", n=summary.longest_closed_run))
    lines.append(item + t(lang, "transcript.talk", pct=_pct(summary.talk_share)))
    lines += ["", head + t(lang, "transcript.thirds")]
    for third in Phase:
        mark = "✓" if summary.third_matches(third) else "✗"
        lines.append(item + t(lang, "transcript.third", mark=mark, phase=t(lang, f"phase.{third.value}"),
                              kinds=_kinds(summary, third, lang),
                              expected=t(lang, f"check.kind.{EXPECTED[third].value}")))
    if summary.advice_before_view is not None:
        lines += ["", t(lang, "transcript.advice", n=summary.advice_before_view)]
    lines += ["", head + t(lang, "transcript.rework", n=len(summary.rework))]
    for checked in summary.rework:
        lines.append(item + t(lang, "transcript.turn", n=checked.turn.number, text=text(checked.turn.text)))
        lines.append(("  " if markdown else "    ") + headline(checked.analysis, lang))
        if checked.analysis.suggestions:
            better = checked.analysis.suggestions[0].text.get(checked.analysis.lang)
            lines.append(("  " if markdown else "    ") + t(lang, "transcript.better", text=text(better)))
    return lines


def to_text(summary: TranscriptSummary, lang: Lang) -> str:
    """Plain text."""
    return "\n".join(summary_lines(summary, lang)) + "\n"


def to_markdown(summary: TranscriptSummary, lang: Lang) -> str:
    """Markdown; the turns are escaped, so a turn cannot become a heading or a link."""
    return "\n".join(summary_lines(summary, lang, markdown=True)) + "\n"


def to_json(summary: TranscriptSummary, lang: Lang) -> str:
    """A stable document (see the README)."""
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "lang": lang.value,
        "turns": summary.turns,
        "caseworker_turns": len(summary.caseworker),
        "forms": {form.value: summary.forms.get(form, 0) for form in UtteranceForm},
        "shares": {form.value: round(summary.share(form), 3) for form in UtteranceForm},
        "longest_closed_run": summary.longest_closed_run,
        "talk_share": round(summary.talk_share, 3),
        "thirds": {third.value: {"kinds": {k.value: n for k, n in summary.kinds_by_third[third].items()},
                                 "expected": EXPECTED[third].value,
                                 "as_expected": summary.third_matches(third)} for third in Phase},
        "advice_before_view": summary.advice_before_view,
        "rework": [{"turn": c.turn.number, "text": c.turn.text, "form": c.analysis.form.value,
                    "kind": c.analysis.kind.value if c.analysis.kind else "none",
                    "flags": [f.value for f in c.analysis.flags],
                    "better": [q.text.get(c.analysis.lang) for q in c.analysis.suggestions]}
                   for c in summary.rework],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
