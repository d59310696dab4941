"""Shared by the CLI sub-commands: safe printing, JSON-safe values, argument checks."""

from __future__ import annotations

import math
import sys
from typing import Any


def write_stdout(text: str) -> None:
    """Print, even in a windowed build without a console (stdout is None there) and on a
    console whose code page cannot encode Kazakh letters."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.write(text + "\n")
    except UnicodeEncodeError:
        sys.stdout.buffer.write((text + "\n").encode("utf-8"))
    sys.stdout.flush()


def json_safe(value: Any) -> Any:
    """A copy for json.dumps: NaN and infinities become null, numpy scalars plain numbers.

    >>> json_safe({"a": float("nan"), "b": [1.5, float("inf")]})
    {'a': None, 'b': [1.5, None]}
    """
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def require_stats_with_data(boundaries: Any, stats: Any, institutions: Any) -> None:
    """Boundaries or a register alone would be joined to the bundled illustrative statistics:
    refuse, and say which option is missing."""
    if stats is None and (boundaries or institutions):
        from kzplanner.errors import KZError

        raise KZError("bad_parameter", column="--stats",
                      detail="give --stats together with --boundaries or --institutions")
