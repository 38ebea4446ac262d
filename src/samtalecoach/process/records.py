"""Conversation processes (samtaleforløb): one citizen, a series of conversations.

The caseworker is process owner: an overall goal and the current sub-goal,
what was agreed, what to follow up next time, and an alliance check after
every conversation. Labels are pseudonyms; every free text is checked for CPR
numbers before it is stored.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from samtalecoach.core.errors import SamtaleError, UsageError
from samtalecoach.core.model import ConversationType, Dimension
from samtalecoach.core.privacy import check_free_text
from samtalecoach.core.store import compact, transaction

LABEL = re.compile(r"[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå._-]{0,39}")
#: A drop of this much or more from one conversation to the next is flagged.
DROP = 2
#: Any score below this is flagged.
LOW = 6


@dataclass(frozen=True, slots=True)
class Agreement:
    """What was agreed: what, who, when."""

    what: str
    who: str = ""
    due: str = ""


@dataclass(frozen=True, slots=True)
class AllianceScores:
    """One rater's alliance check, 0-10 on each dimension."""

    goals: int
    tasks: int
    bond: int
    overall: int

    def get(self, dimension: Dimension) -> int:
        """The score of ``dimension``."""
        value: int = getattr(self, dimension.value)
        return value


@dataclass(frozen=True, slots=True)
class Conversation:
    """One logged conversation of a process."""

    id: int
    held: date
    topics: tuple[tuple[str, ConversationType], ...]
    agreements: tuple[Agreement, ...]
    followups: tuple[str, ...]
    note: str
    caseworker: AllianceScores | None
    citizen: AllianceScores | None


@dataclass(frozen=True, slots=True)
class Process:
    """A process with everything stored about it."""

    label: str
    goal: str
    subgoal: str
    created: date
    conversations: tuple[Conversation, ...] = ()
    #: The plans made for it: when, and the language-independent plan record.
    plans: tuple[tuple[date, dict[str, Any]], ...] = field(default=())

    @property
    def last(self) -> Conversation | None:
        """The latest conversation, if any."""
        return self.conversations[-1] if self.conversations else None


class FlagKind(StrEnum):
    """What an alliance warning is about."""

    DROP = "drop"
    LOW = "low"


@dataclass(frozen=True, slots=True)
class Flag:
    """A warning about the alliance, with the dimension and what happened."""

    dimension: Dimension
    kind: FlagKind
    previous: int | None
    current: int


@dataclass(frozen=True, slots=True)
class PlannedTopic:
    """A topic of a plan kept with a process: what it is called and its type."""

    title: str
    type: ConversationType


def check_label(label: str) -> str:
    """A valid pseudonymous label, or a UsageError that says what is allowed."""
    if not LABEL.fullmatch(label):
        raise UsageError(key="error.label", label=label)
    return check_free_text(label, "label")


def _date(text: str) -> date:
    return date.fromisoformat(text)


def create(db: sqlite3.Connection, label: str, goal: str, subgoal: str = "",
           today: date | None = None) -> None:
    """A new process. The label must be new."""
    label = check_label(label)
    goal = check_free_text(goal.strip(), "--goal")
    subgoal = check_free_text(subgoal.strip(), "--subgoal")
    if not goal:
        raise UsageError(key="error.goal_missing")
    with transaction(db):
        if db.execute("SELECT 1 FROM processes WHERE label = ?", (label,)).fetchone():
            raise SamtaleError(key="error.process_exists", label=label)
        db.execute("INSERT INTO processes (label, goal, subgoal, created) VALUES (?, ?, ?, ?)",
                   (label, goal, subgoal, (today or date.today()).isoformat()))


def labels(db: sqlite3.Connection) -> list[str]:
    """Every process label, sorted."""
    return [r[0] for r in db.execute("SELECT label FROM processes ORDER BY label")]


def _process_id(db: sqlite3.Connection, label: str) -> int:
    row = db.execute("SELECT id FROM processes WHERE label = ?", (label,)).fetchone()
    if row is None:
        known = ", ".join(labels(db)) or "-"
        raise SamtaleError(key="error.process_unknown", label=label, known=known)
    return int(row[0])


