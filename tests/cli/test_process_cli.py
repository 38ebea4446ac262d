"""`samtale process` and `samtale plan --process` through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app

app = build_app()

runner = CliRunner()


def ok(*args: str) -> object:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def fail(code: int, *args: str) -> object:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result


def setup_process() -> None:
    ok("process", "new", "forløb-a", "--goal", "Ordinær beskæftigelse", "--subgoal", "Praktik")
    ok("process", "log", "forløb-a", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority",
       "--alliance", "8,8,8,8")
    ok("process", "log", "forløb-a", "--date", "2026-10-15", "--topic", "Praktikken=samskabende",
       "--agreed", "Ringe til butikken|borgeren|fredag", "--follow-up", "Søvnen",
       "--alliance", "goals=5,tasks=8,bond=8,overall=7", "--citizen", "6,7,9,8", "--note", "Træt")


def test_new_log_show_plain() -> None:
    setup_process()
    out = ok("process", "show", "forløb-a", "--format", "plain").stdout
    assert "Mål: Ordinær beskæftigelse" in out
    assert "2026-10-15: Praktikken (Samskabende)" in out
    assert "Mål: 8 → 5 (6)" in out
    assert "- ☐ [a1] Ringe til butikken (borgeren, fredag) (2026-10-15)" in out
    assert "Aftalt: ☐ [a1] Ringe til butikken (borgeren, fredag)" in out and "Note: Træt" in out
    assert "Mål faldt fra 8 til 5." in out
    assert "Tag aftalen om mål og delmål op igen" in out


def _facts(label: str) -> list[str]:
    """Every stored fact of a process that a reader must find, read from its JSON export."""
    data = json.loads(ok("process", "export", label, "--format", "json").stdout)
    facts = [data["goal"], data["subgoal"]]
    for conversation in data["conversations"]:
        facts.append(conversation["date"])
        facts += [topic["title"] for topic in conversation["topics"]]
        facts += [f"[{a['code']}] {a['what']}" for a in conversation["agreements"]]
        facts += [f"[{f['code']}] {f['text']}" for f in conversation["follow_ups"]]
        facts += [conversation["note"]] if conversation["note"] else []
        for scores in conversation["alliance"].values():
            if scores:
                facts.append(f"Mål {scores['goals']} · Opgaver {scores['tasks']}")
    for plan in data["plans"]:
        facts.append(f"Plan fra {plan['date']}")
        facts += [topic["title"] for topic in plan["plan"]["topics"]]
    return facts


def test_screen_markdown_and_json_carry_the_same_facts(tmp_path: Path) -> None:
    setup_process()
    ok("process", "log", "forløb-a", "--date", "2026-11-01", "--topic", "Opfølgning=coaching",
       "--done", "f1", "--agreed", "Sende lægeerklæringen|rådgiveren|mandag", "--note", "Bedre søvn")
    ok("plan", "--example", "--process", "forløb-a", "--format", "json")
    facts = _facts("forløb-a")
    assert len(facts) > 15 and "[f1] Søvnen" in facts
    wide = {"COLUMNS": "250"}
    screens = {
        "table": runner.invoke(app, ["process", "show", "forløb-a", "--format", "table"], env=wide).stdout,
        "plain": ok("process", "show", "forløb-a", "--format", "plain").stdout,
        # Markdown as a reader sees it: its backslash escapes undone.
        "markdown": re.sub(r"\\(.)", r"\1", ok("process", "export", "forløb-a", "--format", "markdown").stdout),
    }
    for name, text in screens.items():
        missing = [fact for fact in facts if fact not in text]
        assert missing == [], name
        assert "☑ [f1] Søvnen (klaret 2026-11-01)" in text, name  # done, and no longer listed as open
        assert "☐ [f1]" not in text and "Planen er gemt" not in text, name


def test_show_table_fits_80_columns() -> None:
    setup_process()
    result = runner.invoke(app, ["process", "show", "forløb-a", "--format", "table"],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    from samtalecoach.ui.style import SPARK, spark

    assert spark([8, 5]) in result.stdout  # the small chart of goals: 8, then 5
    assert set(spark([8, 5])) <= set(SPARK)
    assert "Praktikken — Samskabende" in result.stdout


def test_list_and_json() -> None:
    setup_process()
    data = json.loads(ok("process", "list", "--format", "json").stdout)
    assert data["processes"] == [{"label": "forløb-a", "goal": "Ordinær beskæftigelse",
                                  "subgoal": "Praktik", "conversations": 2, "last": "2026-10-15"}]
    shown = json.loads(ok("process", "show", "forløb-a", "--format", "json").stdout)
    assert shown["conversations"][1]["alliance"]["citizen"] == {"goals": 6, "tasks": 7, "bond": 9,
                                                                "overall": 8}


def test_export_markdown_to_a_file(tmp_path: Path) -> None:
    setup_process()
    target = tmp_path / "forløb.md"
    ok("process", "export", "forløb-a", "--format", "md", "--output", str(target))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# forløb-a") and "## Tidslinje" in text and "Træt" in text
    fail(1, "process", "export", "forløb-a", "--format", "md", "--output", str(target))
    # 'markdown' is the format's name everywhere; 'md' is an accepted alias.
    assert ok("process", "export", "forløb-a", "--format", "markdown").stdout == text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["process", "new", "Mette Hansen", "--goal", "Job"], "ugyldig betegnelse 'Mette Hansen'"),
        (["process", "new", "a"], "--goal: angiv det overordnede mål"),
        (["process", "log", "forløb-a"], "--topic: angiv mindst ét emne"),
        (["process", "log", "forløb-a", "--topic", "Praktik"], "skal være TITEL=TYPE"),
        (["process", "log", "forløb-a", "--topic", "Praktik=coach"], "skal være TITEL=TYPE"),
        (["process", "log", "forløb-a", "--topic", "P=coaching", "--alliance", "7,7"],
         "--alliance: '7,7' skal være"),
        (["process", "log", "forløb-a", "--topic", "P=coaching", "--date", "1. maj"],
         "--date: '1. maj' er ikke en dato"),
        (["process", "log", "forløb-a", "--topic", "P=coaching", "--note", "cpr 010190-1234"],
         "ligner et CPR-nummer"),
        (["process", "delete"], "angiv en betegnelse eller --all"),
        (["process", "delete", "forløb-a"], "Brug --yes"),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    ok("process", "new", "forløb-a", "--goal", "Job")
    result = fail(2, *args)
    assert message in result.stderr


def test_unknown_process_is_exit_1() -> None:
    result = fail(1, "process", "show", "ingen")
    assert "intet forløb hedder 'ingen'" in result.stderr


def test_delete_with_yes_removes_it() -> None:
    setup_process()
    ok("process", "new", "b", "--goal", "Job")
    result = ok("process", "delete", "forløb-a", "--yes")
    assert "1 forløb er slettet" in result.stderr
    assert json.loads(ok("process", "list", "--format", "json").stdout)["processes"][0]["label"] == "b"
    ok("process", "delete", "--all", "--yes")
    assert json.loads(ok("process", "list", "--format", "json").stdout)["processes"] == []


def test_foreign_database_gives_a_clear_error(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "samtale.db").write_text("ikke en database", encoding="utf-8")
    result = fail(1, "process", "list")
    assert "er ikke en database fra samtale" in result.stderr
    assert (home / "samtale.db").read_text(encoding="utf-8") == "ikke en database"


def test_data_dir_option(tmp_path: Path) -> None:
    other = tmp_path / "andet"
    ok("process", "new", "x", "--goal", "Job", "--data-dir", str(other))
    assert (other / "samtale.db").exists()
    assert json.loads(ok("process", "list", "--format", "json").stdout)["processes"] == []


def test_plan_for_a_process_follows_up_and_is_attached() -> None:
    setup_process()
    data = json.loads(ok("plan", "--example", "--process", "forløb-a", "--format", "json").stdout)
    assert data["process"]["goal"] == "Ordinær beskæftigelse"
    assert data["process"]["follow_up"] == [
        "Sidst aftalte vi: Ringe til butikken (borgeren, fredag). Hvordan er det gået?",
        "Sidst ville vi følge op på: Søvnen. Hvordan står det til nu?",
    ]
    shown = json.loads(ok("process", "show", "forløb-a", "--format", "json").stdout)
    assert len(shown["plans"]) == 1
    record = shown["plans"][0]["plan"]
    assert record["schema"] == "samtale.plan-record/1"
    assert [t["title"] for t in record["topics"]] == [t["title"] for t in data["topics"]]
    markdown = ok("plan", "--example", "--process", "forløb-a", "--format", "markdown").stdout
    assert "**Opfølgning fra sidst:**" in markdown and "**Forløb:** forløb-a" in markdown


def test_danish_alias() -> None:
    ok("forløb", "new", "a", "--goal", "Job")
    assert "a" in ok("forløb", "list", "--format", "plain").stdout
