"""Logging a held conversation in the terminal, one question at a time, with '<' to go back.

The answers so far are a small draft; each question adds to it, and going back
returns to the draft before the last answer. Ctrl-C raises KeyboardInterrupt
(the caller stores nothing and says so).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from samtalecoach.core.i18n import label, t
from samtalecoach.core.model import ConversationType, Dimension, Lang
from samtalecoach.core.privacy import find_cpr
from samtalecoach.process.alliance import AllianceScores
from samtalecoach.process.records import NOTE_FLAGS, Agreement, NoteDetails
from samtalecoach.process.session import LogEntry, LogQuestions
from samtalecoach.ui.prompts.widgets import GO_BACK, checklist, select, text_field, yes_no


@dataclass(slots=True)
class _Draft:
    held: date | None = None
    topics: list[tuple[str, ConversationType]] = field(default_factory=list)
    pending_title: str | None = None
    more_topics: bool | None = None
    done: list[str] | None = None
    details: dict[str, str] = field(default_factory=dict)  # the journal note's fields, as answered
    agreements: list[Agreement] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # what, who of an agreement being asked
    agreements_done: bool = False
    followups: list[str] = field(default_factory=list)
    followups_done: bool = False
    note: str | None = None
    caseworker: dict[str, int] = field(default_factory=dict)
    citizen_rated: bool | None = None
    citizen: dict[str, int] = field(default_factory=dict)


def _check(lang: Lang, name: str) -> Callable[[str], str | None]:
    def check(text: str) -> str | None:
        return t(lang, "error.cpr", field=name.rstrip(": ")) if find_cpr(text) else None

    return check


def _date_check(lang: Lang) -> Callable[[str], str | None]:
    def check(text: str) -> str | None:
        try:
            date.fromisoformat(text.strip())
        except ValueError:
            return t(lang, "error.date", value=text)
        return None

    return check


def _type(message: str, lang: Lang, default: ConversationType | None, back: bool) -> ConversationType | str:
    choices = [(label(lang, c), c.value) for c in ConversationType]
    value = select(message, choices, lang, default=default.value if default else None, back=back)
    return value if value == GO_BACK else ConversationType(value)


def _score(message: str, lang: Lang, back: bool) -> int | str:
    value = select(message, [(str(n), n) for n in range(10, -1, -1)], lang, default=7, back=back)
    return value if value == GO_BACK else int(value)


def _step(draft: _Draft, questions: LogQuestions, lang: Lang, back: bool) -> _Draft | str | None:
    """Ask the next question; the new draft, GO_BACK, or None when everything is answered."""
    new = copy.deepcopy(draft)
    if new.held is None:
        answer = text_field(t(lang, "log.date"), lang, default=questions.today.isoformat(), back=back,
                            check=_date_check(lang))
        if answer == GO_BACK:
            return GO_BACK
        new.held = date.fromisoformat(answer)
        return new
    planned = questions.planned
    if len(new.topics) < len(planned):
        topic = planned[len(new.topics)]
        chosen = _type(t(lang, "log.type_used", title=topic.title), lang, topic.type, back)
        if chosen == GO_BACK:
            return GO_BACK
        new.topics.append((topic.title, ConversationType(chosen)))
        return new
    if new.pending_title is not None:
        chosen = _type(t(lang, "log.type_used", title=new.pending_title), lang, None, back)
        if chosen == GO_BACK:
            return GO_BACK
        new.topics.append((new.pending_title, ConversationType(chosen)))
        new.pending_title, new.more_topics = None, None
        return new
    if not new.topics or new.more_topics:
        title = text_field(t(lang, "log.topic"), lang, back=back, check=_check(lang, t(lang, "log.topic")))
        if title == GO_BACK:
            return GO_BACK
        if title:
            new.pending_title = title
        return new
    if new.more_topics is None:
        more = yes_no(t(lang, "log.more_topics"), lang, default=False, back=back)
        if more == GO_BACK:
            return GO_BACK
        new.more_topics = more is True
        return new
    if new.done is None:
        if not questions.open_items:
            new.done = []
            return new
        ticked = checklist(t(lang, "log.done"), [(item.text, item.code, False) for item in questions.open_items],
                           lang, back=back, own=False)
        if ticked.action == "back":
            return GO_BACK
        new.done = list(ticked.values)
        return new
    for name in NOTE_FLAGS:
        if name not in new.details and not getattr(questions.given, name):
            question = t(lang, f"log.{name}")
            answer = text_field(question, lang, back=back, check=_check(lang, question))
            if answer == GO_BACK:
                return GO_BACK
            new.details[name] = answer.strip()
            return new
    if not new.agreements_done:
        prompts = ["log.agreed", "log.who", "log.when"]
        key = prompts[len(new.pending)]
        answer = text_field(t(lang, key), lang, back=back, check=_check(lang, t(lang, key)))
        if answer == GO_BACK:
            return GO_BACK
        if not new.pending and not answer:
            new.agreements_done = True
            return new
        new.pending.append(answer)
        if len(new.pending) == 3:
            new.agreements.append(Agreement(new.pending[0], new.pending[1], new.pending[2]))
            new.pending = []
        return new
    if not new.followups_done:
        answer = text_field(t(lang, "log.follow_up"), lang, back=back,
                            check=_check(lang, t(lang, "log.follow_up")))
        if answer == GO_BACK:
            return GO_BACK
        if answer:
            new.followups.append(answer)
        else:
            new.followups_done = True
        return new
    if new.note is None:
        answer = text_field(t(lang, "log.note"), lang, back=back, check=_check(lang, t(lang, "log.note")))
        if answer == GO_BACK:
            return GO_BACK
        new.note = answer
        return new
    for dimension, question in questions.dimensions:
        if dimension.value not in new.caseworker:
            score = _score(question, lang, back)
            if score == GO_BACK:
                return GO_BACK
            new.caseworker[dimension.value] = int(score)
            return new
    if new.citizen_rated is None:
        rated = yes_no(t(lang, "log.citizen"), lang, default=False, back=back)
        if rated == GO_BACK:
            return GO_BACK
        new.citizen_rated = rated is True
        return new
    if new.citizen_rated:
        for dimension, question in questions.dimensions:
            if dimension.value not in new.citizen:
                score = _score(t(lang, "log.citizen_prefix") + question, lang, back)
                if score == GO_BACK:
                    return GO_BACK
                new.citizen[dimension.value] = int(score)
                return new
    return None


def ask_log(questions: LogQuestions, lang: Lang) -> LogEntry:
    """Ask about a conversation that has just been held; '<' goes back a question."""
    history: list[_Draft] = []
    draft = _Draft()
    while True:
        result = _step(draft, questions, lang, back=bool(history))
        if result is None:
            break
        if result == GO_BACK:
            draft = history.pop()
            continue
        assert isinstance(result, _Draft)
        history.append(draft)
        draft = result
    assert draft.held is not None
    scores = {d.value: draft.caseworker[d.value] for d in Dimension}
    citizen = AllianceScores(**draft.citizen) if draft.citizen_rated else None
    return LogEntry(draft.held, tuple(draft.topics), tuple(draft.agreements), tuple(draft.followups),
                    draft.note or "", AllianceScores(**scores), citizen, done=tuple(draft.done or ()),
                    details=NoteDetails(**draft.details))
