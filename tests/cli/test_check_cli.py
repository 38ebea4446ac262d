"""`samtale check` / `tjek` through Typer's CliRunner: formats, input sources, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app

app = build_app()
runner = CliRunner()


def invoke(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_one_utterance_plain_in_danish() -> None:
    code, out, _ = invoke("tjek", "Har du søgt nogle job siden sidst?", "--format", "plain")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("Lukket spørgsmål (ja/nej) · sagsafklarende (")
    assert "ja eller nej" in lines[1]
    assert "Prøv fx:" in lines
    # A Danish screen: none of the English labels or ids.
    for english in ("closed", "case_clarifying", "case-clarifying", "Try", "sure", "Note"):
        assert english not in out


def test_json_schema() -> None:
    code, out, _ = invoke("check", "What would you like to get out of today?", "--lang", "en", "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert data["schema"] == "samtale.check/1" and data["count"] == 1
    item = data["utterances"][0]
    assert list(item) == ["text", "lang", "form", "kind", "confidence", "flags", "feedback", "suggestions"]
    assert item["form"] == "open" and item["kind"] == "framing" and 0 < item["confidence"] <= 1
    assert all(set(s) == {"id", "text"} for s in item["suggestions"]) and len(item["suggestions"]) <= 3


def test_file_and_stdin_give_one_result_per_line(tmp_path: Path) -> None:
    lines = "Hvordan går det?\n\nDu skal aflevere sedlen i morgen.\nVil du hellere mandag eller tirsdag?\n"
    path = tmp_path / "u.txt"
    path.write_text(lines, encoding="utf-8")
    _, from_file, _ = invoke("check", "--file", str(path), "--format", "json")
    _, from_stdin, _ = invoke("check", "--format", "json", stdin=lines)
    assert from_file == from_stdin
    forms = [u["form"] for u in json.loads(from_file)["utterances"]]
    assert forms == ["open", "statement", "helping"]


def test_table_shows_each_utterance() -> None:
    code, out, _ = invoke("check", "--format", "table", stdin="Hvorfor kom du ikke?\nFortæl om din uge.\n")
    assert code == 0, out
    assert "» Hvorfor kom du ikke?" in out and "Bemærk: hvorfor" in out


@pytest.mark.parametrize(("args", "stdin", "says"), [
    (["check", ""], None, "ingen tekst"),
    (["check", "?!?"], None, "ingen ord"),
    (["check", "a" * 10_000], None, "10000 tegn"),
    (["check", "Mit CPR-nummer er 010190-1234. Hvad nu?"], None, "CPR-nummer"),
    (["check", "--format", "json"], "Hvad så?\nhun hedder 0101901234\n", "linje 2"),
    (["check", "--situation", "mars", "Hvad så?"], None, "mars"),
    (["check", "--format", "xml", "Hvad så?"], None, "xml"),
])
def test_bad_input_is_a_clear_error(args: list[str], stdin: str | None, says: str) -> None:
    code, out, err = invoke(*args, stdin=stdin)
    assert code == 2 and out == ""
    assert says in err and "Traceback" not in err
    assert "1234" not in err


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(b"Hvad\x00\x01\x02")
    code, _, err = invoke("check", "--file", str(path))
    assert code == 2 and "ikke en tekstfil" in err


def test_situation_narrows_the_suggestions() -> None:
    code, out, _ = invoke("check", "Har du nogen gæld?", "--situation", "gæld", "--format", "json")
    assert code == 0, out
    assert json.loads(out)["utterances"][0]["suggestions"]


TRANSCRIPT = ("R: Velkommen. Hvad vil du gerne have ud af mødet i dag?\nB: Vide noget om praktikken.\n"
              "R: Har du været der hver dag?\nB: Nej.\nR: Var du syg?\nB: Ja.\n"
              "R: Hvad vil du gøre inden næste gang?\nB: Ringe til lægen.\n")


def test_transcript_formats(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    code, out, _ = invoke("check", "--transcript", str(path), "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert data["schema"] == "samtale.check.transcript/1"
    assert data["caseworker_turns"] == 4 and data["longest_closed_run"] == 2
    assert [r["turn"] for r in data["rework"]] == [3, 5]
    assert all(r["better"] for r in data["rework"])
    _, markdown, _ = invoke("tjek", "--transcript", str(path), "--format", "markdown")
    assert markdown.startswith("# Rollespillet: 8 replikker, heraf 4 fra rådgiveren")
    assert "- Replik 3: Har du været der hver dag?" in markdown
    _, english, _ = invoke("check", "--transcript", str(path), "--format", "plain", "--lang", "en")
    assert "The caseworker's share of the words" in english


def test_transcript_turns_are_escaped_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("R: Har du set [linket](http://x) <b>?\nB: Nej.\n", encoding="utf-8")
    _, markdown, _ = invoke("check", "--transcript", str(path), "--format", "markdown")
    assert "\\[linket\\]" in markdown and "<b>" not in markdown


@pytest.mark.parametrize(("content", "says"), [
    ("ingen mærker her\n", "ingen replikker"),
    ("A: Hej\nB: Hej\n", "rådgiverens mærke 'R'"),
    ("R: 010190-1234\n", "CPR-nummer"),
])
def test_bad_transcripts_are_clear_errors(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "t.txt"
    path.write_text(content, encoding="utf-8")
    code, out, err = invoke("check", "--transcript", str(path))
    assert code == 2 and out == "" and says in err and "1234" not in err


def test_transcript_and_text_do_not_mix(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    code, _, err = invoke("check", "Hej?", "--transcript", str(path))
    assert code == 2 and "--transcript" in err
