"""Writers for a conversation plan: JSON (stable schema), Markdown and standalone HTML.

The JSON schema ``samtale.plan/1`` is documented in the README ("Plan JSON");
fields are only ever added.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from samtalecoach.content.tree import Suggestion
from samtalecoach.core.i18n import label, t, template
from samtalecoach.core.markup import md
from samtalecoach.core.model import Lang, Phase
from samtalecoach.core.pronouns import refer
from samtalecoach.plan.build import Plan, PlanItem, PlanSection, Topic

PLAN_SCHEMA = "samtale.plan/1"
RECORD_SCHEMA = "samtale.plan-record/1"


def _item_json(item: PlanItem, lang: Lang) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text.get(lang),
        "kind": item.kind.value if item.kind else None,
        "own": item.own,
    }


def _section_json(section: PlanSection, lang: Lang) -> dict[str, Any]:
    return {
        "key": section.slot.key,
        "kinds": [k.value for k in section.slot.kinds],
        "guidance": section.slot.guidance.get(lang),
        "questions": [_item_json(i, lang) for i in section.items],
    }


def suggestion_text(suggestion: Suggestion, lang: Lang) -> str:
    """'Overvej også et emne: «Rammen for samarbejdet» før dette emne. Rammen er …'."""
    where = t(lang, "plan.suggest.before" if suggestion.before else "plan.suggest.after")
    return t(lang, "plan.suggest", title=suggestion.title, where=where, why=suggestion.why)


def topic_notes(topic: Topic, lang: Lang) -> list[str]:
    """The topic's notes, then the other topics its answers suggest, as sentences."""
    return [n.get(lang) for n in topic.notes] + [
        suggestion_text(s, lang) for s in topic.recommendation.suggestions]


def _topic_json(number: int, topic: Topic, lang: Lang) -> dict[str, Any]:
    rec = topic.recommendation
    shown = topic.shown
    return {
        "number": number,
        "title": topic.title,
        "type": topic.type.value,
        "type_name": label(lang, topic.type),
        "recommended_type": rec.type.value,
        "overridden": topic.overridden,
        "outcome": rec.outcome.id,
        "rationale": shown.rationale.get(lang),
        "why_not": [{"type": w.type.value, "text": w.text.get(lang)} for w in shown.why_not],
        "recommendation": {
            "type": rec.type.value,
            "outcome": rec.outcome.id,
            "rationale": rec.outcome.rationale.get(lang),
            "why_not": [{"type": w.type.value, "text": w.text.get(lang)} for w in rec.outcome.why_not],
        },
        "facts": {fact: answer for fact, answer in rec.path},
        "notes": [n.get(lang) for n in topic.notes],
        "suggestions": [{"key": sg.key, "title": sg.title.get(lang), "before": sg.before, "why": sg.why.get(lang),
                         "facts": dict(sg.facts)} for sg in rec.suggestions],
    }


def plan_to_json(plan: Plan, lang: Lang) -> dict[str, Any]:
    """The documented JSON object of a plan."""
    middle = []
    for number, _ in enumerate(plan.topics, 1):
        switch = plan.transition_after(number)
        transition = switch.items[0] if switch is not None and switch.items else None
        middle.append({
            "topic": number,
            "steps": [_section_json(s, lang) for s in plan.sections_for(Phase.MIDDLE, number)],
            "transition_after": _item_json(transition, lang) if transition else None,
        })
    start = plan.sections_for(Phase.START)[0]
    end = plan.sections_for(Phase.END)[0]
    return {
        "schema": PLAN_SCHEMA,
        "lang": lang.value,
        "created": plan.created.isoformat(),
        "situation": plan.situation.id if plan.situation else None,
        "intensity": plan.intensity.value,
        "topics": [_topic_json(n, topic, lang) for n, topic in enumerate(plan.topics, 1)],
        "announcements": [{"type": ct.value, "text": text.get(lang)} for ct, text in plan.announcements],
        "phases": {
            "start": _section_json(start, lang),
            "middle": middle,
            "end": _section_json(end, lang),
        },
        "reflection": [
            {"id": r.id, "moment": r.moment.value, "text": r.text.get(lang)} for r in plan.reflections
        ],
        "alliance": [a.get(lang) for a in plan.alliance],
        "process": None if plan.process is None else {
            "label": plan.process.label,
            "goal": plan.process.goal,
            "subgoal": plan.process.subgoal,
            "follow_up": followup_questions(plan, lang),
            "alliance_warnings": alliance_warnings(plan, lang),
        },
        "picks": picks(plan, lang),
    }


