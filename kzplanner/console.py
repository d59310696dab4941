"""Shared by the CLI sub-commands: the console set up for Kazakh text, safe printing,
JSON-safe values, argument checks."""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable
from typing import Any

UTF8_CODE_PAGE = 65001


def _set_windows_output_cp(code_page: int) -> int | None:
    """SetConsoleOutputCP through ctypes (Windows only); the code page before, or None when
    there is no console or the call fails."""
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    before = kernel32.GetConsoleOutputCP()
    if not before or not kernel32.SetConsoleOutputCP(code_page):
        return None
    return int(before)


def setup_console(platform: str = sys.platform,
                  set_output_cp: Callable[[int], int | None] | None = None) -> None:
    """Make the CLI's output survive Windows consoles (Kazakh letters and ₸ exist in neither
    cp866 nor cp1251). On Windows a console is switched to UTF-8 (SetConsoleOutputCP(65001),
    the old code page restored at exit) and output redirected to a file or pipe is written as
    UTF-8; an encoding the user chose with PYTHONIOENCODING is kept. Wherever the encoding
    still cannot hold a character it is replaced ('?') instead of the run failing."""
    chosen = bool(os.environ.get("PYTHONIOENCODING", "").split(":")[0])
    utf8 = False
    if platform == "win32" and not chosen:
        utf8 = True
        if any(_is_tty(s) for s in (sys.stdout, sys.stderr)):
            before = (set_output_cp or _set_windows_output_cp)(UTF8_CODE_PAGE)
            if before is None:
                utf8 = False  # no console to switch: keep its encoding, replace what it lacks
            elif before != UTF8_CODE_PAGE:
                import atexit

                atexit.register(set_output_cp or _set_windows_output_cp, before)
    for stream in (sys.stdout, sys.stderr):
        _reconfigure(stream, "utf-8" if utf8 or (platform == "win32" and not chosen
                                                 and not _is_tty(stream)) else None)


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _reconfigure(stream: Any, encoding: str | None) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return  # not a text stream we can change: write_stdout still falls back
    try:
        if encoding is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.flush()
            reconfigure(encoding=encoding, errors="replace")
        elif getattr(stream, "errors", "strict") in ("strict", "backslashreplace"):
            reconfigure(errors="replace")  # '?' reads better than '\\u04d8' in a message
    except (ValueError, OSError, LookupError):
        pass  # a closed or detached stream


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
