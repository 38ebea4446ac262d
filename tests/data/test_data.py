"""Tests of the bundled content: counts, coverage, form, duplicates, spelling."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from itertools import combinations

import pytest
import yaml
from rapidfuzz.fuzz import ratio

from samtalecoach.core.model import Banks, ConversationType, Form, Kind, Moment, Phase
from samtalecoach.core.textfold import fold

from ..conftest import ROOT

#: rapidfuzz ratio (0-100) of the folded Danish texts at which two questions
#: count as near-duplicates. Pairs just below it were read and differ in content.
NEAR_DUPLICATE = 85

HV_WORD = re.compile(
    r"\b(hvad|hvordan|hvilke|hvilken|hvilket|hvem|hvornår|hvor|hvorfor|hvorledes|hvorfra|hvormed)\b",
    re.IGNORECASE,
)
OPEN_INVITATION = re.compile(r"^(Kan|Vil) du (prøve at )?(fortælle|sige|beskrive|give|sætte ord)")


def test_libyaml_is_used_for_the_bundled_banks() -> None:
    from samtalecoach.content import yamlsrc

    assert yaml.__with_libyaml__
    assert yamlsrc.HAVE_LIBYAML


def test_question_counts(bundled: Banks) -> None:
    questions = bundled.questions
    assert len(questions) >= 320
    per_kind = Counter(q.kind for q in questions)
    assert all(per_kind[k] >= 60 for k in Kind), per_kind
    per_phase = Counter(p for q in questions for p in q.phases)
    assert all(per_phase[p] >= 70 for p in Phase), per_phase
    per_type = Counter(t for q in questions for t in q.conversation_types)
    assert all(per_type[t] >= 30 for t in ConversationType), per_type


def test_situation_coverage(bundled: Banks) -> None:
    assert len(bundled.situations) >= 13
    for situation in bundled.situations:
        tagged = [q for q in bundled.questions if situation.id in q.situations]
        assert len(tagged) >= 12, situation.id
        assert len({q.kind for q in tagged}) >= 3, situation.id
        assert len(situation.care_notes) >= 3, situation.id


def test_domain_situations_are_all_there(bundled: Banks) -> None:
    expected = {"sick_leave", "mental_health", "addiction", "long_term_unemployment",
                "youth_education", "family_children", "debt", "housing", "disability",
                "domestic_violence", "crisis_grief", "language_culture", "loneliness"}
    assert expected <= {s.id for s in bundled.situations}


def test_reflection_questions(bundled: Banks) -> None:
    assert len(bundled.reflections) >= 30
    per_moment = Counter(r.moment for r in bundled.reflections)
    assert all(per_moment[m] >= 8 for m in Moment), per_moment


def test_every_question_ends_with_a_question_mark(bundled: Banks) -> None:
    for q in bundled.questions:
        assert q.text.da.endswith("?") and q.text.en.endswith("?"), q.id


def test_open_questions_are_open_and_closed_ones_closed(bundled: Banks) -> None:
    for q in bundled.questions:
        if q.form is Form.OPEN:
            assert HV_WORD.search(q.text.da) or OPEN_INVITATION.match(q.text.da), q.id
        elif q.form is Form.CLOSED:
            assert not HV_WORD.match(q.text.da), q.id


def test_questions_are_short(bundled: Banks) -> None:
    for q in bundled.questions:
        assert len(q.text.da.split()) <= 28, q.id


def test_no_near_duplicates(bundled: Banks) -> None:
    texts = [(q.id, fold(q.text.da)) for q in bundled.questions]
    close = [
        (a_id, b_id, round(score))
        for (a_id, a), (b_id, b) in combinations(texts, 2)
        if (score := ratio(a, b)) >= NEAR_DUPLICATE
    ]
    assert close == []


def test_every_family_and_kind_is_in_use(bundled: Banks) -> None:
    used = {q.family for q in bundled.questions}
    assert {f.id for f in bundled.families} <= used


def _strings(lang: str) -> list[str]:
    """Every text in ``lang`` ('da' or 'en') of every data file."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == lang and isinstance(value, str):
                    found.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted((ROOT / "data").rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


#: The hunspell dictionary and the allow-list of each language.
DICTIONARIES = {"da": ("da_DK", "hunspell-da", "hunspell-allow.txt"),
                "en": ("en_GB", "hunspell-en-gb", "hunspell-allow-en.txt")}


def _allow_list(lang: str = "da") -> set[str]:
    path = ROOT / "data" / DICTIONARIES[lang][2]
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def _has_dictionary(name: str) -> bool:
    if shutil.which("hunspell") is None:
        return False
    listing = subprocess.run(["hunspell", "-D"], capture_output=True, text=True, input="")
    return name in listing.stdout + listing.stderr


def misspelt(lang: str, texts: list[str]) -> list[str]:
    """The words of ``texts`` that hunspell does not know in ``lang`` and the allow-list
    does not name; skips (or fails, where SAMTALE_REQUIRE_HUNSPELL is set) without hunspell."""
    dictionary, package, _ = DICTIONARIES[lang]
    if not _has_dictionary(dictionary):
        if os.environ.get("SAMTALE_REQUIRE_HUNSPELL"):
            pytest.fail(f"hunspell with {dictionary} is required here (apt-get install hunspell {package})")
        pytest.skip(f"hunspell with the {dictionary} dictionary is not installed")
    result = subprocess.run(["hunspell", "-d", dictionary, "-l"], input="\n".join(texts),
                            capture_output=True, text=True, check=True)
    return sorted(set(result.stdout.split()) - _allow_list(lang))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_spelling_of_the_data(lang: str) -> None:
    texts = [re.sub(r"{\w+}", " ", text) for text in _strings(lang)]  # placeholders are not words
    assert misspelt(lang, texts) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_allow_list_is_short_and_documented(lang: str) -> None:
    path = ROOT / "data" / DICTIONARIES[lang][2]
    assert path.read_text(encoding="utf-8").startswith("#")
    assert len(_allow_list(lang)) <= 20


def test_crisis_and_violence_questions_tagged_coaching_say_when_they_fit(bundled: Banks) -> None:
    # The model: in acute crisis stabilise first; with violence safety first, not
    # coaching. A coaching question for these situations must say that it belongs
    # after the acute phase (or once she is safe), in both languages.
    after = re.compile(r"akut|sikker", re.IGNORECASE), re.compile(r"acute|safe", re.IGNORECASE)
    coached = [q for q in bundled.questions if ConversationType.COACHING in q.conversation_types
               and {"crisis_grief", "domestic_violence"} & set(q.situations)]
    missing = [q.id for q in coached
               if q.note is None or not after[0].search(q.note.da) or not after[1].search(q.note.en)]
    assert coached and missing == []
