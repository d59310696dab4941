"""Who is editing a project: a small JSON lock file beside it (`.NAME.kzp.lock`).

The lock says who holds the project (user name, machine, process id, since when, window or
command line). A second window or process is told who holds it and may open read-only. A lock
whose holder is gone is taken over, so a kill -9 never locks a planner out:
- on the same machine, when its process no longer runs;
- anywhere, when the lock was not refreshed for `stale_seconds` (a window refreshes it every
  minute; network shares and other machines cannot be asked whether a process runs).

Locks are advisory and unreliable on network shares and USB sticks; project_file checks on every
save that the file is still the version it opened, whatever the lock says.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import platform
import re
import stat
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kzplanner.core.io.project_errors import DetailedError, Localized

STALE_SECONDS = 30 * 60  # a lock not refreshed for this long is taken over
ENV_STALE = "KZPLANNER_LOCK_STALE_SECONDS"
REFRESH_SECONDS = 60  # how often a window refreshes its lock
STALE_TEMP_SECONDS = 60.0  # a save's temporary file untouched this long belongs to no save
_UNREADABLE_GRACE = 10.0  # a lock file still being written (no link(): FAT, some shares)


def stale_seconds() -> float:
    with contextlib.suppress(TypeError, ValueError, KeyError):
        return float(os.environ[ENV_STALE])
    return float(STALE_SECONDS)


def lock_path(project: str | Path) -> Path:
    project = Path(project)
    return project.with_name(f".{project.name}.lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service account, odd environment)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO time, local
    app: str = "gui"  # 'gui' (a window) or 'cli' (a command that holds it for seconds)
    token: str = ""

    @classmethod
    def mine(cls, app: str) -> LockInfo:
        return cls(user=_user(), host=platform.node(), pid=os.getpid(),
                   since=dt.datetime.now().isoformat(timespec="seconds"), app=app,
                   token=uuid.uuid4().hex)

    @classmethod
    def from_dict(cls, data: Any) -> LockInfo | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(user=str(data.get("user", "?"))[:200], host=str(data.get("host", "?"))[:200],
                       pid=int(data.get("pid", 0)), since=str(data.get("since", ""))[:40],
                       app=str(data.get("app", "gui"))[:10], token=str(data.get("token", ""))[:64])
        except (TypeError, ValueError, OverflowError):
            return None

    def describe(self) -> Localized:
        return Localized("project_detail.holder", user=self.user, host=self.host, pid=self.pid,
                         since=self.since.replace("T", " "))

    def on_this_machine(self) -> bool:
        return self.host == platform.node()


def read_holder(project: str | Path) -> LockInfo | None:
    """Who holds the project's lock now (None: nobody, or the lock is unreadable)."""
    try:
        raw = lock_path(project).read_bytes()[:4096]
        return LockInfo.from_dict(json.loads(raw.decode("utf-8")))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (zombies count as gone)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        if stat.rsplit(")", 1)[1].split()[0] in ("Z", "X"):
            return False
    return True


def is_stale(project: str | Path, holder: LockInfo | None) -> bool:
    """Whether the lock now beside `project` (read as `holder`) may be taken over."""
    try:
        age = time.time() - lock_path(project).stat().st_mtime
    except OSError:
        return True
    if holder is None:
        return age > _UNREADABLE_GRACE
    if age > stale_seconds():
        return True
    return holder.on_this_machine() and not pid_alive(holder.pid)


class ProjectLock:
    """A held lock; `release()` removes it (only while it is still ours)."""

    def __init__(self, project: Path, info: LockInfo) -> None:
        self.project = project
        self.path = lock_path(project)
        self.info = info

    def still_mine(self) -> bool:
        holder = read_holder(self.project)
        return holder is not None and holder.token == self.info.token

    def refresh(self) -> bool:
        """Touch the lock so it does not turn stale; take it again if it went. False when
        another holder has it now."""
        if self.still_mine():
            with contextlib.suppress(OSError):
                os.utime(self.path)
            return True
        try:
            return _create(self.path, self.info)
        except OSError:
            return False

    def release(self) -> None:
        if self.still_mine():
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _create(path: Path, info: LockInfo) -> bool:
    """Create the lock file with its content in one step; False when one exists already."""
    data = json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")
    tmp = path.with_name(f"{path.name}.{info.token[:12]}.tmp")
    try:
        tmp.write_bytes(data)
        try:
            os.link(tmp, path)  # atomic, and fails when the lock exists
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links here (FAT, exFAT, some shares): exclusive create instead
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return True


def _take_over(path: Path, stale: LockInfo | None) -> None:
    """Move the stale lock aside; if what was moved is not the stale one (someone took it over
    in between), put it back."""
    aside = path.with_name(f"{path.name}.{uuid.uuid4().hex[:12]}.stale")
    try:
        os.replace(path, aside)
    except OSError:
        return
    try:
        raw = aside.read_bytes()[:4096]
        moved = LockInfo.from_dict(json.loads(raw.decode("utf-8")))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        moved = None
    if stale is not None and moved is not None and moved.token != stale.token:
        with contextlib.suppress(OSError):
            os.link(aside, path)
    with contextlib.suppress(OSError):
        aside.unlink()


def acquire(project: str | Path, app: str = "gui", wait: float = 0.0) -> ProjectLock | None:
    """Hold the project's lock; KZError('project_locked') naming the holder when another live
    window or process has it (after waiting up to `wait` seconds for a command-line holder).

    None when no lock can be written there (a read-only folder or medium): the caller goes on
    without one; saving there fails on its own, and every save checks the file's version.
    """
    project = Path(project)
    path = lock_path(project)
    info = LockInfo.mine(app)
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            if _create(path, info):
                return ProjectLock(project, info)
        except OSError:
            return None
        holder = read_holder(project)
        if is_stale(project, holder):
            _take_over(path, holder)
            continue
        if holder is not None and holder.app == "cli" and time.monotonic() < deadline:
            time.sleep(0.05)
            continue
        if holder is None and time.monotonic() < deadline + _UNREADABLE_GRACE:
            time.sleep(0.05)  # being written right now
            continue
        who = holder.describe() if holder is not None \
            else Localized("project_detail.holder_unknown")
        raise DetailedError("project_locked", who, file=str(project),
                            extra={"holder": asdict(holder) if holder else None})


def remove_stale_temp_files(path: str | Path, min_age: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove what interrupted saves of `path` left beside it (`.NAME.saving-*.kzp`, stale lock
    leftovers) once untouched for `min_age` seconds; the removed paths."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    patterns = (f".{path.stem}.saving-*{path.suffix}", f".{path.name}.lock.*.tmp",
                f".{path.name}.lock.*.stale")
    removed: list[Path] = []
    now = time.time()
    for pattern in patterns:
        try:
            candidates = list(folder.glob(glob_escape(pattern)))
        except OSError:
            continue
        for tmp in candidates:
            try:
                st = tmp.lstat()
                if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < min_age:
                    continue
                tmp.unlink()
                removed.append(tmp)
            except OSError:
                continue
    return removed


def glob_escape(pattern: str) -> str:
    """Escape [ and ] of a file name in a glob pattern (the wildcards stay)."""
    return re.sub(r"([\[\]])", r"[\1]", pattern)
