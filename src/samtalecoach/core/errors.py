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


class FileError(SamtaleError):
    """A file cannot be written or read where the user asked (a folder, no access, a full disk)."""


#: Operating-system errors by errno name, as catalogue keys (the OS's own text is English).
_OS_REASONS = {"EACCES": "reason.access", "EPERM": "reason.access", "ENOSPC": "reason.full", "EDQUOT": "reason.full",
               "EROFS": "reason.read_only", "ENOTDIR": "reason.not_dir", "EISDIR": "reason.is_dir",
               "ENOENT": "reason.missing", "ENAMETOOLONG": "reason.long_name", "ELOOP": "reason.link",
               "EEXIST": "reason.exists"}


def os_reason(err: OSError) -> Msg:
    """Why the operating system refused, in the user's language (or its error code)."""
    import errno

    name = errno.errorcode.get(err.errno or 0, "")
    return Msg(_OS_REASONS[name]) if name in _OS_REASONS else Msg.of("reason.other", code=name or str(err.errno))


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