def load(db: sqlite3.Connection, label: str) -> Process:
    """The process ``label`` with its conversations, oldest first."""
    pid = _process_id(db, label)
    row = db.execute("SELECT label, goal, subgoal, created FROM processes WHERE id = ?",
                     (pid,)).fetchone()
    conversations = []
    for conv in db.execute("SELECT id, held, note FROM conversations WHERE process_id = ? "
                           "ORDER BY held, id", (pid,)).fetchall():
        cid = conv["id"]
        topics = tuple((r["title"], ConversationType(r["type"])) for r in db.execute(
            "SELECT title, type FROM conversation_topics WHERE conversation_id = ? ORDER BY position",
            (cid,)))
        agreements = tuple(Agreement(r["what"], r["who"], r["due"]) for r in db.execute(
            "SELECT what, who, due FROM agreements WHERE conversation_id = ? ORDER BY id", (cid,)))
        followups = tuple(r[0] for r in db.execute(
            "SELECT text FROM followups WHERE conversation_id = ? ORDER BY id", (cid,)))
        scores: dict[str, AllianceScores] = {}
        for r in db.execute("SELECT rater, goals, tasks, bond, overall FROM alliance_checks "
                            "WHERE conversation_id = ?", (cid,)):
            scores[r["rater"]] = AllianceScores(r["goals"], r["tasks"], r["bond"], r["overall"])
        conversations.append(Conversation(
            cid, _date(conv["held"]), topics, agreements, followups, conv["note"],
            scores.get("caseworker"), scores.get("citizen")))
    plans = tuple((_date(r[0]), json.loads(r[1])) for r in db.execute(
        "SELECT created, plan_json FROM plans WHERE process_id = ? ORDER BY id", (pid,)))
    return Process(row["label"], row["goal"], row["subgoal"], _date(row["created"]),
                   tuple(conversations), plans)


def log_conversation(
    db: sqlite3.Connection, label: str, *, held: date,
    topics: Sequence[tuple[str, ConversationType]],
    agreements: Sequence[Agreement] = (), followups: Sequence[str] = (), note: str = "",
    caseworker: AllianceScores | None = None, citizen: AllianceScores | None = None,
    subgoal: str | None = None,
) -> None:
    """Record one conversation, all in one transaction."""
    for title, _ in topics:
        check_free_text(title, "--topic")
    for agreement in agreements:
        for text in (agreement.what, agreement.who, agreement.due):
            check_free_text(text, "--agreed")
    for text in followups:
        check_free_text(text, "--follow-up")
    check_free_text(note, "--note")
    if subgoal is not None:
        check_free_text(subgoal, "--subgoal")
    for scores in (caseworker, citizen):
        if scores is not None:
            validate_scores(scores)
    with transaction(db):
        pid = _process_id(db, label)
        cid = db.execute("INSERT INTO conversations (process_id, held, note) VALUES (?, ?, ?)",
                         (pid, held.isoformat(), note)).lastrowid
        db.executemany("INSERT INTO conversation_topics VALUES (?, ?, ?, ?)",
                       [(cid, n, title, ctype.value) for n, (title, ctype) in enumerate(topics, 1)])
        db.executemany("INSERT INTO agreements (conversation_id, what, who, due) VALUES (?, ?, ?, ?)",
                       [(cid, a.what, a.who, a.due) for a in agreements])
        db.executemany("INSERT INTO followups (conversation_id, text) VALUES (?, ?)",
                       [(cid, text) for text in followups])
        for rater, scores in (("caseworker", caseworker), ("citizen", citizen)):
            if scores is not None:
                db.execute("INSERT INTO alliance_checks VALUES (?, ?, ?, ?, ?, ?)",
                           (cid, rater, scores.goals, scores.tasks, scores.bond, scores.overall))
        if subgoal is not None:
            db.execute("UPDATE processes SET subgoal = ? WHERE id = ?", (subgoal, pid))


def validate_scores(scores: AllianceScores) -> AllianceScores:
    """Every score an integer 0-10."""
    for dimension in Dimension:
        value = scores.get(dimension)
        if not isinstance(value, int) or not 0 <= value <= 10:
            raise UsageError(key="error.score", dimension=dimension.value, value=value)
    return scores


