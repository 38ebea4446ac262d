"""Domain tests for loading and validating bank files, one per error path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from samtalecoach.content.banks import load_banks
from samtalecoach.core.errors import DataError
from samtalecoach.core.model import ConversationType, Form, Intensity, Kind, Phase

from ..helpers import Lang, english, problem_text

WriteYaml = Callable[[str, str], Path]

BASE = """
families:
  - id: scaling
    name: {da: Skalering, en: Scaling}
situations:
  - id: debt
    aliases: [gæld, money]
    name: {da: Gæld, en: Debt}
    description: {da: Borgere med gæld., en: Citizens with debt.}
    care_notes:
      - {da: Tag det roligt., en: Take it slowly.}
"""

QUESTION = """
questions:
  - id: dev-scale-01
    kind: developing
    form: open
    intensity: gentle
    phases: [middle]
    conversation_types: [coaching]
    situations: [debt]
    family: scaling
    text:
      da: Hvor er du på en skala fra 0 til 10?
      en: Where are you on a scale from 0 to 10?
"""


def load(write_yaml: WriteYaml, questions: str, base: str = BASE) -> object:
    files = [write_yaml("base.yaml", base), write_yaml("q.yaml", questions)]
    return load_banks(files)


def problems(write_yaml: WriteYaml, questions: str, base: str = BASE) -> list[str]:
    with pytest.raises(DataError) as info:
        load(write_yaml, questions, base)
    return english(info.value)


def test_valid_question_loads_into_the_model(write_yaml: WriteYaml) -> None:
    banks = load(write_yaml, QUESTION)
    (q,) = banks.questions  # type: ignore[attr-defined]
    assert q.id == "dev-scale-01"
    assert q.kind is Kind.DEVELOPING
    assert q.form is Form.OPEN
    assert q.intensity is Intensity.GENTLE
    assert q.phases == (Phase.MIDDLE,)
    assert q.conversation_types == (ConversationType.COACHING,)
    assert q.situations == ("debt",)
    assert q.family == "scaling"
    assert q.text.en == "Where are you on a scale from 0 to 10?"
    assert q.source is not None and q.source.file.endswith("q.yaml") and q.source.line == 2
    situation = banks.situation("debt")  # type: ignore[attr-defined]
    assert situation.aliases == ("gæld", "money")


def test_unknown_phase_names_file_line_item_and_choices(write_yaml: WriteYaml) -> None:
    found = problems(write_yaml, QUESTION.replace("[middle]", "[midle]"))
    assert len(found) == 1
    assert found[0].endswith(
        "q.yaml:6: question 'dev-scale-01': unknown phase 'midle' (expected start, middle, end)"
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("kind: developing", "kind: developping",
         ":3: question 'dev-scale-01': unknown kind 'developping' (expected framing, "
         "case_clarifying, developing, action_clarifying)"),
        ("form: open", "form: opn", ":4: question 'dev-scale-01': unknown form 'opn'"),
        ("intensity: gentle", "intensity: hard",
         ":5: question 'dev-scale-01': unknown intensity 'hard' (expected gentle, moderate, strong)"),
        ("[coaching]", "[coach]", ":7: question 'dev-scale-01': unknown conversation type 'coach'"),
        ("[debt]", "[dept]", ":8: question 'dev-scale-01': unknown situation 'dept' (expected one of: debt)"),
        ("family: scaling", "family: scale",
         ":9: question 'dev-scale-01': unknown family 'scale' (expected one of: scaling)"),
        ("    family: scaling\n", "    family: scaling\n    colour: red\n",
         ":10: question 'dev-scale-01': unknown field 'colour'"),
        ("      en: Where are you on a scale from 0 to 10?\n", "",
         ":10: question 'dev-scale-01': field 'text': missing translation 'en'"),
        ("Where are you on a scale from 0 to 10?", "''",
         ":10: question 'dev-scale-01': field 'text': 'en' text is empty"),
        ("Where are you on a scale from 0 to 10?", "42",
         ":10: question 'dev-scale-01': field 'text': 'en' must be text, got a number"),
        ("Where are you on a scale from 0 to 10?", "Where are you.",
         ":10: question 'dev-scale-01': the 'en' text must end with '?'"),
        ("[middle]", "middle", ":6: question 'dev-scale-01': field 'phases' must be a list"),
        ("[middle]", "[]", ":6: question 'dev-scale-01': field 'phases' must not be empty"),
        ("[middle]", "[middle, middle]", ":6: question 'dev-scale-01': phase 'middle' is listed twice"),
        ("    intensity: gentle\n", "", ":2: question 'dev-scale-01': missing field 'intensity'"),
        ("      da: Hvor", "      fr: Où\n      da: Hvor",
         ":10: question 'dev-scale-01': field 'text': unknown language 'fr' (expected da, en)"),
        ("id: dev-scale-01", "id: Dev Scale", ":2: question #1: invalid id 'Dev Scale'"),
        ("    kind: developing\n", "    kind: developing\n    kind: framing\n",
         ":4: key 'kind' appears twice in the same mapping"),
    ],
)
def test_each_bad_field_is_reported_with_its_line(
    write_yaml: WriteYaml, old: str, new: str, expected: str
) -> None:
    changed = QUESTION.replace(old, new, 1)
    assert changed != QUESTION
    found = problems(write_yaml, changed)
    assert any(expected in p for p in found), found


def test_duplicate_id_across_files_names_the_first_definition(write_yaml: WriteYaml) -> None:
    files = [
        write_yaml("base.yaml", BASE),
        write_yaml("a.yaml", QUESTION),
        write_yaml("b.yaml", QUESTION),
    ]
    with pytest.raises(DataError) as info:
        load_banks(files)
    (problem,) = info.value.problems
    assert problem.file.endswith("b.yaml") and problem.line == 2
    assert "duplicate id (first defined at" in problem_text(Lang.EN, problem)
    assert "a.yaml:2)" in problem_text(Lang.EN, problem)


def test_malformed_yaml_gives_file_and_line(write_yaml: WriteYaml) -> None:
    broken = QUESTION.replace("    form: open\n", "    form: [open\n")
    found = problems(write_yaml, broken)
    assert len(found) == 1
    assert "q.yaml:" in found[0] and "not valid YAML" in found[0]
    line = int(found[0].split("q.yaml:")[1].split(":")[0])
    assert 4 <= line <= 6


def test_unknown_section_and_non_list_section(write_yaml: WriteYaml) -> None:
    found = problems(write_yaml, "questons: []\nsituations: 3\n")
    assert any(":1: unknown section 'questons'" in p for p in found)
    assert any(":2: section 'situations' must be a list" in p for p in found)


def test_empty_file_and_non_mapping_file(write_yaml: WriteYaml) -> None:
    assert any(":1: the file is empty" in p for p in problems(write_yaml, ""))
    assert any("expected a mapping" in p for p in problems(write_yaml, "- a\n- b\n"))


def test_entry_that_is_not_a_mapping(write_yaml: WriteYaml) -> None:
    found = problems(write_yaml, "questions:\n  - just text\n")
    assert any("every entry of 'questions' must be a mapping" in p for p in found)


def test_file_that_is_not_utf8(tmp_path: Path, write_yaml: WriteYaml) -> None:
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("questions: []\n# sp\xf8rgsm\xe5l\n".encode("latin-1"))
    with pytest.raises(DataError) as info:
        load_banks([write_yaml("base.yaml", BASE), bad])
    assert "not UTF-8" in "\n".join(english(info.value))


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path, write_yaml: WriteYaml) -> None:
    with pytest.raises(DataError) as info:
        load_banks([write_yaml("base.yaml", BASE), tmp_path / "gone.yaml"])
    assert "cannot read the file" in "\n".join(english(info.value))


def test_situation_alias_used_twice(write_yaml: WriteYaml) -> None:
    base = BASE + """
  - id: housing
    aliases: [money]
    name: {da: Bolig, en: Housing}
    description: {da: Om bolig., en: About housing.}
    care_notes:
      - {da: Lyt., en: Listen.}
