"""Small helpers shared by the tests."""

from __future__ import annotations

from samtalecoach.core.errors import DataError
from samtalecoach.core.i18n import problem_text
from samtalecoach.core.model import Lang

__all__ = ["Lang", "english", "problem_text"]


def english(err: DataError) -> list[str]:
    """Every problem of ``err`` as the English line a user would read."""
    return [problem_text(Lang.EN, p) for p in err.problems]
