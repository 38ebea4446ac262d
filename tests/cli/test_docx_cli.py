"""Word files: every .docx samtale writes, opened with python-docx and held against the
Markdown export of the same thing; templates; metadata without personal data."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Mm
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app

app = build_app()
runner = CliRunner()


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.stdout if code == 0 else result.output


def setup_process() -> None:
    run("process", "new", "forløb-a", "--goal", "Ordinær beskæftigelse", "--subgoal", "Praktik i en butik")
    run("process", "log", "forløb-a", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority",
        "--agreed", "Finde et praktiksted|rådgiveren|uge 42", "--alliance", "8,7,8,8", "--purpose", "Rammen")
    run("process", "log", "forløb-a", "--date", "2026-10-15", "--topic", "Praktikken=co_creative",
        "--agreed", "Ringe til butikken|borgeren|fredag", "--follow-up", "Søvnen *ikke* [x]", "--done", "a1",
        "--alliance", "goals=5,tasks=7,bond=8,overall=7", "--citizen", "6,7,9,5", "--account", "Jeg er træt")


def markdown_texts(markdown: str) -> list[str]:
    """What a reader sees in samtale's Markdown, a text per paragraph or table cell
    (written apart from core.wordfile, so that the two are held against each other)."""
    def inline(text: str) -> str:
        return re.sub(r"\\(.)|\*\*|\*", lambda m: m.group(1) or "", text).strip()

    texts = []
    for line in markdown.splitlines():
        line = line.strip()
        if not line or line == "&nbsp;" or re.fullmatch(r"\|(-+\|)+", line):
            continue
        if line.startswith("|"):
            texts += [inline(cell) for cell in line.strip("|").split(" | ")]
            continue
        line = re.sub(r"^#+ |^> ", "", line)
        line = re.sub(r"^- \[ \] ", "☐ ", re.sub(r"^- \[x\] ", "☑ ", line))
        texts.append(inline(line.removeprefix("- ")))
    return texts


def word_texts(document: Any) -> list[str]:
    """The texts of a Word file in body order: paragraphs, and table cells row by row."""
    texts = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            text = "".join(t.text or "" for t in child.iter(f"{{{child.nsmap['w']}}}t"))
            if text.strip():
                texts.append(text.strip())
        elif child.tag.endswith("}tbl"):
            table = next(t for t in document.tables if t._tbl is child)
            texts += [cell.text.strip() for row in table.rows for cell in row.cells if cell.text.strip()]
    return texts


def headings(document: Any) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def check_properties(document: Any, title: str, when: date) -> None:
    props = document.core_properties
    assert props.title == title
    assert props.author == "samtale" and props.last_modified_by == "samtale"
    assert props.comments == "" and props.subject == "" and props.keywords == ""
    assert props.created.date() == when
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert abs(section.left_margin - Mm(20)) < Mm(1)


def test_the_note_as_word_has_the_texts_of_its_markdown(tmp_path: Path) -> None:
    setup_process()
    run("process", "note", "forløb-a", "--output", str(tmp_path / "notat.docx"))
    document = docx.Document(str(tmp_path / "notat.docx"))
    markdown = run("process", "note", "forløb-a", "--format", "markdown")
    assert word_texts(document) == markdown_texts(markdown)
    assert headings(document)[:3] == ["Journalnotat (udkast)", "Formål", "Emner og samtaletyper"]
    assert "Aftaler" in headings(document) and "Alliancetjek" in headings(document)
    boxes = [p.text for p in document.paragraphs if p.text.startswith(("☐", "☑"))]
    assert boxes == ["☐ Ringe til butikken (hvem: borgeren; hvornår: fredag)", "☐ Søvnen *ikke* [x]",
                     "☑ Finde et praktiksted (rådgiveren, uge 42)"]
    check_properties(document, "Journalnotat (udkast) forløb-a 2026-10-15", date(2026, 10, 15))


def test_the_process_export_as_word_has_the_alliance_table_and_the_texts_of_its_markdown(tmp_path: Path) -> None:
    setup_process()
    run("process", "export", "forløb-a", "--output", str(tmp_path / "forløb.docx"))
    document = docx.Document(str(tmp_path / "forløb.docx"))
    markdown = run("process", "export", "forløb-a", "--format", "markdown")
    assert word_texts(document) == markdown_texts(markdown)
    (table,) = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [["Dato", "Mål", "Opgaver", "Relation", "Samlet"], ["2026-10-01", "8", "7", "8", "8"],
                    ["2026-10-15", "5 (6) ⚠", "7 (7)", "8 (9)", "7 (5) ⚠"]]
    assert any(p.text.startswith("⚠ ved et tal: en advarsel") for p in document.paragraphs)
    assert "Advarsler og forslag" in headings(document)
    assert any(p.text == "Mål faldt fra 8 til 5." for p in document.paragraphs)  # the drift flag
    check_properties(document, "Forløb forløb-a", date(2026, 10, 15))


def test_the_alliance_trend_and_flags_are_in_every_export_format() -> None:
    import json

    setup_process()
    data = json.loads(run("process", "export", "forløb-a"))
    assert [row["citizen"] for row in data["alliance_trend"]] == [
        None, {"goals": 6, "tasks": 7, "bond": 9, "overall": 5}]
    assert {"dimension": "goals", "kind": "drop", "previous": 8, "current": 5} in data["alliance_flags"]
    assert "| 2026-10-15 | 5 (6) ⚠ | 7 (7) | 8 (9) | 7 (5) ⚠ |" in run("process", "export", "forløb-a", "-f", "md")
    plain = run("process", "export", "forløb-a", "-f", "plain")
    assert "Mål: 8 → 5 (6)" in plain and "Mål faldt fra 8 til 5." in plain


def test_the_plan_as_word_has_the_texts_of_its_markdown(tmp_path: Path) -> None:
    run("plan", "--example", "--output", str(tmp_path / "plan.docx"))
    document = docx.Document(str(tmp_path / "plan.docx"))
    markdown = run("plan", "--example", "--format", "markdown")
    assert word_texts(document) == markdown_texts(markdown)
    assert headings(document)[:3] == ["Samtaleplan", "Emner og samtaletyper", "Start"]
    boxes = [p.text for p in document.paragraphs if p.text.startswith("☐")]
    assert len(boxes) == markdown.count("- [ ] ") > 10
    props = document.core_properties
    assert props.author == "samtale" and props.title.startswith("Samtaleplan ")


def make_template(path: Path, *, placeholder: bool = True) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Kommunen · {{samtale.titel}}"
    document.add_paragraph("Dato: {{samtale.dato}}")
    if placeholder:
        document.add_paragraph("{{samtale.indhold}}")
    document.add_paragraph("Med venlig hilsen")
    document.core_properties.author = "Mette Hansen"
    document.save(str(path))


def test_a_template_is_filled_at_its_placeholders(tmp_path: Path) -> None:
    setup_process()
    make_template(tmp_path / "skabelon.docx")
    target = tmp_path / "notat.docx"
    run("process", "note", "forløb-a", "--output", str(target), "--template", str(tmp_path / "skabelon.docx"))
    document = docx.Document(str(target))
    texts = word_texts(document)
    markdown = run("process", "note", "forløb-a", "--format", "markdown")
    assert texts == ["Dato: 15.10.2026", *markdown_texts(markdown), "Med venlig hilsen"]
    assert document.sections[0].header.paragraphs[0].text == "Kommunen · Journalnotat (udkast) forløb-a 2026-10-15"
    assert document.core_properties.author == "samtale"  # the template's author is not kept


def test_the_plan_takes_a_template_too(tmp_path: Path) -> None:
    make_template(tmp_path / "skabelon.docx")
    run("plan", "--example", "--output", str(tmp_path / "plan.docx"), "--template", str(tmp_path / "skabelon.docx"))
    assert "Samtaleplan" in headings(docx.Document(str(tmp_path / "plan.docx")))


@pytest.mark.parametrize("kind", ["no placeholder", "not word", "missing"])
def test_a_template_that_cannot_be_used_is_refused_and_nothing_is_written(kind: str, tmp_path: Path) -> None:
    setup_process()
    template = tmp_path / "skabelon.docx"
    if kind == "no placeholder":
        make_template(template, placeholder=False)
    elif kind == "not word":
        template.write_text("ikke en Word-fil", encoding="utf-8")
    target = tmp_path / "notat.docx"
    for args in (["process", "note", "forløb-a"], ["process", "export", "forløb-a"], ["plan", "--example"]):
        out = run(*args, "--output", str(target), "--template", str(template), code=2)
        assert "--template" in out and str(template) in out
        assert "{{samtale.indhold}}" in out if kind == "no placeholder" else True
        assert not target.exists()


def test_template_without_a_word_output_is_a_usage_error(tmp_path: Path) -> None:
    setup_process()
    make_template(tmp_path / "s.docx")
    out = run("process", "note", "forløb-a", "--template", str(tmp_path / "s.docx"), code=2)
    assert "--output" in out
    out = run("plan", "--example", "--output", str(tmp_path / "p.md"), "--template", str(tmp_path / "s.docx"), code=2)
    assert "--template" in out and not (tmp_path / "p.md").exists()


def test_an_english_note_as_word_is_english_through_and_through(tmp_path: Path) -> None:
    setup_process()
    run("process", "note", "forløb-a", "--lang", "en", "--output", str(tmp_path / "note.docx"))
    document = docx.Document(str(tmp_path / "note.docx"))
    assert headings(document)[:2] == ["Journal note (draft)", "Purpose"]
    assert word_texts(document) == markdown_texts(run("process", "note", "forløb-a", "--lang", "en", "-f", "md"))
    assert document.core_properties.language == "en-GB"
    assert not any(word in " ".join(word_texts(document)) for word in ("udfyld", "Aftaler", "hvornår"))
