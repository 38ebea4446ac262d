"""Drills for students: tasks, answers, scores and spaced repetition. Pure functions.

A task is one thing to answer: a prompt, choices, the right answer and an
explanation for every choice. Tasks have stable keys (``drill:item``) so that
progress can be kept per item. Scheduling uses Leitner boxes: a wrong answer
sends an item back to box 1 (it comes back in the same session), each right
answer moves it one box up, and higher boxes wait longer.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from samtalecoach.content.practice import PracticeContent
from samtalecoach.content.tree import DecisionTree, recommend
from samtalecoach.core.model import Banks, ConversationType, Form, Kind, Lang, Localized, Phase, Question
from samtalecoach.core.pronouns import Citizen, refer_all
from samtalecoach.roleplay.records import ReworkItem


class Drill(StrEnum):
    """The drills, in menu order."""

    KINDS = "kinds"
    TYPES = "types"
    PHASES = "phases"
    FORMS = "forms"
    DISTURBANCE = "disturbance"
    PROCESS = "process"
    REWRITE = "rewrite"


#: Days to wait before an item in box N comes back (box 1: at once).
BOX_DAYS = {1: 0, 2: 1, 3: 3, 4: 7, 5: 21}
MAX_BOX = max(BOX_DAYS)
#: An item in this box or higher counts as mastered.
MASTERED = 4


@dataclass(frozen=True, slots=True)
class Choice:
    """One possible answer."""

    value: str
    label: Localized


@dataclass(frozen=True, slots=True)
class Task:
    """One thing to answer in a drill."""

    drill: Drill
    item: str
    context: tuple[Localized, ...]
    prompt: Localized
    choices: tuple[Choice, ...]
    correct: frozenset[str]
    #: Why each choice is right or wrong (or a general explanation under "").
    explanations: Mapping[str, Localized]
    #: Shown after the answer, whatever it was (e.g. a better open question).
    extra: Localized | None = None
    #: Judges a free-text answer (a task with no choices); None: the answer is one of ``correct``.
    judge: Callable[[str], bool] | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        """The stable key of this task's item: 'drill:item'."""
        return f"{self.drill.value}:{self.item}"

    def is_correct(self, answer: str) -> bool:
        """Whether ``answer`` is right."""
        if self.judge is not None:
            return self.judge(answer)
        return answer in self.correct


@dataclass(frozen=True, slots=True)
class Progress:
    """What is known about one item: its box and when it is due."""

    box: int = 1
    due: date | None = None
    seen: int = 0
    right: int = 0


def schedule(progress: Progress, correct: bool, today: date) -> Progress:
    """The item's new box and due date after an answer."""
    box = min(progress.box + 1, MAX_BOX) if correct else 1
    return Progress(box, today + timedelta(days=BOX_DAYS[box]), progress.seen + 1,
                    progress.right + int(correct))


