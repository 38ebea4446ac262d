"""The prompts every flow uses, in the user's language, that never cut a word.

Built on questionary's list control and prompt_toolkit. Every text is wrapped at
word boundaries to the terminal's width before prompt_toolkit sees it (which
would break lines mid-word, or cut list entries). Keys are said on screen.
Ctrl-C raises KeyboardInterrupt for the caller, which keeps what was answered.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import questionary
from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application.current import get_app_session
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from questionary import Choice, Separator
from questionary.prompts import common
from questionary.question import Question
from questionary.styles import merge_styles_default
from rich.console import Console
from rich.text import Text

from samtalecoach.core.i18n import t
from samtalecoach.core.model import Lang

#: What a prompt returns when the user goes back a step.
GO_BACK = "__back__"
#: Room taken on the left by the pointer and marks of a list entry.
SELECT_INDENT = 3
CHECK_INDENT = 5


def columns() -> int:
    """The width of the terminal the prompts draw on (at least 20, so that a narrow
    window still gets words)."""
    return max(get_app_session().output.get_size().columns, 20)


#: A one-character word (a key such as ``<`` or ``n``, or Danish "i") and the word after it.
_KEY_AND_WORD = re.compile(r"(?<!\S)(\S) (?=\S)")
_GLUE = "\u00a0"


def wrap_lines(text: str, width: int) -> list[str]:
    """``text`` wrapped at word boundaries; words longer than ``width`` are kept whole,
    and a key is kept on the line of the word it belongs to ("< tilbage")."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        glued = _KEY_AND_WORD.sub(r"\1" + _GLUE, paragraph.replace(_GLUE, " "))
        lines += [line.replace(_GLUE, " ") for line in textwrap.wrap(
            glued, max(width, 10), break_long_words=False, break_on_hyphens=False)] or [""]
    return lines


def message(text: str, hint: str = "") -> tuple[str, str]:
    """A question and its hint, wrapped for the terminal: the question after '? ', and
    the hint on the question's last line if it fits there, else on a line of its own."""
    width = columns() - 1
    lines = wrap_lines(text, width - 2)
    if not hint:
        return "\n".join(lines), ""
    hint_lines = wrap_lines(hint, width)
    if len(hint_lines) == 1 and len(lines[-1]) + len(hint) + 4 <= width - (2 if len(lines) == 1 else 0):
        return "\n".join(lines), hint
    return "\n".join(lines), "\n" + "\n".join(hint_lines)


def entry(text: str, indent: int) -> str:
    """A list entry wrapped so that its continuation lines start under its first word."""
    lines = wrap_lines(text, columns() - indent - 1)
    return ("\n" + " " * indent).join(lines)


def echo(question: str, answer: str, qmark: str = "?") -> None:
    """What stays on the screen once a prompt is answered: '? question answer', wrapped
    at word boundaries (prompt_toolkit's own answered line would break words), in
    questionary's colours. The prompt itself is erased when done."""
    words = [("class:qmark", qmark)] + [("class:question", w) for w in " ".join(question.split()).split(" ")]
    words += [("class:answer", w) for w in answer.split()]
    width = columns() - 1
    fragments: list[tuple[str, str]] = []
    used = 0
    for style, word in words:
        if used and used + 1 + len(word) > width:
            fragments.append(("", "\n"))
            used = 0
        elif used:
            fragments.append(("", " "))
            used += 1
        fragments.append((style, word))
        used += len(word)
    fragments.append(("", "\n"))
    print_formatted_text(FormattedText(fragments), style=merge_styles_default([None]), end="")


def say(renderable: Text | str, *, style: str = "") -> None:
    """Print a line for the user (wrapped by Rich at word boundaries)."""
    Console(highlight=False, markup=False, stderr=False).print(renderable, style=style or None)


