"""The use cases 'export a process' and 'draft a journal note': what goes in the file or
on screen, in the format asked for (plain, Markdown, JSON or a Word file).

The format comes from ``--format`` or the suffix of ``--output`` (.md, .txt, .json,
.docx); a Word file is made from the Markdown of the same export (``core.wordfile``),
so their texts are the same. Every result passes the CPR gate before it is shown or
written: a CPR number that reached the database another way (an old database, a
hand edit) makes the export refuse, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from samtalecoach.core.errors import UsageError
from samtalecoach.core.i18n import t
from samtalecoach.core.model import Lang
from samtalecoach.core.privacy import refuse_cpr
from samtalecoach.core.store import database
from samtalecoach.process import records

#: Formats by the suffix of --output (another suffix is refused).
SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "plain", ".json": "json", ".docx": "docx"}
EXPORT_FORMATS = ("json", "markdown", "plain", "docx")
NOTE_FORMATS = ("plain", "markdown", "json", "docx")
ALIASES = {"md": "markdown", "text": "plain", "word": "docx"}


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """What the command line asks for: the format, the file (None: the screen), a template."""

    fmt: str | None
    output: Path | None
    template: Path | None
    lang: Lang
    data_dir: Path | None


def choose_format(request: DocumentRequest, allowed: tuple[str, ...], default: str) -> str:
    """The format: the suffix of --output, else --format, else ``default``. A --format that
    contradicts the suffix, a Word file without --output, or --template without a Word
    file is a usage error."""
    wanted = ALIASES.get((request.fmt or "").lower(), (request.fmt or "").lower()) or None
    if wanted is not None and wanted not in allowed:
        raise UsageError(key="error.format", value=request.fmt, choices=", ".join(allowed))
    by_suffix = SUFFIXES.get(request.output.suffix.lower()) if request.output else None
    if request.output is not None and (by_suffix is None or by_suffix not in allowed):
        raise UsageError(key="error.output_suffix_for", suffix=request.output.suffix or request.output.name,
                         choices=", ".join(s for s, f in SUFFIXES.items() if f in allowed))
    if wanted is not None and by_suffix is not None and wanted != by_suffix:
        raise UsageError(key="error.format_suffix", value=wanted, path=str(request.output))
    chosen = by_suffix or wanted or default
    if chosen == "docx" and request.output is None:
        raise UsageError(key="error.docx_stdout")
    if request.template is not None and chosen != "docx":
        raise UsageError(key="error.template_needs_docx")
    return chosen


def export_process(label: str, request: DocumentRequest,
                   question_texts: Callable[[], Mapping[str, str]]) -> str | bytes:
    """Everything stored about a process, in the format asked for (``question_texts``
    gives the texts of the questions of the plans kept with it, read only if there are any)."""
    from samtalecoach.content.guide import load_guide
    from samtalecoach.core.pronouns import refer_all
    from samtalecoach.process import export

    chosen = choose_format(request, EXPORT_FORMATS, "json")
    with database(request.data_dir) as db:
        process = records.load(db, label)
    if chosen == "json":
        return _checked(export.process_json(process), request)
    guide = refer_all(load_guide(), process.citizen)
    texts = question_texts() if process.plans else {}
    if chosen == "plain":
        return _checked(export.process_plain(process, guide, request.lang, texts), request)
    markdown = _checked(export.process_markdown(process, guide, request.lang, texts), request)
    if chosen == "markdown":
        return markdown
    title = t(request.lang, "docx.process_title", label=process.label)
    return _word(markdown, title, process.last.held if process.last else process.created, request)


def journal_note(label: str, number: int | None, request: DocumentRequest) -> str | bytes:
    """The journal-note draft of conversation ``number`` (None: the latest) of ``label``."""
    from samtalecoach.content.guide import load_guide
    from samtalecoach.content.tree_loader import load_tree
    from samtalecoach.process import note as notes

    chosen = choose_format(request, NOTE_FORMATS, "plain")
    with database(request.data_dir) as db:
        process = records.load(db, label)
    draft = notes.draft_note(process, number, load_tree())
    lines = notes.note_lines(draft, load_guide(), request.lang)
    if chosen == "json":
        return _checked(notes.note_json(draft, lines, request.lang), request)
    if chosen == "plain":
        return _checked(notes.note_plain(lines), request)
    markdown = _checked(notes.note_markdown(lines), request)
    if chosen == "markdown":
        return markdown
    title = t(request.lang, "docx.note_title", label=process.label, date=draft.held.isoformat())
    return _word(markdown, title, draft.held, request)


def _checked(text: str, request: DocumentRequest) -> str:
    refuse_cpr(text, str(request.output) if request.output else "stdout")
    return text


def _word(markdown: str, title: str, created: date, request: DocumentRequest) -> bytes:
    from samtalecoach.core.wordfile import DocInfo, docx_bytes

    return docx_bytes(markdown, DocInfo(title, created, request.lang), template=request.template,
                      where=str(request.output or ".docx"))