def choose(keys: Sequence[str], progress: Mapping[str, Progress], count: int, today: date,
           rng: random.Random) -> list[str]:
    """The items of a round: due items first (lowest box, earliest due), then new ones,
    then those due soonest. Ties are broken by ``rng``, so a seed repeats a round."""
    order = {key: rng.random() for key in keys}

    def rank(key: str) -> tuple[int, int, date, float]:
        state = progress.get(key)
        if state is None:
            return (1, 0, today, order[key])
        due = state.due or today
        if due <= today:
            return (0, state.box, due, order[key])
        return (2, state.box, due, order[key])

    return sorted(keys, key=rank)[:count]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One answer in a round."""

    task: Task
    answer: str
    correct: bool


def score(outcomes: Iterable[Outcome]) -> dict[Drill, tuple[int, int]]:
    """Right and total per drill."""
    result: dict[Drill, tuple[int, int]] = {}
    for outcome in outcomes:
        right, total = result.get(outcome.task.drill, (0, 0))
        result[outcome.task.drill] = (right + int(outcome.correct), total + 1)
    return result


def to_revisit(outcomes: Iterable[Outcome]) -> list[Task]:
    """The tasks answered wrong, once each, in order."""
    seen: set[str] = set()
    result = []
    for outcome in outcomes:
        if not outcome.correct and outcome.task.key not in seen:
            seen.add(outcome.task.key)
            result.append(outcome.task)
    return result


def citizen_of(context: Sequence[Localized]) -> Citizen:
    """How a case refers to its citizen, read from its Danish text: 'han' where he is
    named more often than 'hun', 'borgeren' for a couple or a family ('de'), else 'hun'."""
    words = " ".join(part.da for part in context).lower().split()
    he, she, they = (sum(w.strip(".,;:!?") == name for w in words) for name in ("han", "hun", "de"))
    if he > she:
        return Citizen.HE
    if they > she and not he:
        return Citizen.NEUTRAL
    return Citizen.SHE


class TaskFactory:
    """Makes the tasks of every drill from the banks and the practice content.

    ``labels`` holds the display names (kinds, types, phases, forms, verdicts) and
    ``texts`` the explanations of kinds and forms and the prompts, all from i18n.
    """

    def __init__(self, banks: Banks, content: PracticeContent, tree: DecisionTree,
                 labels: Mapping[str, Localized], texts: Mapping[str, Localized],
                 rework: Mapping[str, ReworkItem] | None = None) -> None:
        #: Turns of the student's role-plays to write again as open questions, by item id.
        self.rework = dict(rework or {})
        self.banks = banks
        self.content = content
        self.tree = tree
        self.labels = labels
        self.texts = texts
        self.questions = {q.id: q for q in banks.questions}

    def keys(self, drill: Drill) -> list[str]:
        """Every item key of ``drill``."""
        if drill in (Drill.KINDS, Drill.PHASES):
            return [f"{drill.value}:{q.id}" for q in self.banks.questions if q.form is Form.OPEN]
        if drill is Drill.FORMS:
            return [f"forms:{q.id}" for q in self.banks.questions]
        if drill is Drill.TYPES:
            return [f"types:{v.id}#{n}" for v in self.content.vignettes
                    for n in range(1, len(v.topics) + 1)]
        if drill is Drill.DISTURBANCE:
            return [f"disturbance:{d.id}" for d in self.content.disturbance]
        if drill is Drill.REWRITE:
            return [f"rewrite:{item}" for item in self.rework]
        return [f"process:{p.id}#{n}" for p in self.content.processes
                for n in range(1, len(p.steps) + 1)]

    def task(self, key: str, rng: random.Random) -> Task:
        """The task of one item key."""
        name, _, item = key.partition(":")
        drill = Drill(name)
        if drill is Drill.KINDS:
            return self._kinds(self.questions[item])
        if drill is Drill.PHASES:
            return self._phases(self.questions[item])
        if drill is Drill.FORMS:
            return self._forms(self.questions[item])
        if drill is Drill.TYPES:
            return self._types(item)
        if drill is Drill.DISTURBANCE:
            return self._disturbance(item, rng)
        if drill is Drill.REWRITE:
            return self._rewrite(item)
        return self._process(item)

    def _rewrite(self, item: str) -> Task:
        """A line of the student's own role-play to say again as one open question, without
        why, stacking or leading; an open question of the kind the phase called for is shown after."""
        from samtalecoach.check.analyse import better_questions

        line = self.rework[item]
        lang = Lang(line.lang)
        kind = Kind(line.kind)
        better = better_questions(self.banks, line.text, lang, kind, None, limit=1)
        intro = self.texts["better_open"]
        extra = Localized(f"{intro.da} {better[0].text.da}", f"{intro.en} {better[0].text.en}") if better else None
        why = Localized(line.why, line.why)
        return Task(Drill.REWRITE, item, (Localized(line.text, line.text),), self.texts["prompt.rewrite"], (),
                    frozenset(), {"": why}, extra, judge=lambda answer: rewritten_open(answer, lang, line.text))

    def _choices(self, values: Iterable[str]) -> tuple[Choice, ...]:
        return tuple(Choice(v, self.labels[v]) for v in values)

    def _kinds(self, q: Question) -> Task:
        explanations = {k.value: self.texts[f"kind.{k.value}"] for k in Kind}
        note = (q.note,) if q.note else ()
        return Task(Drill.KINDS, q.id, (q.text,), self.texts["prompt.kinds"],
                    self._choices(k.value for k in Kind), frozenset({q.kind.value}),
                    explanations, note[0] if note else None)

    def _phases(self, q: Question) -> Task:
        explanations = {p.value: self.texts[f"phase.{p.value}"] for p in Phase}
        return Task(Drill.PHASES, q.id, (q.text,), self.texts["prompt.phases"],
                    self._choices(p.value for p in Phase), frozenset(p.value for p in q.phases),
                    explanations)

    def _forms(self, q: Question) -> Task:
        explanations = {f.value: self.texts[f"form.{f.value}"] for f in Form}
        better = self.better_open(q) if q.form is Form.CLOSED else None
        extra = None
        if better is not None:
            intro = self.texts["better_open"]
            extra = Localized(f"{intro.da} {better.text.da}", f"{intro.en} {better.text.en}")
        return Task(Drill.FORMS, q.id, (q.text,), self.texts["prompt.forms"],
                    self._choices(f.value for f in Form), frozenset({q.form.value}),
                    explanations, extra)

    def better_open(self, closed: Question) -> Question | None:
        """An open question of the same kind, family and situation as a closed one,
        if the banks hold one (as close as possible otherwise)."""
        candidates = [q for q in self.banks.questions if q.form is Form.OPEN and q.kind is closed.kind]

        def closeness(q: Question) -> tuple[int, int, int]:
            return (-(q.family == closed.family and q.family is not None),
                    -len(set(q.situations) & set(closed.situations)),
                    -len(set(q.conversation_types) & set(closed.conversation_types)))

        return min(candidates, key=closeness, default=None)

    def _case_task(self, drill: Drill, item: str, context: tuple[Localized, ...], prompt: Localized,
                   expected: ConversationType, explanation: Localized,
                   facts: Mapping[str, bool]) -> Task:
        """A 'which type' task. Besides the case's own explanation, the tree's 'why not'
        lines for the outcome explain a wrong pick in the model's terms where it has one."""
        explanations: dict[str, Localized] = {"": explanation}
        outcome = recommend(self.tree, facts).outcome
        citizen = citizen_of(context)
        explanations.update({w.type.value: refer_all(w.text, citizen) for w in outcome.why_not})
        return Task(drill, item, context, prompt, self._choices(t.value for t in ConversationType),
                    frozenset({expected.value}), explanations)

    def _types(self, item: str) -> Task:
        vid, _, number = item.partition("#")
        vignette = next(v for v in self.content.vignettes if v.id == vid)
        topic = vignette.topics[int(number) - 1]
        context: tuple[Localized, ...] = (vignette.text,)
        if len(vignette.topics) > 1:
            template = self.texts["topic_of"]
            context += (Localized(
                template.da.format(n=number, of=len(vignette.topics), title=topic.text.da),
                template.en.format(n=number, of=len(vignette.topics), title=topic.text.en)),)
        return self._case_task(Drill.TYPES, item, context, self.texts["prompt.types"],
                               topic.expected, topic.explanation, topic.facts)

    def _disturbance(self, item: str, rng: random.Random) -> Task:
        entry = next(d for d in self.content.disturbance if d.id == item)
        options = list(entry.options)
        rng.shuffle(options)
        choices = tuple(Choice(o.verdict.value, o.text) for o in options)
        explanations = {o.verdict.value: o.why for o in options}
        return Task(Drill.DISTURBANCE, item, (entry.statement,), self.texts["prompt.disturbance"],
                    choices, frozenset({"appropriate"}), explanations)

    def _process(self, item: str) -> Task:
        pid, _, number = item.partition("#")
        case = next(p for p in self.content.processes if p.id == pid)
        step = case.steps[int(number) - 1]
        template = self.texts["step_of"]
        heading = Localized(
            template.da.format(title=case.title.da, n=number, of=len(case.steps), goal=case.goal.da),
            template.en.format(title=case.title.en, n=number, of=len(case.steps), goal=case.goal.en))
        return self._case_task(Drill.PROCESS, item, (heading, step.text), self.texts["prompt.types"],
                               step.expected, step.explanation, step.facts)


