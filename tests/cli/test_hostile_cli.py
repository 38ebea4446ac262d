"""Hostile and broken input at the command line (issue 14): markup stays text, a CPR
number never reaches a file, the store refuses what it must, and every failure to
write is a message, never a traceback."""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app
from samtalecoach.core import paths
from samtalecoach.core.privacy import find_cpr

app = build_app()
runner = CliRunner()


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output


# --- 5. Rich markup in user text is text ---------------------------------------------

@pytest.mark.parametrize("goal", ["[/]", "[link=https://example.org]klik[/link]", "[bold red]x", "\\[/]"])
def test_markup_in_a_goal_is_shown_as_typed(goal: str) -> None:
    run("process", "new", "x", "--goal", goal)
    for fmt in ("table", "plain"):
        assert goal in run("process", "list", "--format", fmt)
    assert goal in run("process", "show", "x", "--format", "table")


def test_a_user_bank_situation_named_like_markup_is_listed(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "mine.yaml").write_text(
        "situations:\n  - id: egen\n    name: {da: '[/]', en: '[/]'}\n"
        "    description: {da: Test, en: Test}\n    care_notes: [{da: Test, en: Test}]\n", encoding="utf-8")
    assert "[/]" in run("banks", "check", str(bank))


# --- 6. Markdown output keeps the text the user typed ---------------------------------

HOSTILE = "<script>alert(1)</script> ![x](y) *fed*\n# Overskrift\n- [x] afkrydset"


