"""``samtale process``: a citizen over several conversations (``process.records``, ``process.session``)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from samtalecoach.cli import process_docs
from samtalecoach.cli.common import (
    DataDirOpt,
    LangOpt,
    YesOpt,
    citizen_option,
    command,
    confirm,
    console,
    done,
    echo_err,
    group,
    h,
    interactive,
    output_format,
    user_errors,
)
from samtalecoach.core.errors import ExitStatus, UsageError
from samtalecoach.core.i18n import resolve_lang, t
from samtalecoach.core.model import OutputFormat
from samtalecoach.core.pronouns import Citizen, refer_all
from samtalecoach.core.store import database
from samtalecoach.process import records
from samtalecoach.process.records import NoteDetails
from samtalecoach.process.session import LogEntry, LogFlags, LogQuestions, log_conversation

ViewFormatOpt = Annotated[str | None, typer.Option("--format", "-f", help="table | plain | json", metavar="FORMAT")]
VIEW_FORMATS = (OutputFormat.TABLE, OutputFormat.PLAIN, OutputFormat.JSON)
EXPORT_FORMATS = (OutputFormat.JSON, OutputFormat.MARKDOWN)
LabelArg = Annotated[str, typer.Argument(metavar=h("meta.label"))]


@user_errors
def process_new(
    label: LabelArg,
    goal: Annotated[str, typer.Option("--goal", help=h("opt.goal"))] = "",
    subgoal: Annotated[str, typer.Option("--subgoal", help=h("opt.subgoal"))] = "",
    situation: Annotated[str | None, typer.Option(
        "--situation", "-s", help=h("opt.process_situation"), metavar="SITUATION")] = None,
    citizen: Annotated[str | None, typer.Option(
        "--citizen", help=h("opt.citizen_form"), metavar="hun|han|borgeren")] = None,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    language = resolve_lang(lang)
    records.check_label(label)
    situation_id = None
    if situation is not None:
        from samtalecoach.content.sources import load_bank_set
        from samtalecoach.questions.finder import resolve_situation

        situation_id = resolve_situation(load_bank_set(), situation).id
    form = citizen_option(citizen) if citizen else Citizen.SHE
    with database(data_dir) as db:
        records.create(db, label, goal, subgoal, situation=situation_id, citizen=form)
    echo_err(language, "process.created", label=label)


@user_errors
def process_list(lang: LangOpt = None, fmt: ViewFormatOpt = None, data_dir: DataDirOpt = None) -> None:
    language = resolve_lang(lang)
    chosen = output_format(fmt, VIEW_FORMATS)
    with database(data_dir) as db:
        processes = records.summaries(db)
    if chosen is OutputFormat.JSON:
        from samtalecoach.process.export import processes_json

        sys.stdout.write(processes_json(processes))
        return
    if not processes:
        echo_err(language, "process.none")
        return
    if chosen is OutputFormat.PLAIN:
        from samtalecoach.process.export import processes_plain

        sys.stdout.write(processes_plain(processes))
        return
    from samtalecoach.process.render import process_list_view

    out = console()
    out.print(process_list_view(processes, language, out.width))


#: Conversations a terminal shows of a long process, latest first (--all: every one;
#: plain, Markdown and JSON always carry all).
SHOWN = 25


@user_errors
def process_show(label: LabelArg, lang: LangOpt = None, fmt: ViewFormatOpt = None,
                 every: Annotated[bool, typer.Option("--all", help=h("opt.all_conversations"))] = False,
                 data_dir: DataDirOpt = None) -> None:
    from samtalecoach.content.guide import load_guide

    language = resolve_lang(lang)
    chosen = output_format(fmt, VIEW_FORMATS)
    with database(data_dir) as db:
        record = records.load(db, label)
    if chosen is OutputFormat.JSON:
        from samtalecoach.process.export import process_json

        sys.stdout.write(process_json(record))
        return
    guide = refer_all(load_guide(), record.citizen)
    texts = process_docs.question_texts(language) if record.plans else {}
    if chosen is OutputFormat.PLAIN:
        from samtalecoach.process.export import process_plain

        sys.stdout.write(process_plain(record, guide, language, texts))
        return
    from samtalecoach.process.render import process_view

    out = console()
    for view in process_view(record, guide, language, texts, last=None if every else SHOWN):
        out.print(view)


@user_errors
def process_log(
    label: LabelArg,
    topic: Annotated[list[str] | None, typer.Option(
        "--topic", help=h("opt.topic"), metavar=h("meta.title_type"))] = None,
    agreed: Annotated[list[str] | None, typer.Option(
        "--agreed", help=h("opt.agreed"), metavar=h("meta.agreement"))] = None,
    follow_up: Annotated[list[str] | None, typer.Option(
        "--follow-up", help=h("opt.follow_up"), metavar=h("meta.text"))] = None,
    note: Annotated[str, typer.Option("--note", help=h("opt.note"))] = "",
    alliance: Annotated[str | None, typer.Option(
        "--alliance", help=h("opt.alliance"), metavar=h("meta.scores"))] = None,
    citizen: Annotated[str | None, typer.Option("--citizen", help=h("opt.citizen"), metavar=h("meta.scores"))] = None,
    subgoal: Annotated[str | None, typer.Option("--subgoal", help=h("opt.subgoal"))] = None,
    held: Annotated[str | None, typer.Option("--date", help=h("opt.date"), metavar=h("meta.date"))] = None,
    done: Annotated[list[str] | None, typer.Option("--done", help=h("opt.done"), metavar=h("meta.code"))] = None,
    purpose: Annotated[str, typer.Option("--purpose", help=h("opt.purpose"))] = "",
    present: Annotated[str, typer.Option("--present", help=h("opt.present"))] = "",
    account: Annotated[str, typer.Option("--account", help=h("opt.account"))] = "",
    assessment: Annotated[str, typer.Option("--assessment", help=h("opt.assessment"))] = "",
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    language = resolve_lang(lang)
    details = NoteDetails(purpose.strip(), present.strip(), account.strip(), assessment.strip())
    flags = LogFlags(tuple(topic or ()), tuple(agreed or ()), tuple(follow_up or ()), note, alliance,
                     citizen, subgoal, held, tuple(done or ()), details)

    def ask(questions: LogQuestions) -> LogEntry:
        from samtalecoach.ui.prompts.log import ask_log

        return ask_log(questions, language)

    log_conversation(label, flags, data_dir, ask=ask if interactive() else None, lang=language)
    echo_err(language, "process.logged", label=label)


@user_errors
def process_delete(
    label: Annotated[str | None, typer.Argument(metavar=h("meta.label"))] = None,
    all_: Annotated[bool, typer.Option("--all", help=h("opt.all"))] = False,
    yes: YesOpt = False,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    language = resolve_lang(lang)
    if (label is None) == (not all_):
        raise UsageError(key="error.delete_what")
    with database(data_dir) as db:
        if label is not None:
            records.load(db, label)  # an unknown label is an error before anything is asked
            question = t(language, "process.confirm_delete", label=label)
        else:
            question = t(language, "process.confirm_delete_all", n=len(records.labels(db)))
        if not confirm(question, language, yes):
            echo_err(language, "process.cancelled")
            raise done(ExitStatus.FAILURE)
        count = records.delete(db, label)
    echo_err(language, "process.deleted", n=count)


def register(app: typer.Typer) -> None:
    """Add the ``process`` group (and its Danish alias ``forløb``) to ``app``."""
    process_app = group("process.help")
    command(process_app, "new", process_new, "process.new.help")
    command(process_app, "list", process_list, "process.list.help")
    command(process_app, "show", process_show, "process.show.help")
    command(process_app, "log", process_log, "process.log.help")
    command(process_app, "export", process_docs.process_export, "process.export.help")
    command(process_app, "note", process_docs.process_note, "process.note.help")
    command(process_app, "delete", process_delete, "process.delete.help")
    app.add_typer(process_app, name="process")
    app.add_typer(process_app, name="forløb", hidden=True)
