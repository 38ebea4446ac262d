"""Conversation processes (samtaleforløb): one citizen, a series of conversations.

The caseworker is process owner: an overall goal and the current sub-goal,
what was agreed, what to follow up next time (open until marked done), and an
alliance check after every conversation. Labels are pseudonyms; every free text
is checked for CPR numbers before it is stored. A process loads in a fixed
number of queries, however many conversations it has.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from samtalecoach.core.errors import SamtaleError, StoreError, UsageError
from samtalecoach.core.model import ConversationType
from samtalecoach.core.privacy import check_free_text
from samtalecoach.core.pronouns import Citizen
from samtalecoach.core.store import compact, transaction
from samtalecoach.process.alliance import AllianceScores, validate_scores

LABEL = re.compile(r"[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå._-]{0,39}")


@dataclass(frozen=True, slots=True)
class Agreement:
    """What was agreed: what, who, when; once stored, its code ('a3') and when it was done."""

    what: str
    who: str = ""
    due: str = ""
    code: str = ""
    done: date | None = None

    @property
    def text(self) -> str:
        """'what (who, when)'."""
        extra = ", ".join(x for x in (self.who, self.due) if x)
        return self.what + (f" ({extra})" if extra else "")


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to follow up next time; once stored, its code ('f7') and when it was done."""

    text: str
    code: str = ""
    done: date | None = None


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An agreement or follow-up not yet marked done, and the conversation it is from."""

    code: str
    kind: str  # "agreed" or "follow_up"
    text: str
    held: date
    #: The agreement's 'who', for telling the caseworker's own tasks from hers.
    who: str = ""


@dataclass(frozen=True, slots=True)
class NoteDetails:
    """What a conversation's journal note needs beyond topics and agreements ('' = not logged)."""

    purpose: str = ""
    present: str = ""
    account: str = ""
    assessments: str = ""

    def check(self) -> NoteDetails:
        """Itself, or a UsageError naming the flag of a text that holds a CPR number."""
        for name, flag in NOTE_FLAGS.items():
            check_free_text(getattr(self, name), flag)
        return self


#: The fields of NoteDetails and the flags of `process log` that fill them.
NOTE_FLAGS = {"purpose": "--purpose", "present": "--present", "account": "--account",
              "assessments": "--assessment"}


@dataclass(frozen=True, slots=True)
class Conversation:
    """One logged conversation of a process."""

    id: int
    held: date
    topics: tuple[tuple[str, ConversationType], ...]
    agreements: tuple[Agreement, ...]
    followups: tuple[FollowUp, ...]
    note: str
    caseworker: AllianceScores | None
    citizen: AllianceScores | None
    #: What a journal note needs (notatpligt): the purpose, who else took part (by role),
    #: the citizen's own account, external assessments mentioned.
    details: NoteDetails = NoteDetails()


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
    #: The citizen's life situation (a situation id), remembered for her next plans.
    situation: str | None = None
    #: How texts refer to the citizen of this process.
    citizen: Citizen = Citizen.SHE

    @property
    def last(self) -> Conversation | None:
        """The latest conversation, if any."""
        return self.conversations[-1] if self.conversations else None


@dataclass(frozen=True, slots=True)
class Summary:
    """A process as ``process list`` shows it, from one query."""

    label: str
    goal: str
    subgoal: str
    count: int
    last: date | None


@dataclass(frozen=True, slots=True)
class PlannedTopic:
    """A topic of a plan kept with a process: what it is called and its type."""

    title: str
    type: ConversationType


def check_label(label: str) -> str:
    """A valid pseudonymous label, or a UsageError that says what is allowed (a label
    that holds a CPR number is refused first, so the error never repeats it)."""
    check_free_text(label, "label")
    if not LABEL.fullmatch(label):
        raise UsageError(key="error.label", label=label)
    return label


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _day(text: str) -> date:
    return date.fromisoformat(text)


