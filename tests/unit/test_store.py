"""The SQLite store: creation, migrations, foreign files, concurrency, crashes, deletion."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from samtalecoach.core.model import ConversationType
from samtalecoach.core.store import MIGRATIONS, SCHEMA_VERSION, StoreError, open_store
from samtalecoach.process import records as proc


def test_fresh_database_is_private_and_current(tmp_path: Path) -> None:
    path = tmp_path / "home" / "samtale.db"
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "home").stat().st_mode & 0o777 == 0o700


def test_migration_from_version_1_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    old.execute("INSERT INTO processes (label, goal, subgoal, created) "
                "VALUES ('gammel', 'Job', '', '2025-01-01')")
    old.execute("INSERT INTO conversations (process_id, held, note) VALUES (1, '2025-02-01', 'x')")
    old.commit()
    old.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    record = proc.load(db, "gammel")
    assert record.goal == "Job" and len(record.conversations) == 1
    assert record.conversations[0].details == proc.NoteDetails()  # migration 7: the note's fields, empty
    proc.log_conversation(db, "gammel", held=date(2025, 3, 1),
                          topics=[("Job", ConversationType.COACHING)],
                          caseworker=proc.AllianceScores(7, 7, 7, 7))
    assert proc.load(db, "gammel").conversations[-1].caseworker == proc.AllianceScores(7, 7, 7, 7)


def test_plans_stored_for_display_become_language_independent_records(tmp_path: Path) -> None:
    """Version 3 kept the plan JSON of the language it was made in; version 4 keeps ids,
    facts and picks, and `process log` reads the topics from them."""
    path = tmp_path / "v3.db"
    old = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        assert isinstance(script, str)
        old.executescript(script)
    old.execute("PRAGMA user_version = 3")
    old.execute("INSERT INTO processes (label, goal, subgoal, created) VALUES ('a', 'Job', '', '2026-01-01')")
    shown = {"schema": "samtale.plan/1", "lang": "da", "created": "2026-01-02", "situation": "debt",
             "intensity": "gentle",
             "topics": [{"number": 1, "title": "Gælden", "type": "advisory.expert", "type_name": "Behov for "
                         "ekspertviden", "recommended_type": "advisory.expert", "rationale": "Hun mangler viden",
                         "facts": {"decision_made": False}}],
             "picks": {"start": ["fr-purpose-01", {"own": "Hvad vil du nå i dag?"}]}}
    old.execute("INSERT INTO plans (process_id, created, plan_json) VALUES (1, '2026-01-02', ?)",
                (json.dumps(shown, ensure_ascii=False),))
    old.commit()
    old.close()
    db = open_store(path)
    (_, record), = proc.load(db, "a").plans
    assert record == {
        "schema": "samtale.plan-record/1", "created": "2026-01-02", "situation": "debt", "intensity": "gentle",
        "topics": [{"title": "Gælden", "type": "advisory.expert", "recommended_type": "advisory.expert",
                    "facts": {"decision_made": False}, "situation": None, "intensity": None}],
        "picks": {"start": ["fr-purpose-01", {"own": "Hvad vil du nå i dag?"}]},
    }
    assert proc.planned_topics(proc.load(db, "a")) == [
        proc.PlannedTopic("Gælden", ConversationType.ADVISORY_EXPERT)]


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "samtale.db"
    path.write_text("mine noter, ikke en database\n", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.key == "error.store_foreign"
    assert path.read_text(encoding="utf-8") == "mine noter, ikke en database\n"


def test_a_foreign_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.key == "error.store_foreign"
    assert path.read_bytes() == before


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.key == "error.store_newer"


WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from pathlib import Path
    from samtalecoach.process import records as proc
    from samtalecoach.core.model import ConversationType
    from samtalecoach.core.store import open_store
    db = open_store(Path(sys.argv[1]))
    for n in range(int(sys.argv[3])):
        proc.log_conversation(db, "delt", held=date(2026, 1, 1),
                              topics=[(f"{sys.argv[2]}-{n}", ConversationType.COACHING)])
    db.close()
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "samtale.db"
    db = open_store(path)
    proc.create(db, "delt", "Job")
    db.close()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "40"])
               for name in ("a", "b")]
    assert [w.wait(timeout=60) for w in writers] == [0, 0]
    db = open_store(path)
    titles = {c.topics[0][0] for c in proc.load(db, "delt").conversations}
    assert titles == {f"{name}-{n}" for name in ("a", "b") for n in range(40)}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


KILLED = textwrap.dedent("""
    import sys, time
    from datetime import date
    from pathlib import Path
    from samtalecoach.process import records as proc
    from samtalecoach.core.model import ConversationType
    from samtalecoach.core.store import open_store, transaction
    db = open_store(Path(sys.argv[1]))
    for n in range(5):
        proc.log_conversation(db, "delt", held=date(2026, 1, 1),
                              topics=[(f"kept-{n}", ConversationType.COACHING)])
    with transaction(db):
        db.execute("INSERT INTO conversations (process_id, held) VALUES (1, '2026-01-02')")
        print("writing", flush=True)
        time.sleep(60)
""")


def test_a_process_killed_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "samtale.db"
    db = open_store(path)
    proc.create(db, "delt", "Job")
    db.close()
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(path)], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    db = open_store(path)
    titles = [c.topics[0][0] if c.topics else None for c in proc.load(db, "delt").conversations]
    assert titles == [f"kept-{n}" for n in range(5)]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_delete_removes_the_text_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "samtale.db"
    db = open_store(path)
    proc.create(db, "slet-mig", "Job")
    proc.log_conversation(db, "slet-mig", held=date(2026, 1, 1),
                          topics=[("Praktik", ConversationType.COACHING)],
                          note="Xylofonkvartet-hemmelighed")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Xylofonkvartet-hemmelighed" in path.read_bytes()
    assert proc.delete(db, "slet-mig") == 1
    db.close()
    time.sleep(0.05)
    data = path.read_bytes()
    wal = tmp_path / "samtale.db-wal"
    if wal.exists():
        data += wal.read_bytes()
    assert b"Xylofonkvartet-hemmelighed" not in data
    assert b"slet-mig" not in data


def test_a_damaged_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "samtale.db"
    db = open_store(path)
    proc.create(db, "a", "Job")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damaged = bytearray(path.read_bytes())
    damaged[100:4096] = b"\xff" * (4096 - 100)  # the first page after the header: the schema
    path.write_bytes(bytes(damaged))
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.key in ("error.store_damaged", "error.store_foreign")
    assert path.read_bytes() == bytes(damaged)
