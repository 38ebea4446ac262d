"""Load and validate role-play scenarios: one YAML file per scenario in ``data/scenarios``,
in a teacher's own folders (``--scenario-dir``, ``SAMTALE_SCENARIOS``) too.

Validated like the banks: every problem at once, each with file, line and item.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from samtalecoach.content.fields import ID_PATTERN, FieldReader, choices, noun, show
from samtalecoach.content.practice import field_and_situations
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Msg, Problem
from samtalecoach.core.model import ConversationType, Kind, Lang, Phase, Source
from samtalecoach.core.paths import data_dir, display_path
from samtalecoach.core.scenario import (
    FALLBACK,
    HIGH,
    LOW,
    Citizen,
    Dim,
    Disclosure,
    Reply,
    ReplyKey,
    Scenario,
)

SCENARIO_KEYS = {"id", "title", "field", "situations", "difficulty", "types", "why_type", "brief",
                 "third_party", "citizen", "start", "replies", "disclosures", "decision_words"}
OPTIONAL_KEYS = {"third_party", "decision_words"}
CITIZEN_KEYS = {"name", "manner", "concerns", "unaware"}
REPLY_KEYS = {"say", "think", "mirror", "phase", "after"}
DISCLOSURE_KEYS = {"id", "needs", "kinds", "phases", "after", "say", "think", "mirror", "move"}
DIFFICULTIES = (1, 2, 3)


def bundled_scenario_dir() -> Path:
    """The scenarios that come with samtale."""
    return data_dir() / "scenarios"


def env_scenario_dirs() -> list[Path]:
    """Folders named in ``SAMTALE_SCENARIOS`` (``os.pathsep``-separated)."""
    value = os.environ.get("SAMTALE_SCENARIOS", "")
    return [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()]


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files of ``paths`` (a file stands for itself), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        else:
            found.append(path)
    return found


def load_scenarios(situations: Iterable[str], extra: Sequence[Path] = (), *,
                   bundled: bool = True) -> tuple[Scenario, ...]:
    """Every scenario of the bundled folder (unless ``bundled`` is false), of
    ``SAMTALE_SCENARIOS`` and of ``extra`` (folders or files); DataError lists every problem."""
    paths = ([bundled_scenario_dir()] if bundled else []) + env_scenario_dirs() + list(extra)
    loader = _Loader(set(situations))
    scenarios = []
    for path in paths:
        if not path.exists():
            loader.problems.append(Problem(display_path(path), 1, Msg("p.scenario_dir_missing")))
    for file in scenario_files(p for p in paths if p.exists()):
        scenario = loader.file(file)
        if scenario is not None:
            scenarios.append(scenario)
    if loader.problems:
        raise DataError(loader.problems, key="error.scenarios")
    return tuple(scenarios)


class _Loader:
    def __init__(self, situations: set[str]) -> None:
        self.problems: list[Problem] = []
        self.situations = situations
        self.seen: dict[str, Source] = {}

    def file(self, path: Path) -> Scenario | None:
        file = display_path(path)
        document, problems = read_yaml(path, file)
        self.problems += problems
        if problems:
            return None
        if not isinstance(document, LinedDict) or set(document) != {"scenario"} or not isinstance(
                document["scenario"], LinedDict):
            line = document.line if isinstance(document, LinedDict) else 1
            self.problems.append(Problem(file, line, Msg.of("p.expected_top", keys="scenario")))
            return None
        node: LinedDict = document["scenario"]
        raw = node.get("id")
        valid = isinstance(raw, str) and ID_PATTERN.fullmatch(raw) is not None
        label = (Msg.of("item", noun=noun("scenario"), id=raw),) if valid else (
            Msg.of("item.number", noun=noun("scenario"), index=1),)
        item = FieldReader(self.problems, file, node, label)
        item.check_keys(SCENARIO_KEYS, sorted(SCENARIO_KEYS - OPTIONAL_KEYS))
        if not valid:
            item.error("id", Msg.of("p.missing_field", key="id") if raw is None
                       else Msg.of("p.bad_id", value=show(raw)))
        elif raw in self.seen:
            item.error("id", Msg.of("p.duplicate_id", first=str(self.seen[str(raw)])))
        else:
            self.seen[str(raw)] = item.source
            if path.stem != raw:
                item.error("id", Msg.of("p.scenario_file_name", value=raw, name=path.name))
        return self._scenario(item, str(raw))

    def _scenario(self, item: FieldReader, scenario_id: str) -> Scenario | None:
        title, why, brief = item.text("title"), item.text("why_type"), item.text("brief")
        third = item.text("third_party", required=False) if "third_party" in item.node else None
        field, situations = field_and_situations(item, self.situations)
        difficulty = item.node.get("difficulty")
        if difficulty not in DIFFICULTIES or isinstance(difficulty, bool):
            item.error("difficulty", Msg.of("p.difficulty", value=show(difficulty)))
        types = item.enum_list("types", ConversationType, "type", allow_empty=False)
        citizen = self._citizen(item)
        start = self._levels(item, "start", required=set(Dim))
        disclosures = self._disclosures(item)
        replies = self._replies(item, {d.id for d in disclosures})
        decision_words = self._words(item, "decision_words")
        if ConversationType.ADVISORY_DECISION in types and decision_words == ((), ()):
            item.error(None, Msg("p.decision_words"))
        if (item.ok and title and why and brief and field and citizen and types
                and isinstance(difficulty, int)):
            return Scenario(scenario_id, title, field.value, situations, difficulty, types, why, brief,
                            third, citizen, start, replies, disclosures, item.source, decision_words)
        return None

    def _citizen(self, item: FieldReader) -> Citizen | None:
        node = item.node.get("citizen")
        if not isinstance(node, LinedDict):
            item.error("citizen", Msg.of("p.mapping_of", key="citizen", keys=", ".join(sorted(CITIZEN_KEYS))))
            return None
        reader = FieldReader(self.problems, item.file, node, (*item.label, Msg.of("p.sub", key="citizen")))
        reader.check_keys(CITIZEN_KEYS, sorted(CITIZEN_KEYS))
        name = node.get("name")
        if not isinstance(name, str) or not name.strip() or len(name.split()) != 1:
            reader.error("name", Msg.of("p.pseudonym", value=show(name)))
        manner = reader.text("manner")
        concerns, unaware = reader.text_list("concerns"), reader.text_list("unaware")
        item.close([reader])
        if reader.ok and manner and isinstance(name, str):
            return Citizen(name.strip(), manner, concerns, unaware)
        return None

    def _levels(self, reader: FieldReader, key: str, required: set[Dim]) -> dict[Dim, int]:
        """A mapping of state dimensions to 0-10."""
        node = reader.node.get(key)
        if not isinstance(node, dict) or (not node and required):
            reader.error(key, Msg.of("p.levels", key=key, dims=choices(Dim)))
            return {}
        levels: dict[Dim, int] = {}
        for name, value in node.items():
            try:
                dim = Dim(name)
            except ValueError:
                reader.error(key, Msg.of("p.unknown", noun=noun("dimension"), value=show(name), choices=choices(Dim)))
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not LOW <= value <= HIGH:
                reader.error(key, Msg.of("p.level", key=f"{key}.{name}", value=show(value)))
                continue
            levels[dim] = value
        for dim in sorted(required - set(levels)):
            if dim.value not in node:
                reader.error(key, Msg.of("p.missing_field", key=f"{key}.{dim.value}"))
        return levels

    def _reply(self, reader: FieldReader, disclosure_ids: set[str] | None) -> Reply | None:
        say, think = reader.text("say"), reader.text("think", required=False)
        mirror = self._words(reader, "mirror")
        phase = reader.enum("phase", Phase, "phase") if disclosure_ids is not None else None
        after = reader.optional_id("after") if disclosure_ids is not None else None
        if after is not None and disclosure_ids is not None and after not in disclosure_ids:
            reader.error("after", Msg.of("p.unknown", noun=noun("disclosure"), value=show(after),
                                         choices=", ".join(sorted(disclosure_ids)) or "-"))
        if say and reader.ok:
            return Reply(say, think, mirror, phase, after)
        return None

    def _words(self, reader: FieldReader, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Short phrases in both languages, ``{da: [...], en: [...]}`` (her key words, the
        words that tell a decision)."""
        node = reader.node.get(key)
        if node is None:
            return (), ()
        if not isinstance(node, dict) or set(node) != {lang.value for lang in Lang}:
            reader.error(key, Msg.of("p.words", key=key))
            return (), ()
        words: dict[str, tuple[str, ...]] = {}
        for lang in Lang:
            value = node[lang.value]
            if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
                reader.error(key, Msg.of("p.words", key=key))
                return (), ()
            words[lang.value] = tuple(" ".join(w.lower().split()) for w in value)
        return words["da"], words["en"]

    def _replies(self, item: FieldReader, disclosure_ids: set[str]) -> dict[ReplyKey, tuple[Reply, ...]]:
        node = item.node.get("replies")
        if not isinstance(node, LinedDict):
            item.error("replies", Msg.of("p.mapping_of", key="replies", keys=choices(ReplyKey)))
            return {}
        replies: dict[ReplyKey, tuple[Reply, ...]] = {}
        holder = FieldReader(self.problems, item.file, node, (*item.label, Msg.of("p.sub", key="replies")))
        for name in node:
            try:
                key = ReplyKey(name)
            except ValueError:
                holder.error(name, Msg.of("p.unknown", noun=noun("reply_key"), value=show(name),
                                          choices=choices(ReplyKey)))
                continue
            readers = holder.sub_items(name, "{say, think, mirror, phase, after}", REPLY_KEYS, ["say"])
            variants = []
            for reader in readers:
                reply = self._reply(reader, disclosure_ids)
                if reply is not None:
                    variants.append(reply)
            holder.close(readers)
            if readers and not any(v.specificity == 0 for v in variants) and holder.ok:
                holder.error(name, Msg.of("p.no_fallback", key=name))
            replies[key] = tuple(variants)
        for key in ReplyKey:
            if key.value not in node and key not in FALLBACK:
                holder.error(None, Msg.of("p.missing_field", key=f"replies.{key.value}"))
        item.close([holder])
        return replies

    def _disclosures(self, item: FieldReader) -> tuple[Disclosure, ...]:
        value = item.node.get("disclosures")
        if value is None or value == []:
            return ()
        readers = item.sub_items("disclosures", "{id, needs, kinds, say, move, ...}", DISCLOSURE_KEYS,
                                 ["id", "needs", "kinds", "say", "move"])
        ids = {r.node.get("id") for r in readers if isinstance(r.node.get("id"), str)}
        result = []
        seen: set[str] = set()
        for reader in readers:
            ident = reader.optional_id("id")
            if ident in seen:
                reader.error("id", Msg.of("p.twice", noun=noun("disclosure"), value=show(ident)))
            seen.add(ident or "")
            needs = self._levels(reader, "needs", required=set())
            kinds = reader.enum_list("kinds", Kind, "kind", allow_empty=False)
            phases = reader.enum_list("phases", Phase, "phase")
            after = reader.optional_id("after")
            if after is not None and (after not in ids or after == ident):
                reader.error("after", Msg.of("p.unknown", noun=noun("disclosure"), value=show(after),
                                             choices=", ".join(sorted(str(i) for i in ids - {ident})) or "-"))
            reply = self._reply(reader, None)
            move = reader.text("move")
            if reader.ok and ident and reply and move:
                result.append(Disclosure(ident, needs, kinds, phases, after, reply, move, reader.source))
        item.close(readers)
        return tuple(result)

