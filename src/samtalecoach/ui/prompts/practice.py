"""The practice drills in the terminal: the menu and one task."""

from __future__ import annotations

from samtalecoach.core.i18n import t
from samtalecoach.core.model import Lang
from samtalecoach.ui.prompts.widgets import select, text_field


def ask_task(prompt: str, choices: list[tuple[str, str]], lang: Lang) -> str:
    """One drill task: choose among (value, text) by number or with the arrow keys; long
    texts wrap, whole."""
    return str(select(prompt, [(text, value) for value, text in choices], lang, shortcuts=True))


def ask_free(prompt: str, lang: Lang) -> str:
    """A drill task answered in the student's own words (rewrite a line as an open question)."""
    return text_field(prompt, lang)


def ask_drill(lang: Lang, drills: list[tuple[str, str]]) -> str:
    """The practice menu: which drill (or all), by number or with the arrow keys."""
    return str(select(t(lang, "practice.menu"), [(text, value) for value, text in drills], lang, shortcuts=True))