def picks(plan: Plan, lang: Lang) -> dict[str, list[Any]]:
    """Slot key -> question ids and {own: text}, to rebuild the plan from an answers file.
    A slot that holds only the plan guide's own sentence is left out: it comes back."""
    result: dict[str, list[Any]] = {}
    for section in plan.sections:
        if section.items and all(i.id is None and not i.own for i in section.items):
            continue
        result[section.slot.key] = [i.id if i.id else {"own": i.text.get(lang)} for i in section.items]
    return result


def plan_record(plan: Plan) -> dict[str, Any]:
    """The plan in a language-independent form, to keep with a process: ids, facts,
    types and picks (the questions' texts come from the banks when it is shown)."""
    return {
        "schema": RECORD_SCHEMA,
        "created": plan.created.isoformat(),
        "situation": plan.situation.id if plan.situation else None,
        "intensity": plan.intensity.value,
        "topics": [
            {"title": topic.title, "type": topic.type.value,
             "recommended_type": topic.recommendation.type.value,
             "facts": dict(topic.answers), "situation": topic.situation,
             "intensity": topic.intensity.value if topic.intensity else None}
            for topic in plan.topics
        ],
        "picks": picks(plan, Lang.DA),
    }


def followup_questions(plan: Plan, lang: Lang) -> list[str]:
    """'Sidst aftalte vi ... Hvordan er det gået?' for each item from last time."""
    if plan.process is None:
        return []
    return [said(plan, lang, f"process.question.{kind}", item=item) for kind, item in plan.process.followups]


def alliance_warnings(plan: Plan, lang: Lang) -> list[str]:
    """The process's alliance warnings (a score that dropped or is low) with what to do."""
    return [] if plan.process is None else [w.get(lang) for w in plan.process.warnings]


def said(plan: Plan, lang: Lang, key: str, **values: object) -> str:
    """A catalogue text about the citizen, referring to her as the plan does (the values,
    such as her own words, are left as they are)."""
    return refer(template(lang, key), lang, plan.citizen).format(**values)


def plan_json(plan: Plan, lang: Lang) -> str:
    """``--format json`` / ``.json`` files."""
    return json.dumps(plan_to_json(plan, lang), ensure_ascii=False, indent=2) + "\n"


def _date(plan: Plan, lang: Lang) -> str:
    return plan.created.strftime("%d.%m.%Y") if lang is Lang.DA else plan.created.isoformat()


def header_facts(plan: Plan, lang: Lang) -> list[tuple[str, str]]:
    situation = plan.situation.name.get(lang) if plan.situation else t(lang, "plan.none")
    facts = [
        (t(lang, "plan.date"), _date(plan, lang)),
        (t(lang, "plan.situation"), situation),
        (said(plan, lang, "plan.intensity"), label(lang, plan.intensity)),
    ]
    if plan.process is not None:
        facts += [
            (t(lang, "plan.process"), plan.process.label),
            (t(lang, "process.goal"), plan.process.goal),
            (t(lang, "process.subgoal"), plan.process.subgoal or "-"),
        ]
    return facts


def override_lines(topic: Topic, lang: Lang) -> list[str]:
    """For a type chosen instead of the recommendation: that it was, and the tree's
    recommendation with its reasons, marked as such."""
    if not topic.overridden:
        return []
    rec = topic.recommendation
    return [t(lang, "plan.override", chosen=label(lang, topic.type), recommended=label(lang, rec.type)),
            t(lang, "plan.recommended", type=label(lang, rec.type), rationale=rec.outcome.rationale)]


