"""Coverage, gaps and disparity per unit, per oblast and nationally, from counts and a register."""

from __future__ import annotations

import numpy as np

from kzplanner.core.access_rules import AccessRules
from kzplanner.core.catalogue import DIMENSIONS, INSTITUTION_TYPES, group_columns
from kzplanner.lazy import pd

NEEDS: tuple[str, ...] = ("lacks_connection", "lacks_equipment", "lacks_licences")

# Statistics columns a group may be bounded by (AccessRules.group_bound), carried into the counts.
BOUND_COLUMNS: tuple[str, ...] = ("rural_population", "households")


def access_needs(inst: pd.DataFrame, rules: AccessRules) -> pd.DataFrame:
    """What each institution lacks for access as seed 000 defines it (one bool column each):

    lacks_connection: not connected, or connected below the type's benchmark speed (a row with
    a speed but no yes/no column is judged by its speed alone); lacks_equipment / lacks_licences:
    the register says has_equipment / has_licences = no. An empty cell, or a register without
    the column, is not counted as lacking (nothing is known against it).
    """
    kinds = rules.benchmarks_mbps
    bench = np.append(np.array(list(kinds.values()), dtype=float), np.nan)[
        pd.Index(list(kinds)).get_indexer(inst["type"])]  # -1 (no benchmark): NaN
    speed = inst["download_mbps"].astype(float).to_numpy()
    with np.errstate(invalid="ignore"):
        fast = speed >= bench  # NaN on either side: False
    fast_enough = np.isnan(speed) | fast
    # the flags are True / False / None (NaN where a frame made them float): tested value by
    # value in one list pass each (Series.map with a lambda took ~0.3 s at 200,000 rows)
    connected = inst["connected"].to_numpy(dtype=object).tolist()
    flag = np.array([v is True for v in connected], dtype=bool)
    unknown = np.array([v is None or (isinstance(v, float) and v != v) for v in connected],
                       dtype=bool)
    by_speed = ~np.isnan(speed) & fast
    linked = (flag & fast_enough) | (unknown & by_speed)

    def said_no(col: str) -> np.ndarray:
        if col not in inst:
            return np.zeros(len(inst), dtype=bool)
        return np.array([v is False or (isinstance(v, (bool, np.bool_)) and not bool(v))
                         for v in inst[col].to_numpy(dtype=object).tolist()], dtype=bool)

    return pd.DataFrame({"lacks_connection": ~linked,
                         "lacks_equipment": said_no("has_equipment"),
                         "lacks_licences": said_no("has_licences")}, index=inst.index)


def institution_access(inst: pd.DataFrame, rules: AccessRules) -> pd.Series:
    """True where an institution has access: connected at the type's benchmark speed and, where
    the register says so, equipped and licensed (seed 000: connectivity without equipment is not
    access). What is missing rides along in `attrs["needs"]` (access_needs), for unit_counts.
    """
    needs = access_needs(inst, rules)
    access = ~needs.any(axis=1)
    access.attrs["needs"] = needs
    return access.astype(bool)