def test_markdown_plan_and_export_escape_user_text(tmp_path: Path) -> None:
    answers = tmp_path / "svar.yaml"
    answers.write_text(json.dumps({"topics": [{"title": HOSTILE, "decision_made": "yes"}]}), encoding="utf-8")
    plan = run("plan", "--answers", str(answers), "--no-input", "--format", "markdown")
    run("process", "new", "x", "--goal", HOSTILE)
    run("process", "log", "x", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority", "--note", HOSTILE)
    export = run("process", "export", "x", "--format", "markdown")
    for text in (plan, export):
        assert "<script>" not in text and "![x](y)" not in text
        assert not re.search(r"^# Overskrift|^- \[x\]", text, re.M)  # no fake heading or ticked item
        unescaped = re.sub(r"\\(.)", r"\1", text)
        assert " ".join(HOSTILE.split()) in unescaped  # the text as typed, on one line


# --- 7, 8. No CPR number reaches anything written ---------------------------------------

CPRS = ["010190\u20131234", "CPR-nr.0201901234", "03.01.90-1234", "0401\u200b901234"]


def _digits(cpr: str) -> str:
    return re.sub(r"\D", "", cpr)


def _written(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_planted_cprs_reach_no_file(tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALE_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out"
    out.mkdir()
    bank = tmp_path / "bank"
    bank.mkdir()
    for n, cpr in enumerate(CPRS):
        run("process", "new", f"p{n}", "--goal", f"Mål {cpr}", code=2)
        run("process", "new", cpr, "--goal", "Mål", code=2)
    run("process", "new", "ok", "--goal", "Mål")
    for cpr in CPRS:
        run("process", "log", "ok", "--topic", f"Emne {cpr}=coaching", code=2)
        run("process", "log", "ok", "--topic", "Emne=coaching", "--note", cpr, code=2)
        run("process", "log", "ok", "--topic", "Emne=coaching", "--agreed", f"Ring|{cpr}|fredag", code=2)
        answers = tmp_path / "svar.yaml"
        for document in ({"decision_made": "yes", "picks": {cpr: ["fr-purpose-01"]}},
                         {"decision_made": "yes", "picks": {"start": [cpr]}},
                         {"topics": [{"title": cpr, "decision_made": "yes"}]}):
            answers.write_text(json.dumps(document), encoding="utf-8")
            run("plan", "--answers", str(answers), "--no-input", "--output", str(out / "plan.md"), code=2)
        (bank / "mine.yaml").write_text(
            f"questions:\n  - id: u-q-01\n    kind: framing\n    form: open\n    intensity: gentle\n"
            f"    phases: [start]\n    conversation_types: [coaching]\n    situations: []\n    family: purpose\n"
            f"    text: {{da: 'Hvad med {cpr}?', en: 'What about {cpr}?'}}\n", encoding="utf-8")
        run("banks", "check", str(bank), code=1)
        run("questions", "--bank-dir", str(bank), code=1)
    run("process", "export", "ok", "--output", str(out / "ok.json"))
    written = _written(home) | _written(tmp_path / "cache") | _written(out)
    assert written  # the database, the cache and an export were written
    for path, data in written.items():
        text = data.decode("utf-8", "replace")
        for cpr in CPRS:
            assert _digits(cpr) not in re.sub(r"\D", "", text) or find_cpr(text) is None, path
        assert find_cpr(text) is None, path


def test_a_cpr_planted_in_the_database_stops_every_export(tmp_path: Path, home: Path) -> None:
    run("process", "new", "x", "--goal", "Mål")
    run("process", "log", "x", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority", "--note", "Fint")
    with sqlite3.connect(home / "samtale.db") as db:  # around samtale, as an old version or a hand might
        db.execute("UPDATE conversations SET note = 'Mette 010190-1234'")
    for fmt in ("json", "markdown"):
        target = tmp_path / f"x.{fmt}"
        assert "CPR" in run("process", "export", "x", "--format", fmt, "--output", str(target), code=2)
        assert not target.exists()
        assert "1234" not in run("process", "export", "x", "--format", fmt, code=2)


# --- 9. A first run by several processes at once ----------------------------------------

def test_four_processes_creating_the_database_at_once_all_succeed(tmp_path: Path) -> None:
    env = {**os.environ, "SAMTALE_HOME": str(tmp_path / "race")}
    for round_ in range(5):
        env["SAMTALE_HOME"] = str(tmp_path / f"race{round_}")
        children = [subprocess.Popen([sys.executable, "-m", "samtalecoach", "process", "new", f"p{n}", "--goal", "x"],
                                     env=env, stderr=subprocess.PIPE, text=True) for n in range(4)]
        for child in children:
            _, err = child.communicate(timeout=60)
            assert child.returncode == 0, err


# --- 10, 11. The store and the files: messages, not tracebacks --------------------------

def test_bad_places_for_the_data_are_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert "er en fil, ikke en mappe" in run("process", "list", "--data-dir", str(tmp_path / "a-file"), code=1)
    (tmp_path / "d" / "samtale.db").mkdir(parents=True)
    assert "ikke en almindelig fil" in run("process", "list", "--data-dir", str(tmp_path / "d"), code=1)
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "samtale.db").symlink_to(tmp_path / "elsewhere.db")
    assert "symbolsk link" in run("process", "list", "--data-dir", str(tmp_path / "s"), code=1)
    assert not (tmp_path / "elsewhere.db").exists()  # the link was not followed


def test_an_unreadable_stored_row_is_a_message(home: Path) -> None:
    run("process", "new", "x", "--goal", "Mål")
    run("process", "log", "x", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority")
    with sqlite3.connect(home / "samtale.db") as db:
        db.execute("UPDATE conversation_topics SET type = 'kaffe'")
    assert "ikke kan læse" in run("process", "show", "x", code=1)
    with sqlite3.connect(home / "samtale.db") as db:
        db.execute("UPDATE conversation_topics SET type = 'coaching'")
        db.execute("UPDATE conversations SET held = '2026-13-45'")
    assert "ikke kan læse" in run("process", "show", "x", code=1)
    assert "ikke kan læse" in run("process", "list", code=1)


def test_output_that_cannot_be_written_is_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "er en mappe" in run("plan", "--example", "--output", str(tmp_path), "--force", code=2)
    missing = tmp_path / "nope" / "plan.md"
    assert "findes ikke" in run("plan", "--example", "--output", str(missing), code=2)
    assert not missing.parent.exists()  # not made silently

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paths.os, "replace", full)
    said = run("plan", "--example", "--output", str(tmp_path / "plan.md"), code=1)
    assert "disken er fuld" in said and "No space" not in said
    assert not list(tmp_path.glob(".plan.md.*.tmp"))  # the temporary file is gone too


def test_stale_temporary_files_of_a_killed_write_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".plan.md.abc123.tmp"
    stale.write_text("half a plan", encoding="utf-8")
    old = stale.stat().st_mtime - paths.STALE_TMP_SECONDS - 10
    os.utime(stale, (old, old))
    fresh = tmp_path / ".plan.md.def456.tmp"  # another writer's, still at work
    fresh.write_text("x", encoding="utf-8")
    paths.write_atomic(tmp_path / "plan.md", "# Plan\n")
    assert not stale.exists() and fresh.exists()


# --- 12. A process that has grown loads in a bounded number of queries -------------------

def _fill(home: Path, conversations: int) -> None:
    from datetime import date, timedelta

    from samtalecoach.core.model import ConversationType
    from samtalecoach.core.store import database
    from samtalecoach.process import records

    with database(home) as db:
        records.create(db, "stor", "Mål")
        for n in range(conversations):
            records.log_conversation(db, "stor", held=date(2020, 1, 1) + timedelta(days=n),
                                     topics=[("Emne", ConversationType.COACHING)],
                                     agreements=[records.Agreement(f"Opgave {n}", "borgeren", "fredag")],
                                     followups=[f"Tema {n}"], note="", caseworker=None, citizen=None,
                                     done=[f"a{n}", f"f{n}"] if n else ())  # last time's items


@pytest.mark.parametrize("size", [3, 60])
def test_loading_a_process_takes_the_same_few_queries_at_any_size(home: Path, size: int) -> None:
    from samtalecoach.core.store import database
    from samtalecoach.process import records

    _fill(home, size)
    with database(home) as db:
        statements: list[str] = []
        db.set_trace_callback(statements.append)
        process = records.load(db, "stor")
        loaded = len(statements)
        statements.clear()
        records.summaries(db)
        listed = len(statements)
        plans = db.execute("EXPLAIN QUERY PLAN SELECT * FROM agreements WHERE conversation_id = 1").fetchall()
    assert len(process.conversations) == size
    assert loaded <= 8 and listed <= 2, (loaded, listed)  # not one query per conversation
    assert "USING INDEX agreements_by_conversation" in " ".join(str(tuple(row)) for row in plans)


def test_the_terminal_timeline_shows_the_latest_and_says_so(home: Path) -> None:
    from samtalecoach.cli.process import SHOWN

    _fill(home, SHOWN + 5)
    shown = run("process", "show", "stor", "--format", "table")
    assert f"Opgave {SHOWN + 4}" in shown and "Opgave 0" not in shown
    assert "Opgave 0" in run("process", "show", "stor", "--format", "table", "--all")
