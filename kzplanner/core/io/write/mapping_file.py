"""A confirmed statistics mapping saved as JSON (core.io.read.layout.mapping_file reads it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzplanner.core.io.read.layout.model import StatsMapping


def save_mapping(mapping: StatsMapping, path: str | Path) -> Path:
    """Write the mapping as UTF-8 JSON (atomically)."""
    from kzplanner.core.io.write.atomic import write_atomically

    data = json.dumps(mapping.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    return write_atomically(path, lambda tmp: tmp.write_bytes(data))

