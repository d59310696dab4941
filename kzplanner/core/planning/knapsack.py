"""Exact branch and bound for plans limited by the budget (and caps on disjoint parts of it) whose
columns share a few costs.

With only the budget row, a plan is a bounded knapsack. Vouchers of one type cost the same in every
unit and kits cost what the catalogue says for their type and area, so the columns fall into a few
*cost groups*. Within a group, buying n units is best done with the n most valuable ones (they all
cost the same), so a plan is fixed by one integer per group and the value of a group is a concave
piecewise-linear function of its count. The LP relaxation of any box of group counts is solved
exactly by Dantzig's greedy rule over the pieces, and it has at most one fractional group, on which
the search branches (count ≤ ⌊t⌋ or ≥ ⌈t⌉). Nodes are taken best bound first; a node is dropped
when its bound cannot beat the best plan found by more than `tol`, so the answer is optimal to
`tol` (1e-9 relative by default), much tighter than a MILP solver's usual 1e-4 relative gap.

Branching on a handful of group counts instead of thousands of near-equal 0/1 kit choices is what
makes this fast: the national problem (2,400 merged columns, 8 cost groups) is proven optimal in a
few dozen nodes. When the node limit or the time limit is reached, the best plan is returned with
the remaining gap and the caller may fall back to HiGHS.

Caps on disjoint parts of the budget (at most x % on kits and y % on devices, or at most z ₸ in
each of some units, but not both kinds at once) keep the greedy rule exact: spending limits that
nest form a polymatroid, on which value-per-₸ order is optimal. Each capped part then may leave
one fractional group of its own; the search branches on the first.
"""

from __future__ import annotations

import heapq
import time
from dataclasses import dataclass

import numpy as np

MAX_GROUPS = 512


@dataclass(frozen=True)
class KnapsackResult:
    x: np.ndarray
    objective: float
    bound: float  # no plan can exceed it
    optimal: bool
    nodes: int
    seconds: float


class _Pieces:
    """The columns as pieces in Dantzig order (value per ₸ falling; ties in column order)."""

    def __init__(self, value: np.ndarray, cost: np.ndarray, lb: np.ndarray, ub: np.ndarray,
                 group: np.ndarray, n_groups: int, part: np.ndarray) -> None:
        n = value.size
        self.order = np.lexsort((np.arange(n), -(value / cost)))
        self.value = value[self.order]
        self.cost = cost[self.order]
        self.group = group[self.order]
        self.part = part[self.order]
        self.room = np.maximum(ub - lb, 0.0)[self.order]
        self.positive = self.value > 0
        self.before = _cumulative_before(self.room, self.group)
        self.n_groups = n_groups
        self.total = np.bincount(self.group, weights=self.room, minlength=n_groups)
        self.min_cost = float(self.cost.min()) if n else 0.0
        self.capped = self.part >= 0


def _cumulative_before(amount: np.ndarray, key: np.ndarray) -> np.ndarray:
    """For each position, the sum of `amount` at earlier positions with the same key."""
    by_key = np.argsort(key, kind="stable")
    a, k = amount[by_key], key[by_key]
    cum = np.cumsum(a) - a
    first = np.searchsorted(k, k)
    out = np.empty_like(amount, dtype=float)
    out[by_key] = cum - cum[first]
    return out


def _relax(pc: _Pieces, lo: np.ndarray, hi: np.ndarray, cap: float, part_cap: np.ndarray,
           eps: float):
    """LP over the box lo ≤ counts ≤ hi: (bound, units per piece, a fractional group or -1)."""
    end = pc.before + pc.room
    lo_s, hi_s = lo[pc.group], hi[pc.group]
    forced = np.clip(np.minimum(end, lo_s) - pc.before, 0.0, pc.room)
    free = np.clip(np.minimum(end, hi_s) - np.maximum(pc.before, lo_s), 0.0, None) * pc.positive
    forced_cost = forced * pc.cost
    left = cap - float(forced_cost.sum())
    if left < -eps:
        return None
    spend = free * pc.cost
    if part_cap.size:
        part_left = part_cap - np.bincount(pc.part[pc.capped], weights=forced_cost[pc.capped],
                                           minlength=part_cap.size)
        if np.any(part_left < -eps):
            return None
        room_left = np.where(pc.capped, part_left[np.maximum(pc.part, 0)], np.inf)
        spend = np.clip(room_left - _cumulative_before(spend, pc.part), 0.0, spend)
    cum = np.cumsum(spend)
    k = int(np.searchsorted(cum, left + eps, side="right"))
    taken = np.zeros_like(spend)
    taken[:k] = spend[:k]
    if k < spend.size:
        taken[k] = max(left - (float(cum[k - 1]) if k else 0.0), 0.0)
    units = forced + np.minimum(taken / pc.cost, free)
    bound = float(pc.value @ units)
    whole = np.abs(units - np.round(units)) <= 1e-9
    units = np.where(whole, np.round(units), units)
    if whole.all():
        return bound, units, -1
    return bound, units, int(pc.group[int(np.argmin(whole))])


