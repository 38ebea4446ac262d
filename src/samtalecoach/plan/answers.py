"""Answers files for ``samtale plan --answers``: read, validate, and write drafts.

Format (YAML or JSON)::

    situation: stress            # optional: id, alias or name
    intensity: gentle            # optional: gentle | moderate | strong
    topics:                      # or, for one topic, the facts at top level
      - title: Opgaver i praktikken
        decision_made: no
        frame_in_place: yes
        ...
        type: co_creative        # optional: override the tree's recommendation
    picks:                       # optional: the questions per slot (see the plan JSON)
      start: [fr-purpose-01, {own: Hvad vil du gerne have ud af i dag?}]

Every unknown key or value is an error that names it and lists what is allowed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samtalecoach.content.fields import noun
from samtalecoach.content.tree import DecisionTree, Recommendation, next_step
from samtalecoach.content.yamlsrc import LinedDict, TooLarge, parse_yaml, read_text
from samtalecoach.core.errors import Msg, UsageError, os_reason
from samtalecoach.core.model import Banks, ConversationType, Intensity
from samtalecoach.core.paths import write_atomic
from samtalecoach.core.privacy import check_free_text
from samtalecoach.core.pronouns import Citizen, citizen_named
from samtalecoach.plan.build import PlanItem, TopicRequest

#: The largest answers file read (a whole plan's answers are a few KB).
MAX_ANSWERS_BYTES = 1024 * 1024
TRUE = {"yes", "y", "true", "ja", "j", "1"}
FALSE = {"no", "n", "false", "nej", "0"}
TOPIC_KEYS = {"title", "type", "situation", "intensity", "keywords"}
TOP_KEYS = {"situation", "intensity", "citizen", "topics", "picks", "title", "type"}
INTENSITIES = ", ".join(i.value for i in Intensity)


@dataclass(slots=True)
class TopicAnswers:
    """What is known about one topic (facts may be missing in a draft)."""

    title: str = ""
    facts: dict[str, bool] = field(default_factory=dict)
    type: ConversationType | None = None
    situation: str | None = None
    intensity: Intensity | None = None
    #: A few words about the topic besides its title; they rank the questions
    #: (None: not asked yet).
    keywords: tuple[str, ...] | None = None


@dataclass(slots=True)
class PlanAnswers:
    """Everything an answers file (or an interrupted session) holds."""

    situation: str | None = None
    intensity: Intensity | None = None
    topics: list[TopicAnswers] = field(default_factory=list)
    picks: dict[str, list[str | dict[str, str]]] = field(default_factory=dict)
    #: True when the situation was answered, even with "none in particular".
    situation_set: bool = False
    #: How the plan refers to the citizen (hun, han, borgeren).
    citizen: Citizen | None = None
    #: Where a value came from in the answers file ('file:line: path'), for messages
    #: about it after parsing (an unknown situation, a missing fact, a picked id).
    origins: dict[str, str] = field(default_factory=dict, compare=False)


def _fail(where: str, message: Msg) -> UsageError:
    return UsageError(key="error.answers", where=where, message=message)


@dataclass(frozen=True, slots=True)
class _Spot:
    """Where in the answers file: 'file:line: path' (the line when YAML knows it)."""

    file: str

    def __call__(self, node: Any, key: str | None, path: str) -> str:
        line = 0
        if isinstance(node, LinedDict):
            line = node.line_of(key) if key is not None else node.line
        where = f"{self.file}:{line}" if line else self.file
        return f"{where}: {path}" if path else where


def _bool(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise _fail(where, Msg.of("answers.not_bool", value=value))


def _text(value: Any, where: str) -> str:
    """A text field: a string (or a number written without quotes), never a list or a mapping."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _fail(where, Msg("answers.not_text"))
    return str(value)


def _intensity(value: Any, where: str) -> Intensity | None:
    if value is None:
        return None
    try:
        return Intensity(str(value))
    except ValueError:
        raise _fail(where, Msg.of("answers.unknown", noun=noun("intensity"), value=value,
                                  allowed=INTENSITIES)) from None


