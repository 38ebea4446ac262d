"""The one error family shown to users. The CLI prints these without a traceback."""

from __future__ import annotations

from dataclasses import dataclass

#: Exit codes, documented in the README.
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class SamtaleError(Exception):
    """An error the user can act on.

    Raised either with a ready message, or with ``key`` (an entry of the i18n
    catalog) and its ``params``, so the CLI can show it in the user's language.
    ``str(err)`` is the ready message, or the key and params.
    """

    exit_code = EXIT_FAILURE

    def __init__(self, message: str = "", /, *, key: str | None = None, **params: object) -> None:
        super().__init__(message or f"{key} {params}")
        self.key = key
        self.params = params


class UsageError(SamtaleError):
    """Wrong flags or values on the command line."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a data file, with where it is."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class DataError(SamtaleError):
    """One or more problems in the data files (question banks and friends)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
