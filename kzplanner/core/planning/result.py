"""Projection of a chosen allocation: before/after gaps, people reached, spending and its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kzplanner.core.catalogue import INSTITUTION_TYPES, group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.indicators import (
    disparity,
    gaps_from_counts,
    national_counts,
    subtract_gains,
    unit_counts,
)
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.lazy import pd

_EPS = 1e-6

# The measures a plan reports, each on its own; never added into one "people reached" figure.
MEASURE_COLUMNS: tuple[str, ...] = ("newly_with_device", "newly_with_internet",
                                    "institutions_connected", "people_served_by_kits")
# Whom an institution's "people served" are: students, catchment population, service population.
SERVED_AS: dict[str, str] = {"school": "students", "fap": "catchment",
                             "psc": "service_population"}


def allocation_by_measure(allocation: pd.DataFrame) -> pd.DataFrame:
    """The allocation lines with the people column split by measure (one column each).

    A device-voucher line fills newly_with_device, an internet-voucher line newly_with_internet,
    a kit line institutions_connected (its count) and people_served_by_kits; the other measure
    columns are 0, so a column total never adds unlike things.
    """
    out = allocation.drop(columns=["people"]).copy()
    inst = allocation["instrument"].to_numpy(dtype=object)
    people = allocation["people"].to_numpy(dtype=float)
    out["newly_with_device"] = np.where(inst == "device_voucher", people, 0.0)
    out["newly_with_internet"] = np.where(inst == "internet_voucher", people, 0.0)
    out["institutions_connected"] = np.where(inst == "kit",
                                             allocation["count"].to_numpy(dtype=float), 0.0)
    out["people_served_by_kits"] = np.where(inst == "kit", people, 0.0)
    return out


def _per(spent: float, amount: float) -> float | None:
    return spent / amount if amount > 0 else None


def internet_unit(vouchers: pd.DataFrame) -> str:
    """'households' when every internet line is capped by households without internet, 'people'
    when none is (persons), 'mixed' otherwise — what one internet voucher's gain counts."""
    if "cap_basis" not in vouchers:
        return "people"
    lines = vouchers["instrument"].to_numpy(dtype=object) == "internet_voucher"
    return _internet_unit(vouchers["cap_basis"].astype(str).to_numpy(dtype=object)[lines])


def _internet_unit(basis_of_lines: np.ndarray) -> str:
    if not len(basis_of_lines):
        return "people"
    basis = set(basis_of_lines)
    if basis == {"households"}:
        return "households"
    return "people" if "households" not in basis else "mixed"


def _total(values: np.ndarray, mask: np.ndarray | None = None) -> float:
    """Σ values[mask], missing values as 0 (pandas' Series.sum, the same order of addition)."""
    return float(np.nansum(values if mask is None else values[mask]))


