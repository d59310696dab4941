"""What the map draws before any plan, in plain arrays: the map can paint before pandas loads.

A MapData holds the projected unit shapes, unit names in every interface language, population,
the baseline indicators and the institutions' positions, symbol sizes and statuses, each aligned
to the unit codes in drawing order. PreparedDataset builds one in the loading worker; the input
cache keeps it as a separate, small entry ("map first"), so at start-up the window can draw the
map from it while pandas and the full dataset are still loading.

Imports only numpy and the app's Qt-free geometry: reading an entry never pulls in pandas.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from kzplanner.app.display.map_geometry import Hole, UnitShape

MAP_ENTRY = "map-first"  # the input cache's key suffix for a MapData entry


@dataclass(frozen=True, eq=False)
class MapData:
    shapes: dict[str, UnitShape]
    names: dict[str, dict[str, str]]  # language → unit code → name (Dataset.unit_names)
    population: np.ndarray  # per code in `codes` order; NaN unknown
    baseline: dict[str, np.ndarray]  # indicator → per code in `codes` order
    points_xy: np.ndarray  # (n, 2) projected institution positions; NaN where unknown
    inst_unit_idx: np.ndarray  # index into `codes` per institution; −1 outside the map
    inst_types: np.ndarray  # index into map_points.TYPES
    inst_sizes: np.ndarray  # symbol radius multipliers (map_points.size_factors)
    inst_status: np.ndarray  # index into map_points.STATUSES before any plan
    illustrative: bool
    boundaries_credit: str
    boundaries_predate_2018: bool
    # language → the line saying the statistics' checks failed ('' or absent: none failed)
    doubts: dict[str, str] = field(default_factory=dict)
    # projected rings of the oblasts a district map lies in (map_geometry.parent_outlines); ()
    # for a map of oblasts. A plain default, so an entry cached before it existed still reads.
    outlines: tuple[np.ndarray, ...] = ()
    # holes no unit fills (map_geometry.uncovered_holes: the Baikonur lease), found once here
    holes: tuple[Hole, ...] = ()
    codes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", tuple(self.shapes))

    def unit_names(self, lang: str) -> dict[str, str]:
        return self.names.get(lang) or self.names.get("en") or {}

    def values(self, indicator: str) -> np.ndarray:
        """Baseline values of an indicator per code (NaN when the data do not have it)."""
        found = self.baseline.get(indicator)
        return found if found is not None else np.full(len(self.codes), np.nan)

    def with_values(self, indicator: str, values: np.ndarray) -> MapData:
        return replace(self, baseline={**self.baseline,
                                         indicator: np.asarray(values, dtype=float)})

    def same_drawing(self, other: MapData) -> bool:
        """Whether `other` draws exactly the same map (e.g. the full dataset after the preview)."""
        if other is self:  # a warm start hands the painted map on (prepared.load_prepared)
            return True
        if self.codes != other.codes or self.names != other.names:
            return False
        if self.baseline.keys() != other.baseline.keys():
            return False
        if (self.illustrative, self.boundaries_credit, self.boundaries_predate_2018,
                self.doubts) != (other.illustrative, other.boundaries_credit,
                                 other.boundaries_predate_2018, other.doubts):
            return False
        for code in self.codes:
            a, b = self.shapes[code], other.shapes[code]
            if a.bounds != b.bounds or a.anchor != b.anchor or len(a.polygons) != len(b.polygons):
                return False
        arrays = [(self.population, other.population), (self.points_xy, other.points_xy),
                  (self.inst_unit_idx, other.inst_unit_idx), (self.inst_types, other.inst_types),
                  (self.inst_sizes, other.inst_sizes), (self.inst_status, other.inst_status)]
        arrays += [(v, other.baseline[k]) for k, v in self.baseline.items()]
        return all(a.shape == b.shape and np.array_equal(a, b, equal_nan=a.dtype.kind == "f")
                   for a, b in arrays)


def cached_map(boundaries: str | None, statistics: str | None, institutions: str | None,
               params_repr: str) -> MapData | None:
    """The map-first entry for these inputs and parameters, if the cache has it (no pandas)."""
    from kzplanner.core.io import input_cache

    entry = input_cache.load(_key(boundaries, statistics, institutions))
    if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == params_repr
            and isinstance(entry[1], MapData)):
        return None
    return entry[1]


def store_map(boundaries: str | None, statistics: str | None, institutions: str | None,
              params_repr: str, data: MapData) -> None:
    from kzplanner.core.io import input_cache

    input_cache.store(_key(boundaries, statistics, institutions), (params_repr, data))


def _key(boundaries: str | None, statistics: str | None, institutions: str | None
         ) -> str | None:
    from kzplanner.core.dataset import input_paths
    from kzplanner.core.io import input_cache

    return input_cache.cache_key(input_paths(boundaries, statistics, institutions), MAP_ENTRY)
