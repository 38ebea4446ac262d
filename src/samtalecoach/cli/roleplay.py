"""``samtale roleplay`` (``rollespil``): a whole conversation with a virtual citizen, and
``roleplay check`` for teachers (the use cases are in ``roleplay.session`` and ``roleplay.lint``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from samtalecoach.cli.common import (
    CONTEXT,
    HELP_MARKUP,
    DataDirOpt,
    ForceOpt,
    LangOpt,
    command,
    console,
    echo_err,
    h,
    interactive,
    output_format,
    user_errors,
)
from samtalecoach.cli.localize import LocalGroup
from samtalecoach.core.errors import ExitStatus, SamtaleError, UsageError
from samtalecoach.core.i18n import resolve_lang, t
from samtalecoach.core.model import Lang, OutputFormat
from samtalecoach.core.scenario import Scenario

PLAY, CHECK, HISTORY = "play", "check", "history"
LIST_FORMATS = (OutputFormat.TABLE, OutputFormat.PLAIN, OutputFormat.JSON)
SCRIPT_FORMATS = (OutputFormat.JSON, OutputFormat.MARKDOWN, OutputFormat.PLAIN)
ScenarioDirOpt = Annotated[list[Path] | None, typer.Option(
    "--scenario-dir", help=h("rp.opt.scenario_dir"), metavar=h("meta.dir"))]


class RoleplayGroup(LocalGroup):
    """``samtale roleplay [ID]`` plays; ``check`` and ``history`` are commands of their own."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = [PLAY, *args]
        return super().parse_args(ctx, args)


def _load(dirs: list[Path] | None) -> tuple[Any, tuple[Scenario, ...]]:
    from samtalecoach.content.scenarios import load_scenarios
    from samtalecoach.content.sources import load_bank_set

    banks = load_bank_set()
    return banks, load_scenarios([s.id for s in banks.situations], tuple(dirs or ()))


def _find(scenarios: tuple[Scenario, ...], ident: str) -> Scenario:
    found = next((s for s in scenarios if s.id == ident), None)
    if found is None:
        raise UsageError(key="error.rp_unknown", value=ident, choices=", ".join(s.id for s in scenarios))
    return found


def _write(path: Path, data: str | bytes) -> None:
    from samtalecoach.core.paths import write_atomic
    from samtalecoach.core.privacy import refuse_cpr

    refuse_cpr(data if isinstance(data, str) else "", str(path))  # docx_bytes runs the gate itself
    write_atomic(path, data, mode=0o600)


@user_errors
def roleplay_play(
    scenario: Annotated[str | None, typer.Argument(help=h("rp.arg.scenario"), metavar="ID")] = None,
    list_: Annotated[bool, typer.Option("--list", help=h("rp.opt.list"))] = False,
    script: Annotated[Path | None, typer.Option("--script", help=h("rp.opt.script"), metavar=h("meta.path"))] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=h("rp.opt.format"), metavar="FORMAT")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help=h("rp.opt.seed"), metavar="N")] = None,
    exam: Annotated[bool, typer.Option("--exam", help=h("rp.opt.exam"))] = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=h("rp.opt.output"), metavar=h("meta.path"))] = None,
    force: ForceOpt = False,
    no_save: Annotated[bool, typer.Option("--no-save", help=h("rp.opt.no_save"))] = False,
    scenario_dir: ScenarioDirOpt = None,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    from samtalecoach.roleplay.export import WRITERS

    language = resolve_lang(lang)
    if output is not None and output.suffix.lower() not in WRITERS:
        raise UsageError(key="error.rp_output", value=output.name, choices=", ".join(sorted(WRITERS)))
    if output is not None and output.exists() and not force:
        raise SamtaleError(key="error.exists", path=str(output))  # said before the session, not after
    if list_:
        _list(scenario_dir, language, fmt)
        return
    if script is None and not interactive():
        raise UsageError(key="error.rp_no_tty")
    banks, scenarios = _load(scenario_dir)
    if not scenarios:
        raise UsageError(key="error.rp_none")
    from samtalecoach.roleplay.session import PlayRequest

    if script is not None:
        if scenario is None:
            raise UsageError(key="error.rp_script_id", choices=", ".join(s.id for s in scenarios))
        chosen = output_format(fmt or "json", SCRIPT_FORMATS)
        request = PlayRequest(_find(scenarios, scenario), language, seed, data_dir, not no_save)
        _script(request, script, banks, chosen, output)
        return
    picked = _find(scenarios, scenario) if scenario is not None else _menu(scenarios, language)
    request = PlayRequest(picked, language, seed, data_dir, not no_save)
    from samtalecoach.cli.roleplay_terminal import TerminalSessionUI
    from samtalecoach.core.errors import Interrupted
    from samtalecoach.roleplay.session import play

    ui = TerminalSessionUI(language, exam)
    try:
        play(request, ui, banks)
    except Interrupted:
        if output is not None and ui.last is not None:
            _save_output(output, ui.last, language)
        raise
    if output is not None and ui.last is not None:
        _save_output(output, ui.last, language)


def _save_output(path: Path, played: Any, language: Lang) -> None:
    from samtalecoach.roleplay.export import WRITERS

    conversation, result = played
    _write(path, WRITERS[path.suffix.lower()](conversation, result, language))
    echo_err(language, "rp.saved", path=str(path))


