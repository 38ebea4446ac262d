"""CLI tests with Typer's CliRunner: options, formats, errors and exit codes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app
from samtalecoach.core.model import Banks, Kind

from ..conftest import ROOT
from ..unit.test_banks import QUESTION

app = build_app()

runner = CliRunner()
WriteYaml = Callable[[str, str], Path]


def run(*args: str, env: dict[str, str] | None = None) -> object:
    return runner.invoke(app, list(args), env=env)


def ok(*args: str, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_version() -> None:
    assert ok("--version").strip() == "samtale 0.1.0"


def test_json_has_the_documented_fields() -> None:
    data = json.loads(ok("questions", "-k", "developing", "--format", "json"))
    assert data["schema"] == "samtale.questions/1"
    assert data["lang"] == "da"
    assert data["count"] == len(data["questions"]) >= 60
    first = data["questions"][0]
    assert list(first) == ["id", "text", "kind", "form", "phases", "conversation_types",
                           "situations", "intensity", "family", "note"]
    assert {q["kind"] for q in data["questions"]} == {"developing"}


def test_filters_combine_on_the_command_line() -> None:
    data = json.loads(ok("questions", "-k", "framing", "-k", "action_clarifying", "-p", "end",
                         "--form", "open", "--intensity", "gentle", "-t", "coaching",
                         "--format", "json"))
    assert data["count"] > 0
    for q in data["questions"]:
        assert q["kind"] in {"framing", "action_clarifying"}
        assert "end" in q["phases"] and q["form"] == "open" and q["intensity"] == "gentle"
        assert "coaching" in q["conversation_types"]


def test_situation_alias_and_specific_only() -> None:
    data = json.loads(ok("questions", "-s", "stress", "--specific", "--format", "json"))
    assert data["count"] >= 12
    assert all(q["situations"] and "mental_health" in q["situations"] for q in data["questions"])


def test_kind_accepts_danish_names() -> None:
    a = json.loads(ok("questions", "-k", "udviklende", "--format", "json"))
    b = json.loads(ok("questions", "-k", "developing", "--format", "json"))
    assert a == b


def test_search_praktik_forgives_keyboard_and_typo() -> None:
    exact = json.loads(ok("questions", "--search", "praktik", "--format", "json"))
    assert exact["count"] >= 5
    assert all("praktik" in (q["text"] + str(q["note"])).lower() for q in exact["questions"])
    typo = json.loads(ok("questions", "--search", "praktk", "--format", "json"))
    assert {q["id"] for q in exact["questions"]} <= {q["id"] for q in typo["questions"]}


def test_search_oe_for_oe() -> None:
    folded = json.loads(ok("questions", "--search", "oekonomi", "--format", "json"))
    plain = json.loads(ok("questions", "--search", "økonomi", "--format", "json"))
    assert plain["count"] > 0 and folded == plain


def test_english() -> None:
    out = ok("questions", "-k", "developing", "--lang", "en", "--format", "plain")
    assert out.startswith("Developing questions (")
    env_out = ok("questions", "-k", "developing", "--format", "plain", env={"SAMTALE_LANG": "en"})
    assert env_out == out


def test_plain_format_has_a_heading_and_id_lines(bundled: Banks) -> None:
    out = ok("questions", "-k", "framing", "--format", "plain")
    lines = out.splitlines()
    assert re.fullmatch(r"Rammesættende spørgsmål \(\d+\)", lines[0])
    assert all(re.fullmatch(r"[a-z]+-[a-z0-9-]+: .+\?", line) for line in lines[1:])
    # ids keep their prefix when a question moves to another kind: ask the banks instead
    kinds = {q.id: q.kind for q in bundled.questions}
    assert {kinds[line.split(":")[0]] for line in lines[1:]} == {Kind.FRAMING}
    assert len(lines) - 1 == sum(kind is Kind.FRAMING for kind in kinds.values())
    assert "\x1b[" not in out


def test_markdown_format() -> None:
    out = ok("questions", "-k", "framing", "-p", "end", "--format", "markdown")
    assert out.startswith("## Rammesættende spørgsmål (")
    assert re.search(r"^- .+\?  $", out, re.M)


def test_table_format_groups_by_kind_without_colour_when_piped() -> None:
    out = ok("questions", "--random", "8", "--seed", "3", "--format", "table")
    assert "\x1b[" not in out
    assert "spørgsmål (" in out


def test_random_with_seed_is_repeatable() -> None:
    a = ok("questions", "--random", "5", "--seed", "42", "--format", "json")
    assert a == ok("questions", "--random", "5", "--seed", "42", "--format", "json")
    assert json.loads(a)["count"] == 5


def test_no_match_says_so_and_hints() -> None:
    result = run("questions", "--search", "xylofonkvartet")
    assert result.exit_code == 1
    assert "Ingen spørgsmål passer til: --search 'xylofonkvartet'" in result.stderr
    assert "Tip:" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["questions", "-k", "develop"], "--kind: unknown value 'develop' (expected framing,"),
        (["questions", "-p", "midle"], "--phase: unknown value 'midle'"),
        (["questions", "-s", "nowhere"], "--situation: unknown situation 'nowhere'"),
        (["questions", "--format", "pdf"], "--format: unknown format 'pdf'"),
        (["questions", "--random", "0"], "--random"),
        (["questions", "--bank-dir", "/no/such/dir"], "--bank-dir: '/no/such/dir' is not a directory"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(args: list[str], message: str) -> None:
    result = run(*args, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_usage_errors_are_danish_by_default() -> None:
    result = run("questions", "-k", "develop")
    assert result.exit_code == 2
    assert "samtale: fejl: --kind: ukendt værdi 'develop' (forventede framing," in result.stderr
    result = run("questions", "--lang", "de")
    assert result.exit_code == 2
    assert "ukendt sprog 'de' i --lang (brug da eller en)" in result.stderr


def test_bad_env_lang_is_named() -> None:
    result = run("questions", env={"SAMTALE_LANG": "fr"})
    assert result.exit_code == 2
    assert "SAMTALE_LANG" in result.stderr


def test_own_bank_dir_is_merged(tmp_path: Path, write_yaml: WriteYaml) -> None:
    own = QUESTION.replace("[debt]", "[debt, housing]")
    write_yaml("mine/extra.yaml", own.replace("dev-scale-01", "mine-scale-01"))
    data = json.loads(ok("questions", "--bank-dir", str(tmp_path / "mine"), "--search",
                         "skala fra 0 til 10", "--format", "json"))
    assert "mine-scale-01" in {q["id"] for q in data["questions"]}
    env_data = json.loads(ok("questions", "--search", "skala fra 0 til 10", "--format", "json",
                             env={"SAMTALE_BANKS": str(tmp_path / "mine")}))
    assert env_data == data


def test_broken_own_bank_is_reported_with_file_and_line(
    tmp_path: Path, write_yaml: WriteYaml
) -> None:
    bad = QUESTION.replace("dev-scale-01", "mine-01").replace("[middle]", "[midle]")
    write_yaml("mine/bad.yaml", bad)
    result = run("questions", "--bank-dir", str(tmp_path / "mine"))
    assert result.exit_code == 1
    # In the user's language: Danish by default, English with --lang en.
    assert re.search(r"bad\.yaml:6: spørgsmål 'mine-01': ukendt fase 'midle'", result.stderr)
    assert "Traceback" not in result.output
    result = run("questions", "--bank-dir", str(tmp_path / "mine"), "--lang", "en")
    assert re.search(r"bad\.yaml:6: question 'mine-01': unknown phase 'midle'", result.stderr)


def test_banks_check_shows_coverage() -> None:
    out = ok("banks", "check")
    assert "Spørgsmålstype × fase" in out and "Pr. samtaletype" in out and "Pr. situation" in out
    assert re.search(r"Alt i orden: \d+ spørgsmål, 13 situationer", out)


def test_banks_check_fails_on_bad_dir(tmp_path: Path, write_yaml: WriteYaml) -> None:
    write_yaml("mine/bad.yaml", QUESTION.replace("dev-scale-01", "m-1").replace("[debt]", "[dbt]"))
    result = run("banks", "check", str(tmp_path / "mine"), "--lang", "en")
    assert result.exit_code == 1
    assert "unknown situation 'dbt'" in result.stderr
    assert "1 problems in the banks." in result.stderr


def test_situations_lists_all_with_care_notes() -> None:
    data = json.loads(ok("situations", "--format", "json"))
    assert len(data["situations"]) == 13
    assert all(s["care_notes"] and s["questions"] >= 12 for s in data["situations"])
    plain = ok("situations", "--format", "plain", "--lang", "en")
    assert "Sick leave" in plain


def test_danish_aliases() -> None:
    assert ok("spørgsmål", "-k", "framing", "--format", "json") == ok(
        "questions", "-k", "framing", "--format", "json")
    assert ok("situationer", "--format", "json") == ok("situations", "--format", "json")


def _commands() -> list[list[str]]:
    """Every visible command, as the words that run it."""
    names = [[c.name] for c in app.registered_commands if not c.hidden and c.name]
    for group in app.registered_groups:
        if not group.hidden and group.name:
            names += [[group.name, c.name] for c in group.typer_instance.registered_commands if c.name]
    return names


def test_the_command_list_is_complete() -> None:
    assert len(_commands()) >= 10
    assert ["process", "delete"] in _commands() and ["banks", "check"] in _commands()


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_help_has_an_example(command: list[str], lang: str) -> None:
    out = ok(*command, "--help", env={"SAMTALE_LANG": lang})
    body = "\n".join(line for line in out.splitlines() if "Usage:" not in line and "Brug:" not in line)
    assert "samtale " + " ".join(command) in body


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in _commands():
        assert "samtale " + " ".join(command) in readme, command


def _readme_examples() -> list[tuple[str, str]]:
    """(command, output) for README blocks that start with '$ samtale' and can be re-run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"```\n(\$ samtale .*?)```", readme, re.S):
        command, _, output = block.partition("\n")
        if "|" in command or "…" in output or "./" in command or "process" in command:
            continue  # pipes, shortened output, user directories and stored data: shown only
        examples.append((command.removeprefix("$ "), output))
    return examples


