"""A Danish screen shows no English word: the help of every command, Typer's and
Click's own words, parsing errors, and the prompts."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.plain_text import PlainTextOutput

from samtalecoach.cli.app import build_app
from samtalecoach.core.model import Lang

#: English words of a command-line interface that a Danish screen must not show.
ENGLISH = re.compile(r"\b(Usage|Options|Arguments|Commands|Show this|required|default|Error|Try|Missing|"
                     r"Invalid|No such|Aborted|OPTIONS|COMMAND|ARGS|TEXT|FILE|LABEL|Description|selections|"
                     r"Answer|done|Use arrow|arrow keys|space|toggle)\b|<(bool|str|int|path|float)>")


def _commands() -> list[list[str]]:
    app = build_app()
    names = [[c.name] for c in app.registered_commands if not c.hidden and c.name]
    for group in app.registered_groups:
        if not group.hidden and group.name:
            names.append([group.name])
            names += [[group.name, c.name] for c in group.typer_instance.registered_commands if c.name]
    return [[], *names]


def _run(*args: str, columns: int = 100) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SAMTALE_LANG"}
    env.update(COLUMNS=str(columns), TERM="dumb")
    return subprocess.run([sys.executable, "-m", "samtalecoach", *args], capture_output=True, text=True, env=env,
                          timeout=60)


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "samtale")
def test_every_help_is_danish(command: list[str]) -> None:
    for columns in (100, 50):  # Rich panels, and Click's plain layout below 60 columns
        result = _run(*command, "--help", columns=columns)
        assert result.returncode == 0, result.stderr
        assert "Brug: samtale" in result.stdout
        words = re.sub(r"--[\w-]+", "", result.stdout)  # a flag is a name, not a word on the screen
        assert ENGLISH.search(words) is None, ENGLISH.search(words)


@pytest.mark.parametrize(("args", "danish"), [
    (["questions", "--nope"], "ukendt tilvalg: --nope"),
    (["practice", "--count", "x"], "ugyldig værdi for '--count'"),
    (["process", "log"], "'BETEGNELSE' mangler"),
    (["questions", "extra"], "for mange argumenter: extra"),
    (["nonsense"], "Der er ingen kommando, der hedder 'nonsense'."),
])
def test_parsing_errors_are_danish(args: list[str], danish: str) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("samtale: fejl: ") and danish in result.stderr
    assert "Se 'samtale" in result.stderr and ENGLISH.search(result.stderr) is None


def test_the_prompts_speak_danish() -> None:
    from samtalecoach.ui.prompts.widgets import checklist, select, text_field, yes_no

    shown = io.StringIO()
    with create_pipe_input() as keys, create_app_session(input=keys, output=PlainTextOutput(shown)):
        keys.send_text("j")
        assert yes_no("Er rammen klar?", Lang.DA) is True
        keys.send_text("\r")
        assert select("Hvilken?", [("Den første", 1), ("Den anden", 2)], Lang.DA, back=True) == 1
        keys.send_text(" \r")
        assert checklist("Vælg spørgsmål", [("Hvad er vigtigst i dag?", "q", False)], Lang.DA, more=True,
                         back=True).values == ["q"]
        keys.send_text("Hej\r")
        assert text_field("Titel", Lang.DA, back=True) == "Hej"
    screen = shown.getvalue()
    for said in ("(j/n)", "piletasterne", "mellemrum vælger", "+ flere forslag", "n nyt eget spørgsmål",
                 "< tilbage", "1 valgt", "(< går tilbage)", "← Tilbage"):
        assert said in screen, said
    assert ENGLISH.search(screen) is None, ENGLISH.search(screen)
