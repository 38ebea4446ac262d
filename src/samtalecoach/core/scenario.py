"""A role-play scenario as the engine sees it: the case, the citizen, her start state,
her replies by key, and what she only tells when the move is right."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from samtalecoach.core.model import ConversationType, Kind, Lang, Localized, Phase, Source


class Dim(StrEnum):
    """The parts of the citizen's state, each 0-10: the alliance's three dimensions,
    how much she tells, and how big a disturbance she can take today."""

    GOALS = "goals"
    TASKS = "tasks"
    BOND = "bond"
    OPENNESS = "openness"
    TOLERANCE = "tolerance"


ALLIANCE = (Dim.GOALS, Dim.TASKS, Dim.BOND)
LOW, HIGH = 0, 10


class ReplyKey(StrEnum):
    """What the citizen reacts to; every scenario has replies for each (``mismatch``
    falls back to ``too_big``)."""

    OPENING = "opening"
    FRAMING = "framing"
    CASE_CLARIFYING = "case_clarifying"
    DEVELOPING = "developing"
    ACTION_CLARIFYING = "action_clarifying"
    CLOSED = "closed"
    HELPING = "helping"
    STATEMENT = "statement"
    TOLD = "told"
    ADVICE = "advice"
    STACKED = "stacked"
    WHY = "why"
    LEADING = "leading"
    TOO_BIG = "too_big"
    TOO_SMALL = "too_small"
    MISMATCH = "mismatch"
    CLOSING_GOOD = "closing_good"
    CLOSING_POOR = "closing_poor"


#: Keys a scenario may leave out, and the key that answers in their place.
FALLBACK = {ReplyKey.MISMATCH: ReplyKey.TOO_BIG, ReplyKey.TOLD: ReplyKey.STATEMENT}
#: Keys whose replies should come in at least this many variants (a lint warning otherwise).
MIN_VARIANTS = {ReplyKey.FRAMING: 3, ReplyKey.CASE_CLARIFYING: 3, ReplyKey.DEVELOPING: 3,
                ReplyKey.ACTION_CLARIFYING: 3, ReplyKey.CLOSED: 3}
DEFAULT_MIN_VARIANTS = 2
#: The reply key of an appropriate open question of each kind.
KIND_KEYS = {Kind.FRAMING: ReplyKey.FRAMING, Kind.CASE_CLARIFYING: ReplyKey.CASE_CLARIFYING,
             Kind.DEVELOPING: ReplyKey.DEVELOPING, Kind.ACTION_CLARIFYING: ReplyKey.ACTION_CLARIFYING}


@dataclass(frozen=True, slots=True)
class Reply:
    """One variant of what she says, what she thinks, her own key words in it, and
    when it applies (a phase, after a disclosure)."""

    say: Localized
    think: Localized | None = None
    mirror: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    phase: Phase | None = None
    after: str | None = None

    def mirror_words(self, lang: Lang) -> tuple[str, ...]:
        """Her key words in ``lang``."""
        return self.mirror[0] if lang is Lang.DA else self.mirror[1]

    def fits(self, phase: Phase, disclosed: tuple[str, ...]) -> bool:
        """Whether the variant may be said in ``phase`` once ``disclosed`` have been told."""
        return (self.phase is None or self.phase is phase) and (self.after is None or self.after in disclosed)

    @property
    def specificity(self) -> int:
        """How many conditions the variant has (the most specific match wins)."""
        return (self.phase is not None) + (self.after is not None)


@dataclass(frozen=True, slots=True)
class Disclosure:
    """Something she only tells when her state allows it and the right kind of question comes."""

    id: str
    needs: dict[Dim, int]
    kinds: tuple[Kind, ...]
    phases: tuple[Phase, ...]
    after: str | None
    reply: Reply
    move: Localized
    source: Source


@dataclass(frozen=True, slots=True)
class Citizen:
    """The virtual citizen: a pseudonym, how she talks, what she hides and does not know."""

    name: str
    manner: Localized
    concerns: tuple[Localized, ...]
    unaware: tuple[Localized, ...]


@dataclass(frozen=True, slots=True)
class Scenario:
    """A whole role-play case."""

    id: str
    title: Localized
    field: str
    situations: tuple[str, ...]
    difficulty: int
    types: tuple[ConversationType, ...]
    why_type: Localized
    brief: Localized
    third_party: Localized | None
    citizen: Citizen
    start: dict[Dim, int]
    replies: dict[ReplyKey, tuple[Reply, ...]]
    disclosures: tuple[Disclosure, ...]
    source: Source
    #: Words that tell the decision (in a conversation where it is made), per language.
    decision_words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    def decision_words_in(self, lang: Lang) -> tuple[str, ...]:
        """The words that tell the decision in ``lang``."""
        return self.decision_words[0] if lang is Lang.DA else self.decision_words[1]

    def replies_for(self, key: ReplyKey) -> tuple[Reply, ...]:
        """The variants of ``key`` (or of its fallback)."""
        return self.replies.get(key) or self.replies[FALLBACK[key]]

    @property
    def advisory(self) -> bool:
        """Whether one of the scenario's types is advisory (informing fits)."""
        return any(t.value.startswith("advisory.") for t in self.types)
