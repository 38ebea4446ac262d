"""Keeping personal data out: CPR numbers in free text are refused.

A CPR number is a date of birth DDMMYY and four digits, written with or
without a hyphen (``010190-1234`` or ``0101901234``). Only ten-digit runs
whose first six digits are a real date count, so phone numbers (eight
digits), amounts and ordinary dates are left alone.
"""

from __future__ import annotations

import re
from datetime import date

from samtalecoach.core.errors import UsageError

_CPR = re.compile(r"(?<![\d.,/-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d.,/-]?\d)")


def _is_date(day: int, month: int, year: int) -> bool:
    try:
        # 2000 + YY is a leap year exactly when YY is divisible by 4, as in any century
        # a CPR date can come from (1900 aside, which CPR numbers cannot tell apart).
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def find_cpr(text: str) -> str | None:
    """The first thing in ``text`` that looks like a CPR number, or None."""
    for match in _CPR.finditer(text):
        day, month, year = (int(g) for g in match.groups()[:3])
        if _is_date(day, month, year):
            return match.group(0)
    return None


def check_free_text(text: str, field: str) -> str:
    """``text`` unchanged, or a UsageError when it holds a CPR number."""
    if find_cpr(text) is not None:
        raise UsageError(key="error.cpr", field=field)
    return text
