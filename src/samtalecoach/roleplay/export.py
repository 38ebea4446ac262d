"""The session and its debrief as JSON (a stable schema), Markdown, HTML and Word."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from samtalecoach.core.i18n import label, render, t
from samtalecoach.core.markup import md
from samtalecoach.core.model import Kind, Lang, Phase
from samtalecoach.core.scenario import Dim
from samtalecoach.roleplay.debrief import Debrief, lang_text, spark
from samtalecoach.roleplay.engine import State
from samtalecoach.roleplay.lint import Report, mermaid
from samtalecoach.roleplay.play import Conversation, Turn

SCHEMA = "samtale.roleplay/1"


def score_text(value: float, lang: Lang) -> str:
    """A 0-10 score with one decimal, with a decimal comma in Danish."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang is Lang.DA else text


def _state(state: State) -> dict[str, Any]:
    return {**{dim.value: state[dim] for dim in Dim}, "alliance": state.alliance, "phase": state.phase.value}


def _turn(turn: Turn, lang: Lang) -> dict[str, Any]:
    a = turn.analysis
    return {
        "number": turn.number,
        "phase": turn.phase.value,
        "caseworker": turn.caseworker,
        "analysis": {"form": a.form.value, "kind": a.kind.value if a.kind else None,
                     "confidence": round(a.confidence, 3), "flags": [f.value for f in a.flags]},
        "move": {"class": turn.move.cls.value, "mirrored": turn.move.mirrored, "repeated": turn.move.repeated,
                 "tells_decision": turn.move.tells},
        "verdict": turn.outcome.verdict.value,
        "reply_key": turn.outcome.key.value,
        "disclosure": turn.disclosure.id if turn.disclosure else None,
        "citizen": turn.reply.say.get(lang),
        "think": lang_text(turn.reply.think, lang) or None,
        "state": _state(turn.state),
    }


def session_to_json(conversation: Conversation, debrief: Debrief, lang: Lang) -> dict[str, Any]:
    """The whole session: scenario, opening, turns, closing and debrief (schema samtale.roleplay/1)."""
    s = conversation.scenario
    c = debrief.counts
    return {
        "schema": SCHEMA,
        "scenario": {"id": s.id, "title": s.title.get(lang), "titles": {"da": s.title.da, "en": s.title.en},
                     "field": s.field,
                     "types": [ty.value for ty in s.types], "difficulty": s.difficulty,
                     "why_type": s.why_type.get(lang)},
        "lang": lang.value,
        "seed": conversation.seed,
        "opening": conversation.opening.say.get(lang),
        "turns": [_turn(turn, lang) for turn in conversation.turns],
        "closing": lang_text(debrief.closing, lang) or None,
        "debrief": {
            "counts": {"turns": len(conversation.turns), "open": c.open, "closed": c.closed,
                       "helping": c.helping, "statements": c.statements,
                       "longest_closed_run": c.longest_closed_run, "talk_share": c.talk_share,
                       "mirrored": c.mirrored, "verdicts": {v.value: n for v, n in c.verdicts.items()}},
            "kinds_by_phase": {p.value: {k.value: n for k, n in kinds.items()}
                               for p, kinds in debrief.kinds_by_phase.items()},
            "missing_kinds": {p.value: [k.value for k in kinds] for p, kinds in debrief.missing_kinds.items()},
            "alliance": {"start": debrief.start.alliance, "end": debrief.end.alliance,
                         "curve": list(debrief.curve)},
            "state": {"start": _state(debrief.start), "end": _state(debrief.end)},
            "disclosures": {
                "reached": [{"id": d.id, "turn": n, "said": d.reply.say.get(lang)} for d, n in debrief.reached],
                "missed": [{"id": d.id, "move": d.move.get(lang)} for d in debrief.missed]},
            "best": [{"turn": n.turn.number, "caseworker": n.turn.caseworker, "why": render(lang, n.why)}
                     for n in debrief.best],
            "rework": [{"turn": n.turn.number, "caseworker": n.turn.caseworker, "why": render(lang, n.why),
                        "better": n.better.text.get(lang) if n.better else None} for n in debrief.rework],
            "hidden_thoughts": [{"turn": n, "text": th.get(lang)} for n, th in debrief.thoughts],
            "concerns": [c.get(lang) for c in s.citizen.concerns],
            "unaware": [u.get(lang) for u in s.citizen.unaware],
        },
    }


