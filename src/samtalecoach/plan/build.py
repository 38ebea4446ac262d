"""Assemble a conversation plan from topics, the decision tree, the guide and the banks.

Pure functions: no prompts, no output. The interactive flow and the answers
file both end in :func:`build_plan`; the flow only lets the user change the
picks that :func:`default_picks` would make.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from samtalecoach.content.guide import PlanGuide
from samtalecoach.content.tree import DecisionTree, Recommendation, recommend
from samtalecoach.core.model import (
    Banks,
    ConversationType,
    Form,
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

INTENSITY_ORDER = {Intensity.GENTLE: 0, Intensity.MODERATE: 1, Intensity.STRONG: 2}
#: How many questions a slot gets when nobody picks by hand.
DEFAULT_PICKS = {Phase.START: 3, Phase.MIDDLE: 3, Phase.END: 5}
REFLECTIONS_PER_MOMENT = 2


@dataclass(frozen=True, slots=True)
class TopicRequest:
    """What the user said about one topic: a title, the facts, maybe an override."""

    title: str
    answers: Mapping[str, bool]
    override: ConversationType | None = None
    situation: str | None = None
    intensity: Intensity | None = None


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

    @property
    def overridden(self) -> bool:
        """True when the user chose another type than the tree recommended."""
        return self.type is not self.recommendation.type

    @property
    def third_party(self) -> bool:
        """Whether someone other than her and the caseworker takes part in this topic."""
        return bool(self.answers.get("third_party"))


@dataclass(frozen=True, slots=True)
class Slot:
    """A place in the plan that holds questions: the start, a step of a topic, the end."""

    key: str
    phase: Phase
    kinds: tuple[Kind, ...]
    types: tuple[ConversationType, ...]
    guidance: Localized
    situation: str | None
    intensity: Intensity
    families: tuple[str, ...] = ()
    topic: int | None = None


@dataclass(frozen=True, slots=True)
class PlanItem:
    """A question in the plan: from the banks (with id) or the user's own (id None)."""

    text: Localized
    id: str | None = None
    kind: Kind | None = None

    @staticmethod
    def own(text: str) -> PlanItem:
        """The user's own question, kept as typed (in whatever language)."""
        return PlanItem(Localized(text, text))

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


@dataclass(frozen=True, slots=True)
class Plan:
    """A whole conversation plan."""

    created: date
    situation: Situation | None
    intensity: Intensity
    topics: tuple[Topic, ...]
    sections: tuple[PlanSection, ...]
    transitions: tuple[PlanItem, ...]
    announcements: tuple[tuple[ConversationType, Localized], ...]
    reflections: tuple[ReflectionQuestion, ...]
    alliance: tuple[Localized, ...]
    process: ProcessContext | None = None

    def sections_for(self, phase: Phase, topic: int | None = None) -> list[PlanSection]:
        """The sections of ``phase`` (and of ``topic``, for the middle)."""
        return [s for s in self.sections if s.slot.phase is phase and s.slot.topic == topic]


def decide_topics(tree: DecisionTree, requests: Sequence[TopicRequest]) -> list[Topic]:
    """Run every topic through the tree; keep overrides beside the recommendation."""
    topics = []
    for request in requests:
        rec = recommend(tree, request.answers)
        topics.append(Topic(request.title, dict(request.answers), rec, request.override or rec.type,
                            request.situation, request.intensity))
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


def plan_slots(
    guide: PlanGuide, topics: Sequence[Topic], situation: str | None, intensity: Intensity
) -> list[Slot]:
    """The slots of a plan, in order: start, each topic's middle steps, end.

    A topic's own situation and intensity, where given, apply to its middle.
    """
    types = tuple(dict.fromkeys(t.type for t in topics))
    start, end = guide.phases[Phase.START], guide.phases[Phase.END]
    slots = [Slot("start", Phase.START, start.kinds, types, start.guidance, situation, intensity,
                  start.families)]
    for number, topic in enumerate(topics, 1):
        for step_no, step in enumerate(guide.types[topic.type].steps, 1):
            slots.append(Slot(f"topic{number}.step{step_no}", Phase.MIDDLE, (step.kind,),
                              (topic.type,), step.guidance, topic.situation or situation,
                              topic.intensity or intensity, topic=number))
    slots.append(Slot("end", Phase.END, end.kinds, types, end.guidance, situation, intensity,
                      end.families))
    return slots


