"""The impact-versus-budget curve and the marginal value of the next million tenge."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzplanner.core.dataset import Dataset
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.planning.items import build_items
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.planner import make_plan

NEXT_MILLION_KZT = 1_000_000.0


def budget_curve(ds: Dataset, params: PlanParams, points: int = 11,
                 feedback: Feedback = SILENT) -> pd.DataFrame:
    """People newly with access and the combined gap after, for budgets 0 … 2B (`points` steps).

    Columns: budget, spent, people_total, people_device, people_internet, people_institutional,
    combined_gap_after.
    """
    items = build_items(ds, params)
    rows = []
    budgets = np.linspace(0.0, 2.0 * params.budget_kzt, points)
    for i, budget in enumerate(budgets):
        feedback.progress(i / len(budgets), "curve")
        r = make_plan(ds, params.with_changes(budget_kzt=float(budget)), items=items)
        people = r.summary["people_newly_with_access"]
        rows.append({"budget": float(budget), "spent": r.summary["spent"],
                     "people_total": people["total"], "people_device": people["device"],
                     "people_internet": people["internet"],
                     "people_institutional": people["institutional"],
                     "combined_gap_after": r.summary["combined_gap_after"]})
    feedback.progress(1.0, "curve")
    return pd.DataFrame(rows)


def marginal_value(ds: Dataset, params: PlanParams, people_at_budget: float) -> float:
    """Extra people reached by the next 1 000 000 ₸ with the same strategy and limits."""
    more = make_plan(ds, params.with_changes(budget_kzt=params.budget_kzt + NEXT_MILLION_KZT))
    return float(more.summary["people_newly_with_access"]["total"] - people_at_budget)
