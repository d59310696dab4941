"""Exact branch and bound for plans limited by the budget and by spending limits on disjoint parts of
it (unit minimums and maximums, or instrument caps), whose columns share a few costs.

With only the budget row, a plan is a bounded knapsack. Vouchers of one type cost the same in every
unit and kits cost what the catalogue says for their type and area, so the columns fall into a few
*cost groups*. Within a group, buying n units is best done with the n most valuable ones (they all
cost the same), so a plan is fixed by one integer per group and the value of a group is a concave
piecewise-linear function of its count. The search branches on these counts (count ≤ ⌊t⌋ or
≥ ⌈t⌉), best bound first; a node is dropped when its bound cannot beat the best plan found by more
than `tol`, so the answer is optimal to `tol` (1e-9 relative by default), much tighter than a MILP
solver's usual 1e-4 relative gap.

**The bound of a node** is its LP relaxation, solved exactly without an LP solver. The parts are
disjoint, so the LP is a separable concave resource allocation: each part q's value is a concave
function of what it spends, s_q, with m_q ≤ s_q ≤ M_q, and Σ s ≤ budget. Its optimum: each part
first spends its minimum on its own pieces by value per ₸ (Dantzig's order, even on pieces worth
nothing if it must), then the money left goes by value per ₸ over every piece, each part stopping
at its maximum. It has at most one fractional group per part and one at the budget.

**Reduced-cost fixing at the root.** From the root LP, multipliers λ (the budget) and π_q (each part
whose limit binds) give every piece a reduced cost r = value − π·cost; any plan that moves a piece
away from its Lagrangian best loses at least |r| per unit, so a piece with |r| above the distance
between the Lagrangian bound and the first plan found is fixed (any better plan agrees with it). The
few pieces left near the break are searched; this is what makes a re-plan take milliseconds.

With a unit minimum, the programme of frontier.py (a bound with each part's whole-item best, which
the LP's is not) is tried first; this search is its fallback. When the node limit or the time
limit is reached, the best plan is returned with the remaining gap and the caller may fall back
to HiGHS. Instrument caps together with unit limits are not disjoint:
that case is HiGHS's (exact.py).
"""

from __future__ import annotations

import heapq
import time
from dataclasses import dataclass

import numpy as np

from kzplanner.core.planning.frontier import solve_by_frontier

MAX_GROUPS = 512


@dataclass(frozen=True)
class KnapsackResult:
    x: np.ndarray
    objective: float
    bound: float  # no plan can exceed it
    optimal: bool
    nodes: int
    seconds: float
    fixed: int = 0  # columns fixed by reduced costs at the root


def _cumulative_before(amount: np.ndarray, key: np.ndarray) -> np.ndarray:
    """For each position, the sum of `amount` at earlier positions with the same key."""
    by_key = np.argsort(key, kind="stable")
    a, k = amount[by_key], key[by_key]
    cum = np.cumsum(a) - a
    first = np.searchsorted(k, k)
    out = np.empty_like(amount, dtype=float)
    out[by_key] = cum - cum[first]
    return out


class _Pieces:
    """The free columns as pieces in Dantzig order (value per ₸ falling; ties in column order), and
    the limits left once the lower bounds are paid for."""

    def __init__(self, cols: np.ndarray, value: np.ndarray, cost: np.ndarray, room: np.ndarray,
                 group: np.ndarray, n_groups: int, part: np.ndarray, limits: tuple) -> None:
        ratio = value[cols] / cost[cols]
        order = np.lexsort((cols, -ratio))
        self.cols = cols[order]  # original column of each piece
        self.ratio = ratio[order]
        self.value, self.cost = value[self.cols], cost[self.cols]
        self.group, self.part, self.room = group[self.cols], part[self.cols], room[self.cols]
        self.positive = self.value > 0
        self.before = _cumulative_before(self.room, self.group)
        self.n_groups = n_groups
        self.total = np.bincount(self.group, weights=self.room, minlength=n_groups)
        self.min_cost = float(self.cost.min()) if self.cost.size else 0.0
        self.capped = self.part >= 0
        self.cap, self.pmax, self.pmin, self.eps = limits
        self.n_parts = self.pmax.size
        self.pidx = np.maximum(self.part, 0)
        # pieces of every part that has a minimum, in order (the completion meets minimums)
        self.min_pieces = {int(q): np.flatnonzero(self.part == q)
                           for q in np.flatnonzero(self.pmin > self.eps)}

    def part_sums(self, amount: np.ndarray) -> np.ndarray:
        return np.bincount(self.part[self.capped], weights=amount[self.capped],
                           minlength=self.n_parts)


