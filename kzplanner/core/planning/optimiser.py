"""Maximum impact: the exact integer program of model.md with the planner's limits (solved by
exact.solve_integer_program: the cost-group branch and bound or HiGHS)."""

from __future__ import annotations

import numpy as np

from kzplanner.core.planning.exact import IntegerProgram, solve_integer_program
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import INSTRUMENTS, PlanParams
from kzplanner.core.planning.result import SolverInfo


def item_instrument(items: PlanItems) -> np.ndarray:
    """Instrument of every column: vouchers then kits."""
    return np.concatenate([items.vouchers["instrument"].to_numpy(dtype=object),
                           np.full(len(items.kits), "kit", dtype=object)])


def item_unit(items: PlanItems) -> np.ndarray:
    return np.concatenate([items.vouchers["unit_code"].to_numpy(dtype=object),
                           items.kits["unit_code"].to_numpy(dtype=object)])


def item_bounds(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper counts per column: vouchers up to their cap, kits 0/1 (locked 1, excluded 0)."""
    k = items.kits
    c = params.constraints
    lb = np.concatenate([np.zeros(len(items.vouchers)),
                         k["inst_id"].isin(set(c.locked)).to_numpy(float)])
    ub_kits = np.where(k["inst_id"].isin(set(c.excluded)), 0.0, 1.0)
    ub = np.concatenate([items.vouchers["max_count"].to_numpy(float), np.maximum(ub_kits, lb[
        len(items.vouchers):])])
    return lb, ub


def build_program(items: PlanItems, params: PlanParams) -> IntegerProgram:
    """Rows: the budget, each instrument cap, each unit's minimum/maximum spending."""
    v, k = items.vouchers, items.kits
    value = np.concatenate([v["value"].to_numpy(float), k["value"].to_numpy(float)])
    cost = np.concatenate([v["unit_cost_kzt"].to_numpy(float), k["cost_kzt"].to_numpy(float)])
    lb, ub = item_bounds(items, params)
    budget = params.budget_kzt
    rows, lo, hi = [cost], [-np.inf], [budget]
    instrument = item_instrument(items)
    cons = params.constraints
    for key in INSTRUMENTS:
        share = cons.instrument_max_share.get(key)
        if share is not None:
            rows.append(np.where(instrument == key, cost, 0.0))
            lo.append(-np.inf)
            hi.append(share * budget)
    units = item_unit(items)
    for unit in sorted(set(cons.unit_min_kzt) | set(cons.unit_max_kzt) | set(cons.unit_max_share)):
        rows.append(np.where(units == unit, cost, 0.0))
        lo.append(cons.unit_min_kzt.get(unit, -np.inf))
        hi.append(cons.unit_max(unit, budget))
    # Columns that can never be bought within the budget are closed, unless locked in.
    ub = np.where((cost > budget) & (lb == 0), 0.0, ub)
    return IntegerProgram(value=value, a=np.vstack(rows), lo=np.array(lo, dtype=float),
                          hi=np.array(hi, dtype=float), lb=lb, ub=ub)


def merge_identical_columns(p: IntegerProgram) -> tuple[IntegerProgram, np.ndarray]:
    """One column per set of columns with the same value and the same row coefficients.

    Such columns are interchangeable (e.g. device vouchers for one group in every unit when no
    unit limit and no equity weight tells them apart), so the solver needs only their sum; it is
    spread back in column order (units sorted by code) by `spread_merged`. Returns the merged
    program and, per original column, its merged column. Ties between different columns are
    broken by a preference for earlier columns, far below the value of one person.
    """
    key = np.column_stack([np.round(p.value, 9), p.a.T])
    _, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    m = first.size
    order = np.argsort(first, kind="stable")  # merged columns in original order
    rank = np.empty(m, dtype=int)
    rank[order] = np.arange(m)
    value = p.value[first]
    value = value + (1e-9 * (m - rank) / max(m, 1)) * (value > 0)
    merged = IntegerProgram(value=value, a=p.a[:, first], lo=p.lo, hi=p.hi,
                            lb=np.bincount(inverse, weights=p.lb, minlength=m),
                            ub=np.bincount(inverse, weights=p.ub, minlength=m))
    return merged, inverse


def spread_merged(x_merged: np.ndarray, inverse: np.ndarray, lb: np.ndarray,
                  ub: np.ndarray) -> np.ndarray:
    """Original columns' counts: each merged count filled into its members in column order.

    >>> spread_merged(np.array([5.0]), np.array([0, 0, 0]), np.zeros(3), np.array([2.0, 2, 2]))
    array([2., 2., 1.])
    """
    x = lb.astype(float).copy()
    left = x_merged - np.bincount(inverse, weights=lb, minlength=x_merged.size)
    for j in range(inverse.size):
        g = inverse[j]
        if left[g] <= 0:
            continue
        add = min(ub[j] - x[j], left[g])
        x[j] += add
        left[g] -= add
    return x


def solve_max_impact(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray,
                                                                     SolverInfo]:
    """Maximise Σ value·x over vouchers and kits under the budget and the planner's limits.

    Values already carry w_u (equity), α (dimension/type), β (group) and τ (take-up), see
    build_items. Returns voucher counts, the kit mask and solver information.
    """
    program = build_program(items, params)
    merged, inverse = merge_identical_columns(program)
    sol = solve_integer_program(merged, params.time_limit_s, params.mip_rel_gap)
    x = spread_merged(sol.x, inverse, program.lb, program.ub)
    n_v = len(items.vouchers)
    info = SolverInfo("milp", "optimal" if sol.optimal else "time_limit", sol.optimal,
                      sol.mip_gap, sol.seconds, float(program.value @ x))
    return x[:n_v], x[n_v:].astype(bool), info
