"""Load and validate the decision tree (``data/decision_tree.yaml``).

Validation names file and line: unknown ids, unreachable nodes or outcomes,
cycles, a node whose two answers lead to the same conversation type, missing
conversation types and facts, and checks that are unknown, unused or malformed
are all errors, reported together.
"""

from __future__ import annotations

from pathlib import Path

from samtalecoach.content.fields import FieldReader, choices, items_with_ids, mappings, noun, show
from samtalecoach.content.tree import (
    Branch,
    Check,
    CheckEffect,
    DecisionTree,
    Outcome,
    Suggestion,
    TreeNode,
    WhyNot,
)
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Msg, Problem
from samtalecoach.core.model import ConversationType, Localized, Source
from samtalecoach.core.paths import data_dir, display_path

#: The facts every tree must ask about, as a node or a check (domain.md, "Choosing the type").
REQUIRED_FACTS = (
    "decision_made", "decision_appealable", "frame_in_place", "caseworker_must_act",
    "citizen_lacks_knowledge", "agenda_together", "goal_settled", "citizen_has_answers",
    "safety_first", "third_party", "other_theme",
)
ANSWERS = ("yes", "no")
TOP_KEYS = {"start", "nodes", "outcomes", "checks", "announcements"}
NODE_KEYS = {"id", "fact", "text", "help", "answers"}
OUTCOME_KEYS = {"id", "type", "rationale", "why_not", "checks"}
CHECK_KEYS = {"id", "text", "help", "yes", "no"}
EFFECT_KEYS = {"note", "notes_by_type", "suggest"}
SUGGEST_KEYS = {"title", "facts", "place", "why"}
PLACES = ("before", "after")


def bundled_tree_file() -> Path:
    """The bundled decision tree."""
    return data_dir() / "decision_tree.yaml"


def load_tree(path: Path | None = None) -> DecisionTree:
    """Load and validate the decision tree. Raises DataError listing every problem."""
    path = path or bundled_tree_file()
    display = display_path(path)
    document, problems = read_yaml(path, display)
    if document is None or problems:
        raise DataError(problems or [Problem(display, 1, Msg("p.empty_file"))])
    if not isinstance(document, LinedDict):
        raise DataError([Problem(display, 1, Msg.of("p.expected_top", keys=", ".join(sorted(TOP_KEYS))))])
    top = FieldReader(problems, display, document, (Msg("noun.tree"),))
    top.check_keys(TOP_KEYS, sorted(TOP_KEYS))
    nodes = _nodes(problems, display, document)
    facts = {node.fact: node for node in nodes.values()}
    checks = _checks(problems, display, document, facts)
    outcomes = _outcomes(problems, display, document, checks)
    announcements = _announcements(problems, display, document)
    start = document.get("start")
    if not isinstance(start, str) or start not in nodes:
        top.error("start", Msg.of("p.tree_start", value=show(start)))
    if not problems:
        _check_links(problems, display, str(start), nodes, outcomes, checks)
    if problems:
        raise DataError(problems)
    return DecisionTree(str(start), nodes, outcomes, announcements, checks)


def _nodes(problems: list[Problem], file: str, document: LinedDict) -> dict[str, TreeNode]:
    nodes: dict[str, TreeNode] = {}
    entries = mappings(problems, file, document, "nodes")
    for item, node_id in items_with_ids(problems, file, entries, "node", {}):
        item.check_keys(NODE_KEYS, ("id", "text", "help", "answers"))
        fact = item.optional_id("fact") or node_id
        text = item.text("text")
        help_text = item.text("help")
        branches = _branches(item)
        if text and help_text and branches and item.ok:
            nodes[node_id] = TreeNode(node_id, fact, text, help_text, branches[0], branches[1], item.source)
    return nodes


def _branches(item: FieldReader) -> tuple[Branch, Branch] | None:
    answers = item.node.get("answers")
    if not isinstance(answers, LinedDict):
        item.error("answers", Msg("p.tree_answers"))
        return None
    if sorted(answers) != sorted(ANSWERS):
        item.error("answers", Msg.of("p.tree_yes_no", got=", ".join(answers) or "-"))
        return None
    result = []
    for answer in ANSWERS:
        target = answers[answer]
        if not isinstance(target, dict) or len(target) != 1 or not (
            set(target) <= {"next", "outcome"} and isinstance(next(iter(target.values())), str)
        ):
            item.problems.append(Problem(item.file, answers.line_of(answer),
                                         Msg.of("p.tree_branch", answer=answer), item.label))
            item.ok = False
            continue
        result.append(Branch(next=target.get("next"), outcome=target.get("outcome")))
    return (result[0], result[1]) if len(result) == 2 else None


