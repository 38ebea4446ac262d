"""End-to-end: the installed `samtale` in a real pseudo-terminal, as a person runs it."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pexpect
import pytest

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SAMTALE = shutil.which("samtale", path=str(Path(sys.executable).parent)) or "samtale"


def spawn(args: list[str], columns: int = 80, cwd: Path | None = None, **env: str) -> pexpect.spawn:
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
    # A pty under pexpect does not answer prompt_toolkit's cursor-position request; without
    # this, every prompt waits for the answer before drawing.
    full_env.update({"TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1", **env})
    child = pexpect.spawn(SAMTALE, args, env=full_env, encoding="utf-8", cwd=cwd,
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


@pytest.mark.parametrize("command", ["questions", "plan --example"])
def test_pipe_into_head_ends_quietly(command: str) -> None:
    child = pexpect.spawn("/bin/bash", ["-c", f"'{SAMTALE}' {command} | head -3; echo rc=${{PIPESTATUS[0]}}"],
                          encoding="utf-8", timeout=20)
    out = output_of(child)
    assert "Traceback" not in out and "BrokenPipe" not in out
    assert out.strip().endswith("rc=0")  # samtale's own status, not head's
    assert len(out.strip().splitlines()) == 4


def test_error_in_a_terminal_has_no_traceback() -> None:
    child = spawn(["questions", "--phase", "midle"])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert "--phase: ukendt værdi 'midle'" in child.before
    assert "Traceback" not in child.before


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_long_error_reaches_a_narrow_terminal_whole(tmp_path: Path, lang: str) -> None:
    answers = tmp_path / "svar.yaml"
    answers.write_text("topics:\n  - title: Samtale om 010190-1234\n    decision_made: yes\n", encoding="utf-8")
    child = spawn(["plan", "--answers", str(answers), "--no-input", "--lang", lang], columns=40)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    lines = ANSI.sub("", child.before).replace("\r", "").strip().splitlines()
    assert len(lines) > 2
    assert all(len(line) <= 40 or " " not in line for line in lines), lines  # a long path is kept whole
    words = {"da": "teksten ligner et CPR-nummer. Skriv aldrig CPR-numre eller fulde navne i filen.",
             "en": "the text looks like a CPR number. Never write CPR numbers or full names in the file."}[lang]
    assert words in " ".join(lines)  # every word whole: no line ends inside a word


@pytest.mark.parametrize("columns", [80, 40])
def test_situations_fit(columns: int) -> None:
    out = ANSI.sub("", output_of(spawn(["situations"], columns=columns)))
    assert max(len(line) for line in out.splitlines()) <= columns
    assert "Vold i nære relationer" in out


DOWN, UP, ENTER, SPACE, CTRL_C = "\x1b[B", "\x1b[A", "\r", " ", "\x03"


def plan_child(tmp_path: Path, *args: str) -> pexpect.spawn:
    env = {"SAMTALE_HOME": str(tmp_path / "home"), "SAMTALE_CACHE_DIR": str(tmp_path / "cache")}
    return spawn(["plan", *args], columns=100, **env)


def answer(child: pexpect.spawn, prompt: str, keys: str) -> None:
    child.expect(prompt)
    child.send(keys)


def test_plan_two_topics_back_own_question_markdown(tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    child = plan_child(tmp_path, "--output", str(target))
    answer(child, "omtale borgeren", DOWN + ENTER)                # han
    answer(child, "Hvilken livssituation", DOWN + ENTER)          # sick leave
    answer(child, "forstyrrelse", ENTER)                          # moderate
    answer(child, "Emne 1", "Tilbage på job" + ENTER)
    answer(child, "Nøgleord", ENTER)                              # none
    answer(child, "Skal du i dette emne", "n")                    # no decision to tell
    answer(child, "Kender han allerede rammen", "j")
    answer(child, "Handler dette emne om noget", "n")
    answer(child, "Mangler han viden", "<")                       # back
    answer(child, "Handler dette emne om noget", "j")             # yes, after all
    answer(child, "Er der andre end", "n")
    answer(child, "akut krise", "n")
    answer(child, "Hvilken samtaletype", ENTER)                   # the recommendation
    answer(child, "Flere emner", "j")
    answer(child, "Emne 2", "Opgaver i praktikken" + ENTER)
    answer(child, "Nøgleord", "praktik" + ENTER)
    answer(child, "Skal du i dette emne", "n")
    answer(child, "Kender han allerede rammen", "j")
    answer(child, "Handler dette emne om noget", "n")
    answer(child, "Mangler han viden", "n")
    answer(child, "Skal I finde dagsordenen", "j")                # co-creative
    answer(child, "Er der andre end", "n")
    answer(child, "akut krise", "n")
    answer(child, "Hvilken samtaletype", ENTER)
    answer(child, "Flere emner", "n")
    answer(child, "Vælg spørgsmål", "n")                          # add my own
    answer(child, "Dit eget spørgsmål", "Hvad er vigtigst for dig i dag?" + ENTER)
    while child.expect(["Vælg spørgsmål", "Rækkefølge", pexpect.EOF]) != 2:
        child.send(ENTER)
    child.close()
    assert child.exitstatus == 0, child.before
    text = target.read_text(encoding="utf-8")
    assert "1. **Tilbage på job** — Rådgiver handler" in text
    assert "2. **Opgaver i praktikken** — Samskabende" in text
    assert "- [ ] Hvad er vigtigst for dig i dag?" in text
    assert "**Situation:** Sygemelding og sygdom" in text
    assert "Forstyrrelse han kan tage i dag" in text


def test_ctrl_c_leaves_a_draft_that_resumes(tmp_path: Path) -> None:
    child = plan_child(tmp_path)
    answer(child, "omtale borgeren", DOWN + DOWN + ENTER)         # borgeren
    answer(child, "Hvilken livssituation", ENTER)
    answer(child, "forstyrrelse", ENTER)
    answer(child, "Emne 1", "Afslag på boligstøtte" + ENTER)
    answer(child, "Nøgleord", ENTER)
    answer(child, "Skal du i dette emne", "n")
    answer(child, "Kender borgeren allerede rammen", CTRL_C)
    child.expect(r"Fortsæt med:\s+samtale plan --answers (\S+)")
    draft = Path(child.match.group(1))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in child.before
    data = json.loads(draft.read_text(encoding="utf-8"))
    assert data["topics"] == [{"title": "Afslag på boligstøtte", "decision_made": "no", "keywords": []}]
    assert data["citizen"] == "borgeren"
    assert data["situation"] is None and data["intensity"] == "moderate"
    assert draft.is_relative_to(tmp_path / "home")
    resumed = plan_child(tmp_path, "--answers", str(draft))
    resumed.expect("Kender borgeren allerede rammen")  # straight on where it stopped
    resumed.sendcontrol("c")
    resumed.expect(pexpect.EOF)
    resumed.close()
    assert resumed.exitstatus == 130


@pytest.mark.parametrize("columns", [80, 40])
def test_example_plan_fits_the_terminal(columns: int, tmp_path: Path) -> None:
    out = ANSI.sub("", output_of(spawn(["plan", "--example"], columns=columns,
                                       SAMTALE_HOME=str(tmp_path))))
    assert max(len(line) for line in out.splitlines()) <= columns
    assert "Samskabende" in out and "Behov for ekspertviden" in out


def test_process_new_plan_log_show_delete(tmp_path: Path) -> None:
    env = {"SAMTALE_HOME": str(tmp_path / "home"), "SAMTALE_CACHE_DIR": str(tmp_path / "cache")}

    def run(*args: str) -> str:
        return ANSI.sub("", output_of(spawn(list(args), columns=80, **env)))

    run("process", "new", "forløb-a", "--goal", "Ordinær beskæftigelse", "--subgoal", "Praktik")
    run("process", "log", "forløb-a", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority",
        "--agreed", "Finde et praktiksted|rådgiveren|uge 42", "--alliance", "8,8,8,8")
    plan = run("plan", "--example", "--process", "forløb-a")
    assert "Opfølgning fra sidst" in plan
    assert "Sidst lovede jeg: Finde et praktiksted (rådgiveren, uge 42)." in re.sub(r"\s+", " ", plan)
    run("process", "log", "forløb-a", "--date", "2026-10-15", "--topic", "Praktik=co_creative",
        "--alliance", "5,8,8,7")
    shown = run("process", "show", "forløb-a")
    assert "Praktik — Samskabende" in shown
    assert "Mål faldt fra 8 til 5." in shown
    child = spawn(["process", "delete", "forløb-a"], columns=80, **env)
    child.expect("for altid")
    child.send("j")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "1 forløb er slettet" in child.before
    listed = run("process", "list")
    assert "Ingen forløb endnu" in listed


def test_two_practice_rounds_as_a_student(tmp_path: Path) -> None:
    env = {"SAMTALE_HOME": str(tmp_path / "home"), "SAMTALE_CACHE_DIR": str(tmp_path / "cache")}
    # Round 1: the menu, then three kinds tasks answered with the first choice.
    child = spawn(["practice", "--count", "3", "--seed", "4"], columns=100, **env)
    child.expect("Hvad vil du øve")
    child.send(ENTER)                                   # the first drill: question kinds
    for _ in range(3):
        child.expect("Hvilken slags spørgsmål er det")
        child.send(ENTER)
        child.expect(["Rigtigt", "Ikke helt"])
    child.expect("Resultat")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert re.search(r"Spørgsmålstyper\s+\S+\s+\d/3", ANSI.sub("", child.before))
    # Round 2: disturbance, Ctrl-C after one answer keeps that answer.
    child = spawn(["practice", "disturbance", "--count", "3", "--seed", "2"], columns=100, **env)
    child.expect("tilpas forstyrrelse")
    child.send(DOWN + ENTER)
    child.expect(["Rigtigt", "Ikke helt"])
    child.expect("tilpas forstyrrelse")
    child.sendcontrol("c")
    child.expect("1 svar er gemt")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    stats = ANSI.sub("", output_of(spawn(["practice", "--stats"], columns=100, **env)))
    assert re.search(r"Spørgsmålstyper\s+3\s", stats)
    assert re.search(r"Tilpas forstyrrelse\s+1\s", stats)
