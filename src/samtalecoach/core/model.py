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


class Requirement(StrEnum):
    """What a question presupposes beyond its phase and type."""

    #: It refers to an earlier conversation ('since we last talked'): not for a first one.
    EARLIER_CONVERSATION = "earlier_conversation"


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
    requires: tuple[Requirement, ...] = ()


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


class Dimension(StrEnum):
    """The dimensions of the citizen alliance that a check rates 0-10."""

    GOALS = "goals"
    TASKS = "tasks"
    BOND = "bond"
    OVERALL = "overall"


class OutputFormat(StrEnum):
    """How a command writes its result."""

    TABLE = "table"
    PLAIN = "plain"
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"
