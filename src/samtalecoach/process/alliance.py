"""The citizen alliance over a process: scores 0-10 per dimension, trends and warnings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from samtalecoach.core.errors import Msg, UsageError
from samtalecoach.core.model import Dimension

#: A drop of this much or more from one conversation to the next is flagged.
DROP = 2
#: Any score below this is flagged.
LOW = 6


@dataclass(frozen=True, slots=True)
class AllianceScores:
    """One rater's alliance check, 0-10 on each dimension."""

    goals: int
    tasks: int
    bond: int
    overall: int

    def get(self, dimension: Dimension) -> int:
        """The score of ``dimension``."""
        value: int = getattr(self, _FIELDS[dimension])
        return value


_FIELDS = {d: d.value for d in Dimension}  # (an enum's .value is a property: slow in a loop)


class FlagKind(StrEnum):
    """What an alliance warning is about."""

    DROP = "drop"
    LOW = "low"
    #: Her own rating is low.
    HER_LOW = "her_low"
    #: She rates a dimension much lower than the caseworker does.
    GAP = "gap"


class Checked(Protocol):
    """A conversation as far as the alliance goes: the caseworker's and the citizen's check."""

    @property
    def caseworker(self) -> AllianceScores | None: ...

    @property
    def citizen(self) -> AllianceScores | None: ...


@dataclass(frozen=True, slots=True)
class Flag:
    """A warning about the alliance, with the dimension and what happened."""

    dimension: Dimension
    kind: FlagKind
    previous: int | None
    current: int


#: The names a score may be given on the command line, Danish and English.
SCORE_KEYS: dict[str, Dimension] = {
    **{d.value: d for d in Dimension},
    "mål": Dimension.GOALS, "opgaver": Dimension.TASKS, "relation": Dimension.BOND, "bånd": Dimension.BOND,
    "samlet": Dimension.OVERALL,
}


def validate_scores(scores: AllianceScores) -> AllianceScores:
    """Every score an integer 0-10."""
    for dimension in Dimension:
        value = scores.get(dimension)
        if not isinstance(value, int) or not 0 <= value <= 10:
            raise UsageError(key="error.score", dimension=Msg.of(f"dimension.{dimension.value}"), value=value)
    return scores


def parse_scores(text: str, flag: str) -> AllianceScores:
    """'goals=7,tasks=6,bond=8,overall=7', 'mål=7,opgaver=6,relation=8,samlet=7' (any order,
    either language) or four numbers '7 6 8 7' as scores."""
    names = [d.value for d in Dimension]
    values: dict[str, int] = {}
    parts = [p for p in re.split(r"[,\s]+", text.strip()) if p]
    try:
        if parts and all("=" not in p for p in parts):
            if len(parts) != len(names):
                raise ValueError
            values = dict(zip(names, (int(p) for p in parts), strict=True))
        else:
            for part in parts:
                name, _, value = part.partition("=")
                dimension = SCORE_KEYS.get(name.casefold())
                if dimension is None or dimension.value in values:
                    raise ValueError
                values[dimension.value] = int(value)
        if set(values) != set(names):
            raise ValueError
    except ValueError:
        raise UsageError(key="error.scores_format", flag=flag, value=text) from None
    return validate_scores(AllianceScores(**values))


def flags(conversations: Sequence[Checked]) -> list[Flag]:
    """Alliance warnings from the latest check: from the caseworker's scores a drop of
    DROP or more since the previous check, or a score under LOW; from the citizen's own
    scores in the same check, a score under LOW, or one DROP or more below the
    caseworker's (they see it differently: ask her)."""
    checked = [c for c in conversations if c.caseworker is not None]
    if not checked:
        return []
    latest = checked[-1].caseworker
    previous = checked[-2].caseworker if len(checked) > 1 else None
    hers = checked[-1].citizen
    assert latest is not None
    result = []
    for dimension in Dimension:
        now = latest.get(dimension)
        before = previous.get(dimension) if previous else None
        if before is not None and before - now >= DROP:
            result.append(Flag(dimension, FlagKind.DROP, before, now))
        elif now < LOW:
            result.append(Flag(dimension, FlagKind.LOW, before, now))
        if hers is None:
            continue
        if hers.get(dimension) < LOW:
            result.append(Flag(dimension, FlagKind.HER_LOW, None, hers.get(dimension)))
        elif now - hers.get(dimension) >= DROP:
            result.append(Flag(dimension, FlagKind.GAP, now, hers.get(dimension)))
    return result


def trend(conversations: Sequence[Checked], dimension: Dimension) -> tuple[list[int], list[int | None]]:
    """The caseworker's and the citizen's scores of one dimension, per conversation
    with a caseworker check."""
    mine: list[int] = []
    theirs: list[int | None] = []
    for conversation in conversations:
        if conversation.caseworker is None:
            continue
        mine.append(conversation.caseworker.get(dimension))
        theirs.append(conversation.citizen.get(dimension) if conversation.citizen else None)
    return mine, theirs


#: How many of the latest checks a trend line shows (every check is in the timeline).
TREND_SHOWN = 12


def trend_text(mine: Sequence[int], theirs: Sequence[int | None]) -> str:
    """'7 → 8 → 5 (6)': the caseworker's latest scores, the citizen's in brackets;
    '… → ' before them when there were more than TREND_SHOWN."""
    pairs = list(zip(mine[-TREND_SHOWN:], theirs[-TREND_SHOWN:], strict=True))
    text = " → ".join(f"{m}" + (f" ({c})" if c is not None else "") for m, c in pairs)
    return ("… → " + text) if len(mine) > TREND_SHOWN else text
