"""Front door of planning: one call from dataset and parameters to a projected result."""

from __future__ import annotations

from kzplanner.core.dataset import Dataset
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.optimiser import solve_envelopes, solve_max_impact
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.result import PlanResult, evaluate_plan
from kzplanner.core.planning.rules import (
    eligible_people,
    solve_equal,
    solve_proportional,
    solve_worst_first,
)
from kzplanner.core.planning.unit_gaps import combined_gap_function


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