def _relax(pc: _Pieces, lo: np.ndarray, hi: np.ndarray):
    """LP over the box lo ≤ counts ≤ hi: (bound, units per piece, a fractional group or -1), or
    None when the box admits no plan."""
    eps = pc.eps
    end = pc.before + pc.room
    lo_s, hi_s = lo[pc.group], hi[pc.group]
    units = np.clip(np.minimum(end, lo_s) - pc.before, 0.0, pc.room)  # forced by lo
    avail = np.clip(np.minimum(end, hi_s) - np.maximum(pc.before, lo_s), 0.0, None)
    forced_cost = units * pc.cost
    left = pc.cap - float(forced_cost.sum())
    if left < -eps:
        return None
    part_left = pc.pmax
    if pc.n_parts:
        spent = pc.part_sums(forced_cost)
        if np.any(spent > pc.pmax + eps):
            return None
        need = pc.pmin - spent
        if np.any(need > eps):  # minimums first, each on its own part's best pieces
            short = pc.capped & (need[pc.pidx] > eps)
            s = np.where(short, avail * pc.cost, 0.0)
            take = np.where(short, np.clip(need[pc.pidx] - _cumulative_before(s, pc.part), 0.0,
                                           s), 0.0)
            got = pc.part_sums(take)
            if np.any((need > eps) & (got < need - eps)):
                return None
            left -= float(take.sum())
            if left < -eps:
                return None
            units = units + take / pc.cost
            avail = avail - take / pc.cost
            spent = spent + got
        part_left = pc.pmax - spent
    spend = avail * pc.positive * pc.cost
    if pc.n_parts:
        spend = np.where(pc.capped, np.clip(part_left[pc.pidx] - _cumulative_before(
            spend, pc.part), 0.0, spend), spend)
    cum = np.cumsum(spend)
    k = int(np.searchsorted(cum, left + eps, side="right"))
    taken = np.zeros_like(spend)
    taken[:k] = spend[:k]
    if k < spend.size:
        taken[k] = max(left - (float(cum[k - 1]) if k else 0.0), 0.0)
    units = units + taken / pc.cost
    bound = float(pc.value @ units)
    whole = np.abs(units - np.round(units)) <= 1e-9
    units = np.where(whole, np.round(units), units)
    if whole.all():
        return bound, units, -1
    return bound, units, int(pc.group[int(np.argmin(whole))])


def _complete(pc: _Pieces, units: np.ndarray, lo: np.ndarray, hi: np.ndarray
              ) -> np.ndarray | None:
    """A whole plan from a fractional LP plan: round down, meet the minimums with each part's
    best pieces (giving back the least valuable pieces elsewhere if the budget is passed), then
    add what still fits in order. None if no limit-abiding plan comes out."""
    eps = pc.eps
    x = np.floor(units + 1e-9)
    counts = np.bincount(pc.group, weights=x, minlength=pc.n_groups)
    left = pc.cap - float(x @ pc.cost)
    part_left = pc.pmax
    if pc.n_parts:
        spent = pc.part_sums(x * pc.cost)
        for q, pieces in pc.min_pieces.items():
            need = pc.pmin[q] - spent[q]
            for s in pieces:
                if need <= eps:
                    break
                g, c = pc.group[s], pc.cost[s]
                take = min(pc.room[s] - x[s], hi[g] - counts[g], np.ceil((need - eps) / c))
                if take >= 1:
                    x[s] += take
                    counts[g] += take
                    need -= take * c
                    left -= take * c
                    spent[q] += take * c
            if need > eps:
                return None
        if left < -eps:  # give back the least valuable pieces not needed for a minimum
            slack = spent - np.maximum(pc.pmin, 0.0)
            for s in np.flatnonzero(x > 0)[::-1]:
                if left >= -eps:
                    break
                g, q, c = pc.group[s], pc.part[s], pc.cost[s]
                give = min(x[s], counts[g] - lo[g], np.ceil((-left - eps) / c))
                if q >= 0:
                    give = min(give, np.floor((slack[q] + eps) / c))
                if give >= 1:
                    x[s] -= give
                    counts[g] -= give
                    left += give * c
                    if q >= 0:
                        slack[q] -= give * c
                        spent[q] -= give * c
        if left < -eps or np.any(spent > pc.pmax + eps):
            return None
        part_left = pc.pmax - spent
    if left < pc.min_cost - eps:
        return x
    for s in np.flatnonzero(pc.positive & (x < pc.room) & (pc.cost <= left + eps)):
        if left < pc.min_cost - eps:
            break
        c = pc.cost[s]
        if c > left + eps:
            continue
        g, q = pc.group[s], pc.part[s]
        allow = left if q < 0 else min(left, part_left[q])
        take = min(pc.room[s] - x[s], np.floor((allow + eps) / c), hi[g] - counts[g])
        if take >= 1:
            x[s] += take
            counts[g] += take
            left -= take * c
            if q >= 0:
                part_left[q] -= take * c
    return x