def session_json(conversation: Conversation, debrief: Debrief, lang: Lang) -> str:
    """:func:`session_to_json` as text."""
    return json.dumps(session_to_json(conversation, debrief, lang), ensure_ascii=False, indent=2) + "\n"


def turn_label(turn: Turn, lang: Lang) -> str:
    """Form, kind, flags and disturbance verdict of a turn, in one short line."""
    a = turn.analysis
    parts = [t(lang, f"rp.form.{a.form.value}")]
    if a.kind is not None and a.form.value != "statement":
        parts.append(t(lang, f"check.kind.{a.kind.value}"))
    parts += [t(lang, f"check.flag.{f.value}") for f in a.flags]
    if turn.move.mirrored:
        parts.append(t(lang, "rp.mirrored"))
    parts.append(t(lang, f"rp.verdict.{turn.outcome.verdict.value}"))
    return ", ".join(parts)


def _kinds_line(debrief: Debrief, phase: Phase, lang: Lang) -> str:
    kinds = debrief.kinds_by_phase[phase]
    said = ", ".join(f"{label(lang, k).lower()} {n}" for k, n in kinds.items() if n) or t(lang, "rp.none")
    line = f"{t(lang, f'rp.phase.{phase.value}').capitalize()}: {said}"
    missing = debrief.missing_kinds.get(phase)
    if missing:
        line += " — " + t(lang, "rp.missing", kinds=", ".join(label(lang, k).lower() for k in missing))
    return line


def debrief_lines(conversation: Conversation, debrief: Debrief, lang: Lang) -> list[tuple[str, list[str]]]:
    """The debrief as sections of lines (the same texts for every format)."""
    s = conversation.scenario
    c = debrief.counts
    name = s.citizen.name
    transcript = [f"{name}: {conversation.opening.say.get(lang)}"]
    for turn in conversation.turns:
        transcript.append(f"{turn.number}. {t(lang, 'rp.you')}: {turn.caseworker}  [{turn_label(turn, lang)}]")
        transcript.append(f"{name}: {turn.reply.say.get(lang)}")
    if debrief.closing is not None:
        transcript.append(f"{name}: {debrief.closing.get(lang)}")
    verdicts = ", ".join(f"{t(lang, f'rp.verdict.{v.value}')} {n}" for v, n in c.verdicts.items())
    counts = [t(lang, "rp.counts", open=c.open, closed=c.closed, helping=c.helping, statements=c.statements),
              t(lang, "rp.closed_run", n=c.longest_closed_run),
              t(lang, "rp.talk_share", pct=round(c.talk_share * 100)),
              t(lang, "rp.mirrored_n", n=c.mirrored), verdicts]
    dims = [f"{t(lang, f'rp.dim.{d.value}')}: {debrief.start[d]} → {debrief.end[d]}" for d in Dim]
    alliance = [f"{spark(debrief.curve)}  {score_text(debrief.start.alliance, lang)} → "
                f"{score_text(debrief.end.alliance, lang)}", *dims]
    reached = [t(lang, "rp.reached", n=n, text=d.reply.say.get(lang)) for d, n in debrief.reached]
    missed = [t(lang, "rp.missed", move=d.move.get(lang)) for d in debrief.missed]
    best = [f"{n.turn.number}. {n.turn.caseworker} — {render(lang, n.why)}" for n in debrief.best]
    rework = []
    for n in debrief.rework:
        line = f"{n.turn.number}. {n.turn.caseworker} — {render(lang, n.why)}"
        if n.better is not None:
            line += ". " + t(lang, "rp.better", text=n.better.text.get(lang))
        rework.append(line)
    thoughts = [t(lang, "rp.thought", n=n, text=th.get(lang)) if n <= len(conversation.turns) else th.get(lang)
                for n, th in debrief.thoughts]
    thoughts += [t(lang, "rp.concern", text=x.get(lang)) for x in s.citizen.concerns]
    thoughts += [t(lang, "rp.unaware", text=x.get(lang)) for x in s.citizen.unaware]
    types = ", ".join(label(lang, ty) for ty in s.types)
    return [
        (t(lang, "rp.h.type"), [f"{types}: {s.why_type.get(lang)}"]),
        (t(lang, "rp.h.transcript"), transcript),
        (t(lang, "rp.h.counts"), counts),
        (t(lang, "rp.h.kinds"), [_kinds_line(debrief, p, lang) for p in Phase if p in debrief.missing_kinds]
         or [t(lang, "rp.none")]),
        (t(lang, "rp.h.alliance"), alliance),
        (t(lang, "rp.h.disclosures"), reached + missed or [t(lang, "rp.none")]),
        (t(lang, "rp.h.best"), best or [t(lang, "rp.none")]),
        (t(lang, "rp.h.rework"), rework or [t(lang, "rp.none")]),
        (t(lang, "rp.h.thoughts"), thoughts or [t(lang, "rp.none")]),
    ]


