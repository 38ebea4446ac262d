"""How texts refer to the citizen: 'hun', 'han' or 'borgeren' (she, he, the citizen).

The content is written about a citizen called 'hun'/'she' (the model's examples
do so). A plan, a process or a practice case says how its citizen is referred
to, and every text shown for it is rewritten with :func:`refer`. Danish is
exact (hun/hende/hendes). English 'her' is an object or a possessive: it is read
as an object before punctuation or a word from :data:`OBJECT_FOLLOWERS`, and as
a possessive before anything else ('her own', 'her son').
"""

from __future__ import annotations

import dataclasses
import re
from enum import StrEnum
from typing import Any, TypeVar

from samtalecoach.core.model import Lang, Localized

T = TypeVar("T")


class Citizen(StrEnum):
    """How to refer to the citizen."""

    SHE = "hun"
    HE = "han"
    NEUTRAL = "borgeren"


#: What a user may write for each way of referring to the citizen.
NAMES = {Citizen.SHE: {"hun", "she", "her"}, Citizen.HE: {"han", "he", "him"},
         Citizen.NEUTRAL: {"borgeren", "the citizen", "citizen", "neutral"}}


def citizen_named(text: str) -> Citizen | None:
    """The way of referring to the citizen that ``text`` names (hun, han, borgeren, or
    she, he, the citizen), or None."""
    wanted = text.strip().lower()
    return next((c for c, names in NAMES.items() if wanted in names), None)


DANISH = {
    Citizen.HE: {"hun": "han", "hende": "ham", "hendes": "hans"},
    Citizen.NEUTRAL: {"hun": "borgeren", "hende": "borgeren", "hendes": "borgerens"},
}
ENGLISH = {
    Citizen.HE: {"she": "he", "hers": "his", "herself": "himself", "her:object": "him", "her:own": "his"},
    Citizen.NEUTRAL: {"she": "the citizen", "hers": "the citizen's", "herself": "themselves",
                      "her:object": "the citizen", "her:own": "the citizen's"},
}
#: Words after which 'her' is an object ('tell her what', 'let her find'), not a possessive.
OBJECT_FOLLOWERS = frozenset([
    "a", "about", "afterwards", "again", "alone", "an", "and", "any", "anything", "as", "ask", "at", "back",
    "be", "because", "before", "beforehand", "but", "by", "choose", "clearly", "come", "do", "down",
    "everything", "explain", "feel", "find", "first", "for", "from", "get", "give", "go", "have", "help",
    "how", "if", "in", "into", "it", "keep", "know", "let", "make", "more", "need", "needing", "nothing",
    "now", "of", "on", "openly", "or", "out", "over", "plenty", "repeat", "say", "see", "so", "some",
    "something", "stuck", "summarise", "take", "tell", "than", "that", "the", "these", "this", "those",
    "through", "to", "today", "too", "up", "use", "what", "when", "where", "whether", "which", "who", "why",
    "with", "within", "without", "yet", "your",
])
_DANISH_WORD = re.compile(r"\b(hun|hende|hendes)\b", re.IGNORECASE)
_ENGLISH_WORD = re.compile(r"\b(she|hers|herself|her)\b(?=(\W*)(\w*))", re.IGNORECASE)


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def refer(text: str, lang: Lang, citizen: Citizen) -> str:
    """``text`` (written about 'hun'/'she') about the citizen as ``citizen`` says."""
    if citizen is Citizen.SHE:
        return text
    if lang is Lang.DA:
        table = DANISH[citizen]
        return _DANISH_WORD.sub(lambda m: _cased(table[m.group(1).lower()], m.group(1)), text)
    words = ENGLISH[citizen]

    def english(match: re.Match[str]) -> str:
        word, gap, following = match.group(1), match.group(2), match.group(3).lower()
        key = word.lower()
        if key == "her":
            key = "her:object" if gap.strip() or not following or following in OBJECT_FOLLOWERS else "her:own"
        return _cased(words[key], word)

    return _ENGLISH_WORD.sub(english, text)


def refer_all(value: T, citizen: Citizen) -> T:
    """A copy of ``value`` (dataclasses, tuples, lists and dicts of them) with every
    Localized text rewritten for ``citizen``. Dataclasses that say ``SAID_TO_HER``
    (questions to the citizen, the user's own questions) are left as they are."""
    if citizen is Citizen.SHE:
        return value
    return _walk(value, citizen)  # type: ignore[no-any-return]


def _walk(value: Any, citizen: Citizen) -> Any:
    if isinstance(value, Localized):
        return Localized(refer(value.da, Lang.DA, citizen), refer(value.en, Lang.EN, citizen))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if getattr(value, "SAID_TO_HER", False):
            return value  # questions are said to her ('du'); a 'hun' in them is someone else
        changes = {f.name: _walk(getattr(value, f.name), citizen) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_walk(v, citizen) for v in value)
    if isinstance(value, list):
        return [_walk(v, citizen) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, citizen) for k, v in value.items()}
    return value
