"""The domain model: the practice model's vocabulary as enums and frozen dataclasses.

Ids are the stable English ids of ``shared/domain.md``; what a user reads comes
from the data files (``Localized`` texts) or the i18n catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Lang(StrEnum):
    """Languages every text is written in."""

    DA = "da"
    EN = "en"


class Kind(StrEnum):
    """The four kinds of open question of the model."""

    FRAMING = "framing"
    CASE_CLARIFYING = "case_clarifying"
    DEVELOPING = "developing"
    ACTION_CLARIFYING = "action_clarifying"


class Phase(StrEnum):
    """The three phases of a conversation."""

    START = "start"
    MIDDLE = "middle"
    END = "end"


class ConversationType(StrEnum):
    """The six conversation types (four advisory sub-types, coaching, co-creative)."""

    ADVISORY_AUTHORITY = "advisory.authority"
    ADVISORY_DECISION = "advisory.decision"
    ADVISORY_EXPERT = "advisory.expert"
    ADVISORY_HELPER = "advisory.helper"
    COACHING = "coaching"
    CO_CREATIVE = "co_creative"


class Form(StrEnum):
    """Open, closed (yes/no, facts) or helping (an option offered as a question)."""

    OPEN = "open"
    CLOSED = "closed"
    HELPING = "helping"


class Intensity(StrEnum):
    """How big a disturbance a question is for the citizen."""

    GENTLE = "gentle"
    MODERATE = "moderate"
    STRONG = "strong"


class Moment(StrEnum):
    """When the caseworker asks herself a reflection question."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


class Theme(StrEnum):
    """What a reflection question is about."""

    LAW_KNOWLEDGE = "law_knowledge"
    ROLE = "role"
    TRUST = "trust"
    TYPE_CHOICE = "type_choice"
    DISTURBANCE = "disturbance"
    THIRD_PARTIES = "third_parties"
    FOLLOW_UP = "follow_up"
    ALLIANCE = "alliance"
    SELF = "self"


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in every supported language."""

    da: str
    en: str

    def get(self, lang: Lang) -> str:
        """The text in ``lang``."""
        return self.da if lang is Lang.DA else self.en


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item was defined, for messages that point at the data."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Question:
    """One question a caseworker can ask a citizen."""

    id: str
    text: Localized
    kind: Kind
    form: Form
    phases: tuple[Phase, ...]
    conversation_types: tuple[ConversationType, ...]
    situations: tuple[str, ...]
    intensity: Intensity
    family: str | None = None
    note: Localized | None = None
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Situation:
    """A life situation with care notes for the caseworker."""

    id: str
    name: Localized
    description: Localized
    care_notes: tuple[Localized, ...]
    aliases: tuple[str, ...] = ()
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Family:
    """A recognisable pattern of question inside a kind (exception, scaling, ...)."""

    id: str
    name: Localized
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ReflectionQuestion:
    """A question the caseworker asks herself before, during or after a conversation."""

    id: str
    moment: Moment
    theme: Theme
    conversation_types: tuple[ConversationType, ...]
    text: Localized
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Banks:
    """Everything loaded from the bank files, validated and cross-checked."""

    questions: tuple[Question, ...]
    situations: tuple[Situation, ...]
    families: tuple[Family, ...]
    reflections: tuple[ReflectionQuestion, ...]
    files: tuple[str, ...] = ()

    def situation(self, situation_id: str) -> Situation | None:
        """The situation with ``situation_id``, or None."""
        return next((s for s in self.situations if s.id == situation_id), None)


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
class WhyNot:
    """Why not a nearby conversation type."""

    type: ConversationType
    text: Localized


@dataclass(frozen=True, slots=True)
class Outcome:
    """A leaf of the decision tree: a conversation type and the reasons for it."""

    id: str
    type: ConversationType
    rationale: Localized
    why_not: tuple[WhyNot, ...]
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class DecisionTree:
    """The validated decision tree."""

    start: str
    nodes: dict[str, TreeNode]
    outcomes: dict[str, Outcome]
    announcements: dict[ConversationType, Localized]

    @property
    def facts(self) -> tuple[str, ...]:
        """Every fact the tree can ask about, in node order, without repeats."""
        return tuple(dict.fromkeys(node.fact for node in self.nodes.values()))


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The tree's answer for one topic: the outcome and the facts that led there."""

    outcome: Outcome
    path: tuple[tuple[str, bool], ...]

    @property
    def type(self) -> ConversationType:
        """The recommended conversation type."""
        return self.outcome.type


