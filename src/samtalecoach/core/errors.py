"""The one error family shown to users, their exit statuses, and problems in data files.

Every error a user can act on is a :class:`SamtaleError`. It carries a message
key of the i18n catalogue and its parameters, so the one handler in the CLI
can print it in the user's language, without a traceback, and exit with the
error's :class:`ExitStatus`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit statuses, documented in the README."""

    OK = 0
    FAILURE = 1
    USAGE = 2
    INTERRUPTED = 130


@dataclass(frozen=True, slots=True)
class Msg:
    """A message of the i18n catalogue, not yet in a language: its key and values.

    Values may themselves be ``Msg`` (or ``Localized`` texts); they are put in
    the same language when the message is shown.
    """

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    @staticmethod
    def of(key: str, /, **params: object) -> Msg:
        """``Msg.of("error.cpr", field="title")``."""
        return Msg(key, params)


class SamtaleError(Exception):
    """An error the user can act on: a catalogue key and its values."""

    exit_code: ExitStatus = ExitStatus.FAILURE

    def __init__(self, *, key: str, **params: object) -> None:
        super().__init__(f"{key} {params}")
        self.key = key
        self.params = params

    @property
    def msg(self) -> Msg:
        """The message to show."""
        return Msg(self.key, self.params)


class UsageError(SamtaleError):
    """Wrong flags or values on the command line, or a bad answers file."""

    exit_code = ExitStatus.USAGE


class StoreError(SamtaleError):
    """The local database cannot be used (foreign, damaged, newer, not writable)."""


class Interrupted(SamtaleError):
    """Ctrl-C, with what was kept: the message says what was saved and where."""

    exit_code = ExitStatus.INTERRUPTED

    def __init__(self, *, key: str = "interrupted", **params: object) -> None:
        super().__init__(key=key, **params)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a data file: where it is, which item, and what is wrong."""

    file: str
    line: int
    what: Msg
    item: tuple[Msg, ...] = ()


class DataError(SamtaleError):
    """One or more problems in data files (question banks, tree, guide, practice cases)."""

    def __init__(self, problems: list[Problem], key: str = "error.data") -> None:
        super().__init__(key=key, n=len(problems))
        self.problems = problems
