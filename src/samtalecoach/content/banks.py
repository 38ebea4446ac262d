"""Load and validate bank files into the model.

A bank file is a YAML mapping with any of the top-level keys ``questions``,
``situations``, ``families`` and ``reflection_questions``, each a list of
items. Every problem names the file, the line, the item and the field, and
says what was expected; all problems are collected before raising, so one run
shows them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samtalecoach.content.fields import ID_PATTERN, FieldReader, show
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Problem
from samtalecoach.core.model import (
    Banks,
    ConversationType,
    Family,
    Form,
    Intensity,
    Kind,
    Lang,
    Localized,
    Moment,
    Phase,
    Question,
    ReflectionQuestion,
    Situation,
    Source,
    Theme,
)
from samtalecoach.core.paths import display_path

SECTIONS = ("questions", "situations", "families", "reflection_questions")

QUESTION_KEYS = {
    "id", "kind", "form", "intensity", "phases", "conversation_types",
    "situations", "family", "text", "note",
}
QUESTION_REQUIRED = ("id", "kind", "form", "intensity", "phases", "conversation_types", "text")
SITUATION_KEYS = {"id", "name", "description", "care_notes", "aliases"}
FAMILY_KEYS = {"id", "name"}
REFLECTION_KEYS = {"id", "moment", "theme", "conversation_types", "text"}


def _item_id(
    problems: list[Problem], file: str, node: LinedDict, section: str, index: int
) -> str | None:
    """The item's id, or None after recording why it has none."""
    noun = section.rstrip("s").replace("_", " ")
    raw = node.get("id")
    if not isinstance(raw, str) or not ID_PATTERN.fullmatch(raw):
        problems.append(
            Problem(
                file,
                node.line_of("id"),
                f"{noun} #{index}: "
                + ("missing field 'id'" if raw is None else f"invalid id {show(raw)}")
                + " (expected lowercase letters, digits, '-', '_' or '.')",
            )
        )
        return None
    return raw