def select(question: str, choices: Sequence[tuple[str, Any]], lang: Lang, *, default: Any = None,
           back: bool = False, shortcuts: bool = False) -> Any:
    """One choice among (text, value); GO_BACK when the user chooses '← Back'."""
    indent = SELECT_INDENT + (3 if shortcuts else 0)
    items: list[Choice | Separator] = [Choice(entry(text, indent), value=value) for text, value in choices]
    if back:
        items += [Separator(" " * 4), Choice(t(lang, "prompt.back"), value=GO_BACK)]
    chosen = next((c for c in items if isinstance(c, Choice) and c.value == default), None)
    hint = t(lang, "prompt.select.keys" if shortcuts else "prompt.select.help")
    text, instruction = message(question, hint)
    answer = questionary.select(text, choices=items, default=chosen, instruction=instruction, erase_when_done=True,
                                use_shortcuts=shortcuts, use_arrow_keys=True, use_jk_keys=False).unsafe_ask()
    titles = {value: title for title, value in choices}
    echo(question, t(lang, "prompt.back") if answer == GO_BACK else titles.get(answer, str(answer)))
    return answer


def yes_no(question: str, lang: Lang, *, default: bool | None = None, back: bool = False) -> bool | str:
    """A yes/no question in the user's language: j/y for yes, n for no, and '<' for back
    when ``back`` is allowed. With no ``default``, Enter alone does nothing: the user
    must choose, so pressing Enter through a list of questions never answers any of them."""
    status: dict[str, bool | str | None] = {"answer": None, "done": False}
    keys = {True: "J/n", False: "j/N", None: "j/n"}[default] if lang is Lang.DA else \
        {True: "Y/n", False: "y/N", None: "y/n"}[default]
    text, hint = message(question, t(lang, "prompt.yes_no.back" if back else "prompt.yes_no", keys=keys))

    def tokens() -> FormattedText:
        parts = [("class:qmark", "?"), ("class:question", f" {text} ")]
        answer = status["answer"]
        if not status["done"]:
            parts.append(("class:instruction", hint + " "))
        elif answer is not None:
            said = t(lang, "prompt.back") if answer == GO_BACK else t(lang, "answer.yes" if answer else "answer.no")
            parts.append(("class:answer", said))
        return FormattedText(parts)

    bindings = KeyBindings()

    def finish(event: KeyPressEvent, answer: bool | str) -> None:
        status["answer"], status["done"] = answer, True
        event.app.exit(result=answer)

    @bindings.add(Keys.ControlC, eager=True)
    @bindings.add(Keys.ControlQ, eager=True)
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    for key in ("j", "J", "y", "Y"):
        bindings.add(key)(lambda event: finish(event, True))
    for key in ("n", "N"):
        bindings.add(key)(lambda event: finish(event, False))
    if back:
        bindings.add("<")(lambda event: finish(event, GO_BACK))

    @bindings.add(Keys.ControlM, eager=True)
    def _enter(event: KeyPressEvent) -> None:
        if default is not None:
            finish(event, default)

    @bindings.add(Keys.Any)
    def _other(event: KeyPressEvent) -> None:
        """Other keys do nothing."""

    session: PromptSession[bool | str] = PromptSession(tokens, key_bindings=bindings, erase_when_done=True,
                                                       style=merge_styles_default([None]))
    result: bool | str = Question(session.app).unsafe_ask()
    echo(question, t(lang, "prompt.back") if result == GO_BACK else t(lang, "answer.yes" if result else "answer.no"))
    return result


def confirm(question: str, lang: Lang) -> bool:
    """A yes/no question; Enter alone answers no."""
    return yes_no(question, lang, default=False) is True


