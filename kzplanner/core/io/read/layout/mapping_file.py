"""A confirmed mapping read back from its JSON file (core.io.write.mapping_file writes it)."""

from __future__ import annotations

import json
from pathlib import Path

from kzplanner.core.io.read.layout.model import StatsMapping
from kzplanner.errors import KZError

MAX_MAPPING_FILE = 5 * 1024 * 1024  # bytes; a mapping is a page of JSON


def load_mapping(path: str | Path) -> StatsMapping:
    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    try:
        if path.is_dir():
            raise KZError("path_is_folder", file=str(path))
        if path.stat().st_size > MAX_MAPPING_FILE:
            raise KZError("bad_mapping", file=str(path),
                          detail=f"{path.stat().st_size // 1024} KB: not a mapping")
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise KZError("bad_mapping", file=str(path),
                      detail=str(exc)[:200] or type(exc).__name__) from exc
    try:
        return StatsMapping.from_dict(data)
    except KZError as exc:
        exc.file = str(path)
        raise
