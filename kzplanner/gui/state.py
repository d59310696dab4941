"""The one application state: dataset, the working plan, result, selection, map and language.

The working plan (parameters, allocation, and the project's scenarios: a core.commands.Workspace)
has one owner, this state; the project session reads it here and changes it through
`set_workspace`, recording edits made by the controls (`plan_edited`) on its undo stack.

Views receive it in their constructor, call its intent methods and redraw on its past-tense
signals; they never call each other. Loading, planning and exporting run on the task runner.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from kzplanner.core.commands import Workspace
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.gui.state_data import DataIntents
from kzplanner.gui.state_settlements import SettlementIntents
from kzplanner.gui.tasks import TaskKind, TaskRunner

if TYPE_CHECKING:  # the data libraries load in the background, after the window shows
    from kzplanner.app.display.map_data import MapData
    from kzplanner.app.display.prepared import PreparedDataset
    from kzplanner.core.dataset import Dataset
    from kzplanner.core.planning.result import PlanResult

log = logging.getLogger(__name__)

MAP_MODES: tuple[str, ...] = ("baseline", "projected", "change")
AUTO_PLAN_DELAY_MS = 400


class AppState(SettlementIntents, DataIntents, QObject):
    dataset_changed = Signal()
    map_changed = Signal()  # what the map draws: a new dataset, or its cached preview at start
    params_changed = Signal()
    plan_edited = Signal(object)  # the Workspace before a control changed the parameters
    result_changed = Signal()
    selection_changed = Signal()
    indicator_changed = Signal()
    indicators_changed = Signal()  # an indicator was added to the loaded data
    map_mode_changed = Signal()
    language_changed = Signal()
    busy_changed = Signal(bool)
    progressed = Signal(str, float, str)  # task kind, fraction, stage
    task_started = Signal(str)
    exported = Signal(str)  # path written
    error_raised = Signal(str, object)  # task kind, exception (KZError or unexpected)
    _preview_arrived = Signal(object, object)  # from the loading worker: (its gate, MapData)
    settlements_changed = Signal()  # the layer, its coverage or the type it is shown for
    settlement_selected = Signal()  # a settlement picked on the map or in the list

    def __init__(self, language: str = "ru", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._prepared: PreparedDataset | None = None
        self._preview: MapData | None = None  # the map drawn before the dataset has arrived
        self._preview_gate: threading.Event | None = None
        self._workspace = Workspace(PlanParams())
        self._result: PlanResult | None = None
        self._selection: tuple[str, ...] = ()
        self._indicator = "combined_gap"
        self._map_mode = "baseline"
        self._auto_plan = True
        self._data_changed = False  # the data changed since the last plan landed
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self.busy_changed)
        self.tasks.progressed.connect(self.progressed)
        self.tasks.task_started.connect(self.task_started)
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(AUTO_PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self.run_plan)
        self._preview_arrived.connect(self._on_preview)
        self._init_settlements()
        self.dataset_changed.connect(self._settlements_follow)
        self.indicator_changed.connect(self._kind_follows_indicator)

    # --- read access
    @property
    def language(self) -> str:
        return self._language

    @property
    def prepared(self) -> PreparedDataset | None:
        return self._prepared

    @property
    def map_data(self) -> MapData | None:
        """What the map draws: the dataset's, or before it arrives, its cached preview."""
        return self._prepared.map if self._prepared is not None else self._preview

    @property
    def dataset(self) -> Dataset | None:
        return self._prepared.dataset if self._prepared else None

    @property
    def params(self) -> PlanParams:
        return self._workspace.params

    @property
    def workspace(self) -> Workspace:
        """The working plan: parameters, allocation (None while it is being planned), and the
        project's scenarios with the active one mirroring the working values."""
        return self._workspace

    @property
    def result(self) -> PlanResult | None:
        return self._result

    @property
    def result_is_current(self) -> bool:
        return self._result is not None and self._result.params == self.params

    @property
    def plan_out_of_date(self) -> bool:
        """The data changed (a source added, replaced or removed, another choice) and no plan
        on the new data has landed yet: the plan shown before is gone, not current."""
        return self._prepared is not None and self._data_changed and self._result is None

    @property
    def selection(self) -> tuple[str, ...]:
        return self._selection

    @property
    def indicator(self) -> str:
        return self._indicator

    @property
    def map_mode(self) -> str:
        return self._map_mode

    @property
    def auto_plan(self) -> bool:
        return self._auto_plan

    @property
    def busy(self) -> bool:
        return self.tasks.is_busy()

    def unit_name(self, code: str) -> str:
        """The unit's name in the interface language (Dataset.unit_names, kept with the map)."""
        data = self.map_data
        return (data.unit_names(self._language).get(code) or code) if data is not None else code


    # --- intents: planning
    def set_params(self, params: PlanParams) -> None:
        """New parameters from a control: the working plan is to be planned again
        (`plan_edited` hands the plan before the change to whoever records edits)."""
        before = self._workspace
        if params == before.params:
            return
        self._workspace = before.with_working(params, None)
        self.params_changed.emit()
        self.plan_edited.emit(before)
        if self._auto_plan and self._prepared is not None:
            self._plan_timer.start()  # debounce: slider drags and typing settle first

    def set_budget(self, budget_kzt: float) -> None:
        self.set_params(self.params.with_changes(budget_kzt=float(budget_kzt)))

    def set_strategy(self, strategy: str) -> None:
        self.set_params(self.params.with_changes(strategy=strategy))

    def set_equity(self, equity: float) -> None:
        self.set_params(self.params.with_changes(equity=float(equity)))

    def set_auto_plan(self, on: bool) -> None:
        self._auto_plan = bool(on)
        if on and self._prepared is not None and not self.result_is_current:
            self._plan_timer.start()

    def run_plan(self) -> None:
        """Plan with the current parameters in the background; the newest request wins."""
        self._plan_timer.stop()
        prepared = self._prepared
        if prepared is None:
            return
        ds, params = prepared.dataset, self.params
        last = self._result  # on this dataset: set_dataset clears it

        def work(fb: Any) -> PlanResult:
            from kzplanner.core.planning.items import same_items
            from kzplanner.core.planning.planner import make_plan

            # A new budget, strategy or limit keeps the decision items of the last plan.
            reuse = last.items if last is not None and same_items(last.params, params) else None
            return make_plan(ds, params, fb, items=reuse)

        self.tasks.submit(TaskKind.PLAN, work, self._on_planned,
                          lambda exc: self.error_raised.emit(TaskKind.PLAN, exc))

    def _on_planned(self, result: PlanResult) -> None:
        self._result = result
        self._data_changed = False
        self.result_changed.emit()

    def set_workspace(self, workspace: Workspace) -> None:
        """Adopt a working plan (an undo, a recalled scenario, a plan landed, another project)
        as it is: nothing is recorded or planned here; params_changed when they differ."""
        params_differ = workspace.params != self.params
        self._workspace = workspace
        if params_differ:
            self._plan_timer.stop()
            self.params_changed.emit()

    def set_plan(self, params: PlanParams, result: PlanResult,
                 prepared: PreparedDataset | None = None,
                 workspace: Workspace | None = None) -> None:
        """Adopt parameters with a finished result (a reopened scenario, an undo, a manual
        edit) without re-planning; with `prepared`, the dataset too; with `workspace` (whose
        parameters are `params`), that working plan."""
        self._plan_timer.stop()
        self.tasks.cancel(TaskKind.PLAN)
        new_data = prepared is not None and prepared is not self._prepared
        if new_data:
            assert prepared is not None
            self._adopt(prepared)
            self._selection = ()
        params_differ = params != self.params
        if workspace is not None:
            self._workspace = workspace
        elif params_differ:
            from kzplanner.core.scenario import Allocation

            self._workspace = self._workspace.with_working(params, Allocation.from_result(result))
        self._result = result
        self._data_changed = False
        if new_data:
            self.map_changed.emit()
            self.dataset_changed.emit()
            self.selection_changed.emit()
        if params_differ:
            self.params_changed.emit()
        self.result_changed.emit()

    # --- intents: export
    def export_plan(self, path: str | Path, map_png: bytes | None = None) -> bool:
        """Write the current plan to an Excel workbook in the background; False if no plan."""
        prepared, result, lang = self._prepared, self._result, self._language
        if prepared is None or result is None:
            return False
        target = str(path)

        if map_png is not None and importlib.util.find_spec("PIL") is None:
            # openpyxl needs Pillow to embed a picture; without it the plan is still written.
            log.warning("Pillow is not installed: the plan workbook is written without the map")
            map_png = None

        def work(_fb: object) -> str:
            from kzplanner.core.io.write.plan_workbook import write_plan_workbook

            return str(write_plan_workbook(target, prepared.dataset, result, lang=lang,
                                           map_png=map_png))

        self.tasks.submit(TaskKind.EXPORT, work, self.exported.emit,
                          lambda exc: self.error_raised.emit(TaskKind.EXPORT, exc))
        return True

    # --- intents: view
    def select_units(self, codes: Iterable[str]) -> None:
        known = set(self._prepared.shapes) | set(self._prepared.dataset.units.index) \
            if self._prepared else set()
        ordered = tuple(dict.fromkeys(str(c) for c in codes if str(c) in known))
        if ordered == self._selection:
            return
        self._selection = ordered
        self.selection_changed.emit()

    def add_indicator(self, key: str, values: Any, labels: dict[str, str], kind: str = "count",
                      bad_is_high: bool = False, show: bool = True) -> None:
        """Offer a per-unit series (e.g. actual − projected) on the map and charts."""
        from kzplanner.core.catalogue import register_indicator

        if self._prepared is None:
            return
        register_indicator(key, labels, kind, bad_is_high)
        self._prepared = self._prepared.with_indicator(key, values)
        self.indicators_changed.emit()
        if show:
            self.set_map_mode("baseline")
            if key == self._indicator:
                self.indicator_changed.emit()
            self.set_indicator(key)

    def set_indicator(self, indicator: str) -> None:
        if indicator != self._indicator:
            self._indicator = indicator
            self.indicator_changed.emit()

    def set_map_mode(self, mode: str) -> None:
        if mode not in MAP_MODES:
            raise ValueError(mode)
        if mode != self._map_mode:
            self._map_mode = mode
            self.map_mode_changed.emit()

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.language_changed.emit()

    def shutdown(self) -> None:
        self._plan_timer.stop()
        self._release_preview_gate()
        self.tasks.shutdown()
