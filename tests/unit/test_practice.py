"""Practice: content (counts, coverage, agreement with the tree), tasks, scheduling, scores."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from samtalecoach.content.practice import PracticeContent, load_practice, practice_dir
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.errors import DataError
from samtalecoach.core.model import Banks, ConversationType, Form, Kind
from samtalecoach.practice.drills import (
    BOX_DAYS,
    Drill,
    Outcome,
    Progress,
    TaskFactory,
    choose,
    round_keys,
    schedule,
    score,
    to_revisit,
)
from samtalecoach.practice.round import drill_texts

from ..helpers import english

TREE = load_tree()
TODAY = date(2026, 11, 26)
WriteYaml = Callable[[str, str], Path]


@pytest.fixture(scope="module")
def content(bundled: Banks) -> PracticeContent:
    return load_practice(TREE.facts, [s.id for s in bundled.situations])


@pytest.fixture(scope="module")
def factory(bundled: Banks, content: PracticeContent) -> TaskFactory:
    labels, texts = drill_texts()
    return TaskFactory(bundled, content, TREE, labels, texts)


def test_loader_names_file_line_and_field(write_yaml: WriteYaml, bundled: Banks, tmp_path: Path) -> None:
    for name in ("vignettes.yaml", "disturbance.yaml", "processes.yaml"):
        text = (practice_dir() / name).read_text(encoding="utf-8")
        if name == "vignettes.yaml":
            text = text.replace("facts: {decision_made: no, frame_in_place: no}",
                                "facts: {decision_made: no, frame_in_placce: no}", 1)
        if name == "disturbance.yaml":
            text = text.replace("verdict: too_big", "verdict: huge", 1)
        write_yaml(f"p/{name}", text)
    with pytest.raises(DataError) as info:
        load_practice(TREE.facts, [s.id for s in bundled.situations], tmp_path / "p")
    found = english(info.value)
    assert any("p/vignettes.yaml:" in p and "unknown fact 'frame_in_placce'" in p for p in found)
    assert any("p/disturbance.yaml:" in p and "unknown verdict 'huge'" in p for p in found)


# --- scheduling ----------------------------------------------------------------

def test_right_answers_climb_the_boxes_and_wait_longer() -> None:
    state = Progress()
    for box in range(2, 6):
        state = schedule(state, True, TODAY)
        assert state.box == box and state.due == TODAY + timedelta(days=BOX_DAYS[box])
    state = schedule(state, True, TODAY)
    assert state.box == 5  # the top box keeps it
    assert (state.seen, state.right) == (5, 5)


def test_a_wrong_answer_sends_it_back_to_box_one_due_now() -> None:
    state = schedule(Progress(box=4, due=TODAY), False, TODAY)
    assert state.box == 1 and state.due == TODAY and state.right == 0


def test_choose_due_first_then_new_then_later() -> None:
    progress = {
        "a": Progress(box=3, due=TODAY + timedelta(days=2)),  # not due
        "b": Progress(box=2, due=TODAY - timedelta(days=1)),  # due
        "c": Progress(box=1, due=TODAY),                       # due, lower box
    }
    picked = choose(["a", "b", "c", "d"], progress, 4, TODAY, random.Random(1))
    assert picked == ["c", "b", "d", "a"]
    assert choose(["a", "b", "c", "d"], progress, 2, TODAY, random.Random(1)) == ["c", "b"]


def test_a_seed_repeats_a_round(factory: TaskFactory) -> None:
    a = round_keys(factory, list(Drill), {}, 12, TODAY, random.Random(7))
    b = round_keys(factory, list(Drill), {}, 12, TODAY, random.Random(7))
    c = round_keys(factory, list(Drill), {}, 12, TODAY, random.Random(8))
    assert a == b and a != c


def test_a_process_case_comes_whole_and_in_order(factory: TaskFactory) -> None:
    keys = round_keys(factory, [Drill.PROCESS], {}, 4, TODAY, random.Random(3))
    cases = {k.split("#")[0] for k in keys}
    assert len(cases) == 1
    assert [int(k.split("#")[1]) for k in keys] == list(range(1, len(keys) + 1))


# --- tasks ------------------------------------------------------------------------

def test_kinds_task(factory: TaskFactory, bundled: Banks) -> None:
    question = next(q for q in bundled.questions if q.form is Form.OPEN and q.kind is Kind.DEVELOPING)
    task = factory.task(f"kinds:{question.id}", random.Random(1))
    assert task.correct == {"developing"}
    assert [c.value for c in task.choices] == [k.value for k in Kind]
    assert "nye perspektiver" in task.explanations["developing"].da
    assert task.context == (question.text,)


def test_phases_accepts_every_phase_of_the_question(factory: TaskFactory, bundled: Banks) -> None:
    question = next(q for q in bundled.questions if len(q.phases) > 1 and q.form is Form.OPEN)
    task = factory.task(f"phases:{question.id}", random.Random(1))
    assert task.correct == {p.value for p in question.phases}


def test_forms_shows_a_better_open_question_for_a_closed_one(factory: TaskFactory,
                                                             bundled: Banks) -> None:
    closed = next(q for q in bundled.questions if q.form is Form.CLOSED)
    task = factory.task(f"forms:{closed.id}", random.Random(1))
    assert task.correct == {"closed"}
    better = factory.better_open(closed)
    assert better is not None and better.form is Form.OPEN and better.kind is closed.kind
    assert task.extra is not None and better.text.da in task.extra.da


def test_types_task_explains_a_wrong_pick_with_the_trees_why_not(factory: TaskFactory,
                                                                content: PracticeContent) -> None:
    vignette = next(v for v in content.vignettes
                    if v.topics[0].expected is ConversationType.ADVISORY_EXPERT)
    task = factory.task(f"types:{vignette.id}#1", random.Random(1))
    assert task.correct == {"advisory.expert"}
    assert "coaching" in task.explanations  # the tree says why not coaching
    assert task.explanations[""] == vignette.topics[0].explanation


def test_disturbance_options_are_shuffled_and_appropriate_is_right(factory: TaskFactory,
                                                                   content: PracticeContent) -> None:
    item = content.disturbance[0]
    orders = {tuple(c.value for c in factory.task(f"disturbance:{item.id}", random.Random(s)).choices)
              for s in range(20)}
    assert len(orders) > 1
    task = factory.task(f"disturbance:{item.id}", random.Random(1))
    assert task.correct == {"appropriate"}
    assert set(task.explanations) == {"too_small", "appropriate", "too_big"}


def test_every_key_of_every_drill_makes_a_task(factory: TaskFactory) -> None:
    rng = random.Random(0)
    for drill in Drill:
        keys = factory.keys(drill)
        assert keys or drill is Drill.REWRITE, drill  # rewrite items come from the student's role-plays
        for key in keys:
            task = factory.task(key, rng)
            assert task.key == key and task.correct <= {c.value for c in task.choices}


# --- scores -----------------------------------------------------------------------

def test_score_and_revisit(factory: TaskFactory) -> None:
    rng = random.Random(0)
    a, b, c = (factory.task(k, rng) for k in factory.keys(Drill.KINDS)[:3])
    outcomes = [Outcome(a, "framing", True), Outcome(b, "x", False), Outcome(b, "y", False),
                Outcome(c, "z", False)]
    assert score(outcomes) == {Drill.KINDS: (1, 4)}
    assert to_revisit(outcomes) == [b, c]


def test_a_role_play_line_to_rework_becomes_a_rewrite_task(factory: TaskFactory) -> None:
    from samtalecoach.roleplay.records import ReworkItem

    factory.rework = {"7": ReworkItem(7, "Har du talt med din chef?", "da", "case_clarifying",
                                      "et lukket spørgsmål", "sick-leave-warehouse")}
    assert factory.keys(Drill.REWRITE) == ["rewrite:7"]
    task = factory.task("rewrite:7", random.Random(0))
    assert task.choices == () and task.context[0].da == "Har du talt med din chef?"
    assert task.is_correct("Hvordan har kontakten med din chef været?")
    assert not task.is_correct("Har du talt med din chef?")  # the same line again
    assert not task.is_correct("Hvorfor har du ikke talt med din chef?")  # a why-question
    assert not task.is_correct("Har du ringet til ham?")  # still closed
    assert task.extra is not None  # an open question from the banks is shown after
