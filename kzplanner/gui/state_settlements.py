"""The settlements half of AppState (issue 17): the settlement layer rides on the Dataset
(core: Dataset.settlements, Dataset.coverage); the state keeps where it came from, the reach
and place weights it was computed with, the institution type the map and the list show
coverage for, and the settlement picked on the map or in the list.

`SettlementIntents` is a base class of AppState (state.py), which declares the signals.
A settlement file asked for before the data have landed (the start, `kzplanner gui
--settlements S`) is attached once they do; a new dataset (another level, other statistics)
gets the same settlements attached again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SignalInstance

from kzplanner.gui.tasks import TaskKind, TaskRunner

if TYPE_CHECKING:
    from kzplanner.app.display.prepared import PreparedDataset
    from kzplanner.core.dataset import Dataset
    from kzplanner.core.planning.parameters import PlanParams

KINDS: tuple[str, ...] = ("school", "fap", "psc")  # core.settlements.INSTITUTION_TYPES


class SettlementIntents:
    """Loading settlements, the coverage's type, reach and weights, the picked settlement."""

    tasks: TaskRunner
    _prepared: PreparedDataset | None
    _result: object
    params: PlanParams
    dataset: Dataset | None
    settlements_changed: SignalInstance
    settlement_selected: SignalInstance
    error_raised: SignalInstance

    if TYPE_CHECKING:  # AppState's
        def set_dataset(self, dataset: Dataset | PreparedDataset) -> None: ...

    def _init_settlements(self) -> None:
        self._settlement_kind = "school"
        self._settlement_path: str | None = None
        self._reach: dict[str, float] | None = None
        self._weights: dict[str, float] | None = None
        self._selected_settlement = ""
        self._settlement_tried: object = None  # the dataset an automatic attach was tried on
        self._kept_record: dict[str, Any] | None = None  # an opened project's, file not usable

    # --- read access
    @property
    def settlement_kind(self) -> str:
        return self._settlement_kind

    @property
    def selected_settlement(self) -> str:
        return self._selected_settlement

    @property
    def settlement_path(self) -> str | None:
        return self._settlement_path

    def has_settlements(self) -> bool:
        ds = self.dataset
        return ds is not None and getattr(ds, "settlements", None) is not None

    def reach_km(self) -> dict[str, float]:
        """The reach per type the coverage on the map was computed with (else the asked-for
        or default one)."""
        ds = self.dataset
        coverage = getattr(ds, "coverage", None) if ds is not None else None
        if coverage is not None:
            return dict(coverage.reach_km)
        if self._reach:
            return dict(self._reach)
        from kzplanner.core.settlements import DEFAULT_REACH_KM

        return dict(DEFAULT_REACH_KM)

    def place_weights(self) -> dict[str, float]:
        ds = self.dataset
        layer = getattr(ds, "settlements", None) if ds is not None else None
        if layer is not None and getattr(layer, "weights", None):
            return dict(layer.weights)
        if self._weights:
            return dict(self._weights)
        from kzplanner.core.settlements import PLACE_WEIGHTS_DEFAULT

        return dict(PLACE_WEIGHTS_DEFAULT)

    def settlements_record(self) -> dict[str, Any] | None:
        """What a project saves of the settlements: the layer's file, reach and weights, or
        the opened project's record when its file could not be read here (kept, not lost)."""
        from kzplanner.core.settlements.attach import settlement_record

        ds = self.dataset
        found = settlement_record(ds) if ds is not None else None
        return found or (dict(self._kept_record) if self._kept_record else None)

    def adopt_settlements(self, record: dict[str, Any] | None, keep_path: bool = False) -> None:
        """An opened project's settlement record (None: it has none): with the layer attached
        the state follows it (reach, weights, its file for a later recompute); without (the
        file missing or unusable here) the record is kept for the next save and its reach and
        weights are what the dock shows. `keep_path`: File → New, only the record goes."""
        self._kept_record = None
        if keep_path:
            return
        ds = self.dataset
        layer = getattr(ds, "settlements", None) if ds is not None else None
        record = record or {}
        self._reach = dict(record.get("reach_km") or {}) or None
        self._weights = dict(record.get("weights") or {}) or None
        self._settlement_path = str(layer.source) if layer is not None else None
        if layer is None and record:
            self._kept_record = dict(record)
        self._settlement_tried = ds
        self.settlements_changed.emit()

    # --- intents
    def load_settlements(self, path: str | Path, reach_km: dict[str, float] | None = None,
                         weights: dict[str, float] | None = None,
                         on_done: Callable[[], None] | None = None) -> None:
        """Read, place and cover a settlement file in the background, on the dataset in use
        (a new Dataset with the layer, prepared again: FAP/PSC values come from it); before
        any dataset has landed, it is attached when one does."""
        previous, kept = self._settlement_path, self._kept_record
        self._settlement_path = str(path)
        self._kept_record = None
        if reach_km is not None:
            self._reach = dict(reach_km)
        if weights is not None:
            self._weights = dict(weights)
        prepared = self._prepared
        if prepared is None:
            return  # _settlements_follow attaches it when the data land
        self._settlement_tried = prepared.dataset
        base, params = prepared.dataset, self.params
        target, reach, w = self._settlement_path, self._reach, self._weights

        def work(fb: Any) -> PreparedDataset:
            from kzplanner.app.display.settlement_data import with_settlements
            from kzplanner.app.settlements import attach_settlements, recompute_coverage

            same = getattr(base, "settlements", None) is not None and \
                str(getattr(base.settlements, "source", "")) == target
            with fb.sub(0.0, 0.8) as sub:
                ds = (recompute_coverage(base, reach_km=reach, weights=w) if same
                      else attach_settlements(base, target, reach_km=reach, weights=w,
                                              feedback=sub))
            fb.progress(0.8, "map")
            return with_settlements(prepared, ds, params)

        def landed(result: PreparedDataset) -> None:
            self._settlement_tried = result.dataset
            self.set_dataset(result)
            self.settlements_changed.emit()
            if on_done is not None:
                on_done()

        def failed(exc: BaseException) -> None:
            # a file that cannot be used is not kept: the settlements in use (if any) stay
            if self._settlement_path == target:
                self._settlement_path, self._kept_record = previous, kept
            self.error_raised.emit(TaskKind.SETTLEMENTS, exc)

        self.tasks.submit(TaskKind.SETTLEMENTS, work, landed, failed)

    def _settlements_follow(self) -> None:
        """A dataset landed without the settlements asked for: attach them (once per dataset,
        so a file that fails is not read again and again)."""
        ds = self.dataset
        if (self._settlement_path is None or ds is None or self._settlement_tried is ds
                or getattr(ds, "settlements", None) is not None):
            return
        if getattr(self, "_result", None) is not None:
            # a dataset adopted with its plan (a project opened, an undo): re-planning it on
            # settlements would replace the plan the planner saved; File → Load settlements…
            # attaches them on purpose
            return
        self.load_settlements(self._settlement_path)

    def _kind_follows_indicator(self) -> None:
        """A per-unit coverage indicator chosen on the map ('settle_fap_uncovered'): the
        settlements and the list show the same type."""
        parts = str(getattr(self, "indicator", "")).split("_")
        if len(parts) == 3 and parts[0] == "settle" and parts[1] in KINDS:
            self.set_settlement_kind(parts[1])

    def set_settlement_kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        if kind != self._settlement_kind:
            self._settlement_kind = kind
            self.settlements_changed.emit()

    def set_reach_km(self, kind: str, km: float) -> None:
        """A new reach for one type: the coverage is computed again."""
        reach = self.reach_km()
        if reach.get(kind) == float(km):
            return
        reach[kind] = float(km)
        self._reach = reach
        if self._settlement_path is not None and self._prepared is not None:
            self.load_settlements(self._settlement_path, reach_km=reach)

    def set_place_weights(self, weights: dict[str, float]) -> None:
        """New weights of place types: the estimated populations are shared again."""
        self._weights = dict(weights)
        if self._settlement_path is not None and self._prepared is not None:
            self.load_settlements(self._settlement_path, weights=self._weights)

    def select_settlement(self, settlement_id: str) -> None:
        sid = str(settlement_id or "")
        if sid != self._selected_settlement:
            self._selected_settlement = sid
            self.settlement_selected.emit()
