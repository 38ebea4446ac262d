"""The role-play in the terminal: choosing a scenario, and the caseworker's next line."""

from __future__ import annotations

import questionary

from samtalecoach.core.model import Lang
from samtalecoach.ui.prompts.widgets import echo, select

QMARK = "›"


def ask_scenario(question: str, choices: list[tuple[str, str]], lang: Lang) -> str:
    """Which scenario: (id, text) by number or with the arrow keys."""
    return str(select(question, [(text, ident) for ident, text in choices], lang, shortcuts=True))


def ask_line(prompt: str, default: str = "") -> str:
    """The caseworker's next line, typed freely (``default`` offers a refused line again,
    so nothing typed is lost); Ctrl-C raises KeyboardInterrupt. What stays on the screen
    is wrapped at words (prompt_toolkit's own line would break them)."""
    line = str(questionary.text(prompt, default=default, qmark=QMARK, erase_when_done=True).unsafe_ask())
    echo(prompt, line, QMARK)
    return line
