"""What a kit newly covers.

Additive value (the plan's): for type t, every settlement not covered before (no institution of
t with access within reach) is credited to ONE candidate — the nearest institution of t without
access within reach, if any. A kit's value is the population credited to it, so the kits' values
partition the newly coverable population and add up over any set of kits without counting a
person twice. The coverage a set of kits actually reaches (coverage_after) can be more: a
settlement credited to a kit not chosen is also covered by a chosen one within reach.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from kzplanner.core.settlements.coverage import (
    chord_to_km,
    compute_coverage,
    nearest,
    positioned,
    unit_vectors,
)
from kzplanner.core.settlements.layer import (
    EARTH_RADIUS_KM,
    INSTITUTION_TYPES,
    SettlementLayer,
    reach_of,
)
from kzplanner.lazy import pd


def _positions(institutions: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    lat = pd.to_numeric(institutions["lat"], errors="coerce").to_numpy(float)
    lon = pd.to_numeric(institutions["lon"], errors="coerce").to_numpy(float)
    return lat, lon


def kit_credit(layer: SettlementLayer, institutions: pd.DataFrame, access: Any,
               reach_km: dict[str, float] | None = None,
               covered: pd.DataFrame | None = None) -> tuple[pd.Series, pd.DataFrame]:
    """(credit per inst_id of every institution without access, with a position: the
    population credited to it; per settlement, {t}_credit_id: the candidate credited, '' none).
    `covered` (a Coverage.per_settlement under the same access and reach) saves recomputing."""
    reach = reach_of(reach_km)
    if covered is None:
        covered = compute_coverage(layer, institutions, access, reach).per_settlement
    table = layer.table
    pts = unit_vectors(table["lat"], table["lon"])
    pop = table["population"].to_numpy(float)
    has = np.asarray(access, dtype=bool)
    ok = positioned(institutions)
    lat, lon = _positions(institutions)
    kinds = institutions["type"].to_numpy(dtype=object)
    ids = institutions["inst_id"].astype(str).to_numpy(dtype=object)
    credits, per = [], {}
    for t in INSTITUTION_TYPES:
        cand = np.flatnonzero((kinds == t) & ok & ~has)
        i, km = nearest(pts, unit_vectors(lat[cand], lon[cand]) if len(cand) else
                        np.empty((0, 3)))
        take = (~covered[f"{t}_covered"].to_numpy(bool)) & (i >= 0) & (km <= reach[t])
        cid = np.where(take, ids[cand[np.where(i >= 0, i, 0)]] if len(cand) else "", "")
        per[f"{t}_credit_id"] = cid
        s = pd.Series(np.where(take, pop, 0.0)).groupby(pd.Series(cid)).sum()
        credits.append(s.reindex(ids[cand], fill_value=0.0))
    credit = pd.concat(credits).astype(float) if credits else pd.Series(dtype=float)
    credit.index.name = "inst_id"
    return credit, pd.DataFrame(per, index=table.index)


def _within(layer: SettlementLayer, lat: float, lon: float, reach: float) -> tuple[
        np.ndarray, np.ndarray]:
    from kzplanner.core.settlements.coverage import haversine_km

    t = layer.table
    km = haversine_km(lat, lon, t["lat"].to_numpy(float), t["lon"].to_numpy(float))
    pos = np.flatnonzero(km <= reach)
    return pos, km[pos]


def coverage_after(layer: SettlementLayer, institutions: pd.DataFrame, access: Any,
                   kit_ids: Any, reach_km: dict[str, float] | None = None) -> dict[str, Any]:
    """Coverage reached with kits for `kit_ids`: per type, covered population before and after,
    newly covered, settlements newly covered; and the per-settlement coverage after."""
    reach = reach_of(reach_km)
    has = np.asarray(access, dtype=bool)
    after = has | institutions["inst_id"].astype(str).isin({str(k) for k in kit_ids}).to_numpy()
    before = compute_coverage(layer, institutions, has, reach)
    post = compute_coverage(layer, institutions, after, reach)
    pop = layer.table["population"].to_numpy(float)
    by_type = {}
    for t in INSTITUTION_TYPES:
        b = before.per_settlement[f"{t}_covered"].to_numpy(bool)
        a = post.per_settlement[f"{t}_covered"].to_numpy(bool)
        by_type[t] = {"covered_before": float(pop[b].sum()), "covered_after": float(pop[a].sum()),
                      "newly_covered": float(pop[a & ~b].sum()),
                      "settlements_newly_covered": int((a & ~b).sum()),
                      "not_covered_after": float(pop[~a].sum())}
    return {"by_type": by_type, "per_settlement": post.per_settlement, "reach_km": reach}


def kit_villages_of(layer: SettlementLayer, institutions: pd.DataFrame, access: Any,
                    kits: pd.DataFrame, reach_km: dict[str, float] | None = None) -> pd.DataFrame:
    """Per chosen kit (rows of `kits`: inst_id, type, lat, lon), the settlements it newly covers:
    not covered before and within reach of it. A settlement several kits reach is listed under
    each; `credited` marks the one kit its population counts to (kit_credit)."""
    reach = reach_of(reach_km)
    before = compute_coverage(layer, institutions, access, reach).per_settlement
    _credit, credited = kit_credit(layer, institutions, access, reach, covered=before)
    t = layer.table
    rows = []
    for kit in kits.itertuples(index=False):
        lat, lon = float(getattr(kit, "lat", np.nan)), float(getattr(kit, "lon", np.nan))
        kind = str(kit.type)
        if not (np.isfinite(lat) and np.isfinite(lon)) or kind not in INSTITUTION_TYPES:
            continue
        pos, km = _within(layer, lat, lon, reach[kind])
        new = ~before[f"{kind}_covered"].to_numpy(bool)[pos]
        pos, km = pos[new], km[new]
        if not len(pos):
            continue
        part = t.iloc[pos][["settlement_id", "name", "name_kk", "name_ru", "unit_code", "place",
                            "population", "population_estimated"]].copy()
        part.insert(0, "type", kind)
        part.insert(0, "inst_id", str(kit.inst_id))
        part["km"] = km
        part["credited"] = credited[f"{kind}_credit_id"].to_numpy(dtype=object)[pos] == str(
            kit.inst_id)
        rows.append(part)
    cols = ["inst_id", "type", "settlement_id", "name", "name_kk", "name_ru", "unit_code",
            "place", "population", "population_estimated", "km", "credited"]
    if not rows:
        return pd.DataFrame(columns=cols)
    out = pd.concat(rows, ignore_index=True)[cols]
    return out.sort_values(["inst_id", "population"], ascending=[True, False],
                           kind="stable").reset_index(drop=True)


def next_kits(layer: SettlementLayer, institutions: pd.DataFrame, access: Any,
              costs: Any, reach_km: dict[str, float] | None = None,
              types: tuple[str, ...] = INSTITUTION_TYPES) -> pd.DataFrame:
    """Institutions without access ranked by people newly covered per ₸ if each alone got a kit
    next (AccessMod's scaling-up idea): newly_covered = population of the settlements not covered
    before within its reach; `costs` gives each institution's kit price (a Series by inst_id or
    a callable row → ₸). Columns inst_id, name, type, unit_code, newly_covered, settlements,
    cost_kzt, per_million_kzt (people per 1,000,000 ₸), most first."""
    reach = reach_of(reach_km)
    has = np.asarray(access, dtype=bool)
    before = compute_coverage(layer, institutions, has, reach).per_settlement
    t = layer.table
    pts = unit_vectors(t["lat"], t["lon"])
    pop = t["population"].to_numpy(float)
    ok = positioned(institutions)
    lat, lon = _positions(institutions)
    kinds = institutions["type"].to_numpy(dtype=object)
    rows = []
    from scipy.spatial import cKDTree

    tree = cKDTree(pts) if len(pts) else None
    for kind in types:
        cand = np.flatnonzero((kinds == kind) & ok & ~has)
        if not len(cand) or tree is None:
            continue
        open_ = ~before[f"{kind}_covered"].to_numpy(bool)
        radius = 2 * np.sin(reach[kind] / (2 * EARTH_RADIUS_KM)) * (1 + 1e-9)
        xyz = unit_vectors(lat[cand], lon[cand])
        hits = tree.query_ball_point(xyz, r=radius)
        for j, near in zip(cand, hits, strict=True):
            near = np.asarray(near, dtype=int)
            if len(near):
                d = chord_to_km(np.linalg.norm(pts[near] - unit_vectors(lat[j], lon[j]), axis=1))
                near = near[(d <= reach[kind]) & open_[near]]
            rows.append((j, float(pop[near].sum()), int(len(near))))
    cols = ["inst_id", "name", "type", "unit_code", "newly_covered", "settlements", "cost_kzt",
            "per_million_kzt"]
    if not rows:
        return pd.DataFrame(columns=cols)
    at = np.array([r[0] for r in rows], dtype=int)
    inst = institutions.iloc[at]
    out = pd.DataFrame({"inst_id": inst["inst_id"].astype(str).to_numpy(),
                        "name": inst["name"].astype(str).to_numpy(),
                        "type": inst["type"].to_numpy(), "unit_code": inst["unit_code"].to_numpy(),
                        "newly_covered": [r[1] for r in rows],
                        "settlements": [r[2] for r in rows]})
    if callable(costs):
        out["cost_kzt"] = [float(costs(row)) for _, row in inst.iterrows()]
    else:
        out["cost_kzt"] = pd.Series(costs).reindex(out["inst_id"]).to_numpy(float)
    cost = out["cost_kzt"].to_numpy(float)
    out["per_million_kzt"] = np.where(cost > 0, out["newly_covered"] / np.where(cost > 0, cost, 1)
                                      * 1e6, np.nan)
    return out.sort_values(["per_million_kzt", "newly_covered", "inst_id"],
                           ascending=[False, False, True], kind="stable").reset_index(drop=True)
