"""Assemble a conversation plan from topics, the decision tree, the guide and the banks.

Pure functions: no prompts, no output. The interactive flow and the answers
file both end in :func:`build_plan`; the flow only lets the user change the
picks that :func:`default_picks` would make. Which questions fit where is
``plan.suggest``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar

from samtalecoach.content.guide import PlanGuide
from samtalecoach.content.tree import DecisionTree, Outcome, Recommendation, recommend
from samtalecoach.core.model import (
    Banks,
    ConversationType,
    Intensity,
    Kind,
    Localized,
    Moment,
    Phase,
    Question,
    ReflectionQuestion,
    Situation,
    Theme,
)
from samtalecoach.core.pronouns import Citizen, refer_all
from samtalecoach.plan.suggest import Slot, pick_count, plan_slots, suggest

REFLECTIONS_PER_MOMENT = 2


@dataclass(frozen=True, slots=True)
class TopicRequest:
    """What the user said about one topic: a title, the facts, maybe an override."""

    title: str
    answers: Mapping[str, bool]
    override: ConversationType | None = None
    situation: str | None = None
    intensity: Intensity | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic with the tree's recommendation and the type actually chosen."""

    title: str
    answers: Mapping[str, bool]
    recommendation: Recommendation
    type: ConversationType
    situation: str | None = None
    intensity: Intensity | None = None
    #: What the caseworker should keep in mind for this topic: the tree's notes from the
    #: answered checks, and the type's note for the topic's situation.
    notes: tuple[Localized, ...] = ()
    #: The reasons shown for the type used: the recommendation's, or for a type the user
    #: chose instead, that type's own (the recommendation is then shown beside them).
    reasons: Outcome | None = None
    #: A few words the user added about the topic, besides its title (they rank questions).
    keywords: tuple[str, ...] = ()

    @property
    def shown(self) -> Outcome:
        """The outcome whose rationale and 'why not' lines speak for the type used."""
        return self.reasons or self.recommendation.outcome

    @property
    def overridden(self) -> bool:
        """True when the user chose another type than the tree recommended."""
        return self.type is not self.recommendation.type

    @property
    def third_party(self) -> bool:
        """Whether someone other than her and the caseworker takes part in this topic."""
        return bool(self.answers.get("third_party"))


@dataclass(frozen=True, slots=True)
class PlanItem:
    """A question in the plan: from the banks (with id), the user's own, or a sentence
    of the plan guide (a switch to the next topic)."""

    text: Localized
    id: str | None = None
    kind: Kind | None = None
    #: True for a question the user wrote herself (kept as typed, in whatever language).
    own: bool = False
    #: Said to the citizen ('du'): pronouns in it are not hers (core.pronouns).
    SAID_TO_HER: ClassVar[bool] = True

    @staticmethod
    def typed(text: str) -> PlanItem:
        """The user's own question, kept as typed (in whatever language)."""
        return PlanItem(Localized(text, text), own=True)

    @staticmethod
    def of(question: Question) -> PlanItem:
        """A question from the banks."""
        return PlanItem(question.text, question.id, question.kind)


@dataclass(frozen=True, slots=True)
class PlanSection:
    """A filled slot."""

    slot: Slot
    items: tuple[PlanItem, ...]


