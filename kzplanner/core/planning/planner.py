"""Front door of planning: one call from dataset and parameters to a projected result."""

from __future__ import annotations

from kzplanner.core.dataset import Dataset
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.planning.items import build_items
from kzplanner.core.planning.optimiser import solve_max_impact
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.proportional import solve_proportional
from kzplanner.core.planning.result import PlanResult, evaluate_plan


def make_plan(ds: Dataset, params: PlanParams, feedback: Feedback = SILENT) -> PlanResult:
    """Allocate the budget with `params.strategy` and project the gaps before → after.

    >>> from kzplanner.core.dataset import load_dataset
    >>> r = make_plan(load_dataset(), PlanParams(budget_kzt=1e9))
    >>> r.summary["spent"] <= 1e9
    True
    """
    params.validate()
    feedback.progress(0.0, "items")
    items = build_items(ds, params)
    feedback.progress(0.2, "solve")
    if params.strategy == "max_impact":
        counts, kits, info = solve_max_impact(items, params)
    else:
        counts, kits, info = solve_proportional(items, params)
    feedback.progress(0.8, "project")
    result = evaluate_plan(ds, params, items, counts, kits, info)
    feedback.progress(1.0, "done")
    return result
