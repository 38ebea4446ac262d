"""The interactive plan as a pure state machine: what to ask next, and what an answer does.

The prompt layer (``prompts.py``) only shows a step and returns the answer;
everything else happens here, so the flow can be tested without a terminal.
Going back is free: the caller keeps the states it has seen and returns to
the previous one.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from samtalecoach.content.guide import PlanGuide
from samtalecoach.content.tree import DecisionTree, Question, Recommendation, Suggestion, next_step
from samtalecoach.core.model import Banks, ConversationType, Intensity, Localized
from samtalecoach.core.model import Question as BankQuestion
from samtalecoach.core.privacy import check_free_text
from samtalecoach.core.pronouns import Citizen
from samtalecoach.plan.answers import PlanAnswers, TopicAnswers, topic_requests
from samtalecoach.plan.build import decide_topics, first_meeting
from samtalecoach.plan.suggest import Slot, pick_count, plan_slots, suggest


@dataclass(slots=True)
class FlowState:
    """Everything answered so far, plus where the flow stands."""

    answers: PlanAnswers = field(default_factory=PlanAnswers)
    situation_done: bool = False
    confirmed: set[int] = field(default_factory=set)
    topics_done: bool = False
    #: The suggested topics already added or declined, by the check they come from.
    handled: set[str] = field(default_factory=set)

    def copy(self) -> FlowState:
        """A deep copy, for the history that makes 'back' possible."""
        return copy.deepcopy(self)


@dataclass(slots=True)
class FlowSession:
    """The flow's current state and the states before it (for 'back'); readable by the
    caller after an interrupt, to keep what was answered."""

    state: FlowState
    history: list[FlowState]
    #: The states left by going back, latest last: a step asked again shows its earlier answer.
    future: list[FlowState] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AskCitizen:
    """How the plan refers to the citizen: hun, han or borgeren."""


@dataclass(frozen=True, slots=True)
class AskSituation:
    """Which life situation the citizen is in (or none)."""


@dataclass(frozen=True, slots=True)
class AskIntensity:
    """How big a disturbance she can take today."""


@dataclass(frozen=True, slots=True)
class AskTitle:
    """A short title for topic ``topic`` (1-based)."""

    topic: int


@dataclass(frozen=True, slots=True)
class AskKeywords:
    """A few words about topic ``topic`` besides its title (may be none)."""

    topic: int


@dataclass(frozen=True, slots=True)
class AskFact:
    """A yes/no fact of the decision tree (a node or a check) for one topic."""

    topic: int
    node: Question


@dataclass(frozen=True, slots=True)
class AskType:
    """Accept the recommendation for a topic, or choose another type."""

    topic: int
    recommendation: Recommendation


@dataclass(frozen=True, slots=True)
class AskSuggestion:
    """Add another topic that the answers about ``topic`` point to?"""

    topic: int
    suggestion: Suggestion


@dataclass(frozen=True, slots=True)
class AskMoreTopics:
    """Add another topic, or go on to the questions."""


@dataclass(frozen=True, slots=True)
class AskPicks:
    """Pick the questions for one slot."""

    slot: Slot
    suggestions: tuple[BankQuestion, ...]
    preselected: tuple[str, ...]
    #: A sentence offered ticked when no question from the banks is (a topic switch).
    offered: tuple[Localized, ...] = ()


@dataclass(frozen=True, slots=True)
class Done:
    """Nothing more to ask."""


Step = (AskCitizen | AskSituation | AskIntensity | AskTitle | AskKeywords | AskFact | AskType | AskSuggestion
        | AskMoreTopics | AskPicks | Done)


@dataclass(frozen=True, slots=True)
class FlowContext:
    """What the flow reads but never changes."""

    banks: Banks
    tree: DecisionTree
    guide: PlanGuide
    #: True when the plan's process has no conversation yet (a first meeting).
    first_meeting: bool = False


def start_state(answers: PlanAnswers) -> FlowState:
    """The state that an answers file (or a draft) and the command line amount to."""
    state = FlowState(answers=copy.deepcopy(answers))
    state.situation_done = answers.situation_set or bool(answers.situation)
    state.confirmed = {n for n, t in enumerate(answers.topics, 1) if t.type is not None}
    state.topics_done = bool(answers.picks)
    return state


def slots_of(state: FlowState, ctx: FlowContext) -> list[Slot]:
    """The plan's slots for the topics decided so far."""
    topics = decide_topics(ctx.tree, topic_requests(state.answers))
    intensity = state.answers.intensity or Intensity.MODERATE
    first = ctx.first_meeting or first_meeting(topics, None)
    return plan_slots(ctx.guide, topics, state.answers.situation, intensity, situations=ctx.banks.situations,
                      first=first)


