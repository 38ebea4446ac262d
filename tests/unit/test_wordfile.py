"""core.wordfile: samtale's Markdown read back as Word blocks, and templates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from samtalecoach.core.errors import UsageError
from samtalecoach.core.markup import md
from samtalecoach.core.model import Lang
from samtalecoach.core.wordfile import DocInfo, block_texts, blocks, document_text, docx_bytes, plain, runs

INFO = DocInfo("Titel", date(2026, 10, 15), Lang.DA)


@pytest.mark.parametrize("text", ["*ikke* fed", "a **b** c", "[x] <b> # | \\ ` _x_", "☐ 5 · 7", "**Mål:** 8"])
def test_escaped_text_comes_back_as_typed(text: str) -> None:
    assert plain(md(text)) == " ".join(text.split())


def test_runs_carry_bold_and_italic() -> None:
    assert list(runs("**Mål:** 8 *og* \\*9\\*")) == [("Mål:", True, False), (" 8 ", False, False),
                                                      ("og", False, True), (" *9*", False, False)]


def test_blocks_of_each_kind() -> None:
    markdown = "# A\n\n- [ ] b\n  - [x] c\n- d\n1. **e** — f\n> g\n&nbsp;\n| h | i |\n|---|---|\n| 1 | 2 (3) |\n\nj\n"
    kinds = [(b.kind, b.level) for b in blocks(markdown)]
    assert kinds == [("heading", 1), ("check", 0), ("check", 1), ("bullet", 0), ("number", 0), ("quote", 0),
                     ("space", 0), ("table", 0), ("para", 0)]
    assert block_texts(markdown) == ["A", "☐ b", "☑ c", "d", "1. e — f", "g", "h", "i", "1", "2 (3)", "j"]


def test_a_new_document_has_the_structure_and_no_personal_properties(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(docx_bytes("# Titel\n\n## Del\n\n- [ ] Ring\n", INFO))
    document = docx.Document(str(path))
    assert [(p.style.name, p.text) for p in document.paragraphs] == [
        ("Heading 1", "Titel"), ("Heading 2", "Del"), ("Normal", "☐ Ring")]
    assert document.core_properties.author == "samtale" and document.core_properties.comments == ""


def test_a_cpr_number_anywhere_in_the_result_is_refused(tmp_path: Path) -> None:
    template = tmp_path / "t.docx"
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Sag 010190-1234"
    document.add_paragraph("{{samtale.indhold}}")
    document.save(str(template))
    with pytest.raises(UsageError) as caught:
        docx_bytes("Fint", INFO, template=template, where="ud.docx")
    assert caught.value.key == "error.cpr_write"
    with pytest.raises(UsageError):
        docx_bytes("Født **0101**901234", INFO)  # split over runs, still one number


def test_a_placeholder_split_over_runs_is_filled(tmp_path: Path) -> None:
    template = tmp_path / "t.docx"
    document = docx.Document()
    paragraph = document.add_paragraph("Om: {{samtale.")
    paragraph.add_run("titel}} den {{samtale.dato}}")
    document.add_paragraph("{{samtale.content}}")
    document.save(str(template))
    text = document_text(docx_bytes("Indhold", INFO, template=template))
    assert "Om: Titel den 15.10.2026" in text and "Indhold" in text and "{{" not in text
