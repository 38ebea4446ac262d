"""Which questions a plan suggests where: its slots, and the questions ranked for each.

A slot is a place in the plan that holds questions: the start, each step of a
topic's middle, the switch between two topics, and the end. Questions are ranked
by kind, phase, type, the citizen's situation and the topic's own words (its title
and keywords, which can also point to another situation: a money topic under
stress gets debt questions). Pure functions, deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from samtalecoach.content.guide import PlanGuide
from samtalecoach.core.model import (
    ConversationType,
    Form,
    Intensity,
    Kind,
    Localized,
    Phase,
    Question,
    Requirement,
    Situation,
)
from samtalecoach.core.textfold import fold

INTENSITY_ORDER = {Intensity.GENTLE: 0, Intensity.MODERATE: 1, Intensity.STRONG: 2}
#: How many questions a slot gets when nobody picks by hand (a transition gets one).
DEFAULT_PICKS = {Phase.START: 3, Phase.MIDDLE: 3, Phase.END: 5}
TRANSITION_FAMILY = "topic_switch"
#: Words that say nothing about a topic, folded (Danish and English).
STOP_WORDS = frozenset(fold(w) for w in [
    "og", "eller", "men", "med", "uden", "til", "fra", "for", "om", "på", "af", "at", "det", "den", "der",
    "de", "en", "et", "som", "hun", "han", "hendes", "hans", "hende", "ham", "sin", "sit", "sine", "hvad",
    "hvordan", "hvem", "hvor", "når", "skal", "kan", "vil", "har", "være", "blive", "ikke", "også", "nu",
    "the", "and", "or", "but", "with", "without", "to", "from", "for", "about", "on", "of", "that", "it",
    "she", "he", "her", "his", "what", "how", "who", "where", "when", "shall", "can", "will", "have", "be",
    "not", "also", "now",
])


class TopicLike(Protocol):
    """What the slots need of a topic (``plan.build.Topic`` has it)."""

    @property
    def title(self) -> str: ...

    @property
    def keywords(self) -> tuple[str, ...]: ...

    @property
    def type(self) -> ConversationType: ...

    @property
    def situation(self) -> str | None: ...

    @property
    def intensity(self) -> Intensity | None: ...


@dataclass(frozen=True, slots=True)
class Slot:
    """A place in the plan that holds questions: the start, a step of a topic, the switch
    after a topic, or the end."""

    key: str
    phase: Phase
    kinds: tuple[Kind, ...]
    types: tuple[ConversationType, ...]
    guidance: Localized
    situation: str | None
    intensity: Intensity
    families: tuple[str, ...] = ()
    topic: int | None = None
    #: The topic's own words (folded) and the situations they name besides the citizen's.
    words: frozenset[str] = frozenset()
    related: tuple[str, ...] = ()
    #: The switch from topic ``topic`` to the next: its sentence when no question fits.
    transition: Localized | None = None
    #: True in a first meeting: nothing that presupposes an earlier conversation.
    first: bool = False


def topic_words(*texts: str) -> frozenset[str]:
    """The words of a title and keywords that can say what a topic is about."""
    return frozenset(w for text in texts for w in fold(text).split() if len(w) >= 4 and w not in STOP_WORDS)


def _match(word: str, other: str) -> bool:
    """Words match when one starts the other and the shorter has at least four letters
    ('gaeld' and 'gaelden')."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 4 and long.startswith(short)


def related_situations(words: frozenset[str], situations: Sequence[Situation]) -> tuple[str, ...]:
    """The situations whose id, name or aliases the words name. A topic word must start
    with a name ('gaelden' names 'gaeld'), not merely begin one: 'hjælpe' in "Hvem kan
    hjælpe med …" does not name the disability situation's 'hjælpemidler'."""
    found = []
    for situation in situations:
        names = topic_words(situation.id.replace("_", " "), situation.name.da, situation.name.en, *situation.aliases)
        if any(w.startswith(n) for w in words for n in names):
            found.append(situation.id)
    return tuple(found)


