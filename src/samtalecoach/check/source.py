"""Reading what to check: a file or standard input, held to text and a size limit."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from samtalecoach.core.errors import Msg, UsageError, os_reason

#: A file of utterances or a transcript is never this large; more is refused, not read.
MAX_BYTES = 1024 * 1024


def decode(data: bytes, name: str) -> str:
    """``data`` as text, or a UsageError when it holds binary bytes or is not UTF-8."""
    if len(data) > MAX_BYTES:
        raise UsageError(key="error.check_file", path=name, reason=Msg.of("p.too_large", limit=1))
    if b"\x00" in data:
        raise UsageError(key="error.check_binary", path=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(key="error.check_binary", path=name) from None
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        raise UsageError(key="error.check_binary", path=name)
    return text


def read_file(path: Path) -> str:
    """The text of ``path``; unreadable, too large or binary is a UsageError naming it."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise UsageError(key="error.check_file", path=str(path), reason=os_reason(err)) from None
    return decode(data, str(path))


def read_stream(stream: BinaryIO, name: str) -> str:
    """The text of standard input (or another stream)."""
    return decode(stream.read(MAX_BYTES + 1), name)
