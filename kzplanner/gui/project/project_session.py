"""The open project: undo stack, file and saves, over the working plan AppState owns.

The working plan (parameters, allocation, scenarios: a core.commands.Workspace) lives in AppState
alone; the session reads it there (`workspace`) and writes it with `state.set_workspace`.
Parameter changes from any control (`plan_edited`) become undo steps, a solver's result becomes
the working allocation, and undone or recalled plans are shown by evaluating a stored allocation
with evaluate_plan instead of solving again. Saving and opening run on the state's task runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from kzplanner.app.display.prepared import PreparedDataset, prepare_dataset
from kzplanner.app.strings import tr
from kzplanner.core.commands import (
    AddScenario,
    Command,
    EditAllocation,
    SetParams,
    Workspace,
    unique_name,
)
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.result import PlanResult
from kzplanner.core.scenario import Allocation, Scenario, scenario_result
from kzplanner.gui.project.undo import WorkspaceCommand
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

# Which control a parameter change came from, for merging and for the undo text.
_PARAM_KEYS = {"budget_kzt": "budget", "equity": "equity", "strategy": "strategy"}
_MERGING = {"budget", "equity"}


def same_plan(a: Allocation | None, b: Allocation | None) -> bool:
    """Same vouchers and kits (solver details such as timings aside)."""
    if a is None or b is None:
        return a is b
    return (sorted(v for v in a.vouchers if v[3] > 0) == sorted(v for v in b.vouchers if v[3] > 0)
            and sorted(a.kits) == sorted(b.kits))


def changed_key(old: PlanParams, new: PlanParams) -> str:
    """'budget', 'equity', 'strategy' when only that changed, else 'params'."""
    differ = [f for f in ("budget_kzt", "equity", "strategy") if getattr(old, f) != getattr(new, f)]
    if len(differ) == 1 and old.with_changes(**{differ[0]: getattr(new, differ[0])}) == new:
        return _PARAM_KEYS[differ[0]]
    return "params"


@dataclass(frozen=True)
class OpenedProject:
    """What the opening worker hands back to the GUI thread."""

    prepared: PreparedDataset
    workspace: Workspace
    result: PlanResult
    items: PlanItems
    notes: str
    mappings: dict[str, Any]
    origin: Any = None  # project_file.Origin: the file's version, checked on saving


@dataclass(frozen=True)
class LockConflict:
    """Another window or process holds the project: the planner may open it read-only."""

    path: str
    error: Any  # KZError('project_locked') naming the holder
    recovered_from: Path | None = None
    origin: Any = None


def describe_migrated_source(ds: Any) -> None:
    """A project saved before the list of data sources (schema 1) had one statistics table:
    its migrated source learns from the saved dataset what it gave and how it joined, so the
    sources panel shows the same as for a table loaded now."""
    from kzplanner.core.catalogue import BASE_INDICATORS, COUNT_COLUMNS, group_columns
    from kzplanner.core.monitoring import monitoring_ids

    sources = list(getattr(ds, "data_sources", None) or [])
    if len(sources) != 1 or sources[0].indicators:
        return
    rec = ds.reconciliation
    known = [*BASE_INDICATORS, *(c for cols in COUNT_COLUMNS.values() for c in cols),
             *(c for g in ds.groups for c in group_columns(g)), *monitoring_ids()]
    if "network_coverage_default" in rec.notes:
        known.remove("network_coverage_share")
    units = ds.units
    given = [c for c in dict.fromkeys(known) if c in units and units[c].notna().any()]
    src = sources[0]
    src.indicators, src.used = list(given), list(given)
    src.joined = rec.matched_by_code + rec.matched_by_name + rec.matched_by_crosswalk
    src.rows = len(rec.matches)
    src.errors = len(rec.errors)


def load_project(path: str | Path, feedback: Any = None) -> OpenedProject:
    """Worker side: read the file, prepare the map, and evaluate the active scenario."""
    from kzplanner.core.io.project_file import open_project

    project = open_project(path)
    ds = project.dataset
    describe_migrated_source(ds)
    names = [s.name for s in project.scenarios]
    active = project.active if project.active in names else (names[0] if names else None)
    scenario = project.scenario(active) if active else Scenario("", PlanParams())
    params, stored = scenario.params, scenario.allocation
    result = scenario_result(ds, scenario)
    items = result.items if result.items is not None else build_items(ds, params)
    prepared = prepare_dataset(ds, params, items=items)
    allocation = stored if stored is not None else Allocation.from_result(result)
    scenarios = tuple(project.scenarios)
    ws = Workspace(params, allocation, scenarios, active).with_working(params, allocation)
    return OpenedProject(prepared, ws, result, items, project.notes, project.mappings,
                         project.origin)


class ProjectSession(QObject):
    workspace_changed = Signal()
    modified_changed = Signal(bool)
    path_changed = Signal()
    saved = Signal(str)
    opened = Signal(str)
    save_failed = Signal(str, object)  # path, exception
    open_failed = Signal(str, object)
    lock_conflict = Signal(object)  # LockConflict: offer to open read-only
    merged = Signal(object)  # names of scenarios a save took over from another window

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        state.set_workspace(Workspace(state.params))  # a new session: no scenarios yet
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.notes = ""
        self.mappings: dict[str, Any] = {}
        self._dirty = False
        self._fresh_data_expected = True  # the first dataset of a session is not an edit
        self._adopted: PlanResult | None = None
        self._items: tuple[int, PlanParams, PlanItems] | None = None
        self._was_modified = False
        # The file's lock (project_lock) while this window edits it, the version read or last
        # written (checked on every save), and whether another holder makes it read-only here.
        self.lock: Any = None
        self.origin: Any = None
        self.read_only = False
        self.read_only_holder: Any = None
        self._lock_timer = QTimer(self)
        self._lock_timer.timeout.connect(self._refresh_lock)
        # Bound methods, not lambdas: Qt drops them when the session goes, before the stack's
        # own teardown emits cleanChanged.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        state.plan_edited.connect(self._plan_edited)
        state.result_changed.connect(self._result_changed)
        state.dataset_changed.connect(self._dataset_changed)
        state.language_changed.connect(self._retranslate_commands)

    # --- read access
    @property
    def workspace(self) -> Workspace:
        """The working plan, as AppState holds it."""
        return self.state.workspace

    @property
    def modified(self) -> bool:
        if not shiboken6.isValid(self.undo_stack):  # being torn down with the window
            return self._dirty
        return self._dirty or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.path.stem if self.path else tr("proj.untitled", self.state.language)

    def items(self) -> PlanItems | None:
        """Decision items of the current dataset and parameters (cached)."""
        ds = self.state.dataset
        if ds is None:
            return None
        params = self.state.params
        if self._items and self._items[0] == id(ds) and self._items[1] == params:
            return self._items[2]
        result = self.state.result
        items = result.items if result is not None and result.params == params else None
        if items is None:  # the worker's items of this very plan, else build them here
            items = build_items(ds, params)
        self._items = (id(ds), params, items)
        return items

    # --- commands
    def push(self, command: Command, text_key: str, merge_key: str | None = None,
             already_applied: bool = False, before: Workspace | None = None) -> None:
        """Do `command` as an undo step; `before`: it is done already, from that plan."""
        self.undo_stack.push(WorkspaceCommand(self, command, text_key, merge_key,
                                              already_applied, before))

    def edit_allocation(self, counts: tuple[tuple[str, str, str, int], ...] = (),
                        kits: tuple[tuple[str, bool], ...] = ()) -> bool:
        """A manual change of the current allocation (undoable); False when there is none."""
        if self.workspace.allocation is None or not self.state.result_is_current:
            return False
        self.push(EditAllocation(counts=counts, kits=kits), "undo.edit_allocation")
        return True

    def adopt_workspace(self, ws: Workspace, sync: bool) -> None:
        """Take `ws` as the working plan; with sync, show it."""
        self.state.set_workspace(ws)
        if sync:
            self._show_working()
        self.workspace_changed.emit()

    def _show_working(self) -> None:
        ws, state = self.workspace, self.state
        if state.prepared is None:
            return
        if ws.allocation is None:
            state.run_plan()
            return
        result = state.result
        if (result is not None and result.params == ws.params and state.result_is_current
                and same_plan(Allocation.from_result(result), ws.allocation)):
            return
        self.evaluate(ws.params, ws.allocation)

    def evaluate(self, params: PlanParams, allocation: Allocation) -> None:
        """Project a stored or edited allocation in the background, then show it."""
        prepared = self.state.prepared
        if prepared is None:
            return
        ds = prepared.dataset
        cached = self._items
        items = cached[2] if cached and cached[0] == id(ds) and cached[1] == params else None

        def work(_fb: object) -> tuple[PlanItems, PlanResult]:
            its = items or build_items(ds, params)
            return its, allocation.apply(ds, params, its)

        def done(value: tuple[PlanItems, PlanResult]) -> None:
            its, result = value
            if self.state.prepared is not prepared:
                return
            self._items = (id(ds), params, its)
            self._adopted = result
            self.state.set_plan(params, result)

        self.state.tasks.submit(TaskKind.PLAN, work, done,
                                lambda exc: self.state.error_raised.emit(TaskKind.PLAN, exc))

    # --- observing the state
    def _plan_edited(self, before: Workspace) -> None:
        """A control changed the parameters (already in the state): an undo step back to
        `before`."""
        new = self.state.params
        key = changed_key(before.params, new)
        self.push(SetParams(new, None), f"undo.{key}",
                  merge_key=key if key in _MERGING else None, before=before)

    def _result_changed(self) -> None:
        result = self.state.result
        if result is None or result is self._adopted:
            return
        ws = self.workspace
        if result.params != ws.params:
            return  # stale: a newer change is on its way
        alloc = Allocation.from_result(result)
        if ws.allocation is not None and not same_plan(alloc, ws.allocation) \
                and ws.allocation.solver.get("method") == "manual":
            # A fresh solve replaced manual edits: undo brings them back.
            self.push(SetParams(ws.params, alloc), "undo.replan", already_applied=True)
            return
        self.state.set_workspace(ws.with_working(ws.params, alloc))
        self.workspace_changed.emit()

    def _dataset_changed(self) -> None:
        if self._fresh_data_expected:
            self._fresh_data_expected = False
            return
        # Undo steps refer to the old data's units and institutions.
        self.undo_stack.clear()
        self.state.set_workspace(self.workspace.with_working(self.state.params, None))
        self._items = None
        self._set_dirty(True)
        self.workspace_changed.emit()

    # --- scenarios
    def scenario_name_suggestion(self) -> str:
        return unique_name(tr("scn.default_name", self.state.language,
                              n=len(self.workspace.scenarios) + 1), self.workspace.names())

    def keep_working_as_scenario(self) -> None:
        """A project always saves its working plan: an unnamed one becomes a scenario."""
        if self.workspace.active is None:
            ws = self.workspace
            self.push(AddScenario(Scenario(self.scenario_name_suggestion(), ws.params,
                                           ws.allocation)), "undo.scenario_add")

    def snapshot(self, include_working: bool = True) -> Any:
        """The project as the file stores it (plain values; safe to hand to a worker)."""
        from kzplanner.core.io.project_file import Project

        ds = self.state.dataset
        assert ds is not None
        ws = self.workspace
        scenarios, active = list(ws.scenarios), ws.active
        if include_working and active is None:
            extra = Scenario(self.scenario_name_suggestion(), ws.params, ws.allocation)
            scenarios.append(extra)
            active = extra.name
        return Project(dataset=ds, scenarios=scenarios, active=active,
                       mappings=dict(self.mappings), notes=self.notes)

    # --- files
    def _same_file(self, path: str | Path) -> bool:
        import os

        return self.path is not None and os.path.normcase(os.path.abspath(path)) == \
            os.path.normcase(os.path.abspath(self.path))

    def _take_lock(self, path: Path) -> Any:
        """This window's lock on `path` (the one it holds already for its own file); raises
        KZError('project_locked') naming the holder."""
        from kzplanner.core.io.project_lock import acquire

        if self.lock is not None and self._same_file(path):
            return self.lock
        return acquire(path, "gui")

    def _hold(self, lock: Any) -> None:
        """Keep `lock` (refreshed every minute) and let go of the one held before."""
        from kzplanner.core.io.project_lock import REFRESH_SECONDS

        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock
        if lock is not None:
            self._lock_timer.start(REFRESH_SECONDS * 1000)
        else:
            self._lock_timer.stop()

    def _refresh_lock(self) -> None:
        if self.lock is not None:
            self.lock.refresh()

    def close_file(self) -> None:
        """The window closes: let go of the project's lock."""
        self._hold(None)

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
        same = self._same_file(target)
        if same and self.read_only:
            self.save_failed.emit(str(target), DetailedError(
                "project_read_only", self.read_only_holder, file=str(target)))
            return True
        try:
            lock = self._take_lock(target)
        except KZError as exc:
            self.save_failed.emit(str(target), exc)
            return True
        self.keep_working_as_scenario()
        project = self.snapshot()
        project.origin = self.origin if same else None
        index = self.undo_stack.index()
        sent = {s.name for s in project.scenarios}

        def work(_fb: object) -> Any:
            from kzplanner.core.io.project_file import save_project

            save_project(target, project)
            return project

        def done(written: Any) -> None:
            self._hold(lock)
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
                lock = self._take_lock(target)
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
            self.undo_stack.clear()
            self.path = target
            self._hold(lock)
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
        self._hold(None)
        self.origin, self.read_only, self.read_only_holder = None, False, None
        self.notes, self.mappings = "", {}
        self._fresh_data_expected = True
        self.state.load()
        self.undo_stack.setClean()
        self._set_dirty(False)
        self.path_changed.emit()
        self.workspace_changed.emit()

    def mark_saved_elsewhere(self) -> None:
        self._set_dirty(False)

    # --- internals
    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._emit_modified()

    def _clean_changed(self, _clean: bool) -> None:
        self._emit_modified()

    def _emit_modified(self) -> None:
        now = self.modified
        if now != self._was_modified:
            self._was_modified = now
            self.modified_changed.emit(now)

    def _retranslate_commands(self) -> None:
        for i in range(self.undo_stack.count()):
            cmd = self.undo_stack.command(i)
            if isinstance(cmd, WorkspaceCommand):
                cmd.retranslate()

