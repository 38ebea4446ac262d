"""The decision tree as a model, and walking it from the facts of one topic.

Each node asks one yes/no fact and leads to another node or to an outcome; each
outcome names a conversation type with its rationale and why not the nearest
alternatives. Once the type is known, the outcome's checks ask a few more facts
that do not change the type: they add notes (a third party takes part, she can
appeal) or suggest another topic (the frame is not in place, she also has a
theme of her own). The tree is data; ``content.tree_loader`` reads and validates it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import ConversationType, Localized, Source


@dataclass(frozen=True, slots=True)
class Branch:
    """Where one answer leads: another node or an outcome (exactly one is set)."""

    next: str | None = None
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class TreeNode:
    """One question of the decision tree, about one fact, answered yes or no."""

    id: str
    fact: str
    text: Localized
    help: Localized
    yes: Branch
    no: Branch
    source: Source | None = field(default=None, compare=False)

    def branch(self, answer: bool) -> Branch:
        """The branch taken by ``answer``."""
        return self.yes if answer else self.no


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Another topic that the answers point to: the check it comes from (``key``), its
    title, the facts already known about it, whether it comes before the topic that
    suggested it, and why."""

    key: str
    title: Localized
    facts: Mapping[str, bool]
    before: bool
    why: Localized


@dataclass(frozen=True, slots=True)
class CheckEffect:
    """What one answer to a check adds: a note (per type, or for all), or a suggestion."""

    note: Localized | None = None
    notes_by_type: Mapping[ConversationType, Localized] = field(default_factory=dict)
    suggest: Suggestion | None = None

    def note_for(self, ctype: ConversationType) -> Localized | None:
        """The note for a topic of type ``ctype``."""
        return self.notes_by_type.get(ctype, self.note)


@dataclass(frozen=True, slots=True)
class Check:
    """A fact asked once the type is known; it adds a note or suggests a topic."""

    fact: str
    text: Localized
    help: Localized
    yes: CheckEffect
    no: CheckEffect
    source: Source | None = field(default=None, compare=False)

    def effect(self, answer: bool) -> CheckEffect:
        """What ``answer`` adds."""
        return self.yes if answer else self.no


@dataclass(frozen=True, slots=True)
class WhyNot:
    """Why not a nearby conversation type."""

    type: ConversationType
    text: Localized


@dataclass(frozen=True, slots=True)
class Outcome:
    """A leaf of the decision tree: a conversation type, the reasons, and its checks."""

    id: str
    type: ConversationType
    rationale: Localized
    why_not: tuple[WhyNot, ...]
    checks: tuple[str, ...] = ()
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class DecisionTree:
    """The validated decision tree."""

    start: str
    nodes: dict[str, TreeNode]
    outcomes: dict[str, Outcome]
    announcements: dict[ConversationType, Localized]
    checks: dict[str, Check] = field(default_factory=dict)

    @property
    def facts(self) -> tuple[str, ...]:
        """Every fact the tree can ask about (nodes, then checks), without repeats."""
        return tuple(dict.fromkeys([*(n.fact for n in self.nodes.values()), *self.checks]))

    def outcome_for(self, ctype: ConversationType) -> Outcome:
        """The first outcome of type ``ctype``: its reasons speak for a type the user chose
        instead of the recommendation (the validated tree has one for every type)."""
        return next(o for o in self.outcomes.values() if o.type is ctype)


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The tree's answer for one topic: the outcome, the facts that led there, and what
    the answered checks add."""

    outcome: Outcome
    path: tuple[tuple[str, bool], ...]
    notes: tuple[Localized, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def type(self) -> ConversationType:
        """The recommended conversation type."""
        return self.outcome.type


#: A question the flow can ask about a topic: a node of the tree, or a check.
Question = TreeNode | Check


def _walk(tree: DecisionTree, answers: Mapping[str, bool]) -> TreeNode | tuple[Outcome, list[tuple[str, bool]]]:
    node = tree.nodes[tree.start]
    path: list[tuple[str, bool]] = []
    while True:
        if node.fact not in answers:
            return node
        answer = answers[node.fact]
        path.append((node.fact, answer))
        branch = node.branch(answer)
        if branch.outcome is not None:
            return tree.outcomes[branch.outcome], path
        assert branch.next is not None  # validated: exactly one is set
        node = tree.nodes[branch.next]


def next_step(tree: DecisionTree, answers: Mapping[str, bool], *, checks: bool = True) -> Question | Recommendation:
    """Walk the tree as far as ``answers`` go: the next question to ask, or the outcome.

    Facts off the path are never asked. With ``checks``, the outcome's checks that
    are still unanswered are asked before the recommendation is given; without, an
    unanswered check simply adds nothing.
    """
    walked = _walk(tree, answers)
    if isinstance(walked, TreeNode):
        return walked
    outcome, path = walked
    notes: list[Localized] = []
    suggestions: list[Suggestion] = []
    for fact in outcome.checks:
        check = tree.checks[fact]
        if fact not in answers:
            if checks:
                return check
            continue
        effect = check.effect(answers[fact])
        note = effect.note_for(outcome.type)
        if note is not None:
            notes.append(note)
        if effect.suggest is not None:
            suggestions.append(effect.suggest)
    return Recommendation(outcome, tuple(path), tuple(notes), tuple(suggestions))


def recommend(tree: DecisionTree, answers: Mapping[str, bool]) -> Recommendation:
    """The recommendation for the answers given; a missing fact on the path is a
    UsageError (checks are optional here)."""
    step = next_step(tree, answers, checks=False)
    if isinstance(step, (TreeNode, Check)):
        raise UsageError(key="error.missing_fact", fact=step.fact, question=step.text)
    return step