def _fits(question: Question, situation: str | None, cap: Intensity) -> bool:
    if INTENSITY_ORDER[question.intensity] > INTENSITY_ORDER[cap]:
        return False
    # Questions written for another situation would not fit this citizen.
    return not question.situations or situation in question.situations


def _score(question: Question, slot: Slot) -> int:
    score = 0
    if set(slot.types) & set(question.conversation_types):
        score += 8
    if slot.situation is not None and slot.situation in question.situations:
        score += 4
    if question.form is Form.OPEN:
        score += 2
    return score


def suggest(banks: Banks, slot: Slot, exclude: frozenset[str] = frozenset()) -> list[Question]:
    """Questions for ``slot``, best fit first; deterministic.

    Order: one of each of the slot's preferred families (in their order), then
    by kind in the slot's order, fit (type, situation, open form), spread over
    families, and bank order.
    """
    index = {q.id: n for n, q in enumerate(banks.questions)}
    candidates = [
        q for q in banks.questions
        if q.kind in slot.kinds and slot.phase in q.phases and q.id not in exclude
        and _fits(q, slot.situation, slot.intensity)
    ]
    candidates.sort(key=lambda q: (slot.kinds.index(q.kind), -_score(q, slot), index[q.id]))
    first: list[Question] = []
    for family in slot.families:
        best = next((q for q in candidates if q.family == family and q not in first), None)
        if best is not None:
            first.append(best)
    rest = [q for q in candidates if q not in first]
    return first + _spread_families(rest)


def _spread_families(questions: list[Question]) -> list[Question]:
    """Keep the order, but let no family take two places before each family had one
    (per kind), so the top of the list shows variety."""
    result: list[Question] = []
    pending = list(questions)
    while pending:
        seen: set[tuple[Kind, str | None]] = set()
        deferred = []
        for question in pending:
            key = (question.kind, question.family)
            if key in seen and question.family is not None:
                deferred.append(question)
            else:
                seen.add(key)
                result.append(question)
        if len(deferred) == len(pending):
            result.extend(deferred)
            break
        pending = deferred
    return _by_kind(result)


def _by_kind(questions: list[Question]) -> list[Question]:
    order = {kind: n for n, kind in enumerate(dict.fromkeys(q.kind for q in questions))}
    return sorted(questions, key=lambda q: order[q.kind])


def default_picks(banks: Banks, slots: Sequence[Slot]) -> dict[str, list[PlanItem]]:
    """The questions picked when nobody picks by hand: the top of each slot's list,
    never the same question twice in one plan."""
    used: set[str] = set()
    picks: dict[str, list[PlanItem]] = {}
    for slot in slots:
        count = max(DEFAULT_PICKS[slot.phase], len(slot.families))
        chosen = suggest(banks, slot, frozenset(used))[:count]
        used.update(q.id for q in chosen)
        picks[slot.key] = [PlanItem.of(q) for q in chosen]
    return picks


def transition_questions(
    banks: Banks, topics: Sequence[Topic], situation: str | None, intensity: Intensity
) -> list[PlanItem]:
    """One framing question per switch between topics, asking her consent to switch."""
    switches = [q for q in banks.questions if q.kind is Kind.FRAMING and q.family == "topic_switch"]
    result = []
    for number in range(1, len(topics)):
        following = topics[number]
        fitting = [q for q in switches
                   if _fits(q, following.situation or situation, following.intensity or intensity)]
        fitting = [q for q in fitting if following.type in q.conversation_types] or fitting
        if fitting:
            result.append(PlanItem.of(fitting[(number - 1) % len(fitting)]))
    return result


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
) -> Plan:
    """The whole plan. ``picks`` (slot key -> items) replaces the default picks slot by slot."""
    situation_id = situation.id if situation else None
    topics = with_notes(guide, decide_topics(tree, requests), situation_id)
    third_party = any(t.third_party for t in topics)
    slots = plan_slots(guide, topics, situation_id, intensity)
    chosen = default_picks(banks, slots)
    for key, items in (picks or {}).items():
        chosen[key] = list(items)
    types = [t.type for t in topics]
    return Plan(
        created=today or date.today(),
        situation=situation,
        intensity=intensity,
        topics=tuple(topics),
        sections=tuple(PlanSection(slot, tuple(chosen.get(slot.key, []))) for slot in slots),
        transitions=tuple(transition_questions(banks, topics, situation_id, intensity)),
        announcements=tuple((t, tree.announcements[t]) for t in dict.fromkeys(types)),
        reflections=tuple(pick_reflections(banks, types, third_party)),
        alliance=tuple(alliance_reminders(guide, types, third_party)),
        process=process,
    )