def plan_markdown(plan: Plan, lang: Lang) -> str:
    """A printable one-pager: topics with reasons, questions as checkboxes, room for notes.
    Every text in it is literal (``md``): a title cannot become a heading or HTML."""
    out = [f"# {t(lang, 'plan.title')}", ""]
    out += [f"**{md(name)}:** {md(value)}  " for name, value in header_facts(plan, lang)]
    out += [f"\n> **{t(lang, 'plan.alliance_warning')}:** {md(w)}" for w in alliance_warnings(plan, lang)]
    out += ["", f"## {t(lang, 'plan.topics')}", ""]
    for number, topic in enumerate(plan.topics, 1):
        out.append(f"{number}. **{md(topic.title)}** — {label(lang, topic.type)}")
        out.append(f"   - {t(lang, 'plan.why')}: {md(topic.shown.rationale.get(lang))}")
        out += [f"   - {md(w.text.get(lang))}" for w in topic.shown.why_not]
        out += [f"   - **{t(lang, 'plan.note')}:** {md(note)}" for note in topic_notes(topic, lang)]
        out += [f"   - *{md(line)}*" for line in override_lines(topic, lang)]
    out += ["", f"## {t(lang, 'phase.start')}", ""]
    start = plan.sections_for(Phase.START)[0]
    out += [f"*{md(start.slot.guidance.get(lang))}*", ""]
    for _, text in plan.announcements:
        out += [f"> {t(lang, 'plan.say')}: “{md(text.get(lang))}”", ""]
    if plan.process is not None and plan.process.followups:
        out += [f"**{t(lang, 'plan.followup')}:**", ""]
        out += [f"- [ ] {md(q)}" for q in followup_questions(plan, lang)] + [""]
    out += _md_items(start.items, lang)
    out += ["", f"## {t(lang, 'phase.middle')}"]
    for number, topic in enumerate(plan.topics, 1):
        out += ["", f"### {number}. {md(topic.title)} — {label(lang, topic.type)}"]
        for section in plan.sections_for(Phase.MIDDLE, number):
            out += ["", f"*{label(lang, section.slot.kinds[0])}: {md(section.slot.guidance.get(lang))}*", ""]
            out += _md_items(section.items, lang)
        switch = plan.transition_after(number)
        if switch is not None and switch.items:
            out += ["", f"**{t(lang, 'plan.transition')}:**", ""]
            out += _md_items(switch.items, lang)
    end = plan.sections_for(Phase.END)[0]
    out += ["", f"## {t(lang, 'phase.end')}", "", f"*{md(end.slot.guidance.get(lang))}*", ""]
    out += _md_items(end.items, lang)
    out += ["", f"## {t(lang, 'plan.reflection')}", ""]
    out += [f"- **{label(lang, r.moment).capitalize()}:** {md(r.text.get(lang))}" for r in plan.reflections]
    out += ["", f"## {t(lang, 'plan.alliance')}", ""]
    out += [f"- {md(a.get(lang))}" for a in plan.alliance]
    out += ["", f"## {t(lang, 'plan.notes')}", "", *(["&nbsp;", ""] * 6)]
    return "\n".join(out).rstrip() + "\n"


def _md_items(items: tuple[PlanItem, ...] | list[PlanItem], lang: Lang) -> list[str]:
    if not items:
        return [f"*{t(lang, 'plan.no_questions')}*"]
    return [f"- [ ] {md(item.text.get(lang))}" for item in items]


