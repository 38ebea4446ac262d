"""The interactive plan as a pure state machine, without a terminal."""

from __future__ import annotations

import pytest

from samtalecoach.content.guide import load_guide
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import Banks, ConversationType, Intensity
from samtalecoach.core.pronouns import Citizen
from samtalecoach.plan.answers import PlanAnswers, TopicAnswers
from samtalecoach.plan.interview import (
    AskCitizen,
    AskFact,
    AskIntensity,
    AskKeywords,
    AskMoreTopics,
    AskPicks,
    AskSituation,
    AskSuggestion,
    AskTitle,
    AskType,
    Done,
    FlowContext,
    FlowState,
    answer_citizen,
    answer_fact,
    answer_intensity,
    answer_keywords,
    answer_more_topics,
    answer_picks,
    answer_situation,
    answer_suggestion,
    answer_title,
    answer_type,
    next_question,
    start_state,
)


@pytest.fixture(scope="module")
def ctx(bundled: Banks) -> FlowContext:
    return FlowContext(bundled, load_tree(), load_guide())


def test_a_whole_flow_in_order(ctx: FlowContext) -> None:
    state = FlowState()
    assert isinstance(next_question(state, ctx), AskCitizen)  # first: how to refer to her
    state = answer_citizen(state, Citizen.SHE)
    assert isinstance(next_question(state, ctx), AskSituation)
    state = answer_situation(state, "debt")
    assert isinstance(next_question(state, ctx), AskIntensity)
    state = answer_intensity(state, Intensity.GENTLE)
    assert next_question(state, ctx) == AskTitle(1)
    state = answer_title(state, 1, "Afslag på hjælp")
    assert next_question(state, ctx) == AskKeywords(1)
    state = answer_keywords(state, 1, "afslag, ydelse")
    assert state.answers.topics[0].keywords == ("afslag", "ydelse")
    step = next_question(state, ctx)
    assert isinstance(step, AskFact) and step.node.fact == "decision_made"
    state = answer_fact(state, 1, "decision_made", True)  # the tree stops here: a decision
    checks = {"decision_appealable": True, "frame_in_place": True, "other_theme": False, "third_party": False}
    for fact, value in checks.items():  # then the decision's checks, in order
        step = next_question(state, ctx)
        assert isinstance(step, AskFact) and step.node.fact == fact
        state = answer_fact(state, 1, fact, value)
    step = next_question(state, ctx)
    assert isinstance(step, AskType) and step.recommendation.type is ConversationType.ADVISORY_DECISION
    state = answer_type(state, 1, step.recommendation.type)
    assert isinstance(next_question(state, ctx), AskMoreTopics)
    state = answer_more_topics(state, False)
    keys = []
    while isinstance(step := next_question(state, ctx), AskPicks):
        keys.append(step.slot.key)
        assert step.preselected and set(step.preselected) <= {q.id for q in step.suggestions}
        state = answer_picks(state, step.slot, list(step.preselected))
    assert isinstance(step, Done)
    assert keys == ["start", "topic1.step1", "topic1.step2", "end"]


def test_a_decision_at_a_first_meeting_suggests_a_frame_topic_first(ctx: FlowContext) -> None:
    state = answer_intensity(answer_situation(answer_citizen(FlowState(), Citizen.SHE), None), Intensity.MODERATE)
    state = answer_keywords(answer_title(state, 1, "Afslaget"), 1, "")
    for fact, value in {"decision_made": True, "decision_appealable": True, "frame_in_place": False,
                        "other_theme": False, "third_party": False}.items():
        state = answer_fact(state, 1, fact, value)
    state = answer_type(state, 1, ConversationType.ADVISORY_DECISION)
    step = next_question(state, ctx)
    assert isinstance(step, AskSuggestion) and step.suggestion.before
    declined = answer_suggestion(state, 1, step.suggestion, None)
    assert isinstance(next_question(declined, ctx), AskMoreTopics)  # asked once only
    state = answer_suggestion(state, 1, step.suggestion, "Rammen")
    assert [t.title for t in state.answers.topics] == ["Rammen", "Afslaget"]
    assert state.confirmed == {2}  # the decision keeps its confirmed type under its new number
    step = next_question(state, ctx)  # the new topic: the tree knows its type; 'other theme' is carried over
    assert isinstance(step, AskFact) and (step.topic, step.node.fact) == (1, "third_party")
    state = answer_fact(state, 1, "third_party", False)
    step = next_question(state, ctx)
    assert isinstance(step, AskType) and step.recommendation.type is ConversationType.ADVISORY_AUTHORITY


def test_answering_never_changes_the_old_state(ctx: FlowContext) -> None:
    before = FlowState()
    after = answer_situation(before, "debt")
    assert before.answers.situation is None and not before.situation_done
    assert after.answers.situation == "debt"


def test_another_topic_asks_its_title_then_its_facts(ctx: FlowContext) -> None:
    answers = PlanAnswers(situation=None, intensity=Intensity.MODERATE, citizen=Citizen.SHE,
                          topics=[TopicAnswers("A", {"decision_made": True, "decision_appealable": False,
                                                     "frame_in_place": True, "other_theme": False,
                                                     "third_party": False},
                                               ConversationType.ADVISORY_DECISION, keywords=())],
                          situation_set=True)
    state = start_state(answers)
    assert isinstance(next_question(state, ctx), AskMoreTopics)
    state = answer_more_topics(state, True)
    assert next_question(state, ctx) == AskTitle(2)
    state = answer_keywords(answer_title(state, 2, "B"), 2, "")
    step = next_question(state, ctx)
    assert isinstance(step, AskFact) and step.topic == 2


def test_a_draft_resumes_where_it_stopped(ctx: FlowContext) -> None:
    draft = PlanAnswers(situation="debt", intensity=Intensity.GENTLE, citizen=Citizen.HE,
                        topics=[TopicAnswers("A", {"decision_made": False}, keywords=())])
    state = start_state(draft)
    step = next_question(state, ctx)
    assert isinstance(step, AskFact) and step.node.fact == "frame_in_place"


def test_title_with_cpr_is_refused(ctx: FlowContext) -> None:
    with pytest.raises(UsageError):
        answer_title(FlowState(), 1, "Borger 010190-1234")
