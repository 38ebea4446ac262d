"""Plan assembly: topics, slots, ranked suggestions, picks, reflections, alliance."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from samtalecoach.content.guide import PlanGuide, load_guide
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.model import Banks, ConversationType, Intensity, Kind, Moment, Phase
from samtalecoach.plan.build import (
    INTENSITY_ORDER,
    Plan,
    PlanItem,
    TopicRequest,
    build_plan,
    decide_topics,
    plan_slots,
    suggest,
)

TREE = load_tree()
EXPERT = {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
          "citizen_lacks_knowledge": True}
CO_CREATIVE = {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
               "citizen_lacks_knowledge": False, "agenda_together": True, "third_party": False}
COACHING = {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
            "citizen_lacks_knowledge": False, "agenda_together": False, "goal_settled": True,
            "citizen_has_answers": True, "safety_first": False, "third_party": False}


@pytest.fixture(scope="module")
def guide(bundled: Banks) -> PlanGuide:
    return load_guide(families=frozenset(f.id for f in bundled.families))


def two_topics(bundled: Banks, guide: PlanGuide, **kwargs: Any) -> Plan:
    requests = [TopicRequest("Afdeling til sønnen", EXPERT),
                TopicRequest("Opgaver i praktikken", CO_CREATIVE)]
    return build_plan(bundled, TREE, guide, requests, today=date(2026, 11, 26), **kwargs)


def test_topics_get_their_own_types_and_slots(bundled: Banks, guide: PlanGuide) -> None:
    plan = two_topics(bundled, guide)
    assert [t.type for t in plan.topics] == [ConversationType.ADVISORY_EXPERT,
                                             ConversationType.CO_CREATIVE]
    keys = [s.slot.key for s in plan.sections]
    assert keys == ["start", "topic1.step1", "topic1.step2", "topic2.step1", "topic2.step2",
                    "topic2.step3", "end"]
    assert len(plan.transitions) == 1
    assert plan.transitions[0].kind is Kind.FRAMING
    assert [t for t, _ in plan.announcements] == [ConversationType.ADVISORY_EXPERT,
                                                  ConversationType.CO_CREATIVE]


def test_expert_topic_listens_first_then_informs(bundled: Banks, guide: PlanGuide) -> None:
    plan = two_topics(bundled, guide)
    steps = plan.sections_for(Phase.MIDDLE, 1)
    assert [s.slot.kinds for s in steps] == [(Kind.CASE_CLARIFYING,), (Kind.DEVELOPING,)]
    assert "lyt" in steps[0].slot.guidance.da


def test_coaching_topic_holds_back_advice(bundled: Banks, guide: PlanGuide) -> None:
    plan = build_plan(bundled, TREE, guide, [TopicRequest("Eget tema", COACHING)])
    steps = plan.sections_for(Phase.MIDDLE, 1)
    assert [s.slot.kinds[0] for s in steps] == [Kind.CASE_CLARIFYING, Kind.DEVELOPING]
    assert "Hold dine egne løsninger tilbage" in steps[1].slot.guidance.da
    for item in steps[1].items:
        question = next(q for q in bundled.questions if q.id == item.id)
        assert ConversationType.COACHING in question.conversation_types


def test_start_and_end_cover_their_families(bundled: Banks, guide: PlanGuide) -> None:
    plan = two_topics(bundled, guide)
    by_id = {q.id: q for q in bundled.questions}
    start = [by_id[i.id].family for i in plan.sections_for(Phase.START)[0].items if i.id]
    assert start[:3] == ["purpose", "frame", "agenda"]
    end = [by_id[i.id].family for i in plan.sections_for(Phase.END)[0].items if i.id]
    assert end[:5] == ["summary", "next_step", "responsibility", "follow_up", "conversation_feedback"]


def test_no_question_twice_and_all_fit_intensity_and_situation(bundled: Banks, guide: PlanGuide) -> None:
    debt = bundled.situation("debt")
    plan = two_topics(bundled, guide, situation=debt, intensity=Intensity.GENTLE)
    ids = [i.id for s in plan.sections for i in s.items]
    assert len(ids) == len(set(ids))
    by_id = {q.id: q for q in bundled.questions}
    for qid in ids:
        question = by_id[qid]
        assert question.intensity is Intensity.GENTLE
        assert not question.situations or "debt" in question.situations


def test_situation_questions_rank_first(bundled: Banks, guide: PlanGuide) -> None:
    topics = decide_topics(TREE, [TopicRequest("Gæld", COACHING)])
    slot = plan_slots(guide, topics, "debt", Intensity.STRONG)[1]
    ranked = suggest(bundled, slot)
    assert ranked[0].situations == ("debt",) or "debt" in ranked[0].situations
    assert [q.id for q in ranked] == [q.id for q in suggest(bundled, slot)]  # deterministic


def test_topic_situation_applies_to_its_middle_only(bundled: Banks, guide: PlanGuide) -> None:
    requests = [TopicRequest("Gæld", COACHING, situation="debt")]
    plan = build_plan(bundled, TREE, guide, requests)
    slots = {s.slot.key: s.slot for s in plan.sections}
    assert slots["topic1.step1"].situation == "debt"
    assert slots["start"].situation is None


def test_intensity_cap_is_ordered() -> None:
    assert INTENSITY_ORDER[Intensity.GENTLE] < INTENSITY_ORDER[Intensity.MODERATE] < \
        INTENSITY_ORDER[Intensity.STRONG]


def test_override_is_kept_beside_the_recommendation(bundled: Banks, guide: PlanGuide) -> None:
    requests = [TopicRequest("Praktik", CO_CREATIVE, override=ConversationType.COACHING)]
    plan = build_plan(bundled, TREE, guide, requests)
    (topic,) = plan.topics
    assert topic.type is ConversationType.COACHING
    assert topic.recommendation.type is ConversationType.CO_CREATIVE
    assert topic.overridden


def test_picks_replace_defaults_slot_by_slot(bundled: Banks, guide: PlanGuide) -> None:
    own = PlanItem.own("Hvad vil du have ud af i dag?")
    plan = two_topics(bundled, guide, picks={"start": [own]})
    assert plan.sections_for(Phase.START)[0].items == (own,)
    assert plan.sections_for(Phase.END)[0].items  # untouched slots keep their defaults


def test_reflections_cover_every_moment_and_alliance_fits_types(bundled: Banks, guide: PlanGuide) -> None:
    plan = two_topics(bundled, guide)
    assert 3 <= len(plan.reflections) <= 6
    assert {r.moment for r in plan.reflections} == set(Moment)
    texts = [a.da for a in plan.alliance]
    assert any(t.startswith("Mål:") for t in texts)
    assert any("dagsordenen" in t for t in texts)  # from the co-creative type
    assert len(texts) == len(set(texts))