def next_question(state: FlowState, ctx: FlowContext) -> Step:
    """The next thing to ask, given everything answered so far."""
    answers = state.answers
    if answers.citizen is None:
        return AskCitizen()
    if not state.situation_done:
        return AskSituation()
    if answers.intensity is None:
        return AskIntensity()
    if not answers.topics:
        return AskTitle(1)
    for number, topic in enumerate(answers.topics, 1):
        if not topic.title:
            return AskTitle(number)
        if topic.keywords is None:
            return AskKeywords(number)
        step = next_step(ctx.tree, topic.facts)
        if not isinstance(step, Recommendation):
            return AskFact(number, step)
        if number not in state.confirmed:
            return AskType(number, step)
        for suggestion in step.suggestions:
            if suggestion.key not in state.handled:
                return AskSuggestion(number, suggestion)
    if not state.topics_done:
        return AskMoreTopics()
    used: set[str] = set()
    for slot in slots_of(state, ctx):
        if slot.key in answers.picks:
            used.update(p for p in answers.picks[slot.key] if isinstance(p, str))
            continue
        suggestions = tuple(suggest(ctx.banks.questions, slot, frozenset(used)))
        picked = tuple(q.id for q in suggestions[:pick_count(slot)])
        offered = (slot.transition,) if slot.transition is not None and not picked else ()
        return AskPicks(slot, suggestions, picked, offered)
    return Done()


def answer_citizen(state: FlowState, citizen: Citizen) -> FlowState:
    """How the plan refers to the citizen."""
    new = state.copy()
    new.answers.citizen = citizen
    return new


def answer_situation(state: FlowState, situation_id: str | None) -> FlowState:
    """She is in ``situation_id`` (None: no particular situation)."""
    new = state.copy()
    new.answers.situation = situation_id
    new.answers.situation_set = True
    new.situation_done = True
    return new


def answer_intensity(state: FlowState, intensity: Intensity) -> FlowState:
    """The disturbance she can take today."""
    new = state.copy()
    new.answers.intensity = intensity
    return new


def answer_title(state: FlowState, topic: int, title: str) -> FlowState:
    """Name topic ``topic``; refuses a CPR number."""
    new = state.copy()
    title = check_free_text(title.strip(), "title")
    while len(new.answers.topics) < topic:
        new.answers.topics.append(TopicAnswers())
    new.answers.topics[topic - 1].title = title
    return new


def answer_keywords(state: FlowState, topic: int, text: str) -> FlowState:
    """A few words about the topic, separated by commas or spaces; refuses a CPR number."""
    new = state.copy()
    words = [w for w in check_free_text(text, "keywords").replace(",", " ").split() if w]
    new.answers.topics[topic - 1].keywords = tuple(words)
    return new


def answer_fact(state: FlowState, topic: int, fact: str, value: bool) -> FlowState:
    """One fact of one topic."""
    new = state.copy()
    new.answers.topics[topic - 1].facts[fact] = value
    return new


def answer_type(state: FlowState, topic: int, chosen: ConversationType) -> FlowState:
    """The type used for a topic (the recommendation or an override)."""
    new = state.copy()
    new.answers.topics[topic - 1].type = chosen
    new.confirmed.add(topic)
    return new


