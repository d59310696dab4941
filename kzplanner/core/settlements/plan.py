"""Settlements in a plan: the additive kit value (kits.kit_credit, computed once per items) and
the coverage a plan's kits actually reach, with the villages per kit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from kzplanner.core.catalogue.labels_settlements import INDICATOR_PREFIX, SIDES
from kzplanner.core.settlements.coverage import compute_coverage, unit_vectors
from kzplanner.core.settlements.kits import kit_credit
from kzplanner.core.settlements.layer import (
    EARTH_RADIUS_KM,
    INSTITUTION_TYPES,
    SettlementLayer,
)
from kzplanner.lazy import pd

VALUE_TYPES = ("fap", "psc")  # kit value = population newly covered; schools keep students


@dataclass(frozen=True)
class SettlementBasis:
    """What a plan needs of the settlements under its own access rules: covered before
    (Coverage.per_settlement), the credited candidate per settlement and type, the credit per
    institution without access."""

    layer: SettlementLayer
    reach_km: dict[str, float]
    before: pd.DataFrame
    credit_ids: pd.DataFrame
    credit: pd.Series


def settlement_basis(ds: Any, access: Any) -> SettlementBasis | None:
    layer, cov = getattr(ds, "settlements", None), getattr(ds, "coverage", None)
    if layer is None or cov is None:
        return None
    before = compute_coverage(layer, ds.institutions, access, cov.reach_km).per_settlement
    credit, ids = kit_credit(layer, ds.institutions, access, cov.reach_km, covered=before)
    return SettlementBasis(layer, dict(cov.reach_km), before, ids, credit)


def coverage_counts(counts: pd.DataFrame, basis: SettlementBasis,
                    covered: pd.DataFrame) -> pd.DataFrame:
    """`counts` (indicators.unit_counts, indexed by unit code) with FAPs' and PSCs' people
    (VALUE_TYPES) counted as coverage, the measure their kits are valued by: {t}_people = the
    population of the unit's settlements within reach of an institution of type t (any
    status), {t}_people_access = the part of it covered (`covered`: per settlement of the
    layer, {t}_covered). The institutional gap then falls by exactly the people a plan's kits
    newly cover. A unit without settlements in the layer keeps the register's counts."""
    table = basis.layer.table
    pop = table["population"].to_numpy(float)
    pos = pd.Index(counts.index).get_indexer(table["unit_code"])
    ok = pos >= 0
    at, n = pos[ok], len(counts)

    def per_unit(mask: np.ndarray) -> np.ndarray:  # Σ p_s over the settlements of each unit
        return np.bincount(at, weights=np.where(mask, pop, 0.0)[ok], minlength=n)

    present = np.bincount(at, minlength=n) > 0
    out = counts.copy()
    for t in VALUE_TYPES:
        # NaN (no institution of t placed) is not within reach
        reachable = basis.before[f"{t}_nearest_km"].to_numpy(float) <= basis.reach_km[t]
        within = per_unit(reachable)
        access = per_unit(reachable & covered[f"{t}_covered"].to_numpy(bool))
        out[f"{t}_people"] = np.where(present, within, counts[f"{t}_people"].to_numpy(float))
        out[f"{t}_people_access"] = np.where(present, access,
                                             counts[f"{t}_people_access"].to_numpy(float))
    return out


def _reached(basis: SettlementBasis, kits: pd.DataFrame, kind: str) -> list[np.ndarray]:
    """Per kit of `kind` (rows of kits in order): positions of the settlements not covered
    before within its reach."""
    from scipy.spatial import cKDTree

    from kzplanner.core.settlements.coverage import haversine_km

    t = basis.layer.table
    part = kits[kits["type"] == kind]
    if not len(part) or not len(t):
        return [np.zeros(0, dtype=int)] * len(part)
    pts = unit_vectors(t["lat"], t["lon"])
    lat = pd.to_numeric(part["lat"], errors="coerce").to_numpy(float)
    lon = pd.to_numeric(part["lon"], errors="coerce").to_numpy(float)
    ok = np.isfinite(lat) & np.isfinite(lon)
    reach = basis.reach_km[kind]
    radius = 2 * np.sin(reach / (2 * EARTH_RADIUS_KM)) * (1 + 1e-9)
    hits = cKDTree(pts).query_ball_point(unit_vectors(np.where(ok, lat, 0), np.where(ok, lon, 0)),
                                         r=radius)
    open_ = ~basis.before[f"{kind}_covered"].to_numpy(bool)
    out = []
    for j, near in enumerate(hits):
        near = np.asarray(sorted(near), dtype=int)
        if not ok[j] or not len(near):
            out.append(np.zeros(0, dtype=int))
            continue
        d = haversine_km(lat[j], lon[j], t["lat"].to_numpy(float)[near],
                         t["lon"].to_numpy(float)[near])
        out.append(near[(d <= reach) & open_[near]])
    return out


