"""Atomic file replacement: write beside the target, then swap it in; never half a file.

Every failure is a KZError saying what the system refused (errors.from_os_error): the disk is
full (`disk_full`), the folder is read-only or forbidden (`write_denied`), the folder does not
exist (`folder_missing`), the target is a folder (`path_is_folder`), the target is open in
another program (`file_locked`), anything else (`write_failed`); a name or length Windows
cannot hold (core.io.winpath: `path_reserved_name`, `path_bad_ending`, `path_bad_char`,
`path_too_long`) is refused before anything is written. The temporary file (and any
side file a writer made next to it, such as SQLite's -journal) is removed on every failure,
and the target keeps its permissions when it is replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from kzplanner.errors import KZError, from_os_error


def _default_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the process umask (read once)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _default_mode()


def _remove_leftovers(tmp: Path) -> None:
    """The temporary file and what a writer put beside it under the same unique name."""
    with contextlib.suppress(OSError):
        tmp.unlink()
    with contextlib.suppress(OSError):
        for side in tmp.parent.iterdir():
            if side.name.startswith(tmp.name):
                with contextlib.suppress(OSError):
                    side.unlink()


def _sync(path: Path) -> None:
    """Flush the written file to the disk before it replaces the old one (a power cut leaves
    the old file or the new one, not an empty one); best effort where the system refuses."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_set_atomically(writes: dict[Path, Callable[[Path], None]]) -> list[Path]:
    """Several files that belong together (the plan's CSV trio): each is written beside its
    target first; only when every one is written are they swapped in, so a failure (disk full,
    a locked file) leaves the old set whole and no temporary file behind."""
    import os
    import uuid

    from kzplanner.core.io.winpath import TEMP_EXTRA, check_save_path

    for target in writes:  # refused before any file is written
        check_save_path(target, extra=TEMP_EXTRA + len(".set-12345678.tmp") + 1)
    staged: list[tuple[Path, Path]] = []
    try:
        for target, write in writes.items():
            target = Path(target)
            tmp = target.with_name(f".{target.name}.set-{uuid.uuid4().hex[:8]}.tmp")
            staged.append((tmp, target))
            write_atomically(tmp, write)
        for tmp, target in staged:
            if target.exists():  # an existing file keeps its permissions
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            os.replace(tmp, target)
    except OSError as exc:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(staged[-1][1] if staged else "")) from exc
    except BaseException:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        raise
    return [target for _tmp, target in staged]


def write_atomically(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp_path)` on a temporary file in the target's folder, then replace the target.

    Failures raise the KZError codes above and leave both the old file and the planner's data
    untouched; an OSError (or a library error saying "No space left on device") raised by
    `write` itself is translated the same way, any other exception passes unchanged.
    """
    from kzplanner.core.io.winpath import check_save_path

    check_save_path(target)  # a name or length Windows refuses: said before anything is written
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if target.is_dir():
            raise KZError("path_is_folder", file=str(target))
        if not folder.is_dir():
            raise KZError("folder_missing", file=str(target), detail=str(folder))
    except OSError as exc:
        raise from_os_error(exc, str(target), "write") from exc
    try:
        # Same extension as the target: GDAL and openpyxl choose formats by it.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.saving-", suffix=target.suffix,
                                        dir=folder)
    except OSError as exc:
        raise from_os_error(exc, str(target), "write") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            write(tmp)
        except OSError as exc:
            raise from_os_error(exc, str(target), "write") from exc
        except KZError:
            raise
        except Exception as exc:
            if "No space left on device" in str(exc):  # GDAL, openpyxl wrappers
                raise KZError("disk_full", file=str(target), detail=str(exc)[:200]) from exc
            raise
        _sync(tmp)
        try:
            mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _NEW_FILE_MODE
            os.chmod(tmp, mode)
        except OSError:
            pass  # a file system without permissions (FAT on a USB stick)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            # Windows (and a Windows share) refuses to replace a file another program holds
            # open (Excel); the folder itself is writable, or the temporary file would not exist
            if os.path.isfile(target):
                raise KZError("file_locked", file=str(target), detail=str(exc)) from exc
            raise from_os_error(exc, str(target), "write") from exc
        except OSError as exc:
            raise from_os_error(exc, str(target), "write") from exc
    except BaseException:
        _remove_leftovers(tmp)
        raise
    if os.name == "posix":  # the rename itself reaches the disk
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    return target
