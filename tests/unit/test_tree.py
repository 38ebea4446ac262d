"""The decision tree: validation, every combination of facts, canonical cases."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from samtalecoach.content.tree import (
    REQUIRED_FACTS,
    Recommendation,
    TreeNode,
    bundled_tree_file,
    load_tree,
    next_step,
    recommend,
)
from samtalecoach.core.errors import DataError, UsageError
from samtalecoach.core.model import ConversationType, Lang

from ..helpers import english

WriteYaml = Callable[[str, str], Path]
TREE = load_tree()


@pytest.mark.parametrize("combo", list(itertools.product([True, False], repeat=8)))
def test_every_combination_of_the_eight_facts_gives_a_valid_outcome(combo: tuple[bool, ...]) -> None:
    answers = dict(zip(REQUIRED_FACTS, combo, strict=True))
    rec = recommend(TREE, answers)
    assert rec.type in ConversationType
    assert rec.outcome.rationale.da and rec.outcome.rationale.en
    assert rec.outcome.why_not
    assert all(fact in answers for fact, _ in rec.path)


# Canonical situations from domain.md ("Choosing the type").
CASES = [
    ("a refusal must be told", {"decision_made": True}, ConversationType.ADVISORY_DECISION),
    ("first meeting, new benefit", {"decision_made": False, "frame_in_place": False},
     ConversationType.ADVISORY_AUTHORITY),
    ("she needs to know which department can help her child",
     {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
      "citizen_lacks_knowledge": True}, ConversationType.ADVISORY_EXPERT),
    ("you must obtain a statement from her doctor",
     {"decision_made": False, "frame_in_place": True, "caseworker_must_act": True},
     ConversationType.ADVISORY_HELPER),
    ("internship is fixed, tasks shaped together with the employer present",
     {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
      "citizen_lacks_knowledge": False, "agenda_together": True, "third_party": True},
     ConversationType.CO_CREATIVE),
    ("goal settled, own theme, resources to find her answers",
     {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
      "citizen_lacks_knowledge": False, "agenda_together": False, "goal_settled": True,
      "citizen_has_answers": True, "third_party": False}, ConversationType.COACHING),
    ("agenda still to be found together: co-creative before coaching",
     {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
      "citizen_lacks_knowledge": False, "agenda_together": True, "third_party": False,
      "goal_settled": True, "citizen_has_answers": True}, ConversationType.CO_CREATIVE),
    ("goal not settled", {"decision_made": False, "frame_in_place": True,
                          "caseworker_must_act": False, "citizen_lacks_knowledge": False,
                          "agenda_together": False, "goal_settled": False},
     ConversationType.CO_CREATIVE),
]


@pytest.mark.parametrize(("case", "answers", "expected"), CASES, ids=[c[0] for c in CASES])
def test_canonical_cases(case: str, answers: dict[str, bool], expected: ConversationType) -> None:
    assert recommend(TREE, answers).type is expected


def test_coaching_recommendation_says_why_not_co_creative() -> None:
    rec = recommend(TREE, CASES[5][1])
    assert ConversationType.CO_CREATIVE in {w.type for w in rec.outcome.why_not}


def test_expert_says_not_coaching_because_she_cannot_find_the_law() -> None:
    rec = recommend(TREE, CASES[2][1])
    texts = [w.text.get(Lang.EN) for w in rec.outcome.why_not if w.type is ConversationType.COACHING]
    assert texts and "cannot find the law" in texts[0]


def test_facts_not_reached_are_not_asked() -> None:
    step = next_step(TREE, {"decision_made": True})
    assert isinstance(step, Recommendation)
    assert step.path == (("decision_made", True),)
    step = next_step(TREE, {"decision_made": False})
    assert isinstance(step, TreeNode) and step.fact == "frame_in_place"


def test_missing_fact_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as info:
        recommend(TREE, {"decision_made": False})
    assert info.value.params["fact"] == "frame_in_place"


def test_every_outcome_and_type_is_reachable() -> None:
    reached = {recommend(TREE, dict(zip(REQUIRED_FACTS, c, strict=True))).outcome.id
               for c in itertools.product([True, False], repeat=8)}
    assert reached == set(TREE.outcomes)
    assert {TREE.outcomes[o].type for o in reached} == set(ConversationType)
    assert set(TREE.announcements) == set(ConversationType)


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
        ("yes: {outcome: decision}", "yes: {outcome: decisin}",
         "answer 'yes' leads to unknown outcome 'decisin'"),
        ("yes: {outcome: decision}", "yes: {next: decision_made}", "the tree has a cycle: decision_made"),
        ("yes: {outcome: decision}", "ja: {outcome: decision}", "answers must be exactly yes and no"),
        ("yes: {outcome: decision}", "yes: {outcome: decision, next: frame_in_place}",
         "answer 'yes' must be {next: <node>} or {outcome: <outcome>}"),
        ("type: advisory.decision", "type: advisory.decide", "unknown conversation type 'advisory.decide'"),
        ("start: decision_made", "start: nowhere", "'start' must name the first node, got 'nowhere'"),
        ("      - type: coaching\n        text:\n          da: Ikke coachende, for der er ikke",
         "      - type: advisory.decision\n        text:\n          da: Ikke coachende, for der er ikke",
         "why_not names the outcome's own type"),
    ],
)
def test_tree_validation_errors(write_yaml: WriteYaml, old: str, new: str, expected: str) -> None:
    text = _tree_text()
    assert old in text
    found = _problems(write_yaml, text.replace(old, new, 1))
    assert any(expected in p and "tree.yaml:" in p for p in found), found


def test_unreachable_outcome_and_missing_type(write_yaml: WriteYaml) -> None:
    # Send 'yes' of decision_made to authority: the decision outcome is never reached.
    text = _tree_text().replace("yes: {outcome: decision}", "yes: {outcome: authority}", 1)
    found = _problems(write_yaml, text)
    assert any("outcome 'decision': cannot be reached" in p for p in found)
    assert any("no reachable outcome for 'advisory.decision'" in p for p in found)


def test_missing_required_fact(write_yaml: WriteYaml) -> None:
    data = yaml.safe_load(_tree_text())
    text = _tree_text().replace("    fact: third_party\n", "    fact: someone_else\n")
    text = text.replace("  - id: third_party\n", "  - id: other_party\n").replace(
        "yes: {next: third_party}", "yes: {next: other_party}")
    assert data["start"] == "decision_made"
    found = _problems(write_yaml, text)
    assert any("never asks about the fact 'third_party'" in p for p in found)


def test_node_line_is_reported(write_yaml: WriteYaml) -> None:
    text = _tree_text().replace("    help:\n      da: En bevilling", "    hlp:\n      da: En bevilling", 1)
    found = _problems(write_yaml, text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("    hlp:"))
    assert any(f"tree.yaml:{line}: node 'decision_made': unknown field 'hlp'" in p for p in found), found