def plan_coverage(basis: SettlementBasis, kits: pd.DataFrame) -> dict[str, Any]:
    """The coverage the chosen `kits` reach (each settlement once), per type: covered before,
    after, newly covered, credited (the kits' additive values) and settlements newly covered;
    per kit: credited, reached (population of the settlements it newly covers, shared ones
    counted under each kit) and villages."""
    pop = basis.layer.table["population"].to_numpy(float)
    by_type, per_kit = {}, []
    for kind in INSTITUTION_TYPES:
        before = basis.before[f"{kind}_covered"].to_numpy(bool)
        reached = _reached(basis, kits, kind)
        newly = np.zeros(len(pop), dtype=bool)
        part = kits[kits["type"] == kind]
        for inst_id, pos in zip(part["inst_id"].astype(str), reached, strict=True):
            newly[pos] = True
            per_kit.append({"inst_id": inst_id, "type": kind,
                            "credited": float(basis.credit.get(inst_id, 0.0)),
                            "reached": float(pop[pos].sum()), "villages": int(len(pos))})
        by_type[kind] = {"reach_km": basis.reach_km[kind],
                         "covered_before": float(pop[before].sum()),
                         "covered_after": float(pop[before | newly].sum()),
                         "newly_covered": float(pop[newly].sum()),
                         "credited": float(basis.credit.reindex(
                             part["inst_id"].astype(str)).fillna(0.0).sum()),
                         "settlements_newly_covered": int(newly.sum()),
                         "not_covered_after": float(pop[~(before | newly)].sum())}
    return {"by_type": by_type, "per_kit": per_kit,
            "estimated_population": float(pop[basis.layer.table["population_estimated"]
                                              .to_numpy(bool)].sum())}


def settlements_after(basis: SettlementBasis, kits: pd.DataFrame) -> pd.DataFrame:
    """Per settlement (the layer table's index) and type once the chosen `kits` are installed:
    {t}_covered (covered before, or a kit of the type within reach) and {t}_newly (covered by
    the kits only). The one per-settlement "covered after the plan" the map, the list and the
    per-unit indicators share."""
    out: dict[str, np.ndarray] = {}
    for kind in INSTITUTION_TYPES:
        before = basis.before[f"{kind}_covered"].to_numpy(bool)
        newly = np.zeros(len(before), dtype=bool)
        for pos in _reached(basis, kits, kind):
            newly[pos] = True
        out[f"{kind}_covered"] = before | newly
        out[f"{kind}_newly"] = newly
    return pd.DataFrame(out, index=basis.layer.table.index)


def with_settlement_indicators(after: pd.DataFrame, basis: SettlementBasis,
                               reached: pd.DataFrame) -> pd.DataFrame:
    """The per-unit indicators after the plan (`after`, indexed by unit_code) with the coverage
    indicators the plan changes: settle_<type>_<side> counted over `reached`
    (settlements_after of the plan's kits), so that the map's "after the plan" and "change"
    views show the coverage the kits reach, not the baseline."""
    from kzplanner.core.settlements.coverage import per_unit_of

    per_unit = per_unit_of(basis.layer, reached)
    out = after.copy()
    for kind in INSTITUTION_TYPES:
        for side in SIDES:
            out[f"{INDICATOR_PREFIX}{kind}_{side}"] = per_unit[f"{kind}_{side}_population"] \
                .reindex(out.index).astype(float)
    return out


def kit_villages(result: Any) -> pd.DataFrame:
    """Per kit of a PlanResult, the settlements it newly covers: inst_id, type, settlement_id,
    name, name_kk, name_ru, unit_code, place, population, population_estimated, credited (its
    population counts to this kit's value). Empty without settlements."""
    cols = ["inst_id", "type", "settlement_id", "name", "name_kk", "name_ru", "unit_code",
            "place", "population", "population_estimated", "credited"]
    basis = getattr(getattr(result, "items", None), "settlements", None)
    if basis is None or not len(result.kits):
        return pd.DataFrame(columns=cols)
    t = basis.layer.table
    rows = []
    for kind in INSTITUTION_TYPES:
        part = result.kits[result.kits["type"] == kind]
        for inst_id, pos in zip(part["inst_id"].astype(str), _reached(basis, result.kits, kind),
                                strict=True):
            if not len(pos):
                continue
            frame = t.iloc[pos][cols[2:-1]].copy()
            frame.insert(0, "type", kind)
            frame.insert(0, "inst_id", inst_id)
            frame["credited"] = basis.credit_ids[f"{kind}_credit_id"].to_numpy(
                dtype=object)[pos] == inst_id
            rows.append(frame)
    if not rows:
        return pd.DataFrame(columns=cols)
    out = pd.concat(rows, ignore_index=True)
    return out.sort_values(["inst_id", "population"], ascending=[True, False],
                           kind="stable").reset_index(drop=True)