def plan_measures(v: pd.DataFrame, kits: pd.DataFrame) -> dict[str, Any]:
    """Each measure on its own, with what was bought, what it achieved and ₸ per unit of it.

    `v`: the voucher items with count, cost_kzt and people (gain); `kits`: the kits bought.
    device: people newly with a device; internet: households (or people) newly with home
    internet; institutions: institutions newly with access, by type, with the people they serve.
    Over whole columns (numpy): a re-plan evaluates this on every budget change.
    """
    instrument = v["instrument"].to_numpy(dtype=object)
    count, cost = v["count"].to_numpy(dtype=float), v["cost_kzt"].to_numpy(dtype=float)
    people = v["people"].to_numpy(dtype=float)
    basis = v["cap_basis"].astype(str).to_numpy(dtype=object) if "cap_basis" in v else None
    out: dict[str, Any] = {}
    for key, name in (("device", "device_voucher"), ("internet", "internet_voucher")):
        mask = instrument == name
        spent, newly = _total(cost, mask), _total(people, mask)
        unit = "people" if key == "device" or basis is None else _internet_unit(basis[mask])
        entry: dict[str, Any] = {"vouchers": int(_total(count, mask)), "newly": newly,
                                 "unit": unit, "spent_kzt": spent,
                                 "kzt_per_unit": _per(spent, newly)}
        if key == "internet" and basis is not None:
            by_basis = {}
            for b, label in (("households", "households"), ("persons", "people")):
                sub = mask & (basis == b)
                if sub.any() and _total(count, sub) > 0:
                    b_spent, b_newly = _total(cost, sub), _total(people, sub)
                    by_basis[label] = {"vouchers": int(_total(count, sub)), "newly": b_newly,
                                       "spent_kzt": b_spent, "kzt_per_unit": _per(b_spent, b_newly)}
            if unit == "mixed":  # households and people are not added either
                entry["newly"] = None
                entry["kzt_per_unit"] = None
            entry["by_basis"] = by_basis
        out[key] = entry
    kind = kits["type"].to_numpy(dtype=object)
    k_cost = kits["cost_kzt"].to_numpy(dtype=float)
    served = kits["people_served"].to_numpy(dtype=float)
    spent = _total(k_cost)
    by_type = {}
    for t in INSTITUTION_TYPES:
        mask = kind == t
        t_spent, n = _total(k_cost, mask), int(np.count_nonzero(mask))
        by_type[t] = {"connected": n, "people_served": _total(served, mask),
                      "served_as": SERVED_AS[t], "spent_kzt": t_spent,
                      "kzt_per_unit": _per(t_spent, float(n))}
    out["institutions"] = {
        "connected": int(len(kits)), "newly": float(len(kits)), "unit": "institutions",
        "people_served": _total(served),
        "spent_kzt": spent, "kzt_per_unit": _per(spent, float(len(kits))), "by_type": by_type}
    if "package" in kits:
        out["institutions"]["by_package"] = {
            str(p): int(n) for p, n in kits["package"].value_counts().sort_index().items()}
    return out


def _area_columns(inst: pd.DataFrame) -> tuple[dict, dict, np.ndarray]:
    """Masks of each area (urban, rural) and each institution type, and the people served."""
    area = inst["area_type"].astype(str).str.lower().to_numpy(dtype=object)
    kind = inst["type"].to_numpy(dtype=object)
    return ({a: area == a for a in ("urban", "rural")},
            {t: kind == t for t in INSTITUTION_TYPES},
            np.nan_to_num(inst["people_served"].to_numpy(dtype=float)))


def gaps_by_area(ds: Dataset, access_before: pd.Series, access_after: pd.Series,
                 items: PlanItems | None = None) -> dict[str, dict[str, Any]]:
    """Institutional gap before → after for urban and rural institutions apart (the register's
    area_type), with schools' coverage and seed 002's targets for school internet access.

    {} when the register has no area_type. Institutional gap = people served by institutions
    without access / people served by all (of that area); coverage = with access / all, by count.
    """
    from kzplanner.core.monitoring import monitoring_indicator

    inst = ds.institutions
    if "area_type" not in inst or inst["area_type"].isna().all():
        return {}
    if items is None:
        areas, kinds, served = _area_columns(inst)
    else:  # the items belong to this dataset: computed once per items (a re-plan reuses them)
        cache = items.__dict__.setdefault("_column_cache", {})
        if "area" not in cache:
            cache["area"] = _area_columns(inst)
        areas, kinds, served = cache["area"]
    out: dict[str, dict[str, Any]] = {}
    for a in ("urban", "rural"):
        sel = areas[a]
        if not sel.any():
            continue
        entry: dict[str, Any] = {"institutions": int(sel.sum())}
        for when, acc in (("before", access_before), ("after", access_after)):
            has = np.asarray(acc, dtype=bool)
            people = served[sel].sum()
            entry[f"with_access_{when}"] = int((sel & has).sum())
            entry[f"institutional_gap_{when}"] = (
                float(1.0 - served[sel & has].sum() / people) if people > 0 else None)
            for t in INSTITUTION_TYPES:
                of_type = sel & kinds[t]
                n = int(of_type.sum())
                entry[f"{t}_total"] = n
                entry[f"{t}_coverage_{when}"] = (float((of_type & has).sum() / n)
                                                 if n else None)
        m = monitoring_indicator(f"school_internet_share_{a}")
        if m is not None:
            entry["school_indicator"] = m.id
            entry["school_reported"] = {str(y): v for y, v in m.baseline.items()}
            entry["school_targets"] = {str(y): v for y, v in m.targets.items()}
        out[a] = entry
    return out