def create(db: sqlite3.Connection, label: str, goal: str, subgoal: str = "",
           today: date | None = None, situation: str | None = None, citizen: Citizen = Citizen.SHE) -> None:
    """A new process. The label must be new."""
    label = check_label(label)
    goal = check_free_text(goal.strip(), "--goal")
    subgoal = check_free_text(subgoal.strip(), "--subgoal")
    if not goal:
        raise UsageError(key="error.goal_missing")
    with transaction(db):
        if db.execute("SELECT 1 FROM processes WHERE label = ?", (label,)).fetchone():
            raise SamtaleError(key="error.process_exists", label=label)
        db.execute("INSERT INTO processes (label, goal, subgoal, created, situation, citizen) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   (label, goal, subgoal, (today or date.today()).isoformat(), situation, citizen.value))


def labels(db: sqlite3.Connection) -> list[str]:
    """Every process label, sorted."""
    return [r[0] for r in db.execute("SELECT label FROM processes ORDER BY label")]


def summaries(db: sqlite3.Connection) -> list[Summary]:
    """Every process with its number of conversations and the date of the latest, sorted
    by label, in one query (however many conversations there are)."""
    rows = db.execute(
        "SELECT p.label, p.goal, p.subgoal, COUNT(c.id), MAX(c.held) FROM processes p "
        "LEFT JOIN conversations c ON c.process_id = p.id GROUP BY p.id ORDER BY p.label")
    result = []
    for r in rows:
        try:
            result.append(Summary(r[0], r[1], r[2], r[3], _date(r[4])))
        except ValueError:
            raise StoreError(key="error.store_row", label=r[0]) from None
    return result


def _process_id(db: sqlite3.Connection, label: str) -> int:
    row = db.execute("SELECT id FROM processes WHERE label = ?", (label,)).fetchone()
    if row is None:
        known = ", ".join(labels(db)) or "-"
        raise SamtaleError(key="error.process_unknown", label=label, known=known)
    return int(row[0])


def _by_conversation(db: sqlite3.Connection, sql: str, pid: int) -> dict[int, list[tuple[Any, ...]]]:
    """The rows of ``sql`` (over the process's conversations; the conversation id first)
    grouped by conversation, as plain tuples (a read of thousands of rows: no Row objects)."""
    cursor = db.cursor()  # reads only: writes go through the guarded execute
    cursor.row_factory = None
    rows = cursor.execute(sql, (pid,)).fetchall()  # ordered by conversation first
    return {cid: list(group) for cid, group in itertools.groupby(rows, key=operator.itemgetter(0))}


_TYPES = {t.value: t for t in ConversationType}


def load(db: sqlite3.Connection, label: str) -> Process:
    """The process ``label`` with its conversations, oldest first (seven queries in all).
    A stored value samtale cannot read (a type or a date changed by hand) is a StoreError."""
    pid = _process_id(db, label)
    try:
        return _load(db, pid)
    except (KeyError, ValueError, TypeError, json.JSONDecodeError):  # (JSONDecodeError is a ValueError)
        raise StoreError(key="error.store_row", label=label) from None


def _load(db: sqlite3.Connection, pid: int) -> Process:
    row = db.execute("SELECT label, goal, subgoal, created, situation, citizen FROM processes WHERE id = ?",
                     (pid,)).fetchone()
    within = "conversation_id IN (SELECT id FROM conversations WHERE process_id = ?)"
    topics = _by_conversation(db, f"SELECT conversation_id, title, type FROM conversation_topics WHERE {within} "
                                  "ORDER BY conversation_id, position", pid)
    agreements = _by_conversation(db, f"SELECT conversation_id, id, what, who, due, done FROM agreements "
                                      f"WHERE {within} ORDER BY conversation_id, id", pid)
    followups = _by_conversation(db, f"SELECT conversation_id, id, text, done FROM followups WHERE {within} "
                                     "ORDER BY conversation_id, id", pid)
    checks = _by_conversation(db, f"SELECT conversation_id, rater, goals, tasks, bond, overall FROM "
                                  f"alliance_checks WHERE {within} ORDER BY conversation_id", pid)
    conversations = []
    cursor = db.cursor()
    cursor.row_factory = None
    for cid, held, note, *details in cursor.execute(
            "SELECT id, held, note, purpose, present, account, assessments FROM conversations "
            "WHERE process_id = ? ORDER BY held, id", (pid,)):
        scores = {r[1]: AllianceScores(r[2], r[3], r[4], r[5]) for r in checks.get(cid, ())}
        conversations.append(Conversation(
            cid, _day(held),
            tuple((r[1], _TYPES[r[2]]) for r in topics.get(cid, ())),
            tuple(Agreement(r[2], r[3], r[4], f"a{r[1]}", _date(r[5])) for r in agreements.get(cid, ())),
            tuple(FollowUp(r[2], f"f{r[1]}", _date(r[3])) for r in followups.get(cid, ())),
            note, scores.get("caseworker"), scores.get("citizen"), NoteDetails(*details)))
    plans = tuple((_day(r[0]), json.loads(r[1])) for r in db.execute(
        "SELECT created, plan_json FROM plans WHERE process_id = ? ORDER BY id", (pid,)))
    return Process(row["label"], row["goal"], row["subgoal"], _day(row["created"]), tuple(conversations), plans,
                   row["situation"], Citizen(row["citizen"] or Citizen.SHE))


def log_conversation(
    db: sqlite3.Connection, label: str, *, held: date,
    topics: Sequence[tuple[str, ConversationType]],
    agreements: Sequence[Agreement] = (), followups: Sequence[str] = (), note: str = "",
    caseworker: AllianceScores | None = None, citizen: AllianceScores | None = None,
    subgoal: str | None = None, done: Sequence[str] = (), details: NoteDetails | None = None,
) -> None:
    """Record one conversation, and mark the open items ``done`` (codes) as done that day,
    all in one transaction."""
    for title, _ in topics:
        check_free_text(title, "--topic")
    for agreement in agreements:
        for text in (agreement.what, agreement.who, agreement.due):
            check_free_text(text, "--agreed")
    for text in followups:
        check_free_text(text, "--follow-up")
    check_free_text(note, "--note")
    details = (details or NoteDetails()).check()
    if subgoal is not None:
        check_free_text(subgoal, "--subgoal")
    for scores in (caseworker, citizen):
        if scores is not None:
            validate_scores(scores)
    with transaction(db):
        pid = _process_id(db, label)
        _mark_done(db, pid, done, held)
        cid = db.execute("INSERT INTO conversations (process_id, held, note, purpose, present, account, "
                         "assessments) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (pid, held.isoformat(), note, details.purpose, details.present, details.account,
                          details.assessments)).lastrowid
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