def parse_scores(text: str, flag: str) -> AllianceScores:
    """'goals=7,tasks=6,bond=8,overall=7' (or four numbers '7 6 8 7') as scores."""
    names = [d.value for d in Dimension]
    values: dict[str, int] = {}
    parts = [p for p in re.split(r"[,\s]+", text.strip()) if p]
    try:
        if parts and all("=" not in p for p in parts):
            if len(parts) != len(names):
                raise ValueError
            values = dict(zip(names, (int(p) for p in parts), strict=True))
        else:
            for part in parts:
                key, _, value = part.partition("=")
                if key not in names or key in values:
                    raise ValueError
                values[key] = int(value)
        if set(values) != set(names):
            raise ValueError
    except ValueError:
        raise UsageError(key="error.scores_format", flag=flag, value=text) from None
    return validate_scores(AllianceScores(**values))


def attach_plan(db: sqlite3.Connection, label: str, record: dict[str, Any],
                today: date | None = None) -> None:
    """Keep a plan with its process, as a language-independent record (see plan.export)."""
    with transaction(db):
        pid = _process_id(db, label)
        db.execute("INSERT INTO plans (process_id, created, plan_json) VALUES (?, ?, ?)",
                   (pid, (today or date.today()).isoformat(), json.dumps(record, ensure_ascii=False)))


def planned_topics(process: Process) -> list[PlannedTopic]:
    """The topics of the latest plan kept with ``process`` (none without a plan)."""
    if not process.plans:
        return []
    _, record = process.plans[-1]
    return [PlannedTopic(str(t["title"]), ConversationType(t["type"])) for t in record.get("topics", [])]


def delete(db: sqlite3.Connection, label: str | None) -> int:
    """Delete one process (or all, with None) for real, then compact the file.
    Returns how many processes were deleted."""
    with transaction(db):
        if label is None:
            count = db.execute("SELECT count(*) FROM processes").fetchone()[0]
            db.execute("DELETE FROM processes")
        else:
            pid = _process_id(db, label)
            db.execute("DELETE FROM processes WHERE id = ?", (pid,))
            count = 1
    compact(db)
    return int(count)


def flags(process: Process) -> list[Flag]:
    """Alliance warnings from the caseworker's checks: a drop of DROP or more since the
    previous check, or a score under LOW in the latest."""
    checks = [c.caseworker for c in process.conversations if c.caseworker is not None]
    if not checks:
        return []
    latest = checks[-1]
    previous = checks[-2] if len(checks) > 1 else None
    result = []
    for dimension in Dimension:
        now = latest.get(dimension)
        before = previous.get(dimension) if previous else None
        if before is not None and before - now >= DROP:
            result.append(Flag(dimension, FlagKind.DROP, before, now))
        elif now < LOW:
            result.append(Flag(dimension, FlagKind.LOW, before, now))
    return result


def open_followups(process: Process) -> list[tuple[str, str]]:
    """What to follow up next time, from the latest conversation: ("agreed", text) for
    each agreement and ("follow_up", text) for each follow-up."""
    last = process.last
    if last is None:
        return []
    items = []
    for agreement in last.agreements:
        extra = ", ".join(x for x in (agreement.who, agreement.due) if x)
        items.append(("agreed", agreement.what + (f" ({extra})" if extra else "")))
    return items + [("follow_up", text) for text in last.followups]


def to_json(process: Process) -> dict[str, Any]:
    """Everything stored about a process (the right of access)."""
    def scores(s: AllianceScores | None) -> dict[str, int] | None:
        return None if s is None else {d.value: s.get(d) for d in Dimension}

    return {
        "schema": "samtale.process/1",
        "label": process.label,
        "goal": process.goal,
        "subgoal": process.subgoal,
        "created": process.created.isoformat(),
        "conversations": [
            {
                "date": c.held.isoformat(),
                "topics": [{"title": title, "type": ctype.value} for title, ctype in c.topics],
                "agreements": [{"what": a.what, "who": a.who, "when": a.due} for a in c.agreements],
                "follow_ups": list(c.followups),
                "note": c.note,
                "alliance": {"caseworker": scores(c.caseworker), "citizen": scores(c.citizen)},
            }
            for c in process.conversations
        ],
        "plans": [{"date": d.isoformat(), "plan": record} for d, record in process.plans],
    }
