"""Text that stays the text the user typed, in formats where it could be markup.

Topic titles, questions, goals and notes are written into Markdown; in Markdown,
``<script>``, ``[x](…)``, ``*`` or a line break followed by ``#`` or ``- [x]``
would become HTML, links, emphasis, headings or ticked items. :func:`md` makes
one line of literal text of it (CommonMark backslash escapes; every line break
and run of whitespace becomes one space), and :func:`one_line` does the
whitespace part for plain text. (HTML output uses ``html.escape``; Rich gets
plain text, never markup: its consoles are made with ``markup=False``.)
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&!])")


def one_line(text: str) -> str:
    """``text`` on one line: every run of whitespace (line breaks too) is one space."""
    return " ".join(text.split())


def md(text: str) -> str:
    """``text`` as one line of literal Markdown text."""
    return _SPECIAL.sub(r"\\\1", one_line(text))
