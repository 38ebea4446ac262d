"""Load and validate the practice content: vignettes, disturbance items, process cases.

Validated like the banks (file:line, item, field): known fields, situations,
facts and types; one option of each verdict; both languages everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from samtalecoach.content.fields import ID_PATTERN, FieldReader, show
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Problem
from samtalecoach.core.model import ConversationType, Localized
from samtalecoach.core.paths import data_dir, display_path


class Field(StrEnum):
    """The field of social work a practice case comes from."""

    JOB_CENTRE = "job_centre"
    FAMILY = "family"
    DISABILITY = "disability"
    PSYCHIATRY = "psychiatry"
    ADDICTION = "addiction"
    YOUTH = "youth"
    HOUSING = "housing"


class Verdict(StrEnum):
    """How big a disturbance a follow-up question is."""

    TOO_SMALL = "too_small"
    APPROPRIATE = "appropriate"
    TOO_BIG = "too_big"


@dataclass(frozen=True, slots=True)
class CaseTopic:
    """One topic of a case: the facts, the type the tree gives, and why."""

    title: Localized
    facts: dict[str, bool]
    expected: ConversationType
    explanation: Localized


@dataclass(frozen=True, slots=True)
class Vignette:
    """A short case for the 'types' drill, with one or two topics."""

    id: str
    field: Field
    situations: tuple[str, ...]
    text: Localized
    topics: tuple[CaseTopic, ...]


@dataclass(frozen=True, slots=True)
class DisturbanceOption:
    """A candidate follow-up question and why it is too small, appropriate or too big."""

    verdict: Verdict
    text: Localized
    why: Localized


@dataclass(frozen=True, slots=True)
class DisturbanceItem:
    """A citizen's statement and three candidate follow-up questions."""

    id: str
    field: Field
    situations: tuple[str, ...]
    statement: Localized
    options: tuple[DisturbanceOption, ...]


@dataclass(frozen=True, slots=True)
class ProcessStep:
    """One conversation of a process case."""

    text: Localized
    facts: dict[str, bool]
    expected: ConversationType
    explanation: Localized


@dataclass(frozen=True, slots=True)
class ProcessCase:
    """A case told over several conversations."""

    id: str
    field: Field
    situations: tuple[str, ...]
    title: Localized
    goal: Localized
    steps: tuple[ProcessStep, ...]


@dataclass(frozen=True, slots=True)
class PracticeContent:
    """Everything the drills use beyond the question banks."""

    vignettes: tuple[Vignette, ...]
    disturbance: tuple[DisturbanceItem, ...]
    processes: tuple[ProcessCase, ...]


FILES = {"vignettes": "vignettes.yaml", "disturbance_items": "disturbance.yaml",
         "process_cases": "processes.yaml"}
FACT_VALUES = {"yes": True, "no": False, True: True, False: False}


def practice_dir() -> Path:
    """The bundled practice content."""
    return data_dir() / "practice"


