"""The command line: parse options, call the domain, render, map errors to exit codes."""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from samtalecoach import __version__
from samtalecoach.core.errors import EXIT_FAILURE, EXIT_INTERRUPTED, DataError, SamtaleError, UsageError
from samtalecoach.core.i18n import label, message, resolve_lang, startup_lang, t
from samtalecoach.core.model import Banks, ConversationType, Form, Intensity, Kind, Lang, Phase
from samtalecoach.core.textfold import fold
from samtalecoach.questions.finder import QuestionFilter

E = TypeVar("E", bound=Enum)
F = TypeVar("F", bound=Callable[..., Any])

HELP_LANG = startup_lang()
# Rich help panels cut option help short ("…") in narrow terminals; Click's
# plain layout wraps it instead (at 50 columns at least), so below 60 columns
# help is plain and nothing is lost.
HELP_MARKUP: Any = "rich" if shutil.get_terminal_size().columns >= 60 else None
CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"]}


def _h(key: str, **values: object) -> str:
    return t(HELP_LANG, key, **values)


def _ids(enum: type[Enum]) -> str:
    return ", ".join(str(m.value) for m in enum)


app = typer.Typer(
    help=_h("app.help"),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=HELP_MARKUP,
    context_settings=CONTEXT,
)
banks_app = typer.Typer(help=_h("banks.help"), no_args_is_help=True, rich_markup_mode=HELP_MARKUP,
                        context_settings=CONTEXT)
app.add_typer(banks_app, name="banks")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"samtale {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=_h("app.version")),
    ] = False,
) -> None:
    """Root options."""


def _fail(lang: Lang, message: str, code: int) -> typer.Exit:
    prefix = t(lang, "error.prefix")
    sys.stderr.write(f"samtale: {prefix}: {message}\n")
    return typer.Exit(code)


def _lang_for_errors(value: str | None) -> Lang:
    try:
        return resolve_lang(value)
    except UsageError:
        return startup_lang()


