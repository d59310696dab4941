"""The lock on the project file a window edits (core.io.project_lock), kept fresh."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer


def same_file(path: str | Path, other: str | Path | None) -> bool:
    return other is not None and os.path.normcase(os.path.abspath(path)) == \
        os.path.normcase(os.path.abspath(other))


class HeldLock(QObject):
    """The lock this window holds (refreshed every minute), or None."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock: Any = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._refresh)

    def take(self, path: Path, own_file: Path | None) -> Any:
        """This window's lock on `path` (the one it holds already for its own file,
        `own_file`); raises KZError('project_locked') naming the holder."""
        from kzplanner.core.io.project_lock import acquire

        if self.lock is not None and same_file(path, own_file):
            return self.lock
        return acquire(path, "gui")

    def hold(self, lock: Any) -> None:
        """Keep `lock` (refreshed every minute) and let go of the one held before."""
        from kzplanner.core.io.project_lock import REFRESH_SECONDS

        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock
        if lock is not None:
            self._timer.start(REFRESH_SECONDS * 1000)
        else:
            self._timer.stop()

    def _refresh(self) -> None:
        if self.lock is not None:
            self.lock.refresh()
