"""Which content files to load: the bundled ones and the user's own, through the cache."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import Banks
from samtalecoach.core.paths import bank_files_in, bundled_bank_files, cache_dir, env_bank_dirs


def bank_files(extra_dirs: Sequence[Path] = ()) -> list[Path]:
    """Bundled bank files, then those in SAMTALE_BANKS directories, then in ``extra_dirs``
    (``--bank-dir``). A directory that does not exist is a usage error naming where it came from."""
    files = bundled_bank_files()
    for where, dirs in (("SAMTALE_BANKS", env_bank_dirs()), ("--bank-dir", extra_dirs)):
        for directory in dirs:
            if not directory.is_dir():
                raise UsageError(key="error.bank_dir", where=where, path=directory)
            files += bank_files_in(directory)
    return files


def load_bank_set(extra_dirs: Sequence[Path] = ()) -> Banks:
    """The validated banks (bundled and the user's), through the cache unless
    SAMTALE_NO_CACHE is set."""
    from samtalecoach.content.cache import load_cached

    use_cache = os.environ.get("SAMTALE_NO_CACHE", "") in ("", "0")
    return load_cached(bank_files(extra_dirs), cache_dir() if use_cache else None)
