"""Atomic file replacement: write beside the target, then swap it in; never half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kzplanner.errors import KZError


def write_atomically(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp_path)` on a temporary file in the target's folder, then replace the target.

    A locked target (open in Excel on Windows) or a read-only folder raises KZError('file_locked')
    and leaves both the old file and the planner's data untouched.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        # Same extension as the target: GDAL and openpyxl choose formats by it.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.saving-", suffix=target.suffix,
                                        dir=folder)
    except OSError as exc:
        raise KZError("file_locked", file=str(target), detail=str(exc)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise KZError("file_locked", file=str(target), detail=str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target
