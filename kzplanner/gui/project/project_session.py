"""The open project: undo stack, file and saves, over the working plan AppState owns.

The working plan (parameters, allocation, scenarios: a core.commands.Workspace) lives in AppState
alone; the session reads it there (`workspace`) and writes it with `state.set_workspace`.
Parameter changes from any control (`plan_edited`) become undo steps, a solver's result becomes
the working allocation, and undone or recalled plans are shown by evaluating a stored allocation
with evaluate_plan instead of solving again. Saving and opening run on the state's task runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

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
from kzplanner.core.scenario import Allocation, Scenario
from kzplanner.gui.project.file_lock import HeldLock
from kzplanner.gui.project.session_files import SessionFiles
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


class ProjectSession(SessionFiles, QObject):
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
        self.inputs_missing: tuple[str, ...] = ()  # the opened project's inputs not found here
        self.settlements_problem: Any = None  # why its settlement file could not be used
        self.mappings: dict[str, Any] = {}
        self._dirty = False
        self._fresh_data_expected = True  # the first dataset of a session is not an edit
        self._adopted: PlanResult | None = None
        self._items: tuple[int, PlanParams, PlanItems] | None = None
        self._was_modified = False
        # The file's lock (project_lock) while this window edits it, the version read or last
        # written (checked on every save), and whether another holder makes it read-only here.
        self.file_lock = HeldLock(self)
        self.origin: Any = None
        self.read_only = False
        self.read_only_holder: Any = None
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
    def lock(self) -> Any:
        """The project file's lock while this window edits it (project_lock), or None."""
        return self.file_lock.lock

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
        from kzplanner.core.io.project_model import Project

        ds = self.state.dataset
        assert ds is not None
        ws = self.workspace
        scenarios, active = list(ws.scenarios), ws.active
        if include_working and active is None:
            extra = Scenario(self.scenario_name_suggestion(), ws.params, ws.allocation)
            scenarios.append(extra)
            active = extra.name
        return Project(dataset=ds, scenarios=scenarios, active=active,
                       mappings=dict(self.mappings), notes=self.notes,
                       settlements=self.state.settlements_record())


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

