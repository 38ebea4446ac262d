"""The use cases of ``samtale roleplay``: play a scenario with a student at the keyboard,
or from a script; keep the session with the practice progress.

Anything that talks to the user goes through a :class:`SessionUI`, so the same
flow runs in a terminal and in tests.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from samtalecoach.check.analyse import clean_utterance
from samtalecoach.check.kind_model import shipped_model
from samtalecoach.core.errors import Interrupted, Msg, SamtaleError, UsageError
from samtalecoach.core.i18n import render
from samtalecoach.core.model import Banks, Form, Intensity, Lang, Question
from samtalecoach.core.scenario import Scenario
from samtalecoach.core.store import database
from samtalecoach.roleplay import records
from samtalecoach.roleplay.debrief import PHASE_KINDS, Debrief, debrief, wanted_kind
from samtalecoach.roleplay.export import session_to_json
from samtalecoach.roleplay.play import Conversation, Turn

#: The session's commands, in both languages.
HELP, PHASE, END = "help", "phase", "end"
COMMANDS = {"/hjælp": HELP, "/hjaelp": HELP, "/help": HELP, "/fase": PHASE, "/phase": PHASE,
            "/slut": END, "/end": END}
HINTS = 3
INTENSITY_SIZE = {Intensity.GENTLE: 1, Intensity.MODERATE: 2, Intensity.STRONG: 3}


class SessionUI(Protocol):
    """What an interactive session needs from the terminal."""

    def begin(self, conversation: Conversation) -> None:
        """Show the brief, the keys and her first words."""

    def ask(self, conversation: Conversation) -> str:
        """The student's next line (the status line first); KeyboardInterrupt ends."""

    def reply(self, conversation: Conversation, turn: Turn) -> None:
        """Show what she answered."""

    def notice(self, conversation: Conversation, msg: Msg, line: str = "") -> None:
        """A note that is not a turn (the phase moved on, or ``line`` was refused: offer it
        again, without a CPR number)."""

    def hints(self, conversation: Conversation, questions: Sequence[Question]) -> None:
        """Questions from the banks for this phase and type."""

    def finish(self, conversation: Conversation, result: Debrief) -> None:
        """Her closing words and the debrief."""


@dataclass(frozen=True, slots=True)
class PlayRequest:
    """What the command line says about a session."""

    scenario: Scenario
    lang: Lang
    seed: int | None = None
    data_dir: Path | None = None
    save: bool = True


def hints(banks: Banks, conversation: Conversation, rng: random.Random) -> list[Question]:
    """Open bank questions of the kinds this phase calls for, for the scenario's types and
    situations, no bigger than she can take today."""
    scenario = conversation.scenario
    state = conversation.state
    kinds = PHASE_KINDS[state.phase]
    pool = [q for q in banks.questions if q.form is Form.OPEN and q.kind in kinds and state.phase in q.phases
            and INTENSITY_SIZE[q.intensity] <= state.capacity
            and (not q.conversation_types or set(q.conversation_types) & set(scenario.types))]
    own = [q for q in pool if set(q.situations) & set(scenario.situations)]
    general = [q for q in pool if not q.situations]
    chosen = rng.sample(own, min(len(own), HINTS - 1)) if own else []
    rest = [q for q in general if q not in chosen]
    chosen += rng.sample(rest, min(len(rest), HINTS - len(chosen)))
    return chosen


def finish(conversation: Conversation, banks: Banks | None, request: PlayRequest) -> Debrief:
    """End the conversation, make the debrief and keep the session (unless told not to)."""
    conversation.end()
    result = debrief(conversation, banks)
    if request.save and conversation.turns:
        document = session_to_json(conversation, result, request.lang)
        rework = [(n.turn.caseworker, wanted_kind(n.turn).value, render(request.lang, n.why)) for n in result.rework]
        with database(request.data_dir) as db:
            records.save_session(db, document, rework)
    return result


def play(request: PlayRequest, ui: SessionUI, banks: Banks) -> Debrief:
    """An interactive session: the student types, the citizen answers, until ``/slut``,
    the turn limit, or Ctrl-C (which still shows and keeps the debrief of what was done)."""
    conversation = Conversation(request.scenario, request.lang, request.seed)
    rng = random.Random(request.seed)
    ui.begin(conversation)
    # The kind model loads while she is read, not on the student's first line.
    shipped_model()
    interrupted = False
    try:
        while not conversation.ended:
            line = ui.ask(conversation).strip()
            command = COMMANDS.get(line.lower())
            if command == END:
                break
            if command == PHASE:
                moved = conversation.next_phase()
                ui.notice(conversation, Msg.of("rp.phase_now" if moved else "rp.phase_last",
                                               phase=Msg(f"rp.phase.{conversation.phase.value}")))
                continue
            if command == HELP:
                ui.hints(conversation, hints(banks, conversation, rng))
                continue
            if line.startswith("/"):
                ui.notice(conversation, Msg.of("rp.unknown_command", value=line))
                continue
            try:
                utterance = clean_utterance(line, Msg("rp.your_line"))
            except SamtaleError as err:
                ui.notice(conversation, err.msg, line)
                continue
            ui.reply(conversation, conversation.say(utterance))
    except KeyboardInterrupt:
        interrupted = True
    result = finish(conversation, banks, request)
    ui.finish(conversation, result)
    if interrupted:
        raise Interrupted(key="rp.interrupted", n=len(conversation.turns))
    return result


@dataclass(frozen=True, slots=True)
class ScriptLine:
    """One line of a script: an utterance or a command, and where it is."""

    number: int
    text: str
    command: str | None


def parse_script(text: str, where: str) -> list[ScriptLine]:
    """The lines of a caseworker script: one utterance per line, ``/fase`` and ``/slut``,
    ``#`` comments. Every line is checked before anything is played (UsageError names the line)."""
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        command = COMMANDS.get(line.lower())
        if command == HELP or (command is None and line.startswith("/")):
            raise UsageError(key="error.rp_script_command", where=f"{where}:{number}", value=line)
        if command is None:
            line = clean_utterance(line, Msg.of("rp.script_line", where=f"{where}:{number}"))
        lines.append(ScriptLine(number, line, command))
    if not any(line.command is None for line in lines):
        raise UsageError(key="error.rp_script_empty", where=where)
    return lines


def play_script(request: PlayRequest, lines: Sequence[ScriptLine], banks: Banks | None) -> tuple[Conversation, Debrief]:
    """Play a script to the end (``/slut``, the last line, or the turn limit)."""
    conversation = Conversation(request.scenario, request.lang, request.seed)
    for line in lines:
        if conversation.ended or line.command == END:
            break
        if line.command == PHASE:
            conversation.next_phase()
        else:
            conversation.say(line.text)
    return conversation, finish(conversation, banks, request)
