"""The file side of ProjectSession: save (merging what another window saved meanwhile), open
(locked, or read-only when another holds it), recover an autosave, start anew.

`SessionFiles` is a base class of ProjectSession (project_session.py), which declares the
signals and holds the attributes it uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoStack

from kzplanner.core.commands import Workspace
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.result import PlanResult
from kzplanner.gui.project.file_lock import HeldLock, same_file
from kzplanner.gui.project.project_loading import OpenedProject, load_project
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind


@dataclass(frozen=True)
class LockConflict:
    """Another window or process holds the project: the planner may open it read-only."""

    path: str
    error: Any  # KZError('project_locked') naming the holder
    recovered_from: Path | None = None
    origin: Any = None


class SessionFiles:
    """Saving and opening; mixed into ProjectSession (a QObject with the signals)."""

    state: AppState
    undo_stack: QUndoStack
    file_lock: HeldLock
    path: Path | None
    notes: str
    mappings: dict[str, Any]
    origin: Any
    read_only: bool
    read_only_holder: Any
    _fresh_data_expected: bool
    _adopted: PlanResult | None
    _items: tuple[int, PlanParams, PlanItems] | None
    saved: SignalInstance
    opened: SignalInstance
    save_failed: SignalInstance
    open_failed: SignalInstance
    lock_conflict: SignalInstance
    merged: SignalInstance
    path_changed: SignalInstance
    workspace_changed: SignalInstance

    if TYPE_CHECKING:  # ProjectSession's
        @property
        def workspace(self) -> Workspace: ...

        @property
        def lock(self) -> Any: ...

        def keep_working_as_scenario(self) -> None: ...

        def snapshot(self, include_working: bool = True) -> Any: ...

        def _set_dirty(self, dirty: bool) -> None: ...

    # --- files
    def close_file(self) -> None:
        """The window closes: let go of the project's lock."""
        self.file_lock.hold(None)

    def save(self, path: str | Path) -> bool:
        """Save in the background (atomic); False when there is nothing to save yet.

        The file this window opened is saved only while it is still the version read here (a
        newer one written by another window is merged: its new scenarios are kept, announced by
        `merged`); another file is locked first. A read-only project or a file that another
        window holds fails with its message (save_failed), nothing written."""
        from kzplanner.core.io.project_errors import DetailedError
        from kzplanner.errors import KZError

        if self.state.dataset is None:
            return False
        target = Path(path)
        same = same_file(target, self.path)
        if same and self.read_only:
            self.save_failed.emit(str(target), DetailedError(
                "project_read_only", self.read_only_holder, file=str(target)))
            return True
        try:
            lock = self.file_lock.take(target, self.path)
        except KZError as exc:
            self.save_failed.emit(str(target), exc)
            return True
        self.keep_working_as_scenario()
        project = self.snapshot()
        project.origin = self.origin if same else None
        index = self.undo_stack.index()
        sent = {s.name for s in project.scenarios}

        def work(_fb: object) -> Any:
            from kzplanner.core.io.write.project_save import save_project

            save_project(target, project)
            return project

        def done(written: Any) -> None:
            self.file_lock.hold(lock)
            self.read_only, self.read_only_holder = False, None
            self.origin = written.origin
            self.path = target
            if written.merged or {s.name for s in written.scenarios} != sent:
                self._adopt_merged(written, sent)
            elif self.undo_stack.index() == index:
                self.undo_stack.setClean()
                self._set_dirty(False)
            self.path_changed.emit()
            self.saved.emit(str(target))
            if written.merged:  # after 'saved', so the planner reads this last
                self.merged.emit(list(written.merged))

        def failed(exc: BaseException) -> None:
            if lock is not None and lock is not self.lock:
                lock.release()
            self.save_failed.emit(str(target), exc)

        self.state.tasks.submit(TaskKind.SAVE, work, done, failed)
        return True

    def _adopt_merged(self, written: Any, sent: set[str]) -> None:
        """Scenarios another window saved meanwhile join this workspace (those it deleted go,
        except the open one); undo steps from before refer to the old list and are dropped."""
        final = {s.name: s for s in written.scenarios}
        ws = self.workspace
        kept = [final.get(s.name, s) if s.name in written.merged else s for s in ws.scenarios
                if s.name in final or s.name not in sent or s.name == ws.active]
        names = {s.name for s in kept}
        kept += [s for n, s in final.items() if n not in names]
        self.state.set_workspace(Workspace(ws.params, ws.allocation, tuple(kept), ws.active))
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._set_dirty(False)
        self.workspace_changed.emit()

    def open(self, path: str | Path, recovered_from: Path | None = None,
             read_only: bool = False, origin: Any = None) -> None:
        """Open a project (or an autosave standing in for `path`) in the background.

        The file is locked for this window first; when another window or process holds it,
        `lock_conflict` offers to open it read-only instead (`read_only`)."""
        from kzplanner.core.io.project_lock import read_holder
        from kzplanner.errors import KZError

        source = Path(recovered_from or path)
        target = Path(path) if str(path) else None
        lock = None
        if target is not None and not read_only:
            try:
                lock = self.file_lock.take(target, self.path)
            except KZError as exc:
                self.lock_conflict.emit(LockConflict(str(path), exc, recovered_from, origin))
                return
        holder = read_holder(target) if (target is not None and read_only) else None
        self.state.cancel_load()  # a sample still loading must not land on top

        def done(opened: OpenedProject) -> None:
            self._fresh_data_expected = True
            self._adopted = opened.result
            self._items = (id(opened.prepared.dataset), opened.workspace.params, opened.items)
            self.state.set_plan(opened.workspace.params, opened.result, opened.prepared,
                                workspace=opened.workspace)
            self._fresh_data_expected = False
            self.notes, self.mappings = opened.notes, opened.mappings
            self.inputs_missing = opened.inputs_missing
            self.settlements_problem = opened.settlements_problem
            self.state.adopt_settlements(opened.settlements)
            self.undo_stack.clear()
            self.path = target
            self.file_lock.hold(lock)
            self.read_only = read_only
            self.read_only_holder = holder.describe() if holder is not None else None
            self.origin = origin if recovered_from is not None else opened.origin
            self.undo_stack.setClean()
            self._set_dirty(recovered_from is not None)
            self.path_changed.emit()
            self.workspace_changed.emit()
            self.opened.emit(str(source))

        def failed(exc: BaseException) -> None:
            if lock is not None and lock is not self.lock:
                lock.release()
            self.open_failed.emit(str(source), exc)

        self.state.tasks.submit(TaskKind.OPEN, lambda fb: load_project(source, fb), done, failed)

    def open_recovered(self, autosave: Path, original: str | None, origin: Any = None) -> None:
        """Open an autosave; it stays unsaved and, if it had a file, belongs to that file (the
        version it was made from, `origin`, is what a save checks the file against)."""
        self.open(original or "", recovered_from=autosave, origin=origin)

    def new(self) -> None:
        """Start over on the bundled sample with default parameters."""
        self.undo_stack.clear()
        self.state.set_workspace(Workspace(PlanParams()))
        self.path = None
        self.file_lock.hold(None)
        self.origin, self.read_only, self.read_only_holder = None, False, None
        self.notes, self.mappings = "", {}
        self.state.adopt_settlements(None, keep_path=True)  # no project's record kept
        self._fresh_data_expected = True
        self.state.load()
        self.undo_stack.setClean()
        self._set_dirty(False)
        self.path_changed.emit()
        self.workspace_changed.emit()

    def mark_saved_elsewhere(self) -> None:
        self._set_dirty(False)
