"""Putting messages in the user's language: the language to use, and the catalogue lookups."""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import TypeVar

from samtalecoach.core.errors import DataError, Msg, Problem, SamtaleError, UsageError
from samtalecoach.core.messages import LABELS, MESSAGES
from samtalecoach.core.model import Lang, Localized
from samtalecoach.core.textfold import fold

E = TypeVar("E", bound=Enum)


def resolve_lang(value: str | None) -> Lang:
    """The language from ``--lang``, else ``SAMTALE_LANG``, else Danish."""
    if value is not None:
        where, raw = "--lang", value
    else:
        where, raw = "SAMTALE_LANG", os.environ.get("SAMTALE_LANG", "") or "da"
    try:
        return Lang(raw.strip().lower())
    except ValueError:
        raise UsageError(key="error.lang", value=raw, where=where) from None


def startup_lang() -> Lang:
    """The language for help texts, which are needed before options are parsed."""
    argv = sys.argv[1:]
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return Lang.EN if arg.endswith("=en") else Lang.DA
        if arg == "--lang" and index + 1 < len(argv):
            return Lang.EN if argv[index + 1] == "en" else Lang.DA
    return Lang.EN if os.environ.get("SAMTALE_LANG", "").strip().lower() == "en" else Lang.DA


#: Values that messages quote back from the user's input; cut to QUOTE_LIMIT so that a
#: 10 MB value in a file never becomes a 10 MB message.
QUOTED = frozenset({"value", "values", "label", "key", "tag", "anchor", "option", "item"})
QUOTE_LIMIT = 80


def _quoted(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_LIMIT else flat[: QUOTE_LIMIT - 1] + "…"


def _value(lang: Lang, name: str, value: object) -> object:
    if isinstance(value, Msg):
        return render(lang, value)
    if isinstance(value, Localized):
        return value.get(lang)
    if name in QUOTED and not isinstance(value, (int, float)):
        return _quoted(str(value))
    return value


def t(lang: Lang, key: str, /, **values: object) -> str:
    """The message ``key`` in ``lang``, formatted with ``values`` (which may be
    messages or localised texts themselves; quoted input is cut short)."""
    da, en = MESSAGES[key]
    text = da if lang is Lang.DA else en
    return text.format(**{name: _value(lang, name, value) for name, value in values.items()})


def template(lang: Lang, key: str) -> str:
    """The message ``key`` in ``lang`` as written, its ``{placeholders}`` not filled."""
    da, en = MESSAGES[key]
    return da if lang is Lang.DA else en


def render(lang: Lang, msg: Msg) -> str:
    """A message in ``lang``."""
    return t(lang, msg.key, **msg.params)


def problem_text(lang: Lang, problem: Problem) -> str:
    """'file:line: item: what', in ``lang``."""
    parts = [f"{problem.file}:{problem.line}"]
    if problem.item:
        parts.append(" ".join(render(lang, part) for part in problem.item))
    parts.append(render(lang, problem.what))
    return ": ".join(parts)


def message(lang: Lang, err: SamtaleError) -> str:
    """The user-facing text of ``err`` in ``lang``."""
    return render(lang, err.msg)


def details(lang: Lang, err: SamtaleError) -> list[str]:
    """Lines to show before the message: every problem of a data error."""
    if isinstance(err, DataError):
        return [problem_text(lang, p) for p in err.problems]
    return []


def label(lang: Lang, value: object) -> str:
    """The display name of an enum member (kind, phase, type, ...)."""
    da, en = LABELS[value]
    return da if lang is Lang.DA else en


def parse_choices(values: list[str] | None, enum: type[E], flag: str) -> tuple[E, ...]:
    """Map option values to enum members; ids and Danish/English names are accepted,
    ignoring case, accents and ae/oe/aa."""
    result: list[E] = []
    for raw in values or []:
        wanted = fold(raw)
        for member in enum:
            names = {str(member.value), label(Lang.DA, member), label(Lang.EN, member)}
            if wanted in {fold(n) for n in names}:
                result.append(member)
                break
        else:
            raise UsageError(key="error.choice", flag=flag, value=raw,
                             choices=", ".join(str(m.value) for m in enum))
    return tuple(result)
