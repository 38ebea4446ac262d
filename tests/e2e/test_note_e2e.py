"""End-to-end: logging a conversation in a real terminal, with the journal note's
questions, and the note that comes of it."""

from __future__ import annotations

from pathlib import Path

import pexpect

from .test_e2e import ANSI, ENTER, output_of, spawn


def test_log_in_the_terminal_then_draft_the_note(tmp_path: Path) -> None:
    env = {"SAMTALE_HOME": str(tmp_path / "home"), "SAMTALE_CACHE_DIR": str(tmp_path / "cache")}
    output_of(spawn(["process", "new", "forløb-a", "--goal", "Job"], **env))
    child = spawn(["process", "log", "forløb-a", "--present", "tolk"], columns=80, **env)
    child.expect("Dato for samtalen")
    child.send("\x15" + "2026-11-02" + ENTER)  # Ctrl-U clears today's date
    child.expect("Emne")
    child.send("Praktikken" + ENTER)
    child.expect("Hvilken samtaletype")
    child.send(ENTER)
    child.expect("Var der flere emner")
    child.send("n")
    child.expect("Formålet med samtalen")
    child.send("Finde et praktiksted" + ENTER)
    child.expect("Borgerens egen beretning")  # --present was given: not asked
    child.send("Jeg vil gerne arbejde med dyr" + ENTER)
    child.expect("Faglige vurderinger udefra")
    child.send("Født 010190-1234" + ENTER)  # a CPR number is refused where it is typed
    child.expect("CPR")
    child.send("\x15Ingen" + ENTER)  # Ctrl-U clears the field
    child.expect("Hvad blev aftalt")
    child.send("Ringe til dyrehandlen" + ENTER)
    child.expect("Hvem gør det")
    child.send("borgeren" + ENTER)
    child.expect("Hvornår")
    child.send("fredag" + ENTER)
    child.expect("Hvad blev aftalt")
    child.send(ENTER)
    child.expect("følge op på")
    child.send(ENTER)
    child.expect("kort note")
    child.send(ENTER)
    for _ in range(4):  # the alliance check: keep the default 7
        child.expect(r"\?")
        child.send(ENTER)
    child.expect("vurderet samarbejdet")
    child.send("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    note = ANSI.sub("", output_of(spawn(["process", "note", "forløb-a"], columns=80, **env)))
    for text in ("Andre deltagere: tolk", "Finde et praktiksted", "Jeg vil gerne arbejde med dyr", "Ingen",
                 "☐ Ringe til dyrehandlen (hvem: borgeren; hvornår: fredag)", "Dato: 2026-11-02"):
        assert text in note, text
    assert "1234" not in note