def unit_counts(units: pd.DataFrame, inst: pd.DataFrame, access: pd.Series,
                groups: tuple[str, ...], needs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Additive counts per unit: institutions and people by access, what the institutions
    without access lack (`{t}_lacking_connection`, `{t}_lacking_equipment` = equipment or
    licences), target-group need.

    `needs` (access_needs) defaults to the one `institution_access` attached to `access`; an
    institution with access lacks nothing, whatever `needs` says (a kit supplies every part).
    These sum to oblast and national totals; `gaps_from_counts` turns any such row into ratios.
    Vectorised with bincount over unit positions: it runs on every re-plan.
    """
    n = len(units.index)
    pos = pd.Index(units.index).get_indexer(inst["unit_code"])
    inside = pos >= 0
    kind = inst["type"].to_numpy(dtype=object)
    has = np.asarray(access, dtype=bool)
    if needs is None:
        needs = access.attrs.get("needs") if hasattr(access, "attrs") else None
    if needs is not None and len(needs) == len(has):
        no_link = needs["lacks_connection"].to_numpy(dtype=bool) & ~has
        no_kit = (needs["lacks_equipment"].to_numpy(dtype=bool)
                  | needs["lacks_licences"].to_numpy(dtype=bool)) & ~has
    else:
        no_link, no_kit = ~has, np.zeros(has.size, dtype=bool)
    served = inst["people_served"].to_numpy(dtype=float)
    served = np.where(np.isnan(served), 0.0, served)
    data: dict[str, np.ndarray] = {"population": units["population"].to_numpy(dtype=float)}
    for col in BOUND_COLUMNS:
        if col in units:
            data[col] = units[col].to_numpy(dtype=float)
    for t in INSTITUTION_TYPES:
        sel = inside & (kind == t)
        ok = sel & has
        data[f"{t}_total"] = np.bincount(pos[sel], minlength=n).astype(float)
        data[f"{t}_access"] = np.bincount(pos[ok], minlength=n).astype(float)
        data[f"{t}_people"] = np.bincount(pos[sel], weights=served[sel], minlength=n)
        data[f"{t}_people_access"] = np.bincount(pos[ok], weights=served[ok], minlength=n)
        data[f"{t}_lacking_connection"] = np.bincount(pos[sel & no_link], minlength=n).astype(
            float)
        data[f"{t}_lacking_equipment"] = np.bincount(pos[sel & no_kit], minlength=n).astype(
            float)
    for g in groups:
        for col in group_columns(g):
            data[col] = units[col].to_numpy(dtype=float)
    return pd.DataFrame(data, index=units.index)


def _ratio(num: np.ndarray | float, den: np.ndarray | float) -> np.ndarray:
    num_a, den_a = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den_a > 0, num_a / np.where(den_a > 0, den_a, 1.0), np.nan)


def top_groups(groups: tuple[str, ...], rules: AccessRules) -> tuple[str, ...]:
    """The groups not declared "of which" another loaded group: their people add up.

    >>> top_groups(("pwd", "elderly_with_disabilities", "hs_students"), AccessRules())
    ('pwd', 'hs_students')
    """
    return tuple(g for g in groups if rules.group_part_of.get(g) not in groups)


def parent_chain(group: str, groups: tuple[str, ...], rules: AccessRules) -> list[str]:
    """`group` and every loaded group it is "of which", innermost first (a cycle stops)."""
    chain = [group]
    parent = rules.group_part_of.get(group)
    while parent in groups and parent not in chain:
        chain.append(parent)
        parent = rules.group_part_of.get(parent)
    return chain


def children_of(group: str, groups: tuple[str, ...], rules: AccessRules) -> list[str]:
    """The loaded groups declared directly "of which" `group`."""
    return [g for g in groups if g != group and rules.group_part_of.get(g) == group]


def group_totals(c: dict[str, np.ndarray], groups: tuple[str, ...],
                 rules: AccessRules) -> dict[str, np.ndarray]:
    """Eligible and lacking people per group and in total, counted once.

    Per group: eligible ≤ the column it is bounded by (`group_bound`, default population),
    lacking ≤ eligible. Totals add the groups that are "of which" no other loaded group (a
    child's people are already in its parent's) and never exceed the population: keys
    `eligible` and `lacking_device` / `lacking_internet`, and per group `{g}_eligible`,
    `{g}_no_device`, `{g}_no_internet` (clipped).
    """
    rows = len(next(iter(c.values()))) if c else 0
    pop = c.get("population", np.full(rows, np.nan))
    out: dict[str, np.ndarray] = {}
    for g in groups:
        elig_col, dev_col, int_col = group_columns(g)
        bound = c.get(rules.group_bound.get(g, "population"), pop)
        eligible = np.fmin(np.asarray(c[elig_col], dtype=float), bound)
        out[elig_col] = eligible
        out[dev_col] = np.fmin(np.asarray(c[dev_col], dtype=float), eligible)
        out[int_col] = np.fmin(np.asarray(c[int_col], dtype=float), eligible)
    top = top_groups(groups, rules)
    if top:
        total = np.fmin(sum(out[group_columns(g)[0]] for g in top), pop)
        out["eligible"] = total
        for dim, k in (("device", 1), ("internet", 2)):
            out[f"lacking_{dim}"] = np.fmin(sum(out[group_columns(g)[k]] for g in top), total)
    else:
        out["eligible"] = np.full(rows, np.nan)
        out["lacking_device"] = out["lacking_internet"] = np.full(rows, np.nan)
    return out


def subtract_gains(table: pd.DataFrame, vouchers: pd.DataFrame, gained: np.ndarray,
                   groups: tuple[str, ...], rules: AccessRules) -> pd.DataFrame:
    """`table` (per unit, with the groups' lacking columns) after the voucher lines' gains.

    A line's gain (people newly with a device or internet) leaves its own group's lacking
    people and those of every group it is declared "of which" (a person of the child group is a
    person of the parent group too). `vouchers`: unit_code, group, dimension (or instrument),
    one row per entry of `gained`. Returns a copy; units not in `table` are ignored.
    """
    out = table.copy()
    if not len(vouchers):
        return out
    pos = pd.Index(out.index).get_indexer(vouchers["unit_code"])
    inside = pos >= 0
    gained = np.nan_to_num(np.asarray(gained, dtype=float))
    dims = (vouchers["dimension"] if "dimension" in vouchers
            else vouchers["instrument"].map({"device_voucher": "device",
                                             "internet_voucher": "internet"}))
    dims = dims.to_numpy(dtype=object)
    kinds = vouchers["group"].to_numpy(dtype=object)
    n = len(out.index)
    for g in pd.unique(kinds):
        for dim, k in (("device", 1), ("internet", 2)):
            sel = inside & (kinds == g) & (dims == dim)
            if not sel.any():
                continue
            loss = np.bincount(pos[sel], weights=gained[sel], minlength=n)
            for h in parent_chain(str(g), groups, rules):
                col = group_columns(h)[k]
                if col in out:
                    out[col] = out[col].to_numpy(dtype=float) - loss
    return out


def gap_arrays(c: dict[str, np.ndarray], groups: tuple[str, ...],
               rules: AccessRules) -> dict[str, np.ndarray]:
    """gaps_from_counts on a dict of count arrays (the planner updates such arrays in steps)."""
    out: dict[str, np.ndarray] = {}
    people_total = sum(c[f"{t}_people"] for t in INSTITUTION_TYPES)
    people_access = sum(c[f"{t}_people_access"] for t in INSTITUTION_TYPES)
    for t in INSTITUTION_TYPES:
        out[f"{t}_coverage"] = _ratio(c[f"{t}_access"], c[f"{t}_total"])
        out[f"{t}_gap"] = 1.0 - out[f"{t}_coverage"]
        out[f"{t}_gap_people"] = 1.0 - _ratio(c[f"{t}_people_access"], c[f"{t}_people"])
        for part in ("connection", "equipment"):
            key = f"{t}_lacking_{part}"
            if key in c:
                out[f"{t}_gap_{part}"] = _ratio(c[key], c[f"{t}_total"])
    out["institutional_gap"] = 1.0 - _ratio(people_access, people_total)
    totals = group_totals(c, groups, rules)
    for dim, pos in (("device", 1), ("internet", 2)):
        out[f"{dim}_gap"] = _ratio(totals[f"lacking_{dim}"], totals["eligible"])
        for g in groups:
            out[f"{g}_{dim}_gap"] = _ratio(totals[group_columns(g)[pos]],
                                           totals[group_columns(g)[0]])
    w = rules.gap_weights
    rows = len(people_total) if np.ndim(people_total) else 1
    num = np.zeros(rows)
    den = np.zeros(rows)
    for key in GAP_KEYS:
        part = out[f"{key}_gap"]
        ok = ~np.isnan(part)
        num += np.where(ok, np.nan_to_num(part) * w.get(key, 0.0), 0.0)
        den += np.where(ok, w.get(key, 0.0), 0.0)
    out["combined_gap"] = 100.0 * _ratio(num, den)
    return out


GAP_KEYS: tuple[str, ...] = ("institutional", "device", "internet")


def gaps_from_counts(counts: pd.DataFrame, groups: tuple[str, ...],
                     rules: AccessRules) -> pd.DataFrame:
    """Gap shares (0..1) and the combined index (0..100) for every row of `counts`.

    Institutional gap = people served by institutions without access / all people served
    (weighted across types; with settlements FAPs and PSCs count coverage instead:
    settlements.plan.coverage_counts); per type both by count (`school_gap`) and by people
    (`school_gap_people`), and what is missing (`school_gap_connection`, `school_gap_equipment`:
    shares of the type's institutions lacking a connection at the benchmark, lacking equipment
    or licences; one institution may lack both). Household gap per dimension = lacking /
    eligible over the target groups, each person counted once (group_totals).
    Combined = 100 · Σ w_k gap_k / Σ w_k over the gaps that exist for the row.
    """
    c = {col: counts[col].to_numpy(dtype=float) for col in counts.columns}
    return pd.DataFrame(gap_arrays(c, groups, rules), index=counts.index)


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


__all__ = ["AccessRules", "DIMENSIONS", "access_needs", "disparity", "gap_arrays",
           "gaps_from_counts", "group_totals", "institution_access", "national_counts",
           "parent_chain", "subtract_gains", "top_groups", "unit_counts", "weighted_gini"]
