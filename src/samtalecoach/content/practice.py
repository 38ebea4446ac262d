"""Load and validate the practice content: vignettes, disturbance items, process cases.

Validated like the banks (file:line, item, field): known fields, situations,
facts and types; one option of each verdict; both languages everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from samtalecoach.content.fields import FieldReader, choices, items_with_ids, mappings, noun, show
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Msg, Problem
from samtalecoach.core.model import ConversationType, Localized, Source
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
    """One topic of a vignette, or one conversation of a process case: what it is
    about, the facts, the type the tree gives, and why."""

    text: Localized
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
class ProcessCase:
    """A case told over several conversations."""

    id: str
    field: Field
    situations: tuple[str, ...]
    title: Localized
    goal: Localized
    steps: tuple[CaseTopic, ...]


@dataclass(frozen=True, slots=True)
class PracticeContent:
    """Everything the drills use beyond the question banks."""

    vignettes: tuple[Vignette, ...]
    disturbance: tuple[DisturbanceItem, ...]
    processes: tuple[ProcessCase, ...]


FILES = {"vignettes": "vignettes.yaml", "disturbance_items": "disturbance.yaml",
         "process_cases": "processes.yaml"}
FACT_VALUES = {"yes": True, "no": False, True: True, False: False}


def field_and_situations(item: FieldReader, known: set[str]) -> tuple[Field | None, tuple[str, ...]]:
    """The field of work and the situations of a case or scenario (unknown ones are problems)."""
    field = item.enum("field", Field, "field_of_work")
    situations = item.str_list("situations")
    for situation in situations:
        if situation not in known:
            item.error("situations", Msg.of("p.unknown", noun=noun("situation"), value=f"'{situation}'",
                                            choices=", ".join(sorted(known))))
    return field, situations


def practice_dir() -> Path:
    """The bundled practice content."""
    return data_dir() / "practice"


class _Loader:
    def __init__(self, facts: Iterable[str], situations: Iterable[str]) -> None:
        self.problems: list[Problem] = []
        self.facts = set(facts)
        self.situations = set(situations)
        #: Ids are unique across all practice content.
        self.seen: dict[str, Source] = {}

    def items(self, path: Path, section: str, name: str, keys: set[str]) -> Iterator[FieldReader]:
        """A reader for every entry of ``section`` with a valid, unique id."""
        file = display_path(path)
        document, problems = read_yaml(path, file)
        self.problems += problems
        if not isinstance(document, LinedDict):
            if not problems:
                self.problems.append(Problem(file, 1, Msg.of("p.expected_top", keys=section)))
            return
        for key in document:
            if key != section:
                self.problems.append(Problem(file, document.line_of(key), Msg.of(
                    "p.unknown", noun=noun("section"), value=f"'{key}'", choices=section)))
        for item, _ in items_with_ids(self.problems, file, mappings(self.problems, file, document, section),
                                      name, self.seen):
            item.check_keys(keys, sorted(keys))
            yield item

    def common(self, item: FieldReader) -> tuple[Field | None, tuple[str, ...]]:
        return field_and_situations(item, self.situations)

    def facts_of(self, reader: FieldReader) -> dict[str, bool]:
        raw = reader.node.get("facts")
        if not isinstance(raw, dict) or not raw:
            reader.error("facts", Msg("p.facts"))
            return {}
        facts: dict[str, bool] = {}
        for key, value in raw.items():
            if key not in self.facts:
                reader.error("facts", Msg.of("p.unknown", noun=noun("fact"), value=f"'{key}'",
                                             choices=", ".join(sorted(self.facts))))
            elif value not in FACT_VALUES:
                reader.error("facts", Msg.of("p.fact_value", key=key, value=show(value)))
            else:
                facts[key] = FACT_VALUES[value]
        return facts

    def vignette(self, item: FieldReader) -> Vignette | None:
        field, situations = self.common(item)
        text = item.text("text")
        readers = item.sub_items("topics", "{title, facts, expected, explanation}",
                                 {"title", "facts", "expected", "explanation"})
        topics = [topic for reader in readers if (topic := self._topic(reader, "title")) is not None]
        item.close(readers)
        if item.ok and field and text and topics:
            return Vignette(str(item.node["id"]), field, situations, text, tuple(topics))
        return None

    def _topic(self, reader: FieldReader, text_key: str) -> CaseTopic | None:
        text = reader.text(text_key)
        facts = self.facts_of(reader)
        expected = reader.enum("expected", ConversationType, "type")
        explanation = reader.text("explanation")
        if text and expected and explanation and reader.ok:
            return CaseTopic(text, facts, expected, explanation)
        return None

    def disturbance(self, item: FieldReader) -> DisturbanceItem | None:
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
            item.error("options", Msg.of("p.verdicts", choices=choices(Verdict)))
        if item.ok and field and statement:
            return DisturbanceItem(str(item.node["id"]), field, situations, statement, tuple(options))
        return None

    def process_case(self, item: FieldReader) -> ProcessCase | None:
        field, situations = self.common(item)
        title, goal = item.text("title"), item.text("goal")
        readers = item.sub_items("steps", "{text, facts, expected, explanation}",
                                 {"text", "facts", "expected", "explanation"})
        steps = [step for reader in readers if (step := self._topic(reader, "text")) is not None]
        item.close(readers)
        if item.ok and field and title and goal and steps:
            return ProcessCase(str(item.node["id"]), field, situations, title, goal, tuple(steps))
        return None


def load_practice(facts: Iterable[str], situations: Iterable[str],
                  directory: Path | None = None) -> PracticeContent:
    """Load and validate all practice content; DataError lists every problem."""
    directory = directory or practice_dir()
    loader = _Loader(facts, situations)
    vignettes = [loader.vignette(item) for item in loader.items(
        directory / FILES["vignettes"], "vignettes", "vignette",
        {"id", "field", "situations", "text", "topics"})]
    disturbance = [loader.disturbance(item) for item in loader.items(
        directory / FILES["disturbance_items"], "disturbance_items", "disturbance_item",
        {"id", "field", "situations", "statement", "options"})]
    processes = [loader.process_case(item) for item in loader.items(
        directory / FILES["process_cases"], "process_cases", "process_case",
        {"id", "field", "situations", "title", "goal", "steps"})]
    if loader.problems:
        raise DataError(loader.problems)
    return PracticeContent(
        tuple(v for v in vignettes if v is not None),
        tuple(d for d in disturbance if d is not None),
        tuple(p for p in processes if p is not None),
    )
