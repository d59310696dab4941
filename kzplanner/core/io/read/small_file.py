"""A small text file a person writes (a saved mapping, a parameters file): its text, or a KZError
that says what is wrong with the path (missing, a folder, too large, refused by the system)."""

from __future__ import annotations

from pathlib import Path

from kzplanner.errors import KZError


def read_small_text(path: Path, max_bytes: int, too_large: str) -> str:
    """The text of `path` (UTF-8, with or without a BOM) when it is a file of at most `max_bytes`;
    `too_large` is the error code for a bigger file. Undecodable bytes raise UnicodeDecodeError
    for the caller to name in its own terms."""
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    try:
        if path.is_dir():
            raise KZError("path_is_folder", file=str(path))
        size = path.stat().st_size
        if size > max_bytes:
            raise KZError(too_large, file=str(path),
                          detail=f"{size // 1024} KB > {max_bytes // 1024} KB")
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