@dataclass(frozen=True, slots=True)
class ProcessContext:
    """The process a plan belongs to: its goals, what is still open from earlier
    conversations, and the alliance warnings."""

    label: str
    goal: str
    subgoal: str
    #: (kind, text): "agreed" (her task or a shared one), "mine" (the caseworker's own
    #: task: she reports back on it), or "follow_up".
    followups: tuple[tuple[str, str], ...] = ()
    warnings: tuple[Localized, ...] = ()
    #: The situation remembered for the citizen (a situation id), used when none is given.
    situation: str | None = None
    #: True when the process has no conversation logged yet: this is the first one.
    first: bool = False
    #: How the process refers to the citizen, if it says.
    citizen: Citizen | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A whole conversation plan."""

    created: date
    situation: Situation | None
    intensity: Intensity
    topics: tuple[Topic, ...]
    sections: tuple[PlanSection, ...]
    announcements: tuple[tuple[ConversationType, Localized], ...]
    reflections: tuple[ReflectionQuestion, ...]
    alliance: tuple[Localized, ...]
    process: ProcessContext | None = None
    #: How the plan refers to the citizen.
    citizen: Citizen = Citizen.SHE

    def sections_for(self, phase: Phase, topic: int | None = None) -> list[PlanSection]:
        """The sections of ``phase`` (and the steps of ``topic``, for the middle)."""
        return [s for s in self.sections
                if s.slot.phase is phase and s.slot.topic == topic and s.slot.transition is None]

    def transition_after(self, topic: int) -> PlanSection | None:
        """The switch from ``topic`` to the next, if there is a next."""
        return next((s for s in self.sections if s.slot.transition is not None and s.slot.topic == topic), None)


def decide_topics(tree: DecisionTree, requests: Sequence[TopicRequest]) -> list[Topic]:
    """Run every topic through the tree; keep overrides beside the recommendation."""
    topics = []
    for request in requests:
        rec = recommend(tree, request.answers)
        chosen = request.override or rec.type
        reasons = rec.outcome if chosen is rec.type else tree.outcome_for(chosen)
        topics.append(Topic(request.title, dict(request.answers), rec, chosen, request.situation,
                            request.intensity, reasons=reasons, keywords=request.keywords))
    return topics


def with_notes(guide: PlanGuide, topics: Sequence[Topic], situation: str | None) -> list[Topic]:
    """The topics with their notes: the tree's, then the chosen type's note for the
    topic's situation (or the plan's)."""
    result = []
    for topic in topics:
        notes = list(topic.recommendation.notes)
        weighted = guide.types[topic.type].situation_notes.get(topic.situation or situation or "")
        if weighted is not None:
            notes.append(weighted)
        result.append(replace(topic, notes=tuple(notes)))
    return result


def first_meeting(topics: Sequence[Topic], process: ProcessContext | None) -> bool:
    """Whether this is the first conversation with this caseworker: a process with none
    logged yet, or a frame that is not in place."""
    return (process is not None and process.first) or any(t.answers.get("frame_in_place") is False for t in topics)


def default_picks(banks: Banks, slots: Sequence[Slot]) -> dict[str, list[PlanItem]]:
    """The questions picked when nobody picks by hand: the top of each slot's list, never
    the same question twice in one plan. A switch between topics with no fitting
    question gets the plan guide's sentence for it."""
    used: set[str] = set()
    picks: dict[str, list[PlanItem]] = {}
    for slot in slots:
        chosen = suggest(banks.questions, slot, frozenset(used))[:pick_count(slot)]
        used.update(q.id for q in chosen)
        picks[slot.key] = [PlanItem.of(q) for q in chosen]
        if slot.transition is not None and not chosen:
            picks[slot.key] = [PlanItem(slot.transition, kind=Kind.FRAMING)]
    return picks


def pick_reflections(
    banks: Banks, types: Sequence[ConversationType], third_party: bool = False
) -> list[ReflectionQuestion]:
    """Up to two reflection questions per moment (before, during, after): those
    written for the plan's types first, then general ones. Questions about third
    parties only where one takes part, or for a topic where the caseworker acts (which
    by its nature involves others)."""
    chosen: list[ReflectionQuestion] = []
    acting = ConversationType.ADVISORY_HELPER in types

    def fits(r: ReflectionQuestion) -> bool:
        if r.theme is not Theme.THIRD_PARTIES:
            return True
        return third_party or (acting and ConversationType.ADVISORY_HELPER in r.conversation_types)

    for moment in Moment:
        pool = [r for r in banks.reflections if r.moment is moment and fits(r)]
        specific = [r for r in pool if set(r.conversation_types) & set(types)]
        general = [r for r in pool if not r.conversation_types]
        chosen.extend((specific + general)[:REFLECTIONS_PER_MOMENT])
    return chosen


def alliance_reminders(guide: PlanGuide, types: Sequence[ConversationType],
                       third_party: bool = False) -> list[Localized]:
    """The general reminders, then those of each chosen type, then those for a third
    party when one takes part (no repeats)."""
    reminders = list(guide.alliance)
    for ctype in dict.fromkeys(types):
        reminders += [r for r in guide.types[ctype].alliance if r not in reminders]
    if third_party:
        reminders += [r for r in guide.third_party if r not in reminders]
    return reminders


def build_plan(
    banks: Banks,
    tree: DecisionTree,
    guide: PlanGuide,
    requests: Sequence[TopicRequest],
    *,
    situation: Situation | None = None,
    intensity: Intensity = Intensity.MODERATE,
    picks: Mapping[str, Sequence[PlanItem]] | None = None,
    today: date | None = None,
    process: ProcessContext | None = None,
    citizen: Citizen = Citizen.SHE,
) -> Plan:
    """The whole plan. ``picks`` (slot key -> items) replaces the default picks slot by
    slot. Every text about the citizen refers to her as ``citizen`` says."""
    situation_id = situation.id if situation else None
    topics = with_notes(guide, decide_topics(tree, requests), situation_id)
    third_party = any(t.third_party for t in topics)
    slots = plan_slots(guide, topics, situation_id, intensity, situations=banks.situations,
                       first=first_meeting(topics, process))
    chosen = default_picks(banks, slots)
    for key, items in (picks or {}).items():
        chosen[key] = list(items)
    types = [t.type for t in topics]
    return refer_all(Plan(
        created=today or date.today(),
        situation=situation,
        intensity=intensity,
        topics=tuple(topics),
        sections=tuple(PlanSection(slot, tuple(chosen.get(slot.key, []))) for slot in slots),
        announcements=tuple((t, tree.announcements[t]) for t in dict.fromkeys(types)),
        reflections=tuple(pick_reflections(banks, types, third_party)),
        alliance=tuple(alliance_reminders(guide, types, third_party)),
        process=process,
        citizen=citizen,
    ), citizen)
