"""Exact integer programs with few rows: LP bound, reduced-cost fixing, then HiGHS on the rest.

Planning problems have thousands of bounded integer columns (vouchers, kits) and only a handful of
rows (the budget, per-unit and per-instrument limits). Their LP relaxation is nearly integral, so
most columns can be fixed at their LP value by the classical reduced-cost argument, and the MILP
that remains is tiny. The answer is the exact optimum of the full problem.

Budget-only programs whose columns share a few costs (the usual case: catalogue prices) go first to
the branch and bound over cost groups in `knapsack`, which proves the optimum in milliseconds where
HiGHS may need seconds (with unit minimums, the programme of `frontier` first); HiGHS takes over
if they give up.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

import numpy as np

from kzplanner.core.planning.knapsack import MAX_GROUPS, solve_budget_knapsack
from kzplanner.errors import KZError

_INT_TOL = 1e-7
_CORE_SIZE = 150
_MAX_MILP_GROUPS = 400
_MAX_GROUPS_MINIMUMS = 4096


@dataclass(frozen=True)
class IntegerProgram:
    """maximise value·x subject to lo ≤ A x ≤ hi, lb ≤ x ≤ ub, x integer.

    A is a dense (rows × columns) array with non-negative entries; rows are few.
    """

    value: np.ndarray
    a: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    lb: np.ndarray
    ub: np.ndarray


@dataclass(frozen=True)
class ExactSolution:
    x: np.ndarray
    objective: float
    bound: float  # the LP bound: no integer plan can exceed it
    optimal: bool
    mip_gap: float
    seconds: float
    fixed: int  # columns fixed by reduced costs
    free: int  # columns left to the MILP


def _feasible(p: IntegerProgram, x: np.ndarray) -> bool:
    ax = p.a @ x
    return bool(np.all(ax <= p.hi + 1e-6) and np.all(ax >= p.lo - 1e-6)
                and np.all(x >= p.lb - 1e-9) and np.all(x <= p.ub + 1e-9))


def _general_lp(p: IntegerProgram, c: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """LP relaxation by HiGHS: solution, bound, and reduced costs (≥ 0, minimisation form)."""
    from scipy.optimize import linprog

    rows_ub, rhs_ub = [], []
    for r in range(p.a.shape[0]):
        if np.isfinite(p.hi[r]):
            rows_ub.append(p.a[r])
            rhs_ub.append(p.hi[r])
        if np.isfinite(p.lo[r]) and p.lo[r] > 0:
            rows_ub.append(-p.a[r])
            rhs_ub.append(-p.lo[r])
    lp = linprog(c, A_ub=np.array(rows_ub) if rows_ub else None,
                 b_ub=np.array(rhs_ub) if rhs_ub else None,
                 bounds=np.column_stack([p.lb, p.ub]), method="highs")
    if lp.status == 2:
        raise KZError("plan_infeasible", detail="the limits cannot all hold within the budget")
    if lp.status != 0:
        raise KZError("solver_failed", detail=str(lp.message))
    x_lp = lp.x
    # Moving a column one unit off its LP bound costs at least |reduced cost|.
    r = np.where(x_lp <= p.lb + _INT_TOL, lp.lower.marginals,
                 np.where(x_lp >= p.ub - _INT_TOL, -lp.upper.marginals, 0.0))
    return x_lp, -float(lp.fun), np.maximum(r, 0.0)


def _knapsack_lp(p: IntegerProgram) -> tuple[np.ndarray, float, np.ndarray]:
    """LP relaxation of a one-row problem (the budget only) by Dantzig's ratio rule.

    Fill columns by value per ₸ until the budget runs out; the last one is fractional. Its ratio
    λ is the budget's shadow price and every column's reduced cost is |value − λ·cost|.
    """
    cost, value = p.a[0], p.value
    x = p.lb.astype(float).copy()
    capacity = p.hi[0] - float(cost @ x)
    if capacity < -1e-6:
        raise KZError("plan_infeasible", detail="the locked kits cost more than the budget")
    useful = np.flatnonzero((value > 0) & (p.ub > x))
    ratio = value[useful] / np.maximum(cost[useful], 1e-12)
    order = useful[np.argsort(-ratio, kind="stable")]
    room = p.ub[order] - x[order]
    cum = np.cumsum(room * cost[order])
    full = cum <= capacity + 1e-9
    lam = 0.0
    if full.all():
        x[order] += room
    else:
        k = int(np.argmin(full))  # the first column that does not fit whole
        x[order[:k]] += room[:k]
        before = cum[k - 1] if k > 0 else 0.0
        j = order[k]
        x[j] += max(capacity - before, 0.0) / cost[j]
        lam = value[j] / cost[j]
    r = np.abs(value - lam * cost)
    return x, float(value @ x), r


def solve_integer_program(p: IntegerProgram, time_limit_s: float = 30.0,
                          mip_rel_gap: float = 1e-6) -> ExactSolution:
    """Exact optimum of `p`, or the best plan within the time limit with its gap.

    Raises KZError('plan_infeasible') when no plan satisfies the limits (e.g. locked kits cost more
    than the budget, or unit minimums exceed it).
    """
    start = time.perf_counter()
    n = p.value.size
    if n == 0:
        return ExactSolution(np.zeros(0), 0.0, 0.0, True, 0.0, 0.0, 0, 0)
    a_g, group = column_groups(p)
    grouped = _by_cost_groups(p, group, a_g.shape[1], time_limit_s)
    if grouped is not None:
        return grouped
    if a_g.shape[1] <= _MAX_MILP_GROUPS and a_g.shape[1] < n:
        sol = _grouped_milp(p, a_g, group, max(time_limit_s - (time.perf_counter() - start), 0.1),
                            mip_rel_gap)
        if sol is not None:
            return replace(sol, seconds=time.perf_counter() - start)
    sol = _solve_by_core(p, max(time_limit_s - (time.perf_counter() - start), 0.1), mip_rel_gap)
    return replace(sol, seconds=time.perf_counter() - start)


def unique_rows(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of a 2-D float array: (first index of each, each row's distinct row), the
    distinct rows numbered in order of first appearance. np.unique(axis=0) does the same by
    sorting the rows as raw bytes, 10× slower at 10,000 rows."""
    n = key.shape[0]
    if n == 0:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    order = np.lexsort((np.arange(n), *key.T[::-1]))
    s = key[order]
    new = np.empty(n, dtype=bool)
    new[0] = True
    new[1:] = np.any(s[1:] != s[:-1], axis=1)
    sorted_id = np.cumsum(new) - 1
    first_sorted = order[new]  # the first appearance of each (the ties sorted by position)
    rank = np.empty(first_sorted.size, dtype=int)
    rank[np.argsort(first_sorted, kind="stable")] = np.arange(first_sorted.size)
    inverse = np.empty(n, dtype=int)
    inverse[order] = rank[sorted_id]
    return np.sort(first_sorted), inverse


