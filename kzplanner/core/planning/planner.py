"""Front door of planning: one call from dataset and parameters to a projected result."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kzplanner.core.catalogue import group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.indicators import gap_arrays, parent_chain
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.optimiser import item_unit, solve_envelopes, solve_max_impact
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

    Same formula as indicators.gaps_from_counts (gap_arrays on the before counts, updated by
    vectors instead of re-counting): a voucher's expected gain leaves its group's lacking people
    and those of every group it is "of which"; a kit gives its institution access.
    """
    units = list(ds.units.index)
    pos = {u: i for i, u in enumerate(units)}
    col_unit = np.array([pos[u] for u in item_unit(items)], dtype=int)
    n_v = len(items.vouchers)
    n_units = len(units)
    base = {c: items.counts_before[c].to_numpy(dtype=float) for c in items.counts_before.columns}
    takeup = items.vouchers["takeup"].to_numpy(float)
    served = np.nan_to_num(items.kits["people_served"].to_numpy(float))
    kit_type = items.kits["type"].to_numpy(dtype=object)
    # Per statistics column of lacking people, the voucher columns whose gain it loses.
    reduce: dict[str, np.ndarray] = {}
    groups = items.vouchers["group"].to_numpy(dtype=object)
    dims = items.vouchers["dimension"].to_numpy(dtype=object)
    for g in ds.groups:
        for dim, k in (("device", 1), ("internet", 2)):
            sel = (groups == g) & (dims == dim)
            for h in parent_chain(g, ds.groups, params.rules):
                col = group_columns(h)[k]
                reduce[col] = reduce.get(col, np.zeros(n_v, dtype=bool)) | sel
    kit_cols = {t: kit_type == t for t in ("school", "fap", "psc")}
    rules = params.rules

    def gaps(x: np.ndarray) -> pd.Series:
        c = dict(base)
        xv, xk = x[:n_v], x[n_v:]
        for col, sel in reduce.items():
            c[col] = base[col] - np.bincount(col_unit[:n_v][sel], weights=takeup[sel] * xv[sel],
                                             minlength=n_units)
        for t, sel in kit_cols.items():
            c[f"{t}_access"] = base[f"{t}_access"] + np.bincount(
                col_unit[n_v:][sel], weights=xk[sel], minlength=n_units)
            c[f"{t}_people_access"] = base[f"{t}_people_access"] + np.bincount(
                col_unit[n_v:][sel], weights=served[sel] * xk[sel], minlength=n_units)
        return pd.Series(gap_arrays(c, ds.groups, rules)["combined_gap"], index=units)

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
    envelopes = None
    if params.strategy == "max_impact":
        counts, kits, info = solve_max_impact(items, params)
    elif params.strategy == "envelopes":
        counts, kits, info, envelopes = solve_envelopes(items, params)
    elif params.strategy == "proportional":
        counts, kits, info = solve_proportional(items, params)
    elif params.strategy == "equal":
        counts, kits, info = solve_equal(items, params, eligible_people(ds))
    else:
        counts, kits, info = solve_worst_first(items, params,
                                               combined_gap_function(ds, params, items))
    feedback.progress(0.8, "project")
    result = evaluate_plan(ds, params, items, counts, kits, info)
    # Envelopes: each programme's budget, spending, unspent money and why (optimiser.Envelope).
    result.envelopes = envelopes  # type: ignore[attr-defined]
    feedback.progress(1.0, "done")
    return result
