"""The impact-versus-budget curve, the least budget the limits allow, and what the next million
tenge buys, measure by measure."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from kzplanner.core.dataset import Dataset
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.planning.capabilities import effective_params
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.items import plan_objective as objective_of_counts
from kzplanner.core.planning.optimiser import item_bounds, item_instrument, item_unit
from kzplanner.core.planning.parameters import INSTRUMENTS, PlanParams
from kzplanner.core.planning.planner import make_plan
from kzplanner.core.planning.result import PlanResult
from kzplanner.errors import KZError

NEXT_MILLION_KZT = 1_000_000.0
# The outcome measures, kept apart: never added to one another.
MEASURES: tuple[str, ...] = ("device", "internet", "institutions", "institution_people")


def least_feasible_budget(items: PlanItems, params: PlanParams) -> float | None:
    """The least budget at which some plan satisfies all of the planner's limits.

    Locked kits must be bought, and each unit minimum must be met by whole items of that unit;
    the budget must cover that spending and keep it within the instrument shares and the units'
    maximum shares (both are shares *of the budget*). 0 without minimums or locks; None when no
    budget satisfies the limits (a unit maximum below its minimum, a locked kit in an instrument
    capped at 0 …). Exact: a small integer program over the units with a minimum, whose items
    are grouped by unit, instrument and price (interchangeable for feasibility).
    """
    cons = params.constraints
    lb, ub = item_bounds(items, params)
    if not cons.unit_min_kzt and not lb.any():
        return 0.0
    from scipy.optimize import Bounds, LinearConstraint, milp

    cost = np.concatenate([items.vouchers["unit_cost_kzt"].to_numpy(float),
                           items.kits["cost_kzt"].to_numpy(float)])
    unit = item_unit(items).astype(str)
    instrument = item_instrument(items).astype(str)
    # Buying beyond the locks pays only where a unit minimum asks for it.
    free = np.isin(unit, list(cons.unit_min_kzt)) & (ub > lb)
    fixed = pd.DataFrame({"unit": unit, "inst": instrument, "money": cost * lb})
    frame = pd.DataFrame({"unit": unit[free], "inst": instrument[free], "cost": cost[free],
                          "room": (ub - lb)[free]})
    groups = frame.groupby(["unit", "inst", "cost"], sort=True)["room"].sum().reset_index()
    n = len(groups)
    g_cost = groups["cost"].to_numpy(float)
    rows, lo, hi = [], [], []

    def row(coef: np.ndarray, b_coef: float, low: float, high: float) -> None:
        rows.append(np.append(coef, b_coef))
        lo.append(low)
        hi.append(high)

    # Σ c x + locked − B ≤ 0
    row(g_cost, -1.0, -np.inf, -float(fixed["money"].sum()))
    for key in INSTRUMENTS:
        share = cons.instrument_max_share.get(key)
        if share is None:
            continue
        locked = float(fixed.loc[fixed["inst"] == key, "money"].sum())
        row(np.where(groups["inst"] == key, g_cost, 0.0), -share, -np.inf, -locked)
    for u in sorted(set(unit)):
        minimum = cons.unit_min_kzt.get(u, 0.0)
        locked = float(fixed.loc[fixed["unit"] == u, "money"].sum())
        max_kzt = cons.unit_max_kzt.get(u, np.inf)
        share = cons.unit_max_share.get(u)
        if not minimum and not locked:
            continue
        coef = np.where(groups["unit"] == u, g_cost, 0.0)
        row(coef, 0.0, minimum - locked, max_kzt - locked)
        if share is not None:
            row(coef, -share, -np.inf, -locked)
    a = np.vstack(rows)
    sol = milp(np.append(np.zeros(n), 1.0), constraints=LinearConstraint(a, lo, hi),
               integrality=np.append(np.ones(n), 0.0),
               bounds=Bounds(np.zeros(n + 1), np.append(groups["room"].to_numpy(float), np.inf)))
    if sol.status != 0 or sol.x is None:
        return None
    money = g_cost * np.round(sol.x[:n])
    # The least budget for these whole counts, exactly (not the solver's rounded B).
    need = [float(fixed["money"].sum() + money.sum())]
    for column, shares in (("inst", cons.instrument_max_share), ("unit", cons.unit_max_share)):
        for key, share in shares.items():
            part = (float(fixed.loc[fixed[column] == key, "money"].sum())
                    + float(money[(groups[column] == key).to_numpy()].sum()))
            if part > 0:
                need.append(part / share if share > 0 else np.inf)
    least = max(need)
    return float(math.ceil(least)) if np.isfinite(least) else None


def curve_budgets(least: float | None, budget: float, points: int) -> list[float]:
    """The budgets of the curve: `points` steps over 0 … 2·budget, those below the least feasible
    budget left out and the curve started at it.

    >>> curve_budgets(0.0, 1e9, 3)
    [0.0, 1000000000.0, 2000000000.0]
    >>> curve_budgets(3e8, 1e9, 3)
    [300000000.0, 1000000000.0, 2000000000.0]
    """
    grid = [float(b) for b in np.linspace(0.0, 2.0 * budget, points)]
    if not least:
        return grid
    return [float(least)] + [b for b in grid if b > least]


def plan_measures(result: PlanResult) -> dict[str, float]:
    """The plan's outcome measures, each on its own: people newly with a device, people newly
    with internet, institutions newly with access and the people those institutions serve."""
    alloc = result.allocation
    return {
        "device": float(alloc.loc[alloc["instrument"] == "device_voucher", "people"].sum()),
        "internet": float(alloc.loc[alloc["instrument"] == "internet_voucher", "people"].sum()),
        "institutions": float(len(result.kits)),
        "institution_people": float(result.kits["people_served"].sum()) if len(result.kits)
        else 0.0,
    }


def plan_objective(result: PlanResult) -> float:
    """The maximum-impact objective (items.plan_objective) of a plan's allocation, whatever
    strategy chose it (envelopes' solver figure is each programme's measure instead)."""
    items = result.items
    if items is None:
        return float("nan")
    key = ["unit_code", "instrument", "group"]
    bought = result.allocation[result.allocation["instrument"] != "kit"].set_index(key)["count"]
    counts = bought.reindex(pd.MultiIndex.from_frame(items.vouchers[key])).fillna(0.0)
    kits = items.kits["inst_id"].isin(set(result.kits["inst_id"])).to_numpy()
    return objective_of_counts(items, counts.to_numpy(float), kits)


def _plannable(ds: Dataset, params: PlanParams, items: PlanItems,
               budget: float) -> PlanResult | None:
    """The plan at `budget`, or None when no plan satisfies the limits there."""
    try:
        return make_plan(ds, params.with_changes(budget_kzt=float(budget)), items=items)
    except KZError as err:
        if err.code != "plan_infeasible":
            raise
        return None


def least_plannable_budget(ds: Dataset, params: PlanParams, items: PlanItems | None = None,
                           ) -> tuple[float | None, PlanResult | None]:
    """The least budget at which `params.strategy` plans under the limits, and its plan.

    `least_feasible_budget` is exact for the limits themselves; a strategy with rules of its own
    (envelopes hold each unit minimum in every programme's share, with whole items) may need
    more: then the budget is searched upwards (doubling, then 8 halvings: within 0.4 % of the
    least). (None, None) when the limits hold at no budget; (0, None) without minimums or locks.
    """
    if items is None:
        items = build_items(ds, params)
    least = least_feasible_budget(items, params)
    if not least:
        return least, None
    plan = _plannable(ds, params, items, least)
    if plan is not None:
        return least, plan
    low, high = least, least * 1.25
    ceiling = 4.0 * max(params.budget_kzt, least)
    while (plan := _plannable(ds, params, items, high)) is None:
        if high > ceiling:
            return None, None
        low, high = high, high * 2.0
    for _ in range(8):
        mid = float(math.ceil((low + high) / 2.0))
        found = _plannable(ds, params, items, mid)
        if found is None:
            low = mid
        else:
            high, plan = mid, found
    return high, plan


def budget_curve(ds: Dataset, params: PlanParams, points: int = 11,
                 feedback: Feedback = SILENT) -> pd.DataFrame:
    """The same strategy, parameters and limits at budgets 0 … 2B (`points` steps), starting at
    the least budget the limits allow (points below it are left out; limits that hold at no
    budget still raise "no plan satisfies all the limits").

    Columns: budget, spent, people_device, people_internet, people_institutional (people served
    by the institutions connected), institutions, objective, combined_gap_after, and
    people_total (the old cross-measure sum, read by the window's chart until it plots the
    measures apart; not a measure).
    """
    params = effective_params(params)
    items = build_items(ds, params)
    least, first = least_plannable_budget(ds, params, items)
    budgets = curve_budgets(least or 0.0, params.budget_kzt, points)
    rows = []
    for i, budget in enumerate(budgets):
        feedback.progress(i / len(budgets), "curve")
        r = first if (i == 0 and first is not None) else make_plan(
            ds, params.with_changes(budget_kzt=float(budget)), items=items)
        m = plan_measures(r)
        rows.append({"budget": float(budget), "spent": r.summary["spent"],
                     "people_device": m["device"], "people_internet": m["internet"],
                     "people_institutional": m["institution_people"],
                     "institutions": m["institutions"], "objective": plan_objective(r),
                     "combined_gap_after": r.summary["combined_gap_after"],
                     "people_total": m["device"] + m["internet"] + m["institution_people"]})
    feedback.progress(1.0, "curve")
    return pd.DataFrame(rows)


def marginal_value(ds: Dataset, params: PlanParams,
                   at_budget: PlanResult | None = None) -> dict[str, Any]:
    """What the next 1 000 000 ₸ changes, by re-planning at B + 1 M ₸ with the same strategy and
    limits: each measure apart and the objective.

    Returns {"step_kzt", "budget_kzt",
             "measures": {m: {"at_budget", "at_next", "gained", "given_up"}} for m in MEASURES,
             "objective": {"at_budget", "at_next", "change"},
             "traded": [the measures given up]}.
    `gained` and `given_up` are both ≥ 0 (one of them 0): a measure the plan gives up for
    another (the optimiser trading, say, device vouchers for kits) is a trade, never "negative
    people reached". `at_budget` may be the plan at B already made (reused when made with these
    parameters; for a strategy λ does not move, the plans are re-made with λ = 0 so that the
    objective carries no equity weight).
    """
    params = effective_params(params)
    here = at_budget
    if here is None or here.items is None or here.params != params:
        here = make_plan(ds, params)
    there = make_plan(ds, params.with_changes(budget_kzt=params.budget_kzt + NEXT_MILLION_KZT),
                      items=here.items)
    a, b = plan_measures(here), plan_measures(there)
    measures = {m: {"at_budget": a[m], "at_next": b[m], "gained": max(b[m] - a[m], 0.0),
                    "given_up": max(a[m] - b[m], 0.0)} for m in MEASURES}
    traded = [m for m, v in measures.items() if v["given_up"] > 0]
    obj_a, obj_b = plan_objective(here), plan_objective(there)
    return {"step_kzt": NEXT_MILLION_KZT, "budget_kzt": params.budget_kzt,
            "measures": measures,
            "objective": {"at_budget": obj_a, "at_next": obj_b, "change": obj_b - obj_a},
            "traded": traded}
