"""The bundled practice content: counts, coverage, and agreement with the decision tree."""

from __future__ import annotations

from collections import Counter

import pytest

from samtalecoach.content.practice import PracticeContent, Verdict, load_practice
from samtalecoach.content.tree import recommend
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.model import Banks, ConversationType

TREE = load_tree()


@pytest.fixture(scope="module")
def content(bundled: Banks) -> PracticeContent:
    return load_practice(TREE.facts, [s.id for s in bundled.situations])


def test_vignette_counts_and_coverage(content: PracticeContent) -> None:
    assert len(content.vignettes) >= 36
    expected = Counter(topic.expected for v in content.vignettes for topic in v.topics)
    assert all(expected[t] >= 4 for t in ConversationType), expected
    mixed = [v for v in content.vignettes if len({t.expected for t in v.topics}) >= 2]
    assert len(mixed) >= 6
    assert len({v.field for v in content.vignettes}) >= 6
    assert len({s for v in content.vignettes for s in v.situations}) >= 13


def test_every_case_agrees_with_the_decision_tree(content: PracticeContent) -> None:
    topics = [(v.id, t.facts, t.expected) for v in content.vignettes for t in v.topics]
    topics += [(p.id, s.facts, s.expected) for p in content.processes for s in p.steps]
    assert len(topics) >= 60
    for item, facts, expected in topics:
        assert recommend(TREE, facts).type is expected, item


def test_disturbance_and_process_counts(content: PracticeContent) -> None:
    assert len(content.disturbance) >= 24
    for item in content.disturbance:
        assert sorted(o.verdict for o in item.options) == sorted(Verdict)
    assert len(content.processes) >= 4
    for case in content.processes:
        assert 3 <= len(case.steps) <= 5
        assert len({s.expected for s in case.steps}) >= 2, case.id  # the type changes