def text_field(question: str, lang: Lang, *, default: str = "", back: bool = False,
               check: Callable[[str], str | None] | None = None) -> str:
    """A line of text; '<' alone goes back (GO_BACK) when ``back`` is allowed, also typed
    after an earlier answer shown as the default. ``check`` returns a problem with the
    text, or None: the problem is shown whole, wrapped, and the field is asked again
    with what was typed, so nothing is lost."""
    hint = t(lang, "prompt.text.back") if back else ""
    text, instruction = message(question, hint)
    offered = default.strip()
    while True:
        answer = str(questionary.text(text, default=default, instruction=instruction,
                                      erase_when_done=True).unsafe_ask()).strip()
        if back and answer.endswith("<") and answer[:-1].strip() in ("", offered):
            echo(question, t(lang, "prompt.back"))
            return GO_BACK
        echo(question, answer)
        problem = check(answer) if check else None
        if problem is None:
            return answer
        say(Text(problem, style="red"))
        default = answer


@dataclass(frozen=True, slots=True)
class Ticked:
    """What the user did in a checklist: the ticked values, and how they left it."""

    values: list[Any]
    #: "done" (Enter), "more" (+), "own" (n), or "back" (<).
    action: str


def checklist(question: str, choices: Sequence[tuple[str, Any, bool]], lang: Lang, *, more: bool = False,
              back: bool = False, own: bool = True) -> Ticked:
    """Tick entries (text, value, ticked) with Space; Enter goes on. '+' shows more when
    ``more``, 'n' adds the user's own when ``own``, '<' goes back when ``back``: each
    keeps the ticks, and the screen says these keys in the user's language."""
    items = [Choice(entry(text, CHECK_INDENT), value=value, checked=ticked) for text, value, ticked in choices]
    control = common.InquirerControl(items, pointer="»", initial_choice=None)
    keys = [t(lang, "prompt.picks.keys")]
    if more:
        keys.append(t(lang, "prompt.picks.more_key"))
    if own:
        keys.append(t(lang, "prompt.picks.own_key"))
    if back:
        keys.append(t(lang, "prompt.picks.back_key"))
    text, instruction = message(question, "(" + ", ".join(keys) + ")")

    def tokens() -> list[tuple[str, str]]:
        parts = [("class:qmark", "?"), ("class:question", f" {text} ")]
        if control.is_answered:
            parts.append(("class:answer", t(lang, "prompt.picks.chosen", n=len(control.selected_options))))
        else:
            parts.append(("class:instruction", instruction))
        return parts

    layout = common.create_inquirer_layout(control, tokens)
    bindings = KeyBindings()

    def leave(event: KeyPressEvent, action: str) -> None:
        control.is_answered = True
        event.app.exit(result=Ticked(list(control.selected_options), action))

    @bindings.add(Keys.ControlC, eager=True)
    @bindings.add(Keys.ControlQ, eager=True)
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    @bindings.add(" ", eager=True)
    def _toggle(event: KeyPressEvent) -> None:
        value = control.get_pointed_at().value
        if value in control.selected_options:
            control.selected_options.remove(value)
        else:
            control.selected_options.append(value)

    @bindings.add(Keys.Down, eager=True)
    def _down(event: KeyPressEvent) -> None:
        control.select_next()

    @bindings.add(Keys.Up, eager=True)
    def _up(event: KeyPressEvent) -> None:
        control.select_previous()

    bindings.add(Keys.ControlM, eager=True)(lambda event: leave(event, "done"))
    if own:
        bindings.add("n")(lambda event: leave(event, "own"))
    if more:
        bindings.add("+")(lambda event: leave(event, "more"))
    if back:
        bindings.add("<")(lambda event: leave(event, "back"))

    @bindings.add(Keys.Any)
    def _other(event: KeyPressEvent) -> None:
        """Other keys do nothing."""

    from prompt_toolkit import Application

    app: Application[Ticked] = Application(layout=layout, key_bindings=bindings, erase_when_done=True,
                                           style=merge_styles_default([None]))
    result: Ticked = Question(app).unsafe_ask()
    echo(question, t(lang, "prompt.picks.chosen", n=len(result.values)))
    return result
