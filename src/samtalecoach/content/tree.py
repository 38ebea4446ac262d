"""The decision tree: load and validate it, and walk it from a citizen's facts.

The tree is data (``data/decision_tree.yaml``). Each node asks one yes/no fact
and leads to another node or to an outcome; each outcome names a conversation
type with its rationale and why not the nearest alternatives. Validation
names file and line: unknown ids, unreachable nodes or outcomes, cycles,
missing conversation types and missing facts are all errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from samtalecoach.content.fields import FieldReader, choices, items_with_ids, mappings, noun, show
from samtalecoach.content.yamlsrc import LinedDict, read_yaml
from samtalecoach.core.errors import DataError, Msg, Problem, UsageError
from samtalecoach.core.model import ConversationType, Localized, Source
from samtalecoach.core.paths import data_dir, display_path


@dataclass(frozen=True, slots=True)
class Branch:
    """Where one answer leads: another node or an outcome (exactly one is set)."""

    next: str | None = None
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class TreeNode:
    """One question of the decision tree, about one fact, answered yes or no."""

    id: str
    fact: str
    text: Localized
    help: Localized
    yes: Branch
    no: Branch
    source: Source | None = field(default=None, compare=False)

    def branch(self, answer: bool) -> Branch:
        """The branch taken by ``answer``."""
        return self.yes if answer else self.no


@dataclass(frozen=True, slots=True)
class WhyNot:
    """Why not a nearby conversation type."""

    type: ConversationType
    text: Localized


@dataclass(frozen=True, slots=True)
class Outcome:
    """A leaf of the decision tree: a conversation type and the reasons for it."""

    id: str
    type: ConversationType
    rationale: Localized
    why_not: tuple[WhyNot, ...]
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class DecisionTree:
    """The validated decision tree."""

    start: str
    nodes: dict[str, TreeNode]
    outcomes: dict[str, Outcome]
    announcements: dict[ConversationType, Localized]

    @property
    def facts(self) -> tuple[str, ...]:
        """Every fact the tree can ask about, in node order, without repeats."""
        return tuple(dict.fromkeys(node.fact for node in self.nodes.values()))


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The tree's answer for one topic: the outcome and the facts that led there."""

    outcome: Outcome
    path: tuple[tuple[str, bool], ...]

    @property
    def type(self) -> ConversationType:
        """The recommended conversation type."""
        return self.outcome.type


#: The facts every tree must be able to ask about (domain.md, issue "samtale plan").
REQUIRED_FACTS = (
    "decision_made",
    "frame_in_place",
    "citizen_lacks_knowledge",
    "caseworker_must_act",
    "goal_settled",
    "citizen_has_answers",
    "agenda_together",
    "third_party",
)
ANSWERS = ("yes", "no")
TOP_KEYS = {"start", "nodes", "outcomes", "announcements"}
NODE_KEYS = {"id", "fact", "text", "help", "answers"}
OUTCOME_KEYS = {"id", "type", "rationale", "why_not"}


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
    top.check_keys(TOP_KEYS, ("start", "nodes", "outcomes", "announcements"))
    nodes = _nodes(problems, display, document)
    outcomes = _outcomes(problems, display, document)
    announcements = _announcements(problems, display, document)
    start = document.get("start")
    if not isinstance(start, str) or start not in nodes:
        top.error("start", Msg.of("p.tree_start", value=show(start)))
    if not problems:
        _check_links(problems, display, str(start), nodes, outcomes)
    if problems:
        raise DataError(problems)
    return DecisionTree(str(start), nodes, outcomes, announcements)


def _nodes(problems: list[Problem], file: str, document: LinedDict) -> dict[str, TreeNode]:
    nodes: dict[str, TreeNode] = {}
    entries = mappings(problems, file, document, "nodes")
    for item, node_id in items_with_ids(problems, file, entries, "node", {}):
        item.check_keys(NODE_KEYS, ("id", "text", "help", "answers"))
        fact = item.optional_id("fact") or node_id
        text = item.text("text")
        help_text = item.text("help")
        branches = _branches(item)
        if node_id and fact and text and help_text and branches and item.ok:
            nodes[node_id] = TreeNode(node_id, fact, text, help_text, branches[0], branches[1],
                                      item.source)
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


