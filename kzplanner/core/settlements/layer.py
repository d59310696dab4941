"""The settlement layer placed in the units, with population estimates where none is known."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from kzplanner.errors import KZError
from kzplanner.lazy import pd

if TYPE_CHECKING:
    import geopandas as gpd

INSTITUTION_TYPES = ("school", "fap", "psc")
DEFAULT_REACH_KM: dict[str, float] = {"school": 5.0, "fap": 15.0, "psc": 30.0}
EARTH_RADIUS_KM = 6371.0
# Relative size of a settlement of each OSM place kind, for sharing a unit's population not
# accounted for by known populations (illustrative defaults, editable). Kinds not listed
# (locality, suburb, '') weigh as a village.
PLACE_WEIGHTS_DEFAULT: dict[str, float] = {"city": 100.0, "town": 15.0, "village": 1.0,
                                           "hamlet": 0.1, "isolated_dwelling": 0.02}
OTHER_PLACE = "village"
SETTLEMENT_COLUMNS = ("settlement_id", "name", "name_kk", "name_ru", "place", "kato", "lat",
                      "lon", "unit_code", "population", "population_estimated")


@dataclass(frozen=True)
class SettlementLayer:
    """Settlements placed in the dataset's units.

    table: one row per settlement inside a unit (RangeIndex), SETTLEMENT_COLUMNS; population is
      final (known, or estimated where population_estimated).
    outside: the same columns for points outside every unit (unit_code ""), listed, not used.
    weights: the place weights the estimates used; source: the file; notes: warning codes
      (settlements_estimated, settlements_outside, settlements_known_exceed_population,
      settlements_unit_population_missing).
    unit_codes: every unit of the dataset, in its order (coverage reports each).
    estimate_basis: per unit, population, known (sum of known populations), estimated (sum of
      estimates), settlements, missing (settlements estimated).
    """

    table: pd.DataFrame
    outside: pd.DataFrame
    weights: dict[str, float]
    source: str = ""
    notes: tuple[str, ...] = ()
    unit_codes: tuple[str, ...] = ()
    estimate_basis: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(), repr=False)

    @property
    def estimated(self) -> int:
        return int(self.table["population_estimated"].sum())


def reach_of(reach_km: dict[str, float] | None) -> dict[str, float]:
    """DEFAULT_REACH_KM overridden by `reach_km`; a reach that is not a positive number is
    refused (KZError bad_reach)."""
    out = dict(DEFAULT_REACH_KM)
    for key, value in (reach_km or {}).items():
        try:
            km = float(value)
        except (TypeError, ValueError):
            km = float("nan")
        if key not in INSTITUTION_TYPES or not np.isfinite(km) or km <= 0:
            raise KZError("bad_reach", detail=f"{key}={value}")
        out[key] = km
    return out


def place_weight(place: str, weights: dict[str, float]) -> float:
    w = weights.get(place)
    if w is None:
        w = weights.get(OTHER_PLACE, 1.0)
    return max(float(w), 0.0)


def place_settlements(raw: pd.DataFrame, units_gdf: gpd.GeoDataFrame, unit_population: Any,
                      weights: dict[str, float] | None = None, source: str = "") -> SettlementLayer:
    """Assign each point to the unit it lies in and estimate the missing populations.

    A point on a shared border goes to the first unit (in the units' order) that contains it.
    Points outside every unit are listed in `outside`; when more than half fall outside, the layer
    is refused (KZError settlements_outside_units: a coordinate-system problem or another area).

    Estimates: in unit u with population P_u (`unit_population`), the settlements with a known
    population account for K_u; the rest R_u = max(P_u − K_u, 0) is shared across u's settlements
    without one in proportion to their place weight (PLACE_WEIGHTS_DEFAULT unless `weights`).
    So a unit's settlements add up to P_u whenever K_u ≤ P_u and one of them lacks a population.
    Where P_u is unknown, a missing population is the median known population of its place kind
    in the layer (else 0), noted.
    """
    import geopandas as gpd
    import shapely

    weights = {**PLACE_WEIGHTS_DEFAULT, **(weights or {})}
    for key, value in weights.items():
        if not np.isfinite(float(value)) or float(value) < 0:
            raise KZError("bad_parameter", column="place_weights", detail=f"{key}={value}")
    notes: list[str] = []
    n = len(raw)
    codes = np.full(n, "", dtype=object)
    units = units_gdf.to_crs(4326) if units_gdf.crs is not None else units_gdf
    if n:
        pts = gpd.GeoSeries(shapely.points(raw["lon"].to_numpy(float), raw["lat"].to_numpy(float)),
                            crs=4326)
        geoms = np.asarray(units.geometry.values)
        tree = shapely.STRtree(geoms)
        pi, ui = tree.query(np.asarray(pts.values), predicate="intersects")
        order = np.lexsort((ui, pi))  # first unit in the units' order for each point
        pi, ui = pi[order], ui[order]
        first = np.r_[True, pi[1:] != pi[:-1]] if len(pi) else np.array([], dtype=bool)
        unit_index = np.asarray(units.index.astype(str))
        codes[pi[first]] = unit_index[ui[first]]
    inside = codes != ""
    if n and (~inside).sum() * 2 > n:
        raise KZError("settlements_outside_units", file=source or None,
                      detail=f"{int((~inside).sum())} / {n}")
    frame = raw.copy()
    frame["unit_code"] = codes
    frame["population_estimated"] = False
    frame["population"] = frame["population"].astype(float)
    table = frame[inside].reset_index(drop=True)
    outside = frame[~inside].reset_index(drop=True)
    if len(outside):
        notes.append("settlements_outside")
    pop_u = pd.Series(unit_population, dtype=float)
    pop_u.index = pop_u.index.astype(str)
    table, basis = _estimate(table, pop_u, weights, notes)
    unit_codes = tuple(str(c) for c in units.index)
    cols = list(SETTLEMENT_COLUMNS)
    outside["population_estimated"] = outside["population"].isna()
    return SettlementLayer(table=table[cols], outside=outside[cols], weights=weights,
                           source=source, notes=tuple(notes), unit_codes=unit_codes,
                           estimate_basis=basis)


def _estimate(table: pd.DataFrame, pop_u: pd.Series, weights: dict[str, float],
              notes: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    missing = table["population"].isna().to_numpy()
    w = np.array([place_weight(p, weights) for p in table["place"]], dtype=float)
    known = table["population"].fillna(0.0)
    by_unit = pd.DataFrame({
        "known": known.groupby(table["unit_code"]).sum(),
        "settlements": table.groupby("unit_code").size(),
        "missing": pd.Series(missing, index=table.index).groupby(table["unit_code"]).sum(),
        "missing_weight": pd.Series(np.where(missing, w, 0.0), index=table.index)
        .groupby(table["unit_code"]).sum(),
    })
    by_unit["population"] = pop_u.reindex(by_unit.index)
    rest = (by_unit["population"] - by_unit["known"]).clip(lower=0.0)
    if (by_unit["known"] > by_unit["population"] + 0.5).any():
        notes.append("settlements_known_exceed_population")
    pop = table["population"].to_numpy(dtype=float).copy()
    if missing.any():
        notes.append("settlements_estimated")
        u = table["unit_code"].to_numpy(dtype=object)
        r = rest.reindex(u).to_numpy(dtype=float)
        mw = by_unit["missing_weight"].reindex(u).to_numpy(dtype=float)
        cnt = by_unit["missing"].reindex(u).to_numpy(dtype=float)
        share = np.where(mw > 0, w / np.where(mw > 0, mw, 1.0), 1.0 / np.maximum(cnt, 1.0))
        est = r * share
        no_pop = ~np.isfinite(r)
        if (missing & no_pop).any():
            notes.append("settlements_unit_population_missing")
            medians = table.loc[~missing].groupby("place")["population"].median()
            est = np.where(no_pop, table["place"].map(medians).fillna(0.0).to_numpy(float), est)
        pop = np.where(missing, est, pop)
    table = table.copy()
    table["population"] = pop
    table["population_estimated"] = missing
    by_unit["estimated"] = pd.Series(np.where(missing, pop, 0.0), index=table.index).groupby(
        table["unit_code"]).sum()
    return table, by_unit[["population", "known", "estimated", "settlements", "missing"]]
