"""`samtale roleplay` / `rollespil` through Typer's CliRunner: listing, scripts, the stored
session, the teacher's check, and bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app

from ..conftest import ROOT

app = build_app()
runner = CliRunner()
MINI = ROOT / "tests" / "data" / "roleplay" / "mini.yaml"
GOOD = "Hvad vil du gerne tale om i dag?\nKan du fortælle lidt mere om, at du er lidt træt?\n/fase\n" \
       "Hvad gør, at du sover dårligt?\n/fase\nHvad vil du gøre først?\n/slut\n"


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "replikker.txt"
    path.write_text("# en god samtale\n" + GOOD, encoding="utf-8")
    return path


def play_mini(script: Path, *extra: str) -> tuple[int, str, str]:
    return invoke("roleplay", "mini", "--scenario-dir", str(MINI), "--script", str(script), "--seed", "1", *extra)


def test_the_list_as_json_has_every_bundled_scenario() -> None:
    code, out, _ = invoke("roleplay", "--list", "--format", "json")
    assert code == 0, out
    rows = json.loads(out)
    assert len(rows) >= 8
    assert all({"id", "title", "field", "types", "difficulty"} <= set(row) for row in rows)
    assert {t for row in rows for t in row["types"]} == {
        "advisory.authority", "advisory.decision", "advisory.expert", "advisory.helper", "coaching", "co_creative"}


def test_the_danish_alias_lists_in_danish_and_english_on_request() -> None:
    code, out, _ = invoke("rollespil", "--list", "--format", "plain")
    assert code == 0 and "jobcenter" in out and "job centre" not in out
    code, out, _ = invoke("rollespil", "--list", "--format", "plain", "--lang", "en")
    assert code == 0 and "job centre" in out


def test_a_script_plays_to_json_with_the_documented_schema(script: Path) -> None:
    code, out, err = play_mini(script)
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "samtale.roleplay/1" and data["scenario"]["id"] == "mini"
    assert len(data["turns"]) == 4
    turn = data["turns"][0]
    assert {"caseworker", "analysis", "citizen", "state"} <= set(turn)
    assert {"form", "kind", "flags"} <= set(turn["analysis"])
    assert set(turn["state"]) >= {"goals", "tasks", "bond", "openness", "tolerance", "alliance"}
    debrief = data["debrief"]
    assert {"counts", "alliance", "disclosures"} <= set(debrief)
    alliance = debrief["alliance"]
    assert alliance["end"] > alliance["start"] and len(alliance["curve"]) == 5
    assert all(0 <= v <= 10 for v in alliance["curve"])
    assert [d["id"] for d in debrief["disclosures"]["reached"]] == ["fear"]
    assert debrief["disclosures"]["missed"] == []


def test_the_seed_makes_a_run_repeatable(script: Path) -> None:
    assert play_mini(script, "--no-save")[1] == play_mini(script, "--no-save")[1]


def test_a_session_is_kept_and_can_be_listed_and_exported(script: Path, home: Path) -> None:
    assert play_mini(script)[0] == 0
    code, out, _ = invoke("roleplay", "history", "--format", "json")
    assert code == 0
    [document] = json.loads(out)
    assert document["scenario"]["id"] == "mini" and len(document["turns"]) == 4
    code, out, _ = invoke("roleplay", "history", "--format", "plain")
    assert "Kort opfølgning: alliance 3,0 → " in out and "betroelser 1/1, 4 replikker" in out


def test_no_save_keeps_nothing(script: Path, home: Path) -> None:
    assert play_mini(script, "--no-save")[0] == 0
    assert json.loads(invoke("roleplay", "history", "--format", "json")[1]) == []


@pytest.mark.parametrize("suffix", [".md", ".html", ".json", ".docx"])
def test_the_debrief_is_saved_in_the_format_of_the_file(script: Path, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"feedback{suffix}"
    code, _, err = play_mini(script, "--output", str(target), "--format", "markdown")
    assert code == 0, err
    data = target.read_bytes()
    if suffix == ".docx":
        assert data[:2] == b"PK"
    else:
        text = data.decode("utf-8")
        assert "Ærligt talt er jeg bange" in text
    # Never over a file without --force, and that is said before a session is played.
    code, out, err = play_mini(script, "--output", str(target))
    assert code == 1 and "--force" in err and out == ""
    assert play_mini(script, "--output", str(target), "--force", "--no-save")[0] == 0


def test_markdown_debrief_has_every_section(script: Path) -> None:
    code, out, _ = play_mini(script, "--format", "markdown")
    assert code == 0
    for heading in ("## Udskrift", "## Tal", "## Spørgsmålstyper pr. fase", "## Alliancen undervejs",
                    "## Det, hun betroede dig, og det, hun holdt tilbage", "## Dine tre bedste replikker",
                    "## Tre replikker at arbejde videre med", "## Det, hun tænkte, men ikke sagde"):
        assert heading in out
    assert "[åbent, rammesættende" in out


def test_without_a_terminal_or_a_script_it_says_to_use_script() -> None:
    code, _, err = invoke("roleplay", "mini", "--scenario-dir", str(MINI))
    assert code == 2
    assert "--script" in err and "Traceback" not in err


def test_a_cpr_number_in_a_script_is_refused_and_never_stored(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "cpr.txt"
    path.write_text("Hvad vil du tale om?\nDit cpr er 010203-1234, ikke?\n", encoding="utf-8")
    code, out, err = play_mini(path)
    assert code == 2
    assert f"{path}:2" in err and "CPR" in err
    assert "010203" not in out + err
    db = home / "samtale.db"
    if db.exists():
        assert sqlite3.connect(db).execute("SELECT count(*) FROM roleplay_sessions").fetchone()[0] == 0


def test_a_ten_thousand_character_line_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    path.write_text("Hvad vil du tale om?\n" + "ord " * 2500 + "\n", encoding="utf-8")
    code, _, err = play_mini(path)
    assert code == 2 and "Traceback" not in err
    assert "2000" in err


def test_an_unknown_scenario_names_the_ones_there_are(script: Path) -> None:
    code, _, err = invoke("roleplay", "mini2", "--scenario-dir", str(MINI), "--script", str(script))
    assert code == 2 and "mini2" in err and "mini" in err


def test_a_broken_scenario_file_gives_file_and_line(tmp_path: Path, script: Path) -> None:
    bad = tmp_path / "mini.yaml"
    bad.write_text(MINI.read_text(encoding="utf-8").replace("difficulty: 1", "difficulty: hard"), encoding="utf-8")
    code, _, err = invoke("roleplay", "mini", "--scenario-dir", str(bad), "--script", str(script))
    assert code == 1
    line = next(n for n, text in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1) if "difficulty" in text)
    assert f"mini.yaml:{line}" in err and "Traceback" not in err


def test_check_passes_the_bundled_scenarios_and_draws_a_graph() -> None:
    code, out, _ = invoke("roleplay", "check")
    assert code == 0, out
    assert "Scenarier i orden: " in out
    code, out, _ = invoke("roleplay", "check", str(MINI), "--graph")
    assert code == 0 and out.startswith("flowchart TD")
    assert "fear" in out and "-->" in out


def test_check_fails_where_no_conversation_can_end_well(tmp_path: Path) -> None:
    # An alliance that starts at 10 cannot end higher: no good end.
    bad = tmp_path / "mini.yaml"
    bad.write_text(MINI.read_text(encoding="utf-8").replace(
        "start: {goals: 3, tasks: 3, bond: 3, openness: 3, tolerance: 4}",
        "start: {goals: 10, tasks: 10, bond: 10, openness: 3, tolerance: 4}"), encoding="utf-8")
    code, out, _ = invoke("roleplay", "check", str(bad))
    assert code == 1
    assert "✗ mini" in out and "ingen god afslutning inden for 20 replikker" in out
    assert "1 af 1 scenarier har fejl" in out
