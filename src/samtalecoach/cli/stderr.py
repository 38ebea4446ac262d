"""Messages on stderr: whole words on every line of a terminal, one line per message in a pipe."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap


def _width() -> int | None:
    """The terminal's width when stderr is one, else None (a log keeps whole lines)."""
    try:
        if not os.isatty(sys.stderr.fileno()):
            return None
    except (AttributeError, OSError, ValueError):  # a StringIO in tests, a closed stream
        return None
    return max(shutil.get_terminal_size().columns, 20)


def fold(text: str, width: int | None) -> str:
    """``text`` folded at word boundaries to ``width`` (unchanged without one); a word
    longer than the line (a path) is kept whole, and so is an indented line (a command
    to copy)."""
    if width is None:
        return text
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if paragraph.startswith(" "):
            lines.append(paragraph)
            continue
        lines += textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(lines)


def say(text: str) -> None:
    """Write ``text`` and a newline to stderr, folded for the terminal."""
    sys.stderr.write(fold(text, _width()) + "\n")
