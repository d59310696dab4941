"""What the window derives once from a loaded dataset (baseline gaps, access, map shapes).

Computed in the loading worker, so the GUI thread only draws. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from kzplanner import paths
from kzplanner.app.display.indicator_values import extra_indicators
from kzplanner.app.display.map_data import MapData, cached_map, store_map
from kzplanner.app.display.map_geometry import (
    UnitShape,
    build_shapes,
    parent_outlines,
    project,
    simplified,
    uncovered_holes,
)
from kzplanner.app.display.map_points import institution_status, size_factors, type_codes
from kzplanner.app.strings import LANGUAGES
from kzplanner.core.dataset import Dataset, input_paths, load_dataset
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.planning.items import PlanItems, baseline_access_gaps
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.lazy import pd


@dataclass(frozen=True)
class PreparedDataset:
    """A dataset with the baseline indicators and drawable geometry the views share."""

    dataset: Dataset
    baseline: pd.DataFrame  # per-unit gaps before any plan (PlanResult.before's columns) + extras
    access: np.ndarray  # bool per ds.institutions row: has access before any plan
    map: MapData  # what the map draws before a plan (shapes, names, baseline, institutions)
    boundaries_path: str | None
    statistics_path: str | None
    extra_indicators: tuple[str, ...] = ()  # data-only indicators (population, monitoring, custom)

    def with_indicator(self, key: str, values: pd.Series) -> PreparedDataset:
        """A copy offering one more per-unit indicator (e.g. actual − projected) on the map."""
        baseline = self.baseline.copy()
        baseline[key] = values.reindex(baseline.index).astype(float)
        extras = self.extra_indicators + (() if key in self.extra_indicators else (key,))
        drawn = baseline[key].reindex(list(self.map.codes)).to_numpy(dtype=float)
        return replace(self, baseline=baseline, extra_indicators=extras,
                       map=self.map.with_values(key, drawn))

    @property
    def shapes(self) -> dict[str, UnitShape]:
        return self.map.shapes

    @property
    def points_xy(self) -> np.ndarray:
        return self.map.points_xy

    @property
    def boundaries_credit(self) -> str:
        return self.map.boundaries_credit

    @property
    def illustrative(self) -> bool:
        return self.map.illustrative


def boundaries_credit(ds: Dataset) -> str:
    """'Natural Earth' for the bundled map, else the file's attribution or name."""
    for src in ds.sources:
        if src.kind == "boundaries":
            if src.attribution:
                return src.attribution.removeprefix("Made with ").strip()
            return Path(src.file).name
    return "—"


def _source_path(ds: Dataset, kind: str) -> str | None:
    for src in ds.sources:
        if src.kind == kind:
            return src.file
    return None


def _same_file(a: str | None, b: Path) -> bool:
    if not a:
        return False
    try:
        return Path(a).resolve() == b.resolve()
    except OSError:
        return False


# the columns besides the geometry that the early map depends on: the parents (their
# borders) and a file's own anchors (build_shapes)
_ALONG_GEOMETRY = ("parent_code", "centroid_lon", "centroid_lat")
# (simplified(), parent_outlines(), build_shapes()) of one set of units
EarlyMap = tuple[Any, tuple[np.ndarray, ...], dict[str, UnitShape]]


