"""The container of a project file (.kzp): a regular zip of a few members, each read by name with
a size limit (a symbolic link is refused), and JSON nested at most MAX_DEPTH deep with finite
numbers only, checked before it is parsed."""

from __future__ import annotations

import io
import json
import math
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kzplanner.core.io.project_errors import project_invalid
from kzplanner.errors import KZError

MEMBERS = ("manifest.json", "units.geojson", "institutions.csv")
MB = 1024 * 1024
MAX_FILE_BYTES = 1024 * MB
MAX_MEMBER_BYTES = {"manifest.json": 64 * MB, "units.geojson": 512 * MB,
                    "institutions.csv": 256 * MB}
MAX_MEMBERS = 64
MAX_DEPTH = 64  # JSON nesting; a MultiPolygon feature collection needs 8

# --- reading: the container -------------------------------------------------------------------
def _read_within(fh: Any, size: int) -> bytes:
    """The open file's bytes, at most MAX_FILE_BYTES + 1 (more means too large). A read of n
    bytes allocates n at once, so the read asks for the size the file had (fstat) and one more
    byte, not for the limit: 1 GB was reserved for every project opened, committed memory on
    Windows. A file that grew since is read on in pieces."""
    want = min(size, MAX_FILE_BYTES) + 1
    data = fh.read(want)
    if len(data) < want:
        return data
    parts = [data]
    left = MAX_FILE_BYTES + 1 - len(data)
    while left > 0:
        piece = fh.read(min(left, 16 * MB))
        if not piece:
            break
        parts.append(piece)
        left -= len(piece)
    return b"".join(parts)


@dataclass
class RawProject:
    manifest: dict[str, Any]
    units: dict[str, Any]
    units_bytes: bytes
    inst_bytes: bytes
    sha256: str
    size: int
    mtime_ns: int
    data_key: str


def read_zip(path: Path) -> tuple[bytes, dict[str, bytes], int]:
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if st.st_size > MAX_FILE_BYTES:
                raise project_invalid(path, "file_too_large", limit=MAX_FILE_BYTES // MB)
            data = _read_within(fh, st.st_size)
    except IsADirectoryError as exc:
        raise KZError("path_is_folder", file=str(path)) from exc
    except PermissionError as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    if len(data) > MAX_FILE_BYTES:
        raise project_invalid(path, "file_too_large", limit=MAX_FILE_BYTES // MB)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise project_invalid(path, "not_zip") from exc
    members: dict[str, bytes] = {}
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise project_invalid(path, "too_many_members", count=len(infos))
        by_name = {i.filename: i for i in infos}
        if "manifest.json" not in by_name:
            raise project_invalid(path, "not_ours")
        for name in MEMBERS:
            info = by_name.get(name)
            if info is None:
                raise project_invalid(path, "member_missing", member=name)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise project_invalid(path, "symlink", member=name)
            if info.is_dir():
                raise project_invalid(path, "member_missing", member=name)
            limit = MAX_MEMBER_BYTES[name]
            if info.file_size > limit:
                raise project_invalid(path, "member_too_large", member=name, limit=limit // MB)
            try:
                with zf.open(info) as fh:
                    content = fh.read(limit + 1)  # the header's size is not trusted
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError,
                    EOFError) as exc:
                raise project_invalid(path, "not_zip") from exc
            except Exception as exc:  # zlib.error and other decompression failures
                raise project_invalid(path, "not_zip") from exc
            if len(content) > limit:
                raise project_invalid(path, "member_too_large", member=name, limit=limit // MB)
            members[name] = content
    return data, members, st.st_mtime_ns


_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def json_depth(data: bytes) -> int:
    """How deep arrays and objects nest in JSON text (strings ignored), without parsing it."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    arr = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((arr == ord("[")) | (arr == ord("{")), 1, -1).astype(np.int64)
    return int(np.cumsum(steps).max())


class _NotFinite(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def _bounded_int(text: str) -> int:
    if len(text) > 40:
        raise _NotFinite(text[:20] + "…")
    return int(text)


def _reject_constant(text: str) -> Any:
    raise _NotFinite(text)


def parse_json(data: bytes, member: str, path: Path) -> Any:
    """JSON of a project member, or KZError('project_invalid') naming the problem."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise project_invalid(path, "not_text", member=member) from exc
    if json_depth(data) > MAX_DEPTH:
        raise project_invalid(path, "too_deep", member=member, limit=MAX_DEPTH)
    try:
        return json.loads(text, parse_float=_finite_float, parse_int=_bounded_int,
                          parse_constant=_reject_constant)
    except _NotFinite as exc:
        raise project_invalid(path, "not_finite", where=member, value=exc.text[:40]) from exc
    except json.JSONDecodeError as exc:
        raise project_invalid(path, "not_json", member=member, line=exc.lineno,
                              col=exc.colno) from exc
    except (RecursionError, ValueError) as exc:
        raise project_invalid(path, "too_deep", member=member, limit=MAX_DEPTH) from exc


# --- reading: the manifest against its schema -------------------------------------------------
