"""Maximum impact: the exact MILP of model.md, solved by HiGHS through scipy.optimize.milp."""

from __future__ import annotations

import time

import numpy as np

from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.result import SolverInfo
from kzplanner.errors import KZError


def solve_max_impact(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray,
                                                                     SolverInfo]:
    """Maximise Σ value·x + Σ value·y subject to Σ cost ≤ budget, x integer in [0, max_count],
    y binary. Returns voucher counts, the kit mask and solver information.

    Values already carry w_u (equity), α (dimension/type), β (group) and τ (take-up), see
    build_items. Ties are broken deterministically: a tiny preference for lower item order
    (items are sorted by unit code), far below the value of one person.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    v = items.vouchers
    k = items.kits
    n_v, n_k = len(v), len(k)
    value = np.concatenate([v["value"].to_numpy(float), k["value"].to_numpy(float)])
    cost = np.concatenate([v["unit_cost_kzt"].to_numpy(float), k["cost_kzt"].to_numpy(float)])
    upper = np.concatenate([v["max_count"].to_numpy(float), np.ones(n_k)])
    useful = (value > 0) & (upper > 0) & (cost <= params.budget_kzt)
    upper = np.where(useful, upper, 0.0)
    n = n_v + n_k
    if n == 0 or not useful.any():
        return np.zeros(n_v), np.zeros(n_k, dtype=bool), SolverInfo("milp", "trivial", True, 0.0)
    # Scale to keep HiGHS well conditioned: cost in millions of ₸.
    tie = 1e-9 * np.arange(n, 0, -1) / n
    c = -(value + tie * np.where(useful, 1.0, 0.0))
    start = time.perf_counter()
    res = milp(
        c=c,
        integrality=np.ones(n),
        bounds=Bounds(np.zeros(n), upper),
        constraints=[LinearConstraint(cost[None, :] / 1e6, -np.inf, params.budget_kzt / 1e6)],
        options={"time_limit": params.time_limit_s, "mip_rel_gap": params.mip_rel_gap,
                 "presolve": True},
    )
    seconds = time.perf_counter() - start
    if res.x is None:
        raise KZError("solver_failed", detail=str(res.message))
    x = np.round(res.x)
    # Guard against rounding pushing the plan over budget: drop the cheapest-value items.
    while float(cost @ x) > params.budget_kzt + 1e-6:
        idx = int(np.argmax(np.where(x > 0, cost / np.maximum(value, 1e-12), -np.inf)))
        x[idx] -= 1
    optimal = res.status == 0
    gap = getattr(res, "mip_gap", None)
    info = SolverInfo("milp", "optimal" if optimal else "time_limit", optimal,
                      None if gap is None else float(gap), seconds, float(-(c @ x)))
    return x[:n_v], x[n_v:].astype(bool), info