def _checks(problems: list[Problem], file: str, document: LinedDict,
            facts: dict[str, TreeNode]) -> dict[str, Check]:
    """The checks; one about a fact a node also asks reuses the node's text and help."""
    checks: dict[str, Check] = {}
    entries = mappings(problems, file, document, "checks")
    for item, fact in items_with_ids(problems, file, entries, "check", {}):
        node = facts.get(fact)
        item.check_keys(CHECK_KEYS, ("id",) if node else ("id", "text", "help"))
        text = item.text("text") if "text" in item.node or not node else node.text
        help_text = item.text("help") if "help" in item.node or not node else node.help
        known = set(facts) | set(checks) | {fact}
        effects = [_effect(item, answer, fact, known) for answer in ANSWERS]
        if not item.node.get("yes") and not item.node.get("no"):
            item.error(None, Msg("p.check_effect"))
        if text and help_text and item.ok:
            checks[fact] = Check(fact, text, help_text, effects[0], effects[1], item.source)
    return checks


def _effect(item: FieldReader, answer: str, key: str, facts: set[str]) -> CheckEffect:
    raw = item.node.get(answer)
    if raw is None:
        return CheckEffect()
    if not isinstance(raw, LinedDict):
        item.error(answer, Msg.of("p.not_mapping", key=answer))
        return CheckEffect()
    reader = FieldReader(item.problems, item.file, raw, (*item.label, Msg.of("p.sub", key=answer)))
    reader.check_keys(EFFECT_KEYS, ())
    note = reader.text("note", required=False) if "note" in raw else None
    by_type: dict[ConversationType, Localized] = {}
    types = raw.get("notes_by_type")
    if isinstance(types, LinedDict):
        notes = FieldReader(item.problems, item.file, types, (*reader.label, Msg.of("p.sub", key="notes_by_type")))
        for key in types:
            try:
                ctype = ConversationType(key)
            except ValueError:
                notes.error(key, Msg.of("p.unknown", noun=noun("type"), value=f"'{key}'",
                                        choices=choices(ConversationType)))
                continue
            text = notes.text(key)
            if text is not None:
                by_type[ctype] = text
        reader.close([notes])
    elif types is not None:
        reader.error("notes_by_type", Msg.of("p.not_mapping", key="notes_by_type"))
    suggest = _suggestion(reader, key, facts) if "suggest" in raw else None
    item.close([reader])
    return CheckEffect(note, by_type, suggest)


def _suggestion(parent: FieldReader, key: str, facts: set[str]) -> Suggestion | None:
    raw = parent.node.get("suggest")
    if not isinstance(raw, LinedDict):
        parent.error("suggest", Msg.of("p.not_mapping", key="suggest"))
        return None
    reader = FieldReader(parent.problems, parent.file, raw, (*parent.label, Msg.of("p.sub", key="suggest")))
    reader.check_keys(SUGGEST_KEYS, sorted(SUGGEST_KEYS))
    title, why = reader.text("title"), reader.text("why")
    place = raw.get("place")
    if place not in PLACES:
        reader.error("place", Msg.of("p.unknown", noun=noun("place"), value=show(place), choices=", ".join(PLACES)))
    known: dict[str, bool] = {}
    given = raw.get("facts")
    if not isinstance(given, LinedDict) or not given:
        reader.error("facts", Msg("p.facts"))
    else:
        for fact, value in given.items():
            if fact not in facts:
                reader.error("facts", Msg.of("p.unknown", noun=noun("fact"), value=f"'{fact}'",
                                             choices=", ".join(sorted(facts))))
            elif value not in ("yes", "no", True, False):
                reader.error("facts", Msg.of("p.fact_value", key=fact, value=show(value)))
            else:
                known[fact] = value in ("yes", True)
    parent.close([reader])
    if title and why and reader.ok:
        return Suggestion(key, title, known, place == "before", why)
    return None


def _outcomes(problems: list[Problem], file: str, document: LinedDict,
              checks: dict[str, Check]) -> dict[str, Outcome]:
    outcomes: dict[str, Outcome] = {}
    entries = mappings(problems, file, document, "outcomes")
    for item, outcome_id in items_with_ids(problems, file, entries, "outcome", {}):
        item.check_keys(OUTCOME_KEYS, ("id", "type", "rationale", "why_not"))
        ctype = item.enum("type", ConversationType, "type")
        rationale = item.text("rationale")
        why_not: list[WhyNot] = []
        readers = item.sub_items("why_not", "{type: ..., text: ...}", {"type", "text"})
        for reader in readers:
            other = reader.enum("type", ConversationType, "type")
            text = reader.text("text")
            if other is not None and other == ctype:
                reader.error("type", Msg("p.why_not_own"))
            if other is not None and text is not None and reader.ok:
                why_not.append(WhyNot(other, text))
        item.close(readers)
        names = item.str_list("checks")
        for name in names:
            if name not in checks:
                item.error("checks", Msg.of("p.unknown", noun=noun("check"), value=f"'{name}'",
                                            choices=", ".join(checks) or "-"))
        if ctype and rationale and item.ok:
            outcomes[outcome_id] = Outcome(outcome_id, ctype, rationale, tuple(why_not), names, item.source)
    return outcomes