def _complete(pc: _Pieces, units: np.ndarray, hi: np.ndarray, cap: float, part_cap: np.ndarray,
              eps: float) -> np.ndarray:
    """A whole plan from a fractional LP plan: round down, then add what still fits in order."""
    x = np.floor(units + 1e-9)
    spent = x * pc.cost
    left = cap - float(spent.sum())
    part_left = (part_cap - np.bincount(pc.part[pc.capped], weights=spent[pc.capped],
                                        minlength=part_cap.size)) if part_cap.size else part_cap
    counts = np.bincount(pc.group, weights=x, minlength=pc.n_groups)
    open_ = np.flatnonzero((x < pc.room) & pc.positive)
    for s in range(int(open_[0]) if open_.size else x.size, x.size):
        if left < pc.min_cost - eps:
            break
        c = pc.cost[s]
        if c > left + eps or not pc.positive[s] or x[s] >= pc.room[s]:
            continue
        g, q = pc.group[s], pc.part[s]
        room = left if q < 0 else min(left, part_left[q])
        take = min(pc.room[s] - x[s], np.floor((room + eps) / c), hi[g] - counts[g])
        if take >= 1:
            x[s] += take
            counts[g] += take
            left -= take * c
            if q >= 0:
                part_left[q] -= take * c
    return x


def solve_budget_knapsack(value: np.ndarray, cost: np.ndarray, lb: np.ndarray, ub: np.ndarray,
                          budget: float, group: np.ndarray, time_limit_s: float = 30.0,
                          max_nodes: int = 50_000, rel_tol: float = 1e-9,
                          part: np.ndarray | None = None, part_cap: np.ndarray | None = None
                          ) -> KnapsackResult | None:
    """max value·x subject to cost·x ≤ budget and, for every part q, Σ_{part=q} cost·x ≤
    part_cap[q] (part −1: no cap), lb ≤ x ≤ ub integer. Columns of one group share their cost and
    part. Returns None when the lower bounds alone break the budget or a cap.
    """
    start = time.perf_counter()
    n_groups = int(group.max()) + 1 if group.size else 0
    part = np.full(value.size, -1) if part is None else part
    part_cap = np.zeros(0) if part_cap is None else np.asarray(part_cap, dtype=float)
    base = lb.astype(float)
    cap = budget - float(cost @ base)
    if part_cap.size:
        part_cap = part_cap - np.bincount(part[part >= 0], weights=(cost * base)[part >= 0],
                                          minlength=part_cap.size)
    scale = max(1.0, float(np.abs(cost).max(initial=0.0)))
    eps = 1e-9 * scale
    if cap < -eps or np.any(part_cap < -eps):
        return None
    pc = _Pieces(value, cost, lb, ub, group, n_groups, part)
    base_value = float(value @ base)

    lo0, hi0 = np.zeros(n_groups), pc.total.copy()
    root = _relax(pc, lo0, hi0, cap, part_cap, eps)
    assert root is not None  # the caps are ≥ 0 and the empty choice fits
    best_units = np.zeros_like(pc.room)
    best = 0.0
    heap: list = []
    counter = 0
    nodes = 0

    def consider(node, lo, hi) -> None:
        nonlocal best, best_units, counter
        bound, units, g = node
        if g < 0:
            if bound > best:
                best, best_units = bound, units
            return
        whole = _complete(pc, units, hi, cap, part_cap, eps)
        whole_value = float(pc.value @ whole)
        if whole_value > best:
            best, best_units = whole_value, whole
        counter += 1
        heapq.heappush(heap, (-bound, counter, lo, hi, units, g))

    consider(root, lo0, hi0)
    optimal = True
    while heap:
        neg_bound, _, lo, hi, units, g = heapq.heappop(heap)
        tol = rel_tol * max(1.0, abs(best + base_value))
        if -neg_bound <= best + tol:
            heap.clear()
            break
        nodes += 1
        if nodes > max_nodes or time.perf_counter() - start > time_limit_s:
            heapq.heappush(heap, (neg_bound, 0, lo, hi, units, g))
            optimal = False
            break
        count = float(units[pc.group == g].sum())
        down_hi = hi.copy()
        down_hi[g] = np.floor(count)
        up_lo = lo.copy()
        up_lo[g] = np.ceil(count)
        for child_lo, child_hi in ((lo, down_hi), (up_lo, hi)):
            child = _relax(pc, child_lo, child_hi, cap, part_cap, eps)
            if child is not None and child[0] > best + tol:
                consider(child, child_lo, child_hi)
    x = base.copy()
    x[pc.order] += best_units
    objective = float(value @ x)
    bound = objective if optimal else max(max(-h[0] for h in heap) + base_value, objective)
    return KnapsackResult(x=x, objective=objective, bound=bound, optimal=optimal, nodes=nodes,
                          seconds=time.perf_counter() - start)
