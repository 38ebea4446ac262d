"""Word files (.docx): samtale's Markdown exports written as real Word structure.

Every .docx samtale writes is made from the Markdown of the same export, so the
texts in it are the texts of the Markdown: ``#`` headings become Word headings,
``- [ ]`` items paragraphs that start with a real check box (☐, ☑ when done),
``-`` items bulleted paragraphs, ``|`` rows a table, ``**bold**`` and ``*italic*``
runs. Only the small Markdown samtale itself writes is read (see
``core.markup.md``: every user text in it is escaped).

A new document is A4 with 2 cm margins. ``--template`` fills a Word file of the
user's own (letterhead, styles) at its placeholders instead (README, "Word
templates"). The document properties hold the title and the date, and the
author is "samtale": no personal data in the metadata. python-docx is imported
here only, and only when a .docx is written, so start-up does not pay for it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import Lang
from samtalecoach.core.privacy import refuse_cpr

#: The placeholders a template may hold, in Danish and English; CONTENT is required and
#: must be a paragraph of its own (the document goes there).
CONTENT = ("{{samtale.indhold}}", "{{samtale.content}}")
TITLE = ("{{samtale.titel}}", "{{samtale.title}}")
DATE = ("{{samtale.dato}}", "{{samtale.date}}")
AUTHOR = "samtale"
MARGIN_MM = 20

_INLINE = re.compile(r"\\(.)|(\*\*)|(\*)")
_ITEM = re.compile(r"^( *)(?:- \[( |x)\] |(- )|(\d+\. ))")


@dataclass(frozen=True, slots=True)
class DocInfo:
    """The document properties: title, date and language (nothing about people)."""

    title: str
    created: date
    lang: Lang


def runs(text: str) -> Iterator[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces of one line of samtale's Markdown, escapes undone."""
    bold = italic = False
    piece: list[str] = []
    pos = 0
    for match in _INLINE.finditer(text):
        piece.append(text[pos:match.start()])
        pos = match.end()
        if match.group(1) is not None:
            piece.append(match.group(1))
            continue
        if piece and "".join(piece):
            yield "".join(piece), bold, italic
        piece = []
        if match.group(2):
            bold = not bold
        else:
            italic = not italic
    piece.append(text[pos:])
    if "".join(piece):
        yield "".join(piece), bold, italic


def plain(text: str) -> str:
    """One line of samtale's Markdown as the text a reader sees."""
    return "".join(piece for piece, _, _ in runs(text))


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the Markdown: a heading, paragraph, quote, item or table."""

    kind: str  # "heading", "para", "quote", "check", "bullet", "number", "table", "space"
    text: str = ""
    level: int = 0
    done: bool = False
    rows: tuple[tuple[str, ...], ...] = ()


def blocks(markdown: str) -> list[Block]:
    """The blocks of samtale's Markdown, in order."""
    out: list[Block] = []
    table: list[tuple[str, ...]] = []
    for raw in [*markdown.splitlines(), ""]:
        line = raw.rstrip()
        if line.startswith("|"):
            cells = tuple(c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1])
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                table.append(cells)
            continue
        if table:
            out.append(Block("table", rows=tuple(table)))
            table = []
        if not line:
            continue
        if line == "&nbsp;":
            out.append(Block("space"))
        elif heading := re.match(r"^(#{1,6}) (.*)$", line):
            out.append(Block("heading", heading.group(2), len(heading.group(1))))
        elif line.startswith("> "):
            out.append(Block("quote", line[2:]))
        elif item := _ITEM.match(line):
            level = len(item.group(1)) // 2
            rest = line[item.end():]
            if item.group(2) is not None:
                out.append(Block("check", rest, level, item.group(2) == "x"))
            elif item.group(3):
                out.append(Block("bullet", rest, level))
            else:
                out.append(Block("number", item.group(4) + rest, level))
        else:
            out.append(Block("para", line.strip()))
    return out