def _topic(raw: Any, prefix: str, tree: DecisionTree, spot: _Spot, parent: Any = None) -> TopicAnswers:
    """One topic; ``prefix`` is 'topics[N]', or '' for facts at the top of the file."""

    def where(key: str) -> str:
        return spot(raw, key, f"{prefix}.{key}" if prefix else key)

    if not isinstance(raw, dict):
        raise _fail(spot(parent, "topics", prefix), Msg("answers.topic_mapping"))
    facts = set(tree.facts)
    topic = TopicAnswers()
    for key, value in raw.items():
        if key == "title":
            topic.title = check_free_text(_text(value, where("title")).strip(), where("title"))
        elif key == "type":
            try:
                topic.type = ConversationType(str(value))
            except ValueError:
                allowed = ", ".join(t.value for t in ConversationType)
                raise _fail(where("type"), Msg.of("answers.unknown", noun=noun("type"), value=value,
                                                  allowed=allowed)) from None
        elif key == "situation" and prefix:
            topic.situation = None if value is None else _text(value, where("situation"))
        elif key == "intensity" and prefix:
            topic.intensity = _intensity(value, where("intensity"))
        elif key == "keywords" and prefix:
            topic.keywords = _keywords(value, where("keywords"))
        elif key in facts:
            topic.facts[key] = _bool(value, where(key))
        else:
            allowed = ", ".join([*sorted(TOPIC_KEYS), *tree.facts])
            raise _fail(where(key), Msg.of("answers.unknown", noun=noun("key"), value=key, allowed=allowed))
    return topic


def _citizen(value: Any, where: str) -> Citizen:
    citizen = citizen_named(str(value))
    if citizen is None:
        raise _fail(where, Msg.of("answers.unknown", noun=noun("citizen"), value=value, allowed="hun, han, borgeren"))
    return citizen


def _keywords(value: Any, where: str) -> tuple[str, ...]:
    words = value.split(",") if isinstance(value, str) else value if value is not None else []
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise _fail(where, Msg("answers.keywords"))
    return tuple(check_free_text(w.strip(), where) for w in words if w.strip())


def parse_answers(text: str, display: str, tree: DecisionTree) -> PlanAnswers:
    """Parse and validate an answers document (YAML, of which JSON is a subset); every
    problem names the file, the line and the key."""
    document, problems = parse_yaml(text, display)
    if problems:
        raise _fail(f"{display}:{problems[0].line}", problems[0].what)
    if document is None:
        return PlanAnswers()
    spot = _Spot(display)
    if not isinstance(document, dict):
        raise _fail(display, Msg("answers.mapping"))
    answers = PlanAnswers()
    top_facts = LinedDict({k: v for k, v in document.items() if k in tree.facts or k in ("title", "type")})
    top_facts.line, top_facts.key_lines = getattr(document, "line", 0), getattr(document, "key_lines", {})
    for key, value in document.items():
        if key == "situation":
            answers.situation = None if value is None else _text(value, spot(document, key, key))
            answers.situation_set = True
            answers.origins[key] = spot(document, key, key)
        elif key == "intensity":
            answers.intensity = _intensity(value, spot(document, key, key))
        elif key == "citizen":
            answers.citizen = _citizen(value, spot(document, key, key))
        elif key == "topics":
            if not isinstance(value, list):
                raise _fail(spot(document, key, key), Msg("answers.topics_list"))
            answers.topics = [_topic(t, f"topics[{n}]", tree, spot, document) for n, t in enumerate(value, 1)]
            for n, raw in enumerate(value, 1):
                answers.origins[f"topics[{n}]"] = spot(raw, None, "")  # 'file:line' of the topic
                answers.origins[f"topics[{n}].situation"] = spot(raw, "situation", f"topics[{n}].situation")
        elif key == "picks":
            answers.picks = _picks(value, spot, document)
            answers.origins.update({f"picks.{slot}": spot(value, slot, f"picks.{slot}") for slot in value})
        elif key not in top_facts:
            allowed = ", ".join([*sorted(TOP_KEYS), *tree.facts])
            raise _fail(spot(document, key, key),
                        Msg.of("answers.unknown", noun=noun("key"), value=key, allowed=allowed))
    if top_facts:
        if "topics" in document:
            raise _fail(spot(document, "topics", ""), Msg("answers.topics_or_facts"))
        answers.topics = [_topic(top_facts, "", tree, spot)]
        answers.origins["topics[1]"] = spot(document, None, "")
    return answers


