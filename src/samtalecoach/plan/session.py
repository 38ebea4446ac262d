"""The use case 'make a plan': from what the user gave to a plan shown, saved and kept.

The answers come in layers: the command line over the answers file over the
defaults (:func:`layer_answers`); what is still missing is asked in the
terminal, or is an error with ``--no-input``. Then the plan is built, shown,
written to a file, and kept with its process. Anything that talks to the user
goes through a :class:`PlanUI`, so this module runs without a terminal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, Protocol

from samtalecoach.content.guide import PlanGuide, load_guide
from samtalecoach.content.sources import load_bank_set
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.errors import FileError, Interrupted, Msg, SamtaleError, UsageError
from samtalecoach.core.model import Banks, Intensity, Lang, Localized
from samtalecoach.core.paths import data_dir as bundled_data
from samtalecoach.core.paths import write_atomic
from samtalecoach.core.privacy import refuse_cpr
from samtalecoach.core.pronouns import Citizen
from samtalecoach.core.store import database
from samtalecoach.plan import drafts
from samtalecoach.plan.answers import PlanAnswers, missing_facts, read_answers, resolve_picks, topic_requests
from samtalecoach.plan.build import Plan, ProcessContext, build_plan
from samtalecoach.plan.export import PLAN_WRITERS, plan_docx, plan_markdown, plan_record
from samtalecoach.plan.interview import FlowContext, FlowSession, replay
from samtalecoach.questions.finder import resolve_situation


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """What the command line says about the plan to make."""

    lang: Lang = Lang.DA
    answers_file: Path | None = None
    #: Use the bundled example as the answers file (and ask nothing).
    example: bool = False
    situation: str | None = None
    intensity: Intensity | None = None
    citizen: Citizen | None = None
    #: Ask in the terminal for what is missing (else missing answers are an error).
    interactive: bool = False
    output: Path | None = None
    force: bool = False
    process_label: str | None = None
    data_dir: Path | None = None
    bank_dirs: tuple[Path, ...] = ()
    #: A Word template of the user's own, for --output FILE.docx.
    template: Path | None = None

    def resume_options(self) -> list[str]:
        """The options to go on from a draft as this run would have gone on."""
        options = ["--output", str(self.output)] if self.output else []
        options += ["--force"] if self.force else []
        options += ["--process", self.process_label] if self.process_label else []
        options += ["--lang", self.lang.value] if self.lang is not Lang.DA else []
        options += ["--data-dir", str(self.data_dir)] if self.data_dir else []
        options += ["--template", str(self.template)] if self.template else []
        for directory in self.bank_dirs:
            options += ["--bank-dir", str(directory)]
        return options


class PlanUI(Protocol):
    """How the use case talks to the user."""

    def show_process(self, context: ProcessContext) -> None:
        """The process the plan is for, before anything is asked."""

    def show_resumed(self, answers: PlanAnswers) -> None:
        """What an answers file or a draft has answered already, before asking the rest."""

    def interview(self, flow: FlowSession, ctx: FlowContext) -> PlanAnswers:
        """Ask until the plan is complete (``flow.state`` keeps the answers so far)."""

    def show_plan(self, plan: Plan) -> None:
        """The finished plan."""

    def confirm_overwrite(self, path: Path) -> bool:
        """Whether to replace an existing file (False when nobody can be asked)."""

    def ask_other_path(self, path: Path) -> Path | None:
        """Another file for the plan, after not replacing ``path`` (None: none)."""


@dataclass(frozen=True, slots=True)
class PlanResult:
    """What came of it: the plan, and the file it was written to."""

    plan: Plan
    written: Path | None


def layer_answers(from_file: PlanAnswers, request: PlanRequest) -> PlanAnswers:
    """The command line over the answers file over the defaults, as a new PlanAnswers."""
    answers = dataclasses.replace(from_file, origins=dict(from_file.origins))
    if request.situation is not None:
        answers = dataclasses.replace(answers, situation=request.situation, situation_set=True)
        answers.origins.pop("situation", None)  # a bad one is now the flag's
    if request.intensity is not None:
        answers = dataclasses.replace(answers, intensity=request.intensity)
    if request.citizen is not None:
        answers = dataclasses.replace(answers, citizen=request.citizen)
    return answers


def remembered(from_file: PlanAnswers, context: ProcessContext) -> PlanAnswers:
    """The answers with what the process remembers (her situation, how to refer to her)
    where the file says nothing."""
    answers = dataclasses.replace(from_file, origins=dict(from_file.origins))
    if not answers.situation_set and context.situation:
        answers = dataclasses.replace(answers, situation=context.situation, situation_set=True)
    if answers.citizen is None and context.citizen:
        answers = dataclasses.replace(answers, citizen=context.citizen)
    return answers


def resolve_situations(answers: PlanAnswers, banks: Banks) -> PlanAnswers:
    """The same answers with every situation (id, alias or name) as its id."""

    def resolved(text: str | None, path: str) -> str | None:
        try:
            return resolve_situation(banks, text).id if text else None
        except UsageError as err:
            where = answers.origins.get(path)
            if where is None:  # --situation on the command line
                raise
            message = Msg.of("answers.situation", **err.params)
            raise UsageError(key="error.answers", where=where, message=message) from None

    topics = [dataclasses.replace(t, situation=resolved(t.situation, f"topics[{n}].situation"))
              for n, t in enumerate(answers.topics, 1)]
    return dataclasses.replace(answers, situation=resolved(answers.situation, "situation"), topics=topics)


def plan_writer(output: Path) -> Callable[[Plan, Lang], str | bytes]:
    """The writer for ``output``'s suffix (.md, .json, .html); others are a usage error,
    and so is a folder, or a file in a folder that does not exist (said before any question)."""
    if output.is_dir():
        raise UsageError(key="error.write_dir", path=str(output))
    if not output.parent.is_dir():
        raise UsageError(key="error.write_no_folder", path=str(output), folder=str(output.parent))
    writer = PLAN_WRITERS.get(output.suffix.lower())
    if writer is None:
        raise UsageError(key="error.output_suffix", suffix=output.suffix or output.name)
    return writer


def process_context(label: str, data_dir: Path | None, guide: PlanGuide) -> ProcessContext:
    """The process a plan is for: its goals, what is still open (her tasks and the
    caseworker's own), its alliance warnings and the situation remembered for her."""
    from samtalecoach.process import records
    from samtalecoach.process.alliance import Flag, flags
    from samtalecoach.process.export import flag_text

    with database(data_dir) as db:
        process = records.load(db, label)
    items = tuple(("mine" if item.kind == "agreed" and records.is_caseworker(item.who) else item.kind, item.text)
                  for item in records.open_items(process))

    def warning(flag: Flag, lang: Lang) -> str:  # what dropped, and the first thing to do about it
        advice = guide.dimensions[flag.dimension].suggestions[:1]
        return " ".join([flag_text(flag, guide, lang), *(a.get(lang) for a in advice)])

    warnings = tuple(Localized(warning(f, Lang.DA), warning(f, Lang.EN)) for f in flags(process.conversations))
    return ProcessContext(process.label, process.goal, process.subgoal, items, warnings, process.situation,
                          first=not process.conversations, citizen=process.citizen)


def _content(request: PlanRequest) -> FlowContext:
    """The banks (bundled and the user's), the tree and the guide."""
    banks = load_bank_set(request.bank_dirs)
    guide = load_guide(families=frozenset(f.id for f in banks.families),
                       situations=frozenset(s.id for s in banks.situations))
    return FlowContext(banks, load_tree(), guide)


def _answers(request: PlanRequest, content: FlowContext, ui: PlanUI,
             context: ProcessContext | None = None) -> PlanAnswers:
    """Every answer the plan needs: the command line over the answers file over what the
    process remembers, then completed in the terminal or checked."""
    source = bundled_data() / "examples" / "plan.yaml" if request.example else request.answers_file
    from_file = read_answers(source, content.tree) if source else PlanAnswers()
    if context is not None:
        from_file = remembered(from_file, context)
    answers = resolve_situations(layer_answers(from_file, request), content.banks)
    if not request.interactive or request.example:
        if not answers.topics:
            raise UsageError(key="error.no_topics")
        missing = missing_facts(answers, content.tree)
        if missing:
            raise UsageError(key="error.missing_facts", missing=", ".join(missing))
        return answers
    drafts.prune(request.data_dir)
    flow = replay(answers, content)
    if flow.history:
        ui.show_resumed(flow.state.answers)
    try:
        return ui.interview(flow, content)
    except KeyboardInterrupt:
        _keep_draft(flow.state.answers, answers, source, request)


def _keep_draft(now: PlanAnswers, before: PlanAnswers, source: Path | None, request: PlanRequest) -> NoReturn:
    """After Ctrl-C: keep what was answered as a draft (not an empty one, and not a copy of
    the draft it came from), and say where and how to go on."""
    if drafts.is_empty(now):
        raise Interrupted(key="draft.nothing")
    if now == before and source is not None and drafts.is_draft(source, request.data_dir):
        raise Interrupted(key="draft.kept", path=source,
                          command=drafts.resume_command(source, request.resume_options()))
    path = drafts.save_draft(now, request.data_dir)
    raise Interrupted(key="draft.saved", path=path, command=drafts.resume_command(path, request.resume_options()))


def write_plan(plan: Plan, answers: PlanAnswers, request: PlanRequest, ui: PlanUI) -> Path | None:
    """Write the plan to ``request.output``: an existing file only with --force or a yes;
    on a no, another file the user names. When none is named, the answers are kept as a
    draft (the plan is made again from it in a moment), so nothing typed is lost."""
    output = request.output
    while output is not None and output.exists() and not request.force and not ui.confirm_overwrite(output):
        other = ui.ask_other_path(output)
        if other is None:
            if not request.interactive:
                raise SamtaleError(key="error.exists", path=str(output))
            draft = drafts.save_draft(answers, request.data_dir)
            options = dataclasses.replace(request, output=None, force=False).resume_options()
            raise SamtaleError(key="error.exists_draft", path=str(output), draft=str(draft),
                               command=drafts.resume_command(draft, options))
        plan_writer(other)
        output = other
    if output is None:
        return None
    try:
        data: str | bytes
        if output.suffix.lower() == ".docx":
            data = plan_docx(plan, request.lang, request.template, str(output))
        else:
            data = plan_writer(output)(plan, request.lang)
        write_atomic(output, data)
    except FileError as err:
        if not request.interactive:
            raise
        draft = drafts.save_draft(answers, request.data_dir)  # what was answered is not lost
        options = dataclasses.replace(request, output=None, force=False).resume_options()
        raise FileError(key="error.write_draft", problem=err.msg, draft=str(draft),
                        command=drafts.resume_command(draft, options)) from None
    return output


def make_plan(request: PlanRequest, ui: PlanUI) -> PlanResult:
    """Make the plan the request describes: gather the answers, build, show, write, and
    keep it with its process."""
    if request.output is not None:
        plan_writer(request.output)  # a bad suffix is an error before any question
    if request.template is not None:  # and so is a template that cannot be used
        if request.output is None or request.output.suffix.lower() != ".docx":
            raise UsageError(key="error.template_needs_docx")
        from samtalecoach.core.wordfile import open_template

        open_template(request.template)
    content = _content(request)
    context = None
    if request.process_label:
        context = process_context(request.process_label, request.data_dir, content.guide)
        ui.show_process(context)
    answers = _answers(request, content, ui, context)
    situation = content.banks.situation(answers.situation) if answers.situation else None
    plan = build_plan(
        content.banks, content.tree, content.guide, topic_requests(answers), situation=situation,
        intensity=answers.intensity or Intensity.MODERATE, picks=resolve_picks(answers, content.banks),
        process=context, citizen=answers.citizen or Citizen.SHE,
    )
    # The gate before anything is shown or written: a CPR number that reached a process
    # around samtale (an old database, a hand edit) stops the plan made for it.
    refuse_cpr(plan_markdown(plan, request.lang), str(request.output or "stdout"))
    ui.show_plan(plan)
    written = write_plan(plan, answers, request, ui)
    if request.answers_file is not None and drafts.is_draft(request.answers_file, request.data_dir):
        drafts.discard(request.answers_file)  # the draft has served
    if context is not None:
        from samtalecoach.process.records import attach_plan, set_situation

        with database(request.data_dir) as db:
            attach_plan(db, context.label, plan_record(plan))
            set_situation(db, context.label, plan.situation.id if plan.situation else None, plan.citizen)
    return PlanResult(plan, written)
