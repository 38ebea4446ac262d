"""Load and validate the plan guide (``data/plan_guide.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from samtalecoach.content.fields import FieldReader
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Problem
from samtalecoach.core.model import ConversationType, Kind, Localized, Phase
from samtalecoach.core.paths import data_dir, display_path


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
    """How to run the middle of a topic of one conversation type."""

    steps: tuple[GuideStep, ...]
    alliance: tuple[Localized, ...]


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
    dimensions: dict[str, DimensionGuide] = field(default_factory=dict)


def bundled_guide_file() -> Path:
    """The bundled plan guide."""
    return data_dir() / "plan_guide.yaml"


def load_guide(path: Path | None = None, families: frozenset[str] | None = None) -> PlanGuide:
    """Load and validate the plan guide; ``families`` are the known family ids, if checked."""
    path = path or bundled_guide_file()
    file = display_path(path)
    document, problems = read_yaml(path, file)
    if not isinstance(document, LinedDict):
        raise DataError(problems or [Problem(file, 1, "expected a mapping with phases, types, alliance")])
    top = FieldReader(problems, file, document, "plan guide")
    top.check_keys({"phases", "types", "alliance", "alliance_check"},
                   ("phases", "types", "alliance", "alliance_check"))
    phases = _phases(problems, file, document.get("phases"), families)
    types = _types(problems, file, document.get("types"))
    alliance = top.text_list("alliance")
    dimensions = _dimensions(problems, file, document.get("alliance_check"))
    for phase in Phase:
        if phase not in phases and isinstance(document.get("phases"), LinedDict):
            top.error("phases", f"missing guidance for the phase '{phase.value}'")
    for ctype in ConversationType:
        if ctype not in types and isinstance(document.get("types"), LinedDict):
            top.error("types", f"missing the middle steps for '{ctype.value}'")
    if problems:
        raise DataError(problems)
    return PlanGuide(phases, types, alliance, dimensions)


def _dimensions(problems: list[Problem], file: str, raw: object) -> dict[str, DimensionGuide]:
    from samtalecoach.process.records import DIMENSIONS

    result: dict[str, DimensionGuide] = {}
    if not isinstance(raw, LinedDict):
        problems.append(Problem(file, 1, "'alliance_check' must map goals, tasks, bond, overall"))
        return result
    for key, node in raw.items():
        if key not in DIMENSIONS or not isinstance(node, LinedDict):
            problems.append(Problem(file, raw.line_of(key), f"unknown alliance dimension '{key}' "
                                    f"(expected {', '.join(DIMENSIONS)})"))
            continue
        item = FieldReader(problems, file, node, f"alliance dimension '{key}'")
        item.check_keys({"name", "question", "suggestions"}, ("name", "question", "suggestions"))
        name, question = item.text("name"), item.text("question")
        suggestions = item.text_list("suggestions")
        if name and question and item.ok:
            result[key] = DimensionGuide(name, question, suggestions)
    for dimension in DIMENSIONS:
        if dimension not in raw:
            problems.append(Problem(file, raw.line, f"missing the alliance dimension '{dimension}'"))
    return result


def _phases(
    problems: list[Problem], file: str, raw: object, families: frozenset[str] | None
) -> dict[Phase, PhaseGuide]:
    result: dict[Phase, PhaseGuide] = {}
    if not isinstance(raw, LinedDict):
        problems.append(Problem(file, 1, "'phases' must map start, middle and end to guidance"))
        return result
    for key, node in raw.items():
        if not isinstance(node, LinedDict):
            problems.append(Problem(file, raw.line_of(key), f"phase '{key}' must be a mapping"))
            continue
        item = FieldReader(problems, file, node, f"phase '{key}'")
        try:
            phase = Phase(key)
        except ValueError:
            problems.append(Problem(file, raw.line_of(key),
                                    f"unknown phase '{key}' (expected start, middle, end)"))
            continue
        item.check_keys({"guidance", "kinds", "families"}, ("guidance",))
        guidance = item.text("guidance")
        kinds = item.enum_list("kinds", Kind, "kind", allow_empty=True)
        fams = item.str_list("families")
        for family in fams:
            if families is not None and family not in families:
                item.error("families", f"unknown family '{family}'")
        if guidance is not None and item.ok:
            result[phase] = PhaseGuide(guidance, kinds, fams)
    return result


def _types(problems: list[Problem], file: str, raw: object) -> dict[ConversationType, TypeGuide]:
    result: dict[ConversationType, TypeGuide] = {}
    if not isinstance(raw, LinedDict):
        problems.append(Problem(file, 1, "'types' must map each conversation type to its steps"))
        return result
    for key, node in raw.items():
        try:
            ctype = ConversationType(key)
        except ValueError:
            problems.append(Problem(file, raw.line_of(key), f"unknown conversation type '{key}'"))
            continue
        if not isinstance(node, LinedDict):
            problems.append(Problem(file, raw.line_of(key), f"type '{key}' must be a mapping"))
            continue
        item = FieldReader(problems, file, node, f"type '{key}'")
        item.check_keys({"steps", "alliance"}, ("steps", "alliance"))
        steps: list[GuideStep] = []
        readers = item.sub_items("steps", "{kind: ..., guidance: ...}", {"kind", "guidance"})
        for step in readers:
            kind = step.enum("kind", Kind, "kind")
            guidance = step.text("guidance")
            if kind is not None and guidance is not None and step.ok:
                steps.append(GuideStep(kind, guidance))
        item.close(readers)
        alliance: tuple[Localized, ...] = item.text_list("alliance")
        if item.ok:
            result[ctype] = TypeGuide(tuple(steps), alliance)
    return result
