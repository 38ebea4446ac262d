"""Practice progress in the local database: boxes, rounds, answers, statistics.

Every answer is committed at once (with the item's new box), so an
interrupted round keeps the answers already given.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from samtalecoach.core.store import compact, transaction
from samtalecoach.practice.drills import MASTERED, Drill, Progress, schedule


def load_progress(db: sqlite3.Connection) -> dict[str, Progress]:
    """Every item's box and due date."""
    return {
        row["key"]: Progress(row["box"], date.fromisoformat(row["due"]), row["seen"], row["right"])
        for row in db.execute("SELECT key, box, due, seen, right FROM practice_progress")
    }


def start_round(db: sqlite3.Connection, drills: list[Drill], seed: int | None,
                now: datetime | None = None) -> int:
    """A new round; returns its id."""
    with transaction(db):
        cursor = db.execute("INSERT INTO practice_rounds (started, drills, seed) VALUES (?, ?, ?)",
                            ((now or datetime.now()).isoformat(timespec="seconds"),
                             ",".join(d.value for d in drills), seed))
    return int(cursor.lastrowid or 0)


def record_answer(db: sqlite3.Connection, round_id: int, key: str, correct: bool,
                  today: date | None = None, now: datetime | None = None) -> Progress:
    """Store one answer and move the item to its new box, in one transaction."""
    today = today or date.today()
    with transaction(db):
        row = db.execute("SELECT box, due, seen, right FROM practice_progress WHERE key = ?",
                         (key,)).fetchone()
        before = Progress()
        if row is not None:
            before = Progress(row["box"], date.fromisoformat(row["due"]), row["seen"], row["right"])
        after = schedule(before, correct, today)
        db.execute(
            "INSERT INTO practice_progress (key, box, due, seen, right) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET box = excluded.box, due = excluded.due, "
            "seen = excluded.seen, right = excluded.right",
            (key, after.box, (after.due or today).isoformat(), after.seen, after.right))
        db.execute("INSERT INTO practice_answers (round_id, key, drill, answered, correct) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (round_id, key, key.split(":")[0],
                    (now or datetime.now()).isoformat(timespec="seconds"), int(correct)))
    return after


@dataclass(frozen=True, slots=True)
class DrillStats:
    """Progress of one drill."""

    drill: Drill
    answers: int
    right: int
    items_seen: int
    mastered: int
    due: int
    #: Share of right answers per round, oldest first (the last ten rounds).
    rounds: tuple[float, ...]


def stats(db: sqlite3.Connection, today: date | None = None) -> list[DrillStats]:
    """Progress per drill, over time."""
    today = today or date.today()
    result = []
    for drill in Drill:
        answers, right = db.execute(
            "SELECT count(*), coalesce(sum(correct), 0) FROM practice_answers WHERE drill = ?",
            (drill,)).fetchone()
        seen, mastered, due = db.execute(
            "SELECT count(*), coalesce(sum(box >= ?), 0), coalesce(sum(due <= ?), 0) "
            "FROM practice_progress WHERE key LIKE ?",
            (MASTERED, today.isoformat(), f"{drill}:%")).fetchone()
        rounds = [r[0] for r in db.execute(
            "SELECT avg(correct) FROM practice_answers WHERE drill = ? GROUP BY round_id "
            "ORDER BY round_id DESC LIMIT 10", (drill,))]
        result.append(DrillStats(drill, answers, right, seen, mastered, due,
                                 tuple(reversed(rounds))))
    return result


def reset(db: sqlite3.Connection) -> int:
    """Delete all practice progress for real, role-plays included; returns how many answers
    and role-play sessions were deleted."""
    with transaction(db):
        count = db.execute("SELECT count(*) FROM practice_answers").fetchone()[0]
        count += db.execute("SELECT count(*) FROM roleplay_sessions").fetchone()[0]
        db.execute("DELETE FROM practice_answers")
        db.execute("DELETE FROM practice_rounds")
        db.execute("DELETE FROM practice_progress")
        db.execute("DELETE FROM roleplay_rework")
        db.execute("DELETE FROM roleplay_sessions")
    compact(db)
    return int(count)
