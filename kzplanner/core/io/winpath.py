"""Windows file rules for every file the app writes or remembers, checked on every system (a
project made on one laptop is opened on another; a file name Windows cannot hold is refused
before anything is written, in the planner's language).

- `check_save_path`: reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, also with an
  extension: "CON.xlsx"), a name ending in a dot or a space, characters Windows forbids in a
  name, and (on Windows, or for a Windows path) a path longer than MAX_PATH including the
  temporary file written beside it. core.io.write.atomic calls it for every save.
- Paths as text (`file_name`, `same_path`, `relative_beside`, `locate_input`): a path saved on
  Windows (drive letter "C:\\…", network share "\\\\server\\share\\…") is read with
  PureWindowsPath on any system, so its name is shown and compared correctly; inputs beside a
  project are found again on a laptop whose user folder differs.
"""

from __future__ import annotations

import os
import posixpath
import re
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from kzplanner.errors import KZError

# Device names Windows reserves in every folder, with or without an extension
# (learn.microsoft.com: "Naming Files, Paths, and Namespaces").
RESERVED_NAMES = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                            *(f"COM{d}" for d in "123456789¹²³"),
                            *(f"LPT{d}" for d in "123456789¹²³")})
FORBIDDEN_CHARS = frozenset('<>:"/\\|?*') | {chr(c) for c in range(32)}
# the KZError codes check_save_path raises (a window offers "save under another name")
PATH_REFUSALS = ("path_reserved_name", "path_bad_ending", "path_bad_char", "path_too_long")
MAX_PATH = 260  # characters, including the terminating NUL: 259 usable
# atomic.write_atomically's temporary file beside the target: "." + stem + ".saving-" + 8
# random characters + suffix, i.e. the target's name + 17 characters.
TEMP_EXTRA = 17
_DRIVE = re.compile(r"^[A-Za-z]:([\\/]|$)")


def is_windows_path(text: str | os.PathLike[str]) -> bool:
    """A drive-letter path (C:\\…, D:/…) or a network share (\\\\server\\share\\…)."""
    s = os.fspath(text)
    return bool(_DRIVE.match(s)) or s.startswith(("\\\\", "//")) and len(s) > 2


def pure(text: str | os.PathLike[str]) -> PurePath:
    """The path as the system that wrote it reads it: Windows paths as PureWindowsPath anywhere."""
    s = os.fspath(text)
    if sys.platform == "win32" or is_windows_path(s) or ("\\" in s and "/" not in s):
        return PureWindowsPath(s)
    return PurePosixPath(s)


def file_name(text: str | os.PathLike[str]) -> str:
    """The file's name for display ("stats.xlsx" from "\\\\srv\\share\\stats.xlsx" on Linux too)."""
    return pure(text).name or os.fspath(text)


def same_path(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two stored paths name the same file (Windows paths: case and slashes ignored)."""
    pa, pb = pure(a), pure(b)
    if isinstance(pa, PureWindowsPath) or isinstance(pb, PureWindowsPath):
        return str(PureWindowsPath(os.fspath(a))).casefold() == \
            str(PureWindowsPath(os.fspath(b))).casefold()
    return os.path.normpath(os.fspath(a)) == os.path.normpath(os.fspath(b))


def name_problem(name: str) -> str | None:
    """Why Windows refuses this file name ('reserved', 'ending', 'char'), or None."""
    if not name:
        return None
    base = name.split(".", 1)[0].rstrip(" ").upper()
    if base in RESERVED_NAMES:
        return "reserved"
    if name.endswith((".", " ")):
        return "ending"
    if any(c in FORBIDDEN_CHARS for c in name):
        return "char"
    return None


def check_save_path(target: str | os.PathLike[str], *, extra: int = TEMP_EXTRA,
                    windows: bool | None = None) -> None:
    """KZError before anything is written when Windows cannot hold `target`: a reserved name
    ('path_reserved_name'), a name ending in a dot or space ('path_bad_ending'), a forbidden
    character ('path_bad_char'), or (windows: on Windows or for a Windows path) a path whose
    temporary file beside it (`extra` more characters) exceeds MAX_PATH ('path_too_long')."""
    text = os.fspath(target)
    name = pure(text).name
    problem = name_problem(name)
    if problem == "reserved":
        raise KZError("path_reserved_name", file=text, detail=name.split(".", 1)[0].rstrip(" "))
    if problem == "ending":
        raise KZError("path_bad_ending", file=text, detail=name)
    if problem == "char":
        bad = " ".join(sorted({c if c.isprintable() else repr(c) for c in name
                               if c in FORBIDDEN_CHARS}))
        raise KZError("path_bad_char", file=text, detail=bad)
    if windows is None:
        windows = sys.platform == "win32" or is_windows_path(text)
    if windows:
        full = text if is_windows_path(text) else os.path.abspath(text)
        length = len(full) + extra
        if length >= MAX_PATH:
            raise KZError("path_too_long", file=text, detail=str(len(full)),
                          column=str(MAX_PATH - 1 - extra))


def relative_beside(input_file: str | os.PathLike[str],
                    project: str | os.PathLike[str]) -> str | None:
    """The input's path from the project's folder with "/" separators ("data/stats.xlsx",
    "../Статистика/stats.xlsx"), or None when they lie on different drives or shares."""
    a, p = pure(input_file), pure(project)
    if type(a) is not type(p) or not a.is_absolute() or not p.is_absolute():
        return None
    if isinstance(a, PureWindowsPath):
        if a.anchor.casefold() != p.anchor.casefold():
            return None
        rel = _relpath([x.casefold() for x in a.parts[1:]], [x.casefold() for x in p.parts[1:-1]],
                       list(a.parts[1:]))
    else:
        rel = posixpath.relpath(str(a), str(p.parent))
    return rel


def _relpath(target: list[str], start: list[str], original: list[str]) -> str:
    common = 0
    while common < min(len(target), len(start)) and target[common] == start[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + original[common:])


def locate_input(stored: str, relative: str | None, project: str | os.PathLike[str],
                 exists: Callable[[str], bool] | None = None) -> tuple[str | None, str]:
    """Where an input of a saved project is on this computer: (path, how), how being
    'as_saved' (the stored path exists), 'relative' (at its place relative to the project,
    the user folder differing), 'beside' (a file of that name beside the project) or
    'missing' (path None: the planner is asked where the file went)."""
    is_file = exists or os.path.isfile
    if stored and is_file(stored):
        return stored, "as_saved"
    folder = Path(project).parent
    if relative:
        candidate = os.path.normpath(folder.joinpath(*relative.split("/")))
        if is_file(candidate):
            return candidate, "relative"
    name = file_name(stored) if stored else ""
    if name and is_file(str(folder / name)):
        return str(folder / name), "beside"
    return None, "missing"


def input_paths_for(files: list[str], project: str | os.PathLike[str]) -> dict[str, str]:
    """What a project file keeps beside each input's stored path: its path relative to the
    project's folder (inputs on another drive or share get none)."""
    out = {}
    for f in files:
        rel = relative_beside(f, os.path.abspath(os.fspath(project))
                              if not is_windows_path(project) else project)
        if f and rel:
            out[f] = rel
    return out


def relocate_inputs(files: list[str], relative: dict[str, str],
                    project: str | os.PathLike[str],
                    exists: Callable[[str], bool] | None = None) -> dict[str, tuple[str | None, str]]:
    """Each stored input path → (the path on this computer or None, how: see locate_input)."""
    return {f: locate_input(f, relative.get(f), project, exists) for f in dict.fromkeys(files) if f}
