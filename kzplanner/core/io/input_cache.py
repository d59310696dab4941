"""Parsed inputs kept between sessions, so a start does not re-read unchanged files.

Reading boundaries, a statistics workbook and a register of 10,000 institutions, reconciling them
and projecting the map takes about half a second at national scale; reading the result back takes
about 15 ms. Entries are keyed by every input file's resolved path, size and modification time,
the app version (and, in a checkout, its source files) and the caller's own key (e.g. the
parameters the preparation depends on), so a changed file or new code is simply a miss.

The cache lives in the user's own cache folder (Windows: %LOCALAPPDATA%\\KZ Planner\\Cache;
KZPLANNER_CACHE_DIR overrides it, KZPLANNER_CACHE_DIR=off turns it off). Entries are Python
pickles written by this app only; they are never read from a project, a shared folder or any
file a planner opens. A damaged or unreadable entry is deleted and counts as a miss: the cache
can only save time, never lose or change data.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from kzplanner import __version__
from kzplanner.core.io.write.atomic import write_atomically

log = logging.getLogger(__name__)

KEEP = 8  # entries kept (two per dataset: it and its map); older ones are removed
_SUFFIX = ".kzcache"


def cache_dir() -> Path | None:
    override = os.environ.get("KZPLANNER_CACHE_DIR")
    if override:
        return None if override.lower() == "off" else Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("KZ Planner", appauthor=False))


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """The app's own code: an entry pickled by other code could unpickle into objects of a
    different shape. From a checkout, its source files (path, size, mtime); a frozen build has
    none (its modules are inside the executable), so the executable's size and mtime — a new
    build with the same version number is new code too."""
    root = Path(__file__).resolve().parents[2]
    stamp = hashlib.sha256()
    if getattr(sys, "frozen", False):
        try:
            st = Path(sys.executable).stat()
            stamp.update(f"{sys.executable}|{st.st_size}|{st.st_mtime_ns}\n".encode())
        except OSError:
            pass
    for f in sorted(root.rglob("*.py")):
        try:
            st = f.stat()
        except OSError:
            continue
        stamp.update(f"{f.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return stamp.hexdigest()


def cache_key(files: Iterable[str | Path | None], extra: str = "") -> str | None:
    """Key of the inputs; None when a file cannot be examined (then nothing is cached)."""
    parts = [__version__, sys.version, _code_stamp(), extra]
    for f in files:
        if f is None:
            parts.append("-")
            continue
        try:
            p = Path(f).resolve()
            st = p.stat()
        except OSError:
            return None
        parts.append(f"{p}|{st.st_size}|{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def load(key: str | None) -> Any | None:
    folder = cache_dir()
    if key is None or folder is None:
        return None
    path = folder / f"{key}{_SUFFIX}"
    try:
        with open(path, "rb") as fh:
            value = pickle.load(fh)  # noqa: S301 - written by this app into the user's cache
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged entry: drop it, read the inputs again
        log.warning("cache entry %s unreadable (%s); removed", path.name, exc)
        path.unlink(missing_ok=True)
        return None
    try:
        os.utime(path)  # most recently used first when pruning
    except OSError:
        pass
    return value


def store(key: str | None, value: Any) -> bool:
    """Write an entry (atomically) and prune old ones. Failures are logged, never raised."""
    folder = cache_dir()
    if key is None or folder is None:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        def dump(tmp: Path) -> None:  # streamed: no copy of a 60 MB entry in memory
            with open(tmp, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)

        write_atomically(folder / f"{key}{_SUFFIX}", dump)
        entries = sorted(folder.glob(f"*{_SUFFIX}"), key=lambda p: p.stat().st_mtime,
                         reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except Exception as exc:  # a full disk or a locked folder only costs the next start time
        log.warning("could not write the input cache (%s)", exc)
        return False
    return True