class _Collector:
    """Gathers validated items from many files and checks ids across them."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.question_nodes: list[tuple[str, LinedDict, str]] = []
        self.situations: dict[str, Situation] = {}
        self.families: dict[str, Family] = {}
        self.reflections: dict[str, ReflectionQuestion] = {}
        self.seen: dict[tuple[str, str], Source] = {}

    def claim(self, section: str, item_id: str, item: FieldReader) -> bool:
        """Register an id; a duplicate is a problem naming the first definition."""
        first = self.seen.get((section, item_id))
        if first is not None:
            item.error("id", f"duplicate id (first defined at {first})")
            return False
        self.seen[(section, item_id)] = item.source
        return True

    def add_file(self, path: Path) -> None:
        display = display_path(path)
        document, problems = read_yaml(path, display)
        self.problems.extend(problems)
        if document is None:
            if not problems:
                self.problems.append(Problem(display, 1, "the file is empty"))
            return
        if not isinstance(document, LinedDict):
            self.problems.append(
                Problem(display, 1, f"expected a mapping with any of: {', '.join(SECTIONS)}")
            )
            return
        for key, value in document.items():
            line = document.line_of(key)
            if key not in SECTIONS:
                self.problems.append(
                    Problem(display, line, f"unknown section '{key}' (expected {', '.join(SECTIONS)})")
                )
            elif not isinstance(value, list):
                self.problems.append(Problem(display, line, f"section '{key}' must be a list"))
            else:
                self._add_section(display, key, value, line)

    def _add_section(self, file: str, section: str, entries: list[Any], line: int) -> None:
        for index, node in enumerate(entries, 1):
            if not isinstance(node, LinedDict):
                self.problems.append(
                    Problem(file, line, f"{section} entry {index}: must be a mapping of fields")
                )
                continue
            item_id = _item_id(self.problems, file, node, section, index)
            if item_id is None:
                continue
            if section == "questions":
                self.question_nodes.append((file, node, item_id))
            elif section == "situations":
                self._situation(file, node, item_id)
            elif section == "families":
                self._family(file, node, item_id)
            else:
                self._reflection(file, node, item_id)

    def _situation(self, file: str, node: LinedDict, item_id: str) -> None:
        item = FieldReader(self.problems, file, node, f"situation '{item_id}'")
        item.check_keys(SITUATION_KEYS, ("id", "name", "description", "care_notes"))
        name = item.text("name")
        description = item.text("description")
        notes = item.text_list("care_notes") if "care_notes" in node else ()
        aliases = tuple(a.lower() for a in item.str_list("aliases"))
        if self.claim("situation", item_id, item) and item.ok and name and description:
            self.situations[item_id] = Situation(
                item_id, name, description, notes, aliases, item.source
            )

    def _family(self, file: str, node: LinedDict, item_id: str) -> None:
        item = FieldReader(self.problems, file, node, f"family '{item_id}'")
        item.check_keys(FAMILY_KEYS, ("id", "name"))
        name = item.text("name")
        if self.claim("family", item_id, item) and item.ok and name:
            self.families[item_id] = Family(item_id, name, item.source)

    def _reflection(self, file: str, node: LinedDict, item_id: str) -> None:
        item = FieldReader(self.problems, file, node, f"reflection question '{item_id}'")
        item.check_keys(REFLECTION_KEYS, ("id", "moment", "theme", "text"))
        moment = item.enum("moment", Moment, "moment")
        theme = item.enum("theme", Theme, "theme")
        types = item.enum_list("conversation_types", ConversationType, "conversation type",
                               allow_empty=True)
        text = item.text("text")
        if text is not None:
            _check_question_text(item, text)
        if self.claim("reflection", item_id, item) and item.ok and moment and theme and text:
            self.reflections[item_id] = ReflectionQuestion(
                item_id, moment, theme, types, text, item.source
            )

    def question(self, file: str, node: LinedDict, item_id: str) -> Question | None:
        """Validate one question; situations and families must be known by now."""
        item = FieldReader(self.problems, file, node, f"question '{item_id}'")
        item.check_keys(QUESTION_KEYS, QUESTION_REQUIRED)
        kind = item.enum("kind", Kind, "kind")
        form = item.enum("form", Form, "form")
        intensity = item.enum("intensity", Intensity, "intensity")
        phases = item.enum_list("phases", Phase, "phase")
        types = item.enum_list("conversation_types", ConversationType, "conversation type")
        situations = item.str_list("situations")
        for situation in situations:
            if situation not in self.situations:
                known = ", ".join(sorted(self.situations)) or "none are defined"
                item.error("situations", f"unknown situation '{situation}' (expected one of: {known})")
        family = item.optional_id("family")
        if family is not None and family not in self.families:
            known = ", ".join(sorted(self.families)) or "none are defined"
            item.error("family", f"unknown family '{family}' (expected one of: {known})")
        text = item.text("text")
        if text is not None:
            _check_question_text(item, text)
        note = item.text("note", required=False) if "note" in node else None
        claimed = self.claim("question", item_id, item)
        if not (claimed and item.ok and kind and form and intensity and text):
            return None
        return Question(
            id=item_id, text=text, kind=kind, form=form, phases=phases,
            conversation_types=types, situations=situations, intensity=intensity,
            family=family, note=note, source=item.source,
        )


def _check_question_text(item: FieldReader, text: Localized) -> None:
    for lang in Lang:
        if not text.get(lang).endswith("?"):
            item.error("text", f"the '{lang.value}' text must end with '?'")


def load_banks(files: Sequence[Path]) -> Banks:
    """Load, validate and cross-check ``files``. Raises DataError listing every problem."""
    collector = _Collector()
    for path in files:
        collector.add_file(path)
    _check_aliases(collector)
    questions = [collector.question(f, n, i) for f, n, i in collector.question_nodes]
    if collector.problems:
        raise DataError(collector.problems)
    return Banks(
        questions=tuple(q for q in questions if q is not None),
        situations=tuple(collector.situations.values()),
        families=tuple(collector.families.values()),
        reflections=tuple(collector.reflections.values()),
        files=tuple(display_path(p) for p in files),
    )


def _check_aliases(collector: _Collector) -> None:
    owner: dict[str, str] = {s: s for s in collector.situations}
    for situation in collector.situations.values():
        for alias in situation.aliases:
            other = owner.get(alias)
            if other is not None and other != situation.id:
                src = situation.source or Source("?", 0)
                collector.problems.append(
                    Problem(src.file, src.line,
                            f"situation '{situation.id}': alias '{alias}' is already used by "
                            f"situation '{other}'")
                )
            owner[alias] = situation.id
