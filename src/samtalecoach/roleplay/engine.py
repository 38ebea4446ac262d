"""The rules of the virtual citizen: how a move changes her state and which reply it earns.

Pure and deterministic (the reply *variant* is chosen elsewhere, with a seeded random
generator), so ``samtale roleplay check`` can search the same rules that a session plays.

A move is what the analyser finds in an utterance, reduced to what the citizen reacts
to: an open question of one of the four kinds, a closed one, a helping one, a
statement or advice; the flags stacked, why and leading; whether it mirrors her own
words, and whether it repeats an earlier question. Its *size* (how big a disturbance
it is) is held against her *capacity* today, from her tolerance.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from samtalecoach.check.rules import Flag
from samtalecoach.core.model import ConversationType, Kind, Phase
from samtalecoach.core.scenario import ALLIANCE, HIGH, KIND_KEYS, LOW, Dim, Disclosure, ReplyKey, Scenario


class MoveClass(StrEnum):
    """What the citizen hears in an utterance."""

    FRAMING = "framing"
    CASE_CLARIFYING = "case_clarifying"
    DEVELOPING = "developing"
    ACTION_CLARIFYING = "action_clarifying"
    CLOSED = "closed"
    HELPING = "helping"
    STATEMENT = "statement"
    ADVICE = "advice"


OPEN_CLASSES = {Kind.FRAMING: MoveClass.FRAMING, Kind.CASE_CLARIFYING: MoveClass.CASE_CLARIFYING,
                Kind.DEVELOPING: MoveClass.DEVELOPING, Kind.ACTION_CLARIFYING: MoveClass.ACTION_CLARIFYING}
KIND_OF = {cls: kind for kind, cls in OPEN_CLASSES.items()}
#: The flags the citizen reacts to, in the order their reply wins.
REACTED_FLAGS = (Flag.WHY, Flag.LEADING, Flag.STACKED)


class Verdict(StrEnum):
    """How big a disturbance the move was for her today."""

    TOO_SMALL = "too_small"
    APPROPRIATE = "appropriate"
    TOO_BIG = "too_big"


@dataclass(frozen=True, slots=True)
class Move:
    """One utterance as the citizen hears it."""

    cls: MoveClass
    flags: frozenset[Flag] = frozenset()
    mirrored: bool = False
    repeated: bool = False
    #: A statement with the words that tell the decision (where one is made).
    tells: bool = False


DIM_INDEX = {dim: index for index, dim in enumerate(Dim)}
NAME_INDEX = {dim.value: index for index, dim in enumerate(Dim)}


@dataclass(frozen=True, slots=True)
class State:
    """Her state after a turn, and what the conversation has done so far."""

    levels: tuple[int, int, int, int, int]
    phase: Phase = Phase.START
    closed_run: int = 0
    asked_view: bool = False
    told_decision: bool = False
    informed: frozenset[Phase] = frozenset()
    disclosed: tuple[str, ...] = ()
    framed: int = 0

    @staticmethod
    def initial(scenario: Scenario) -> State:
        """Her state before the first word."""
        return State(tuple(scenario.start.get(dim, 0) for dim in Dim))  # type: ignore[arg-type]

    def __getitem__(self, dim: Dim) -> int:
        return self.levels[DIM_INDEX[dim]]

    @property
    def alliance(self) -> float:
        """The alliance on one scale: the mean of goals, tasks and bond, one decimal."""
        return round(sum(self[d] for d in ALLIANCE) / len(ALLIANCE), 1)

    @property
    def capacity(self) -> int:
        """The biggest move she can take in today: 1 at tolerance 0-3, 2 at 4-7, 3 at 8-10."""
        return 1 + self[Dim.TOLERANCE] // 4

    def but(self, **changes: object) -> State:
        """The state with some fields changed (dataclasses.replace, without its cost: the
        lint's search makes hundreds of thousands of these)."""
        values = {"levels": self.levels, "phase": self.phase, "closed_run": self.closed_run,
                  "asked_view": self.asked_view, "told_decision": self.told_decision,
                  "informed": self.informed, "disclosed": self.disclosed, "framed": self.framed}
        values.update(changes)
        return State(**values)  # type: ignore[arg-type]

    def shifted(self, **changes: int) -> State:
        """The state with ``changes`` (dimension name -> delta) applied, within 0-10."""
        levels = list(self.levels)
        for name, delta in changes.items():
            index = NAME_INDEX[name]
            levels[index] = max(LOW, min(HIGH, levels[index] + delta))
        return State(tuple(levels), self.phase, self.closed_run, self.asked_view,  # type: ignore[arg-type]
                     self.told_decision, self.informed, self.disclosed, self.framed)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one move did: her new state, the verdict, and what she answers."""

    state: State
    verdict: Verdict
    size: int
    key: ReplyKey
    disclosure: Disclosure | None = None


def size_of(move: Move, phase: Phase, *, flags: bool = True) -> int:
    """How big a disturbance ``move`` is in ``phase`` (without its flags when ``flags`` is false)."""
    base = {MoveClass.CLOSED: 0, MoveClass.STATEMENT: 0, MoveClass.ADVICE: 3, MoveClass.FRAMING: 1,
            MoveClass.CASE_CLARIFYING: 1, MoveClass.DEVELOPING: 2, MoveClass.HELPING: 2,
            MoveClass.ACTION_CLARIFYING: 1 if phase is Phase.END else 2}[move.cls]
    early = phase is Phase.START and move.cls in (MoveClass.DEVELOPING, MoveClass.ACTION_CLARIFYING)
    return base + (sum(flag in move.flags for flag in REACTED_FLAGS) if flags and move.flags else 0) + early


def informing_fits(scenario: Scenario, state: State) -> bool:
    """Whether a statement with advice in it is information she needs here: where the type is
    to tell (a decision, the frame), or in an advisory type once she has been asked her view."""
    telling = {ConversationType.ADVISORY_DECISION, ConversationType.ADVISORY_AUTHORITY}
    if telling & set(scenario.types):
        return True
    return scenario.advisory and state.asked_view


def step(scenario: Scenario, state: State, move: Move) -> Outcome:
    """Her reaction to ``move``: the new state, the verdict and the reply key (or a disclosure)."""
    phase = state.phase
    cls = move.cls
    if cls is MoveClass.ADVICE and informing_fits(scenario, state):
        cls = MoveClass.STATEMENT
        move = replace(move, cls=cls)
    closed_run = state.closed_run + 1 if cls is MoveClass.CLOSED else 0
    if closed_run != state.closed_run:
        state = state.but(closed_run=closed_run)
    if cls is MoveClass.ADVICE:
        return Outcome(state.shifted(goals=-1, bond=-1, openness=-1), Verdict.TOO_BIG, 3, ReplyKey.ADVICE)
    size = size_of(move, phase)
    decision = ConversationType.ADVISORY_DECISION in scenario.types
    if decision and not state.told_decision and cls in (MoveClass.DEVELOPING, MoveClass.ACTION_CLARIFYING):
        return Outcome(state.shifted(goals=-1, bond=-1), Verdict.TOO_BIG, size, ReplyKey.MISMATCH)
    if size > state.capacity:
        return Outcome(state.shifted(bond=-1, openness=-2, tolerance=-1), Verdict.TOO_BIG, size,
                       ReplyKey.TOO_BIG)
    if move.repeated or closed_run >= 3:
        return Outcome(state.shifted(openness=-1), Verdict.TOO_SMALL, size, ReplyKey.TOO_SMALL)
    # A flag makes a question bigger, never more fitting: a stacked closed question is still small.
    verdict = Verdict.APPROPRIATE if size_of(move, phase, flags=False) > 0 else Verdict.TOO_SMALL
    flagged = [flag for flag in REACTED_FLAGS if flag in move.flags]
    if flagged:
        changes = {Flag.WHY: {"bond": -1}, Flag.LEADING: {"goals": -1, "openness": -1},
                   Flag.STACKED: {"openness": -1}}
        for flag in flagged:
            state = state.shifted(**changes[flag])
        return Outcome(state, verdict, size, ReplyKey(flagged[0].value))
    if cls is MoveClass.CLOSED:
        return Outcome(state, verdict, size, ReplyKey.CLOSED)
    if cls is MoveClass.HELPING:
        if state.asked_view and scenario.types != (ConversationType.COACHING,):
            return Outcome(state.shifted(tasks=1), verdict, size, ReplyKey.HELPING)
        # Her own view not yet heard, or a coaching conversation: a jump to solutions.
        return Outcome(state.shifted(goals=-1), Verdict.TOO_BIG, size, ReplyKey.HELPING)
    if cls is MoveClass.STATEMENT:
        return _statement(scenario, state, phase, move.tells)
    return _open(scenario, state, move, size)


def _statement(scenario: Scenario, state: State, phase: Phase, tells: bool) -> Outcome:
    """Information: the decision told, the frame set, knowledge given, a summary at the end;
    it counts once per phase. She reacts to the decision the first time it is told."""
    fits = scenario.advisory or phase is not Phase.MIDDLE
    verdict = Verdict.APPROPRIATE if fits else Verdict.TOO_SMALL
    key = ReplyKey.STATEMENT
    if tells and ConversationType.ADVISORY_DECISION in scenario.types and not state.told_decision:
        state, key = state.but(told_decision=True), ReplyKey.TOLD
    if fits and phase not in state.informed:
        state = state.shifted(tasks=1).but(informed=state.informed | {phase})
    return Outcome(state, verdict, 0, key)


#: What an appropriate open question of each kind does, by phase (dimension -> delta).
OPEN_EFFECTS: dict[MoveClass, dict[Phase, dict[str, int]]] = {
    # In the end phase: asking for feedback on the conversation builds the bond; asking what
    # was most important (she sums up) settles the goal.
    MoveClass.FRAMING: {Phase.START: {"goals": 1, "openness": 1}, Phase.MIDDLE: {"goals": 1, "openness": 1},
                        Phase.END: {"bond": 1}},
    MoveClass.CASE_CLARIFYING: {Phase.START: {"bond": 1, "openness": 1}, Phase.MIDDLE: {"bond": 1, "openness": 1},
                                Phase.END: {"goals": 1}},
    MoveClass.DEVELOPING: {Phase.START: {"goals": 1, "openness": 1}, Phase.MIDDLE: {"goals": 1, "openness": 1},
                           Phase.END: {"goals": 1}},
    MoveClass.ACTION_CLARIFYING: {Phase.START: {"tasks": 1}, Phase.MIDDLE: {"tasks": 1},
                                  Phase.END: {"tasks": 1, "goals": 1}},
}


#: Framing questions after this many in one phase only go round in circles.
FRAMING_PER_PHASE = 2


def _open(scenario: Scenario, state: State, move: Move, size: int) -> Outcome:
    changes = dict(OPEN_EFFECTS[move.cls][state.phase])
    if move.cls is MoveClass.FRAMING:
        state = state.but(framed=state.framed + 1)
        if state.framed > FRAMING_PER_PHASE:
            changes = {}
    verdict = Verdict.APPROPRIATE if changes else Verdict.TOO_SMALL
    if move.mirrored:
        changes["bond"] = changes.get("bond", 0) + 1
    state = state.shifted(**changes)
    if move.cls in (MoveClass.CASE_CLARIFYING, MoveClass.DEVELOPING):
        state = state.but(asked_view=True)
    if verdict is Verdict.APPROPRIATE and state[Dim.BOND] >= 6:
        state = state.shifted(tolerance=1)
    kind = KIND_OF[move.cls]
    disclosure = None
    if verdict is Verdict.APPROPRIATE:
        disclosure = next((d for d in scenario.disclosures if opens(d, state, kind)), None)
    if disclosure is not None:
        state = state.but(disclosed=(*state.disclosed, disclosure.id))
    return Outcome(state, verdict, size, KIND_KEYS[kind], disclosure)


def opens(disclosure: Disclosure, state: State, kind: Kind) -> bool:
    """Whether an appropriate open question of ``kind`` makes her tell ``disclosure`` now."""
    return (disclosure.id not in state.disclosed and kind in disclosure.kinds
            and all(state[dim] >= level for dim, level in disclosure.needs.items())
            and (not disclosure.phases or state.phase in disclosure.phases)
            and (disclosure.after is None or disclosure.after in state.disclosed))


def next_phase(state: State) -> State:
    """The state in the next phase (the end phase stays the end)."""
    order = list(Phase)
    return state.but(phase=order[min(order.index(state.phase) + 1, len(order) - 1)], closed_run=0, framed=0)


def closing_key(start: State, end: State) -> ReplyKey:
    """How she ends: warmly when the alliance rose, flat when it did not."""
    return ReplyKey.CLOSING_GOOD if end.alliance > start.alliance else ReplyKey.CLOSING_POOR
