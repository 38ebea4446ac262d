"""Drafts: the answers of an interrupted plan, kept with the user's data to go on from.

A draft is an answers file (JSON) in ``drafts/`` of the data directory. It is
written only when something was answered, removed once a plan made from it is
done, and drafts older than :data:`KEEP_DAYS` are removed when plans are made.
"""

from __future__ import annotations

import contextlib
import json
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from samtalecoach.core.paths import data_home
from samtalecoach.plan.answers import PlanAnswers, write_answers

#: Drafts older than this many days are removed.
KEEP_DAYS = 30


def drafts_dir(data_dir: Path | None = None) -> Path:
    """Where drafts are kept: with the user's data (``--data-dir``, else SAMTALE_HOME or
    the platform's user data directory)."""
    return (data_dir or data_home()) / "drafts"


def is_empty(answers: PlanAnswers) -> bool:
    """Whether nothing at all was answered (then there is no draft to keep)."""
    return not (answers.situation_set or answers.situation or answers.intensity or answers.topics
                or answers.picks)


def save_draft(answers: PlanAnswers, data_dir: Path | None = None) -> Path:
    """Keep unfinished answers as a draft, private to the user, and return where."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = drafts_dir(data_dir)
    path = folder / f"plan-{stamp}.json"
    counter = 1
    while path.exists():  # two drafts in the same second
        counter += 1
        path = folder / f"plan-{stamp}-{counter}.json"
    write_answers(path, answers)
    return path


def is_draft(path: Path, data_dir: Path | None = None) -> bool:
    """Whether ``path`` is one of the user's drafts."""
    try:
        return path.resolve().parent == drafts_dir(data_dir).resolve()
    except OSError:
        return False


def discard(path: Path) -> None:
    """Remove a draft that has served (a plan was made from it)."""
    with contextlib.suppress(OSError):
        path.unlink()


def prune(data_dir: Path | None = None, now: datetime | None = None) -> int:
    """Remove drafts older than KEEP_DAYS; returns how many."""
    limit = (now or datetime.now()) - timedelta(days=KEEP_DAYS)
    removed = 0
    for path in sorted(drafts_dir(data_dir).glob("plan-*.json")):
        with contextlib.suppress(OSError):
            if datetime.fromtimestamp(path.stat().st_mtime) < limit:
                path.unlink()
                removed += 1
    return removed


@dataclass(frozen=True, slots=True)
class Draft:
    """A kept draft: where, when, and the topics it has so far."""

    path: Path
    saved: datetime
    titles: tuple[str, ...]


def list_drafts(data_dir: Path | None = None) -> list[Draft]:
    """The drafts kept, newest first (a file that cannot be read shows no topics)."""
    found = []
    for path in drafts_dir(data_dir).glob("plan-*.json"):
        try:
            saved = datetime.fromtimestamp(path.stat().st_mtime)
            document = json.loads(path.read_text(encoding="utf-8"))
            titles = tuple(str(t.get("title", "")) for t in document.get("topics", []) if isinstance(t, dict))
        except (OSError, ValueError, AttributeError):
            continue
        found.append(Draft(path, saved, titles))
    return sorted(found, key=lambda d: d.saved, reverse=True)


def resume_command(draft: Path, options: Sequence[str] = ()) -> str:
    """The command that goes on from ``draft`` with the same options (output file,
    process, language, data and bank directories) as the interrupted run."""
    return shlex.join(["samtale", "plan", "--answers", str(draft), *options])
