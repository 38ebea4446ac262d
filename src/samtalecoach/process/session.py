"""The use case 'log a conversation': from flags, or asked in the terminal.

With ``--topic`` flags the conversation is read from the flags; without them,
in a terminal, the caseworker is asked (the topics of the latest plan kept with
the process come first). Either way one entry is stored in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path

from samtalecoach.content.guide import load_guide
from samtalecoach.core.errors import Interrupted, UsageError
from samtalecoach.core.i18n import parse_choices
from samtalecoach.core.model import ConversationType, Dimension, Lang
from samtalecoach.core.store import database
from samtalecoach.process import records
from samtalecoach.process.alliance import AllianceScores, parse_scores
from samtalecoach.process.records import Agreement, NoteDetails, OpenItem, PlannedTopic


@dataclass(frozen=True, slots=True)
class LogFlags:
    """What the flags of ``samtale process log`` say, as typed."""

    topics: tuple[str, ...] = ()
    agreed: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    note: str = ""
    alliance: str | None = None
    citizen: str | None = None
    subgoal: str | None = None
    held: str | None = None
    #: Codes of open items from earlier conversations that are now done ('a3', 'f7').
    done: tuple[str, ...] = ()
    #: --purpose, --present, --account, --assessment: what the journal note needs.
    details: NoteDetails = NoteDetails()


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One held conversation, ready to be stored."""

    held: date
    topics: tuple[tuple[str, ConversationType], ...]
    agreements: tuple[Agreement, ...] = ()
    followups: tuple[str, ...] = ()
    note: str = ""
    caseworker: AllianceScores | None = None
    citizen: AllianceScores | None = None
    subgoal: str | None = None
    done: tuple[str, ...] = ()
    details: NoteDetails = NoteDetails()


@dataclass(frozen=True, slots=True)
class LogQuestions:
    """What the terminal asks about: the planned topics, the alliance questions, and
    the items still open from earlier conversations."""

    planned: tuple[PlannedTopic, ...]
    dimensions: tuple[tuple[Dimension, str], ...] = field(default=())
    today: date = field(default_factory=date.today)
    open_items: tuple[OpenItem, ...] = ()
    #: Note fields already given as flags: not asked.
    given: NoteDetails = NoteDetails()


#: Asks the caseworker about the conversation (raises KeyboardInterrupt on Ctrl-C).
AskLog = Callable[[LogQuestions], LogEntry]


def parse_date(text: str) -> date:
    """An ISO date (2026-10-01); anything else is a usage error."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(key="error.date", value=text) from None


def parse_topic(value: str) -> tuple[str, ConversationType]:
    """'TITLE=TYPE' (the type as id or Danish/English name)."""
    title, sep, raw_type = value.rpartition("=")
    try:
        if not sep or not title.strip():
            raise ValueError
        return title.strip(), parse_choices([raw_type.strip()], ConversationType, "--topic")[0]
    except (ValueError, UsageError):
        raise UsageError(key="error.topic_format", value=value,
                         choices=", ".join(c.value for c in ConversationType)) from None


def parse_agreement(value: str) -> Agreement:
    """'WHAT|WHO|WHEN' (WHO and WHEN may be left out)."""
    parts = [p.strip() for p in value.split("|")]
    if not parts[0] or len(parts) > 3:
        raise UsageError(key="error.agreed_format", value=value)
    what, who, due = [*parts, "", ""][:3]
    return Agreement(what, who, due)


def entry_from_flags(flags: LogFlags) -> LogEntry:
    """The entry the flags describe; every malformed value is a usage error naming its flag."""
    if not flags.topics:
        raise UsageError(key="error.no_topics_logged")
    return LogEntry(
        held=parse_date(flags.held) if flags.held else date.today(),
        topics=tuple(parse_topic(value) for value in flags.topics),
        agreements=tuple(parse_agreement(value) for value in flags.agreed),
        followups=flags.follow_ups, note=flags.note,
        caseworker=parse_scores(flags.alliance, "--alliance") if flags.alliance else None,
        citizen=parse_scores(flags.citizen, "--citizen") if flags.citizen else None,
        subgoal=flags.subgoal, done=flags.done, details=flags.details.check(),
    )


def log_questions(label: str, data_dir: Path | None, lang: Lang) -> LogQuestions:
    """What to ask about ``label``'s conversation: its planned topics and the alliance questions."""
    with database(data_dir) as db:
        process = records.load(db, label)
    guide = load_guide()
    dimensions = tuple((d, guide.dimensions[d].question.get(lang)) for d in Dimension)
    return LogQuestions(tuple(records.planned_topics(process)), dimensions,
                        open_items=tuple(records.open_items(process)))


def log_conversation(label: str, flags: LogFlags, data_dir: Path | None, *,
                     ask: AskLog | None = None, lang: Lang = Lang.DA) -> None:
    """Store one conversation of ``label``: from the flags, or (with ``ask`` and no
    topic flags) from the caseworker's answers. Ctrl-C while asking stores nothing."""
    if ask is not None and not flags.topics:
        try:
            entry = ask(replace(log_questions(label, data_dir, lang), given=flags.details.check()))
        except KeyboardInterrupt:
            raise Interrupted(key="process.log_cancelled") from None
        if flags.subgoal is not None or flags.done:
            entry = replace(entry, subgoal=flags.subgoal if flags.subgoal is not None else entry.subgoal,
                            done=tuple(dict.fromkeys([*entry.done, *flags.done])))
        # A note field given as a flag was not asked; it is stored as given.
        given = {k: v for k, v in asdict(flags.details).items() if v}
        entry = replace(entry, details=replace(entry.details, **given))
    else:
        entry = entry_from_flags(flags)
    with database(data_dir) as db:
        records.log_conversation(
            db, label, held=entry.held, topics=entry.topics, agreements=entry.agreements,
            followups=entry.followups, note=entry.note, caseworker=entry.caseworker,
            citizen=entry.citizen, subgoal=entry.subgoal, done=entry.done, details=entry.details)
