"""What every command shares: help language and layout, common options, the one error
handler, option parsing, the console."""

from __future__ import annotations

import functools
import shutil
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from samtalecoach.cli import localize, stderr
from samtalecoach.core.errors import ExitStatus, Interrupted, SamtaleError, UsageError
from samtalecoach.core.i18n import details, message, resolve_lang, startup_lang, t
from samtalecoach.core.model import Lang, OutputFormat
from samtalecoach.core.pronouns import Citizen, citizen_named

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])


HELP_LANG = startup_lang()
localize.LocalCommand.lang = localize.LocalGroup.lang = HELP_LANG
localize.use(HELP_LANG)
# Rich help panels cut option help short ("…") in narrow terminals; Click's
# plain layout wraps it instead (at 50 columns at least), so below 60 columns
# help is plain and nothing is lost.
HELP_MARKUP: Any = "rich" if shutil.get_terminal_size().columns >= 60 else None
CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"]}


def h(key: str, **values: object) -> str:
    """A help text in the language of this run."""
    return t(HELP_LANG, key, **values)


def ids(enum: type[Enum]) -> str:
    """The ids of ``enum``, for help texts and messages."""
    return ", ".join(str(m.value) for m in enum)


def group(help_key: str) -> typer.Typer:
    """A command group with the app's help settings, in the run's language."""
    return typer.Typer(help=h(help_key), no_args_is_help=True, rich_markup_mode=HELP_MARKUP,
                       context_settings=CONTEXT, cls=localize.LocalGroup)


def command(app: typer.Typer, name: str, func: Callable[..., Any], help_key: str, *, hidden: bool = False) -> None:
    """Register ``func`` as the command ``name`` of ``app``, in the run's language."""
    app.command(name, help=h(help_key), hidden=hidden, cls=localize.LocalCommand)(func)


LangOpt = Annotated[str | None, typer.Option("--lang", "-l", help=h("opt.lang"), metavar="da|en")]
BankDirOpt = Annotated[list[Path] | None, typer.Option("--bank-dir", help=h("opt.bank_dir"), metavar=h("meta.dir"))]
DataDirOpt = Annotated[Path | None, typer.Option("--data-dir", help=h("opt.data_dir"), metavar=h("meta.dir"))]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help=h("opt.yes"))]
ForceOpt = Annotated[bool, typer.Option("--force", help=h("opt.force"))]


def _lang_for_errors(value: object) -> Lang:
    try:
        return resolve_lang(value if isinstance(value, str) else None)
    except UsageError:
        return startup_lang()


def fail(lang: Lang, text: str, code: int) -> typer.Exit:
    """Print 'samtale: fejl: text' on stderr; the Exit to raise."""
    stderr.say(f"samtale: {t(lang, 'error.prefix')}: {text}")
    return typer.Exit(code)


def user_errors(func: F) -> F:
    """The one error handler: a SamtaleError becomes its message on stderr and its exit
    status; Ctrl-C anywhere becomes an Interrupted (exit 130), never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            try:
                return func(*args, **kwargs)
            except KeyboardInterrupt:
                raise Interrupted() from None
        except Interrupted as err:
            stderr.say("\n" + message(_lang_for_errors(kwargs.get("lang")), err))
            raise typer.Exit(err.exit_code) from None
        except SamtaleError as err:
            lang = _lang_for_errors(kwargs.get("lang"))
            for line in details(lang, err):
                stderr.say(line)
            raise fail(lang, message(lang, err), err.exit_code) from None

    return wrapper  # type: ignore[return-value]


#: Accepted spellings of output formats besides their ids.
FORMAT_ALIASES = {"md": OutputFormat.MARKDOWN}


def output_format(value: str | None, allowed: tuple[OutputFormat, ...]) -> OutputFormat:
    """The --format value; without one, a table in a terminal and plain text in a pipe."""
    if value is None:
        wanted = OutputFormat.TABLE if sys.stdout.isatty() else OutputFormat.PLAIN
        return wanted if wanted in allowed else allowed[0]
    chosen = FORMAT_ALIASES.get(value.lower()) or next((f for f in allowed if f.value == value.lower()), None)
    if chosen is None or chosen not in allowed:
        raise UsageError(key="error.format", value=value, choices=", ".join(f.value for f in allowed))
    return chosen


def console() -> Console:
    """A Rich console for this run (no colour when NO_COLOR is set or not a terminal)."""
    return _console_class()(highlight=False, markup=False)


@functools.cache
def _console_class() -> type[Console]:
    from rich.console import Console

    class QuietConsole(Console):
        """Leaves a closed pipe to ``app.main``, which ends quietly with status 0 (Rich
        itself would exit 1, unlike every other command whose reader left)."""

        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return QuietConsole


def interactive() -> bool:
    """Whether prompts can be shown: both standard input and output are a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def echo_err(lang: Lang, key: str, **values: object) -> None:
    """A message for the user on stderr (results go to stdout)."""
    stderr.say(t(lang, key, **values))


def done(status: ExitStatus = ExitStatus.OK) -> typer.Exit:
    """The Exit for a command that ends with ``status`` without an error message."""
    return typer.Exit(int(status))


def confirm(question: str, lang: Lang, yes: bool) -> bool:
    """``--yes``, or the user's answer; with no terminal to ask in, a usage error."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError(key="error.confirm_no_tty")
    from samtalecoach.ui.prompts.widgets import confirm as ask

    return ask(question, lang)


def citizen_option(value: str) -> Citizen:
    """--citizen: hun, han or borgeren (she, he, the citizen)."""
    citizen = citizen_named(value)
    if citizen is None:
        raise UsageError(key="error.choice", flag="--citizen", value=value, choices="hun, han, borgeren")
    return citizen