def column_groups(p: IntegerProgram) -> tuple[np.ndarray, np.ndarray]:
    """Distinct row-coefficient columns (rows × groups) and each column's group."""
    first, inverse = unique_rows(p.a.T)
    return p.a[:, first], inverse


def fill_groups(p: IntegerProgram, group: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Columns' counts when each group buys `counts` units (lower bounds included), the most
    valuable columns first; ties keep column order.

    >>> p = IntegerProgram(np.array([1.0, 3, 2]), np.ones((1, 3)), np.array([-np.inf]),
    ...                    np.array([9.0]), np.zeros(3), np.array([2.0, 1, 2]))
    >>> fill_groups(p, np.zeros(3, dtype=int), np.array([2.0]))
    array([0., 1., 1.])
    """
    n = p.value.size
    order = np.lexsort((np.arange(n), -p.value, group))
    g = group[order]
    room = (p.ub - p.lb)[order]
    before = np.cumsum(room) - room
    first = np.minimum(np.searchsorted(g, np.arange(counts.size)), n - 1)
    left = counts - np.bincount(group, weights=p.lb, minlength=counts.size)
    x = p.lb.astype(float).copy()
    x[order] += np.clip(left[g] - (before - before[first[g]]), 0.0, room)
    return x


def _grouped_milp(p: IntegerProgram, a_g: np.ndarray, group: np.ndarray, time_limit_s: float,
                  mip_rel_gap: float) -> ExactSolution | None:
    """HiGHS on the grouped program: one integer count per group of columns with equal row
    coefficients, the columns themselves continuous and summing to it. For whole counts the best
    columns of a group are its most valuable ones, so `fill_groups` turns the counts into the
    optimum of the original program. None when HiGHS returns no plan."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_matrix, hstack, identity

    start = time.perf_counter()
    n, n_groups, m = p.value.size, a_g.shape[1], p.a.shape[0]
    link = hstack([csr_matrix((np.ones(n), (group, np.arange(n))), shape=(n_groups, n)),
                   -identity(n_groups, format="csr")])
    rows = hstack([csr_matrix((m, n)), csr_matrix(a_g)])
    glb = np.bincount(group, weights=p.lb, minlength=n_groups)
    gub = np.bincount(group, weights=p.ub, minlength=n_groups)
    res = milp(c=np.concatenate([-p.value, np.zeros(n_groups)]),
               integrality=np.concatenate([np.zeros(n), np.ones(n_groups)]),
               bounds=Bounds(np.concatenate([p.lb, glb]), np.concatenate([p.ub, gub])),
               constraints=[LinearConstraint(rows, p.lo, p.hi),
                            LinearConstraint(link, np.zeros(n_groups), np.zeros(n_groups))],
               # HiGHS' presolve spends longer on the thousands of continuous columns than the
               # search on the few integers does.
               options={"time_limit": time_limit_s, "mip_rel_gap": mip_rel_gap,
                        "presolve": False})
    if res.status == 2:
        raise KZError("plan_infeasible", detail="the limits cannot all hold within the budget")
    if res.x is None:
        return None
    x = fill_groups(p, group, np.round(res.x[n:]))
    if not _feasible(p, x):
        return None
    objective = float(p.value @ x)
    bound = getattr(res, "mip_dual_bound", None)
    bound = objective if bound is None or not np.isfinite(bound) else max(-float(bound), objective)
    return ExactSolution(x=x, objective=objective, bound=bound, optimal=res.status == 0,
                         mip_gap=float(getattr(res, "mip_gap", 0.0) or 0.0),
                         seconds=time.perf_counter() - start, fixed=0, free=n)


def budget_parts(p: IntegerProgram) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """When every row but the first limits the spending of a part of the columns (at most and/or at
    least) and the parts do not overlap: each column's part (−1 for none), each part's maximum
    and each part's minimum (−inf for none). Else None."""
    cost = p.a[0]
    if np.isfinite(p.lo[0]) and p.lo[0] > 0:
        return None
    part = np.full(cost.size, -1)
    for r in range(1, p.a.shape[0]):
        row = p.a[r]
        inside = row != 0
        if not np.allclose(row[inside], cost[inside]) or np.any(part[inside] >= 0):
            return None
        part[inside] = r - 1
    return part, p.hi[1:].astype(float), p.lo[1:].astype(float)


def _by_cost_groups(p: IntegerProgram, group: np.ndarray, n_groups: int,
                    time_limit_s: float) -> ExactSolution | None:
    """The knapsack branch and bound when only the budget and limits (maximums and minimums) on
    disjoint parts of it bind and costs repeat; None if it does not apply or did not finish.
    `group`: column_groups' (with disjoint parts, equal row coefficients mean equal cost and
    part)."""
    parts = budget_parts(p)
    cost = p.a[0]
    if parts is None or np.any(cost <= 0) or n_groups >= cost.size:
        return None
    part, part_cap, part_min = parts
    # frontier.py (unit minimums) handles a group or two per unit with a minimum
    if n_groups > (_MAX_GROUPS_MINIMUMS if np.any(part_min > 0) else MAX_GROUPS):
        return None
    res = solve_budget_knapsack(p.value, cost, p.lb, p.ub, float(p.hi[0]), group,
                                time_limit_s=min(time_limit_s, 2.0), part=part,
                                part_cap=part_cap, part_min=part_min)
    if res is None:
        detail = ("the limits cannot all hold within the budget" if np.any(part_min > 0)
                  else "the locked kits cost more than the budget")
        raise KZError("plan_infeasible", detail=detail)
    if not res.optimal:
        return None
    return ExactSolution(x=res.x, objective=res.objective, bound=res.bound, optimal=True,
                         mip_gap=0.0, seconds=res.seconds, fixed=res.fixed,
                         free=cost.size - res.fixed)


def _solve_by_core(p: IntegerProgram, time_limit_s: float, mip_rel_gap: float) -> ExactSolution:
    """LP bound, reduced-cost fixing, then HiGHS on a core that grows until the optimum is proven."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    start = time.perf_counter()
    n = p.value.size
    c = -p.value
    if p.a.shape[0] == 1 and not np.isfinite(p.lo[0]):
        x_lp, bound, r = _knapsack_lp(p)
    else:
        x_lp, bound, r = _general_lp(p, c)
    at_ub = x_lp >= p.ub - _INT_TOL
    base = np.where(at_ub, p.ub, p.lb).astype(float)

    def solve_core(core: np.ndarray) -> tuple[np.ndarray | None, bool, float]:
        x = base.copy()
        if not core.any():
            return (x if _feasible(p, x) else None), True, 0.0
        used = p.a[:, ~core] @ x[~core]
        res = milp(c=c[core], integrality=np.ones(int(core.sum())),
                   bounds=Bounds(p.lb[core], p.ub[core]),
                   constraints=[LinearConstraint(p.a[:, core], p.lo - used, p.hi - used)],
                   options={"time_limit": max(time_limit_s - (time.perf_counter() - start), 0.1),
                            "mip_rel_gap": mip_rel_gap})
        if res.x is None:
            return None, False, float("nan")
        x[core] = np.round(res.x)
        return x, res.status == 0, float(getattr(res, "mip_gap", 0.0) or 0.0)

    # 1. A small core: the fractional columns and those with the smallest reduced costs.
    fractional = (x_lp > p.lb + _INT_TOL) & (x_lp < p.ub - _INT_TOL)
    k = min(n, _CORE_SIZE)
    threshold = np.partition(r, k - 1)[k - 1] if k else 0.0
    core = fractional | (r <= threshold)
    x, optimal, gap = solve_core(core)
    if x is None or not _feasible(p, x):
        x, optimal, gap = solve_core(np.ones(n, dtype=bool))
        core = np.ones(n, dtype=bool)
    if x is None:
        raise KZError("plan_infeasible", detail="the limits cannot all hold within the budget")
    # 2. Proof: any column outside the core moved off its bound loses ≥ r, which is more than the
    # distance between the LP bound and this plan. Otherwise widen the core: first to a larger
    # slice of the smallest reduced costs (a better plan shrinks the doubtful set), then to every
    # doubtful column.
    tol = 1e-9 * max(1.0, abs(bound))
    for size in (_CORE_SIZE * 8, None):
        z = float(p.value @ x)
        doubtful = ~core & (r <= bound - z + tol)
        if not doubtful.any():
            break
        if size is not None and doubtful.sum() > size:
            wider = core | (r <= np.partition(r, min(n, size) - 1)[min(n, size) - 1])
        else:
            wider = core | doubtful
        x2, optimal2, gap2 = solve_core(wider)
        core = wider
        if x2 is not None and float(p.value @ x2) >= z - tol:
            x, optimal, gap = x2, optimal2, gap2
    fixed = int((~core).sum())
    seconds = time.perf_counter() - start
    return ExactSolution(x=x, objective=float(p.value @ x), bound=bound, optimal=optimal,
                         mip_gap=gap, seconds=seconds, fixed=fixed, free=n - fixed)