def block_texts(markdown: str) -> list[str]:
    """Every text a reader sees in the Markdown, as the Word file holds them: one per
    paragraph, then one per table cell (check boxes as ☐ and ☑)."""
    texts: list[str] = []
    for block in blocks(markdown):
        if block.kind == "table":
            texts += [plain(cell) for row in block.rows for cell in row]
        elif block.kind == "check":
            texts.append(("☑ " if block.done else "☐ ") + plain(block.text))
        elif block.kind != "space":
            texts.append(plain(block.text))
    return texts


def docx_bytes(markdown: str, info: DocInfo, *, template: Path | None = None, where: str = ".docx") -> bytes:
    """The Word file of ``markdown``: a new A4 document, or ``template`` filled at its
    placeholders. Every text in the result passes the CPR gate (``where`` names the file)."""
    import docx
    from docx.shared import Mm, Pt

    if template is None:
        document = docx.Document()
        for section in document.sections:
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.left_margin = section.right_margin = Mm(MARGIN_MM)
            section.top_margin = section.bottom_margin = Mm(MARGIN_MM)
        normal = document.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)
        anchor = None
    else:
        document = open_template(template)
        anchor = _content_paragraph(document)
        assert anchor is not None  # open_template refused a template without it
    body = document.element.body
    before = len(body)
    _write_blocks(document, blocks(markdown))
    if anchor is not None:
        # Move what was added (at the end of the body) to the placeholder, and drop it.
        added = list(body)[before - 1:-1] if body[-1].tag.endswith("sectPr") else list(body)[before:]
        for element in added:
            anchor._p.addprevious(element)
        anchor._p.getparent().remove(anchor._p)
        _fill(document, info)
    _properties(document, info)
    data = io.BytesIO()
    document.save(data)
    refuse_cpr(document_text(data.getvalue()), where)
    return data.getvalue()


def document_text(data: bytes) -> str:
    """Every text of a Word file, a line per paragraph (its runs joined): body, tables,
    headers, footers and the properties."""
    from xml.etree import ElementTree

    word = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            root = ElementTree.fromstring(archive.read(name))
            paragraphs = list(root.iter(f"{word}p"))
            if paragraphs:
                lines += ["".join(t.text or "" for t in p.iter(f"{word}t")) for p in paragraphs]
            else:
                lines += [text for text in root.itertext() if text.strip()]
    return "\n".join(lines)


