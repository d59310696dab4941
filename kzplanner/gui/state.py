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
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMetaMethod, QObject, QTimer, Signal

from kzplanner.core.commands import Workspace
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.gui.tasks import TaskKind, TaskRunner

if TYPE_CHECKING:  # the data libraries load in the background, after the window shows
    from kzplanner.app.display.map_data import MapData
    from kzplanner.app.display.prepared import PreparedDataset
    from kzplanner.core.dataset import Dataset
    from kzplanner.core.planning.result import PlanResult
    from kzplanner.core.sources import StatsSource

log = logging.getLogger(__name__)

MAP_MODES: tuple[str, ...] = ("baseline", "projected", "change")
AUTO_PLAN_DELAY_MS = 400
# How long a start-up load waits, after handing the map its cached preview, for the map to paint
# it before the load imports the data libraries (the paint calls Python for every unit and label,
# and would wait for the interpreter lock at each call while pandas loads).
PREVIEW_PAINT_WAIT_S = 1.0


def _same_path(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return str(a) == str(b)


class AppState(QObject):
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

    # --- intents: data
    def load(self, boundaries: str | Path | None = None, statistics: str | Path | None = None,
             institutions: str | Path | None = None, mapping: Any = None,
             sources: list[Any] | None = None, choices: dict[str, str] | None = None,
             on_done: Callable[[], None] | None = None) -> None:
        """Load (or reload) data in the background; the current dataset stays until it lands.
        `mapping` (a layout.StatsMapping) reads the statistics as it says; `sources`
        (core.sources.StatsSource) are several statistics tables, `choices` which of them
        gives an indicator several give (neither goes through the input cache). `on_done`
        runs once the new dataset is adopted."""
        params = self.params
        b = str(boundaries) if boundaries else None
        s = str(statistics) if statistics else None
        i = str(institutions) if institutions else None
        # Nothing on the map yet (the start): draw the map from the cache's small map entry
        # first, then load pandas and the full dataset once the window has painted it.
        direct = mapping is not None or bool(sources)
        gate = threading.Event() if self.map_data is None and not direct else None
        self._release_preview_gate()
        self._preview_gate = gate

        def work(fb: Any) -> PreparedDataset:
            if gate is not None:
                from kzplanner.app.display.map_data import cached_map

                preview = cached_map(b, s, i, repr(params))
                if preview is not None:
                    self._preview_arrived.emit(gate, preview)
                    gate.wait(PREVIEW_PAINT_WAIT_S)
            if direct:
                from kzplanner.app.display.prepared import prepare_dataset
                from kzplanner.core.dataset import load_dataset

                with fb.sub(0.0, 0.8) as sub:
                    ds = load_dataset(b, None if sources else s, i, feedback=sub,
                                      mapping=mapping, sources=sources, choices=choices)
                with fb.sub(0.8, 1.0) as sub:
                    return prepare_dataset(ds, params, sub)
            from kzplanner.app.display.prepared import load_prepared

            return load_prepared(b, s, params, fb, i)

        def landed(prepared: PreparedDataset) -> None:
            self._on_loaded(prepared)
            if on_done is not None:
                on_done()

        self.tasks.submit(TaskKind.LOAD, work, landed, self._on_load_failed)

    def cancel_load(self) -> None:
        """Drop a load in progress (another source of data is coming), and its map preview."""
        self.tasks.cancel(TaskKind.LOAD)
        self._release_preview_gate()
        if self._preview is not None:
            self._preview = None
            self.map_changed.emit()

    def load_boundaries(self, path: str | Path) -> None:
        """New boundaries with the statistics already in use (several tables: every one, each
        with its mapping; rows are matched afresh, as the units' codes may differ)."""
        sources = self.data_sources()
        if len(sources) > 1:
            for src in sources:
                src.decisions = {}
                if src.mapping is not None:
                    src.mapping = {**src.mapping, "decisions": {}}
            self.load(path, None, self.register_in_use(sources), sources=sources,
                      choices=self.source_choices)
            return
        stats = self._prepared.statistics_path if self._prepared else None
        self.load(boundaries=path, statistics=stats)

    def load_statistics(self, path: str | Path) -> None:
        """New statistics joined to the boundaries already in use."""
        bounds = self._prepared.boundaries_path if self._prepared else None
        self.load(boundaries=bounds, statistics=path)

    # --- intents: the statistics tables the dataset is built from (core.sources)
    def data_sources(self) -> list[StatsSource]:
        """Copies of the statistics sources of the dataset in use, in the order they were added
        (a dataset from before the list existed: its one statistics file), safe to change and
        hand to a load."""
        from kzplanner.core.sources import StatsSource, with_ids

        ds = self.dataset
        if ds is None:
            return []
        listed = list(getattr(ds, "data_sources", None) or [])
        if listed:
            return [StatsSource.from_dict(s.as_dict()) for s in listed]
        return with_ids([StatsSource(file=s.file, sheet=s.sheet, cells=s.cells or "",
                                     illustrative=s.illustrative)
                         for s in ds.sources if s.kind == "statistics"])

    @property
    def source_choices(self) -> dict[str, str]:
        """indicator → the source id the planner chose for it (several sources give it)."""
        ds = self.dataset
        return dict(getattr(ds, "source_choices", None) or {}) if ds is not None else {}

    def register_in_use(self, sources: list[StatsSource] | None = None) -> str | None:
        """The institution register the dataset in use was loaded with, kept when the
        statistics change; the bundled register only while a source is the bundled sample."""
        from kzplanner import paths

        ds = self.dataset
        if ds is None:
            return None
        register = next((s.file for s in ds.sources if s.kind == "institutions"), None)
        if register is None or not _same_path(register, paths.sample_institutions()):
            return register
        sample = paths.sample_statistics()
        keep = any(_same_path(s.file, sample) for s in (sources or self.data_sources()))
        return register if keep else None

    def load_sources(self, sources: list[StatsSource], choices: dict[str, str] | None = None,
                     on_done: Callable[[], None] | None = None) -> None:
        """Rebuild the dataset from `sources` on the boundaries and register in use (each
        source reconciled on its own, the indicators combined per unit); choices of a source
        that is no longer listed are dropped."""
        prepared = self._prepared
        bounds = prepared.boundaries_path if prepared else None
        ids = {s.id for s in sources}
        kept = {k: v for k, v in (self.source_choices if choices is None else choices).items()
                if v in ids}
        self.load(bounds, None, self.register_in_use(sources), sources=list(sources),
                  choices=kept, on_done=on_done)

    def add_source(self, source: StatsSource,
                   on_done: Callable[[], None] | None = None) -> None:
        """One more statistics table beside the ones in use; it gets an id none has had (a
        removed table's id is not given again, so nothing meant for it lands on this one)."""
        current = self.data_sources()
        numbers = [int(m.group(1)) for s in current if (m := re.fullmatch(r"s(\d+)", s.id))]
        source.id = f"s{max(numbers, default=0) + 1}"
        while any(s.id == source.id for s in current):
            source.id += "+"
        self.load_sources([*current, source], on_done=on_done)

    def replace_source(self, source_id: str, source: StatsSource,
                       on_done: Callable[[], None] | None = None) -> bool:
        """Another file (next year's) in place of source `source_id`; it keeps the id, so a
        choice of it stands. False when no source has that id."""
        current = self.data_sources()
        if not any(s.id == source_id for s in current):
            return False
        source.id = source_id
        self.load_sources([source if s.id == source_id else s for s in current],
                          on_done=on_done)
        return True

    def remove_source(self, source_id: str, on_done: Callable[[], None] | None = None) -> bool:
        """Reload without source `source_id`; False (nothing done) when it is the last one or
        unknown: a dataset needs one statistics table."""
        current = self.data_sources()
        rest = [s for s in current if s.id != source_id]
        if len(rest) == len(current) or not rest:
            return False
        self.load_sources(rest, on_done=on_done)
        return True

    def choose_source(self, indicator: str, source_id: str) -> None:
        """Take `indicator` from source `source_id` where several give it (kept with the
        dataset and the project), and reload."""
        choices = self.source_choices
        if choices.get(indicator) == source_id:
            return
        choices[indicator] = source_id
        self.load_sources(self.data_sources(), choices)

    def set_dataset(self, dataset: Dataset | PreparedDataset) -> None:
        """Adopt a dataset (prepared here if needed); clears the result and the selection."""
        from kzplanner.app.display.prepared import PreparedDataset, prepare_dataset

        prepared = (dataset if isinstance(dataset, PreparedDataset)
                    else prepare_dataset(dataset, self.params))
        self.tasks.cancel(TaskKind.PLAN)
        self._data_changed = self._prepared is not None and prepared is not self._prepared
        self._adopt(prepared)
        self._result = None
        self._selection = ()
        self.map_changed.emit()
        self.dataset_changed.emit()
        self.result_changed.emit()
        self.selection_changed.emit()
        if self._auto_plan:
            self.run_plan()

    def _on_loaded(self, prepared: PreparedDataset) -> None:
        self.set_dataset(prepared)

    def _on_load_failed(self, exc: BaseException) -> None:
        if self._preview is not None:  # a map without its data would mislead: take it down
            self._preview = None
            self.map_changed.emit()
        self.error_raised.emit(TaskKind.LOAD, exc)

    def _adopt(self, prepared: PreparedDataset) -> None:
        """Make `prepared` current; it keeps the preview's map object when that draws the same
        (so the map need not be built twice at start-up)."""
        from dataclasses import replace

        preview, self._preview = self._preview, None
        self._release_preview_gate()
        if preview is not None and preview.same_drawing(prepared.map):
            prepared = replace(prepared, map=preview)
        self._prepared = prepared

    def _on_preview(self, gate: threading.Event, preview: MapData) -> None:
        nobody_draws = not self.isSignalConnected(QMetaMethod.fromSignal(self.map_changed))
        if gate is not self._preview_gate or self._prepared is not None or nobody_draws:
            gate.set()
            return
        self._preview = preview
        self.map_changed.emit()  # the load goes on when the map has painted it (map_painted)

    def map_painted(self) -> None:
        """The map view has painted what it draws: a start-up load waiting for that goes on."""
        if self._preview is not None:
            self._release_preview_gate()

    def _release_preview_gate(self) -> None:
        if self._preview_gate is not None:
            self._preview_gate.set()
            self._preview_gate = None

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
            from kzplanner.core.io.plan_workbook import write_plan_workbook

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
