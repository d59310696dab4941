"""The project's one exception type: a stable code plus file/sheet/row/column context.

Message templates per code, in en / ru / kk, live by area in this package's modules (inputs,
planning, project, project_details, safety) and are joined here into MESSAGES. Core raises codes;
the GUI and the CLI render them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kzplanner.errors.inputs import MESSAGES as _INPUTS
from kzplanner.errors.planning import MESSAGES as _PLANNING
from kzplanner.errors.project import MESSAGES as _PROJECT
from kzplanner.errors.project_details import MESSAGES as _PROJECT_DETAILS
from kzplanner.errors.safety import MESSAGES as _SAFETY
from kzplanner.errors.settlements import MESSAGES as _SETTLEMENTS

MESSAGES: dict[str, dict[str, str]] = {**_INPUTS, **_PLANNING, **_PROJECT, **_PROJECT_DETAILS,
                                       **_SAFETY, **_SETTLEMENTS}


@dataclass
class KZError(Exception):
    """An expected failure (bad input, locked file…) with where it happened; never prose."""

    code: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    detail: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.code)

    def message(self, lang: str = "en") -> str:
        """The message in `lang` (en/ru/kk), with the context filled in."""
        templates = MESSAGES.get(self.code)
        if templates is None:
            return f"{self.code}: {self.detail or ''}".strip()
        from kzplanner.errors.details import detail_text, parameter_name

        template = templates.get(lang) or templates["en"]
        column = parameter_name(self.column, lang) if self.code == "bad_parameter" else self.column
        values = {
            "file": self.file or "?",
            "sheet": self.sheet or "?",
            "row": "?" if self.row is None else str(self.row),
            "column": column or "?",
            "detail": detail_text(self.detail, lang, self.extra),
        }
        return template.format(**values)

    def __str__(self) -> str:
        return self.message("en")


# What a failed write raised, as one of the codes above: a GUI offers "save under another
# name" for each of them (not only for a file open in Excel).
WRITE_FAILURES = frozenset({"file_locked", "disk_full", "write_denied", "folder_missing",
                            "path_is_folder", "write_failed", "path_reserved_name",
                            "path_bad_ending", "path_bad_char", "path_too_long"})
_SHARING_VIOLATION = (32, 33)  # Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def from_os_error(exc: OSError, file: str | None = None, action: str | None = None) -> KZError:
    """The KZError an OSError means for the planner: disk full, read-only or forbidden folder,
    missing folder, a folder where a file was expected, a file locked by another program.
    `action` is 'write', 'read' or None (not known: the crash dialog); `file` defaults to the
    error's own file name."""
    import errno
    import os

    name = file or exc.filename or "?"
    name = os.fsdecode(name) if isinstance(name, bytes) else str(name)
    detail = exc.strerror or type(exc).__name__
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or "No space left" in str(exc):
        return KZError("disk_full", file=name, detail=detail)
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return KZError("path_is_folder", file=name, detail=detail)
    if winerror in _SHARING_VIOLATION:  # Excel holds the file: writing and reading refused
        return KZError("file_locked_read" if action == "read" else "file_locked", file=name,
                       detail=detail)
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        if action == "write":
            folder = os.path.dirname(name) or "."
            return KZError("folder_missing", file=name, detail=folder)
        return KZError("file_not_found", file=name, detail=detail)
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        if action == "read":
            return KZError("file_not_found", file=name, detail=detail)
        return KZError("folder_missing", file=name, detail=os.path.dirname(name) or name)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        if action == "read":
            return KZError("read_denied", file=name, detail=detail)
        return KZError("write_denied", file=name, detail=detail)
    if action == "write":
        return KZError("write_failed", file=name, detail=detail)
    if action == "read":
        return KZError("file_unreadable", file=name, detail=detail)
    return KZError("os_error", file=name, detail=detail)
