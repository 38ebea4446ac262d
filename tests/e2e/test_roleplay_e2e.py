"""End-to-end: a role-play in a real pseudo-terminal at 80 and 40 columns, with /hjælp, a
question, Ctrl-C and the debrief; every word on every screen is whole."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pexpect
import pytest

from .test_e2e import SAMTALE, spawn
from .test_narrow import Terminal, _vocabulary, pyte

CTRL_C = "\x03"


@pytest.mark.parametrize(("columns", "rows"), [(80, 30), (40, 20)])
def test_a_short_role_play_with_help_and_ctrl_c_ends_in_the_debrief(tmp_path: Path, columns: int,
                                                                  rows: int) -> None:
    env = {"SAMTALE_HOME": str(tmp_path / "home"), "SAMTALE_CACHE_DIR": str(tmp_path / "cache")}
    child = spawn(["roleplay", "sick-leave-warehouse", "--seed", "1"], columns=columns, cwd=tmp_path, **env)
    child.setwinsize(rows, columns)
    question = "Hvad er vigtigst for dig at tale om i dag?"
    term = Terminal(child, _vocabulary([question]))
    term.screen = pyte.Screen(columns, rows)
    term.stream = pyte.Stream(term.screen)

    term.wait_for("Du:")
    assert "/hjælp" in term.fresh and "/slut" in term.fresh  # the screen says the keys
    term.send("/hjælp\r")
    term.wait_for("Spørgsmål, der passer til fasen")
    term.wait_for("Du:")
    term.send(question + "\r")
    term.wait_for("rammesættende")  # the line is labelled
    term.wait_for("Du:")
    term.send(CTRL_C)
    # The debrief is long: read it whole, then look at it on a screen tall enough to hold it
    # (checked piece by piece, a word would look cut wherever a read happened to end).
    raw = ""
    while True:
        try:
            raw += child.read_nonblocking(65536, timeout=3)
        except (pexpect.EOF, pexpect.TIMEOUT):
            break
    child.close()
    tall = pyte.Screen(columns, 400)
    pyte.Stream(tall).feed(raw)
    term.screen = tall
    term._check()
    debrief = " ".join(" ".join(tall.display).split())
    for heading in ("Udskrift", "Alliancen undervejs", "Dine tre bedste replikker",
                    "Det, hun tænkte, men ikke sagde", "Afbrudt. Samtalen (1 replikker) er gemt"):
        assert heading in debrief
    assert child.exitstatus == 130
    assert "Traceback" not in debrief
    assert term.cut == {}
    # The session is kept with the practice progress.
    history = subprocess.run([SAMTALE, "roleplay", "history", "--format", "json"], capture_output=True,
                             text=True, env={**env, "PATH": "/usr/bin:/bin"}, check=True)
    [session] = json.loads(history.stdout)
    assert session["turns"][0]["caseworker"] == question


def test_without_a_terminal_it_asks_for_a_script(tmp_path: Path) -> None:
    child = pexpect.spawn("/bin/bash", ["-c", f"'{SAMTALE}' roleplay sick-leave-warehouse < /dev/null | cat"],
                          encoding="utf-8", timeout=20, env={"SAMTALE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    child.expect(pexpect.EOF)
    assert "--script" in child.before and "Traceback" not in child.before
