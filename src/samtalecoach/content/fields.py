"""Reading the fields of one YAML item, with a problem (file:line) for each bad field.

Shared by every loader of data files (banks, decision tree, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeVar

from samtalecoach.content.yamlsrc import LinedDict
from samtalecoach.core.errors import Problem
from samtalecoach.core.model import Lang, Localized, Source

E = TypeVar("E", bound=Enum)

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")


def _choices(enum: type[Enum]) -> str:
    return ", ".join(str(m.value) for m in enum)


class FieldReader:
    """Reads the fields of one item, recording a problem for each bad field."""

    def __init__(
        self, problems: list[Problem], file: str, node: LinedDict, label: str
    ) -> None:
        self.problems = problems
        self.file = file
        self.node = node
        self.label = label
        self.ok = True

    @property
    def source(self) -> Source:
        return Source(self.file, self.node.line)

    def error(self, key: str | None, message: str) -> None:
        line = self.node.line_of(key) if key else self.node.line
        self.problems.append(Problem(self.file, line, f"{self.label}: {message}"))
        self.ok = False

    def check_keys(self, allowed: set[str], required: Iterable[str]) -> None:
        for key in self.node:
            if key not in allowed:
                self.error(key, f"unknown field '{key}' (expected {', '.join(sorted(allowed))})")
        for key in required:
            if key not in self.node:
                self.error(None, f"missing field '{key}'")

    def text(self, key: str, *, required: bool = True) -> Localized | None:
        value = self.node.get(key)
        if value is None:
            if required and key in self.node:
                self.error(key, f"field '{key}' is empty (expected da and en texts)")
            return None
        if not isinstance(value, dict):
            self.error(key, f"field '{key}' must map languages to text, e.g. {{da: ..., en: ...}}")
            return None
        return self._localized(key, value, f"field '{key}'")

    def _localized(self, key: str, value: dict[str, Any], what: str) -> Localized | None:
        langs = [lang.value for lang in Lang]
        texts: dict[str, str] = {}
        for lang_key in value:
            if lang_key not in langs:
                self.error(key, f"{what}: unknown language '{lang_key}' (expected {', '.join(langs)})")
        for lang in langs:
            text = value.get(lang)
            if lang not in value:
                self.error(key, f"{what}: missing translation '{lang}'")
            elif not isinstance(text, str):
                self.error(key, f"{what}: '{lang}' must be text, got {_kind_of(text)}")
            elif not text.strip():
                self.error(key, f"{what}: '{lang}' text is empty")
            else:
                texts[lang] = " ".join(text.split())
        if len(texts) != len(langs):
            return None
        return Localized(da=texts["da"], en=texts["en"])

    def sub_items(self, key: str, shape: str, keys: set[str]) -> list[FieldReader]:
        """Readers for a non-empty list of mappings under ``key`` (e.g. steps, why_not).

        Their problems count as this item's: ``self.ok`` follows theirs via ``close``.
        """
        value = self.node.get(key)
        if not isinstance(value, list) or not value:
            self.error(key, f"field '{key}' must list at least one {shape}")
            return []
        readers = []
        for entry in value:
            if not isinstance(entry, LinedDict):
                self.error(key, f"every entry of '{key}' must be {shape}")
                continue
            reader = FieldReader(self.problems, self.file, entry, f"{self.label} {key}")
            reader.check_keys(keys, sorted(keys))
            readers.append(reader)
        return readers

    def close(self, readers: Iterable[FieldReader]) -> None:
        """Take over the verdict of sub-item readers."""
        self.ok = self.ok and all(r.ok for r in readers)

    def text_list(self, key: str) -> tuple[Localized, ...]:
        value = self.node.get(key)
        if not isinstance(value, list) or not value:
            self.error(key, f"field '{key}' must be a non-empty list of {{da: ..., en: ...}} texts")
            return ()
        result = []
        for index, entry in enumerate(value, 1):
            if not isinstance(entry, dict):
                self.error(key, f"field '{key}' entry {index} must be {{da: ..., en: ...}}")
                continue
            loc = self._localized(key, entry, f"field '{key}' entry {index}")
            if loc is not None:
                result.append(loc)
        return tuple(result)

    def enum(self, key: str, enum: type[E], noun: str) -> E | None:
        value = self.node.get(key)
        if key not in self.node:
            return None
        try:
            return enum(value)
        except ValueError:
            self.error(key, f"unknown {noun} {show(value)} (expected {_choices(enum)})")
            return None

    def enum_list(
        self, key: str, enum: type[E], noun: str, *, allow_empty: bool = False
    ) -> tuple[E, ...]:
        values = self.str_list(key, allow_empty=allow_empty)
        result: list[E] = []
        for value in values:
            try:
                member = enum(value)
            except ValueError:
                self.error(key, f"unknown {noun} {show(value)} (expected {_choices(enum)})")
                continue
            if member in result:
                self.error(key, f"{noun} '{value}' is listed twice")
            else:
                result.append(member)
        return tuple(result)

    def str_list(self, key: str, *, allow_empty: bool = True) -> tuple[str, ...]:
        if key not in self.node:
            return ()
        value = self.node[key]
        if value is None:
            value = []
        if not isinstance(value, list):
            self.error(key, f"field '{key}' must be a list, e.g. [a, b], got {_kind_of(value)}")
            return ()
        if not value and not allow_empty:
            self.error(key, f"field '{key}' must not be empty")
        result = []
        for entry in value:
            if isinstance(entry, str) and entry.strip():
                result.append(entry.strip())
            else:
                self.error(key, f"field '{key}' holds {show(entry)}; expected text")
        return tuple(result)

    def optional_id(self, key: str) -> str | None:
        value = self.node.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            self.error(key, f"field '{key}' must be an id like 'earlier_success', got {show(value)}")
            return None
        return value


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return type(value).__name__


def show(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else _kind_of(value)