def _mark_done(db: sqlite3.Connection, pid: int, codes: Sequence[str], when: date) -> None:
    """Mark open items of process ``pid`` done; an unknown or closed code is a usage error."""
    tables = {"a": "agreements", "f": "followups"}
    for code in codes:
        table = tables.get(code[:1])
        number = code[1:]
        row = None
        if table and number.isdigit():
            row = db.execute(f"SELECT t.done FROM {table} t JOIN conversations c ON c.id = t.conversation_id "
                             "WHERE t.id = ? AND c.process_id = ?", (int(number), pid)).fetchone()
        if row is None or row[0] is not None:
            raise UsageError(key="error.done_code", code=code)
        db.execute(f"UPDATE {table} SET done = ? WHERE id = ?", (when.isoformat(), int(number)))


#: Ways of writing 'the caseworker' in an agreement's 'who' (folded), in Danish and English.
CASEWORKER = {"radgiver", "radgiveren", "raadgiver", "raadgiveren", "sagsbehandler", "sagsbehandleren", "jeg",
              "mig", "caseworker", "the caseworker", "me", "i"}


def is_caseworker(who: str) -> bool:
    """Whether an agreement's 'who' names the caseworker (her own task, to report back on)."""
    from samtalecoach.core.textfold import fold

    return fold(who) in CASEWORKER


def open_items(process: Process) -> list[OpenItem]:
    """Everything agreed or to follow up, from every conversation, not yet marked done."""
    items = []
    for conversation in process.conversations:
        items += [OpenItem(a.code, "agreed", a.text, conversation.held, a.who)
                  for a in conversation.agreements if a.done is None]
        items += [OpenItem(f.code, "follow_up", f.text, conversation.held)
                  for f in conversation.followups if f.done is None]
    return items


def set_situation(db: sqlite3.Connection, label: str, situation: str | None, citizen: Citizen | None = None) -> None:
    """Remember the citizen's life situation (and how to refer to her) for the next plans."""
    with transaction(db):
        pid = _process_id(db, label)
        db.execute("UPDATE processes SET situation = ? WHERE id = ?", (situation, pid))
        if citizen is not None:
            db.execute("UPDATE processes SET citizen = ? WHERE id = ?", (citizen.value, pid))


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