def transition_text(guide: PlanGuide, title: str) -> Localized:
    """The plan guide's sentence for moving on to the topic ``title``."""
    return Localized(guide.transition.da.format(title), guide.transition.en.format(title))


def plan_slots(guide: PlanGuide, topics: Sequence[TopicLike], situation: str | None, intensity: Intensity, *,
               situations: Sequence[Situation] = (), first: bool = False) -> list[Slot]:
    """The slots of a plan, in order: start, each topic's middle steps and the switch to
    the next topic, end. A topic's own situation, intensity and words apply to its middle."""
    types = tuple(dict.fromkeys(t.type for t in topics))
    start, end = guide.phases[Phase.START], guide.phases[Phase.END]
    slots = [Slot("start", Phase.START, start.kinds, types, start.guidance, situation, intensity,
                  start.families, first=first)]
    for number, topic in enumerate(topics, 1):
        words = topic_words(topic.title, *topic.keywords)
        related = related_situations(words, situations)
        for step_no, step in enumerate(guide.types[topic.type].steps, 1):
            slots.append(Slot(f"topic{number}.step{step_no}", Phase.MIDDLE, (step.kind,), (topic.type,),
                              step.guidance, topic.situation or situation, topic.intensity or intensity,
                              topic=number, words=words, related=related, first=first))
        if number < len(topics):
            following = topics[number]
            slots.append(Slot(f"transition{number}", Phase.MIDDLE, (Kind.FRAMING,), (topic.type, following.type),
                              guide.transition_guidance, following.situation or situation,
                              following.intensity or intensity, topic=number,
                              transition=transition_text(guide, following.title), first=first))
    slots.append(Slot("end", Phase.END, end.kinds, types, end.guidance, situation, intensity, end.families,
                      first=first))
    return slots


def _fits(question: Question, slot: Slot) -> bool:
    if INTENSITY_ORDER[question.intensity] > INTENSITY_ORDER[slot.intensity]:
        return False
    if slot.first and Requirement.EARLIER_CONVERSATION in question.requires:
        return False
    if slot.transition is not None and not (
            question.family == TRANSITION_FAMILY and set(slot.types) <= set(question.conversation_types)):
        return False  # a switch fits both topics, and presupposes nothing of the next
    # Questions written for another situation would not fit this citizen.
    return not question.situations or bool({slot.situation, *slot.related} & set(question.situations))


def _score(question: Question, slot: Slot) -> int:
    score = 0
    if set(slot.types) & set(question.conversation_types):
        score += 8
    if slot.words and any(_match(w, q) for w in slot.words for q in fold(question.text.da).split()):
        score += 6
    if slot.situation is not None and slot.situation in question.situations:
        score += 4
    if set(slot.related) & set(question.situations):
        score += 4
    if question.form is Form.OPEN:
        score += 2
    return score


def suggest(questions: Sequence[Question], slot: Slot, exclude: frozenset[str] = frozenset()) -> list[Question]:
    """Questions for ``slot``, best fit first; deterministic.

    Order: one of each of the slot's preferred families (in their order), then by kind
    in the slot's order, fit (type, the topic's words, situation, open form), spread
    over families, and bank order.
    """
    index = {q.id: n for n, q in enumerate(questions)}
    candidates = [q for q in questions
                  if q.kind in slot.kinds and slot.phase in q.phases and q.id not in exclude and _fits(q, slot)]
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
    order = {kind: n for n, kind in enumerate(dict.fromkeys(q.kind for q in result))}
    return sorted(result, key=lambda q: order[q.kind])


def pick_count(slot: Slot) -> int:
    """How many questions a slot gets when nobody picks by hand."""
    return 1 if slot.transition is not None else max(DEFAULT_PICKS[slot.phase], len(slot.families))