def open_template(path: Path) -> Any:
    """The template as a python-docx Document; a file that is not a Word document, or
    one without the content placeholder, is a UsageError that says so."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise UsageError(key="error.template_missing", path=str(path))
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise UsageError(key="error.template_not_docx", path=str(path)) from None
    if _content_paragraph(document) is None:
        raise UsageError(key="error.template_placeholder", path=str(path), placeholder=CONTENT[0])
    return document


def _content_paragraph(document: Any) -> Any:
    for paragraph in document.paragraphs:
        if paragraph.text.strip() in CONTENT:
            return paragraph
    return None


def _fill(document: Any, info: DocInfo) -> None:
    """The title and date placeholders, wherever they are (body, tables, headers, footers)."""
    values = dict.fromkeys(TITLE, info.title) | dict.fromkeys(DATE, _day(info))
    for paragraph in _all_paragraphs(document):
        text = paragraph.text
        if "{{samtale." not in text:
            continue
        for key, value in values.items():
            text = text.replace(key, value)
        # A placeholder may be split over several runs: the first run takes the text.
        if paragraph.runs:
            paragraph.runs[0].text = text
            for run in paragraph.runs[1:]:
                run.text = ""


def _all_paragraphs(document: Any) -> Iterator[Any]:
    def within(container: Any) -> Iterator[Any]:
        yield from container.paragraphs
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from within(cell)

    yield from within(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            yield from within(part)


def _day(info: DocInfo) -> str:
    return info.created.strftime("%d.%m.%Y") if info.lang is Lang.DA else info.created.isoformat()


def _properties(document: Any, info: DocInfo) -> None:
    """Title, date and language; author and editor 'samtale'; nothing else."""
    props = document.core_properties
    moment = datetime.combine(info.created, time(12), tzinfo=UTC)
    props.title = info.title
    props.author = props.last_modified_by = AUTHOR
    props.created = props.modified = moment
    props.last_printed = moment
    props.comments = props.subject = props.keywords = props.category = ""
    props.content_status = props.identifier = props.version = ""
    props.language = "da-DK" if info.lang is Lang.DA else "en-GB"
    props.revision = 1


def _style(document: Any, *names: str) -> Any:
    """The first of ``names`` the document has (a template may lack some), or None."""
    for name in names:
        try:
            return document.styles[name]
        except KeyError:
            continue
    return None


#: Room for handwritten notes: the height of one empty line of the Markdown.
NOTE_LINE_MM = 9
#: Blocks a lead paragraph ('Overgang til næste emne:', a step's guidance) stays with.
_LED = ("check", "bullet", "number", "quote")


def _write_blocks(document: Any, items: list[Block]) -> None:
    from docx.shared import Mm, Pt

    spaces = 0
    for index, block in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if block.kind == "space":
            spaces += 1
            if following is None or following.kind != "space":
                _notes_box(document, spaces)
                spaces = 0
            continue
        if block.kind == "heading":
            style = _style(document, f"Heading {block.level}")
            paragraph = document.add_paragraph(style=style)
            _add_runs(paragraph, block.text, bold=style is None)
        elif block.kind == "table":
            _table(document, block)
        elif block.kind == "quote":
            paragraph = document.add_paragraph(style=_style(document, "Quote"))
            paragraph.paragraph_format.left_indent = Mm(6)
            _add_runs(paragraph, block.text)
        else:
            style = _style(document, "List Bullet" if block.level == 0 else "List Bullet 2", "List Paragraph") \
                if block.kind == "bullet" else None
            paragraph = document.add_paragraph(style=style)
            fmt = paragraph.paragraph_format
            fmt.space_after = Pt(2)
            if block.kind in ("check", "number"):
                fmt.left_indent = Mm(6 + 6 * block.level)
                fmt.first_line_indent = Mm(-6)
                fmt.keep_together = True
            elif block.kind == "bullet" and style is None:
                fmt.left_indent = Mm(6 + 6 * block.level)
            if block.kind == "check":
                paragraph.add_run(("☑" if block.done else "☐") + " ")
            if block.kind == "para" and following is not None and following.kind in _LED:
                fmt.keep_with_next = True  # a lead line never ends a page alone
            if index and items[index - 1].kind == "table":
                fmt.space_before = Pt(6)  # room after a table
            _add_runs(paragraph, block.text)


def _add_runs(paragraph: Any, text: str, *, bold: bool = False) -> None:
    for piece, strong, emphasis in runs(text):
        run = paragraph.add_run(piece)
        run.bold = strong or bold or None
        run.italic = emphasis or None


def _table(document: Any, block: Block) -> None:
    width = max(len(row) for row in block.rows)
    table = document.add_table(rows=0, cols=width)
    style = _style(document, "Table Grid")
    if style is not None:
        table.style = style
    for number, row in enumerate(block.rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.paragraphs[0].text = ""
            _add_runs(cell.paragraphs[0], text, bold=number == 0)


def _notes_box(document: Any, lines: int) -> None:
    """Empty lines for notes: one framed box of that height, which stays on one page."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Mm

    table = document.add_table(rows=1, cols=1)
    style = _style(document, "Table Grid")
    if style is not None:
        table.style = style
    row = table.rows[0]
    row.height = Mm(NOTE_LINE_MM * lines)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    # A row that may not break across pages.
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