class _Loader:
    def __init__(self, facts: Iterable[str], situations: Iterable[str]) -> None:
        self.problems: list[Problem] = []
        self.facts = set(facts)
        self.situations = set(situations)
        self.seen: set[str] = set()

    def entries(self, path: Path, section: str) -> list[tuple[str, LinedDict]]:
        file = display_path(path)
        document, problems = read_yaml(path, file)
        self.problems += problems
        if not isinstance(document, LinedDict) or not isinstance(document.get(section), list):
            if not problems:
                self.problems.append(Problem(file, 1, f"expected a list under '{section}'"))
            return []
        for key in document:
            if key != section:
                self.problems.append(Problem(file, document.line_of(key), f"unknown section '{key}'"))
        result = []
        for entry in document[section]:
            if isinstance(entry, LinedDict):
                result.append((file, entry))
            else:
                self.problems.append(Problem(file, document.line_of(section),
                                             f"every entry of '{section}' must be a mapping"))
        return result

    def item(self, file: str, node: LinedDict, noun: str, keys: set[str]) -> tuple[FieldReader, str]:
        raw = node.get("id")
        label = f"{noun} '{raw}'" if isinstance(raw, str) else noun
        item = FieldReader(self.problems, file, node, label)
        item.check_keys(keys, sorted(keys))
        if not isinstance(raw, str) or not ID_PATTERN.fullmatch(raw):
            item.error("id", f"invalid id {show(raw)}")
        elif raw in self.seen:
            item.error("id", "duplicate id")
        else:
            self.seen.add(raw)
        return item, str(raw)

    def common(self, item: FieldReader) -> tuple[Field | None, tuple[str, ...]]:
        field = item.enum("field", Field, "field")
        situations = item.str_list("situations")
        for situation in situations:
            if situation not in self.situations:
                item.error("situations", f"unknown situation '{situation}'")
        return field, situations

    def facts_of(self, reader: FieldReader) -> dict[str, bool]:
        raw = reader.node.get("facts")
        if not isinstance(raw, dict) or not raw:
            reader.error("facts", "field 'facts' must map facts to yes or no")
            return {}
        facts: dict[str, bool] = {}
        for key, value in raw.items():
            if key not in self.facts:
                reader.error("facts", f"unknown fact '{key}' (expected {', '.join(sorted(self.facts))})")
            elif value not in FACT_VALUES:
                reader.error("facts", f"fact '{key}' must be yes or no, got {show(value)}")
            else:
                facts[key] = FACT_VALUES[value]
        return facts

    def vignette(self, file: str, node: LinedDict) -> Vignette | None:
        item, vid = self.item(file, node, "vignette", {"id", "field", "situations", "text", "topics"})
        field, situations = self.common(item)
        text = item.text("text")
        topics = []
        readers = item.sub_items("topics", "{title, facts, expected, explanation}",
                                 {"title", "facts", "expected", "explanation"})
        for reader in readers:
            topic = self._topic(reader)
            if topic is not None:
                topics.append(CaseTopic(*topic))
        item.close(readers)
        if item.ok and field and text and topics:
            return Vignette(vid, field, situations, text, tuple(topics))
        return None

    def _topic(self, reader: FieldReader) -> tuple[Any, dict[str, bool], ConversationType, Any] | None:
        title = reader.text("title") if "title" in reader.node else reader.text("text")
        facts = self.facts_of(reader)
        expected = reader.enum("expected", ConversationType, "conversation type")
        explanation = reader.text("explanation")
        if title and expected and explanation and reader.ok:
            return title, facts, expected, explanation
        return None

    def disturbance(self, file: str, node: LinedDict) -> DisturbanceItem | None:
        item, did = self.item(file, node, "disturbance item",
                              {"id", "field", "situations", "statement", "options"})
        field, situations = self.common(item)
        statement = item.text("statement")
        options = []
        readers = item.sub_items("options", "{verdict, text, why}", {"verdict", "text", "why"})
        for reader in readers:
            verdict = reader.enum("verdict", Verdict, "verdict")
            text, why = reader.text("text"), reader.text("why")
            if verdict and text and why and reader.ok:
                options.append(DisturbanceOption(verdict, text, why))
        item.close(readers)
        if sorted(o.verdict.value for o in options) != sorted(v.value for v in Verdict) and item.ok:
            item.error("options", "needs exactly one option of each verdict: too_small, appropriate, too_big")
        if item.ok and field and statement:
            return DisturbanceItem(did, field, situations, statement, tuple(options))
        return None

    def process_case(self, file: str, node: LinedDict) -> ProcessCase | None:
        item, pid = self.item(file, node, "process case",
                              {"id", "field", "situations", "title", "goal", "steps"})
        field, situations = self.common(item)
        title, goal = item.text("title"), item.text("goal")
        steps = []
        readers = item.sub_items("steps", "{text, facts, expected, explanation}",
                                 {"text", "facts", "expected", "explanation"})
        for reader in readers:
            step = self._topic(reader)
            if step is not None:
                steps.append(ProcessStep(*step))
        item.close(readers)
        if item.ok and field and title and goal and steps:
            return ProcessCase(pid, field, situations, title, goal, tuple(steps))
        return None


def load_practice(facts: Iterable[str], situations: Iterable[str],
                  directory: Path | None = None) -> PracticeContent:
    """Load and validate all practice content; DataError lists every problem."""
    directory = directory or practice_dir()
    loader = _Loader(facts, situations)
    vignettes = [loader.vignette(f, n) for f, n in loader.entries(directory / FILES["vignettes"],
                                                                     "vignettes")]
    disturbance = [loader.disturbance(f, n) for f, n in loader.entries(
        directory / FILES["disturbance_items"], "disturbance_items")]
    processes = [loader.process_case(f, n) for f, n in loader.entries(
        directory / FILES["process_cases"], "process_cases")]
    if loader.problems:
        raise DataError(loader.problems)
    return PracticeContent(
        tuple(v for v in vignettes if v is not None),
        tuple(d for d in disturbance if d is not None),
        tuple(p for p in processes if p is not None),
    )
