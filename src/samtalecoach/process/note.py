"""A journal-note draft of one logged conversation, shaped by the duty to take notes.

Offentlighedsloven § 13 (notatpligt) asks for what was learnt orally about the
facts of the case, external professional assessments, and the significant steps
in the case. The draft holds what the log has of that: date, who took part (roles,
the pseudonym only), the purpose, the conversation types and why, the citizen's own
account, external assessments, agreements and follow-ups, the alliance check; and
a clearly marked gap ("[udfyld: …]") for everything the log does not have, so a
draft is never mistaken for a finished note. It holds data of that one process only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from samtalecoach.content.guide import PlanGuide
from samtalecoach.content.tree import DecisionTree, Recommendation, next_step
from samtalecoach.core.errors import UsageError
from samtalecoach.core.i18n import label, t
from samtalecoach.core.markup import md, one_line
from samtalecoach.core.model import ConversationType, Dimension, Lang, Localized
from samtalecoach.core.pronouns import Citizen, refer
from samtalecoach.process.alliance import AllianceScores
from samtalecoach.process.records import NOTE_FLAGS, Agreement, FollowUp, NoteDetails, Process

NOTE_SCHEMA = "samtale.note/1"

#: The roles a caseworker leans on in each conversation type (the practice model).
ROLES: dict[ConversationType, tuple[str, ...]] = {
    ConversationType.ADVISORY_AUTHORITY: ("authority",),
    ConversationType.ADVISORY_DECISION: ("authority",),
    ConversationType.ADVISORY_EXPERT: ("expert",),
    ConversationType.ADVISORY_HELPER: ("helper",),
    ConversationType.COACHING: ("motivator",),
    ConversationType.CO_CREATIVE: ("motivator", "process_owner"),
}


@dataclass(frozen=True, slots=True)
class NoteTopic:
    """A topic of the conversation, its type, and the reason for it when a plan gave one."""

    title: str
    type: ConversationType
    reason: Localized | None = None


@dataclass(frozen=True, slots=True)
class JournalNote:
    """The facts of one conversation that its journal note is drafted from."""

    label: str
    number: int
    count: int
    held: date
    goal: str
    subgoal: str
    topics: tuple[NoteTopic, ...]
    details: NoteDetails
    agreements: tuple[Agreement, ...]
    followups: tuple[FollowUp, ...]
    #: Items from earlier conversations of the process marked done at this one: (code, text).
    done_here: tuple[tuple[str, str], ...]
    note: str
    caseworker: AllianceScores | None
    citizen: AllianceScores | None
    #: How texts refer to the citizen (the reasons from the decision tree are about 'hun').
    citizen_form: Citizen = Citizen.SHE

    @property
    def roles(self) -> tuple[str, ...]:
        """The caseworker's roles in this conversation, from its types, without repeats."""
        return tuple(dict.fromkeys(r for topic in self.topics for r in ROLES[topic.type]))


def draft_note(process: Process, number: int | None, tree: DecisionTree) -> JournalNote:
    """The note of conversation ``number`` (1 = the first; None = the latest) of ``process``."""
    count = len(process.conversations)
    if count == 0:
        raise UsageError(key="error.note_no_conversations", label=process.label)
    chosen = count if number is None else number
    if not 1 <= chosen <= count:
        raise UsageError(key="error.note_conversation", value=chosen, n=count)
    c = process.conversations[chosen - 1]
    reasons = _plan_reasons(process, c.held, tree)
    done_here = [(a.code, a.text) for earlier in process.conversations if earlier is not c
                 for a in earlier.agreements if a.done == c.held]
    done_here += [(f.code, f.text) for earlier in process.conversations if earlier is not c
                  for f in earlier.followups if f.done == c.held]
    topics = tuple(NoteTopic(title, ctype, reasons.get((title.casefold(), ctype))) for title, ctype in c.topics)
    return JournalNote(process.label, chosen, count, c.held, process.goal, process.subgoal, topics, c.details,
                       c.agreements, c.followups, tuple(done_here), c.note, c.caseworker, c.citizen,
                       process.citizen)