def _menu(scenarios: tuple[Scenario, ...], lang: Lang) -> Scenario:
    from samtalecoach.ui.prompts.roleplay import ask_scenario

    choices = [(s.id, f"{s.title.get(lang)} — {t(lang, f'rp.field.{s.field}')}, "
                      f"{t(lang, 'rp.difficulty', n=s.difficulty)}") for s in scenarios]
    return _find(scenarios, ask_scenario(t(lang, "rp.menu"), choices, lang))


def _script(request: Any, path: Path, banks: Any, chosen: OutputFormat, output: Path | None) -> None:
    from samtalecoach.check.source import read_file
    from samtalecoach.roleplay.export import debrief_lines, debrief_markdown, session_json
    from samtalecoach.roleplay.session import parse_script, play_script

    lines = parse_script(read_file(path), str(path))
    conversation, result = play_script(request, lines, banks)
    if output is not None:
        _save_output(output, (conversation, result), request.lang)
    if chosen is OutputFormat.JSON:
        sys.stdout.write(session_json(conversation, result, request.lang))
    elif chosen is OutputFormat.MARKDOWN:
        sys.stdout.write(debrief_markdown(conversation, result, request.lang))
    else:
        for heading, items in debrief_lines(conversation, result, request.lang):
            sys.stdout.write(heading + "\n" + "".join(f"  {item}\n" for item in items) + "\n")


def _list(dirs: list[Path] | None, lang: Lang, fmt: str | None) -> None:
    import json

    _, scenarios = _load(dirs)
    chosen = output_format(fmt, LIST_FORMATS)
    if chosen is OutputFormat.JSON:
        rows = [{"id": s.id, "title": s.title.get(lang), "field": s.field, "types": [ty.value for ty in s.types],
                 "difficulty": s.difficulty, "situations": list(s.situations), "third_party": s.third_party is not None}
                for s in scenarios]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif chosen is OutputFormat.PLAIN:
        for s in scenarios:
            sys.stdout.write(f"{s.id}\t{s.title.get(lang)}\t{t(lang, f'rp.field.{s.field}')}\t"
                             f"{', '.join(ty.value for ty in s.types)}\t{s.difficulty}\n")
    else:
        from samtalecoach.roleplay.render import list_view

        out = console()
        out.print(list_view(scenarios, lang, out.width))


@user_errors
def roleplay_check(
    paths: Annotated[list[Path] | None, typer.Argument(help=h("rp.check.arg"), metavar=h("meta.path"))] = None,
    graph: Annotated[bool, typer.Option("--graph", help=h("rp.opt.graph"))] = False,
    lang: LangOpt = None,
) -> None:
    from samtalecoach.content.scenarios import load_scenarios
    from samtalecoach.content.sources import load_bank_set
    from samtalecoach.roleplay.export import mermaid_text
    from samtalecoach.roleplay.lint import search
    from samtalecoach.roleplay.render import report_view

    language = resolve_lang(lang)
    situations = [s.id for s in load_bank_set().situations]
    scenarios = load_scenarios(situations, tuple(paths or ()), bundled=not paths)
    reports = [search(s) for s in scenarios]
    out = console()
    if graph:
        for report in reports:
            sys.stdout.write(mermaid_text(report, language))
        return
    for report in reports:
        out.print(report_view(report, language))
    failed = sum(bool(r.errors) for r in reports)
    if failed:
        out.print(t(language, "rp.check.failed", n=failed, total=len(reports)), style="bold red")
        raise typer.Exit(int(ExitStatus.FAILURE))
    out.print(t(language, "rp.check.ok", n=len(reports)), style="bold green")


@user_errors
def roleplay_history(
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help=h("rp.opt.history_format"), metavar="FORMAT")] = None,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    import json

    from samtalecoach.core.store import database
    from samtalecoach.roleplay import records
    from samtalecoach.roleplay.export import score_text

    language = resolve_lang(lang)
    chosen = output_format(fmt, LIST_FORMATS)
    with database(data_dir) as db:
        if chosen is OutputFormat.JSON:
            sys.stdout.write(json.dumps(records.documents(db), ensure_ascii=False, indent=2) + "\n")
            return
        rows = records.sessions(db, lang=language.value)
    if not rows:
        console().print(t(language, "rp.history.none"))
        return
    for row in rows:
        sys.stdout.write(t(language, "rp.history.row", played=row.played[:16].replace("T", " "), title=row.title,
                           start=score_text(row.alliance_start, language), end=score_text(row.alliance_end, language),
                           reached=row.reached, total=row.disclosures, turns=row.turns) + "\n")


def register(app: typer.Typer) -> None:
    """Add the ``roleplay`` group (and its Danish alias ``rollespil``) to ``app``."""
    group = typer.Typer(help=h("rp.help"), rich_markup_mode=HELP_MARKUP, context_settings=CONTEXT, cls=RoleplayGroup)
    command(group, PLAY, roleplay_play, "rp.play.help")
    command(group, CHECK, roleplay_check, "rp.check.help")
    command(group, HISTORY, roleplay_history, "rp.history.help")
    app.add_typer(group, name="roleplay")
    app.add_typer(group, name="rollespil", hidden=True)