def objective_of(params: PlanParams) -> dict[str, Any]:
    """What the strategy maximised and at which exchange rate (the combined index's weights)."""
    strategy = params.strategy
    kind = {"max_impact": "gap_index", "envelopes": "envelopes"}.get(strategy, "rule")
    out: dict[str, Any] = {"strategy": strategy, "kind": kind,
                           "weights": {k: float(v) for k, v in params.rules.gap_weights.items()},
                           "equity": float(params.equity)}
    shares = getattr(params, "envelope_shares", None)
    if kind == "envelopes" and shares:
        out["envelope_shares"] = {k: float(v) for k, v in shares.items()}
    return out


@dataclass(frozen=True)
class SolverInfo:
    """How the allocation was found: exact or rule-based, status, optimality gap, time."""

    method: str
    status: str = "optimal"
    optimal: bool = True
    mip_gap: float | None = 0.0
    seconds: float = 0.0
    objective: float | None = None


@dataclass
class PlanResult:
    """Everything a plan reports. Tables are indexed plainly; units by unit_code columns."""

    params: PlanParams
    allocation: pd.DataFrame  # unit_code, instrument, group, count, unit_cost_kzt, cost_kzt, people
    kits: pd.DataFrame  # institutions receiving a kit
    before: pd.DataFrame  # gaps per unit (index unit_code)
    after: pd.DataFrame
    counts_before: pd.DataFrame
    counts_after: pd.DataFrame
    national_before: pd.Series
    national_after: pd.Series
    summary: dict[str, Any] = field(default_factory=dict)
    solver: SolverInfo = field(default_factory=lambda: SolverInfo("none"))
    # The decision items the plan chose from (not saved; lets the window reuse them).
    items: PlanItems | None = field(default=None, repr=False, compare=False)
    # With settlements: per settlement (the layer's rows) and type, covered after the plan
    # and newly covered by its kits (core.settlements.plan.settlements_after), computed once
    # with the plan for the per-unit indicators, the map's symbols and the villages list.
    settlements_after: pd.DataFrame | None = field(default=None, repr=False, compare=False)

    def per_unit(self) -> pd.DataFrame:
        """Per unit: spending, each measure on its own and gaps before → after (one row per unit).

        The measures are never added together: newly_with_device (people), newly_with_internet
        (households or people, as summary["measures"]["internet"]["unit"] says),
        institutions_connected (and per type), people_served_by_kits (students, catchment and
        service population of the institutions connected).
        """
        by_measure = allocation_by_measure(self.allocation)
        out = pd.DataFrame(index=self.before.index)
        sums = by_measure.groupby("unit_code")[["cost_kzt", *MEASURE_COLUMNS]].sum()
        out["spent_kzt"] = sums["cost_kzt"].reindex(out.index).fillna(0.0)
        for col in MEASURE_COLUMNS:
            out[col] = sums[col].reindex(out.index).fillna(0.0)
        kits = self.allocation[self.allocation["instrument"] == "kit"]
        for t in INSTITUTION_TYPES:
            part = kits[kits["group"] == t].groupby("unit_code")["count"].sum()
            out[f"{t}_connected"] = part.reindex(out.index).fillna(0).astype(int)
        for col in ("combined_gap", "institutional_gap", "device_gap", "internet_gap"):
            out[f"{col}_before"] = self.before[col]
            out[f"{col}_after"] = self.after[col]
        out["combined_gap_change"] = out["combined_gap_after"] - out["combined_gap_before"]
        return out


