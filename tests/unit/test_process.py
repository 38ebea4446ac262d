"""Processes: labels, logging, scores, alliance flags, follow-ups, export."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from samtalecoach.core.errors import SamtaleError, UsageError
from samtalecoach.core.model import ConversationType
from samtalecoach.core.store import open_store
from samtalecoach.process import records as proc
from samtalecoach.process.alliance import AllianceScores, Flag, flags, parse_scores
from samtalecoach.process.records import Agreement

COACHING = ConversationType.COACHING


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_store(tmp_path / "samtale.db")
    yield connection
    connection.close()


@pytest.mark.parametrize("label", ["forløb-a", "B-17", "sag_3.v2", "A"])
def test_good_labels(label: str) -> None:
    assert proc.check_label(label) == label


@pytest.mark.parametrize("label", ["Mette Hansen", "", "-a", "x" * 41, "010190-1234", "a/b"])
def test_bad_labels(label: str) -> None:
    with pytest.raises(UsageError):
        proc.check_label(label)


def test_create_and_load(db: sqlite3.Connection) -> None:
    proc.create(db, "forløb-a", "Ordinær beskæftigelse", "Praktik", today=date(2026, 1, 5))
    record = proc.load(db, "forløb-a")
    assert (record.goal, record.subgoal, record.created) == ("Ordinær beskæftigelse", "Praktik",
                                                             date(2026, 1, 5))
    assert record.conversations == () and record.last is None
    with pytest.raises(SamtaleError) as info:
        proc.create(db, "forløb-a", "Igen")
    assert info.value.key == "error.process_exists"


def test_unknown_label_lists_the_known(db: sqlite3.Connection) -> None:
    proc.create(db, "a", "Job")
    proc.create(db, "b", "Job")
    with pytest.raises(SamtaleError) as info:
        proc.load(db, "c")
    assert info.value.params == {"label": "c", "known": "a, b"}


def test_log_keeps_everything_in_order(db: sqlite3.Connection) -> None:
    proc.create(db, "a", "Job")
    proc.log_conversation(db, "a", held=date(2026, 2, 1),
                          topics=[("Praktik", ConversationType.CO_CREATIVE),
                                  ("Skolen", ConversationType.ADVISORY_EXPERT)],
                          agreements=[Agreement("Ringe til butikken", "borgeren", "fredag")],
                          followups=["Første dag"], note="Kort note",
                          caseworker=AllianceScores(7, 6, 8, 7),
                          citizen=AllianceScores(8, 7, 9, 8), subgoal="Praktik i butik")
    proc.log_conversation(db, "a", held=date(2026, 1, 1), topics=[("Rammen", COACHING)])
    record = proc.load(db, "a")
    assert [c.held for c in record.conversations] == [date(2026, 1, 1), date(2026, 2, 1)]
    last = record.conversations[-1]
    assert last.topics == (("Praktik", ConversationType.CO_CREATIVE),
                           ("Skolen", ConversationType.ADVISORY_EXPERT))
    assert [(a.what, a.who, a.due, a.done) for a in last.agreements] == [
        ("Ringe til butikken", "borgeren", "fredag", None)]
    assert last.citizen == AllianceScores(8, 7, 9, 8)
    assert record.subgoal == "Praktik i butik"
    assert [(i.kind, i.text) for i in proc.open_items(record)] == [
        ("agreed", "Ringe til butikken (borgeren, fredag)"), ("follow_up", "Første dag")]


def test_items_stay_open_until_marked_done(db: sqlite3.Connection) -> None:
    proc.create(db, "a", "Job")
    proc.log_conversation(db, "a", held=date(2026, 1, 1), topics=[("Rammen", COACHING)],
                          agreements=[Agreement("Søge tre job", "borgeren")], followups=["Søvnen"])
    proc.log_conversation(db, "a", held=date(2026, 1, 15), topics=[("Praktik", COACHING)],
                          agreements=[Agreement("Ringe til lægen", "rådgiveren")])
    record = proc.load(db, "a")
    codes = {i.text: i.code for i in proc.open_items(record)}
    assert set(codes) == {"Søge tre job (borgeren)", "Søvnen", "Ringe til lægen (rådgiveren)"}
    proc.log_conversation(db, "a", held=date(2026, 2, 1), topics=[("Praktik", COACHING)],
                          done=[codes["Søvnen"], codes["Søge tre job (borgeren)"]])
    record = proc.load(db, "a")
    assert [i.text for i in proc.open_items(record)] == ["Ringe til lægen (rådgiveren)"]
    assert record.conversations[0].followups[0].done == date(2026, 2, 1)
    for bad in (codes["Søvnen"], "a999", "x1", "f"):  # done already, unknown, malformed
        with pytest.raises(UsageError) as info:
            proc.log_conversation(db, "a", held=date(2026, 2, 2), topics=[("x", COACHING)], done=[bad])
        assert info.value.key == "error.done_code"
    assert len(proc.load(db, "a").conversations) == 3  # nothing stored by the refused ones
    assert proc.is_caseworker("Rådgiveren") and proc.is_caseworker("mig") and not proc.is_caseworker("borgeren")


@pytest.mark.parametrize("field", ["note", "agreement", "followup", "topic"])
def test_cpr_is_refused_everywhere_and_nothing_is_stored(db: sqlite3.Connection, field: str) -> None:
    proc.create(db, "a", "Job")
    cpr = "Borger 010190-1234"
    kwargs: dict[str, object] = {"topics": [("Praktik", COACHING)]}
    if field == "note":
        kwargs["note"] = cpr
    elif field == "agreement":
        kwargs["agreements"] = [Agreement(cpr)]
    elif field == "followup":
        kwargs["followups"] = [cpr]
    else:
        kwargs["topics"] = [(cpr, COACHING)]
    with pytest.raises(UsageError) as info:
        proc.log_conversation(db, "a", held=date(2026, 1, 1), **kwargs)  # type: ignore[arg-type]
    assert info.value.key == "error.cpr"
    assert proc.load(db, "a").conversations == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("goals=7,tasks=6,bond=8,overall=7", AllianceScores(7, 6, 8, 7)),
     ("7,6,8,7", AllianceScores(7, 6, 8, 7)),
     ("7 6 8 7", AllianceScores(7, 6, 8, 7)),
     ("bond=10, goals=0, overall=5, tasks=3", AllianceScores(0, 3, 10, 5)),
     ("mål=7,opgaver=6,relation=8,samlet=7", AllianceScores(7, 6, 8, 7)),  # the Danish help's own keys
     ("Bånd=8, mål=7, samlet=7, opgaver=6", AllianceScores(7, 6, 8, 7))],
)
def test_scores_parse(text: str, expected: AllianceScores) -> None:
    assert parse_scores(text, "--alliance") == expected


@pytest.mark.parametrize("text", ["7,6,8", "goals=7,tasks=6,bond=8", "11,6,8,7", "a,b,c,d",
                                  "goals=7,goals=6,bond=8,overall=7",
                                  "mål=7,goals=6,bond=8,overall=7", "mood=7,tasks=6,bond=8,overall=7"])
def test_bad_scores(text: str) -> None:
    with pytest.raises(UsageError):
        parse_scores(text, "--alliance")


def record_with(*checks: AllianceScores | None) -> proc.Process:
    conversations = tuple(
        proc.Conversation(n, date(2026, 1, n + 1), (("x", COACHING),), (), (), "", c, None)
        for n, c in enumerate(checks)
    )
    return proc.Process("a", "Job", "", date(2026, 1, 1), conversations)


def test_flags_drop_of_two_or_more() -> None:
    record = record_with(AllianceScores(8, 8, 8, 8), AllianceScores(6, 7, 8, 9))
    assert flags(record.conversations) == [Flag("goals", "drop", 8, 6)]


def test_flags_score_under_six() -> None:
    record = record_with(AllianceScores(5, 9, 6, 7))
    assert flags(record.conversations) == [Flag("goals", "low", None, 5)]


def rated(mine: AllianceScores, hers: AllianceScores) -> proc.Process:
    conversation = proc.Conversation(1, date(2026, 1, 2), (("x", COACHING),), (), (), "", mine, hers)
    return proc.Process("a", "Job", "", date(2026, 1, 1), (conversation,))


def test_her_own_low_rating_and_a_gap_between_the_ratings_are_flagged() -> None:
    found = flags(rated(AllianceScores(8, 8, 8, 8), AllianceScores(4, 6, 8, 7)).conversations)
    assert found == [Flag("goals", "her_low", None, 4), Flag("tasks", "gap", 8, 6)]
    # she rates higher than the caseworker, or close to it: nothing to ask about
    assert flags(rated(AllianceScores(7, 7, 7, 7), AllianceScores(9, 6, 7, 8)).conversations) == []


def test_no_flags_when_steady_or_unchecked() -> None:
    assert flags(record_with(AllianceScores(7, 7, 7, 7), AllianceScores(6, 8, 7, 7)).conversations) == []
    assert flags(record_with(None, None).conversations) == []
    # a check skipped in between compares with the last one that was made
    record = record_with(AllianceScores(9, 9, 9, 9), None, AllianceScores(7, 9, 9, 9))
    assert flags(record.conversations) == [Flag("goals", "drop", 9, 7)]


def test_export_holds_everything(db: sqlite3.Connection) -> None:
    proc.create(db, "a", "Job", "Praktik")
    proc.log_conversation(db, "a", held=date(2026, 2, 1), topics=[("Praktik", COACHING)],
                          agreements=[Agreement("Ringe", "mig", "mandag")], note="n",
                          caseworker=AllianceScores(7, 6, 8, 7))
    proc.attach_plan(db, "a", {"schema": "samtale.plan-record/1"}, today=date(2026, 1, 31))
    from samtalecoach.process.export import process_to_json

    data = process_to_json(proc.load(db, "a"))
    assert data["schema"] == "samtale.process/2" and data["subgoal"] == "Praktik"
    (conversation,) = data["conversations"]
    assert conversation["agreements"] == [{"code": "a1", "what": "Ringe", "who": "mig", "when": "mandag",
                                           "done": None}]
    assert data["open"] == [{"code": "a1", "kind": "agreed", "text": "Ringe (mig, mandag)", "date": "2026-02-01"}]
    assert conversation["alliance"]["caseworker"] == {"goals": 7, "tasks": 6, "bond": 8, "overall": 7}
    assert data["plans"] == [{"date": "2026-01-31", "plan": {"schema": "samtale.plan-record/1"}}]


def test_delete_all(db: sqlite3.Connection) -> None:
    for label in ("a", "b", "c"):
        proc.create(db, label, "Job")
    assert proc.delete(db, None) == 3
    assert proc.labels(db) == []
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0


def test_spark_maps_0_to_10_onto_eight_blocks() -> None:
    from samtalecoach.ui.style import SPARK, spark

    assert spark([0, 10]) == "▁█"
    blocks = spark(list(range(11)))
    assert len(set(blocks)) == 8
    assert [SPARK.index(b) for b in blocks] == sorted(SPARK.index(b) for b in blocks)
    assert spark([]) == ""
