"""A CPR number planted in the database around samtale (an old version, a hand edit)
stops every export and every note, in every format, on screen and to a file: nothing
is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app

app = build_app()
runner = CliRunner()
CPR = "010190-1234"

#: Where the number is planted: a table, a column, and the row it goes in.
PLANTED = {
    "goal": "UPDATE processes SET goal = 'Job for {cpr}'",
    "note": "UPDATE conversations SET note = 'Mette {cpr}'",
    "account": "UPDATE conversations SET account = 'Hun oplyste {cpr}'",
    "assessments": "UPDATE conversations SET assessments = 'Lægen om {cpr}'",
    "agreement": "UPDATE agreements SET who = 'Mette {cpr}'",
    "follow_up": "UPDATE followups SET text = 'Ring {cpr}'",
    "topic": "UPDATE conversation_topics SET title = 'Emne {cpr}'",
}
COMMANDS = [
    *[(["process", "export", "p", "--format", fmt], suffix) for fmt, suffix in
      (("json", ".json"), ("markdown", ".md"), ("plain", ".txt"), ("docx", ".docx"))],
    *[(["process", "note", "p", "--format", fmt], suffix) for fmt, suffix in
      (("plain", ".txt"), ("markdown", ".md"), ("json", ".json"), ("docx", ".docx"))],
]


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.output


def planted(home: Path, where: str) -> None:
    run("process", "new", "p", "--goal", "Job")
    run("process", "log", "p", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority", "--note", "Fint",
        "--agreed", "Ringe|borgeren|fredag", "--follow-up", "Søvnen", "--account", "Godt", "--assessment", "Ingen")
    with sqlite3.connect(home / "samtale.db") as db:  # around samtale's guarded connection
        db.execute(PLANTED[where].format(cpr=CPR))


@pytest.mark.parametrize("where", sorted(PLANTED))
def test_every_export_and_note_refuses_with_nothing_written(where: str, home: Path, tmp_path: Path) -> None:
    planted(home, where)
    for args, suffix in COMMANDS:
        target = tmp_path / f"ud{suffix}"
        out = run(*args[:-2], "--output", str(target), code=2)
        assert "CPR" in out and "1234" not in out, args
        assert not target.exists() and list(tmp_path.glob(".ud*")) == [], args
        if suffix != ".docx":
            out = run(*args, code=2)
            assert "CPR" in out and "1234" not in out, args


@pytest.mark.parametrize("suffix", [".md", ".json", ".html", ".docx"])
def test_a_plan_for_a_process_with_a_planted_number_is_not_written(suffix: str, home: Path, tmp_path: Path) -> None:
    planted(home, "goal")
    target = tmp_path / f"plan{suffix}"
    out = run("plan", "--example", "--process", "p", "--output", str(target), code=2)
    assert "CPR" in out and "1234" not in out
    assert not target.exists()
    for fmt in ("markdown", "json"):
        assert "1234" not in run("plan", "--example", "--process", "p", "--format", fmt, code=2)
