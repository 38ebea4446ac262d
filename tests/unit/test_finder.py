"""Finding questions: filters, forgiving search, situations, random picks."""

from __future__ import annotations

import pytest

from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import (
    Banks,
    ConversationType,
    Form,
    Intensity,
    Kind,
    Lang,
    Localized,
    Phase,
    Question,
    Situation,
)
from samtalecoach.core.textfold import fold
from samtalecoach.questions.finder import QuestionFilter, find_questions, resolve_situation


def q(qid: str, da: str, kind: Kind = Kind.DEVELOPING, situations: tuple[str, ...] = (),
      phases: tuple[Phase, ...] = (Phase.MIDDLE,), en: str = "How?") -> Question:
    return Question(
        id=qid, text=Localized(da, en), kind=kind, form=Form.OPEN, phases=phases,
        conversation_types=(ConversationType.COACHING,), situations=situations,
        intensity=Intensity.GENTLE,
    )


BANKS = Banks(
    questions=(
        q("a", "Hvordan går det med praktikken?", situations=("unemployment",)),
        q("b", "Hvad betyder dine ældre forældre for dig?"),
        q("c", "Hvornår får du åbnet din post?", kind=Kind.ACTION_CLARIFYING,
          phases=(Phase.END,), situations=("debt",)),
        q("d", "Hvem kan støtte dig i økonomien?", kind=Kind.FRAMING, phases=(Phase.START,)),
        q("e", "Hvad gjorde du sidst, det lykkedes?", situations=("debt",)),
    ),
    situations=(
        Situation("debt", Localized("Gæld og økonomi", "Debt and money"),
                  Localized("x", "x"), (), ("gæld", "penge")),
        Situation("unemployment", Localized("Ledighed", "Unemployment"),
                  Localized("x", "x"), (), ()),
    ),
    families=(),
    reflections=(),
)


def ids(flt: QuestionFilter, **kwargs: object) -> list[str]:
    return [h.question.id for h in find_questions(BANKS, flt, Lang.DA, **kwargs)]  # type: ignore[arg-type]


def test_fold_spells_out_danish_letters_and_drops_accents() -> None:
    assert fold("Ældre, ØKONOMI og Café på å!") == "aeldre oekonomi og cafe paa aa"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("praktik", ["a"]),
        ("PRAKTIK", ["a"]),
        ("aeldre", ["b"]),
        ("ældre", ["b"]),
        ("oekonomi", ["d"]),
        ("åbnet", ["c"]),
        ("aabnet", ["c"]),
        ("praktk", ["a"]),  # a typo still finds it
        ("økonmi", ["d"]),
        ("forældre betyder", ["b"]),  # every word must match
        ("forældre xyzzy", []),
        ("zzz", []),
    ],
)
def test_search_is_forgiving(query: str, expected: list[str]) -> None:
    assert ids(QuestionFilter(search=query)) == expected


def test_fuzzy_matches_only_when_nothing_matches_exactly() -> None:
    banks = Banks((q("x", "Hvad er praktisk for dig?"), q("y", "Hvad med praktikken?")),
                  (), (), ())
    hits = find_questions(banks, QuestionFilter(search="praktik"), Lang.DA)
    assert [h.question.id for h in hits] == ["y"]
    hits = find_questions(banks, QuestionFilter(search="praktikk"), Lang.DA)
    assert [h.question.id for h in hits] == ["y"]
    hits = find_questions(banks, QuestionFilter(search="praktikkn"), Lang.DA)
    assert [h.question.id for h in hits] == ["y"]
    hits = find_questions(banks, QuestionFilter(search="prakttik"), Lang.DA)
    assert {h.question.id for h in hits} == {"x", "y"}  # a typo may reach both


def test_filters_combine_and_are_grouped_by_kind() -> None:
    assert ids(QuestionFilter()) == ["d", "a", "b", "e", "c"]
    assert ids(QuestionFilter(kinds=(Kind.DEVELOPING,))) == ["a", "b", "e"]
    assert ids(QuestionFilter(kinds=(Kind.DEVELOPING, Kind.FRAMING))) == ["d", "a", "b", "e"]
    assert ids(QuestionFilter(phases=(Phase.END,))) == ["c"]
    assert ids(QuestionFilter(kinds=(Kind.DEVELOPING,), phases=(Phase.END,))) == []
    assert ids(QuestionFilter(forms=(Form.CLOSED,))) == []
    assert ids(QuestionFilter(intensities=(Intensity.GENTLE,))) == ["d", "a", "b", "e", "c"]
    assert ids(QuestionFilter(types=(ConversationType.CO_CREATIVE,))) == []


def test_situation_includes_general_questions_after_specific_ones() -> None:
    assert ids(QuestionFilter(situations=("debt",))) == ["d", "e", "b", "c"]
    assert ids(QuestionFilter(situations=("debt",), only_specific=True)) == ["e", "c"]


@pytest.mark.parametrize("text", ["debt", "gæld", "GAELD", "penge", "Gæld og økonomi",
                                  "debt and money"])
def test_resolve_situation_by_id_alias_or_name(text: str) -> None:
    assert resolve_situation(BANKS, text).id == "debt"


def test_unknown_situation_lists_the_known_ones() -> None:
    with pytest.raises(UsageError) as info:
        resolve_situation(BANKS, "dbt")
    assert info.value.key == "error.situation"
    assert info.value.params == {"value": "dbt", "known": "debt, unemployment"}


def test_random_pick_is_reproducible_with_a_seed() -> None:
    first = ids(QuestionFilter(), sample=3, seed=7)
    assert len(first) == 3 and len(set(first)) == 3
    assert ids(QuestionFilter(), sample=3, seed=7) == first
    seeds = {tuple(ids(QuestionFilter(), sample=2, seed=s)) for s in range(20)}
    assert len(seeds) > 1
    assert len(ids(QuestionFilter(), sample=50, seed=1)) == 5


def test_random_needs_a_positive_number() -> None:
    with pytest.raises(UsageError) as info:
        ids(QuestionFilter(), sample=0)
    assert info.value.key == "error.random"


def test_search_uses_the_chosen_language() -> None:
    hits = find_questions(BANKS, QuestionFilter(search="how"), Lang.EN)
    assert len(hits) == 5
    assert find_questions(BANKS, QuestionFilter(search="how"), Lang.DA) == []