def _announcements(problems: list[Problem], file: str, document: LinedDict) -> dict[ConversationType, Localized]:
    raw = document.get("announcements")
    if not isinstance(raw, LinedDict):
        problems.append(Problem(file, document.line_of("announcements"), Msg("p.announcements")))
        return {}
    reader = FieldReader(problems, file, raw, (Msg.of("p.sub", key="announcements"),))
    result: dict[ConversationType, Localized] = {}
    for key in raw:
        try:
            ctype = ConversationType(key)
        except ValueError:
            reader.error(key, Msg.of("p.unknown", noun=noun("type"), value=f"'{key}'",
                                     choices=choices(ConversationType)))
            continue
        text = reader.text(key)
        if text is not None:
            result[ctype] = text
    for ctype in ConversationType:
        if ctype.value not in raw:
            reader.error(None, Msg.of("p.missing_for", what=Msg("noun.announcement"), key=ctype.value))
    return result


def _item(name: str, item_id: str) -> tuple[Msg, ...]:
    return (Msg.of("item", noun=noun(name), id=item_id),)


def _line(source: Source | None) -> int:
    return source.line if source else 1


def _check_links(problems: list[Problem], file: str, start: str, nodes: dict[str, TreeNode],
                 outcomes: dict[str, Outcome], checks: dict[str, Check]) -> None:
    """Every link known, every node, outcome and check in use, no cycles, no node whose
    answers lead to the same type, all types and facts."""
    for node in nodes.values():
        for answer, branch in (("yes", node.yes), ("no", node.no)):
            target, name = (branch.next, "node") if branch.next is not None else (branch.outcome, "outcome")
            if target not in (nodes if name == "node" else outcomes):
                problems.append(Problem(file, _line(node.source), Msg.of(
                    "p.tree_leads", answer=answer, noun=noun(name), value=target), _item("node", node.id)))
    if problems:
        return
    reached_nodes: set[str] = set()
    reached_outcomes: set[str] = set()
    on_path: list[str] = []

    def visit(node_id: str) -> None:
        if node_id in on_path:
            cycle = " -> ".join([*on_path[on_path.index(node_id):], node_id])
            problems.append(Problem(file, _line(nodes[node_id].source), Msg.of("p.tree_cycle", cycle=cycle)))
            return
        if node_id in reached_nodes:
            return
        reached_nodes.add(node_id)
        on_path.append(node_id)
        for branch in (nodes[node_id].yes, nodes[node_id].no):
            if branch.next is not None:
                visit(branch.next)
            elif branch.outcome is not None:
                reached_outcomes.add(branch.outcome)
        on_path.pop()

    visit(start)
    for node in nodes.values():
        if node.id not in reached_nodes:
            problems.append(Problem(file, _line(node.source), Msg.of("p.unreachable", start=start),
                                    _item("node", node.id)))
        if node.yes.outcome and node.no.outcome and (
                outcomes[node.yes.outcome].type is outcomes[node.no.outcome].type):
            problems.append(Problem(file, _line(node.source), Msg("p.tree_same_type"), _item("node", node.id)))
    for outcome in outcomes.values():
        if outcome.id not in reached_outcomes:
            problems.append(Problem(file, _line(outcome.source), Msg.of("p.unreachable", start=start),
                                    _item("outcome", outcome.id)))
    used = {name for outcome in outcomes.values() for name in outcome.checks}
    for check in checks.values():
        if check.fact not in used:
            problems.append(Problem(file, _line(check.source), Msg("p.check_unused"), _item("check", check.fact)))
    types = {o.type for o in outcomes.values() if o.id in reached_outcomes}
    for ctype in ConversationType:
        if ctype not in types:
            problems.append(Problem(file, 1, Msg.of("p.tree_no_outcome", type=ctype.value)))
    facts = {node.fact for node in nodes.values()} | set(checks)
    for fact in REQUIRED_FACTS:
        if fact not in facts:
            problems.append(Problem(file, 1, Msg.of("p.tree_no_fact", fact=fact)))