def _reduced_costs(pc: _Pieces, units: np.ndarray) -> tuple[np.ndarray, float, float]:
    """Reduced costs of the pieces and the Lagrangian bound they come with, from the root LP.

    λ ≥ 0 prices the budget, π_q ≥ λ a part held at its maximum, π_q ≤ λ a part held at its
    minimum; any such multipliers give a valid bound (the LP's own make it tight):
    U = Σ max(r, 0)·room + λ·cap + Σ (π_q − λ)⁺ M_q − Σ (λ − π_q)⁺ m_q, r = value − π·cost.
    """
    eps = pc.eps
    notfull = units < pc.room - 1e-9
    at_max = np.zeros(pc.n_parts, dtype=bool)
    at_min = np.zeros(pc.n_parts, dtype=bool)
    if pc.n_parts:
        spent = pc.part_sums(units * pc.cost)
        at_max = np.isfinite(pc.pmax) & (spent >= pc.pmax - eps)
        at_min = ~at_max & (pc.pmin > eps) & (spent <= pc.pmin + eps)
    bound_part = (np.where(pc.capped, (at_max | at_min)[pc.pidx], False) if pc.n_parts
                  else np.zeros(pc.cost.size, dtype=bool))
    free = notfull & ~bound_part
    lam = max(0.0, float(pc.ratio[free].max())) if free.any() else 0.0
    pi = np.full(pc.n_parts, lam)
    for q in np.flatnonzero(at_max):
        inside = (pc.part == q) & notfull
        pi[q] = max(lam, float(pc.ratio[inside].max())) if inside.any() else lam
    for q in np.flatnonzero(at_min):
        inside = (pc.part == q) & (units > 1e-9)
        pi[q] = min(lam, float(pc.ratio[inside].min())) if inside.any() else lam
    price = np.where(pc.capped, pi[pc.pidx], lam) if pc.n_parts else np.full(pc.cost.size, lam)
    r = pc.value - price * pc.cost
    bound = float(np.maximum(r, 0.0) @ pc.room) + lam * pc.cap
    if pc.n_parts:
        up, down = np.maximum(pi - lam, 0.0), np.maximum(lam - pi, 0.0)
        bound += float(up[up > 0] @ pc.pmax[up > 0]) - float(down[down > 0] @ pc.pmin[down > 0])
    return r, bound, lam


def _dive(pc: _Pieces, node, offer, steps: int = 60) -> None:
    """Depth first from a node, always into the child with the better bound, offering each
    node's completed plan: a good plan early, so that more pieces can be fixed."""
    lo, hi = np.zeros(pc.n_groups), pc.total.copy()
    for _ in range(steps):
        _bound, units, g = node
        if g < 0:
            offer(units)
            return
        offer(_complete(pc, units, lo, hi))
        count = float(units[pc.group == g].sum())
        down_hi, up_lo = hi.copy(), lo.copy()
        down_hi[g], up_lo[g] = np.floor(count), np.ceil(count)
        kids = [(c, a, b) for a, b in ((lo, down_hi), (up_lo, hi))
                if (c := _relax(pc, a, b)) is not None]
        if not kids:
            return
        node, lo, hi = max(kids, key=lambda k: k[0][0])


