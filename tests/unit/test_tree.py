"""The decision tree: validation, every combination of facts, and canonical cases.

The canonical cases are built from domain.md ("Choosing the type") and from the
points of the second review of the tree (a third party, acting for her, decisions
that are not formal, a decision at a first meeting, energy, the agenda, coaching
and treatment, judgements that are easy to misread, one thing at a time).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from samtalecoach.content.tree import Check, Recommendation, TreeNode, next_step, recommend
from samtalecoach.content.tree_loader import REQUIRED_FACTS, bundled_tree_file, load_tree
from samtalecoach.core.errors import DataError, UsageError
from samtalecoach.core.model import ConversationType, Lang

from ..helpers import english

WriteYaml = Callable[[str, str], Path]
TREE = load_tree()
CT = ConversationType

#: The path to coaching: no decision, frame known, nothing to do for her, no knowledge
#: missing, her own theme, goal settled, energy, no crisis.
COACHING = {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
            "citizen_lacks_knowledge": False, "agenda_together": False, "goal_settled": True,
            "citizen_has_answers": True, "safety_first": False}


def _all_answers() -> list[dict[str, bool]]:
    return [dict(zip(REQUIRED_FACTS, combo, strict=True))
            for combo in itertools.product([True, False], repeat=len(REQUIRED_FACTS))]


def test_the_tree_asks_every_required_fact() -> None:
    assert set(REQUIRED_FACTS) == set(TREE.facts)


def test_every_combination_of_facts_gives_a_valid_outcome() -> None:
    combos = _all_answers()
    assert len(combos) == 2 ** len(REQUIRED_FACTS) >= 256
    for answers in combos:
        rec = next_step(TREE, answers)  # every check answered too
        assert isinstance(rec, Recommendation)
        assert rec.type in ConversationType and rec.outcome.why_not
        assert rec.outcome.rationale.da and rec.outcome.rationale.en
        assert all(fact in answers for fact, _ in rec.path)


def test_every_outcome_and_type_is_reachable() -> None:
    reached = {recommend(TREE, answers).outcome.id for answers in _all_answers()}
    assert reached == set(TREE.outcomes)
    assert {TREE.outcomes[o].type for o in reached} == set(ConversationType)
    assert set(TREE.announcements) == set(ConversationType)


def test_no_node_leads_to_the_same_type_on_both_answers() -> None:
    # What --show-tree draws: a node whose two answers give one type asks nothing.
    for node in TREE.nodes.values():
        if node.yes.outcome and node.no.outcome:
            assert TREE.outcomes[node.yes.outcome].type is not TREE.outcomes[node.no.outcome].type, node.id


# Canonical situations from domain.md ("Choosing the type").
CASES = [
    ("a refusal must be told", {"decision_made": True}, CT.ADVISORY_DECISION),
    ("first meeting, new benefit", {"decision_made": False, "frame_in_place": False}, CT.ADVISORY_AUTHORITY),
    ("she needs to know which department can help her child",
     {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
      "citizen_lacks_knowledge": True}, CT.ADVISORY_EXPERT),
    ("obtaining a statement from her doctor is the subject of the topic",
     {"decision_made": False, "frame_in_place": True, "caseworker_must_act": True}, CT.ADVISORY_HELPER),
    ("internship is fixed, tasks shaped together with the employer setting the agenda too",
     {**COACHING, "agenda_together": True, "third_party": True}, CT.CO_CREATIVE),
    ("goal settled, own theme, energy to find her answers", COACHING, CT.COACHING),
    ("goal not settled", {**COACHING, "goal_settled": False}, CT.CO_CREATIVE),
]


@pytest.mark.parametrize(("case", "answers", "expected"), CASES, ids=[c[0] for c in CASES])
def test_canonical_cases(case: str, answers: dict[str, bool], expected: ConversationType) -> None:
    assert recommend(TREE, answers).type is expected


# --- 1. A third party does not make coaching co-creative. ---------------------------

def test_a_listening_parent_leaves_a_coaching_topic_coaching_with_a_note() -> None:
    rec = recommend(TREE, {**COACHING, "third_party": True})
    assert rec.type is CT.COACHING
    assert any("tolk eller en bisidder" in note.da for note in rec.notes)
    why_not = {w.type: w.text.get(Lang.EN) for w in rec.outcome.why_not}
    assert "stand alone" not in why_not[CT.CO_CREATIVE]  # no denial of the coaching premise
    assert "points of your own" in why_not[CT.CO_CREATIVE]


def test_a_third_party_who_sets_the_agenda_makes_it_co_creative() -> None:
    assert recommend(TREE, {**COACHING, "agenda_together": True}).type is CT.CO_CREATIVE


def test_the_agenda_question_asks_about_setting_the_agenda_not_presence() -> None:
    node = next(n for n in TREE.nodes.values() if n.fact == "agenda_together")
    assert "dagsorden" in node.text.da and "punkter" in node.text.da
    assert "delmål" not in node.text.da  # 'sub-goals' fits every how-to conversation
    assert "forælder, der kun lytter" in node.help.da


# --- 2. Acting for her is about this topic, not a follow-up. ------------------------

def test_acting_is_about_the_subject_of_this_topic() -> None:
    node = next(n for n in TREE.nodes.values() if n.fact == "caseworker_must_act")
    assert "dette emne" in node.text.da
    assert "agreement at the end" in node.help.get(Lang.EN)
    # A call to the employer agreed for afterwards: answered 'no', the topic stays co-creative.
    assert recommend(TREE, {**COACHING, "agenda_together": True}).type is CT.CO_CREATIVE


# --- 3. A decision is not only a formal afgørelse. ----------------------------------

def test_a_notification_of_concern_is_a_decision_without_appeal_or_consent() -> None:
    node = next(n for n in TREE.nodes.values() if n.fact == "decision_made")
    assert "underretning" in node.help.da
    rec = recommend(TREE, {"decision_made": True, "decision_appealable": False, "third_party": True})
    assert rec.type is CT.ADVISORY_DECISION
    said = " ".join([rec.outcome.rationale.da, *(n.da for n in rec.notes)])
    assert "klagevejledning" not in said.replace("ingen klage at vejlede om", "")
    assert "spørg ikke om det" in said  # no consent asked where none is needed
    assert "bestemmer" not in said  # nothing says she decides what the other party is told
    assert "hvad der sker nu" in rec.outcome.rationale.da


def test_an_appealable_refusal_gets_guidance_on_appeals() -> None:
    rec = recommend(TREE, {"decision_made": True, "decision_appealable": True})
    assert any("klagevejledning" in n.da for n in rec.notes)
    assert "klagevejledning" not in rec.outcome.rationale.da  # only where it applies


def test_a_decision_already_told_is_not_a_decision_topic() -> None:
    node = next(n for n in TREE.nodes.values() if n.fact == "decision_made")
    assert "allerede har fået beslutningen at vide" in node.help.da
    assert "almindelige pligter" in node.help.da


# --- 4. A decision at a first meeting does not drop the frame. ----------------------

def test_a_decision_at_a_first_meeting_suggests_a_frame_topic() -> None:
    rec = recommend(TREE, {"decision_made": True, "decision_appealable": True, "frame_in_place": False})
    (suggestion,) = rec.suggestions
    assert suggestion.before and recommend(TREE, suggestion.facts).type is CT.ADVISORY_AUTHORITY


def test_a_decision_or_expert_topic_suggests_a_topic_for_her_own_theme() -> None:
    for answers in ({"decision_made": True, "other_theme": True},
                    {**COACHING, "citizen_lacks_knowledge": True, "other_theme": True}):
        (suggestion,) = recommend(TREE, answers).suggestions
        step = next_step(TREE, suggestion.facts)
        assert isinstance(step, TreeNode) and step.fact == "agenda_together"  # the tree decides its type
        assert not suggestion.before


def test_checks_are_asked_once_the_type_is_known() -> None:
    step = next_step(TREE, {"decision_made": True})
    assert isinstance(step, Check) and step.fact == "decision_appealable"
    step = next_step(TREE, {"decision_made": True, "decision_appealable": False})
    assert isinstance(step, Check) and step.fact == "frame_in_place"
    assert step.text == next(n.text for n in TREE.nodes.values() if n.fact == "frame_in_place")


# --- 5. Energy rests on the model's ground, one thing at a time. --------------------

def test_no_energy_today_means_sub_goals_found_together_with_suggestions() -> None:
    rec = recommend(TREE, {**COACHING, "citizen_has_answers": False})
    assert rec.type is CT.CO_CREATIVE
    assert "delmålene sammen" in rec.outcome.rationale.da and "forslag" in rec.outcome.rationale.da
    node = next(n for n in TREE.nodes.values() if n.fact == "citizen_has_answers")
    assert "kun om hendes overskud" in node.help.da and "tema" not in node.help.da


# --- 6. When to answer no to the agenda question. -----------------------------------

def test_the_agenda_help_says_when_to_answer_no() -> None:
    node = next(n for n in TREE.nodes.values() if n.fact == "agenda_together")
    assert "Svar nej, når hun kommer med sit eget tema, og du ikke har punkter af dine egne" in node.help.da


# --- 7. Coaching supplements treatment; crisis and violence come first. ------------

def test_coaching_says_it_never_replaces_treatment() -> None:
    assert "never replaces" in recommend(TREE, COACHING).outcome.rationale.en


def test_acute_crisis_or_violence_is_not_coaching() -> None:
    rec = recommend(TREE, {**COACHING, "safety_first": True})
    assert rec.type is CT.CO_CREATIVE and "sikkerhed" in rec.outcome.rationale.da


def test_threats_keep_their_safety_advice_when_the_agenda_or_an_action_decides_the_type() -> None:
    # A caseworker facing threats often has points of her own (co-creative) or must act
    # (helper): the type stays, and the safety advice comes as a note.
    for answers in ({**COACHING, "agenda_together": True}, {**COACHING, "caseworker_must_act": True},
                    {**COACHING, "citizen_has_answers": False}):
        calm = recommend(TREE, answers)
        rec = recommend(TREE, {**answers, "safety_first": True})
        assert rec.type is calm.type
        assert any("alene" in n.da and "sikkerhed" in n.da for n in rec.notes), rec.notes
        assert not any("sikkerhed" in n.da for n in calm.notes)


# --- 8. Judgements that are easy to misread. ----------------------------------------

def test_the_frame_help_covers_a_new_municipality_and_knowing_the_rules() -> None:
    node = next(n for n in TREE.nodes.values() if n.fact == "frame_in_place")
    assert "ny kommune" in node.help.da and "kender reglerne" in node.help.da
    assert "ny afdeling" in node.help.da


def test_the_acting_help_covers_a_request_against_the_goal_of_self_reliance() -> None:
    node = next(n for n in TREE.nodes.values() if n.fact == "caseworker_must_act")
    assert "selv lærer at klare det" in node.help.da
    assert "ikke kun hendes ønske" in node.help.da


# --- 9. One thing at a time, about this topic. --------------------------------------

def test_every_question_asks_one_thing() -> None:
    for question in [*TREE.nodes.values(), *TREE.checks.values()]:
        for lang in Lang:
            text = question.text.get(lang)
            assert text.endswith("?") and text.count("?") == 1, question.fact
    knowledge = next(n for n in TREE.nodes.values() if n.fact == "citizen_lacks_knowledge")
    assert "kræfter" not in knowledge.text.da and "overskud" not in knowledge.text.da


def test_facts_not_reached_are_not_asked() -> None:
    step = next_step(TREE, {"decision_made": False})
    assert isinstance(step, TreeNode) and step.fact == "frame_in_place"
    rec = next_step(TREE, {"decision_made": True}, checks=False)
    assert isinstance(rec, Recommendation) and rec.path == (("decision_made", True),)


def test_missing_fact_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as info:
        recommend(TREE, {"decision_made": False})
    assert info.value.params["fact"] == "frame_in_place"


# --- validation -------------------------------------------------------------------

def _tree_text() -> str:
    return bundled_tree_file().read_text(encoding="utf-8")


def _problems(write_yaml: WriteYaml, text: str) -> list[str]:
    with pytest.raises(DataError) as info:
        load_tree(write_yaml("tree.yaml", text))
    return english(info.value)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("no: {next: frame_in_place}", "no: {next: frame_in_plac}",
         "node 'decision_made': answer 'no' leads to unknown node 'frame_in_plac'"),
        ("yes: {outcome: decision}", "yes: {outcome: decisin}", "answer 'yes' leads to unknown outcome 'decisin'"),
        ("yes: {outcome: decision}", "yes: {next: decision_made}", "the tree has a cycle: decision_made"),
        ("yes: {outcome: decision}", "ja: {outcome: decision}", "answers must be exactly yes and no"),
        ("yes: {outcome: decision}", "yes: {outcome: decision, next: frame_in_place}",
         "answer 'yes' must be {next: <node>} or {outcome: <outcome>}"),
        ("type: advisory.decision", "type: advisory.decide", "unknown conversation type 'advisory.decide'"),
        ("start: decision_made", "start: nowhere", "'start' must name the first node, got 'nowhere'"),
        ("      - type: coaching\n        text:\n          da: Ikke coachende, for der er ikke",
         "      - type: advisory.decision\n        text:\n          da: Ikke coachende, for der er ikke",
         "why_not names the outcome's own type"),
        ("yes: {outcome: co_creative_safety}", "yes: {outcome: coaching}",
         "node 'safety_first': both answers lead to the same conversation type"),
        ("checks: [third_party, safety_first]\n\n  - id: expert", "checks: [third_parties]\n\n  - id: expert",
         "unknown check 'third_parties'"),
        ("        place: before", "        place: first", "unknown place 'first' (expected before, after)"),
        ("facts: {decision_made: no, frame_in_place: no}", "facts: {decision_made: no, frame: no}",
         "unknown fact 'frame'"),
    ],
)
def test_tree_validation_errors(write_yaml: WriteYaml, old: str, new: str, expected: str) -> None:
    text = _tree_text()
    assert old in text
    found = _problems(write_yaml, text.replace(old, new, 1))
    assert any(expected in p and "tree.yaml:" in p for p in found), found


def test_unreachable_outcome_and_missing_type(write_yaml: WriteYaml) -> None:
    text = _tree_text().replace("yes: {outcome: decision}", "yes: {outcome: authority}", 1)
    found = _problems(write_yaml, text)
    assert any("outcome 'decision': cannot be reached" in p for p in found)
    assert any("no reachable outcome for 'advisory.decision'" in p for p in found)


def test_an_unused_check_and_a_missing_required_fact(write_yaml: WriteYaml) -> None:
    text = _tree_text().replace("checks: [decision_appealable, frame_in_place, other_theme, third_party]",
                                "checks: [frame_in_place, other_theme, third_party]")
    found = _problems(write_yaml, text)
    assert any("check 'decision_appealable': no outcome uses it" in p for p in found), found
    text = _tree_text().replace("  - id: citizen_has_answers\n", "  - id: has_answers\n").replace(
        "yes: {next: citizen_has_answers}", "yes: {next: has_answers}")
    assert any("never asks about the fact 'citizen_has_answers'" in p for p in _problems(write_yaml, text))


def test_node_line_is_reported(write_yaml: WriteYaml) -> None:
    text = _tree_text().replace("    help:\n      da: Fx en afgørelse", "    hlp:\n      da: Fx en afgørelse", 1)
    found = _problems(write_yaml, text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("    hlp:"))
    assert any(f"tree.yaml:{line}: node 'decision_made': unknown field 'hlp'" in p for p in found), found
