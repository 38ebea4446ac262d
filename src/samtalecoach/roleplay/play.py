"""Playing a scenario: the caseworker's utterances in, the citizen's replies out, every
turn kept for the debrief. No terminal here: the interactive session and the script
runner both drive a :class:`Conversation`."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from samtalecoach.check.analyse import Analysis, analyse
from samtalecoach.check.rules import Flag, UtteranceForm
from samtalecoach.check.transcript import ADVICE
from samtalecoach.core.model import Lang, Phase
from samtalecoach.core.scenario import Disclosure, Reply, ReplyKey, Scenario
from samtalecoach.core.textfold import fold
from samtalecoach.roleplay.engine import (
    OPEN_CLASSES,
    Move,
    MoveClass,
    Outcome,
    State,
    Verdict,
    closing_key,
    next_phase,
    step,
)

#: A session ends by itself after this many turns (a conversation, not an endless drill).
MAX_TURNS = 60


@dataclass(frozen=True, slots=True)
class Turn:
    """One exchange: what the caseworker said, how it was read, and what the citizen answered."""

    number: int
    phase: Phase
    caseworker: str
    analysis: Analysis
    move: Move
    outcome: Outcome
    reply: Reply
    before: State

    @property
    def state(self) -> State:
        """Her state after the turn."""
        return self.outcome.state

    @property
    def disclosure(self) -> Disclosure | None:
        """What she told on this turn, if it opened something."""
        return self.outcome.disclosure


def move_of(analysis: Analysis, mirrored: bool, repeated: bool, tells: bool = False) -> Move:
    """The move the citizen hears in ``analysis`` (``tells``: it has the words of the decision)."""
    flags = frozenset(f for f in analysis.flags if f in (Flag.STACKED, Flag.WHY, Flag.LEADING))
    if analysis.form is UtteranceForm.OPEN and analysis.kind is not None and Flag.FACT_CHECK not in analysis.flags:
        cls = OPEN_CLASSES[analysis.kind]
    elif analysis.form in (UtteranceForm.CLOSED, UtteranceForm.OPEN):
        cls = MoveClass.CLOSED
    elif analysis.form is UtteranceForm.HELPING:
        cls = MoveClass.HELPING
    else:
        cls = MoveClass.ADVICE if ADVICE.search(analysis.text) else MoveClass.STATEMENT
    return Move(cls, flags, mirrored, repeated, tells and cls in (MoveClass.STATEMENT, MoveClass.ADVICE))


_WORDS = re.compile(r"[^\W_]+")


def words(text: str) -> str:
    """``text`` folded to its words, one space between, one space around."""
    return " " + " ".join(_WORDS.findall(fold(text))) + " "


def says_any(text: str, phrases: set[str]) -> bool:
    """Whether ``text`` uses one of ``phrases`` (folded, as whole words): her own key words
    said back, or the words that tell a decision."""
    said = words(text)
    return any(words(phrase) in said for phrase in phrases)


@dataclass
class Conversation:
    """A scenario being played in one language, with a seeded choice of reply variants."""

    scenario: Scenario
    lang: Lang
    seed: int | None = None
    turns: list[Turn] = field(default_factory=list)
    ended: bool = False

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.start = State.initial(self.scenario)
        self.state = self.start
        self.used: dict[ReplyKey, set[int]] = {}
        self.heard: set[str] = set()
        self.asked: set[str] = set()
        self.opening = self.reply_for(ReplyKey.OPENING)
        self.closing: Reply | None = None

    @property
    def phase(self) -> Phase:
        """The phase the conversation is in."""
        return self.state.phase

    @property
    def curve(self) -> list[float]:
        """The alliance before the first turn and after each."""
        return [self.start.alliance] + [t.state.alliance for t in self.turns]

    def say(self, utterance: str) -> Turn:
        """Play one utterance (already cleaned: one line, no CPR number) and keep the turn."""
        analysis = analyse(utterance, self.lang)
        key = words(utterance)
        tells = says_any(utterance, set(self.scenario.decision_words_in(self.lang)))
        move = move_of(analysis, says_any(utterance, self.heard), key in self.asked, tells)
        self.asked.add(key)
        before = self.state
        outcome = step(self.scenario, before, move)
        if outcome.disclosure is not None:
            reply = outcome.disclosure.reply
            self.heard.update(reply.mirror_words(self.lang))
        else:
            reply = self.reply_for(outcome.key, outcome.state)
        self.state = outcome.state
        turn = Turn(len(self.turns) + 1, before.phase, utterance, analysis, move, outcome, reply, before)
        self.turns.append(turn)
        if len(self.turns) >= MAX_TURNS:
            self.end()
        return turn

    def next_phase(self) -> bool:
        """Move to the next phase; False when already in the end phase."""
        if self.state.phase is Phase.END:
            return False
        self.state = next_phase(self.state)
        return True

    def end(self) -> Reply:
        """End the conversation: her closing words."""
        if self.closing is None:
            self.closing = self.reply_for(closing_key(self.start, self.state))
            self.ended = True
        return self.closing

    def reply_for(self, key: ReplyKey, state: State | None = None) -> Reply:
        """A variant of ``key`` that fits the phase and what she has told, the most specific
        first, not repeated before the others have been used."""
        state = state or self.state
        variants = self.scenario.replies_for(key)
        fitting = [(i, v) for i, v in enumerate(variants) if v.fits(state.phase, state.disclosed)]
        used = self.used.setdefault(key, set())
        if all(i in used for i, _ in fitting):  # every fitting variant said: start over
            used.difference_update(i for i, _ in fitting)
        # The most specific variant not yet said: her reply to this phase, or to what she has
        # told, comes first; then the general ones, before anything is said twice.
        fresh = [(i, v) for i, v in fitting if i not in used]
        best = max(v.specificity for _, v in fresh)
        fresh = [(i, v) for i, v in fresh if v.specificity == best]
        index, reply = fresh[self.rng.randrange(len(fresh))]
        used.add(index)
        self.heard.update(reply.mirror_words(self.lang))
        return reply

    @property
    def verdicts(self) -> dict[Verdict, int]:
        """How many turns were too small, appropriate, too big."""
        counts = dict.fromkeys(Verdict, 0)
        for turn in self.turns:
            counts[turn.outcome.verdict] += 1
        return counts
