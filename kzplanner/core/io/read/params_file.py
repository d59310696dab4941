"""Reading planning parameters from a TOML file a person can read and edit (JSON accepted)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from kzplanner.core.io.params_dict import params_from_dict
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.errors import KZError

MAX_PARAMS_FILE = 1024 * 1024  # bytes: a parameters file is a page of text


def read_params(path: str | Path) -> PlanParams:
    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    try:
        if path.is_dir():
            raise KZError("path_is_folder", file=str(path))
        if path.stat().st_size > MAX_PARAMS_FILE:
            raise KZError("file_too_large", file=str(path),
                          detail=f"{path.stat().st_size // 1024} KB > {MAX_PARAMS_FILE // 1024} KB")
        text = path.read_text(encoding="utf-8-sig")
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except OSError as exc:
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
    except (tomllib.TOMLDecodeError, ValueError, UnicodeDecodeError, RecursionError) as exc:
        # ValueError: JSON's errors and its numbers beyond any float; RecursionError: nesting
        raise KZError("file_unreadable", file=str(path),
                      detail=str(exc)[:200] or type(exc).__name__) from exc
    try:
        return params_from_dict(data)
    except KZError as exc:
        exc.file = exc.file or str(path)
        raise