def prepare_dataset(ds: Dataset, params: PlanParams, feedback: Feedback = SILENT,
                    items: PlanItems | None = None,
                    geometry: EarlyMap | None = None) -> PreparedDataset:
    """Baseline gaps and access (as planning computes them) and the simplified, projected map;
    `items` when the caller has built them for these parameters already, `geometry` the
    units' simplified() geometry, parent_outlines() and build_shapes() when worked out already
    (EarlyGeometry)."""
    # the map needs the baseline only: the plan's items are built by the plan (and were built
    # here too, for nothing, before issue 21)
    access_s, gaps_before = ((items.access, items.gaps_before) if items is not None
                             else baseline_access_gaps(ds, params))
    feedback.progress(0.5, "map")
    # once, for the units and their parents' borders
    simple = geometry[0] if geometry is not None else simplified(ds.units)
    shapes = geometry[2] if geometry is not None else build_shapes(ds.units, simple=simple)
    inst = ds.institutions
    x, y = project(inst["lon"].to_numpy(dtype=float), inst["lat"].to_numpy(dtype=float))
    stats = _source_path(ds, "statistics")
    # The bundled statistics stay illustrative even when joined to other boundaries.
    illustrative = (ds.illustrative or any(s.illustrative for s in ds.sources)
                    or _same_file(stats, paths.sample_statistics()))
    feedback.progress(1.0, "done")
    extras = extra_indicators(ds.units)
    baseline = gaps_before.join(ds.units[extras].astype(float)) if extras else gaps_before
    access = access_s.to_numpy(dtype=bool)
    drawn = map_data(ds, baseline, shapes, np.column_stack([x, y]), access, illustrative,
                     simple, None if geometry is None else geometry[1])
    return PreparedDataset(dataset=ds, baseline=baseline, extra_indicators=tuple(extras),
                           access=access, map=drawn,
                           boundaries_path=_source_path(ds, "boundaries"),
                           statistics_path=stats)


def map_data(ds: Dataset, baseline: pd.DataFrame, shapes: dict[str, UnitShape],
             points_xy: np.ndarray, access: np.ndarray, illustrative: bool,
             simple: Any = None, outlines: tuple[np.ndarray, ...] | None = None) -> MapData:
    """The map's plain arrays, each aligned to the shapes' unit order (`outlines`: the
    parents' borders when worked out already)."""
    codes = list(shapes)
    inst = ds.institutions
    unit_idx = (pd.Index(codes).get_indexer(inst["unit_code"].astype(str)).astype(int)
                if "unit_code" in inst.columns else np.full(len(inst), -1, dtype=int))
    pop = (ds.units["population"].reindex(codes).to_numpy(dtype=float)
           if "population" in ds.units.columns else np.full(len(codes), np.nan))
    drawn = baseline.reindex(codes)
    return MapData(shapes=shapes, names={lang: ds.unit_names(lang) for lang in LANGUAGES},
                   population=pop,
                   baseline={str(c): drawn[c].to_numpy(dtype=float) for c in drawn.columns},
                   points_xy=points_xy, inst_unit_idx=unit_idx, inst_types=type_codes(inst),
                   inst_sizes=size_factors(inst),
                   inst_status=institution_status(inst, access, np.zeros(len(inst), bool)),
                   illustrative=illustrative, boundaries_credit=boundaries_credit(ds),
                   boundaries_predate_2018=ds.boundaries_predate_2018,
                   doubts=doubt_lines(ds),
                   outlines=(parent_outlines(ds.units, simple=simple) if outlines is None
                             else outlines),
                   holes=tuple(uncovered_holes(shapes)))


def doubt_lines(ds: Dataset) -> dict[str, str]:
    """language → the one line the map's caption and print page add when the statistics'
    totals or joins did not check out (core.totals); {} when they did."""
    doubts = ds.reconciliation.doubts
    if not doubts:
        return {}
    from kzplanner.core.catalogue import label

    # ⚠, not ⛔: the bundled DejaVu Sans has no glyph for ⛔
    return {lang: f"⚠ {label('doubts_warning', lang)} ({len(doubts)})" for lang in LANGUAGES}


