"""``samtale questions``, ``situations`` and ``banks check``: the banks as a user reads them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samtalecoach.cli.common import (
    BankDirOpt,
    LangOpt,
    command,
    console,
    done,
    echo_err,
    group,
    h,
    ids,
    output_format,
    user_errors,
)
from samtalecoach.content.sources import bank_files, load_bank_set
from samtalecoach.core.errors import ExitStatus
from samtalecoach.core.i18n import parse_choices, resolve_lang, t
from samtalecoach.core.model import ConversationType, Form, Intensity, Kind, OutputFormat, Phase
from samtalecoach.questions.export import QUESTION_WRITERS, SITUATION_WRITERS
from samtalecoach.questions.finder import QuestionFilter, find_questions, resolve_situation

FormatOpt = Annotated[str | None, typer.Option("--format", "-f", help=h("opt.format"), metavar="FORMAT")]
FORMATS = (OutputFormat.TABLE, OutputFormat.PLAIN, OutputFormat.MARKDOWN, OutputFormat.JSON)


@user_errors
def questions(
    kind: Annotated[list[str] | None, typer.Option(
        "--kind", "-k", help=h("opt.kind", choices=ids(Kind)), metavar=h("meta.kind"))] = None,
    phase: Annotated[list[str] | None, typer.Option(
        "--phase", "-p", help=h("opt.phase", choices=ids(Phase)), metavar=h("meta.phase"))] = None,
    ctype: Annotated[list[str] | None, typer.Option(
        "--type", "-t", help=h("opt.type", choices=ids(ConversationType)), metavar="TYPE")] = None,
    situation: Annotated[list[str] | None, typer.Option(
        "--situation", "-s", help=h("opt.situation"), metavar="SITUATION")] = None,
    specific: Annotated[bool, typer.Option("--specific", help=h("opt.specific"))] = False,
    form: Annotated[list[str] | None, typer.Option(
        "--form", help=h("opt.form", choices=ids(Form)), metavar=h("meta.form"))] = None,
    intensity: Annotated[list[str] | None, typer.Option(
        "--intensity", help=h("opt.intensity", choices=ids(Intensity)), metavar=h("meta.level"))] = None,
    search: Annotated[str, typer.Option("--search", "-q", help=h("opt.search"), metavar=h("meta.text"))] = "",
    random_n: Annotated[int | None, typer.Option("--random", help=h("opt.random"), metavar="N")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help=h("opt.seed"), metavar="N")] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = None,
    bank_dir: BankDirOpt = None,
) -> None:
    language = resolve_lang(lang)
    chosen = output_format(fmt, FORMATS)
    kinds = parse_choices(kind, Kind, "--kind")
    phases = parse_choices(phase, Phase, "--phase")
    types = parse_choices(ctype, ConversationType, "--type")
    forms = parse_choices(form, Form, "--form")
    intensities = parse_choices(intensity, Intensity, "--intensity")
    banks = load_bank_set(bank_dir or [])
    flt = QuestionFilter(
        kinds=kinds, phases=phases, types=types, forms=forms, intensities=intensities,
        situations=tuple(resolve_situation(banks, s).id for s in situation or []),
        search=search, only_specific=specific,
    )
    hits = find_questions(banks, flt, language, sample=random_n, seed=seed)
    if not hits:
        echo_err(language, "no_match", what=flt.as_flags())
        echo_err(language, "no_match.hint")
        if chosen is OutputFormat.JSON:
            sys.stdout.write(QUESTION_WRITERS[chosen](hits, language))
        raise done(ExitStatus.FAILURE)
    if chosen is OutputFormat.TABLE:
        from samtalecoach.questions.render import questions_view

        out = console()
        for view in questions_view(hits, language, out.width, bool(flt.situations)):
            out.print(view)
    else:
        sys.stdout.write(QUESTION_WRITERS[chosen](hits, language))


@user_errors
def situations(lang: LangOpt = None, fmt: FormatOpt = None, bank_dir: BankDirOpt = None) -> None:
    language = resolve_lang(lang)
    chosen = output_format(fmt, FORMATS)
    banks = load_bank_set(bank_dir or [])
    if chosen is not OutputFormat.TABLE:
        sys.stdout.write(SITUATION_WRITERS[chosen](banks, language))
        return
    from samtalecoach.questions.render import situations_view

    out = console()
    for view in situations_view(banks, language):
        out.print(view)


@user_errors
def banks_check(
    dirs: Annotated[list[Path] | None, typer.Argument(help=h("arg.check_dirs"), metavar=h("meta.dir"))] = None,
    lang: LangOpt = None,
) -> None:
    from samtalecoach.content.banks import load_banks
    from samtalecoach.questions.render import coverage_view

    language = resolve_lang(lang)
    files = bank_files(dirs or [])
    banks = load_banks(files)
    out = console()
    for view in coverage_view(banks, language):
        out.print(view)
    out.print(t(language, "check.ok", questions=len(banks.questions), situations=len(banks.situations),
                reflections=len(banks.reflections), files=len(files)))


def register(app: typer.Typer) -> None:
    """Add these commands (and their Danish aliases) to ``app``."""
    command(app, "questions", questions, "questions.help")
    command(app, "situations", situations, "situations.help")
    banks = group("banks.help")
    command(banks, "check", banks_check, "banks.check.help")
    app.add_typer(banks, name="banks")
    command(app, "spørgsmål", questions, "questions.help", hidden=True)
    command(app, "situationer", situations, "situations.help", hidden=True)
