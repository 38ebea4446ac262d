"""Plan assembly: topics, slots, ranked suggestions, picks, reflections, alliance."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from samtalecoach.content.guide import PlanGuide, load_guide
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.model import Banks, ConversationType, Intensity, Kind, Lang, Moment, Phase
from samtalecoach.plan.build import Plan, PlanItem, TopicRequest, build_plan, decide_topics
from samtalecoach.plan.export import plan_json, plan_markdown, plan_to_json
from samtalecoach.plan.suggest import INTENSITY_ORDER, plan_slots, suggest

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
    assert keys == ["start", "topic1.step1", "topic1.step2", "transition1", "topic2.step1", "topic2.step2",
                    "topic2.step3", "end"]
    switch = plan.transition_after(1)
    assert switch is not None and len(switch.items) == 1 and switch.items[0].kind is Kind.FRAMING
    assert plan.transition_after(2) is None
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
    ranked = suggest(bundled.questions, slot)
    assert ranked[0].situations == ("debt",) or "debt" in ranked[0].situations
    assert [q.id for q in ranked] == [q.id for q in suggest(bundled.questions, slot)]  # deterministic


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
    own = PlanItem.typed("Hvad vil du have ud af i dag?")
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


# --- issue 9: the plan does not contradict itself, and suggestions fit the topic ------

def test_an_override_speaks_for_the_chosen_type_and_marks_the_recommendation(
        bundled: Banks, guide: PlanGuide) -> None:
    requests = [TopicRequest("Skolen", EXPERT, override=ConversationType.ADVISORY_HELPER)]
    plan = build_plan(bundled, TREE, guide, requests)
    (topic,) = plan.topics
    assert topic.shown.type is ConversationType.ADVISORY_HELPER
    assert "Hun mangler viden" not in topic.shown.rationale.da  # the expert outcome's reason
    assert all(w.type is not ConversationType.ADVISORY_HELPER for w in topic.shown.why_not)
    markdown = plan_markdown(plan, Lang.DA)
    heading = markdown.index("**Skolen** — Rådgiver handler")
    assert "Hvorfor: Emnet er noget, du skal gøre for hende" in markdown[heading:]
    assert "Træets anbefaling var Behov for ekspertviden: Hun mangler viden" in markdown
    data = plan_to_json(plan, Lang.EN)["topics"][0]
    assert data["type"] == "advisory.helper" and data["rationale"].startswith("The topic is something you must do")
    assert data["recommendation"]["type"] == "advisory.expert"
    assert data["recommendation"]["rationale"].startswith("She lacks knowledge")


def test_a_switch_fits_both_topics_and_never_comes_back_as_a_first_question(
        bundled: Banks, guide: PlanGuide) -> None:
    by_id = {q.id: q for q in bundled.questions}
    decision = {"decision_made": True}
    for first, second in [(decision, COACHING), (COACHING, decision), (EXPERT, CO_CREATIVE),
                          (CO_CREATIVE, EXPERT), (decision, CO_CREATIVE)]:
        plan = build_plan(bundled, TREE, guide, [TopicRequest("A", first), TopicRequest("B", second)])
        switch = plan.transition_after(1)
        assert switch is not None and len(switch.items) == 1
        (item,) = switch.items
        if item.id is None:
            assert item.text.da == "Skal vi gå videre til B nu?"
        else:
            types = set(by_id[item.id].conversation_types)
            assert {plan.topics[0].type, plan.topics[1].type} <= types  # fits both sides
        later = [i.id for s in plan.sections_for(Phase.MIDDLE, 2) for i in s.items]
        assert item.id is None or item.id not in later
    # "Nu har du hørt afgørelsen" is never placed before the decision is told.
    plan = build_plan(bundled, TREE, guide, [TopicRequest("A", COACHING), TopicRequest("B", decision)])
    switch = plan.transition_after(1)
    assert switch is not None and "hørt afgørelsen" not in switch.items[0].text.da


def test_a_switch_can_be_changed_or_dropped(bundled: Banks, guide: PlanGuide) -> None:
    plan = build_plan(bundled, TREE, guide, [TopicRequest("A", EXPERT), TopicRequest("B", COACHING)],
                      picks={"transition1": []})
    assert plan.transition_after(1) is not None and plan.transition_after(1).items == ()  # type: ignore[union-attr]
    assert "Skift til næste emne" not in plan_markdown(plan, Lang.DA)


def test_third_party_reminders_follow_the_facts(bundled: Banks, guide: PlanGuide) -> None:
    alone = build_plan(bundled, TREE, guide, [TopicRequest("Praktik", CO_CREATIVE)])
    words = ("tredje part", "den anden skal vide", "hen over hovedet")
    texts = [a.da for a in alone.alliance] + [r.text.da for r in alone.reflections]
    assert not any(w in t for w in words for t in texts)
    together = build_plan(bundled, TREE, guide, [TopicRequest("Praktik", {**CO_CREATIVE, "third_party": True})])
    texts = [a.da for a in together.alliance]
    assert any("den anden skal vide" in t for t in texts)


def test_after_a_decision_nothing_says_she_decides_what_a_third_party_is_told(bundled: Banks,
                                                                              guide: PlanGuide) -> None:
    # Issue 10, point 3: e.g. a notification of concern already sent; nothing is hers to allow.
    decision = {"decision_made": True, "decision_appealable": False, "frame_in_place": True, "third_party": True}
    plan = build_plan(bundled, TREE, guide, [TopicRequest("Underretningen", decision)])
    text = plan_markdown(plan, Lang.DA) + plan_markdown(plan, Lang.EN)
    assert "Underretningen" in text
    for words in ("må få at vide", "may be told", "Aftal med hende på forhånd, hvad", "Agree with her beforehand what"):
        assert words not in text, words


def test_the_topics_own_words_rank_its_questions(bundled: Banks, guide: PlanGuide) -> None:
    stress = bundled.situation("mental_health")
    plan = build_plan(bundled, TREE, guide, [TopicRequest("Gæld og regninger", EXPERT)], situation=stress)
    by_id = {q.id: q for q in bundled.questions}
    middle = [by_id[i.id] for s in plan.sections_for(Phase.MIDDLE, 1) for i in s.items if i.id]
    assert any("debt" in q.situations for q in middle)  # a money topic under stress gets money questions
    assert all(not q.situations or {"debt", "mental_health"} & set(q.situations) for q in middle)


def test_a_first_meeting_never_presupposes_an_earlier_conversation(bundled: Banks, guide: PlanGuide) -> None:
    first = {"decision_made": False, "frame_in_place": False}
    plan = build_plan(bundled, TREE, guide, [TopicRequest("Rammen", first)])
    ids = {i.id for s in plan.sections for i in s.items}
    assert "cc-facts-01" not in ids  # "Hvad er der sket, siden vi sidst talte sammen?"
    by_id = {q.id: q for q in bundled.questions}
    assert not any(by_id[i].requires for i in ids if i)
    later = build_plan(bundled, TREE, guide, [TopicRequest("Opfølgning", COACHING)])
    start = [i.id for i in later.sections_for(Phase.START)[0].items]
    assert start  # a later conversation may use them


def test_plan_json_of_a_switch_keeps_it_rebuildable(bundled: Banks, guide: PlanGuide) -> None:
    plan = build_plan(bundled, TREE, guide, [TopicRequest("A", {"decision_made": True}),
                                             TopicRequest("B", COACHING)])
    data = plan_to_json(plan, Lang.DA)
    assert data["phases"]["middle"][0]["transition_after"]["text"]
    assert "transition1" not in data["picks"] or data["picks"]["transition1"]
    assert plan_json(plan, Lang.DA)


def test_a_topic_names_a_situation_only_by_a_word_that_starts_with_its_name(bundled: Banks) -> None:
    from samtalecoach.plan.suggest import related_situations, topic_words

    def named(title: str) -> tuple[str, ...]:
        return related_situations(topic_words(title), bundled.situations)

    assert "debt" in named("Gælden til SKAT")
    # 'hjælpe' begins the disability situation's 'hjælpemidler' but does not name it
    assert "disability" not in named("Hvem kan hjælpe med sønnens skolegang")
    plan = build_plan(bundled, TREE, guide=load_guide(families=frozenset(f.id for f in bundled.families)),
                      requests=[TopicRequest("Hvem kan hjælpe med sønnens skolegang", EXPERT)],
                      situation=bundled.situation("family_children"))
    shown = plan_markdown(plan, Lang.DA)
    assert "hjælpemidler" not in shown and "i behandling" not in shown  # disability, addiction
