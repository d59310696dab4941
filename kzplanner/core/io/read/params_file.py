"""Reading planning parameters from a TOML file a person can read and edit (JSON accepted)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from kzplanner.core.io.params_dict import params_from_dict
from kzplanner.core.io.read.small_file import read_small_text
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.errors import KZError

MAX_PARAMS_FILE = 1024 * 1024  # bytes: a parameters file is a page of text


def read_params(path: str | Path) -> PlanParams:
    path = Path(path)
    try:
        text = read_small_text(path, MAX_PARAMS_FILE, "file_too_large")
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, UnicodeDecodeError, RecursionError) as exc:
        # ValueError: JSON's errors and its numbers beyond any float; RecursionError: nesting
        raise KZError("file_unreadable", file=str(path),
                      detail=str(exc)[:200] or type(exc).__name__) from exc
    try:
        return params_from_dict(data)
    except KZError as exc:
        exc.file = exc.file or str(path)
        raise