def _title(conversation: Conversation, lang: Lang) -> str:
    return t(lang, "rp.debrief_title", title=conversation.scenario.title.get(lang))


def debrief_markdown(conversation: Conversation, debrief: Debrief, lang: Lang) -> str:
    """The debrief as Markdown."""
    out = [f"# {md(_title(conversation, lang))}", ""]
    for heading, lines in debrief_lines(conversation, debrief, lang):
        out += [f"## {md(heading)}", ""]
        out += [f"- {md(line)}" for line in lines]
        out.append("")
    return "\n".join(out)


HTML_STYLE = """
@page { size: A4; margin: 14mm; }
body { font: 10pt/1.4 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #111; max-width: 46em;
       margin: 2em auto; padding: 0 1em; }
h1 { font-size: 17pt; margin: 0 0 .4em; }
h2 { font-size: 12.5pt; border-bottom: 1px solid #999; margin: 1.2em 0 .4em; break-after: avoid; }
ul { padding-left: 1.2em; margin: .2em 0; }
li { margin: .15em 0; break-inside: avoid; }
"""


def debrief_html(conversation: Conversation, debrief: Debrief, lang: Lang) -> str:
    """The debrief as a standalone HTML page that prints on A4."""
    def e(text: str) -> str:
        return escape(text, quote=True)

    title = _title(conversation, lang)
    parts = ["<!DOCTYPE html>", f'<html lang="{lang.value}">', "<head>", '<meta charset="utf-8" />',
             '<meta name="viewport" content="width=device-width, initial-scale=1" />',
             f"<title>{e(title)}</title>", f"<style>{HTML_STYLE}</style>", "</head>", "<body>",
             f"<h1>{e(title)}</h1>"]
    for heading, lines in debrief_lines(conversation, debrief, lang):
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        parts += [f"<li>{e(line)}</li>" for line in lines]
        parts.append("</ul>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def debrief_docx(conversation: Conversation, debrief: Debrief, lang: Lang) -> bytes:
    """The debrief as a Word file (A4), from its Markdown."""
    from samtalecoach.core.wordfile import DocInfo, docx_bytes

    info = DocInfo(_title(conversation, lang), date.today(), lang)
    return docx_bytes(debrief_markdown(conversation, debrief, lang), info)


def mermaid_text(report: Report, lang: Lang) -> str:
    """``roleplay check --graph``: the scenario as a Mermaid flowchart, labelled in ``lang``."""
    names = {d.value: t(lang, f"rp.dim.{d.value}") for d in Dim}
    names |= {k.value: label(lang, k).lower() for k in Kind}
    names |= {p.value: t(lang, f"rp.phase.{p.value}") for p in Phase}
    names |= {key: t(lang, f"rp.graph.{key}") for key in ("begin", "turns", "unreachable", "good_end")}
    return "\n".join(mermaid(report.scenario, report, names)) + "\n"


#: The writer of each debrief file suffix.
WRITERS: dict[str, Callable[[Conversation, Debrief, Lang], str | bytes]] = {
    ".md": debrief_markdown, ".markdown": debrief_markdown, ".json": session_json,
    ".html": debrief_html, ".htm": debrief_html, ".docx": debrief_docx,
}
