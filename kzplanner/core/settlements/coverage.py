"""Straight-line catchments: which settlements have an institution of each type with access
within reach, and the nearest institution of each type (information)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from kzplanner.core.settlements.layer import (
    EARTH_RADIUS_KM,
    INSTITUTION_TYPES,
    SettlementLayer,
    reach_of,
)
from kzplanner.lazy import pd


@dataclass(frozen=True)
class Coverage:
    """reach_km: km per type; per_settlement (index = layer.table's): for t in
    INSTITUTION_TYPES, {t}_covered (an institution of t with access within reach),
    {t}_nearest_id ('' when the type has no institution with a position), {t}_nearest_km (NaN
    then), {t}_nearest_access; per_unit (index unit_code, every unit): settlement_population,
    {t}_covered_population, {t}_uncovered_population; served (index inst_id, FAPs and PSCs with a
    position): population of the settlements whose nearest institution of that type it is."""

    reach_km: dict[str, float]
    per_settlement: pd.DataFrame
    per_unit: pd.DataFrame
    served: pd.Series


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    """Great-circle distance in km on a sphere of EARTH_RADIUS_KM (numpy broadcasting)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def unit_vectors(lat: Any, lon: Any) -> np.ndarray:
    la, lo = np.radians(np.asarray(lat, float)), np.radians(np.asarray(lon, float))
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def chord_to_km(chord: np.ndarray) -> np.ndarray:
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.clip(np.asarray(chord) / 2, 0.0, 1.0))


def nearest(points: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each point (unit vectors): the position of the nearest target and its distance in
    km; (-1, inf) when there are no targets."""
    from scipy.spatial import cKDTree

    if len(targets) == 0 or len(points) == 0:
        return np.full(len(points), -1), np.full(len(points), np.inf)
    d, i = cKDTree(targets).query(points, k=1)
    return np.asarray(i, dtype=int), chord_to_km(d)


def positioned(institutions: pd.DataFrame) -> np.ndarray:
    """True where an institution has a usable position."""
    lat = pd.to_numeric(institutions.get("lat"), errors="coerce")
    lon = pd.to_numeric(institutions.get("lon"), errors="coerce")
    if lat is None or lon is None:
        return np.zeros(len(institutions), dtype=bool)
    return (np.isfinite(lat.to_numpy(float)) & np.isfinite(lon.to_numpy(float)))


def compute_coverage(layer: SettlementLayer, institutions: pd.DataFrame, access: Any,
                     reach_km: dict[str, float] | None = None) -> Coverage:
    """Coverage of the layer's settlements by the institutions (`access` aligned with their
    rows). Institutions without a position cover nobody."""
    reach = reach_of(reach_km)
    table = layer.table
    pts = unit_vectors(table["lat"], table["lon"])
    has = np.asarray(access, dtype=bool)
    ok = positioned(institutions)
    kinds = institutions["type"].to_numpy(dtype=object)
    ids = institutions["inst_id"].astype(str).to_numpy(dtype=object)
    lat = pd.to_numeric(institutions["lat"], errors="coerce").to_numpy(float) if len(ok) else []
    lon = pd.to_numeric(institutions["lon"], errors="coerce").to_numpy(float) if len(ok) else []
    pop = table["population"].to_numpy(float)
    out: dict[str, Any] = {}
    served = []
    for t in INSTITUTION_TYPES:
        sel = np.flatnonzero((kinds == t) & ok)
        xyz = unit_vectors(np.asarray(lat)[sel], np.asarray(lon)[sel]) if len(sel) else \
            np.empty((0, 3))
        i, km = nearest(pts, xyz)
        found = i >= 0
        at = sel[np.where(found, i, 0)] if len(sel) else np.zeros(len(pts), dtype=int)
        out[f"{t}_nearest_id"] = np.where(found, ids[at] if len(ids) else "", "")
        out[f"{t}_nearest_km"] = np.where(found, km, np.nan)
        out[f"{t}_nearest_access"] = found & (has[at] if len(has) else False)
        with_access = sel[has[sel]] if len(sel) else sel
        _ia, km_a = nearest(pts, unit_vectors(np.asarray(lat)[with_access],
                                              np.asarray(lon)[with_access])
                            if len(with_access) else np.empty((0, 3)))
        out[f"{t}_covered"] = km_a <= reach[t]
        if t != "school":
            s = pd.Series(np.where(found, pop, 0.0)).groupby(
                pd.Series(out[f"{t}_nearest_id"])).sum()
            served.append(s.reindex(ids[sel], fill_value=0.0))
    per_settlement = pd.DataFrame(out, index=table.index)
    served_all = pd.concat(served) if served else pd.Series(dtype=float)
    served_all.index.name = "inst_id"
    return Coverage(reach_km=reach, per_settlement=per_settlement,
                    per_unit=per_unit_of(layer, per_settlement), served=served_all.astype(float))


def per_unit_of(layer: SettlementLayer, per_settlement: pd.DataFrame) -> pd.DataFrame:
    """Covered / uncovered settlement population by type, every unit of the layer's dataset."""
    table = layer.table
    units = pd.Index(list(layer.unit_codes) or sorted(set(table["unit_code"])), name="unit_code")
    pop = table["population"].astype(float)
    by = table["unit_code"]
    cols = {"settlement_population": pop.groupby(by).sum(),
            "settlements": pop.groupby(by).size()}
    for t in INSTITUTION_TYPES:
        cov = per_settlement[f"{t}_covered"].to_numpy(bool)
        cols[f"{t}_covered_population"] = pop.where(cov, 0.0).groupby(by).sum()
        cols[f"{t}_uncovered_population"] = pop.where(~cov, 0.0).groupby(by).sum()
    frame = pd.DataFrame(cols).reindex(units).fillna(0.0)
    frame["settlements"] = frame["settlements"].astype(int)
    return frame


def villages_without_access(layer: SettlementLayer, coverage: Coverage, kind: str) -> pd.DataFrame:
    """The settlements not covered for `kind`, most populous first."""
    t = layer.table
    ps = coverage.per_settlement
    frame = t[["settlement_id", "name", "name_kk", "name_ru", "unit_code", "place", "population",
               "population_estimated", "lat", "lon"]].copy()
    frame["nearest_id"] = ps[f"{kind}_nearest_id"]
    frame["nearest_km"] = ps[f"{kind}_nearest_km"]
    frame["nearest_access"] = ps[f"{kind}_nearest_access"]
    frame = frame[~ps[f"{kind}_covered"].to_numpy(bool)]
    return frame.sort_values(["population", "settlement_id"], ascending=[False, True],
                             kind="stable")
