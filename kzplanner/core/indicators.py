"""Coverage, gaps and disparity per unit, per oblast and nationally, from counts and a register."""

from __future__ import annotations

import numpy as np

from kzplanner.core.access_rules import AccessRules
from kzplanner.core.catalogue import DIMENSIONS, INSTITUTION_TYPES, group_columns
from kzplanner.lazy import pd


def institution_access(inst: pd.DataFrame, rules: AccessRules) -> pd.Series:
    """True where an institution has access: connected and, if its speed is known, at benchmark.

    A row with a speed but no yes/no column is judged by its speed alone.
    """
    bench = inst["type"].map(rules.benchmarks_mbps).astype(float)
    speed = inst["download_mbps"].astype(float)
    connected = inst["connected"]
    fast_enough = speed.isna() | (speed >= bench)
    flag = connected.map(lambda v: v is True)
    unknown = connected.map(lambda v: v is None or (isinstance(v, float) and np.isnan(v)))
    by_speed = speed.notna() & (speed >= bench)
    return ((flag & fast_enough) | (unknown & by_speed)).astype(bool)


def unit_counts(units: pd.DataFrame, inst: pd.DataFrame, access: pd.Series,
                groups: tuple[str, ...]) -> pd.DataFrame:
    """Additive counts per unit: institutions and people by access, target-group need.

    These sum to oblast and national totals; `gaps_from_counts` turns any such row into ratios.
    Vectorised with bincount over unit positions: it runs on every re-plan.
    """
    n = len(units.index)
    pos = pd.Index(units.index).get_indexer(inst["unit_code"])
    inside = pos >= 0
    kind = inst["type"].to_numpy(dtype=object)
    has = np.asarray(access, dtype=bool)
    served = inst["people_served"].to_numpy(dtype=float)
    served = np.where(np.isnan(served), 0.0, served)
    data: dict[str, np.ndarray] = {"population": units["population"].to_numpy(dtype=float)}
    for t in INSTITUTION_TYPES:
        sel = inside & (kind == t)
        ok = sel & has
        data[f"{t}_total"] = np.bincount(pos[sel], minlength=n).astype(float)
        data[f"{t}_access"] = np.bincount(pos[ok], minlength=n).astype(float)
        data[f"{t}_people"] = np.bincount(pos[sel], weights=served[sel], minlength=n)
        data[f"{t}_people_access"] = np.bincount(pos[ok], weights=served[ok], minlength=n)
    for g in groups:
        for col in group_columns(g):
            data[col] = units[col].to_numpy(dtype=float)
    return pd.DataFrame(data, index=units.index)


def _ratio(num: np.ndarray | float, den: np.ndarray | float) -> np.ndarray:
    num_a, den_a = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den_a > 0, num_a / np.where(den_a > 0, den_a, 1.0), np.nan)


def gaps_from_counts(counts: pd.DataFrame, groups: tuple[str, ...],
                     rules: AccessRules) -> pd.DataFrame:
    """Gap shares (0..1) and the combined index (0..100) for every row of `counts`.

    Institutional gap = people served by institutions without access / all people served
    (weighted across types); per type both by count (`school_gap`) and by people
    (`school_gap_people`). Household gap per dimension = Σ_g lacking / Σ_g eligible.
    Combined = 100 · Σ w_k gap_k / Σ w_k over the gaps that exist for the row.
    """
    c = {col: counts[col].to_numpy(dtype=float) for col in counts.columns}
    out: dict[str, np.ndarray] = {}
    people_total = sum(c[f"{t}_people"] for t in INSTITUTION_TYPES)
    people_access = sum(c[f"{t}_people_access"] for t in INSTITUTION_TYPES)
    for t in INSTITUTION_TYPES:
        out[f"{t}_coverage"] = _ratio(c[f"{t}_access"], c[f"{t}_total"])
        out[f"{t}_gap"] = 1.0 - out[f"{t}_coverage"]
        out[f"{t}_gap_people"] = 1.0 - _ratio(c[f"{t}_people_access"], c[f"{t}_people"])
    out["institutional_gap"] = 1.0 - _ratio(people_access, people_total)
    rows = len(counts.index)
    for dim, pos in (("device", 1), ("internet", 2)):
        if groups:
            lacking = sum(c[group_columns(g)[pos]] for g in groups)
            eligible = sum(c[group_columns(g)[0]] for g in groups)
            out[f"{dim}_gap"] = _ratio(lacking, eligible)
        else:
            out[f"{dim}_gap"] = np.full(rows, np.nan)
        for g in groups:
            out[f"{g}_{dim}_gap"] = _ratio(c[group_columns(g)[pos]], c[group_columns(g)[0]])
    w = rules.gap_weights
    num = np.zeros(rows)
    den = np.zeros(rows)
    for key in ("institutional", "device", "internet"):
        part = out[f"{key}_gap"]
        ok = ~np.isnan(part)
        num += np.where(ok, np.nan_to_num(part) * w.get(key, 0.0), 0.0)
        den += np.where(ok, w.get(key, 0.0), 0.0)
    out["combined_gap"] = 100.0 * _ratio(num, den)
    return pd.DataFrame(out, index=counts.index)


def national_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """One-row frame with the national sums (index 'KZ')."""
    return counts.sum(numeric_only=True).to_frame("KZ").T


def weighted_gini(values: np.ndarray, weights: np.ndarray) -> float:
    """Population-weighted Gini coefficient of non-negative values (0 = equal).

    >>> round(weighted_gini(np.array([1.0, 1.0]), np.array([1.0, 3.0])), 6)
    0.0
    >>> round(weighted_gini(np.array([0.0, 1.0]), np.array([1.0, 1.0])), 6)
    0.5
    >>> weighted_gini(np.array([np.nan]), np.array([1.0]))  # nothing known: unknown, not "equal"
    nan
    """
    ok = ~(np.isnan(values) | np.isnan(weights)) & (weights > 0)
    v, w = values[ok].astype(float), weights[ok].astype(float)
    if v.size == 0:
        return float("nan")
    if v.sum() == 0:
        return 0.0
    # Sorted form of Σ_i Σ_j w_i w_j |v_i − v_j| / (2 W² mean): O(n log n), not O(n²).
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    below_w = np.cumsum(w) - w  # weight of the smaller values
    below_wv = np.cumsum(w * v) - w * v
    total = float(np.sum(w * (v * below_w - below_wv)))
    mean = np.average(v, weights=w)
    return float(total / (w.sum() ** 2 * mean))


def disparity(gaps: pd.DataFrame, population: pd.Series) -> dict[str, float]:
    """Gini of the combined gap (population-weighted) and the worst/best ratio across units."""
    values = gaps["combined_gap"].to_numpy(dtype=float)
    gini = weighted_gini(values, population.reindex(gaps.index).to_numpy(dtype=float))
    finite = values[~np.isnan(values)]
    best = finite.min() if finite.size else np.nan
    ratio = float(finite.max() / best) if finite.size and best > 0 else float("nan")
    return {"gini": gini, "worst_best_ratio": ratio}


__all__ = ["AccessRules", "DIMENSIONS", "disparity", "gaps_from_counts", "institution_access",
           "national_counts", "unit_counts", "weighted_gini"]
