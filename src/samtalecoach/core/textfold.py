"""Folding text for forgiving search: case, accents and Danish letters.

``æ ø å`` are folded to ``ae oe aa`` so that a user on a foreign keyboard
finds ``ældre`` by typing ``aeldre``; other accents are dropped (``é`` to ``e``).
"""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case, Danish letters spelled out, accents removed, punctuation to spaces."""
    lowered = text.casefold().translate(_DANISH)
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", plain).strip()
