"""``samtale check`` (``tjek``): what kind of question an utterance is, and how to make it better."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samtalecoach.cli.common import command, console, h, output_format, user_errors
from samtalecoach.core.errors import Msg, UsageError
from samtalecoach.core.i18n import resolve_lang
from samtalecoach.core.model import Lang, OutputFormat

FORMATS = (OutputFormat.TABLE, OutputFormat.PLAIN, OutputFormat.JSON)
TRANSCRIPT_FORMATS = (OutputFormat.TABLE, OutputFormat.PLAIN, OutputFormat.MARKDOWN, OutputFormat.JSON)


def _utterances(text: str | None, file: Path | None) -> list[tuple[str, Msg]]:
    """(utterance, where it came from) from the argument, a file or standard input."""
    from samtalecoach.check.analyse import split_lines
    from samtalecoach.check.source import read_file, read_stream

    if text is not None and file is not None:
        raise UsageError(key="error.check_input")
    if text is not None:
        return [(text, Msg("check.where.text"))]
    if file is not None:
        raw = read_file(file)
    elif not sys.stdin.isatty():
        raw = read_stream(sys.stdin.buffer, "stdin")
    else:
        raise UsageError(key="error.check_no_input")
    lines = split_lines(raw)
    if not lines:
        raise UsageError(key="error.check_empty")
    return [(line, Msg.of("check.where.line", n=n)) for n, line in enumerate(lines, 1)]


@user_errors
def check(
    text: Annotated[str | None, typer.Argument(help=h("check.arg.text"), metavar=h("meta.text"))] = None,
    file: Annotated[Path | None, typer.Option("--file", help=h("check.opt.file"), metavar=h("meta.path"))] = None,
    situation: Annotated[str | None, typer.Option(
        "--situation", "-s", help=h("check.opt.situation"), metavar="SITUATION")] = None,
    lang: Annotated[str | None, typer.Option("--lang", "-l", help=h("check.opt.lang"), metavar="da|en")] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help=h("check.opt.format"), metavar="FORMAT")] = None,
    transcript: Annotated[Path | None, typer.Option(
        "--transcript", help=h("check.opt.transcript"), metavar=h("meta.path"))] = None,
    caseworker_label: Annotated[str, typer.Option(
        "--caseworker-label", help=h("check.opt.caseworker_label"), metavar=h("meta.label"))] = "R",
) -> None:
    from samtalecoach.check.analyse import analyse, clean_utterance
    from samtalecoach.check.export import to_json, to_plain
    from samtalecoach.content.sources import load_bank_set

    language = resolve_lang(lang)
    given: Lang | None = language if lang is not None else None
    if transcript is not None:
        if text is not None or file is not None:
            raise UsageError(key="error.transcript_args")
        _summarise(transcript, caseworker_label, language, given, output_format(fmt, TRANSCRIPT_FORMATS))
        return
    chosen = output_format(fmt, FORMATS)
    # Every line is checked (CPR, length) before anything is printed.
    cleaned = [clean_utterance(raw, where) for raw, where in _utterances(text, file)]
    banks = load_bank_set()
    situation_id = None
    if situation is not None:
        from samtalecoach.questions.finder import resolve_situation

        situation_id = resolve_situation(banks, situation).id
    analyses = [analyse(utterance, given, banks, situation_id) for utterance in cleaned]
    if chosen is OutputFormat.JSON:
        sys.stdout.write(to_json(analyses, language))
    elif chosen is OutputFormat.PLAIN:
        sys.stdout.write(to_plain(analyses, language))
    else:
        from samtalecoach.check.render import analyses_view

        out = console()
        for view in analyses_view(analyses, language):
            out.print(view)


def _summarise(path: Path, label: str, language: Lang, given: Lang | None, chosen: OutputFormat) -> None:
    from samtalecoach.check.source import read_file
    from samtalecoach.check.transcript import parse_transcript, summarise
    from samtalecoach.check.transcript_export import to_json, to_markdown, to_text
    from samtalecoach.content.sources import load_bank_set

    turns = parse_transcript(read_file(path), label)
    summary = summarise(turns, label, given, load_bank_set())
    if chosen is OutputFormat.JSON:
        sys.stdout.write(to_json(summary, language))
    elif chosen is OutputFormat.MARKDOWN:
        sys.stdout.write(to_markdown(summary, language))
    elif chosen is OutputFormat.PLAIN:
        sys.stdout.write(to_text(summary, language))
    else:
        from samtalecoach.check.render import transcript_view

        console().print(transcript_view(summary, language))


def register(app: typer.Typer) -> None:
    """Add ``check`` and its Danish alias ``tjek`` to ``app``."""
    command(app, "check", check, "check.help")
    command(app, "tjek", check, "check.help", hidden=True)
