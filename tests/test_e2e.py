"""End-to-end: the installed `samtale` in a real pseudo-terminal, as a person runs it."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pexpect
import pytest

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SAMTALE = shutil.which("samtale", path=str(Path(sys.executable).parent)) or "samtale"


def spawn(args: list[str], columns: int = 80, **env: str) -> pexpect.spawn:
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
    full_env.update({"TERM": "xterm-256color", **env})
    child = pexpect.spawn(SAMTALE, args, env=full_env, encoding="utf-8",
                          dimensions=(50, columns), timeout=20)
    return child


def output_of(child: pexpect.spawn) -> str:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return child.before


def test_terminal_gets_a_coloured_table() -> None:
    out = output_of(spawn(["questions", "-k", "developing", "-s", "stress"]))
    assert ANSI.search(out)
    plain = ANSI.sub("", out)
    assert "Udviklende spørgsmål (" in plain
    assert "★ særligt til situationen" in plain
    assert max(len(line) for line in plain.splitlines()) <= 80


def test_forty_columns_stay_within_the_width() -> None:
    out = ANSI.sub("", output_of(spawn(["questions", "-k", "framing", "-p", "end"], columns=40)))
    lines = out.splitlines()
    assert len(lines) > 10
    assert max(len(line) for line in lines) <= 40
    assert "fr-" in out  # ids stay visible in the narrow layout


def test_no_color_is_respected() -> None:
    out = output_of(spawn(["questions", "-k", "framing", "-p", "end"], NO_COLOR="1"))
    assert not re.search(r"\x1b\[[0-9;]*3[0-9](;[0-9]+)*m", out)  # no foreground colours
    assert "Rammesættende spørgsmål (" in out


def test_pipe_into_head_ends_quietly() -> None:
    child = pexpect.spawn("/bin/sh", ["-c", f"'{SAMTALE}' questions | head -3; echo rc=$?"],
                          encoding="utf-8", timeout=20)
    out = output_of(child)
    assert "Traceback" not in out and "BrokenPipe" not in out
    assert out.strip().endswith("rc=0")
    assert len(out.strip().splitlines()) == 4


def test_error_in_a_terminal_has_no_traceback() -> None:
    child = spawn(["questions", "--phase", "midle"])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert "--phase: ukendt værdi 'midle'" in child.before
    assert "Traceback" not in child.before


@pytest.mark.parametrize("columns", [80, 40])
def test_situations_fit(columns: int) -> None:
    out = ANSI.sub("", output_of(spawn(["situations"], columns=columns)))
    assert max(len(line) for line in out.splitlines()) <= columns
    assert "Vold i nære relationer" in out