HTML_STYLE = """
@page { size: A4; margin: 14mm 14mm; }
body { font: 10pt/1.35 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #111; max-width: 46em;
       margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .3em; }
h2 { font-size: 13pt; border-bottom: 1px solid #999; margin: 1.2em 0 .4em; break-after: avoid; }
h3 { font-size: 11.5pt; margin: .9em 0 .3em; break-after: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.guidance { font-style: italic; color: #333; margin: .2em 0 .4em; break-after: avoid; }
.say { border-left: 3px solid #777; padding-left: .6em; margin: .4em 0; }
ul.checks { list-style: none; padding-left: 0; margin: .2em 0; }
ul.checks li { padding-left: 1.6em; text-indent: -1.6em; margin: .15em 0; break-inside: avoid; }
ul.checks li::before { content: "\\2610"; display: inline-block; width: 1.6em; text-indent: 0; }
.why { font-size: 10pt; color: #333; }
.notes { border: 1px solid #999; min-height: 5cm; }
p.lead { font-weight: 600; margin: .6em 0 .1em; break-after: avoid; }
p.warning { border-left: 3px solid #b36b00; padding-left: .6em; margin: .5em 0; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def plan_html(plan: Plan, lang: Lang) -> str:
    """A standalone, well-formed HTML page that prints on A4."""

    def e(text: str) -> str:
        return escape(text, quote=True)

    def items(list_items: tuple[PlanItem, ...] | list[PlanItem]) -> str:
        if not list_items:
            return f'<p class="guidance">{e(t(lang, "plan.no_questions"))}</p>'
        rows = "".join(f"<li>{e(i.text.get(lang))}</li>" for i in list_items)
        return f'<ul class="checks">{rows}</ul>'

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang.value}">',
        "<head>",
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f"<title>{e(t(lang, 'plan.title'))} {e(_date(plan, lang))}</title>",
        f"<style>{HTML_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{e(t(lang, 'plan.title'))}</h1>",
        '<dl class="facts">',
        *(f"<dt>{e(n)}</dt><dd>{e(v)}</dd>" for n, v in header_facts(plan, lang)),
        "</dl>",
        *(f'<p class="warning"><strong>{e(t(lang, "plan.alliance_warning"))}:</strong> {e(w)}</p>'
          for w in alliance_warnings(plan, lang)),
        f"<h2>{e(t(lang, 'plan.topics'))}</h2>",
        "<ol>",
    ]
    for topic in plan.topics:
        outcome = topic.shown
        whys = "".join(f"<li>{e(w.text.get(lang))}</li>" for w in outcome.why_not)
        whys += "".join(f"<li><strong>{e(t(lang, 'plan.note'))}:</strong> {e(note)}</li>"
                        for note in topic_notes(topic, lang))
        override = "".join(f"<li><em>{e(line)}</em></li>" for line in override_lines(topic, lang))
        parts.append(
            f"<li><strong>{e(topic.title)}</strong> — {e(label(lang, topic.type))}"
            f'<ul class="why"><li>{e(t(lang, "plan.why"))}: {e(outcome.rationale.get(lang))}</li>'
            f"{whys}{override}</ul></li>"
        )
    parts.append("</ol>")
    start = plan.sections_for(Phase.START)[0]
    parts += [f"<h2>{e(t(lang, 'phase.start'))}</h2>",
              f'<p class="guidance">{e(start.slot.guidance.get(lang))}</p>']
    parts += [f'<p class="say">{e(t(lang, "plan.say"))}: “{e(text.get(lang))}”</p>'
              for _, text in plan.announcements]
    if plan.process is not None and plan.process.followups:
        parts.append(f'<p class="lead">{e(t(lang, "plan.followup"))}:</p>')
        parts.append(items([PlanItem.typed(q) for q in followup_questions(plan, lang)]))
    parts.append(items(start.items))
    parts.append(f"<h2>{e(t(lang, 'phase.middle'))}</h2>")
    for number, topic in enumerate(plan.topics, 1):
        parts.append(f"<h3>{number}. {e(topic.title)} — {e(label(lang, topic.type))}</h3>")
        for section in plan.sections_for(Phase.MIDDLE, number):
            parts.append(f'<p class="guidance">{e(label(lang, section.slot.kinds[0]))}: '
                         f"{e(section.slot.guidance.get(lang))}</p>")
            parts.append(items(section.items))
        switch = plan.transition_after(number)
        if switch is not None and switch.items:
            parts.append(f'<p class="lead">{e(t(lang, "plan.transition"))}:</p>')
            parts.append(items(switch.items))
    end = plan.sections_for(Phase.END)[0]
    parts += [f"<h2>{e(t(lang, 'phase.end'))}</h2>",
              f'<p class="guidance">{e(end.slot.guidance.get(lang))}</p>', items(end.items)]
    parts.append(f"<h2>{e(t(lang, 'plan.reflection'))}</h2><ul>")
    parts += [f"<li><strong>{e(label(lang, r.moment).capitalize())}:</strong> {e(r.text.get(lang))}</li>"
              for r in plan.reflections]
    parts.append(f"</ul><h2>{e(t(lang, 'plan.alliance'))}</h2><ul>")
    parts += [f"<li>{e(a.get(lang))}</li>" for a in plan.alliance]
    parts += ["</ul>", f"<h2>{e(t(lang, 'plan.notes'))}</h2>", '<div class="notes"></div>',
              "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def plan_docx(plan: Plan, lang: Lang, template: Path | None = None, where: str = ".docx") -> bytes:
    """A Word file of the plan, made from its Markdown (the same texts): a new A4
    document, or ``template`` filled at its placeholders (see ``core.wordfile``)."""
    from samtalecoach.core.wordfile import DocInfo, docx_bytes

    info = DocInfo(f"{t(lang, 'plan.title')} {_date(plan, lang)}", plan.created, lang)
    return docx_bytes(plan_markdown(plan, lang), info, template=template, where=where)


#: The writer of each plan file suffix.
PLAN_WRITERS: dict[str, Callable[[Plan, Lang], str | bytes]] = {
    ".md": plan_markdown, ".markdown": plan_markdown, ".json": plan_json,
    ".html": plan_html, ".htm": plan_html, ".docx": plan_docx,
}