def _picks(value: Any, spot: _Spot, document: Any) -> dict[str, list[str | dict[str, str]]]:
    if not isinstance(value, dict):
        raise _fail(spot(document, "picks", "picks"), Msg("answers.picks_mapping"))
    result: dict[str, list[str | dict[str, str]]] = {}
    for slot, items in value.items():
        where = spot(value, slot, f"picks.{slot}")
        if not isinstance(items, list):
            raise _fail(where, Msg("answers.picks_list"))
        entries: list[str | dict[str, str]] = []
        for item in items:
            if isinstance(item, str):
                entries.append(item)
            elif isinstance(item, dict) and set(item) == {"own"} and str(item["own"]).strip():
                own = check_free_text(_text(item["own"], where).strip(), spot(item, "own", f"picks.{slot}"))
                entries.append({"own": own})
            else:
                raise _fail(where, Msg.of("answers.pick_item", value=item))
        result[str(slot)] = entries
    return result


def read_answers(path: Path, tree: DecisionTree) -> PlanAnswers:
    """Read an answers file; a missing or unreadable file is a usage error."""
    try:
        text = read_text(path, MAX_ANSWERS_BYTES)
    except TooLarge:
        raise UsageError(key="error.answers_file", path=str(path),
                         reason=Msg.of("p.too_large", limit=MAX_ANSWERS_BYTES // (1024 * 1024))) from None
    except OSError as err:
        raise UsageError(key="error.answers_file", path=str(path), reason=os_reason(err)) from None
    except UnicodeDecodeError as err:
        raise UsageError(key="error.answers_file", path=str(path), reason=Msg.of("p.not_utf8", reason=err.reason)) \
            from None
    return parse_answers(text, str(path), tree)


def answers_to_dict(answers: PlanAnswers) -> dict[str, Any]:
    """The answers as a document for an answers file (drafts, resumes)."""
    document: dict[str, Any] = {}
    if answers.situation or answers.situation_set:
        document["situation"] = answers.situation
    if answers.intensity:
        document["intensity"] = answers.intensity.value
    if answers.citizen:
        document["citizen"] = answers.citizen.value
    topics = []
    for topic in answers.topics:
        entry: dict[str, Any] = {"title": topic.title}
        entry.update({fact: ("yes" if value else "no") for fact, value in topic.facts.items()})
        if topic.type:
            entry["type"] = topic.type.value
        if topic.situation:
            entry["situation"] = topic.situation
        if topic.intensity:
            entry["intensity"] = topic.intensity.value
        if topic.keywords is not None:  # asked, even if none were given: a resumed draft skips it
            entry["keywords"] = list(topic.keywords)
        topics.append(entry)
    document["topics"] = topics
    if answers.picks:
        document["picks"] = answers.picks
    return document


def write_answers(path: Path, answers: PlanAnswers) -> None:
    """Write an answers file as JSON (which YAML readers read too), private to the user."""
    write_atomic(path, json.dumps(answers_to_dict(answers), ensure_ascii=False, indent=2) + "\n", make_parents=True,
                 mode=0o600)


def missing_facts(answers: PlanAnswers, tree: DecisionTree) -> list[str]:
    """The facts still needed, as 'file:line: topics[N].fact' where the file says where
    the topic is; empty when every topic is decided. (Checks are optional in a file:
    unanswered, they add no note.)"""
    missing = []
    for number, topic in enumerate(answers.topics, 1):
        step = next_step(tree, topic.facts, checks=False)
        if not isinstance(step, Recommendation):
            where = answers.origins.get(f"topics[{number}]")
            missing.append(f"{where}: topics[{number}].{step.fact}" if where else f"topics[{number}].{step.fact}")
    return missing


def topic_requests(answers: PlanAnswers) -> list[TopicRequest]:
    """The topics as requests for the plan (titles default to 'Emne N')."""
    return [TopicRequest(t.title or f"#{n}", dict(t.facts), t.type, t.situation, t.intensity, t.keywords or ())
            for n, t in enumerate(answers.topics, 1)]


def resolve_picks(answers: PlanAnswers, banks: Banks) -> dict[str, list[PlanItem]]:
    """The picked questions as plan items; an unknown id is an error naming it."""
    by_id = {q.id: q for q in banks.questions}
    result: dict[str, list[PlanItem]] = {}
    for slot, items in answers.picks.items():
        resolved = []
        for item in items:
            if isinstance(item, dict):
                resolved.append(PlanItem.typed(item["own"]))
            elif item in by_id:
                resolved.append(PlanItem.of(by_id[item]))
            else:
                raise _fail(answers.origins.get(f"picks.{slot}", f"picks.{slot}"),
                            Msg.of("answers.unknown_question", value=item))
        result[slot] = resolved
    return result
