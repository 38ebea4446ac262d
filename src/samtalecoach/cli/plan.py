"""``samtale plan``: prepare a conversation (the use case is ``plan.session.make_plan``)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from samtalecoach.cli.common import (
    BankDirOpt,
    DataDirOpt,
    ForceOpt,
    LangOpt,
    citizen_option,
    command,
    console,
    echo_err,
    h,
    interactive,
    output_format,
    user_errors,
)
from samtalecoach.core.errors import UsageError
from samtalecoach.core.i18n import parse_choices, resolve_lang, t
from samtalecoach.core.model import Intensity, Lang, OutputFormat
from samtalecoach.plan.answers import PlanAnswers
from samtalecoach.plan.build import Plan, ProcessContext
from samtalecoach.plan.interview import FlowContext, FlowSession
from samtalecoach.plan.session import PlanRequest, make_plan

SCREEN_FORMATS = (OutputFormat.TABLE, OutputFormat.MARKDOWN, OutputFormat.JSON)


@dataclass(slots=True)
class TerminalPlanUI:
    """The plan use case in a terminal: prompts from ``ui.prompts``, views from ``plan.render``."""

    lang: Lang
    fmt: OutputFormat
    can_ask: bool

    def show_process(self, context: ProcessContext) -> None:
        if sys.stdout.isatty():
            from samtalecoach.plan.render import process_header

            console().print(process_header(context, self.lang))

    def show_resumed(self, answers: PlanAnswers) -> None:
        from samtalecoach.plan.render import resumed_view

        console().print(resumed_view(answers, self.lang))

    def interview(self, flow: FlowSession, ctx: FlowContext) -> PlanAnswers:
        from samtalecoach.ui.prompts.plan import run_flow

        return run_flow(flow, ctx, self.lang, console().print).answers

    def show_plan(self, plan: Plan) -> None:
        from samtalecoach.plan.export import plan_json, plan_markdown

        if self.fmt is OutputFormat.JSON:
            sys.stdout.write(plan_json(plan, self.lang))
        elif self.fmt is OutputFormat.MARKDOWN:
            sys.stdout.write(plan_markdown(plan, self.lang))
        else:
            from samtalecoach.plan.render import plan_view

            out = console()
            for view in plan_view(plan, self.lang):
                out.print(view)

    def confirm_overwrite(self, path: Path) -> bool:
        if not (self.can_ask and sys.stdin.isatty()):
            return False
        from samtalecoach.ui.prompts.plan import confirm_overwrite

        return confirm_overwrite(str(path), self.lang)

    def ask_other_path(self, path: Path) -> Path | None:
        if not (self.can_ask and sys.stdin.isatty()):
            return None
        from samtalecoach.ui.prompts.plan import ask_other_path

        return ask_other_path(path, self.lang)


@user_errors
def plan(
    answers_file: Annotated[Path | None, typer.Option(
        "--answers", "-a", help=h("opt.answers"), metavar=h("meta.file"))] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help=h("opt.no_input"))] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help=h("opt.output"), metavar=h("meta.file"))] = None,
    force: ForceOpt = False,
    situation: Annotated[str | None, typer.Option(
        "--situation", "-s", help=h("opt.plan_situation"), metavar="SITUATION")] = None,
    intensity: Annotated[str | None, typer.Option(
        "--intensity", help=h("opt.plan_intensity"), metavar=h("meta.level"))] = None,
    citizen: Annotated[str | None, typer.Option(
        "--citizen", help=h("opt.citizen_form"), metavar="hun|han|borgeren")] = None,
    example: Annotated[bool, typer.Option("--example", help=h("opt.example"))] = False,
    show_tree: Annotated[bool, typer.Option("--show-tree", help=h("opt.show_tree"))] = False,
    show_drafts: Annotated[bool, typer.Option("--drafts", help=h("opt.drafts"))] = False,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=h("opt.plan_format"), metavar="FORMAT")] = None,
    process_label: Annotated[str | None, typer.Option(
        "--process", help=h("opt.process"), metavar=h("meta.label"))] = None,
    template: Annotated[Path | None, typer.Option(
        "--template", help=h("opt.template"), metavar=h("meta.file"))] = None,
    data_dir: DataDirOpt = None,
    lang: LangOpt = None,
    bank_dir: BankDirOpt = None,
) -> None:
    language = resolve_lang(lang)
    screen = output_format(fmt or OutputFormat.TABLE.value, SCREEN_FORMATS)
    if show_tree:
        from samtalecoach.content.tree_loader import load_tree
        from samtalecoach.plan.render import tree_view
        from samtalecoach.ui.style import NARROW

        screen_console = console()
        screen_console.print(tree_view(load_tree(), language, narrow=screen_console.width < NARROW))
        return
    if show_drafts:
        _list_drafts(language, data_dir)
        return
    asks = not (no_input or example)
    if asks and not interactive():
        raise UsageError(key="error.no_tty")
    request = PlanRequest(
        lang=language, answers_file=answers_file, example=example, situation=situation,
        intensity=parse_choices([intensity], Intensity, "--intensity")[0] if intensity else None,
        citizen=citizen_option(citizen) if citizen else None,
        interactive=asks, output=output, force=force, process_label=process_label,
        data_dir=data_dir, bank_dirs=tuple(bank_dir or ()), template=template,
    )
    result = make_plan(request, TerminalPlanUI(language, screen, can_ask=asks))
    if result.written is not None:
        echo_err(language, "plan.written", path=result.written)


def _list_drafts(lang: Lang, data_dir: Path | None) -> None:
    from samtalecoach.plan import drafts

    found = drafts.list_drafts(data_dir)
    if not found:
        echo_err(lang, "plan.drafts.none")
        return
    sys.stdout.write(t(lang, "plan.drafts.title", days=drafts.KEEP_DAYS) + "\n")
    for draft in found:
        titles = "; ".join(title for title in draft.titles if title) or "-"
        sys.stdout.write(f"{draft.saved:%Y-%m-%d %H:%M}  {draft.path}\n    {titles}\n")


def register(app: typer.Typer) -> None:
    """Add ``plan`` (and its Danish alias) to ``app``."""
    command(app, "plan", plan, "plan.help")
    command(app, "planlæg", plan, "plan.help", hidden=True)