@dataclass(frozen=True, slots=True)
class GuideStep:
    """One step of a topic's middle: which kind of question, and how to use it."""

    kind: Kind
    guidance: Localized


@dataclass(frozen=True, slots=True)
class PhaseGuide:
    """How to run the start or the end, and which questions to suggest there."""

    guidance: Localized
    kinds: tuple[Kind, ...] = ()
    families: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TypeGuide:
    """How to run the middle of a topic of one conversation type."""

    steps: tuple[GuideStep, ...]
    alliance: tuple[Localized, ...]


@dataclass(frozen=True, slots=True)
class DimensionGuide:
    """One dimension of the alliance check: its name, question and suggestions."""

    name: Localized
    question: Localized
    suggestions: tuple[Localized, ...]


@dataclass(frozen=True, slots=True)
class PlanGuide:
    """The plan guide: phases, per-type middle steps, alliance reminders and checks."""

    phases: dict[Phase, PhaseGuide]
    types: dict[ConversationType, TypeGuide]
    alliance: tuple[Localized, ...]
    dimensions: dict[str, DimensionGuide] = field(default_factory=dict)


class Field(StrEnum):
    """The field of social work a practice case comes from."""

    JOB_CENTRE = "job_centre"
    FAMILY = "family"
    DISABILITY = "disability"
    PSYCHIATRY = "psychiatry"
    ADDICTION = "addiction"
    YOUTH = "youth"
    HOUSING = "housing"


class Verdict(StrEnum):
    """How big a disturbance a follow-up question is."""

    TOO_SMALL = "too_small"
    APPROPRIATE = "appropriate"
    TOO_BIG = "too_big"


@dataclass(frozen=True, slots=True)
class CaseTopic:
    """One topic of a case: the facts, the type the tree gives, and why."""

    title: Localized
    facts: dict[str, bool]
    expected: ConversationType
    explanation: Localized


@dataclass(frozen=True, slots=True)
class Vignette:
    """A short case for the 'types' drill, with one or two topics."""

    id: str
    field: Field
    situations: tuple[str, ...]
    text: Localized
    topics: tuple[CaseTopic, ...]


@dataclass(frozen=True, slots=True)
class DisturbanceOption:
    """A candidate follow-up question and why it is too small, appropriate or too big."""

    verdict: Verdict
    text: Localized
    why: Localized


@dataclass(frozen=True, slots=True)
class DisturbanceItem:
    """A citizen's statement and three candidate follow-up questions."""

    id: str
    field: Field
    situations: tuple[str, ...]
    statement: Localized
    options: tuple[DisturbanceOption, ...]


@dataclass(frozen=True, slots=True)
class ProcessStep:
    """One conversation of a process case."""

    text: Localized
    facts: dict[str, bool]
    expected: ConversationType
    explanation: Localized


@dataclass(frozen=True, slots=True)
class ProcessCase:
    """A case told over several conversations."""

    id: str
    field: Field
    situations: tuple[str, ...]
    title: Localized
    goal: Localized
    steps: tuple[ProcessStep, ...]


@dataclass(frozen=True, slots=True)
class PracticeContent:
    """Everything the drills use beyond the question banks."""

    vignettes: tuple[Vignette, ...]
    disturbance: tuple[DisturbanceItem, ...]
    processes: tuple[ProcessCase, ...]
