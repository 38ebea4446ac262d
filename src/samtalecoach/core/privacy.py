"""Keeping personal data out: CPR numbers in free text are refused, at one gate.

A CPR number is a date of birth DDMMYY and four digits. People write it in many
ways: ``010190-1234``, ``0101901234``, ``010190 1234``, ``01.01.90-1234``, with
an en dash or a no-break space, after ``CPR-nr.`` or ``cpr-``, and text pasted
from elsewhere may hide zero-width characters in it. So text is normalised
first (Unicode dashes to ``-``, every kind of space to a space, invisible
characters removed), then matched. Only runs whose first six digits are a real
date count, so phone numbers (eight digits), amounts and ordinary dates are
left alone.

The gate: :func:`check_free_text` for a field as the user types it, and
:func:`refuse_cpr` for everything written to a file or the database
(``paths.write_atomic`` and the store call it), so a CPR that slipped in another
way (an old database, a user's bank) is still never written.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from samtalecoach.core.errors import UsageError

#: Dashes and minus signs people (and word processors) use for '-'.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
#: Characters that take no room and can hide inside a number.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[^\S\n]+")
_SEP = r"[-. /]?"
_CPR = re.compile(rf"(?<!\d)(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{4}})(?!\d|[.,]\d)")


#: The characters ``normalise`` changes besides spaces (a regex scan finds them in C;
#: ``str.translate`` with a dict walks a 10 MB export for seconds).
_ODD = re.compile("[" + "".join(map(chr, [*_INVISIBLE, *_DASHES])) + "]")


def normalise(text: str) -> str:
    """``text`` with Unicode dashes as '-', every space as ' ', invisible characters
    removed, and full-width digits as ASCII digits (what the CPR match reads)."""
    if _ODD.search(text):
        text = text.translate(_INVISIBLE)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _ODD.search(text):
        text = text.translate(_DASHES)
    return _SPACES.sub(" ", text)


def _is_date(day: int, month: int, year: int) -> bool:
    try:
        # 2000 + YY is a leap year exactly when YY is divisible by 4, as in any century
        # a CPR date can come from (1900 aside, which CPR numbers cannot tell apart).
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def find_cpr(text: str) -> str | None:
    """The first thing in ``text`` that looks like a CPR number (as normalised), or None."""
    for match in _CPR.finditer(normalise(text)):
        day, month, year = (int(g) for g in match.groups()[:3])
        if _is_date(day, month, year):
            return match.group(0)
    return None


def check_free_text(text: str, field: str) -> str:
    """``text`` unchanged, or a UsageError when it holds a CPR number (never echoed)."""
    if find_cpr(text) is not None:
        raise UsageError(key="error.cpr", field=field)
    return text


def refuse_cpr(text: str, where: str) -> None:
    """The gate for everything written: a UsageError naming ``where`` (a file, a table)
    when ``text`` holds a CPR number, so that nothing is written."""
    if find_cpr(text) is not None:
        raise UsageError(key="error.cpr_write", where=where)
