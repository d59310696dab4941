"""Front door of planning: one call from dataset and parameters to a projected result."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kzplanner.core.dataset import Dataset
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.optimiser import item_unit, solve_max_impact
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.result import PlanResult, evaluate_plan
from kzplanner.core.planning.rules import (
    eligible_people,
    solve_equal,
    solve_proportional,
    solve_worst_first,
)
from kzplanner.lazy import pd


def combined_gap_function(ds: Dataset, params: PlanParams,
                          items: PlanItems) -> Callable[[np.ndarray], pd.Series]:
    """Fast per-unit combined gap after counts x (vouchers then kits), for worst-first steps.

    Same formula as indicators.gaps_from_counts, updated by vectors instead of re-counting.
    """
    units = list(ds.units.index)
    pos = {u: i for i, u in enumerate(units)}
    col_unit = np.array([pos[u] for u in item_unit(items)], dtype=int)
    n_v = len(items.vouchers)
    counts = items.counts_before
    people_total = sum(counts[f"{t}_people"] for t in ("school", "fap", "psc")).to_numpy(float)
    people_access = sum(counts[f"{t}_people_access"] for t in ("school", "fap", "psc")).to_numpy(
        float)
    dim = items.vouchers["dimension"].to_numpy(dtype=object)
    takeup = items.vouchers["takeup"].to_numpy(float)
    served = items.kits["people_served"].to_numpy(float)
    lacking, eligible = {}, {}
    for d, k in (("device", 1), ("internet", 2)):
        lacking[d] = sum(counts[f"{g}_{'no_device' if k == 1 else 'no_internet'}"]
                         for g in ds.groups).to_numpy(float) if ds.groups else np.zeros(len(units))
        eligible[d] = sum(counts[f"{g}_eligible"] for g in ds.groups).to_numpy(
            float) if ds.groups else np.zeros(len(units))
    w = params.rules.gap_weights
    n_units = len(units)

    def gaps(x: np.ndarray) -> pd.Series:
        gain_kit = np.bincount(col_unit[n_v:], weights=served * x[n_v:], minlength=n_units)
        with np.errstate(divide="ignore", invalid="ignore"):
            parts = [(w.get("institutional", 0.0),
                      np.where(people_total > 0, 1 - (people_access + gain_kit) / people_total,
                               np.nan))]
            for d in ("device", "internet"):
                sel = dim == d
                gain = np.bincount(col_unit[:n_v][sel], weights=takeup[sel] * x[:n_v][sel],
                                   minlength=n_units)
                parts.append((w.get(d, 0.0), np.where(eligible[d] > 0,
                                                      (lacking[d] - gain) / eligible[d], np.nan)))
        num = sum(np.nan_to_num(v) * wt for wt, v in parts)
        den = sum(np.where(np.isnan(v), 0.0, wt) for wt, v in parts)
        with np.errstate(divide="ignore", invalid="ignore"):
            return pd.Series(np.where(den > 0, 100.0 * num / den, np.nan), index=units)

    return gaps


def make_plan(ds: Dataset, params: PlanParams, feedback: Feedback = SILENT,
              items: PlanItems | None = None) -> PlanResult:
    """Allocate the budget with `params.strategy` and project the gaps before → after.

    `items` may be passed when only the budget or limits changed (they depend on the dataset,
    costs, take-up, weights and equity).

    >>> from kzplanner.core.dataset import load_dataset
    >>> r = make_plan(load_dataset(), PlanParams(budget_kzt=1e9))
    >>> r.summary["spent"] <= 1e9
    True
    """
    params.validate()
    feedback.progress(0.0, "items")
    if items is None:
        items = build_items(ds, params)
    feedback.progress(0.2, "solve")
    if params.strategy == "max_impact":
        counts, kits, info = solve_max_impact(items, params)
    elif params.strategy == "proportional":
        counts, kits, info = solve_proportional(items, params)
    elif params.strategy == "equal":
        counts, kits, info = solve_equal(items, params, eligible_people(ds))
    else:
        counts, kits, info = solve_worst_first(items, params,
                                               combined_gap_function(ds, params, items))
    feedback.progress(0.8, "project")
    result = evaluate_plan(ds, params, items, counts, kits, info)
    feedback.progress(1.0, "done")
    return result
