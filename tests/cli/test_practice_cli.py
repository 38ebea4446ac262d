"""`samtale practice` through the CLI: stats, reset, and refusing without a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app
from samtalecoach.core.store import open_store
from samtalecoach.practice import progress as prog
from samtalecoach.practice.drills import Drill

app = build_app()

runner = CliRunner()


def test_no_terminal_is_a_clear_error() -> None:
    result = runner.invoke(app, ["practice", "kinds"])
    assert result.exit_code == 2
    assert "ingen terminal" in result.stderr and "--stats" in result.stderr


def test_unknown_drill() -> None:
    result = runner.invoke(app, ["practice", "spelling"])
    assert result.exit_code == 2
    assert "DRILL: ukendt værdi 'spelling'" in result.stderr


def test_stats_before_and_after_answers(home: Path) -> None:
    result = runner.invoke(app, ["practice", "--stats"])
    assert result.exit_code == 0 and "Ingen svar endnu" in result.stderr
    db = open_store(home / "samtale.db")
    round_id = prog.start_round(db, [Drill.KINDS], None)
    prog.record_answer(db, round_id, "kinds:fr-purpose-01", True)
    db.close()
    result = runner.invoke(app, ["practice", "--stats", "--lang", "en"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "Question kinds" in result.stdout and "100%" in result.stdout


def test_reset_asks_or_needs_yes(home: Path) -> None:
    db = open_store(home / "samtale.db")
    prog.record_answer(db, prog.start_round(db, [Drill.KINDS], None), "kinds:x", True)
    db.close()
    result = runner.invoke(app, ["practice", "--reset"])
    assert result.exit_code == 2 and "--yes" in result.stderr
    result = runner.invoke(app, ["practice", "--reset", "--yes"])
    assert result.exit_code == 0 and "1 svar og rollespil er slettet, og al fremgang med dem" in result.stderr


def test_the_keys_are_explained_once_a_round(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from samtalecoach.cli.practice import TerminalRoundUI
    from samtalecoach.core.i18n import t
    from samtalecoach.core.model import Lang, Localized
    from samtalecoach.practice.drills import Choice, Task
    from samtalecoach.ui.prompts import practice as prompts

    monkeypatch.setattr(prompts, "ask_drill", lambda lang, drills: Drill.FORMS.value)
    monkeypatch.setattr(prompts, "ask_task", lambda prompt, choices, lang: "open")
    text = Localized("Hvad er vigtigst for dig?", "What matters most to you?")
    task = Task(Drill.FORMS, "q1", (text,), text, (Choice("open", text),), frozenset({"open"}), {})
    ui = TerminalRoundUI(Lang.DA)
    assert ui.choose_drill() is Drill.FORMS
    ui.ask(task, 1, 2)
    ui.ask(task, 2, 2)
    shown = " ".join(capsys.readouterr().out.split())
    assert shown.count(" ".join(t(Lang.DA, "practice.keys").split())) == 1