def _unspent_reason(items: PlanItems, counts: np.ndarray, kit_mask: np.ndarray,
                    unspent: float, rule_based: bool, nothing_to_plan: bool = False) -> str:
    room = items.vouchers["max_count"].to_numpy() - counts
    costs_left = list(items.vouchers["unit_cost_kzt"].to_numpy()[room > 0])
    costs_left += list(items.kits["cost_kzt"].to_numpy()[~kit_mask])
    value_left = (np.nan_to_num(items.vouchers["value"].to_numpy()[room > 0]).sum()
                  + np.nan_to_num(items.kits["value"].to_numpy()[~kit_mask]).sum())
    if unspent < 1.0:
        return "none"
    if nothing_to_plan:
        return "no_data"  # no target group and no institution: nothing was ever plannable
    if not costs_left:
        return "need_exhausted"
    if value_left <= 0.0:
        return "no_value"  # what is left reaches nobody (e.g. the data give no population)
    if unspent < min(costs_left) - _EPS:
        return "indivisibility"
    return "strategy_rule" if rule_based else "constraint"


def evaluate_plan(ds: Dataset, params: PlanParams, items: PlanItems, voucher_counts: np.ndarray,
                  kit_mask: np.ndarray, solver: SolverInfo) -> PlanResult:
    """Project an allocation (counts per voucher item, kits chosen) onto the gaps.

    gain = τ_g · x (never above the cap, since x ≤ ⌊cap/τ⌋); kits give access to the people the
    institution serves. Issued vouchers are budgeted in full; expected unredeemed money is reported
    separately.
    """
    v = items.vouchers.copy()
    v["count"] = np.asarray(voucher_counts, dtype=float).round()
    v["cost_kzt"] = v["count"] * v["unit_cost_kzt"]
    v["people"] = np.minimum(v["count"] * v["takeup"], v["cap_people"])
    v["unredeemed_kzt"] = v["cost_kzt"] * (1.0 - v["takeup"])
    kits = items.kits[np.asarray(kit_mask, dtype=bool)].copy()

    alloc_v = v.loc[v["count"].to_numpy() > 0, ["unit_code", "instrument", "group", "count",
                                                "unit_cost_kzt", "cost_kzt", "people"]]
    if len(kits):
        by = kits.groupby(["unit_code", "type"], sort=True)
        kit_rows = pd.DataFrame({"count": by.size(), "cost_kzt": by["cost_kzt"].sum(),
                                 "people": by["people_served"].sum()}).reset_index()
        kit_rows["unit_cost_kzt"] = kit_rows["cost_kzt"] / kit_rows["count"]
        kit_rows = kit_rows.rename(columns={"type": "group"}).assign(instrument="kit")
    else:
        kit_rows = pd.DataFrame(columns=alloc_v.columns)
    allocation = pd.concat([alloc_v, kit_rows[alloc_v.columns]], ignore_index=True)
    allocation["count"] = allocation["count"].astype(int)
    allocation = allocation.sort_values(["unit_code", "instrument", "group"], kind="stable")
    allocation = allocation.reset_index(drop=True)

    # After: lacking minus gains; a gain also leaves every group its group is declared "of
    # which" (indicators.subtract_gains); kits give access.
    need_cols = ["population"] + [c for g in ds.groups for c in group_columns(g)]
    need_cols += [c for c in ("rural_population", "households") if c in ds.units.columns]
    units_after = pd.DataFrame({c: ds.units[c].to_numpy(dtype=float) for c in need_cols},
                               index=ds.units.index)
    units_after = subtract_gains(units_after, v, v["people"].to_numpy(dtype=float), ds.groups,
                                 params.rules)
    access_after = items.access.copy()
    access_after[ds.institutions["inst_id"].isin(set(kits["inst_id"])).values] = True
    counts_before = items.counts_before
    counts_after = unit_counts(units_after, ds.institutions, access_after, ds.groups)
    reached = None
    if items.settlements is not None:  # FAPs and PSCs count the coverage the kits reach
        from kzplanner.core.settlements.plan import coverage_counts, settlements_after

        reached = settlements_after(items.settlements, kits)
        counts_after = coverage_counts(counts_after, items.settlements, reached)
    before = items.gaps_before
    after = gaps_from_counts(counts_after, ds.groups, params.rules)
    nat_before = items.national_before
    nat_after = gaps_from_counts(national_counts(counts_after), ds.groups, params.rules).iloc[0]

    spent = float(allocation["cost_kzt"].sum())
    measures = plan_measures(v, kits)
    # Kept for readers of older summaries: each measure apart, never a total across them.
    instrument = v["instrument"].to_numpy(dtype=object)
    device, internet = instrument == "device_voucher", instrument == "internet_voucher"
    people = {"device": measures["device"]["newly"] or 0.0,
              "internet": _total(v["people"].to_numpy(dtype=float), internet),
              "institutional": measures["institutions"]["people_served"]}
    pop = ds.units["population"].astype(float)
    objective = objective_of(params)
    change = (before["combined_gap"] - after["combined_gap"]).astype(float)
    weights = pop.reindex(change.index).to_numpy(dtype=float)
    person_points = float(np.nansum(change.to_numpy() * weights))
    known = np.isfinite(change.to_numpy()) & np.isfinite(weights)
    objective["gap_reduction_person_points"] = person_points  # Σ_u P_u ΔG_u
    objective["gap_reduction_mean_points"] = (person_points / float(weights[known].sum())
                                              if weights[known].sum() > 0 else None)
    unspent = max(params.budget_kzt - spent, 0.0)
    count = v["count"].to_numpy(dtype=float)
    alloc_instrument = allocation["instrument"].to_numpy(dtype=object)
    alloc_cost = allocation["cost_kzt"].to_numpy(dtype=float)
    kit_type = kits["type"].to_numpy(dtype=object)
    summary: dict[str, Any] = {
        "strategy": params.strategy,
        "budget": params.budget_kzt,
        "spent": spent,
        "unspent": unspent,
        "unspent_reason": _unspent_reason(items, count, np.asarray(kit_mask,
                                          dtype=bool), unspent, solver.method != "milp",
                                          items.vouchers.empty and ds.institutions.empty),
        "spent_by_instrument": {
            k: _total(alloc_cost, alloc_instrument == k)
            for k in ("device_voucher", "internet_voucher", "kit")},
        "vouchers_issued": {"device": int(_total(count, device)),
                            "internet": int(_total(count, internet))},
        "kits": int(len(kits)),
        "kits_by_type": {t: int(np.count_nonzero(kit_type == t)) for t in ("school", "fap", "psc")},
        "measures": measures,
        "objective": objective,
        "people_newly_with_access": people,
        "expected_unredeemed_kzt": float(v["unredeemed_kzt"].sum()),
        "vouchers_past_cap": 0,
        "combined_gap_before": float(nat_before["combined_gap"]),
        "combined_gap_after": float(nat_after["combined_gap"]),
        "gaps_before": {k: float(nat_before[k]) for k in ("institutional_gap", "device_gap",
                                                          "internet_gap")},
        "gaps_after": {k: float(nat_after[k]) for k in ("institutional_gap", "device_gap",
                                                        "internet_gap")},
        "disparity_before": disparity(before, pop),
        "disparity_after": disparity(after, pop),
        "gaps_by_area": gaps_by_area(ds, items.access, access_after, items),
        "value_basis": {str(k): int(n) for k, n in
                        kits.get("value_basis", pd.Series(dtype=object)).value_counts().items()},
        "solver": {"method": solver.method, "status": solver.status, "optimal": solver.optimal,
                   "mip_gap": solver.mip_gap, "seconds": round(solver.seconds, 3)},
    }
    if items.settlements is not None:
        from kzplanner.core.settlements.plan import plan_coverage, with_settlement_indicators

        summary["settlements"] = plan_coverage(items.settlements, kits)
        after = with_settlement_indicators(after, items.settlements, reached)
    return PlanResult(items=items, params=params, allocation=allocation,
                      kits=kits.reset_index(drop=True),
                      before=before, after=after, counts_before=counts_before,
                      counts_after=counts_after, national_before=nat_before,
                      national_after=nat_after, summary=summary, solver=solver,
                      settlements_after=reached)
