"""The decision items of a plan: voucher lines (unit × group × instrument) and candidate kits."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kzplanner.core.catalogue import group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.indicators import (
    gaps_from_counts,
    institution_access,
    unit_counts,
)
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.lazy import pd

_EPS = 1e-9


@dataclass(frozen=True)
class PlanItems:
    """Vouchers and kits the strategies choose from, with their costs, caps and values.

    vouchers: unit_code, instrument, group, unit_cost_kzt, takeup, cap_people, max_count, value
      (max_count = ⌊cap / τ⌋ so that no issued voucher is wasted past the cap);
    kits: the institutions without access: inst_id, name, type, unit_code, area_type,
      people_served, cost_kzt, value, lat, lon.
    equity_weight: w_u per unit; access: access before, per institution row of the dataset.
    """

    vouchers: pd.DataFrame
    kits: pd.DataFrame
    equity_weight: pd.Series
    access: pd.Series
    counts_before: pd.DataFrame
    gaps_before: pd.DataFrame


# The parameters build_items reads; the others (budget, strategy, limits, solver settings,
# proportional shares) leave the items as they are, so a re-plan after changing only those may
# reuse them.
ITEM_FIELDS = ("equity", "costs", "takeup", "default_takeup", "priority", "value_weights",
               "rules")


def same_items(a: PlanParams, b: PlanParams) -> bool:
    """True when build_items gives the same items under `a` and `b` (for the same dataset)."""
    return all(getattr(a, f) == getattr(b, f) for f in ITEM_FIELDS)


def equity_weights(combined_gap: pd.Series, equity: float) -> pd.Series:
    """w_u = (G_u / mean G)^λ; units without a gap value get weight 1.

    >>> equity_weights(pd.Series([10.0, 30.0]), 1.0).round(2).tolist()
    [0.5, 1.5]
    """
    g = combined_gap.astype(float)
    mean = g.mean(skipna=True)
    if equity == 0 or not mean or np.isnan(mean):
        return pd.Series(1.0, index=g.index)
    w = (g / mean).clip(lower=0.0) ** equity
    return w.fillna(1.0)


def build_items(ds: Dataset, params: PlanParams) -> PlanItems:
    access = institution_access(ds.institutions, params.rules)
    counts = unit_counts(ds.units, ds.institutions, access, ds.groups)
    gaps = gaps_from_counts(counts, ds.groups, params.rules)
    w_u = equity_weights(gaps["combined_gap"], params.equity)
    avail = ds.units["network_coverage_share"].astype(float).fillna(1.0).clip(0.0, 1.0)
    alpha = params.value_weights
    rows = []
    for g in ds.groups:
        _, no_dev, no_int = group_columns(g)
        tau = params.takeup_of(g)
        beta = params.priority.get(g, 1.0)
        for instrument, col, dim in (("device_voucher", no_dev, "device"),
                                     ("internet_voucher", no_int, "internet")):
            need = ds.units[col].astype(float).fillna(0.0).clip(lower=0.0)
            cap = need if dim == "device" else need * avail
            frame = pd.DataFrame({
                "unit_code": ds.units.index, "instrument": instrument, "group": g,
                "dimension": dim,
                "unit_cost_kzt": params.costs.voucher_cost(instrument), "takeup": tau,
                "cap_people": cap.values,
                "max_count": np.floor(cap.values / tau + _EPS),
                "value": (w_u * alpha.get(dim, 1.0) * beta * tau).values,
            })
            rows.append(frame)
    vouchers = (pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(
        columns=["unit_code", "instrument", "group", "dimension", "unit_cost_kzt", "takeup",
                 "cap_people", "max_count", "value"]))
    vouchers = vouchers.sort_values(["unit_code", "instrument", "group"], kind="stable")
    vouchers = vouchers.reset_index(drop=True)
    inst = ds.institutions[~access.values].copy()
    given = inst["kit_cost"].astype(float)
    catalogue = [params.costs.kit_cost(t, a) for t, a in zip(inst["type"], inst["area_type"],
                                                              strict=True)]
    inst["cost_kzt"] = np.where(given.notna(), given, catalogue)
    inst["value"] = (inst["unit_code"].map(w_u).astype(float)
                     * inst["type"].map(lambda t: alpha.get(t, 1.0)).astype(float)
                     * inst["people_served"].astype(float).fillna(0.0))
    kits = inst[["inst_id", "name", "type", "unit_code", "area_type", "people_served",
                 "cost_kzt", "value", "lat", "lon"]].reset_index(drop=True)
    return PlanItems(vouchers=vouchers, kits=kits, equity_weight=w_u, access=access,
                     counts_before=counts, gaps_before=gaps)
