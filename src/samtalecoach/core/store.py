"""Local storage in SQLite: conversation processes, their conversations and alliance checks.

One database file in the user data directory (``SAMTALE_HOME`` or
``--data-dir`` overrides it), readable only by the user. Every write is one
transaction. The schema has a version (``PRAGMA user_version``) and numbered
migrations; a file that is not SQLite, or a SQLite database that samtale did
not create, is refused and never touched. Deleted data is removed for real:
``secure_delete`` zeroes freed pages, and ``VACUUM`` compacts the file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from samtalecoach.core.errors import Msg, StoreError, os_reason
from samtalecoach.core.privacy import refuse_cpr

APP_ID = "samtale"
SQLITE_HEADER = b"SQLite format 3\x00"



def _plans_as_records(connection: sqlite3.Connection) -> None:
    """Keep stored plans in a language-independent form (``samtale.plan-record/1``:
    ids, facts and picks), not the display JSON of the language the plan was made in."""
    rows = connection.execute("SELECT id, plan_json FROM plans").fetchall()
    for row_id, text in rows:
        shown = json.loads(text)
        record = {
            "schema": "samtale.plan-record/1",
            "created": shown.get("created"),
            "situation": shown.get("situation"),
            "intensity": shown.get("intensity"),
            "topics": [{"title": topic["title"], "type": topic["type"],
                        "recommended_type": topic.get("recommended_type", topic["type"]),
                        "facts": topic.get("facts", {}), "situation": None, "intensity": None}
                       for topic in shown.get("topics", [])],
            "picks": shown.get("picks", {}),
        }
        connection.execute("UPDATE plans SET plan_json = ? WHERE id = ?",
                           (json.dumps(record, ensure_ascii=False), row_id))


Migration = str | Callable[[sqlite3.Connection], None]

#: Migrations, in order: MIGRATIONS[n] brings a database from version n to n + 1.
#: A script of SQL statements, or a function for changes SQL cannot express.
MIGRATIONS: tuple[Migration, ...] = (
    # 1: processes, conversations, what was agreed and what to follow up.
    """
    CREATE TABLE samtale_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO samtale_meta (key, value) VALUES ('app', 'samtale');
    CREATE TABLE processes (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL UNIQUE,
        goal TEXT NOT NULL,
        subgoal TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    );
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        process_id INTEGER NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        held TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE conversation_topics (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (conversation_id, position)
    );
    CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        what TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        due TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE followups (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        text TEXT NOT NULL
    );
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        process_id INTEGER NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        created TEXT NOT NULL,
        plan_json TEXT NOT NULL
    );
    """,
    # 2: the alliance check after each conversation, by the caseworker and the citizen.
    """
    CREATE TABLE alliance_checks (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        rater TEXT NOT NULL CHECK (rater IN ('caseworker', 'citizen')),
        goals INTEGER NOT NULL CHECK (goals BETWEEN 0 AND 10),
        tasks INTEGER NOT NULL CHECK (tasks BETWEEN 0 AND 10),
        bond INTEGER NOT NULL CHECK (bond BETWEEN 0 AND 10),
        overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10),
        PRIMARY KEY (conversation_id, rater)
    );
    """,
    # 3: practice progress: a Leitner box per item, and every answer of every round.
    """
    CREATE TABLE practice_progress (
        key TEXT PRIMARY KEY,
        box INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
        due TEXT NOT NULL,
        seen INTEGER NOT NULL,
        right INTEGER NOT NULL
    );
    CREATE TABLE practice_rounds (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        drills TEXT NOT NULL,
        seed INTEGER
    );
    CREATE TABLE practice_answers (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES practice_rounds(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        drill TEXT NOT NULL,
        answered TEXT NOT NULL,
        correct INTEGER NOT NULL
    );
    """,
    # 4: plans kept as language-independent records (samtale.plan-record/1).
    _plans_as_records,
    # 5: agreements and follow-ups stay open until marked done; the citizen's situation
    # and how texts refer to her are remembered with the process.
    """
    ALTER TABLE agreements ADD COLUMN done TEXT;
    ALTER TABLE followups ADD COLUMN done TEXT;
    ALTER TABLE processes ADD COLUMN situation TEXT;
    ALTER TABLE processes ADD COLUMN citizen TEXT;
    """,
    # 6: indexes on every column a process is loaded or deleted by; without them a
    # process with 10,000 conversations took seconds to show (the cascades too).
    """
    CREATE INDEX IF NOT EXISTS conversations_by_process ON conversations (process_id, held);
    CREATE INDEX IF NOT EXISTS agreements_by_conversation ON agreements (conversation_id);
    CREATE INDEX IF NOT EXISTS followups_by_conversation ON followups (conversation_id);
    CREATE INDEX IF NOT EXISTS plans_by_process ON plans (process_id);
    CREATE INDEX IF NOT EXISTS answers_by_round ON practice_answers (round_id);
    """,
    # 7: what a journal note needs (notatpligt): the purpose of the conversation, who
    # else took part (by role), the citizen's own account, external assessments mentioned.
    """
    ALTER TABLE conversations ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
    ALTER TABLE conversations ADD COLUMN present TEXT NOT NULL DEFAULT '';
    ALTER TABLE conversations ADD COLUMN account TEXT NOT NULL DEFAULT '';
    ALTER TABLE conversations ADD COLUMN assessments TEXT NOT NULL DEFAULT '';
    """,
    # 8: role-play sessions (the whole session as samtale.roleplay/1 JSON, and the figures
    # practice --stats shows), and the turns to rework, which become 'rewrite' drill items.
    """
    CREATE TABLE roleplay_sessions (
        id INTEGER PRIMARY KEY,
        scenario TEXT NOT NULL,
        lang TEXT NOT NULL,
        played TEXT NOT NULL,
        turns INTEGER NOT NULL,
        alliance_start REAL NOT NULL,
        alliance_end REAL NOT NULL,
        reached INTEGER NOT NULL,
        disclosures INTEGER NOT NULL,
        open_share REAL NOT NULL,
        document TEXT NOT NULL
    );
    CREATE TABLE roleplay_rework (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES roleplay_sessions(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        kind TEXT NOT NULL,
        why TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rework_by_session ON roleplay_rework (session_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


_WRITES = ("INSERT", "UPDATE", "REPLACE")


def _guard(sql: str, parameters: Any) -> None:
    """The privacy gate for the database: no CPR number in any text a statement writes."""
    if not sql.lstrip()[:7].upper().startswith(_WRITES):
        return
    values = parameters.values() if isinstance(parameters, dict) else parameters
    for value in values:
        if isinstance(value, str):
            refuse_cpr(value, "samtale.db")


class GuardedConnection(sqlite3.Connection):
    """A connection whose writes pass the privacy gate: every write goes through
    ``execute`` or ``executemany`` here (a cursor of its own is used only to read)."""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        _guard(sql, parameters)
        return super().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> sqlite3.Cursor:
        rows = list(seq_of_parameters)
        for parameters in rows:
            _guard(sql, parameters)
        return super().executemany(sql, rows)


def default_path(data_dir: Path | None = None) -> Path:
    """The database in ``data_dir``, or in the user data directory."""
    from samtalecoach.core.paths import data_home

    return (data_dir or data_home()) / "samtale.db"


def _check_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, without touching it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(key="error.store_foreign", path=str(path))


def open_store(path: Path | None = None) -> sqlite3.Connection:
    """Open (and create or migrate) the database; the caller closes it. Opening holds a
    lock file beside it, so that several samtale processes starting at once on an empty
    data directory neither race to create it nor see each other's half-made file."""
    path = path or default_path()
    _check_place(path)
    with _opening_lock(path):
        _check_file(path)
        if not path.exists():
            # Create the file private to the user before SQLite writes anything into it.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL | os.O_NOFOLLOW, 0o600))
        try:
            connection = sqlite3.connect(path, timeout=10.0, isolation_level=None, factory=GuardedConnection)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("PRAGMA busy_timeout = 10000")
            version = _check_owner(connection, path)  # before anything writes to the file
            if version < SCHEMA_VERSION:
                _migrate(connection)
            # WAL lets readers and a writer work at once; it is kept in the file's header.
            connection.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as err:
            raise StoreError(key="error.store_damaged", path=str(path), reason=str(err)) from None
    return connection


def _check_place(path: Path) -> None:
    """The data directory exists (made private to the user) and the database path is a
    plain file or nothing: a directory or a symbolic link there is refused, never followed."""
    if path.parent.exists() and not path.parent.is_dir():
        raise StoreError(key="error.data_dir", path=str(path.parent), reason=Msg("reason.a_file"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:
        raise StoreError(key="error.data_dir", path=str(path.parent), reason=os_reason(err)) from None
    if not path.parent.is_dir():
        raise StoreError(key="error.data_dir", path=str(path.parent), reason=Msg("reason.not_dir"))
    if path.is_symlink():
        raise StoreError(key="error.store_symlink", path=str(path))
    if path.exists() and not path.is_file():
        raise StoreError(key="error.store_not_file", path=str(path))


@contextmanager
def _opening_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on 'samtale.db.lock' beside the database while it is opened."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: SQLite's own locking is all there is
        yield
        return
    try:
        fd = os.open(path.with_name(path.name + ".lock"), os.O_CREAT | os.O_RDWR | os.O_NOFOLLOW, 0o600)
    except OSError as err:
        raise StoreError(key="error.data_dir", path=str(path.parent), reason=os_reason(err)) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _check_owner(connection: sqlite3.Connection, path: Path) -> int:
    """The schema version, after making sure the database is samtale's (reads only)."""
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and tables:
        raise StoreError(key="error.store_foreign", path=str(path))
    if version > 0:
        marker = None
        if "samtale_meta" in tables:
            marker = connection.execute("SELECT value FROM samtale_meta WHERE key = 'app'").fetchone()
        if marker is None or marker[0] != APP_ID:
            raise StoreError(key="error.store_foreign", path=str(path))
    if version > SCHEMA_VERSION:
        raise StoreError(key="error.store_newer", path=str(path), version=version)
    return version


def _migrate(connection: sqlite3.Connection) -> None:
    """Apply the missing migrations in one transaction (another process may have done
    it meanwhile: the version is read again under the write lock)."""
    with transaction(connection):
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            migration = MIGRATIONS[number]
            if isinstance(migration, str):
                for statement in _statements(migration):
                    connection.execute(statement)
            else:
                migration(connection)
            connection.execute(f"PRAGMA user_version = {number + 1}")


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script (they hold no semicolons in strings)."""
    for statement in script.split(";"):
        if statement.strip():
            yield statement


@contextmanager
def database(data_dir: Path | None = None) -> Iterator[sqlite3.Connection]:
    """The local database (in ``data_dir``, else the user data directory), opened and
    migrated for one command, and closed after it. A failed write was rolled back;
    it becomes a StoreError, and everything committed before is kept."""
    path = default_path(data_dir)
    connection = open_store(path)
    try:
        yield connection
    except sqlite3.Error as err:
        raise StoreError(key="error.store_write", path=str(path), reason=str(err)) from None
    finally:
        connection.close()


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: BEGIN IMMEDIATE (takes the write lock at once), then
    COMMIT, or ROLLBACK on any error."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def compact(connection: sqlite3.Connection) -> None:
    """Give freed space back and rewrite the file without deleted data."""
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
