"""Answers files: parsing, validation messages, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.errors import Msg, UsageError
from samtalecoach.core.i18n import render
from samtalecoach.core.model import Banks, ConversationType, Intensity, Lang
from samtalecoach.plan.answers import (
    PlanAnswers,
    TopicAnswers,
    answers_to_dict,
    missing_facts,
    parse_answers,
    read_answers,
    resolve_picks,
    write_answers,
)

TREE = load_tree()


def parse(text: str) -> PlanAnswers:
    return parse_answers(text, "svar.yaml", TREE)


def error(text: str) -> dict[str, object]:
    with pytest.raises(UsageError) as info:
        parse(text)
    assert info.value.key == "error.answers"
    return info.value.params


def test_facts_at_top_level_make_one_topic() -> None:
    answers = parse("decision_made: yes\ntitle: Afslag\nintensity: gentle\nsituation: gæld\n")
    (topic,) = answers.topics
    assert topic.title == "Afslag" and topic.facts == {"decision_made": True}
    assert answers.intensity is Intensity.GENTLE and answers.situation == "gæld"


def test_topics_list_with_override_and_topic_situation() -> None:
    answers = parse(
        "topics:\n"
        "  - {title: A, decision_made: no, frame_in_place: no}\n"
        "  - {title: B, decision_made: 'nej', frame_in_place: ja, caseworker_must_act: true,\n"
        "     type: coaching, situation: debt, intensity: strong}\n"
    )
    assert [t.title for t in answers.topics] == ["A", "B"]
    assert answers.topics[1].facts == {"decision_made": False, "frame_in_place": True,
                                       "caseworker_must_act": True}
    assert answers.topics[1].type is ConversationType.COACHING
    assert answers.topics[1].situation == "debt"
    assert answers.topics[1].intensity is Intensity.STRONG


def test_json_answers_are_read_too() -> None:
    answers = parse(json.dumps({"topics": [{"title": "A", "decision_made": True}]}))
    assert answers.topics[0].facts == {"decision_made": True}


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("decison_made: yes\n", "svar.yaml:1: decison_made", "unknown key 'decison_made' (allowed: "),
        ("topics:\n  - {decision_made: maybe}\n", "svar.yaml:2: topics[1].decision_made", "'maybe' is not yes or no"),
        ("topics:\n  - {type: coach}\n", "svar.yaml:2: topics[1].type",
         "unknown conversation type 'coach' (allowed: advisory"),
        ("intensity: hard\n", "svar.yaml:1: intensity", "unknown intensity 'hard' (allowed: gentle, moderate, strong)"),
        ("topics: yes\n", "svar.yaml:1: topics", "must be a list of topics"),
        ("decision_made: yes\ntopics: []\n", "svar.yaml:2", "give either 'topics' or the facts"),
        ("picks: {start: [{text: x}]}\n", "svar.yaml:1: picks.start", "is neither a question id nor {own: text}"),
    ],
)
def test_bad_answers_name_the_line_the_key_and_what_is_allowed(text: str, where: str, message: str) -> None:
    params = error(text)
    assert params["where"] == where
    assert message in render(Lang.EN, params["message"])


def test_unknown_key_lists_every_fact() -> None:
    message = render(Lang.EN, error("colour: red\n")["message"])
    for fact in TREE.facts:
        assert fact in message


def test_cpr_anywhere_in_the_file_is_refused_at_its_line_and_never_echoed() -> None:
    for text in ("title: Mette 010190-1234\ndecision_made: yes\n",
                 "decision_made: yes\npicks:\n  0101901234: [fr-purpose-01]\n",  # as a key
                 "decision_made: yes\npicks:\n  start: [cpr-0101901234]\n"):  # as a question id
        params = error(text)
        assert params["message"] == Msg("yaml.cpr") and "1234" not in str(params)


def test_missing_facts_are_listed_per_topic() -> None:
    answers = parse("topics:\n  - {decision_made: yes}\n  - {decision_made: no}\n")
    assert missing_facts(answers, TREE) == ["svar.yaml:3: topics[2].frame_in_place"]


def test_picks_resolve_to_plan_items(bundled: Banks) -> None:
    first = bundled.questions[0].id
    answers = parse(f"picks:\n  start: [{first}, {{own: Hvad vil du i dag?}}]\n")
    items = resolve_picks(answers, bundled)["start"]
    assert items[0].id == first and items[1].id is None
    assert items[1].text.da == "Hvad vil du i dag?"
    with pytest.raises(UsageError) as info:
        resolve_picks(parse("picks:\n  end: [no-such-question]\n"), bundled)
    assert "unknown question id 'no-such-question'" in render(Lang.EN, info.value.params["message"])


def test_written_answers_read_back_the_same(tmp_path: Path) -> None:
    answers = PlanAnswers(
        situation="debt", intensity=Intensity.GENTLE,
        topics=[TopicAnswers("A", {"decision_made": False, "frame_in_place": True},
                             ConversationType.COACHING, "housing", Intensity.STRONG)],
        picks={"start": ["fr-purpose-01", {"own": "Hvad nu?"}]},
    )
    path = tmp_path / "draft.json"
    write_answers(path, answers)
    assert path.stat().st_mode & 0o777 == 0o600
    again = read_answers(path, TREE)
    assert answers_to_dict(again) == answers_to_dict(answers)
    assert again.topics[0] == answers.topics[0]


def test_unreadable_answers_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as info:
        read_answers(tmp_path / "missing.yaml", TREE)
    assert info.value.key == "error.answers_file"
