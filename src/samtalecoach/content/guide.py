"""Load and validate the plan guide (``data/plan_guide.yaml``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TypeVar

from samtalecoach.content.fields import FieldReader, choices, noun
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Msg, Problem
from samtalecoach.core.model import ConversationType, Dimension, Kind, Lang, Localized, Phase
from samtalecoach.core.paths import data_dir, display_path

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True, slots=True)
class GuideStep:
    """One step of a topic's middle: which kind of question, and how to use it."""

    kind: Kind
    guidance: Localized


@dataclass(frozen=True, slots=True)
class PhaseGuide:
    """How to run the start or the end, and which questions to suggest there."""

    guidance: Localized
    kinds: tuple[Kind, ...] = ()
    families: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TypeGuide:
    """How to run the middle of a topic of one conversation type; ``situation_notes``
    say it with weight for some life situations."""

    steps: tuple[GuideStep, ...]
    alliance: tuple[Localized, ...]
    situation_notes: dict[str, Localized] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DimensionGuide:
    """One dimension of the alliance check: its name, question and suggestions."""

    name: Localized
    question: Localized
    suggestions: tuple[Localized, ...]


@dataclass(frozen=True, slots=True)
class PlanGuide:
    """The plan guide: phases, per-type middle steps, alliance reminders and checks."""

    phases: dict[Phase, PhaseGuide]
    types: dict[ConversationType, TypeGuide]
    alliance: tuple[Localized, ...]
    dimensions: dict[Dimension, DimensionGuide] = field(default_factory=dict)
    #: Reminders for plans where someone other than her and the caseworker takes part.
    third_party: tuple[Localized, ...] = ()
    #: Switching topics: how to, and the sentence used when no question fits ({}: the next title).
    transition_guidance: Localized = Localized("", "")
    transition: Localized = Localized("{}", "{}")


def bundled_guide_file() -> Path:
    """The bundled plan guide."""
    return data_dir() / "plan_guide.yaml"


def load_guide(path: Path | None = None, families: frozenset[str] | None = None,
               situations: frozenset[str] | None = None) -> PlanGuide:
    """Load and validate the plan guide; ``families`` and ``situations`` are the known
    ids, when they are to be checked."""
    path = path or bundled_guide_file()
    file = display_path(path)
    document, problems = read_yaml(path, file)
    if not isinstance(document, LinedDict):
        raise DataError(problems or [Problem(file, 1, Msg.of("p.expected_top", keys=", ".join(TOP_KEYS)))])
    top = FieldReader(problems, file, document, (Msg("noun.guide"),))
    top.check_keys(set(TOP_KEYS), TOP_KEYS)
    phases = {phase: phase_guide for phase, item in _sections(top, "phases", Phase, "phase")
              if (phase_guide := _phase(item, families)) is not None}
    types = {ctype: type_guide for ctype, item in _sections(top, "types", ConversationType, "type")
             if (type_guide := _type(item, situations)) is not None}
    alliance = top.text_list("alliance")
    third_party = top.text_list("third_party")
    transition_guidance, transition = _transition(top)
    dimensions = {dim: dim_guide for dim, item in _sections(top, "alliance_check", Dimension, "dimension")
                  if (dim_guide := _dimension(item)) is not None}
    if problems:
        raise DataError(problems)
    assert transition_guidance is not None and transition is not None  # else problems were raised
    return PlanGuide(phases, types, alliance, dimensions, third_party, transition_guidance, transition)


TOP_KEYS = ("phases", "types", "transition", "alliance", "third_party", "alliance_check")


def _transition(top: FieldReader) -> tuple[Localized | None, Localized | None]:
    raw = top.node.get("transition")
    if not isinstance(raw, LinedDict):
        top.error("transition", Msg.of("p.must_map", key="transition", choices="guidance, question"))
        return None, None
    item = FieldReader(top.problems, top.file, raw, (Msg.of("p.sub", key="transition"),))
    item.check_keys({"guidance", "question"}, ("guidance", "question"))
    guidance, question = item.text("guidance"), item.text("question")
    if question is not None and not all("{}" in question.get(lang) for lang in Lang):
        item.error("question", Msg("p.title_placeholder"))
    return guidance, question


def _sections(top: FieldReader, key: str, enum: type[E], name: str) -> Iterator[tuple[E, FieldReader]]:
    """A reader for each member of ``enum`` under ``top[key]``, a mapping from the
    members' values; unknown keys, entries that are not mappings and missing members
    are problems."""
    raw = top.node.get(key)
    if not isinstance(raw, LinedDict):
        top.error(key, Msg.of("p.must_map", key=key, choices=choices(enum)))
        return
    for value, node in raw.items():
        try:
            member = enum(value)
        except ValueError:
            top.problems.append(Problem(top.file, raw.line_of(value), Msg.of(
                "p.unknown", noun=noun(name), value=f"'{value}'", choices=choices(enum))))
            continue
        if not isinstance(node, LinedDict):
            top.problems.append(Problem(top.file, raw.line_of(value), Msg.of("p.not_mapping", key=value)))
            continue
        yield member, FieldReader(top.problems, top.file, node, (Msg.of("item", noun=noun(name), id=value),))
    for member in enum:
        if member.value not in raw:
            top.problems.append(Problem(top.file, raw.line, Msg.of(
                "p.missing_for", what=noun(name), key=member.value)))


def _phase(item: FieldReader, families: frozenset[str] | None) -> PhaseGuide | None:
    item.check_keys({"guidance", "kinds", "families"}, ("guidance",))
    guidance = item.text("guidance")
    kinds = item.enum_list("kinds", Kind, "kind", allow_empty=True)
    fams = item.str_list("families")
    for family in fams:
        if families is not None and family not in families:
            item.error("families", Msg.of("p.unknown", noun=noun("family"), value=f"'{family}'",
                                          choices=", ".join(sorted(families))))
    return PhaseGuide(guidance, kinds, fams) if guidance is not None and item.ok else None


def _type(item: FieldReader, situations: frozenset[str] | None) -> TypeGuide | None:
    item.check_keys({"steps", "alliance", "situation_notes"}, ("steps", "alliance"))
    steps: list[GuideStep] = []
    readers = item.sub_items("steps", "{kind: ..., guidance: ...}", {"kind", "guidance"})
    for step in readers:
        kind = step.enum("kind", Kind, "kind")
        guidance = step.text("guidance")
        if kind is not None and guidance is not None and step.ok:
            steps.append(GuideStep(kind, guidance))
    item.close(readers)
    alliance = item.text_list("alliance")
    notes: dict[str, Localized] = {}
    raw = item.node.get("situation_notes")
    if isinstance(raw, LinedDict):
        reader = FieldReader(item.problems, item.file, raw, (*item.label, Msg.of("p.sub", key="situation_notes")))
        for situation in raw:
            if situations is not None and situation not in situations:
                reader.error(situation, Msg.of("p.unknown", noun=noun("situation"), value=f"'{situation}'",
                                               choices=", ".join(sorted(situations))))
            text = reader.text(situation)
            if text is not None:
                notes[situation] = text
        item.close([reader])
    elif raw is not None:
        item.error("situation_notes", Msg.of("p.not_mapping", key="situation_notes"))
    return TypeGuide(tuple(steps), alliance, notes) if item.ok else None


def _dimension(item: FieldReader) -> DimensionGuide | None:
    item.check_keys({"name", "question", "suggestions"}, ("name", "question", "suggestions"))
    name, question = item.text("name"), item.text("question")
    suggestions = item.text_list("suggestions")
    return DimensionGuide(name, question, suggestions) if name and question and item.ok else None