@pytest.mark.parametrize(("command", "expected"), _readme_examples())
def test_readme_examples_are_real_output(command: str, expected: str) -> None:
    import shlex

    # CliRunner has no terminal either, so '< /dev/null' needs no redirect here.
    args = shlex.split(command.removesuffix(" < /dev/null"))[1:]
    if args[0] == "questions" and "--format" not in args:
        args += ["--format", "table"]  # the README shows what a terminal gets
    result = runner.invoke(app, args, env={"COLUMNS": "80"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output

    def lines(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.strip().splitlines())

    assert lines(result.output) == lines(expected)


def test_readme_has_runnable_examples() -> None:
    assert len(_readme_examples()) >= 5


def test_plain_separates_situation_questions_from_general_ones() -> None:
    out = ok("questions", "-k", "developing", "-s", "gæld", "--format", "plain")
    lines = out.splitlines()
    assert re.fullmatch(r"Udviklende spørgsmål \(\d+\)", lines[0])
    assert re.fullmatch(r"Særligt til situationen \(\d+\):", lines[1])
    general = lines.index(next(line for line in lines if line.startswith("Generelle spørgsmål (")))
    specific_ids = {line.split(":")[0] for line in lines[2:general]}
    data = json.loads(ok("questions", "-k", "developing", "-s", "debt", "--specific",
                         "--format", "json"))
    assert specific_ids == {q["id"] for q in data["questions"]}


def test_app_for_builds_only_the_named_command() -> None:
    from samtalecoach.cli.app import app_for

    slim = app_for(["questions", "-k", "developing"])
    assert [c.name for c in slim.registered_commands] == ["questions"]
    assert slim.registered_groups == []
    assert [g.name for g in app_for(["process", "list"]).registered_groups] == ["process"]
    assert [c.name for c in app_for(["øv"]).registered_commands] == ["øv"]
    whole = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    for argv in (["--version"], [], ["nonsense"]):
        rebuilt = app_for(argv)
        assert {c.name for c in rebuilt.registered_commands} | {g.name for g in rebuilt.registered_groups} == whole
    args = ["questions", "-k", "framing", "--format", "json"]
    assert runner.invoke(slim, args).stdout == runner.invoke(app, args).stdout
