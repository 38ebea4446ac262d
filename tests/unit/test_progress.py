"""Practice progress in SQLite: answers, boxes, statistics, reset, migration."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from samtalecoach.core.store import MIGRATIONS, SCHEMA_VERSION, open_store
from samtalecoach.practice import progress as prog
from samtalecoach.practice.drills import Drill

TODAY = date(2026, 11, 26)


def test_answers_move_boxes_and_are_counted(tmp_path: Path) -> None:
    db = open_store(tmp_path / "samtale.db")
    round_id = prog.start_round(db, [Drill.KINDS], 7, now=datetime(2026, 11, 26, 10))
    prog.record_answer(db, round_id, "kinds:q1", True, TODAY)
    prog.record_answer(db, round_id, "kinds:q1", True, TODAY)
    prog.record_answer(db, round_id, "kinds:q2", False, TODAY)
    progress = prog.load_progress(db)
    assert progress["kinds:q1"].box == 3 and progress["kinds:q1"].due == TODAY + timedelta(days=3)
    assert progress["kinds:q2"].box == 1 and progress["kinds:q2"].due == TODAY
    kinds = next(s for s in prog.stats(db, TODAY) if s.drill == "kinds")
    assert (kinds.answers, kinds.right, kinds.items_seen, kinds.due) == (3, 2, 2, 1)
    assert kinds.rounds == (2 / 3,)


def test_stats_over_rounds(tmp_path: Path) -> None:
    db = open_store(tmp_path / "samtale.db")
    for right in (0, 1, 2):
        round_id = prog.start_round(db, [Drill.TYPES], None)
        for n in range(2):
            prog.record_answer(db, round_id, f"types:v{n}", n < right, TODAY)
    types = next(s for s in prog.stats(db, TODAY) if s.drill == "types")
    assert types.rounds == (0.0, 0.5, 1.0)


def test_reset_deletes_everything(tmp_path: Path) -> None:
    db = open_store(tmp_path / "samtale.db")
    round_id = prog.start_round(db, [Drill.KINDS], None)
    prog.record_answer(db, round_id, "kinds:q1", True, TODAY)
    assert prog.reset(db) == 1
    assert prog.load_progress(db) == {}
    assert all(s.answers == 0 for s in prog.stats(db, TODAY))


def test_migration_from_version_2_adds_practice(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    raw = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        raw.executescript(script)
    raw.execute("PRAGMA user_version = 2")
    raw.execute("INSERT INTO processes (label, goal, subgoal, created) VALUES ('a', 'Job', '', "
                "'2026-01-01')")
    raw.commit()
    raw.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT goal FROM processes").fetchone()[0] == "Job"
    round_id = prog.start_round(db, [Drill.KINDS], None)
    prog.record_answer(db, round_id, "kinds:q1", True, TODAY)
    assert prog.load_progress(db)["kinds:q1"].box == 2


ANSWERING = """
import sys
from pathlib import Path
from samtalecoach.practice import progress as prog
from samtalecoach.practice.drills import Drill
from samtalecoach.core.store import open_store
db = open_store(Path(sys.argv[1]))
round_id = prog.start_round(db, [Drill.KINDS], None)
for n in range(30):
    prog.record_answer(db, round_id, f"kinds:{sys.argv[2]}-{n}", n % 2 == 0)
db.close()
"""


def test_two_students_answering_at_once_lose_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "samtale.db"
    open_store(path).close()
    writers = [subprocess.Popen([sys.executable, "-c", ANSWERING, str(path), name])
               for name in ("a", "b")]
    assert [w.wait(timeout=60) for w in writers] == [0, 0]
    db = open_store(path)
    kinds = next(s for s in prog.stats(db) if s.drill == "kinds")
    assert (kinds.answers, kinds.right, kinds.items_seen) == (60, 30, 60)
    assert len(kinds.rounds) == 2
