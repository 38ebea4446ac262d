"""The ``samtale`` command: the app, its command groups, and the entry point.

Each command group lives in its own module with a ``register(app)`` function.
Only the module of the command being run is imported and turned into Click
commands (Typer inspects every registered command before it parses anything,
which is a good share of start-up); root help and unknown names get them all.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated

import typer

from samtalecoach import __version__
from samtalecoach.cli.common import CONTEXT, HELP_MARKUP, h
from samtalecoach.cli.localize import LocalGroup

#: Command name (Danish aliases included) -> the cli module that registers it.
COMMAND_MODULES = {
    "questions": "questions", "spørgsmål": "questions", "situations": "questions",
    "situationer": "questions", "banks": "questions",
    "plan": "plan", "planlæg": "plan",
    "process": "process", "forløb": "process",
    "practice": "practice", "øv": "practice",
    "check": "check", "tjek": "check",
    "roleplay": "roleplay", "rollespil": "roleplay",
}
MODULES = tuple(dict.fromkeys(COMMAND_MODULES.values()))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"samtale {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=h("app.version")),
    ] = False,
) -> None:
    """Root options."""


def build_app(modules: tuple[str, ...] = MODULES) -> typer.Typer:
    """The app with the commands of ``modules`` (all by default)."""
    app = typer.Typer(help=h("app.help"), add_completion=False, no_args_is_help=True,
                      pretty_exceptions_enable=False, rich_markup_mode=HELP_MARKUP,
                      context_settings=CONTEXT, cls=LocalGroup)
    app.callback()(_root)
    for name in modules:
        importlib.import_module(f"samtalecoach.cli.{name}").register(app)
    return app


def app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command that ``argv`` names (or the whole app)."""
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    module = COMMAND_MODULES.get(first or "")
    if module is None:
        return build_app()
    app = build_app((module,))
    app.registered_commands = [c for c in app.registered_commands if c.name == first]
    app.registered_groups = [g for g in app.registered_groups if g.name == first]
    return app


def main() -> None:
    """Console-script entry point: run the app; a closed pipe ends quietly."""
    try:
        app_for(sys.argv[1:])(prog_name="samtale")
    except BrokenPipeError:
        # `samtale questions | head`: the reader left; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