class EarlyGeometry:
    """The units' simplified geometry, their parents' borders and their projected shapes,
    worked out in a thread of their own from the moment the boundaries are read (load_dataset's
    `on_units`) while the statistics and the register are parsed: GEOS runs without Python's
    lock, so on a second core this costs the load nothing (~0.1 s of a national start, ~1 s at
    10,000 units). The shapes (~0.4 s at 10,000 units, in Python) were made after the register
    was read, on the load's longest path; here they are made while calamine parses it.

    `result(units)` gives (simplified(), parent_outlines(), build_shapes()) for exactly the
    geometry, parents and anchors the dataset ended with, else None (prepare_dataset then
    works them out itself)."""

    def __init__(self) -> None:
        self._job: tuple[Any, Any, Any] | None = None  # (thread, snapshot, output)

    def start(self, units: Any) -> None:
        import threading

        cols = ["geometry"] + [c for c in _ALONG_GEOMETRY if c in units.columns]
        snapshot = units[cols].copy()
        out: dict[str, Any] = {}

        def work() -> None:
            try:
                simple = simplified(snapshot)
                out["geometry"] = (simple, parent_outlines(snapshot, simple=simple),
                                   build_shapes(snapshot, simple=simple))
            except Exception:  # noqa: BLE001 - prepare_dataset works it out and reports
                pass

        thread = threading.Thread(target=work, name="kz-geometry", daemon=True)
        thread.start()
        self._job = (thread, snapshot, out)

    def result(self, units: Any) -> EarlyMap | None:
        if self._job is None:
            return None
        thread, snapshot, out = self._job
        thread.join()
        same = (snapshot.index.equals(units.index) and snapshot.crs == units.crs
                and all(a is b for a, b in zip(snapshot.geometry.values, units.geometry.values,
                                               strict=True))
                and all((c in snapshot.columns) == (c in units.columns)
                        and (c not in units.columns or snapshot[c].equals(units[c]))
                        for c in _ALONG_GEOMETRY))
        return out.get("geometry") if same else None


def load_prepared(boundaries: str | None, statistics: str | None, params: PlanParams,
                  feedback: Feedback = SILENT, institutions: str | None = None,
                  on_map: Callable[[MapData], None] | None = None,
                  drawn: MapData | None = None) -> PreparedDataset:
    """load_dataset then prepare_dataset, with progress split between them (worker side).

    Unchanged inputs come from the input cache (core.io.input_cache): the parsed dataset, and
    the prepared one too when the parameters it depends on are the same. The prepared entry is
    kept without its map, which has an entry of its own (map_data.store_map, read first at a
    start to paint before pandas is loaded): `drawn` is that entry when the caller read it
    already, else it is read here; the map is unpickled once, not twice (~28 MB and its time
    at 200,000 institutions). `on_map` gets the prepared map as soon as it is built, before the
    cache is written (the window paints it first at a start with an empty cache).
    """
    from kzplanner.core.io import input_cache

    key = input_cache.cache_key(input_paths(boundaries, statistics, institutions),
                                "prepared-dataset")
    cached = input_cache.load(key)
    wanted = repr(params)
    geometry = None
    if _well_formed(cached):
        ds, params_repr, prepared = cached
        if params_repr == wanted:
            if drawn is None:
                drawn = cached_map(boundaries, statistics, institutions, wanted)
            if drawn is not None:
                feedback.progress(1.0, "done")
                return replace(prepared, map=drawn)
            # the map's entry is gone (pruned): the map is made again from the parsed data
    else:
        early = EarlyGeometry()
        with feedback.sub(0.0, 0.8) as fb:
            ds = load_dataset(boundaries=boundaries, stats=statistics,
                              institutions=institutions, feedback=fb, on_units=early.start)
        geometry = early.result(ds.units)
    with feedback.sub(0.8, 1.0) as fb:
        prepared = prepare_dataset(ds, params, fb, geometry=geometry)
    if on_map is not None:
        on_map(prepared.map)
    input_cache.store(key, (ds, wanted, replace(prepared, map=None)))
    store_map(boundaries, statistics, institutions, wanted, prepared.map)
    return prepared


def _well_formed(entry: object) -> bool:
    """A cache entry of this code's shape (the key already names the code; this is the net)."""
    return (isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[0], Dataset)
            and isinstance(entry[2], PreparedDataset)
            and getattr(entry[2], "map", False) is None)  # the map: its own entry
