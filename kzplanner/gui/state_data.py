"""The dataset half of AppState: loading (with the map's cached preview first at start-up),
the statistics tables the dataset is built from (core.sources), and adopting a dataset.

`DataIntents` is a base class of AppState (state.py), which declares the signals and holds the
attributes it uses; views call these intents on the state like any other.
"""

from __future__ import annotations

import linecache
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMetaMethod, SignalInstance

from kzplanner.core.planning.parameters import PlanParams
from kzplanner.gui.tasks import TaskKind, TaskRunner

if TYPE_CHECKING:  # the data libraries load in the background, after the window shows
    from kzplanner.app.display.map_data import MapData
    from kzplanner.app.display.prepared import PreparedDataset
    from kzplanner.core.dataset import Dataset
    from kzplanner.core.planning.result import PlanResult
    from kzplanner.core.sources import StatsSource

# How long a start-up load waits, after handing the map its cached preview, for the map to paint
# it before the load imports the data libraries (the paint calls Python for every unit and label,
# and would wait for the interpreter lock at each call while pandas loads).
PREVIEW_PAINT_WAIT_S = 1.0


def _same_path(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return str(a) == str(b)


def _a_window_is_shown() -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is not None and any(
        w.isVisible() for w in QApplication.topLevelWidgets())


class DataIntents:
    """Loading and the data sources; mixed into AppState (a QObject with the signals)."""

    tasks: TaskRunner
    _prepared: PreparedDataset | None
    _preview: MapData | None
    _preview_gate: threading.Event | None
    _result: PlanResult | None
    _selection: tuple[str, ...]
    _auto_plan: bool
    _data_changed: bool
    map_changed: SignalInstance
    dataset_changed: SignalInstance
    result_changed: SignalInstance
    selection_changed: SignalInstance
    error_raised: SignalInstance
    _preview_arrived: SignalInstance

    params: PlanParams
    map_data: MapData | None
    dataset: Dataset | None

    if TYPE_CHECKING:  # AppState's and QObject's
        def run_plan(self) -> None: ...

        def isSignalConnected(self, signal: QMetaMethod) -> bool: ...  # noqa: N802

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

        def show_first(preview: MapData) -> None:
            """Hand the map what it draws and let it paint before the load goes on."""
            if gate is not None and not gate.is_set():
                self._preview_arrived.emit(gate, preview)
                gate.wait(PREVIEW_PAINT_WAIT_S)

        def work(fb: Any) -> PreparedDataset:
            preview = None
            if gate is not None:
                from kzplanner.app.display.map_data import cached_map

                preview = cached_map(b, s, i, repr(params))
                if preview is not None:
                    show_first(preview)
                    gate.set()  # shown (or given its time): the parsed map is not shown twice
            if direct:
                from kzplanner.app.display.prepared import prepare_dataset
                from kzplanner.core.dataset import load_dataset

                with fb.sub(0.0, 0.8) as sub:
                    ds = load_dataset(b, None if sources else s, i, feedback=sub,
                                      mapping=mapping, sources=sources, choices=choices)
                with fb.sub(0.8, 1.0) as sub:
                    return prepare_dataset(ds, params, sub)
            from kzplanner.app.display.prepared import load_prepared

            # an empty cache: the map paints as soon as the inputs are parsed and prepared,
            # before the cache is written and the tables and panels are filled
            return load_prepared(b, s, params, fb, i, on_map=show_first, drawn=preview)

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
        self.load(boundaries=path, statistics=stats, institutions=self.register_in_use())

    def boundaries_level(self) -> str | None:
        """'adm1' (oblasts) or 'adm2' (districts) while the bundled map of today's units is in
        use, else None (a file of the planner's own has no level to switch to)."""
        from kzplanner import paths

        if self._prepared is None:
            return None
        return paths.bundled_level(self._prepared.boundaries_path or paths.sample_boundaries())

    def switch_level(self, level: str) -> None:
        """Today's oblasts or districts with the same statistics and register: the district rows
        are summed into their oblasts (every district present) and institutions keep theirs."""
        from kzplanner import paths

        if level != self.boundaries_level():
            self.load_boundaries(paths.bundled_boundaries(level))

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
        # PySide6's import hook reads the source of each module imported after it that may
        # use Qt (this app's, pyqtgraph's: gui/qt_import_hook keeps it off the scientific
        # packages and the standard library), leaving their lines in linecache; drop them
        # (tracebacks read them again if ever needed).
        linecache.clearcache()
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
        # a map view listens, in a window on screen (a window never shown never paints: the
        # load would wait PREVIEW_PAINT_WAIT_S for nothing)
        nobody_draws = not (self.isSignalConnected(QMetaMethod.fromSignal(self.map_changed))
                            and _a_window_is_shown())
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
