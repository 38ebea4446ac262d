"""A whole interactive plan in a 40-column, 20-row terminal: every word on every
screen is whole.

The pseudo-terminal's output is fed to pyte, a terminal emulator, so the test sees
the screen a user sees after each key (prompt_toolkit redraws with cursor moves,
so the raw stream alone would not say). A word cut by a line break shows up as a
fragment ("væl" + "ger") that no text of ours contains: every word on the screen
must be a word of the catalogue, the data or what the test typed.
"""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pexpect
import pytest
import yaml

from samtalecoach.core.messages import LABELS, MESSAGES

from ..conftest import ROOT
from .test_e2e import spawn

pyte = pytest.importorskip("pyte")

WORD = re.compile(r"[^\W\d_]+")
COLUMNS, ROWS = 40, 20
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]|[\r\n]")
DOWN, ENTER = "\x1b[B", "\r"


def _vocabulary(typed: list[str]) -> set[str]:
    texts: list[str] = [text for pair in (*MESSAGES.values(), *LABELS.values()) for text in pair]

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in (ROOT / "data").rglob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return {w.casefold() for text in [*texts, *typed] for w in WORD.findall(text)}


class Terminal:
    """A child process on a pyte screen; every screen seen is checked for cut words."""

    def __init__(self, child: pexpect.spawn, vocabulary: set[str]) -> None:
        self.child = child
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.Stream(self.screen)
        self.vocabulary = vocabulary
        self.cut: dict[str, str] = {}
        self.screens = 0
        #: What the program wrote since the last key, as text (for wait_for).
        self.fresh = ""

    def feed(self, data: str) -> None:
        self.stream.feed(data)
        self.fresh += ANSI.sub(" ", data)

    def send(self, keys: str) -> None:
        self.fresh = ""
        self.child.send(keys)

    def text(self) -> str:
        return " ".join(" ".join(self.screen.display).split())

    def _check(self) -> None:
        self.screens += 1
        for line in self.screen.display:
            for word in WORD.findall(line):
                if word.casefold() not in self.vocabulary:
                    self.cut.setdefault(word, line)

    def wait_for(self, phrase: str, timeout: float = 15) -> None:
        """Read until the program has written ``phrase`` since the last key (whatever
        the line breaks): the same words still on the screen from an earlier prompt, or
        in its echo, must not send the next key before the next prompt is there."""
        deadline = time.monotonic() + timeout
        while " ".join(phrase.split()) not in " ".join(self.fresh.split()):
            if time.monotonic() > deadline:
                raise AssertionError(f"not on the screen: {phrase!r}\n" + "\n".join(self.screen.display))
            try:
                self.feed(self.child.read_nonblocking(4096, timeout=0.2))
            except pexpect.TIMEOUT:
                continue
        self.settle()

    def answer(self, phrase: str, keys: str) -> None:
        self.wait_for(phrase)
        self.send(keys)

    def settle(self) -> None:
        """Read until the program has been quiet for a moment (a redraw is complete,
        not half-drawn), then look at the screen."""
        with contextlib.suppress(pexpect.EOF):
            while True:
                try:
                    self.feed(self.child.read_nonblocking(65536, timeout=0.4))
                except pexpect.TIMEOUT:
                    break
        self._check()

    def drain(self) -> None:
        while True:
            try:
                self.feed(self.child.read_nonblocking(65536, timeout=2))
            except (pexpect.EOF, pexpect.TIMEOUT):
                break
            self._check()


TYPED = ["Tilbage på job", "Opgaver i praktikken", "praktik", "Hvad er vigtigst for dig i dag?",
         "han ham hans he him his",  # the words for the citizen the plan uses
         "j n y"]  # and the keys the prompts name


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_whole_plan_at_40_columns_cuts_no_word(tmp_path: Path, lang: str) -> None:
    cut = _plan_at_40_columns(tmp_path, lang)
    assert cut == {}, cut


def _plan_at_40_columns(tmp_path: Path, lang: str) -> dict[str, str]:
    """Make a whole plan at 40 columns by the keyboard; the words seen cut."""
    typed = TYPED
    env = {"SAMTALE_HOME": str(tmp_path / "home"), "SAMTALE_CACHE_DIR": str(tmp_path / "cache")}
    child = spawn(["plan", "--lang", lang, "--output", "plan.md"], columns=COLUMNS, cwd=tmp_path, **env)
    child.setwinsize(ROWS, COLUMNS)
    term = Terminal(child, _vocabulary(typed))
    da = lang == "da"
    yes, no = ("j", "n") if da else ("y", "n")

    def say(danish: str, english: str) -> str:
        return danish if da else english

    term.answer(say("omtale borgeren", "refer to the citizen"), DOWN + ENTER)
    term.answer(say("livssituation", "life situation"), DOWN + ENTER)
    term.answer(say("forstyrrelse", "disturbance"), ENTER)
    term.answer(say("Emne 1", "Topic 1"), typed[0] + ENTER)
    term.answer(say("Nøgleord", "Keywords"), ENTER)
    term.answer(say("Skal du i dette emne", "In this topic, must you"), no)
    term.answer(say("Kender han allerede rammen", "Does he already know the frame"), no)
    term.answer(say("Har han også et tema", "Does he also have a theme"), no)
    term.answer(say("Er der andre end", "Does anyone other than"), no)
    term.answer(say("Hvilken samtaletype", "Which conversation type"), ENTER)
    term.answer(say("Flere emner", "More topics"), yes)
    term.answer(say("Emne 2", "Topic 2"), typed[1] + ENTER)
    term.answer(say("Nøgleord", "Keywords"), typed[2] + ENTER)
    term.answer(say("Skal du i dette emne", "In this topic, must you"), no)
    term.answer(say("Kender han allerede rammen", "Does he already know the frame"), yes)
    term.answer(say("Handler dette emne om noget", "Is this topic about something"), no)
    term.answer(say("Mangler han viden", "Does he lack knowledge"), no)
    term.answer(say("Skal I finde dagsordenen", "Are you to find the agenda"), yes)
    term.answer(say("Er der andre end", "Does anyone other than"), no)
    term.answer(say("akut krise", "acute crisis"), no)
    term.answer(say("Hvilken samtaletype", "Which conversation type"), ENTER)
    term.answer(say("Flere emner", "More topics"), no)
    term.answer(say("Vælg spørgsmål", "Choose questions"), "n")
    term.answer(say("Dit eget spørgsmål", "Your own question"), typed[3] + ENTER)
    # Every later step: keep the suggestions and the order. A prompt is known by its keys
    # line, which its echo does not repeat ("? Vælg spørgsmål 3 valgt").
    steps = [say("mellemrum vælger", "space ticks"), say("beholder den", "keeps it")]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            term.feed(child.read_nonblocking(4096, timeout=0.2))
        except pexpect.TIMEOUT:
            pass
        except pexpect.EOF:
            break
        if any(step in " ".join(term.fresh.split()) for step in steps):
            term.settle()
            term.send(ENTER)
    term.drain()
    child.close()
    assert child.exitstatus == 0, term.text()
    assert (tmp_path / "plan.md").exists()
    assert term.screens > 30
    return term.cut