def rewritten_open(answer: str, lang: Lang, before: str) -> bool:
    """Whether ``answer`` is an open question without the flags a teacher points out, and
    not the old line again."""
    from samtalecoach.check.analyse import analyse
    from samtalecoach.check.rules import UtteranceForm

    flat = " ".join(answer.split())
    if not flat or flat.lower() == " ".join(before.split()).lower() or not any(c.isalpha() for c in flat):
        return False
    result = analyse(flat[:2000], lang)
    return result.form is UtteranceForm.OPEN and not result.flags


def _whole_cases(picked: list[str], keys: Sequence[str]) -> list[str]:
    """A vignette with several topics is asked whole, its topics in order, where the first
    of them was picked ('Emne 2 af 2' never comes without topic 1)."""
    result: list[str] = []
    for key in picked:
        case, sep, _ = key.partition("#")
        if not sep:
            result.append(key)
        elif not any(k.startswith(case + "#") for k in result):
            result += sorted((k for k in keys if k.startswith(case + "#")), key=lambda k: int(k.split("#")[1]))
    return result


def round_keys(factory: TaskFactory, drills: Sequence[Drill], progress: Mapping[str, Progress],
               count: int, today: date, rng: random.Random) -> list[str]:
    """The item keys of a round over ``drills`` (about ``count`` tasks).

    A process case is told whole: the cases with the most urgent steps are picked,
    and all their steps come in order (about four steps count as one case).
    """
    keys = [k for drill in drills if drill is not Drill.PROCESS for k in factory.keys(drill)]
    picked = _whole_cases(choose(keys, progress, count, today, rng) if keys else [], keys)
    if Drill.PROCESS in drills:
        steps = factory.keys(Drill.PROCESS)
        cases = max(1, count // 4) if len(drills) == 1 else 1
        chosen: list[str] = []
        for key in choose(steps, progress, len(steps), today, rng):
            case = key.split("#")[0]
            if case not in chosen:
                chosen.append(case)
        for case in chosen[:cases]:
            picked += sorted((k for k in steps if k.split("#")[0] == case),
                             key=lambda k: int(k.split("#")[1]))
    return picked