def user_errors(func: F) -> F:
    """Turn SamtaleError into a message on stderr and its exit code; Ctrl-C into 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SamtaleError as err:
            lang = _lang_for_errors(kwargs.get("lang"))
            raise _fail(lang, message(lang, err), err.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write(t(_lang_for_errors(kwargs.get("lang")), "interrupted") + "\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None

    return wrapper  # type: ignore[return-value]


def parse_choices(values: list[str] | None, enum: type[E], flag: str) -> tuple[E, ...]:
    """Map option values to enum members; ids and Danish/English names are accepted."""
    result: list[E] = []
    for raw in values or []:
        wanted = fold(raw)
        for member in enum:
            names = {str(member.value), label(Lang.DA, member), label(Lang.EN, member)}
            if wanted in {fold(n) for n in names}:
                result.append(member)
                break
        else:
            raise UsageError(key="error.choice", flag=flag, value=raw, choices=_ids(enum))
    return tuple(result)


def bank_files(cli_dirs: list[Path] | None) -> list[Path]:
    """Bundled bank files, then SAMTALE_BANKS directories, then --bank-dir ones."""
    from samtalecoach.core.paths import bank_files_in, bundled_bank_files, env_bank_dirs

    files = bundled_bank_files()
    for where, dirs in (("SAMTALE_BANKS", env_bank_dirs()), ("--bank-dir", cli_dirs or [])):
        for directory in dirs:
            if not directory.is_dir():
                raise UsageError(key="error.bank_dir", where=where, path=directory)
            files += bank_files_in(directory)
    return files


def load(cli_dirs: list[Path] | None) -> Banks:
    """The validated banks, through the cache."""
    from samtalecoach.content.cache import load_cached
    from samtalecoach.core.paths import cache_dir

    use_cache = os.environ.get("SAMTALE_NO_CACHE", "") in ("", "0")
    return load_cached(bank_files(cli_dirs), cache_dir() if use_cache else None)


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


def _output_format(value: str | None, choices: tuple[str, ...]) -> str:
    if value is None:
        return "table" if sys.stdout.isatty() else "plain"
    if value not in choices:
        raise UsageError(key="error.format", value=value, choices=", ".join(choices))
    return value


LangOpt = Annotated[str | None, typer.Option("--lang", "-l", help=_h("opt.lang"), metavar="da|en")]
BankDirOpt = Annotated[
    list[Path] | None, typer.Option("--bank-dir", help=_h("opt.bank_dir"), metavar="DIR")
]
FormatOpt = Annotated[
    str | None, typer.Option("--format", "-f", help=_h("opt.format"), metavar="FORMAT")
]
FORMATS = ("table", "plain", "markdown", "json")


@app.command("questions", help=_h("questions.help"))
@user_errors
def questions(
    kind: Annotated[list[str] | None, typer.Option(
        "--kind", "-k", help=_h("opt.kind", choices=_ids(Kind)), metavar="KIND")] = None,
    phase: Annotated[list[str] | None, typer.Option(
        "--phase", "-p", help=_h("opt.phase", choices=_ids(Phase)), metavar="PHASE")] = None,
    ctype: Annotated[list[str] | None, typer.Option(
        "--type", "-t", help=_h("opt.type", choices=_ids(ConversationType)),
        metavar="TYPE")] = None,
    situation: Annotated[list[str] | None, typer.Option(
        "--situation", "-s", help=_h("opt.situation"), metavar="SITUATION")] = None,
    specific: Annotated[bool, typer.Option("--specific", help=_h("opt.specific"))] = False,
    form: Annotated[list[str] | None, typer.Option(
        "--form", help=_h("opt.form", choices=_ids(Form)), metavar="FORM")] = None,
    intensity: Annotated[list[str] | None, typer.Option(
        "--intensity", help=_h("opt.intensity", choices=_ids(Intensity)),
        metavar="LEVEL")] = None,
    search: Annotated[str, typer.Option("--search", "-q", help=_h("opt.search"),
                                        metavar="TEXT")] = "",
    random_n: Annotated[int | None, typer.Option("--random", help=_h("opt.random"),
                                                 metavar="N")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help=_h("opt.seed"), metavar="N")] = None,
    lang: LangOpt = None,
    output_format: FormatOpt = None,
    bank_dir: BankDirOpt = None,
) -> None:
    from samtalecoach.questions.export import questions_json, questions_markdown, questions_plain
    from samtalecoach.questions.finder import find_questions, resolve_situation

    language = resolve_lang(lang)
    fmt = _output_format(output_format, FORMATS)
    kinds = parse_choices(kind, Kind, "--kind")
    phases = parse_choices(phase, Phase, "--phase")
    types = parse_choices(ctype, ConversationType, "--type")
    forms = parse_choices(form, Form, "--form")
    intensities = parse_choices(intensity, Intensity, "--intensity")
    banks = load(bank_dir)
    flt = QuestionFilter(
        kinds=kinds, phases=phases, types=types, forms=forms, intensities=intensities,
        situations=tuple(resolve_situation(banks, s).id for s in situation or []),
        search=search, only_specific=specific,
    )
    hits = find_questions(banks, flt, language, sample=random_n, seed=seed)
    if not hits:
        sys.stderr.write(t(language, "no_match", what=describe(flt)) + "\n")
        sys.stderr.write(t(language, "no_match.hint") + "\n")
        if fmt == "json":
            sys.stdout.write(questions_json(hits, language))
        raise typer.Exit(EXIT_FAILURE)
    if fmt == "table":
        from samtalecoach.questions.render import questions_view

        console = _console()
        for view in questions_view(hits, language, console.width, bool(flt.situations)):
            console.print(view)
    else:
        writer = {"json": questions_json, "plain": questions_plain,
                  "markdown": questions_markdown}[fmt]
        sys.stdout.write(writer(hits, language))


def describe(flt: QuestionFilter) -> str:
    """The filter as the flags that express it, for the 'no match' message."""
    parts = [f"--kind {k.value}" for k in flt.kinds]
    parts += [f"--phase {p.value}" for p in flt.phases]
    parts += [f"--type {c.value}" for c in flt.types]
    parts += [f"--situation {s}" for s in flt.situations]
    parts += [f"--form {f.value}" for f in flt.forms]
    parts += [f"--intensity {i.value}" for i in flt.intensities]
    if flt.only_specific:
        parts.append("--specific")
    if flt.search:
        parts.append(f"--search '{flt.search}'")
    return " ".join(parts) or "—"


@app.command("situations", help=_h("situations.help"))
@user_errors
def situations(
    lang: LangOpt = None,
    output_format: FormatOpt = None,
    bank_dir: BankDirOpt = None,
) -> None:
    from samtalecoach.questions.export import situations_json, situations_markdown, situations_plain

    language = resolve_lang(lang)
    fmt = _output_format(output_format, FORMATS)
    banks = load(bank_dir)
    if fmt != "table":
        writer = {"json": situations_json, "plain": situations_plain,
                  "markdown": situations_markdown}[fmt]
        sys.stdout.write(writer(banks, language))
    else:
        from samtalecoach.questions.render import situations_view

        console = _console()
        for view in situations_view(banks, language):
            console.print(view)


@banks_app.command("check", help=_h("banks.check.help"))
@user_errors
def banks_check(
    dirs: Annotated[list[Path] | None, typer.Argument(help=_h("arg.check_dirs"),
                                                      metavar="[DIR]...")] = None,
    lang: LangOpt = None,
) -> None:
    from samtalecoach.content.banks import load_banks
    from samtalecoach.questions.render import coverage_view

    language = resolve_lang(lang)
    files = bank_files(dirs)
    try:
        banks = load_banks(files)
    except DataError as err:
        for problem in err.problems:
            sys.stderr.write(f"{problem}\n")
        raise _fail(language, t(language, "check.failed", n=len(err.problems)),
                    EXIT_FAILURE) from None
    console = _console()
    for view in coverage_view(banks, language):
        console.print(view)
    console.print(t(language, "check.ok", questions=len(banks.questions),
                    situations=len(banks.situations), reflections=len(banks.reflections),
                    files=len(files)))


PLAN_WRITERS = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".html": "html",
                ".htm": "html"}


@app.command("plan", help=_h("plan.help"))
@user_errors
def plan(
    answers_file: Annotated[Path | None, typer.Option(
        "--answers", "-a", help=_h("opt.answers"), metavar="FILE")] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help=_h("opt.no_input"))] = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=_h("opt.output"), metavar="FILE")] = None,
    force: Annotated[bool, typer.Option("--force", help=_h("opt.force"))] = False,
    situation: Annotated[str | None, typer.Option(
        "--situation", "-s", help=_h("opt.plan_situation"), metavar="SITUATION")] = None,
    intensity: Annotated[str | None, typer.Option(
        "--intensity", help=_h("opt.plan_intensity"), metavar="LEVEL")] = None,
    example: Annotated[bool, typer.Option("--example", help=_h("opt.example"))] = False,
    show_tree: Annotated[bool, typer.Option("--show-tree", help=_h("opt.show_tree"))] = False,
    output_format: Annotated[str | None, typer.Option(
        "--format", "-f", help=_h("opt.plan_format"), metavar="FORMAT")] = None,
    process_label: Annotated[str | None, typer.Option(
        "--process", help=_h("opt.process"), metavar="LABEL")] = None,
    data_dir: DataDirOpt = None,
    lang: LangOpt = None,
    bank_dir: BankDirOpt = None,
) -> None:
    from samtalecoach.content.guide import load_guide
    from samtalecoach.content.tree import load_tree
    from samtalecoach.core.paths import data_dir as bundled_data
    from samtalecoach.plan.answers import (
        PlanAnswers,
        missing_facts,
        read_answers,
        resolve_picks,
        topic_requests,
    )
    from samtalecoach.plan.build import build_plan
    from samtalecoach.questions.finder import resolve_situation

    language = resolve_lang(lang)
    fmt = output_format or "table"
    if fmt not in ("table", "markdown", "json"):
        raise UsageError(key="error.format", value=fmt, choices="table, markdown, json")
    writer = _plan_writer(output) if output else None
    tree = load_tree()
    if show_tree:
        from samtalecoach.plan.render import tree_view

        _console().print(tree_view(tree, language))
        return
    banks = load(bank_dir)
    guide = load_guide(families=frozenset(f.id for f in banks.families))
    context = _process_context(process_label, data_dir, language) if process_label else None
    if example:
        answers_file, no_input = bundled_data() / "examples" / "plan.yaml", True
    answers = read_answers(answers_file, tree) if answers_file else PlanAnswers()
    if situation is not None:
        answers.situation = situation
    if intensity is not None:
        answers.intensity = parse_choices([intensity], Intensity, "--intensity")[0]
    chosen_situation = resolve_situation(banks, answers.situation) if answers.situation else None
    answers.situation = chosen_situation.id if chosen_situation else None
    for topic in answers.topics:
        if topic.situation:
            topic.situation = resolve_situation(banks, topic.situation).id
    if no_input:
        if not answers.topics:
            raise UsageError(key="error.no_topics")
        missing = missing_facts(answers, tree)
        if missing:
            raise UsageError(key="error.missing_facts", missing=", ".join(missing))
    else:
        answers = _interactive_plan(answers, banks, tree, guide, language,
                                    situation_given=situation is not None)
        chosen_situation = banks.situation(answers.situation) if answers.situation else None
    result = build_plan(
        banks, tree, guide, topic_requests(answers), situation=chosen_situation,
        intensity=answers.intensity or Intensity.MODERATE, picks=resolve_picks(answers, banks),
        process=context,
    )
    _show_plan(result, language, fmt)
    if output is not None and writer is not None:
        _write_plan(result, language, output, writer, force=force, can_ask=not no_input)
    if context is not None:
        from samtalecoach.plan.export import plan_json
        from samtalecoach.process.records import attach_plan

        with _db(data_dir) as db:
            attach_plan(db, context.label, plan_json(result, language))


def _process_context(label: str, data_dir: Path | None, lang: Lang) -> Any:
    """The process a plan is for: goals, and what was agreed last time. Shown before the
    questions start, so the caseworker has it in view."""
    from samtalecoach.plan.build import ProcessContext
    from samtalecoach.process import records as proc

    with _db(data_dir) as db:
        record = proc.load(db, label)
    context = ProcessContext(record.label, record.goal, record.subgoal,
                             tuple(proc.open_followups(record)))
    if sys.stdout.isatty():
        from rich.text import Text

        _console().print(Text.assemble((f"{t(lang, 'process.goal')}: ", "bold"), record.goal,
                                       (f"  ·  {t(lang, 'process.subgoal')}: ", "bold"),
                                       record.subgoal or "-"))
    return context


def _plan_writer(output: Path) -> str:
    writer = PLAN_WRITERS.get(output.suffix.lower())
    if writer is None:
        raise UsageError(key="error.output_suffix", suffix=output.suffix or output.name)
    return writer


def _interactive_plan(answers: Any, banks: Banks, tree: Any, guide: Any, lang: Lang,
                      *, situation_given: bool) -> Any:
    """Run the questions in the terminal; on Ctrl-C save a draft and exit 130."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(key="error.no_tty")
    from samtalecoach.plan.interview import FlowContext, start_state
    from samtalecoach.ui.prompts import FlowSession, run_flow

    session = FlowSession(start_state(answers, situation_given=situation_given), [])
    console = _console()
    try:
        return run_flow(session, FlowContext(banks, tree, guide), lang, console.print).answers
    except KeyboardInterrupt:
        path = _save_draft(session.state.answers)
        sys.stderr.write("\n" + t(lang, "draft.saved", path=path) + "\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _save_draft(answers: Any) -> Path:
    from datetime import datetime

    from samtalecoach.core.paths import data_home
    from samtalecoach.plan.answers import write_answers

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = data_home() / "drafts" / f"plan-{stamp}.json"
    write_answers(path, answers)
    return path


def _show_plan(result: Any, lang: Lang, fmt: str) -> None:
    from samtalecoach.plan.export import plan_json, plan_markdown

    if fmt == "json":
        sys.stdout.write(plan_json(result, lang))
    elif fmt == "markdown":
        sys.stdout.write(plan_markdown(result, lang))
    else:
        from samtalecoach.plan.render import plan_view

        console = _console()
        for view in plan_view(result, lang):
            console.print(view)


def _write_plan(result: Any, lang: Lang, output: Path, writer: str, *, force: bool,
                can_ask: bool) -> None:
    from samtalecoach.core.paths import write_atomic
    from samtalecoach.plan.export import plan_html, plan_json, plan_markdown

    if output.exists() and not force:
        if not (can_ask and sys.stdin.isatty()):
            raise SamtaleError(key="error.exists", path=str(output))
        from samtalecoach.ui.prompts import confirm_overwrite

        if not confirm_overwrite(str(output), lang):
            raise SamtaleError(key="error.exists", path=str(output))
    text = {"markdown": plan_markdown, "json": plan_json, "html": plan_html}[writer](result, lang)
    write_atomic(output, text)
    sys.stderr.write(t(lang, "plan.written", path=output) + "\n")


process_app = typer.Typer(help=_h("process.help"), no_args_is_help=True,
                          rich_markup_mode=HELP_MARKUP, context_settings=CONTEXT)
app.add_typer(process_app, name="process")
app.add_typer(process_app, name="forløb", hidden=True)

ViewFormatOpt = Annotated[
    str | None, typer.Option("--format", "-f", help="table | plain | json", metavar="FORMAT")
]
DataDirOpt = Annotated[Path | None, typer.Option("--data-dir", help=_h("opt.data_dir"), metavar="DIR")]


@contextmanager
def _db(data_dir: Path | None) -> Iterator[Any]:
    """The local database, opened (and migrated) for one command."""
    import sqlite3

    from samtalecoach.core.store import StoreError, default_path, open_store

    path = data_dir / "samtale.db" if data_dir else default_path()
    connection = open_store(path)
    try:
        yield connection
    except sqlite3.Error as err:
        # A write that failed was rolled back; everything committed before is kept.
        raise StoreError(key="error.store_write", path=str(path), reason=str(err)) from None
    finally:
        connection.close()


@process_app.command("new", help=_h("process.new.help"))
@user_errors
def process_new(
    label: Annotated[str, typer.Argument(metavar="LABEL")],
    goal: Annotated[str, typer.Option("--goal", help=_h("opt.goal"))] = "",
    subgoal: Annotated[str, typer.Option("--subgoal", help=_h("opt.subgoal"))] = "",
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    from samtalecoach.process import records as proc

    language = resolve_lang(lang)
    proc.check_label(label)
    with _db(data_dir) as db:
        proc.create(db, label, goal, subgoal)
    sys.stderr.write(t(language, "process.created", label=label) + "\n")


@process_app.command("list", help=_h("process.list.help"))
@user_errors
def process_list(
    lang: LangOpt = None,
    output_format: ViewFormatOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    import json

    from samtalecoach.process import records as proc

    language = resolve_lang(lang)
    fmt = _output_format(output_format, ("table", "plain", "json"))
    with _db(data_dir) as db:
        processes = [proc.load(db, label) for label in proc.labels(db)]
    if fmt == "json":
        rows = [{"label": p.label, "goal": p.goal, "subgoal": p.subgoal,
                 "conversations": len(p.conversations),
                 "last": p.last.held.isoformat() if p.last else None} for p in processes]
        sys.stdout.write(json.dumps({"schema": "samtale.processes/1", "processes": rows},
                                    ensure_ascii=False, indent=2) + "\n")
        return
    if not processes:
        sys.stderr.write(t(language, "process.none") + "\n")
        return
    if fmt == "plain":
        for p in processes:
            last = p.last.held.isoformat() if p.last else "-"
            sys.stdout.write(f"{p.label}: {p.goal} | {p.subgoal} | {len(p.conversations)} | {last}\n")
        return
    from samtalecoach.plan.render import process_list_view

    _console().print(process_list_view(processes, language))


@process_app.command("show", help=_h("process.show.help"))
@user_errors
def process_show(
    label: Annotated[str, typer.Argument(metavar="LABEL")],
    lang: LangOpt = None,
    output_format: ViewFormatOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    import json

    from samtalecoach.content.guide import load_guide
    from samtalecoach.process import records as proc

    language = resolve_lang(lang)
    fmt = _output_format(output_format, ("table", "plain", "json"))
    with _db(data_dir) as db:
        record = proc.load(db, label)
    if fmt == "json":
        sys.stdout.write(json.dumps(proc.to_json(record), ensure_ascii=False, indent=2) + "\n")
        return
    guide = load_guide()
    if fmt == "plain":
        from samtalecoach.process.export import process_plain

        sys.stdout.write(process_plain(record, guide, language))
        return
    from samtalecoach.plan.render import process_view

    console = _console()
    for view in process_view(record, guide, language):
        console.print(view)


@process_app.command("log", help=_h("process.log.help"))
@user_errors
def process_log(
    label: Annotated[str, typer.Argument(metavar="LABEL")],
    topic: Annotated[list[str] | None, typer.Option("--topic", help=_h("opt.topic"),
                                                    metavar="TITLE=TYPE")] = None,
    agreed: Annotated[list[str] | None, typer.Option("--agreed", help=_h("opt.agreed"),
                                                     metavar="WHAT|WHO|WHEN")] = None,
    follow_up: Annotated[list[str] | None, typer.Option("--follow-up", help=_h("opt.follow_up"),
                                                        metavar="TEXT")] = None,
    note: Annotated[str, typer.Option("--note", help=_h("opt.note"))] = "",
    alliance: Annotated[str | None, typer.Option("--alliance", help=_h("opt.alliance"),
                                                 metavar="SCORES")] = None,
    citizen: Annotated[str | None, typer.Option("--citizen", help=_h("opt.citizen"),
                                                metavar="SCORES")] = None,
    subgoal: Annotated[str | None, typer.Option("--subgoal", help=_h("opt.subgoal"))] = None,
    held: Annotated[str | None, typer.Option("--date", help=_h("opt.date"), metavar="DATE")] = None,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    from datetime import date

    from samtalecoach.process import records as proc

    language = resolve_lang(lang)
    topics = [_parse_topic(value) for value in topic or []]
    if not topics and sys.stdin.isatty() and sys.stdout.isatty():
        _process_log_interactive(label, language, data_dir, subgoal)
        return
    if not topics:
        raise UsageError(key="error.no_topics_logged")
    agreements = [_parse_agreement(value) for value in agreed or []]
    try:
        when = date.fromisoformat(held) if held else date.today()
    except ValueError:
        raise UsageError(key="error.date", value=held) from None
    scores = proc.parse_scores(alliance, "--alliance") if alliance else None
    theirs = proc.parse_scores(citizen, "--citizen") if citizen else None
    with _db(data_dir) as db:
        proc.log_conversation(db, label, held=when, topics=topics, agreements=agreements,
                              followups=follow_up or [], note=note, caseworker=scores,
                              citizen=theirs, subgoal=subgoal)
    sys.stderr.write(t(language, "process.logged", label=label) + "\n")


def _process_log_interactive(label: str, lang: Lang, data_dir: Path | None,
                             subgoal: str | None) -> None:
    """Ask about the conversation; the topics of the latest attached plan come first."""
    import json
    from datetime import date

    from samtalecoach.content.guide import load_guide
    from samtalecoach.process import records as proc
    from samtalecoach.ui.prompts import ask_log

    with _db(data_dir) as db:
        record = proc.load(db, label)
    planned: list[tuple[str, ConversationType]] = []
    if record.plans:
        plan_data = json.loads(record.plans[-1][1])
        planned = [(t_["title"], ConversationType(t_["type"])) for t_ in plan_data.get("topics", [])]
    guide = load_guide()
    dimensions = [(d, guide.dimensions[d].question.get(lang)) for d in proc.DIMENSIONS]
    try:
        answers = ask_log(lang, planned, dimensions, date.today().isoformat())
    except KeyboardInterrupt:
        sys.stderr.write(t(lang, "process.log_cancelled") + "\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    try:
        held = date.fromisoformat(answers.held)
    except ValueError:
        raise UsageError(key="error.date", value=answers.held) from None
    with _db(data_dir) as db:
        proc.log_conversation(
            db, label, held=held, topics=answers.topics,
            agreements=[proc.Agreement(*a) for a in answers.agreements],
            followups=answers.followups, note=answers.note,
            caseworker=proc.validate_scores(proc.AllianceScores(**answers.caseworker)),
            citizen=proc.AllianceScores(**answers.citizen) if answers.citizen else None,
            subgoal=subgoal,
        )
    sys.stderr.write(t(lang, "process.logged", label=label) + "\n")


def _parse_topic(value: str) -> tuple[str, ConversationType]:
    title, sep, raw_type = value.rpartition("=")
    try:
        if not sep or not title.strip():
            raise ValueError
        return title.strip(), parse_choices([raw_type.strip()], ConversationType, "--topic")[0]
    except (ValueError, UsageError):
        raise UsageError(key="error.topic_format", value=value,
                         choices=_ids(ConversationType)) from None


def _parse_agreement(value: str) -> Any:
    from samtalecoach.process.records import Agreement

    parts = [p.strip() for p in value.split("|")]
    if not parts[0] or len(parts) > 3:
        raise UsageError(key="error.agreed_format", value=value)
    return Agreement(*parts)


@process_app.command("export", help=_h("process.export.help"))
@user_errors
def process_export(
    label: Annotated[str, typer.Argument(metavar="LABEL")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="json | md",
                                               metavar="FORMAT")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help=_h("opt.output"),
                                                metavar="FILE")] = None,
    force: Annotated[bool, typer.Option("--force", help=_h("opt.force"))] = False,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    import json

    from samtalecoach.content.guide import load_guide
    from samtalecoach.core.paths import write_atomic
    from samtalecoach.process import records as proc
    from samtalecoach.process.export import process_markdown

    language = resolve_lang(lang)
    if output_format not in ("json", "md"):
        raise UsageError(key="error.format", value=output_format, choices="json, md")
    with _db(data_dir) as db:
        record = proc.load(db, label)
    if output_format == "json":
        text = json.dumps(proc.to_json(record), ensure_ascii=False, indent=2) + "\n"
    else:
        text = process_markdown(record, load_guide(), language)
    if output is None:
        sys.stdout.write(text)
        return
    if output.exists() and not force:
        raise SamtaleError(key="error.exists", path=str(output))
    write_atomic(output, text, mode=0o600)
    sys.stderr.write(t(language, "plan.written", path=output) + "\n")


@process_app.command("delete", help=_h("process.delete.help"))
@user_errors
def process_delete(
    label: Annotated[str | None, typer.Argument(metavar="[LABEL]")] = None,
    all_: Annotated[bool, typer.Option("--all", help=_h("opt.all"))] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_h("opt.yes"))] = False,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    from samtalecoach.process import records as proc

    language = resolve_lang(lang)
    if (label is None) == (not all_):
        raise UsageError(key="error.delete_what")
    with _db(data_dir) as db:
        if label is not None:
            proc.load(db, label)  # an unknown label is an error before anything is asked
            question = t(language, "process.confirm_delete", label=label)
        else:
            question = t(language, "process.confirm_delete_all", n=len(proc.labels(db)))
        if not yes and not _confirm(question, language):
            sys.stderr.write(t(language, "process.cancelled") + "\n")
            raise typer.Exit(EXIT_FAILURE)
        count = proc.delete(db, label)
    sys.stderr.write(t(language, "process.deleted", n=count) + "\n")


def _confirm(question: str, lang: Lang) -> bool:
    if not sys.stdin.isatty():
        raise UsageError(key="error.confirm_no_tty")
    import questionary

    return bool(questionary.confirm(question, default=False).unsafe_ask())


DRILL_NAMES = ("kinds", "types", "phases", "forms", "disturbance", "process")


@app.command("practice", help=_h("practice.help"))
@user_errors
def practice(
    drill: Annotated[str | None, typer.Argument(
        help=_h("opt.drill", choices=", ".join(DRILL_NAMES)), metavar="[DRILL]")] = None,
    count: Annotated[int, typer.Option("--count", "-n", help=_h("opt.count"), min=1)] = 10,
    seed: Annotated[int | None, typer.Option("--seed", help=_h("opt.practice_seed"),
                                             metavar="N")] = None,
    stats: Annotated[bool, typer.Option("--stats", help=_h("opt.stats"))] = False,
    reset: Annotated[bool, typer.Option("--reset", help=_h("opt.reset"))] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_h("opt.yes"))] = False,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
    bank_dir: BankDirOpt = None,
) -> None:
    from samtalecoach.practice import progress as prog

    language = resolve_lang(lang)
    if drill is not None and drill not in (*DRILL_NAMES, "all"):
        raise UsageError(key="error.choice", flag="DRILL", value=drill,
                         choices=", ".join((*DRILL_NAMES, "all")))
    if stats:
        with _db(data_dir) as db:
            rows = prog.stats(db)
        if not any(r.answers for r in rows):
            sys.stderr.write(t(language, "practice.stats.none") + "\n")
            return
        from samtalecoach.plan.render import stats_view

        console = _console()
        console.print(stats_view(rows, language, console.width))
        return
    if reset:
        if not yes and not _confirm(t(language, "practice.reset.confirm"), language):
            sys.stderr.write(t(language, "process.cancelled") + "\n")
            raise typer.Exit(EXIT_FAILURE)
        with _db(data_dir) as db:
            count_deleted = prog.reset(db)
        sys.stderr.write(t(language, "practice.reset.done", n=count_deleted) + "\n")
        return
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(key="error.no_tty_practice")
    _run_practice(drill, count, seed, language, data_dir, bank_dir)


def _practice_texts(lang: Lang) -> tuple[dict[str, Any], dict[str, Any]]:
    from samtalecoach.content.practice import Verdict
    from samtalecoach.core.i18n import LABELS, MESSAGES
    from samtalecoach.core.model import Localized

    labels: dict[str, Any] = {}
    for enum in (Kind, ConversationType, Phase, Form):
        for member in enum:
            labels[member.value] = Localized(*LABELS[member])
    for verdict in Verdict:
        labels[verdict.value] = Localized(*MESSAGES[f"verdict.{verdict.value}"])
    texts = {key.removeprefix("drill."): Localized(*value) for key, value in MESSAGES.items()
             if key.startswith("drill.")}
    return labels, texts


def _run_practice(drill: str | None, count: int, seed: int | None, lang: Lang,
                  data_dir: Path | None, bank_dir: list[Path] | None) -> None:
    import random
    from datetime import date

    from samtalecoach.content.practice import load_practice
    from samtalecoach.content.tree import load_tree
    from samtalecoach.plan.render import feedback_view, score_view, task_summary, task_view
    from samtalecoach.practice import progress as prog
    from samtalecoach.practice.drills import Outcome, TaskFactory, round_keys, score, to_revisit
    from samtalecoach.ui.prompts import ask_drill, ask_task

    banks = load(bank_dir)
    tree = load_tree()
    content = load_practice(tree.facts, [s.id for s in banks.situations])
    labels, texts = _practice_texts(lang)
    factory = TaskFactory(banks, content, tree, labels, texts)
    console = _console()
    if drill is None:
        menu = [(d, t(lang, "drill." + d)) for d in DRILL_NAMES] + [("all", t(lang, "practice.all"))]
        try:
            drill = ask_drill(lang, menu)
        except KeyboardInterrupt:
            raise typer.Exit(EXIT_INTERRUPTED) from None
    drills = list(DRILL_NAMES) if drill == "all" else [drill]
    rng = random.Random(seed)
    outcomes: list[Outcome] = []
    plain_labels = {value: loc.get(lang) for value, loc in labels.items()}
    with _db(data_dir) as db:
        keys = round_keys(factory, drills, prog.load_progress(db), count, date.today(), rng)
        if not keys:
            sys.stderr.write(t(lang, "practice.nothing") + "\n")
            return
        round_id = prog.start_round(db, drills, seed)
        try:
            for number, key in enumerate(keys, 1):
                task = factory.task(key, rng)
                console.print(task_view(task, lang, number, len(keys)))
                choices = [(c.value, c.label.get(lang)) for c in task.choices]
                answer = ask_task(task.prompt.get(lang), choices, lang)
                prog.record_answer(db, round_id, key, task.is_correct(answer))
                outcomes.append(Outcome(task, answer, task.is_correct(answer)))
                console.print(feedback_view(task, answer, lang, plain_labels))
                console.print()
        except KeyboardInterrupt:
            sys.stderr.write("\n" + t(lang, "interrupted") + " "
                             + t(lang, "practice.saved", n=len(outcomes)) + "\n")
            if outcomes:
                console.print(score_view(score(outcomes), lang))
            raise typer.Exit(EXIT_INTERRUPTED) from None
    console.print(score_view(score(outcomes), lang))
    revisit = to_revisit(outcomes)
    if revisit:
        console.print(t(lang, "practice.revisit"))
        for task in revisit:
            console.print(f"• {task_summary(task, lang, min(console.width - 2, 100))}",
                          highlight=False)


# Danish aliases, hidden from the command list to keep it short.
app.command("spørgsmål", hidden=True, help=_h("questions.help"))(questions)
app.command("situationer", hidden=True, help=_h("situations.help"))(situations)
app.command("planlæg", hidden=True, help=_h("plan.help"))(plan)
app.command("øv", hidden=True, help=_h("practice.help"))(practice)


def app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command that ``argv`` names (or the whole app).

    Typer turns every registered command into a Click command, inspecting each
    signature, before it parses anything; with twenty commands that is a good
    share of start-up. Running ``samtale questions`` needs only one of them.
    Root help, ``--version`` and unknown names get the whole app.
    """
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    commands = [c for c in app.registered_commands if c.name == first]
    groups = [g for g in app.registered_groups if g.name == first]
    if first is None or not (commands or groups):
        return app
    slim = typer.Typer(add_completion=False, no_args_is_help=True,
                       pretty_exceptions_enable=False, rich_markup_mode=HELP_MARKUP,
                       context_settings=CONTEXT)
    slim.registered_callback = app.registered_callback
    slim.registered_commands = commands
    slim.registered_groups = groups
    return slim


def main() -> None:
    """Console-script entry point: run the app; a closed pipe ends quietly."""
    try:
        app_for(sys.argv[1:])()
    except BrokenPipeError:
        # `samtale questions | head`: the reader left; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
