"""Labelled caseworker utterances (the training supplement and the evaluation set), read
once into frozen dataclasses; every problem names the file and the line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samtalecoach.check.rules import Flag, UtteranceForm
from samtalecoach.content.fields import FieldReader, mappings
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Msg, Problem
from samtalecoach.core.model import Kind, Lang
from samtalecoach.core.paths import display_path

KEYS = {"text", "lang", "form", "kind", "flags", "field", "situation"}
REQUIRED = ("text", "lang", "form", "kind", "flags")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One utterance with its labels; ``kind`` is None for a statement."""

    text: str
    lang: Lang
    form: UtteranceForm
    kind: Kind | None
    flags: tuple[Flag, ...]
    line: int


def _one(item: FieldReader) -> Labelled | None:
    item.check_keys(KEYS, REQUIRED)
    text = item.node.get("text")
    if not isinstance(text, str) or not text.strip():
        item.error("text", Msg.of("p.missing_field", key="text"))
    lang = item.enum("lang", Lang, "language")
    form = item.enum("form", UtteranceForm, "form")
    raw_kind = item.node.get("kind")
    kind = None if raw_kind == "none" else item.enum("kind", Kind, "kind")
    flags = item.enum_list("flags", Flag, "key", allow_empty=True)
    if not item.ok or not isinstance(text, str) or lang is None or form is None:
        return None
    if (kind is None) != (form is UtteranceForm.STATEMENT):
        item.error("kind", Msg.of("p.unknown", noun=Msg("noun.kind"), value=f"'{raw_kind}'",
                                  choices="none ⇔ statement"))
        return None
    return Labelled(text.strip(), lang, form, kind, flags, item.node.line)


def load_labelled(path: Path) -> list[Labelled]:
    """The utterances of a labelled file (``utterances: [...]``); a DataError lists every problem."""
    display = display_path(path)
    document, problems = read_yaml(path, display)
    found: list[Labelled] = []
    if isinstance(document, LinedDict):
        for index, node in enumerate(mappings(problems, display, document, "utterances"), 1):
            reader = FieldReader(problems, display, node, (Msg.of("item.number", noun=Msg("noun.key"),
                                                                  index=index),))
            labelled = _one(reader)
            if labelled is not None:
                found.append(labelled)
    elif not problems:
        problems.append(Problem(display, 1, Msg.of("p.expected_top", keys="utterances")))
    if problems:
        raise DataError(problems)
    return found
