"""Projection of a chosen allocation: before/after gaps, people reached, spending and its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kzplanner.core.catalogue import group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.indicators import (
    disparity,
    gaps_from_counts,
    national_counts,
    unit_counts,
)
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.lazy import pd

_EPS = 1e-6


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

    def per_unit(self) -> pd.DataFrame:
        """Per-unit spending, people reached and gaps before → after (one row per unit)."""
        alloc = self.allocation.groupby("unit_code")[["cost_kzt", "people"]].sum()
        out = pd.DataFrame(index=self.before.index)
        out["spent_kzt"] = alloc["cost_kzt"].reindex(out.index).fillna(0.0)
        out["people_newly_with_access"] = alloc["people"].reindex(out.index).fillna(0.0)
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

    alloc_v = v[v["count"] > 0][["unit_code", "instrument", "group", "count", "unit_cost_kzt",
                                 "cost_kzt", "people"]]
    if len(kits):
        kit_rows = kits.groupby(["unit_code", "type"], sort=True).agg(
            count=("inst_id", "size"), cost_kzt=("cost_kzt", "sum"),
            people=("people_served", "sum")).reset_index()
        kit_rows["unit_cost_kzt"] = kit_rows["cost_kzt"] / kit_rows["count"]
        kit_rows = kit_rows.rename(columns={"type": "group"}).assign(instrument="kit")
    else:
        kit_rows = pd.DataFrame(columns=alloc_v.columns)
    allocation = pd.concat([alloc_v, kit_rows[alloc_v.columns]], ignore_index=True)
    allocation["count"] = allocation["count"].astype(int)
    allocation = allocation.sort_values(["unit_code", "instrument", "group"], kind="stable")
    allocation = allocation.reset_index(drop=True)

    # After: lacking minus gains (vectorised per statistics column); kits give access.
    need_cols = ["population"] + [c for g in ds.groups for c in group_columns(g)]
    units_after = pd.DataFrame({c: ds.units[c].to_numpy(dtype=float) for c in need_cols},
                               index=ds.units.index)
    unit_pos = pd.Index(ds.units.index).get_indexer(v["unit_code"])
    lacking_col = np.where(v["instrument"].to_numpy(dtype=object) == "device_voucher",
                           v["group"].astype(str) + "_no_device",
                           v["group"].astype(str) + "_no_internet")
    gained = v["people"].to_numpy(dtype=float)
    n_units = len(ds.units.index)
    for col in np.unique(lacking_col):
        sel = lacking_col == col
        units_after[col] = units_after[col].to_numpy() - np.bincount(
            unit_pos[sel], weights=gained[sel], minlength=n_units)
    access_after = items.access.copy()
    access_after[ds.institutions["inst_id"].isin(set(kits["inst_id"])).values] = True
    counts_before = items.counts_before
    counts_after = unit_counts(units_after, ds.institutions, access_after, ds.groups)
    before = items.gaps_before
    after = gaps_from_counts(counts_after, ds.groups, params.rules)
    nat_before = gaps_from_counts(national_counts(counts_before), ds.groups, params.rules).iloc[0]
    nat_after = gaps_from_counts(national_counts(counts_after), ds.groups, params.rules).iloc[0]

    spent = float(allocation["cost_kzt"].sum())
    people = {
        "device": float(v.loc[v["instrument"] == "device_voucher", "people"].sum()),
        "internet": float(v.loc[v["instrument"] == "internet_voucher", "people"].sum()),
        "institutional": float(kits["people_served"].sum()),
    }
    people["total"] = sum(people.values())
    pop = ds.units["population"].astype(float)
    unspent = max(params.budget_kzt - spent, 0.0)
    summary: dict[str, Any] = {
        "strategy": params.strategy,
        "budget": params.budget_kzt,
        "spent": spent,
        "unspent": unspent,
        "unspent_reason": _unspent_reason(items, v["count"].to_numpy(), np.asarray(kit_mask,
                                          dtype=bool), unspent, solver.method != "milp",
                                          items.vouchers.empty and ds.institutions.empty),
        "spent_by_instrument": {
            k: float(allocation.loc[allocation["instrument"] == k, "cost_kzt"].sum())
            for k in ("device_voucher", "internet_voucher", "kit")},
        "vouchers_issued": {
            "device": int(v.loc[v["instrument"] == "device_voucher", "count"].sum()),
            "internet": int(v.loc[v["instrument"] == "internet_voucher", "count"].sum())},
        "kits": int(len(kits)),
        "kits_by_type": {t: int((kits["type"] == t).sum()) for t in ("school", "fap", "psc")},
        "people_newly_with_access": people,
        "cost_per_person": spent / people["total"] if people["total"] > 0 else None,
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
        "solver": {"method": solver.method, "status": solver.status, "optimal": solver.optimal,
                   "mip_gap": solver.mip_gap, "seconds": round(solver.seconds, 3)},
    }
    return PlanResult(items=items, params=params, allocation=allocation,
                      kits=kits.reset_index(drop=True),
                      before=before, after=after, counts_before=counts_before,
                      counts_after=counts_after, national_before=nat_before,
                      national_after=nat_after, summary=summary, solver=solver)
