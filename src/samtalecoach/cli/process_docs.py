"""``samtale process export`` and ``samtale process note``: what is stored, and a journal-note
draft, on screen or in a file (the use cases are in ``process.documents``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samtalecoach.cli.common import DataDirOpt, ForceOpt, LangOpt, console, echo_err, h, user_errors
from samtalecoach.core.errors import SamtaleError
from samtalecoach.core.i18n import resolve_lang
from samtalecoach.core.model import Lang

LabelArg = Annotated[str, typer.Argument(metavar=h("meta.label"))]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help=h("opt.doc_output"), metavar=h("meta.file"))]
TemplateOpt = Annotated[Path | None, typer.Option("--template", help=h("opt.template"), metavar=h("meta.file"))]


def question_texts(lang: Lang) -> dict[str, str]:
    """Question id -> text, to show the questions of the plans kept with a process."""
    from samtalecoach.content.sources import load_bank_set

    return {q.id: q.text.get(lang) for q in load_bank_set().questions}


def _deliver(result: str | bytes, output: Path | None, force: bool, lang: Lang, *, prose: bool = False) -> None:
    """On screen, or written to ``output`` (private to the user; never over a file without
    --force). Plain prose in a terminal is wrapped at words; in a pipe it is left as it is."""
    from samtalecoach.core.paths import write_atomic

    if output is None:
        text = result if isinstance(result, str) else ""
        if prose and sys.stdout.isatty():
            console().print(text, end="")
        else:
            sys.stdout.write(text)
        return
    if output.exists() and not force:
        raise SamtaleError(key="error.exists", path=str(output))
    write_atomic(output, result, mode=0o600)
    echo_err(lang, "docx.written", path=output)


@user_errors
def process_export(
    label: LabelArg,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help=h("opt.export_format"), metavar="FORMAT")] = None,
    output: OutputOpt = None,
    template: TemplateOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    from samtalecoach.process.documents import DocumentRequest, export_process

    language = resolve_lang(lang)
    request = DocumentRequest(fmt, output, template, language, data_dir)
    result = export_process(label, request, lambda: question_texts(language))
    _deliver(result, output, force, language, prose=(fmt or "").lower() in ("plain", "text"))


@user_errors
def process_note(
    label: LabelArg,
    conversation: Annotated[int | None, typer.Option(
        "--conversation", "-c", help=h("opt.conversation"), metavar="N")] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help=h("opt.note_format"), metavar="FORMAT")] = None,
    output: OutputOpt = None,
    template: TemplateOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    from samtalecoach.process.documents import DocumentRequest, journal_note

    language = resolve_lang(lang)
    request = DocumentRequest(fmt, output, template, language, data_dir)
    prose = (fmt or "plain").lower() in ("plain", "text")
    _deliver(journal_note(label, conversation, request), output, force, language, prose=prose)