def _plan_reasons(process: Process, held: date,
                  tree: DecisionTree) -> dict[tuple[str, ConversationType], Localized]:
    """(title, type) -> the decision tree's reason, from the plans kept with the process
    up to the conversation's day (the latest plan wins); the first sentence, which says
    why (the rest is advice for the conversation)."""
    reasons: dict[tuple[str, ConversationType], Localized] = {}
    for made, record in process.plans:
        if made > held:
            continue
        for topic in record.get("topics", []):
            try:
                ctype = ConversationType(topic["type"])
                step = next_step(tree, {k: bool(v) for k, v in topic.get("facts", {}).items()}, checks=False)
            except (KeyError, ValueError, TypeError, AttributeError):
                continue  # a plan record samtale cannot read gives no reason; the gap stays
            # The tree's reason for the type chosen: its own outcome, or (chosen instead of
            # the recommendation) the first outcome of that type.
            outcome = step.outcome if isinstance(step, Recommendation) else None
            if outcome is None or outcome.type is not ctype:
                outcome = tree.outcome_for(ctype)
            reasons[(str(topic["title"]).casefold(), ctype)] = outcome.rationale
    return reasons


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


def gap(lang: Lang, what: str) -> str:
    """'[udfyld: what]': a gap the caseworker must fill before the note is finished."""
    return t(lang, "note.gap", what=t(lang, f"note.gap.{what}"))


@dataclass(frozen=True, slots=True)
class NoteLine:
    """One line of a note: a heading, a field ('name: value'), an item ('☐ text'), or text."""

    kind: str  # "title", "heading", "field", "item" (a check box), "bullet", "text"
    text: str
    name: str = ""
    done: bool = False


def note_lines(note: JournalNote, guide: PlanGuide, lang: Lang) -> list[NoteLine]:
    """The note, line by line, in the order every format writes it."""
    def field_(key: str, value: str) -> NoteLine:
        return NoteLine("field", value, t(lang, key))

    roles = "; ".join(t(lang, f"note.role.{r}") for r in note.roles) or gap(lang, "roles")
    others = note.details.present or gap(lang, "present")
    out = [NoteLine("title", t(lang, "note.title")),
           field_("note.process", note.label),
           field_("note.date", t(lang, "note.date_value", date=note.held.isoformat(), n=note.number, of=note.count)),
           field_("note.participants", t(lang, "note.participants_value", label=note.label)),
           field_("note.field.present", others),
           field_("note.roles", roles),
           field_("process.goal", note.goal),
           field_("process.subgoal", note.subgoal or "-")]
    out += [NoteLine("heading", t(lang, "note.field.purpose")),
            NoteLine("text", note.details.purpose or gap(lang, "purpose"))]
    out.append(NoteLine("heading", t(lang, "note.types")))
    for topic in note.topics:
        reason = _reason(topic.reason, note, lang) or gap(lang, "reason")
        out.append(NoteLine("bullet", t(lang, "note.type_line", title=topic.title, type=label(lang, topic.type),
                                        reason=reason)))
    if not note.topics:
        out.append(NoteLine("text", gap(lang, "topics")))
    out += [NoteLine("heading", t(lang, "note.field.account")),
            NoteLine("text", note.details.account or gap(lang, "account")),
            NoteLine("heading", t(lang, "note.field.assessments")),
            NoteLine("text", note.details.assessments or gap(lang, "assessments")),
            NoteLine("heading", t(lang, "note.agreements"))]
    for a in note.agreements:
        who = a.who or gap(lang, "who")
        when = a.due or gap(lang, "when")
        text = t(lang, "note.agreement", what=a.what, who=who, when=when)
        out.append(NoteLine("item", text, done=a.done is not None))
    if not note.agreements:
        out.append(NoteLine("text", gap(lang, "agreements")))
    out.append(NoteLine("heading", t(lang, "note.followups")))
    out += [NoteLine("item", f.text, done=f.done is not None) for f in note.followups]
    if not note.followups:
        out.append(NoteLine("text", gap(lang, "followups")))
    if note.done_here:
        out.append(NoteLine("heading", t(lang, "note.done_here")))
        out += [NoteLine("item", text, done=True) for _, text in note.done_here]
    if note.caseworker is not None:
        out.append(NoteLine("heading", t(lang, "note.alliance")))
        out.append(field_("process.check.caseworker", _scores(note.caseworker, guide, lang)))
        if note.citizen is not None:
            out.append(field_("process.check.citizen", _scores(note.citizen, guide, lang)))
    if note.note:
        out += [NoteLine("heading", t(lang, "note.own_note")), NoteLine("text", note.note)]
    out += [NoteLine("heading", t(lang, "note.before_filing")), NoteLine("text", t(lang, "note.draft_warning"))]
    return out


