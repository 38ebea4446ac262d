"""Reading the fields of one YAML item, with a problem (file:line) for each bad field.

Shared by every loader of data files (banks, decision tree, guide, practice
cases). Problems are messages of the i18n catalogue (``Msg``), so a check
speaks the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import Any, TypeVar

from samtalecoach.content.yamlsrc import LinedDict
from samtalecoach.core.errors import Msg, Problem
from samtalecoach.core.model import Lang, Localized, Source

E = TypeVar("E", bound=Enum)

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")


def choices(enum: type[Enum]) -> str:
    """The values of ``enum``, comma-separated, for 'expected …' messages."""
    return ", ".join(str(m.value) for m in enum)


def noun(name: str) -> Msg:
    """A noun of the catalogue ('noun.kind' -> 'spørgsmålstype' / 'kind')."""
    return Msg(f"noun.{name}")


def show(value: Any) -> object:
    """A value for a message: a string quoted, anything else by its kind."""
    if isinstance(value, str):
        return f"'{value}'"
    return kind_of(value)


def kind_of(value: Any) -> Msg:
    """What kind of YAML value ``value`` is, as a message."""
    if isinstance(value, bool):
        return Msg("value.bool")
    if isinstance(value, (int, float)):
        return Msg("value.number")
    if isinstance(value, list):
        return Msg("value.list")
    if isinstance(value, dict):
        return Msg("value.mapping")
    if value is None:
        return Msg("value.none")
    return Msg("value.other")


class FieldReader:
    """Reads the fields of one item, recording a problem for each bad field."""

    def __init__(self, problems: list[Problem], file: str, node: LinedDict,
                 label: tuple[Msg, ...]) -> None:
        self.problems = problems
        self.file = file
        self.node = node
        self.label = label
        self.ok = True

    @property
    def source(self) -> Source:
        """Where the item starts."""
        return Source(self.file, self.node.line)

    def error(self, key: str | None, what: Msg) -> None:
        """Record a problem at the line of ``key`` (or of the item)."""
        line = self.node.line_of(key) if key else self.node.line
        self.problems.append(Problem(self.file, line, what, self.label))
        self.ok = False

    def check_keys(self, allowed: set[str], required: Iterable[str]) -> None:
        """Unknown keys and missing required keys are problems."""
        for key in self.node:
            if key not in allowed:
                self.error(key, Msg.of("p.unknown", noun=noun("field"), value=f"'{key}'",
                                       choices=", ".join(sorted(allowed))))
        for key in required:
            if key not in self.node:
                self.error(None, Msg.of("p.missing_field", key=key))

    def text(self, key: str, *, required: bool = True) -> Localized | None:
        """A ``{da: ..., en: ...}`` text."""
        value = self.node.get(key)
        if value is None:
            if required and key in self.node:
                self.error(key, Msg.of("p.empty_text", key=key))
            return None
        if not isinstance(value, dict):
            self.error(key, Msg.of("p.not_texts", key=key))
            return None
        return self._localized(key, value, Msg.of("p.field", key=key))

    def _localized(self, key: str, value: dict[str, Any], what: Msg) -> Localized | None:
        langs = [lang.value for lang in Lang]
        texts: dict[str, str] = {}
        for lang_key in value:
            if lang_key not in langs:
                self.error(key, Msg.of("p.in", what=what, problem=Msg.of(
                    "p.unknown", noun=noun("language"), value=f"'{lang_key}'",
                    choices=", ".join(langs))))
        for lang in langs:
            text = value.get(lang)
            if lang not in value:
                self.error(key, Msg.of("p.in", what=what, problem=Msg.of("p.no_translation", lang=lang)))
            elif not isinstance(text, str):
                self.error(key, Msg.of("p.in", what=what, problem=Msg.of(
                    "p.lang_not_text", lang=lang, got=kind_of(text))))
            elif not text.strip():
                self.error(key, Msg.of("p.in", what=what, problem=Msg.of("p.lang_empty", lang=lang)))
            else:
                texts[lang] = " ".join(text.split())
        if len(texts) != len(langs):
            return None
        return Localized(da=texts["da"], en=texts["en"])

    def sub_items(self, key: str, shape: str, keys: set[str],
                  required: list[str] | None = None) -> list[FieldReader]:
        """Readers for a non-empty list of mappings under ``key`` (e.g. steps, why_not), with
        the fields ``keys`` (all required unless ``required`` names fewer).

        Their problems count as this item's: ``self.ok`` follows theirs via ``close``.
        """
        value = self.node.get(key)
        if not isinstance(value, list) or not value:
            self.error(key, Msg.of("p.list_of", key=key, shape=shape))
            return []
        readers = []
        for entry in value:
            if not isinstance(entry, LinedDict):
                self.error(key, Msg.of("p.entries_must_be", key=key, shape=shape))
                continue
            reader = FieldReader(self.problems, self.file, entry, (*self.label, Msg.of("p.sub", key=key)))
            reader.check_keys(keys, sorted(keys) if required is None else required)
            readers.append(reader)
        return readers

    def close(self, readers: Iterable[FieldReader]) -> None:
        """Take over the verdict of sub-item readers."""
        self.ok = self.ok and all(r.ok for r in readers)

    def text_list(self, key: str) -> tuple[Localized, ...]:
        """A non-empty list of ``{da: ..., en: ...}`` texts."""
        value = self.node.get(key)
        if not isinstance(value, list) or not value:
            self.error(key, Msg.of("p.text_list", key=key))
            return ()
        result = []
        for index, entry in enumerate(value, 1):
            if not isinstance(entry, dict):
                self.error(key, Msg.of("p.text_entry", key=key, index=index))
                continue
            loc = self._localized(key, entry, Msg.of("p.field_entry", key=key, index=index))
            if loc is not None:
                result.append(loc)
        return tuple(result)

    def enum(self, key: str, enum: type[E], name: str) -> E | None:
        """One value of ``enum`` (None when absent or unknown)."""
        value = self.node.get(key)
        if key not in self.node:
            return None
        try:
            return enum(value)
        except ValueError:
            self.error(key, Msg.of("p.unknown", noun=noun(name), value=show(value), choices=choices(enum)))
            return None

    def enum_list(
        self, key: str, enum: type[E], name: str, *, allow_empty: bool = False
    ) -> tuple[E, ...]:
        """A list of distinct values of ``enum``."""
        values = self.str_list(key, allow_empty=allow_empty)
        result: list[E] = []
        for value in values:
            try:
                member = enum(value)
            except ValueError:
                self.error(key, Msg.of("p.unknown", noun=noun(name), value=show(value),
                                       choices=choices(enum)))
                continue
            if member in result:
                self.error(key, Msg.of("p.twice", noun=noun(name), value=show(value)))
            else:
                result.append(member)
        return tuple(result)

    def str_list(self, key: str, *, allow_empty: bool = True) -> tuple[str, ...]:
        """A list of non-empty texts (absent: empty)."""
        if key not in self.node:
            return ()
        value = self.node[key]
        if value is None:
            value = []
        if not isinstance(value, list):
            self.error(key, Msg.of("p.not_list", key=key, got=kind_of(value)))
            return ()
        if not value and not allow_empty:
            self.error(key, Msg.of("p.list_empty", key=key))
        result = []
        for entry in value:
            if isinstance(entry, str) and entry.strip():
                result.append(entry.strip())
            else:
                self.error(key, Msg.of("p.list_holds", key=key, value=show(entry)))
        return tuple(result)

    def optional_id(self, key: str) -> str | None:
        """An id-shaped text, or None when absent."""
        value = self.node.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            self.error(key, Msg.of("p.not_id", key=key, value=show(value)))
            return None
        return value


def mappings(problems: list[Problem], file: str, parent: LinedDict, key: str) -> list[LinedDict]:
    """The entries of the non-empty list ``parent[key]``; anything else is a problem."""
    value = parent.get(key)
    if not isinstance(value, list) or not value:
        problems.append(Problem(file, parent.line_of(key), Msg.of("p.nonempty_list", key=key)))
        return []
    entries = [v for v in value if isinstance(v, LinedDict)]
    if len(entries) != len(value):
        problems.append(Problem(file, parent.line_of(key), Msg.of("p.entries_mappings", key=key)))
    return entries


def items_with_ids(
    problems: list[Problem], file: str, entries: Iterable[LinedDict], name: str,
    seen: dict[str, Source],
) -> Iterator[tuple[FieldReader, str]]:
    """A reader and the id of every entry with a valid, new id.

    ``seen`` maps the ids met so far to where they were defined; pass the same
    dict to several calls for ids that must be unique across files or lists. An
    invalid or missing id, or a duplicate (naming the first definition), is a
    problem and the entry is skipped.
    """
    for index, node in enumerate(entries, 1):
        raw = node.get("id")
        valid = isinstance(raw, str) and ID_PATTERN.fullmatch(raw)
        label = (Msg.of("item", noun=noun(name), id=raw),) if valid else (
            Msg.of("item.number", noun=noun(name), index=index),)
        reader = FieldReader(problems, file, node, label)
        if not valid:
            reader.error("id", Msg.of("p.missing_field", key="id") if raw is None
                         else Msg.of("p.bad_id", value=show(raw)))
            continue
        assert isinstance(raw, str)
        if raw in seen:
            reader.error("id", Msg.of("p.duplicate_id", first=str(seen[raw])))
            continue
        seen[raw] = reader.source
        yield reader, raw
