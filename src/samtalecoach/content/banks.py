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

from samtalecoach.content.fields import FieldReader, items_with_ids, noun
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Msg, Problem
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
    Requirement,
    Situation,
    Source,
    Theme,
)
from samtalecoach.core.paths import display_path

SECTIONS = ("questions", "situations", "families", "reflection_questions")

QUESTION_KEYS = {
    "id", "kind", "form", "intensity", "phases", "conversation_types",
    "situations", "family", "text", "note", "requires",
}
QUESTION_REQUIRED = ("id", "kind", "form", "intensity", "phases", "conversation_types", "text")
SITUATION_KEYS = {"id", "name", "description", "care_notes", "aliases"}
FAMILY_KEYS = {"id", "name"}
REFLECTION_KEYS = {"id", "moment", "theme", "conversation_types", "text"}
#: The noun (catalogue key noun.*) of an item of each section.
NOUNS = {"questions": "question", "situations": "situation", "families": "family",
         "reflection_questions": "reflection"}


class _Collector:
    """Gathers validated items from many files and checks ids across them."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.question_nodes: list[tuple[FieldReader, str]] = []
        self.situations: dict[str, Situation] = {}
        self.families: dict[str, Family] = {}
        self.reflections: dict[str, ReflectionQuestion] = {}
        #: Where each id of each section was first defined (ids are unique per section).
        self.seen: dict[str, dict[str, Source]] = {section: {} for section in SECTIONS}

    def add_file(self, path: Path) -> None:
        display = display_path(path)
        document, problems = read_yaml(path, display)
        self.problems.extend(problems)
        if document is None:
            if not problems:
                self.problems.append(Problem(display, 1, Msg("p.empty_file")))
            return
        if not isinstance(document, LinedDict):
            self.problems.append(Problem(display, 1, Msg.of("p.expected_top", keys=", ".join(SECTIONS))))
            return
        for key, value in document.items():
            line = document.line_of(key)
            if key not in SECTIONS:
                self.problems.append(Problem(display, line, Msg.of(
                    "p.unknown", noun=noun("section"), value=f"'{key}'", choices=", ".join(SECTIONS))))
            elif not isinstance(value, list):
                self.problems.append(Problem(display, line, Msg.of("p.section_list", key=key)))
            else:
                self._add_section(display, key, value, line)

    def _add_section(self, file: str, section: str, entries: list[Any], line: int) -> None:
        nodes = [n for n in entries if isinstance(n, LinedDict)]
        if len(nodes) != len(entries):
            self.problems.append(Problem(file, line, Msg.of("p.entries_mappings", key=section)))
        for item, item_id in items_with_ids(self.problems, file, nodes, NOUNS[section], self.seen[section]):
            if section == "questions":
                self.question_nodes.append((item, item_id))
            elif section == "situations":
                self._situation(item, item_id)
            elif section == "families":
                self._family(item, item_id)
            else:
                self._reflection(item, item_id)

    def _situation(self, item: FieldReader, item_id: str) -> None:
        node = item.node
        item.check_keys(SITUATION_KEYS, ("id", "name", "description", "care_notes"))
        name = item.text("name")
        description = item.text("description")
        notes = item.text_list("care_notes") if "care_notes" in node else ()
        aliases = tuple(a.lower() for a in item.str_list("aliases"))
        if item.ok and name and description:
            self.situations[item_id] = Situation(
                item_id, name, description, notes, aliases, item.source
            )

    def _family(self, item: FieldReader, item_id: str) -> None:
        item.check_keys(FAMILY_KEYS, ("id", "name"))
        name = item.text("name")
        if item.ok and name:
            self.families[item_id] = Family(item_id, name, item.source)

    def _reflection(self, item: FieldReader, item_id: str) -> None:
        item.check_keys(REFLECTION_KEYS, ("id", "moment", "theme", "text"))
        moment = item.enum("moment", Moment, "moment")
        theme = item.enum("theme", Theme, "theme")
        types = item.enum_list("conversation_types", ConversationType, "type",
                               allow_empty=True)
        text = item.text("text")
        if text is not None:
            _check_question_text(item, text)
        if item.ok and moment and theme and text:
            self.reflections[item_id] = ReflectionQuestion(
                item_id, moment, theme, types, text, item.source
            )

    def question(self, item: FieldReader, item_id: str) -> Question | None:
        """Validate one question; situations and families must be known by now."""
        node = item.node
        item.check_keys(QUESTION_KEYS, QUESTION_REQUIRED)
        kind = item.enum("kind", Kind, "kind")
        form = item.enum("form", Form, "form")
        intensity = item.enum("intensity", Intensity, "intensity")
        phases = item.enum_list("phases", Phase, "phase")
        types = item.enum_list("conversation_types", ConversationType, "type")
        situations = item.str_list("situations")
        for situation in situations:
            if situation not in self.situations:
                item.error("situations", Msg.of("p.unknown_one_of", noun=noun("situation"), value=f"'{situation}'",
                                                choices=", ".join(sorted(self.situations)) or "-"))
        family = item.optional_id("family")
        if family is not None and family not in self.families:
            item.error("family", Msg.of("p.unknown_one_of", noun=noun("family"), value=f"'{family}'",
                                        choices=", ".join(sorted(self.families)) or "-"))
        text = item.text("text")
        if text is not None:
            _check_question_text(item, text)
        note = item.text("note", required=False) if "note" in node else None
        requires = item.enum_list("requires", Requirement, "requirement", allow_empty=True)
        if not (item.ok and kind and form and intensity and text):
            return None
        return Question(
            id=item_id, text=text, kind=kind, form=form, phases=phases,
            conversation_types=types, situations=situations, intensity=intensity,
            family=family, note=note, source=item.source, requires=requires,
        )


def _check_question_text(item: FieldReader, text: Localized) -> None:
    for lang in Lang:
        if not text.get(lang).endswith("?"):
            item.error("text", Msg.of("p.question_mark", lang=lang.value))


def load_banks(files: Sequence[Path]) -> Banks:
    """Load, validate and cross-check ``files``. Raises DataError listing every problem."""
    collector = _Collector()
    for path in files:
        collector.add_file(path)
    _check_aliases(collector)
    questions = [collector.question(item, item_id) for item, item_id in collector.question_nodes]
    if collector.problems:
        raise DataError(collector.problems, key="check.failed")
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
                collector.problems.append(Problem(
                    src.file, src.line, Msg.of("p.alias_taken", alias=alias, other=other),
                    (Msg.of("item", noun=noun("situation"), id=situation.id),)))
            owner[alias] = situation.id