def solve_budget_knapsack(value: np.ndarray, cost: np.ndarray, lb: np.ndarray, ub: np.ndarray,
                          budget: float, group: np.ndarray, time_limit_s: float = 30.0,
                          max_nodes: int = 50_000, rel_tol: float = 1e-9,
                          part: np.ndarray | None = None, part_cap: np.ndarray | None = None,
                          part_min: np.ndarray | None = None) -> KnapsackResult | None:
    """max value·x subject to cost·x ≤ budget and, for every part q, part_min[q] ≤
    Σ_{part=q} cost·x ≤ part_cap[q] (part −1: no limit; inf / −inf: none), lb ≤ x ≤ ub integer.
    Columns of one group share their cost and part. Returns None when no plan meets the limits.
    """
    start = time.perf_counter()
    n_groups = int(group.max()) + 1 if group.size else 0
    part = np.full(value.size, -1) if part is None else np.asarray(part)
    part_cap = np.zeros(0) if part_cap is None else np.asarray(part_cap, dtype=float)
    part_min = (np.full(part_cap.size, -np.inf) if part_min is None
                else np.asarray(part_min, dtype=float))
    scale = max(1.0, float(np.abs(cost).max(initial=0.0)))
    eps = 1e-9 * scale
    room = np.maximum(ub - lb, 0.0)
    base = lb.astype(float).copy()

    def pieces(cols: np.ndarray) -> _Pieces | None:
        spent = cost * base
        inside = part >= 0
        by_part = np.bincount(part[inside], weights=spent[inside], minlength=part_cap.size)
        limits = (budget - float(spent.sum()), part_cap - by_part,
                  np.maximum(part_min, 0.0) - by_part, eps)
        if limits[0] < -eps or np.any(limits[1] < -eps) or np.any(limits[2] > limits[1] + eps):
            return None
        return _Pieces(cols, value, cost, room, group, n_groups, part, limits)

    pc = pieces(np.flatnonzero(room > 0))
    root = None if pc is None else _relax(pc, np.zeros(n_groups), pc.total.copy())
    if root is None:
        return None
    best_x, best = base.copy(), -np.inf

    def offer(units: np.ndarray | None) -> None:
        nonlocal best_x, best
        if units is None:
            return
        x = base.copy()
        x[pc.cols] += units
        v = float(value @ x)
        if v > best:
            best, best_x = v, x

    offer(root[1] if root[2] < 0 else _complete(pc, root[1], np.zeros(n_groups), pc.total))
    if root[2] >= 0 and np.any(part_min > 0):
        # Unit minimums: the programme over cost groups pruned by the Lagrangian bound with each
        # part's whole-item best (frontier.py); the search below is the fallback.
        lam = _reduced_costs(pc, root[1])[2]
        res = solve_by_frontier(value, cost, lb, ub, budget, group, part, part_cap, part_min,
                                lam, best_x if np.isfinite(best) else None,
                                time_limit_s=time_limit_s, rel_tol=rel_tol)
        if res is not None:
            return KnapsackResult(x=res.x, objective=res.objective, bound=res.objective,
                                  optimal=True, nodes=res.states,
                                  seconds=time.perf_counter() - start)
    fixed = 0
    if root[2] >= 0 and np.isfinite(best):
        # Reduced-cost fixing: pieces whose |r| exceeds the distance from the Lagrangian bound to
        # the best plan found. Twice: after a dive that improves the plan, more pieces are fixed.
        r_p, lagrange, _lam = _reduced_costs(pc, root[1])
        lagrange += float(value @ base)
        r = np.zeros(value.size)
        r[pc.cols] = r_p
        base0, cols0 = base.copy(), pc.cols
        for dive in (True, False):
            margin = max(lagrange - best, 0.0) + 1e-9 * max(1.0, abs(lagrange))
            full, none = r[cols0] > margin, r[cols0] < -margin
            base[:] = base0
            base[cols0[full]] += room[cols0[full]]
            fixed = int(full.sum() + none.sum())
            # The best plan found agrees with every fixing (moving off one loses more than the
            # gap), so the reduced problem has a plan; rounding aside, it is then the optimum.
            kept = pieces(cols0[~(full | none)])
            root = None if kept is None else _relax(kept, np.zeros(n_groups), kept.total.copy())
            if root is None:
                return KnapsackResult(x=best_x, objective=best, bound=best, optimal=True,
                                      nodes=0, seconds=time.perf_counter() - start, fixed=fixed)
            pc = kept
            if dive:
                _dive(pc, root, offer)

    base_value = float(value @ base)
    heap: list = []
    counter = nodes = 0

    def consider(node, lo, hi) -> None:
        nonlocal counter
        bound, units, g = node
        if g < 0:
            offer(units)
            return
        offer(_complete(pc, units, lo, hi))
        counter += 1
        heapq.heappush(heap, (-bound, counter, lo, hi, units, g))

    consider(root, np.zeros(n_groups), pc.total.copy())
    optimal = True
    while heap:
        neg_bound, _, lo, hi, units, g = heapq.heappop(heap)
        tol = rel_tol * max(1.0, abs(best)) if np.isfinite(best) else 0.0
        if base_value - neg_bound <= best + tol:
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
            child = _relax(pc, child_lo, child_hi)
            if child is not None and child[0] + base_value > best + tol:
                consider(child, child_lo, child_hi)
    if not np.isfinite(best):  # no whole plan: none exists (search done), or none found yet
        if optimal:
            return None
        return KnapsackResult(x=base, objective=-np.inf, bound=np.inf, optimal=False,
                              nodes=nodes, seconds=time.perf_counter() - start, fixed=fixed)
    bound = best if optimal else max(max(-h[0] for h in heap) + base_value, best)
    return KnapsackResult(x=best_x, objective=best, bound=bound, optimal=optimal, nodes=nodes,
                          seconds=time.perf_counter() - start, fixed=fixed)
