"""The bundled role-play scenarios: what they cover, and that a good conversation beats a
poor one in each (scripts written for these tests, in tests/data/roleplay)."""

from __future__ import annotations

import pytest

from samtalecoach.content.scenarios import load_scenarios
from samtalecoach.core.model import Banks, ConversationType, Lang
from samtalecoach.core.scenario import Dim, Scenario
from samtalecoach.roleplay.debrief import debrief
from samtalecoach.roleplay.lint import search
from samtalecoach.roleplay.play import Conversation
from samtalecoach.roleplay.session import PlayRequest, parse_script, play_script

from ..conftest import ROOT

SCRIPTS = ROOT / "tests" / "data" / "roleplay"


@pytest.fixture(scope="module")
def scenarios(bundled: Banks) -> tuple[Scenario, ...]:
    return load_scenarios([s.id for s in bundled.situations])


def ids() -> list[str]:
    return sorted(p.stem for p in (ROOT / "data" / "scenarios").glob("*.yaml"))


def test_the_scenarios_cover_every_type_the_fields_and_the_hard_cases(scenarios: tuple[Scenario, ...]) -> None:
    assert len(scenarios) >= 8
    assert {t for s in scenarios for t in s.types} == set(ConversationType)
    assert {"job_centre", "family", "disability", "psychiatry", "addiction", "housing"} <= {s.field for s in scenarios}
    assert any(s.third_party is not None for s in scenarios)
    assert any(ConversationType.ADVISORY_DECISION in s.types for s in scenarios)
    # A citizen in crisis, who can take only the smallest disturbance at first.
    assert any("crisis_grief" in s.situations and s.start[Dim.TOLERANCE] <= 3 for s in scenarios)
    assert {s.difficulty for s in scenarios} == {1, 2, 3}


def test_every_scenario_passes_the_lint(scenarios: tuple[Scenario, ...]) -> None:
    problems = {s.id: search(s).errors for s in scenarios}
    assert {k: v for k, v in problems.items() if v} == {}


def _play(scenario: Scenario, kind: str, seed: int = 1) -> Conversation:
    path = SCRIPTS / f"{scenario.id}.{kind}.txt"
    lines = parse_script(path.read_text(encoding="utf-8"), str(path))
    conversation, _ = play_script(PlayRequest(scenario, Lang.DA, seed=seed, save=False), lines, None)
    return conversation


@pytest.mark.parametrize("scenario_id", ids())
def test_a_good_conversation_beats_a_poor_one(scenarios: tuple[Scenario, ...], scenario_id: str) -> None:
    scenario = next(s for s in scenarios if s.id == scenario_id)
    for seed in (0, 1, 7):  # her words vary with the seed; what the lines do to her must not
        _good_beats_poor(_play(scenario, "good", seed), _play(scenario, "poor", seed))


def _good_beats_poor(good: Conversation, poor: Conversation) -> None:
    assert 10 <= len(good.turns) <= 20
    good_result, poor_result = debrief(good), debrief(poor)
    # The good one: every disclosure, and a higher alliance than at the start.
    assert good_result.missed == ()
    assert good.state.alliance > good.start.alliance
    # The poor one: a lower alliance than the good one, and fewer disclosures.
    assert poor.state.alliance < good.state.alliance
    assert poor.state.alliance <= poor.start.alliance
    assert len(poor_result.reached) < len(good_result.reached)


@pytest.mark.parametrize("scenario_id", ids())
def test_the_good_script_is_read_as_the_model_would_read_it(scenarios: tuple[Scenario, ...],
                                                           scenario_id: str) -> None:
    # The scripts test the citizen, not the analyser: most good lines must be open questions,
    # and none may be a jump to solutions.
    scenario = next(s for s in scenarios if s.id == scenario_id)
    good = _play(scenario, "good")
    open_share = sum(t.analysis.form.value == "open" for t in good.turns) / len(good.turns)
    assert open_share >= 0.6
    assert not any(t.outcome.verdict.value == "too_big" for t in good.turns)
