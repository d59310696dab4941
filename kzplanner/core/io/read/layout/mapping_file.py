"""A confirmed mapping read back from its JSON file (core.io.write.mapping_file writes it)."""

from __future__ import annotations

import json
from pathlib import Path

from kzplanner.core.io.read.layout.model import StatsMapping
from kzplanner.core.io.read.small_file import read_small_text
from kzplanner.errors import KZError

MAX_MAPPING_FILE = 5 * 1024 * 1024  # bytes; a mapping is a page of JSON


def load_mapping(path: str | Path) -> StatsMapping:
    path = Path(path)
    try:
        data = json.loads(read_small_text(path, MAX_MAPPING_FILE, "bad_mapping"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise KZError("bad_mapping", file=str(path),
                      detail=str(exc)[:200] or type(exc).__name__) from exc
    try:
        return StatsMapping.from_dict(data)
    except KZError as exc:
        exc.file = str(path)
        raise
