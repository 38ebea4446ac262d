"""Shared looks for the terminal: colours per conversation type, the narrow layout, charts."""

from __future__ import annotations

from rich.text import Text

from samtalecoach.core.i18n import label
from samtalecoach.core.model import ConversationType, Lang

#: Below this many columns, tables give way to a one-column list.
NARROW = 60
SPARK = "▁▂▃▄▅▆▇█"


TYPE_STYLE = {
    ConversationType.ADVISORY_AUTHORITY: "red",
    ConversationType.ADVISORY_DECISION: "magenta",
    ConversationType.ADVISORY_EXPERT: "blue",
    ConversationType.ADVISORY_HELPER: "cyan",
    ConversationType.COACHING: "green",
    ConversationType.CO_CREATIVE: "yellow",
}


def type_text(lang: Lang, ctype: ConversationType) -> Text:
    """The type's name in its colour."""
    return Text(label(lang, ctype), style=f"bold {TYPE_STYLE[ctype]}")


def bar(right: int, total: int, width: int = 10) -> str:
    """'███████░░░' for right out of total."""
    filled = round(width * right / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def spark(values: list[int]) -> str:
    """A small chart of 0-10 values: one block per value."""
    return "".join(SPARK[min(v * len(SPARK) // 11, len(SPARK) - 1)] for v in values)
