"""Coverage, gaps and disparity per unit, per oblast and nationally, from counts and a register."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kzplanner.core.catalogue import DIMENSIONS, INSTITUTION_TYPES, group_columns


def _default_benchmarks() -> dict[str, float]:
    return {"school": 10.0, "fap": 10.0, "psc": 20.0}


def _default_gap_weights() -> dict[str, float]:
    return {"institutional": 0.5, "device": 0.25, "internet": 0.25}


@dataclass(frozen=True)
class AccessRules:
    """When an institution counts as having access, and how the combined gap is weighted.

    benchmarks_mbps: minimum download speed per type (a 'connected' row below it lacks access);
    gap_weights: weights of the institutional, device and internet gaps in the combined index.
    """

    benchmarks_mbps: dict[str, float] = field(default_factory=_default_benchmarks)
    gap_weights: dict[str, float] = field(default_factory=_default_gap_weights)


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
    """
    out = pd.DataFrame(index=units.index)
    out["population"] = units["population"].astype(float)
    frame = inst.assign(_access=access.values, _served=inst["people_served"].astype(float))
    for t in INSTITUTION_TYPES:
        sub = frame[frame["type"] == t]
        grouped = sub.groupby("unit_code")
        out[f"{t}_total"] = grouped.size().reindex(out.index).fillna(0).astype(float)
        out[f"{t}_access"] = grouped["_access"].sum().reindex(out.index).fillna(0).astype(float)
        out[f"{t}_people"] = grouped["_served"].sum().reindex(out.index).fillna(0.0)
        served_ok = sub[sub["_access"]].groupby("unit_code")["_served"].sum()
        out[f"{t}_people_access"] = served_ok.reindex(out.index).fillna(0.0)
    for g in groups:
        elig, no_dev, no_int = group_columns(g)
        out[elig] = units[elig].astype(float)
        out[no_dev] = units[no_dev].astype(float)
        out[no_int] = units[no_int].astype(float)
    return out


def _ratio(num: pd.Series | float, den: pd.Series | float) -> pd.Series | float:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(np.asarray(den) > 0, np.asarray(num) / np.asarray(den), np.nan)


def gaps_from_counts(counts: pd.DataFrame, groups: tuple[str, ...],
                     rules: AccessRules) -> pd.DataFrame:
    """Gap shares (0..1) and the combined index (0..100) for every row of `counts`.

    Institutional gap = people served by institutions without access / all people served
    (weighted across types); per type both by count (`school_gap`) and by people
    (`school_gap_people`). Household gap per dimension = Σ_g lacking / Σ_g eligible.
    Combined = 100 · Σ w_k gap_k / Σ w_k over the gaps that exist for the row.
    """
    out = pd.DataFrame(index=counts.index)
    people_total = sum(counts[f"{t}_people"] for t in INSTITUTION_TYPES)
    people_access = sum(counts[f"{t}_people_access"] for t in INSTITUTION_TYPES)
    for t in INSTITUTION_TYPES:
        total = counts[f"{t}_total"]
        out[f"{t}_coverage"] = _ratio(counts[f"{t}_access"], total)
        out[f"{t}_gap"] = 1.0 - out[f"{t}_coverage"]
        out[f"{t}_gap_people"] = 1.0 - _ratio(counts[f"{t}_people_access"], counts[f"{t}_people"])
    out["institutional_gap"] = 1.0 - _ratio(people_access, people_total)
    for dim, pos in (("device", 1), ("internet", 2)):
        lacking = sum(counts[group_columns(g)[pos]] for g in groups) if groups else 0.0
        eligible = sum(counts[group_columns(g)[0]] for g in groups) if groups else 0.0
        out[f"{dim}_gap"] = _ratio(lacking, eligible) if groups else np.nan
        for g in groups:
            out[f"{g}_{dim}_gap"] = _ratio(counts[group_columns(g)[pos]],
                                           counts[group_columns(g)[0]])
    w = rules.gap_weights
    parts = {"institutional": out["institutional_gap"], "device": out["device_gap"],
             "internet": out["internet_gap"]}
    num = pd.Series(0.0, index=out.index)
    den = pd.Series(0.0, index=out.index)
    for key, series in parts.items():
        s = pd.Series(series, index=out.index).astype(float)
        ok = s.notna()
        num = num + np.where(ok, s.fillna(0.0) * w.get(key, 0.0), 0.0)
        den = den + np.where(ok, w.get(key, 0.0), 0.0)
    out["combined_gap"] = 100.0 * _ratio(num, den)
    return out


def national_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """One-row frame with the national sums (index 'KZ')."""
    return counts.sum(numeric_only=True).to_frame("KZ").T


def weighted_gini(values: np.ndarray, weights: np.ndarray) -> float:
    """Population-weighted Gini coefficient of non-negative values (0 = equal).

    >>> round(weighted_gini(np.array([1.0, 1.0]), np.array([1.0, 3.0])), 6)
    0.0
    >>> round(weighted_gini(np.array([0.0, 1.0]), np.array([1.0, 1.0])), 6)
    0.5
    """
    ok = ~(np.isnan(values) | np.isnan(weights)) & (weights > 0)
    v, w = values[ok].astype(float), weights[ok].astype(float)
    if v.size == 0 or v.sum() == 0:
        return 0.0
    diff = np.abs(v[:, None] - v[None, :])
    mean = np.average(v, weights=w)
    return float((w[:, None] * w[None, :] * diff).sum() / (2.0 * w.sum() ** 2 * mean))


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