def _reason(reason: Localized | None, note: JournalNote, lang: Lang) -> str:
    return "" if reason is None else refer(_first_sentence(reason.get(lang)), lang, note.citizen_form)


def _scores(scores: AllianceScores, guide: PlanGuide, lang: Lang) -> str:
    return " · ".join(f"{guide.dimensions[d].name.get(lang)} {scores.get(d)}" for d in Dimension)


def note_plain(lines: list[NoteLine]) -> str:
    """For pasting into the case system: no markup; check boxes as ☐ and ☑."""
    out: list[str] = []
    for line in lines:
        text = one_line(line.text)
        if line.kind == "heading":
            out += ["", text]
        elif line.kind == "field":
            out.append(f"{line.name}: {text}")
        elif line.kind == "item":
            out.append(f"{'☑' if line.done else '☐'} {text}")
        elif line.kind == "bullet":
            out.append(f"- {text}")
        elif line.kind == "title":
            out += [text, ""]
        else:
            out.append(text)
    return "\n".join(out) + "\n"


def note_markdown(lines: list[NoteLine]) -> str:
    """Markdown: headings, fields in bold, agreements and follow-ups as check boxes."""
    out: list[str] = []
    for line in lines:
        text = md(line.text)
        if line.kind == "title":
            out += [f"# {text}", ""]
        elif line.kind == "heading":
            out += ["", f"## {text}", ""]
        elif line.kind == "field":
            out.append(f"**{md(line.name)}:** {text}  ")
        elif line.kind == "item":
            out.append(f"- [{'x' if line.done else ' '}] {text}")
        elif line.kind == "bullet":
            out.append(f"- {text}")
        else:
            out.append(text)
    return "\n".join(out).replace("  \n\n", "\n\n") + "\n"


def note_to_json(note: JournalNote, lines: list[NoteLine], lang: Lang) -> dict[str, Any]:
    """``--format json``: schema samtale.note/1. A field the log does not have is null
    (and named in ``gaps``); ``text`` is the draft as plain text."""
    def scores(s: AllianceScores | None) -> dict[str, int] | None:
        return None if s is None else {d.value: s.get(d) for d in Dimension}

    details = {name: getattr(note.details, name) or None for name in NOTE_FLAGS}
    gaps = [name for name, value in details.items() if value is None]
    gaps += ["agreements"] if not note.agreements else []
    gaps += ["follow_ups"] if not note.followups else []
    gaps += ["reason"] if any(not topic.reason for topic in note.topics) else []
    return {
        "schema": NOTE_SCHEMA, "lang": lang.value, "label": note.label, "conversation": note.number,
        "of": note.count, "date": note.held.isoformat(), "goal": note.goal, "subgoal": note.subgoal,
        "caseworker_roles": list(note.roles), **details,
        "topics": [{"title": tp.title, "type": tp.type.value, "type_name": label(lang, tp.type),
                    "reason": _reason(tp.reason, note, lang) or None} for tp in note.topics],
        "agreements": [{"code": a.code, "what": a.what, "who": a.who or None, "when": a.due or None,
                        "done": a.done.isoformat() if a.done else None} for a in note.agreements],
        "follow_ups": [{"code": f.code, "text": f.text, "done": f.done.isoformat() if f.done else None}
                       for f in note.followups],
        "done_here": [{"code": code, "text": text} for code, text in note.done_here],
        "alliance": {"caseworker": scores(note.caseworker), "citizen": scores(note.citizen)},
        "note": note.note or None,
        "gaps": gaps,
        "text": note_plain(lines),
    }


def note_json(note: JournalNote, lines: list[NoteLine], lang: Lang) -> str:
    """The JSON object as text."""
    return json.dumps(note_to_json(note, lines, lang), ensure_ascii=False, indent=2) + "\n"