"""
    found = problems(write_yaml, QUESTION, base)
    assert any("alias 'money' is already used by situation 'debt'" in p for p in found)


def test_situation_needs_care_notes_with_both_languages(write_yaml: WriteYaml) -> None:
    base = BASE.replace("{da: Tag det roligt., en: Take it slowly.}", "{da: Tag det roligt.}")
    found = problems(write_yaml, QUESTION, base)
    assert any("situation 'debt': field 'care_notes' entry 1: missing translation 'en'" in p
               for p in found)


def test_reflection_question_is_validated(write_yaml: WriteYaml) -> None:
    reflection = """
reflection_questions:
  - id: refl-1
    moment: befor
    theme: role
    text: {da: Hvad er din rolle?, en: What is your role?}
"""
    found = problems(write_yaml, reflection)
    assert any(":3: reflection question 'refl-1': unknown moment 'befor' (expected before, "
               "during, after)" in p for p in found)


def test_all_problems_are_reported_at_once(write_yaml: WriteYaml) -> None:
    two = QUESTION + QUESTION.replace("questions:\n", "").replace("dev-scale-01", "dev-scale-02")
    two = two.replace("form: open", "form: x").replace("intensity: gentle", "intensity: y")
    assert len(problems(write_yaml, two)) == 4


def test_yaml_values_resolve_like_the_safe_loader() -> None:
    from samtalecoach.content.yamlsrc import parse_yaml

    doc, found = parse_yaml(
        "a: yes\nb: 12\nc: '12'\nd: ~\ne: &x [1, 2]\nf: *x\ng: 1.5\nh: text\n", "t.yaml"
    )
    assert found == []
    assert doc == {"a": True, "b": 12, "c": "12", "d": None, "e": [1, 2], "f": [1, 2],
                   "g": 1.5, "h": "text"}
    assert doc.line_of("e") == 5
    keys, _ = parse_yaml("yes: 1\nno: 2\n3: x\n", "t.yaml")
    assert list(keys) == ["yes", "no", "3"]  # keys are names, never booleans


def test_yes_as_a_translation_is_caught(write_yaml: WriteYaml) -> None:
    found = problems(write_yaml, QUESTION.replace("Where are you on a scale from 0 to 10?", "yes"))
    assert any("field 'text': 'en' must be text, got yes/no" in p for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: !!python/object:os.system {}\n", "t.yaml:1: not valid YAML"),
        ("a: 1\n---\nb: 2\n", "t.yaml:2: not valid YAML: only one YAML document"),
        ("a: !!python/name:os.system x\n", "t.yaml:1: not valid YAML"),
        ("a: !!set {x}\n", "t.yaml:1: not valid YAML: tag"),
        ("a: *nowhere\n", "t.yaml:1: not valid YAML"),
        ("a: [1, 2\n", "t.yaml:2: not valid YAML"),
    ],
)
def test_unsafe_or_broken_yaml_is_refused(text: str, expected: str) -> None:
    from samtalecoach.content.yamlsrc import parse_yaml

    doc, found = parse_yaml(text, "t.yaml")
    assert doc is None
    assert len(found) == 1 and problem_text(Lang.EN, found[0]).startswith(expected), found