def _outcomes(problems: list[Problem], file: str, document: LinedDict) -> dict[str, Outcome]:
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
        if outcome_id and ctype and rationale and item.ok:
            outcomes[outcome_id] = Outcome(outcome_id, ctype, rationale, tuple(why_not), item.source)
    return outcomes


def _announcements(
    problems: list[Problem], file: str, document: LinedDict
) -> dict[ConversationType, Localized]:
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


def _node(node_id: str) -> tuple[Msg, ...]:
    return (Msg.of("item", noun=noun("node"), id=node_id),)


def _line(source: Source | None) -> int:
    return source.line if source else 1


def _check_links(
    problems: list[Problem], file: str, start: str,
    nodes: dict[str, TreeNode], outcomes: dict[str, Outcome],
) -> None:
    """Every link known, every node and outcome reachable, no cycles, all types and facts."""
    for node in nodes.values():
        line = _line(node.source)
        for answer, branch in (("yes", node.yes), ("no", node.no)):
            if branch.next is not None and branch.next not in nodes:
                problems.append(Problem(file, line, Msg.of("p.tree_leads", answer=answer, noun=noun("node"),
                                                           value=branch.next), _node(node.id)))
            if branch.outcome is not None and branch.outcome not in outcomes:
                problems.append(Problem(file, line, Msg.of("p.tree_leads", answer=answer,
                                                           noun=noun("outcome"), value=branch.outcome),
                                        _node(node.id)))
    if problems:
        return
    reached_nodes: set[str] = set()
    reached_outcomes: set[str] = set()
    on_path: list[str] = []

    def visit(node_id: str) -> None:
        if node_id in on_path:
            cycle = " -> ".join([*on_path[on_path.index(node_id):], node_id])
            node = nodes[node_id]
            problems.append(Problem(file, _line(node.source), Msg.of("p.tree_cycle", cycle=cycle)))
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
                                    _node(node.id)))
    for outcome in outcomes.values():
        if outcome.id not in reached_outcomes:
            problems.append(Problem(file, _line(outcome.source), Msg.of("p.unreachable", start=start),
                                    (Msg.of("item", noun=noun("outcome"), id=outcome.id),)))
    types = {o.type for o in outcomes.values() if o.id in reached_outcomes}
    for ctype in ConversationType:
        if ctype not in types:
            problems.append(Problem(file, 1, Msg.of("p.tree_no_outcome", type=ctype.value)))
    facts = {node.fact for node in nodes.values()}
    for fact in REQUIRED_FACTS:
        if fact not in facts:
            problems.append(Problem(file, 1, Msg.of("p.tree_no_fact", fact=fact)))


def next_step(tree: DecisionTree, answers: Mapping[str, bool]) -> TreeNode | Recommendation:
    """Walk the tree as far as ``answers`` go: the next node to ask, or the outcome.

    Facts not on the path are never needed (and not asked).
    """
    node = tree.nodes[tree.start]
    path: list[tuple[str, bool]] = []
    while True:
        if node.fact not in answers:
            return node
        answer = answers[node.fact]
        path.append((node.fact, answer))
        branch = node.branch(answer)
        if branch.outcome is not None:
            return Recommendation(tree.outcomes[branch.outcome], tuple(path))
        assert branch.next is not None  # validated: exactly one is set
        node = tree.nodes[branch.next]


def recommend(tree: DecisionTree, answers: Mapping[str, bool]) -> Recommendation:
    """The recommendation for a complete set of answers; a missing fact is a UsageError."""
    step = next_step(tree, answers)
    if isinstance(step, TreeNode):
        raise UsageError(key="error.missing_fact", fact=step.fact, question=step.text)
    return step
