"""Role-play sessions in the local database: saved with their debrief figures, listed for
``practice --stats`` and ``roleplay history``, and their weak turns as rewrite items."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from samtalecoach.core.store import transaction


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One stored session, as the statistics show it."""

    id: int
    scenario: str
    title: str
    played: str
    turns: int
    alliance_start: float
    alliance_end: float
    reached: int
    disclosures: int
    open_share: float


@dataclass(frozen=True, slots=True)
class ReworkItem:
    """A turn to write again as an open question of ``kind``."""

    id: int
    text: str
    lang: str
    kind: str
    why: str
    scenario: str


def save_session(db: sqlite3.Connection, document: Mapping[str, Any], rework: list[tuple[str, str, str]],
                 now: datetime | None = None) -> int:
    """Store a session (its samtale.roleplay/1 document) and its turns to rework, given as
    (text, the kind the phase called for, why); returns its id."""
    debrief = document["debrief"]
    counts = debrief["counts"]
    spoken = counts["turns"] or 1
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO roleplay_sessions (scenario, lang, played, turns, alliance_start, alliance_end, "
            "reached, disclosures, open_share, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document["scenario"]["id"], document["lang"],
             (now or datetime.now()).isoformat(timespec="seconds"), counts["turns"],
             debrief["alliance"]["start"], debrief["alliance"]["end"], len(debrief["disclosures"]["reached"]),
             len(debrief["disclosures"]["reached"]) + len(debrief["disclosures"]["missed"]),
             round(counts["open"] / spoken, 2), json.dumps(document, ensure_ascii=False)))
        session_id = int(cursor.lastrowid or 0)
        db.executemany("INSERT INTO roleplay_rework (session_id, text, lang, kind, why) VALUES (?, ?, ?, ?, ?)",
                       [(session_id, text, document["lang"], kind, why) for text, kind, why in rework])
    return session_id


def sessions(db: sqlite3.Connection, limit: int | None = None, lang: str = "da") -> list[SessionSummary]:
    """Stored sessions, oldest first (the latest ``limit``), titled in ``lang`` where the
    session kept both titles."""
    title = f"coalesce(json_extract(document, '$.scenario.titles.{'en' if lang == 'en' else 'da'}'), " \
            "json_extract(document, '$.scenario.title'))"
    rows = db.execute(
        f"SELECT id, scenario, {title}, played, turns, "
        "alliance_start, alliance_end, reached, disclosures, open_share "
        "FROM roleplay_sessions ORDER BY id DESC" + (" LIMIT ?" if limit else ""),
        (limit,) if limit else ()).fetchall()
    return [SessionSummary(*tuple(row)) for row in reversed(rows)]


def documents(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every stored session as its document, oldest first (for export)."""
    return [json.loads(row[0]) for row in db.execute("SELECT document FROM roleplay_sessions ORDER BY id")]


def rework_items(db: sqlite3.Connection) -> dict[str, ReworkItem]:
    """Every turn to rework, by its drill item id."""
    rows = db.execute("SELECT r.id, r.text, r.lang, r.kind, r.why, s.scenario FROM roleplay_rework r "
                      "JOIN roleplay_sessions s ON s.id = r.session_id ORDER BY r.id")
    return {str(row[0]): ReworkItem(*tuple(row)) for row in rows}

