"""Typer and Click in the user's language: help panels, the usage line, the help
option, type names, and the errors of parsing.

Typer (which carries its own copy of Click) writes these in English, some as
module constants and some through ``gettext``. Here they are set from our
catalogue for the run's language, and parsing errors are caught and said in the
same words as every other error: ``samtale: fejl: …``, exit 2.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from typer import core
from typer._click import exceptions as click_errors
from typer._click.core import Command, Context
from typer._click.formatting import HelpFormatter
from typer.exceptions import Abort

from samtalecoach.cli import stderr
from samtalecoach.core.i18n import t
from samtalecoach.core.model import Lang

#: Typer's and Click's own strings, by the English text they are written with.
GETTEXT_KEYS = {
    "required": "click.required", "default: {default}": "click.default", "env var: {var}": "click.envvar",
    "(deprecated) ": "click.deprecated", "Missing command.": "click.missing_command",
    "No such command {name!r}.": "click.no_command", "Aborted!": "click.aborted", "Aborted.": "click.aborted",
    "Arguments": "click.arguments", "Options": "click.options", "Commands": "click.commands",
    "(dynamic)": "click.dynamic",
}
#: A metavar for an option or argument with none, by its type's name.
TYPE_METAVARS = {"int": "meta.number", "float": "meta.number", "Path": "meta.path", "list[Path]": "meta.path"}


def use(lang: Lang) -> None:
    """Put Click's own strings (through gettext) in ``lang`` for this run; Typer's Rich
    help strings follow when help is drawn (:func:`_rich_strings`)."""

    def gettext(message: str) -> str:
        return t(lang, GETTEXT_KEYS[message]) if message in GETTEXT_KEYS else message

    core._ = gettext  # type: ignore[attr-defined]  # typer.core's gettext name


def _rich_strings(lang: Lang) -> None:
    """Typer's Rich help strings in ``lang``. Imported only when help is drawn: Typer's
    rich_utils brings Rich's Markdown with it, which a plain run does not need."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = t(lang, "click.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = t(lang, "click.options")
    rich_utils.COMMANDS_PANEL_TITLE = t(lang, "click.commands")
    rich_utils.ERRORS_PANEL_TITLE = t(lang, "error.prefix")
    rich_utils.ABORTED_TEXT = t(lang, "click.aborted")
    rich_utils.DEFAULT_STRING = "[" + t(lang, "click.default").replace("{default}", "{}") + "]"
    rich_utils.REQUIRED_LONG_STRING = "[" + t(lang, "click.required") + "]"
    rich_utils.ENVVAR_STRING = "[" + t(lang, "click.envvar").replace("{var}", "{}") + "]"
    rich_utils.DEPRECATED_STRING = t(lang, "click.deprecated")
    rich_utils.RICH_HELP = t(lang, "click.try")


def _localize(command: Any, lang: Lang) -> None:
    """Metavars for every parameter (none for flags, so no '<bool>'), no English type
    name beside an argument's metavar ('<str>'), and the options' name."""
    command.options_metavar = t(lang, "click.options_metavar")
    for param in command.params:
        if isinstance(param, core.TyperArgument):
            param.display_type_rich = _no_type  # type: ignore[method-assign]
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.metavar is None:
            kind = param.bare_type()
            key = next((k for name, k in TYPE_METAVARS.items() if kind.startswith(name)), "meta.text")
            param.metavar = t(lang, key)


def _no_type(ctx: Context) -> None:
    return None


def _usage(command: Any, ctx: Context, formatter: HelpFormatter, lang: Lang) -> None:
    pieces = command.collect_usage_pieces(ctx)
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t(lang, "click.usage") + " ")


def _help_option(option: Any, lang: Lang) -> Any:
    if option is not None:
        option.help = t(lang, "click.help_option")
        option.metavar = ""
    return option


def _hint(err: click_errors.BadParameter) -> str:
    if err.param_hint is not None:
        hints = [err.param_hint] if isinstance(err.param_hint, str) else list(err.param_hint)
        return " / ".join(f"'{h}'" for h in hints)
    return err.param.get_error_hint() if err.param is not None else ""


def error_text(err: click_errors.ClickException, lang: Lang) -> str:
    """A parsing error in ``lang``, in the words of our other errors."""
    if isinstance(err, click_errors.NoSuchOption):
        text = t(lang, "click.no_option", option=err.option_name)
        return text + (" " + t(lang, "click.did_you_mean", options=", ".join(sorted(err.possibilities)))
                       if err.possibilities else "")
    if isinstance(err, click_errors.MissingParameter):
        return t(lang, "click.missing", param=_hint(err))
    if isinstance(err, click_errors.BadParameter):
        return t(lang, "click.bad_value", param=_hint(err))
    if isinstance(err, click_errors.BadOptionUsage):
        return t(lang, "click.bad_option", option=err.option_name)
    message = err.format_message()
    if message.startswith("Got unexpected extra argument"):
        return t(lang, "click.extra", values=message.rpartition("(")[2].rstrip(")"))
    return t(lang, "click.usage_error", message=message)


def _command_path(err: click_errors.ClickException) -> str:
    ctx = getattr(err, "ctx", None)
    return ctx.command_path if ctx is not None else "samtale"


def run(super_main: Any, lang: Lang, args: Sequence[str] | None, standalone: bool, **extra: Any) -> Any:
    """Run a command's ``main`` with parsing errors said in ``lang`` (exit 2)."""
    try:
        result = super_main(args=args, standalone_mode=False, **extra)
    except click_errors.NoArgsIsHelpError as err:  # 'samtale process': the group's help
        sys.stdout.write(err.format_message() + "\n")
        result = 2
    except click_errors.ClickException as err:
        stderr.say(f"samtale: {t(lang, 'error.prefix')}: {error_text(err, lang)}")
        stderr.say(t(lang, "click.see_help", command=_command_path(err)))
        result = err.exit_code
    except Abort:
        stderr.say(t(lang, "click.aborted"))
        result = 1
    if not standalone:
        return result
    sys.exit(result if isinstance(result, int) else 0)


class _Local(Command):
    """What a command and a group share to speak the run's language (see the module's
    docstring); it sits before Typer's class in their bases."""

    lang = Lang.DA

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        _usage(self, ctx, formatter, self.lang)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _rich_strings(self.lang)
        super().format_help(ctx, formatter)

    def get_help_option(self, ctx: Context) -> Any:
        return _help_option(super().get_help_option(ctx), self.lang)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        typer_main = super().main  # type: ignore[safe-super]  # Typer's, next in the MRO
        return run(typer_main, self.lang, args, standalone_mode, prog_name=prog_name,
                   complete_var=complete_var, windows_expand_args=windows_expand_args, **extra)


class LocalCommand(_Local, core.TyperCommand):
    """A Typer command that speaks the run's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _localize(self, self.lang)


class LocalGroup(_Local, core.TyperGroup):
    """A Typer group that speaks the run's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _localize(self, self.lang)
        self.subcommand_metavar = t(self.lang, "click.commands_metavar")