def answer_suggestion(state: FlowState, topic: int, suggestion: Suggestion, title: str | None) -> FlowState:
    """Add the suggested topic (titled ``title``) before or after ``topic``, or decline it
    (``title`` None). Either way it is not suggested again. The new topic starts with
    the facts the suggestion knows, and with the conversation-wide 'other theme'."""
    new = state.copy()
    new.handled.add(suggestion.key)
    if title is None:
        return new
    facts = dict(suggestion.facts)
    source = new.answers.topics[topic - 1].facts
    if "other_theme" in source:
        facts.setdefault("other_theme", source["other_theme"])
    position = topic - 1 if suggestion.before else topic
    new.answers.topics.insert(position, TopicAnswers(check_free_text(title.strip(), "title"), facts, keywords=()))
    new.confirmed = {n + 1 if n > position else n for n in new.confirmed}
    return new


def answer_more_topics(state: FlowState, more: bool) -> FlowState:
    """Another topic (asks its title next), or on to the questions."""
    new = state.copy()
    if more:
        new.answers.topics.append(TopicAnswers())
    else:
        new.topics_done = True
    return new


def answer_picks(state: FlowState, slot: Slot, picks: list[str | dict[str, str]]) -> FlowState:
    """The questions for one slot, in order: ids, and {own: text} for her own."""
    new = state.copy()
    for pick in picks:
        if isinstance(pick, dict):
            check_free_text(pick["own"], "own question")
    new.answers.picks[slot.key] = list(picks)
    return new


def _replayed(step: Step, state: FlowState, answers: PlanAnswers) -> FlowState | None:
    """``step`` answered as ``answers`` say, or None when they do not say."""
    topics = answers.topics
    if isinstance(step, AskCitizen):
        return answer_citizen(state, answers.citizen) if answers.citizen else None
    if isinstance(step, AskSituation):
        return answer_situation(state, answers.situation) if answers.situation_set or answers.situation else None
    if isinstance(step, AskIntensity):
        return answer_intensity(state, answers.intensity) if answers.intensity else None
    if isinstance(step, AskTitle):
        if len(topics) < step.topic or not topics[step.topic - 1].title:
            return None
        source = topics[step.topic - 1]
        new = answer_title(state, step.topic, source.title)
        target = new.answers.topics[step.topic - 1]
        target.situation, target.intensity = source.situation, source.intensity
        return new
    if isinstance(step, AskKeywords):
        words = topics[step.topic - 1].keywords
        return None if words is None else answer_keywords(state, step.topic, " ".join(words))
    if isinstance(step, AskFact):
        value = topics[step.topic - 1].facts.get(step.node.fact)
        return None if value is None else answer_fact(state, step.topic, step.node.fact, value)
    if isinstance(step, AskType):
        chosen = topics[step.topic - 1].type
        return None if chosen is None else answer_type(state, step.topic, chosen)
    if isinstance(step, AskSuggestion):
        position = step.topic - 1 if step.suggestion.before else step.topic
        titles = [t.title for t in topics]
        if step.suggestion.title.da in titles or step.suggestion.title.en in titles:
            title = titles[position] if position < len(titles) else None
            return answer_suggestion(state, step.topic, step.suggestion, title)
        # Absent from answers that went further: it was declined; else ask it now.
        later = len(topics) > len(state.answers.topics) or bool(answers.picks)
        return answer_suggestion(state, step.topic, step.suggestion, None) if later else None
    if isinstance(step, AskMoreTopics):
        if len(topics) > len(state.answers.topics):
            return answer_more_topics(state, True)
        return answer_more_topics(state, False) if answers.picks else None
    if isinstance(step, AskPicks):
        chosen_picks = answers.picks.get(step.slot.key)
        return None if chosen_picks is None else answer_picks(state, step.slot, list(chosen_picks))
    return None


def replay(answers: PlanAnswers, ctx: FlowContext) -> FlowSession:
    """A session that starts from everything ``answers`` (an answers file or a draft) hold,
    and whose history replays them one step at a time up to the first step they leave
    open: 'back' then undoes them one by one, like answers typed in this run."""
    replayed = FlowSession(FlowState(), [])
    while True:
        step = next_question(replayed.state, ctx)
        new = _replayed(step, replayed.state, answers)
        if new is None:
            return FlowSession(start_state(answers), replayed.history)
        replayed.history.append(replayed.state)
        replayed.state = new
