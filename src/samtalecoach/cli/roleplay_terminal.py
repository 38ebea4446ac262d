"""A role-play session in the terminal: Rich views and the prompts of ``ui.prompts.roleplay``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.console import Console

from samtalecoach.cli.common import console
from samtalecoach.core.errors import Msg
from samtalecoach.core.i18n import render, t
from samtalecoach.core.model import Lang, Question
from samtalecoach.core.privacy import find_cpr
from samtalecoach.roleplay import render as views
from samtalecoach.roleplay.debrief import Debrief
from samtalecoach.roleplay.play import Conversation, Turn

#: What Ctrl-D at an empty line means (the session knows the command in both languages).
END_COMMAND = "/slut"


@dataclass(slots=True)
class TerminalSessionUI:
    """The session's screen: the brief, a status line before each line she is asked, her replies."""

    lang: Lang
    exam: bool = False
    #: A refused line, offered again (without a CPR number) so nothing typed is lost.
    offer: str = ""
    #: The session and its debrief once finished (for --output).
    last: tuple[Conversation, Debrief] | None = None
    #: One console for the whole session (making one takes a few milliseconds a turn).
    out: Console = field(default_factory=console)

    def begin(self, conversation: Conversation) -> None:
        out = self.out
        out.print(views.brief_view(conversation, self.lang, self.exam))
        out.print(views.reply_view(conversation, None, self.lang, self.exam))

    def ask(self, conversation: Conversation) -> str:
        from samtalecoach.ui.prompts.roleplay import ask_line

        out = self.out
        out.print(views.status_view(conversation, self.lang, self.exam, out.width))
        default, self.offer = self.offer, ""
        try:
            return ask_line(t(self.lang, "rp.you") + ":", default)
        except EOFError:  # Ctrl-D: no more lines, so the conversation ends as with /slut
            return END_COMMAND

    def reply(self, conversation: Conversation, turn: Turn) -> None:
        out = self.out
        out.print(views.reply_view(conversation, turn, self.lang, self.exam))
        out.print()

    def notice(self, conversation: Conversation, msg: Msg, line: str = "") -> None:
        out = self.out
        out.print(render(self.lang, msg), style="yellow")
        out.print()
        if line:
            found = find_cpr(line)
            offer = line if found is None else line.replace(found, "…")
            self.offer = offer if find_cpr(offer) is None else ""

    def hints(self, conversation: Conversation, questions: Sequence[Question]) -> None:
        self.out.print(views.hints_view(questions, self.lang))

    def finish(self, conversation: Conversation, result: Debrief) -> None:
        self.last = (conversation, result)
        out = self.out
        if result.closing is not None:
            out.print(f"{conversation.scenario.citizen.name}: {result.closing.get(self.lang)}", style="cyan")
        out.print()
        out.print(views.debrief_view(conversation, result, self.lang))
