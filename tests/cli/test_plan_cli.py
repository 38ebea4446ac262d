"""`samtale plan` through the CLI (CliRunner): non-interactive runs, files, errors."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app

app = build_app()

runner = CliRunner()
WriteYaml = Callable[[str, str], Path]

ANSWERS = """
situation: gæld
intensity: gentle
topics:
  - title: Overblik over gælden
    decision_made: no
    frame_in_place: yes
    caseworker_must_act: no
    citizen_lacks_knowledge: yes
  - title: Næste skridt med budgettet
    decision_made: no
    frame_in_place: yes
    caseworker_must_act: no
    citizen_lacks_knowledge: no
    agenda_together: no
    goal_settled: yes
    citizen_has_answers: yes
    safety_first: no
    third_party: no
    type: co_creative
"""


def invoke(*args: str) -> object:
    return runner.invoke(app, ["plan", *args])


def ok(*args: str) -> object:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result


def test_example_shows_a_whole_plan() -> None:
    out = ok("--example").stdout
    for heading in ("Samtaleplan", "Start", "Midte", "Slut", "Refleksion til dig", "Borgeralliancen"):
        assert heading in out
    assert "Behov for ekspertviden" in out and "Samskabende" in out
    assert "Ikke coachende" in out  # a 'why not' line


def test_json_plan_schema(write_yaml: WriteYaml) -> None:
    answers = write_yaml("svar.yaml", ANSWERS)
    data = json.loads(ok("--answers", str(answers), "--no-input", "--format", "json").stdout)
    assert data["schema"] == "samtale.plan/1"
    assert data["situation"] == "debt" and data["intensity"] == "gentle"
    first, second = data["topics"]
    assert first["type"] == "advisory.expert" and not first["overridden"]
    assert second["type"] == "co_creative" and second["recommended_type"] == "coaching"
    assert second["overridden"] and second["why_not"]
    assert second["facts"]["citizen_has_answers"] is True
    assert set(data["phases"]) == {"start", "middle", "end"}
    assert [m["topic"] for m in data["phases"]["middle"]] == [1, 2]
    assert data["phases"]["middle"][0]["transition_after"]["kind"] == "framing"
    assert data["phases"]["middle"][1]["transition_after"] is None
    for question in data["phases"]["start"]["questions"]:
        assert set(question) == {"id", "text", "kind", "own"}
    assert 3 <= len(data["reflection"]) <= 6
    assert data["picks"]["start"] == [q["id"] for q in data["phases"]["start"]["questions"]]


def test_picks_in_the_answers_file_are_used(write_yaml: WriteYaml) -> None:
    text = ANSWERS + "picks:\n  start: [fr-purpose-01, {own: Hvad vil du helst nå i dag?}]\n"
    answers = write_yaml("svar.yaml", text)
    data = json.loads(ok("--answers", str(answers), "--no-input", "--format", "json").stdout)
    start = data["phases"]["start"]["questions"]
    assert [q["id"] for q in start] == ["fr-purpose-01", None]
    assert start[1] == {"id": None, "text": "Hvad vil du helst nå i dag?", "kind": None, "own": True}


def test_markdown_file_is_a_printable_one_pager(write_yaml: WriteYaml, tmp_path: Path) -> None:
    answers = write_yaml("svar.yaml", ANSWERS)
    target = tmp_path / "plan.md"
    result = ok("--answers", str(answers), "--no-input", "--output", str(target))
    assert "Planen er gemt i" in result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Samtaleplan\n")
    assert "**Dato:**" in text and "## Emner og samtaletyper" in text
    assert text.count("- [ ] ") >= 15
    assert "Du valgte Samskabende; træet anbefalede Coachende." in text
    assert "## Noter" in text


def test_html_file_is_well_formed_and_prints_on_a4(write_yaml: WriteYaml, tmp_path: Path) -> None:
    answers = write_yaml("svar.yaml", ANSWERS)
    target = tmp_path / "plan.html"
    ok("--answers", str(answers), "--no-input", "--output", str(target), "--lang", "en")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    root = ET.fromstring(text.removeprefix("<!DOCTYPE html>\n"))  # well-formed XML
    assert root.tag == "html" and root.get("lang") == "en"
    assert "size: A4" in text
    assert len(root.findall(".//ul[@class='checks']/li")) >= 15


def test_json_file(write_yaml: WriteYaml, tmp_path: Path) -> None:
    answers = write_yaml("svar.yaml", ANSWERS)
    target = tmp_path / "plan.json"
    ok("--answers", str(answers), "--no-input", "--output", str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "samtale.plan/1"


def test_existing_file_needs_force(write_yaml: WriteYaml, tmp_path: Path) -> None:
    answers = write_yaml("svar.yaml", ANSWERS)
    target = tmp_path / "plan.md"
    target.write_text("mine noter\n", encoding="utf-8")
    result = invoke("--answers", str(answers), "--no-input", "--output", str(target))
    assert result.exit_code == 1
    assert "findes allerede; brug --force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine noter\n"
    ok("--answers", str(answers), "--no-input", "--output", str(target), "--force")
    assert target.read_text(encoding="utf-8").startswith("# Samtaleplan")


def test_no_tty_and_no_answers_is_a_clear_error() -> None:
    result = invoke()
    assert result.exit_code == 2
    assert "--answers FIL --no-input" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("decision_made: no\n", "mangler svar (ja/nej) på: {file}:1: topics[1].frame_in_place"),
        ("situation: gæld\n", "svarfilen har ingen emner"),
        ("decision_made: perhaps\n", "svarfil {file}:1: decision_made: 'perhaps' er hverken ja eller nej"),
        ("decison_made: no\n", "svarfil {file}:1: decison_made: ukendt nøgle 'decison_made' (tilladt: "),
        ("topics:\n  - {decision_made: yes, type: coach}\n", "{file}:2: topics[1].type: ukendt samtaletype 'coach'"),
        ("situation: månen\ndecision_made: yes\n", "svarfil {file}:1: situation: ukendt situation 'månen'"),
        ("topics:\n  - title: Job\n    situation: månen\n    decision_made: yes\n",
         "svarfil {file}:3: topics[1].situation: ukendt situation 'månen'"),
        ("topics:\n  - title: Job\n    decision_made: no\n  - title: Bolig\n    decision_made: no\n",
         "{file}:2: topics[1].frame_in_place, {file}:4: topics[2].frame_in_place"),
        ("topics:\n  - title: Samtale om 010190-1234\n    decision_made: yes\n",
         "{file}:2: teksten ligner et CPR-nummer"),  # found while reading, at its line
        ("decision_made: yes\npicks:\n  start: [fr-nope-01]\n", "svarfil {file}:3: picks.start: ukendt spørgsmåls-id"),
    ],
)
def test_bad_answers_exit_2_and_say_what_and_where(write_yaml: WriteYaml, text: str, message: str) -> None:
    answers = write_yaml("svar.yaml", text)
    result = invoke("--answers", str(answers), "--no-input")
    assert result.exit_code == 2, result.output
    assert message.format(file=answers) in result.stderr, result.stderr


def test_a_bad_situation_on_the_command_line_is_the_flags(write_yaml: WriteYaml) -> None:
    answers = write_yaml("svar.yaml", "situation: gæld\ndecision_made: yes\n")
    result = invoke("--answers", str(answers), "--no-input", "--situation", "månen")
    assert result.exit_code == 2
    assert "--situation: ukendt situation 'månen'" in result.stderr and "svar.yaml" not in result.stderr


def test_output_suffix_is_checked_before_anything_else(tmp_path: Path) -> None:
    result = invoke("--example", "--output", str(tmp_path / "plan.pdf"))
    assert result.exit_code == 2
    assert "ukendt filtype '.pdf'" in result.stderr
    assert not (tmp_path / "plan.pdf").exists()


def test_command_line_beats_the_answers_file(write_yaml: WriteYaml) -> None:
    answers = write_yaml("svar.yaml", ANSWERS)
    data = json.loads(ok("--answers", str(answers), "--no-input", "--format", "json",
                         "--intensity", "strong", "--situation", "bolig").stdout)
    assert data["intensity"] == "strong" and data["situation"] == "housing"


def test_show_tree_draws_every_question() -> None:
    out = ok("--show-tree").stdout
    from samtalecoach.content.tree_loader import load_tree

    tree = load_tree()
    for node in tree.nodes.values():
        assert node.text.da[:40] in out.replace("\n", " ") or node.text.da[:20] in out
    assert "Coachende" in out and "Beslutningen er truffet" in out
    assert "Coaching" in ok("--show-tree", "--lang", "en").stdout


def test_english_plan() -> None:
    out = ok("--example", "--lang", "en", "--format", "markdown").stdout
    assert out.startswith("# Conversation plan")
    assert "## Reflection for you" in out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_show_tree_at_40_columns_cuts_no_word(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    import re

    from samtalecoach.content.tree_loader import load_tree
    from samtalecoach.core.i18n import label
    from samtalecoach.core.model import Lang

    monkeypatch.setenv("COLUMNS", "40")
    out = ok("--show-tree", "--lang", lang).stdout
    tree, language = load_tree(), Lang(lang)
    known = " ".join([*(n.text.get(language) for n in tree.nodes.values()),
                      *(label(language, o.type) for o in tree.outcomes.values())])
    words = set(re.findall(r"[^\W\d_]+", known))
    # the numbered list: every question and outcome word whole, no line over 40
    listed = out.split("\n\n")[0]
    assert all(len(line) <= 40 for line in out.splitlines())
    assert set(re.findall(r"[^\W\d_]+", listed)) - words <= {"ja", "nej", "yes", "no", "spørgsmål", "question"}
    assert "8." in listed
