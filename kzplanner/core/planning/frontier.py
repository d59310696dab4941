"""Exact plans with spending limits on a few parts of the budget (unit minimums and maximums,
instrument caps): a dynamic programme over cost groups, pruned by a Lagrangian bound.

A plan is fixed by one count n_g per cost group (columns of one cost and one part; within a group
the n_g most valuable units are bought), and a group's value F_g(n) is concave. Take λ ≥ 0, the
budget's price from the root LP. For any plan, value = λ·B − λ·(money left) + Σ_g σ_g(n_g), with
σ_g(n) = F_g(n) − λ·c_g·n the group's *score*. So

    U = λ·B + Σ_{groups outside the parts} max_n σ_g(n) + Σ_parts H_q

is an upper bound, H_q being the part's best score with its limits met (m_q ≤ spend ≤ M_q) —
found exactly here, with whole items, which is what makes the bound tight where the LP's is not:
a unit minimum that no sum of prices hits exactly costs something the LP does not see.

Every plan of value ≥ a target T loses at most Δ = U − T in total, so each group moves from its
Lagrangian best count only as far as a loss ≤ Δ allows, and each part keeps only its options
(spend, value) whose score is within Δ of H_q. A part's options come from a small programme over
its own groups (states: spend and value; dropped when even the LP of the rest of the part cannot
bring the score within reach). Then the budget: stages are the free groups and the parts'
options, states (spend, value) with Pareto dominance (less money, more value), dropped when over
the budget or when value − λ·spend + Σ_rest best score + λ·min(B, spend + the most the rest can
add) < T. If a final state within the budget is left, the best one is the optimum (every plan
≥ T was kept); else T is lowered (from just below U, ×4 each time) until it reaches the plan
known beforehand, which is then optimal. The optimum is usually within a hair of U, so the
first targets keep the programme small.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from kzplanner.core.planning.frontier_parts import (
    MAX_CANDIDATES,
    MAX_OPTIONS,
    MAX_STATES,
    GiveUp,
    Group,
    cost_groups,
    cover_loss,
    lp_loss,
    part_options,
    part_prep,
    prune_dominated,
)


@dataclass(frozen=True)
class FrontierResult:
    x: np.ndarray
    objective: float
    bound: float  # U, the Lagrangian bound with every part's integer best
    states: int  # the most states kept at any stage
    seconds: float


def solve_by_frontier(value: np.ndarray, cost: np.ndarray, lb: np.ndarray, ub: np.ndarray,
                      budget: float, group: np.ndarray, part: np.ndarray, part_cap: np.ndarray,
                      part_min: np.ndarray, lam: float, best_x: np.ndarray | None,
                      time_limit_s: float = 5.0, rel_tol: float = 1e-9
                      ) -> FrontierResult | None:
    """max value·x, cost·x ≤ budget, part_min[q] ≤ Σ_{part=q} cost·x ≤ part_cap[q], lb ≤ x ≤ ub
    integer (columns of one group share cost and part; `best_x` a plan meeting all of it, or
    None). Returns the optimum, or None when the programme gives up (too many states or time)
    or finds no plan."""
    start = time.perf_counter()
    deadline = start + time_limit_s
    value = np.asarray(value, dtype=float)
    room = np.maximum(ub - lb, 0.0)
    eps = 1e-9 * max(1.0, float(np.abs(cost).max(initial=0.0)))
    base = lb.astype(float)
    inside = part >= 0
    spent = np.bincount(part[inside], weights=(cost * base)[inside], minlength=part_cap.size)
    cap_left = budget - float(cost @ base)
    p_hi, p_lo = part_cap - spent, np.maximum(part_min, 0.0) - spent
    lam = max(float(lam), 0.0)
    base_value = float(value @ base)
    best = float(value @ best_x) - base_value if best_x is not None else -np.inf
    groups = cost_groups(value, cost, room, group, part, lam)
    free = [gr for gr in groups if gr.part < 0]
    by_part: dict[int, list[Group]] = {}
    for gr in groups:
        if gr.part >= 0:
            by_part.setdefault(gr.part, []).append(gr)
    for q in np.flatnonzero((p_lo > eps) | (p_hi < -eps)):
        by_part.setdefault(int(q), [])  # a part that must spend but has nothing to buy
    top_free = sum(gr.top(lam) for gr in free)
    # Each part's LP bound (its groups' best counts moved to meet its limits): a first U.
    h_lp = {}
    for q, grs in by_part.items():
        up, down = cover_loss(grs, lam)
        at_best = sum(gr.cost * gr.best for gr in grs)
        h_lp[q] = sum(gr.top(lam) for gr in grs) - float(
            lp_loss(up, np.array([max(p_lo[q] - at_best, 0.0)]))[0]
            + lp_loss(down, np.array([max(at_best - p_hi[q], 0.0)]))[0])
    if any(not np.isfinite(h) for h in h_lp.values()) or cap_left < -eps:
        return None
    u_lp = lam * cap_left + top_free + sum(h_lp.values())
    tol = rel_tol * max(1.0, abs(u_lp + base_value))
    grain = 1e-6 * max(1.0, abs(u_lp)) + lam * float(cost.min(initial=0.0))
    limit = 4 * (abs(u_lp) + float(np.abs(value) @ room)) + grain
    try:
        # 1. Each part's best score H_q with whole items (options within `d` of its LP bound,
        # d growing until one exists): the exact Lagrangian bound U.
        parts, preps = {}, {q: part_prep(grs, lam) for q, grs in by_part.items()}
        for q, grs in by_part.items():
            d = grain
            while True:
                opts = part_options(grs, p_lo[q], p_hi[q], lam, h_lp[q] - d - tol, eps,
                                     deadline, preps[q])
                if opts[0].size or d > limit:
                    break
                d *= 8
            if not opts[0].size:
                return None  # the part's limits cannot be met
            parts[q] = (h_lp[q] - d - tol, opts)
        u = lam * cap_left + top_free + sum(o[3] for _f, o in parts.values())
        # 2. Targets from just below U down to the known plan: the optimum is usually within a
        # hair of U, and a near target keeps the programme small. Every plan of value ≥ the
        # target is kept, so the best one found is the optimum.
        step, peak = grain, 0
        while True:
            target = max(u - step, best + tol) if np.isfinite(best) else u - step
            began = time.perf_counter()
            last = np.isfinite(best) and target <= best + tol
            stages = []
            for q, grs in sorted(by_part.items()):
                floor = parts[q][1][3] - (u - target) - tol  # H_q less what the target allows
                if floor < parts[q][0]:  # wider than the options kept: again, lower
                    parts[q] = (floor, part_options(grs, p_lo[q], p_hi[q], lam, floor, eps,
                                                     deadline, preps[q]))
                ps, pv, counts, h = parts[q][1]
                keep = pv - lam * ps >= floor
                stages.append([ps[keep], pv[keep], ("part", grs, counts[keep]), h])
            wide = []  # a group with very many counts in reach (units priced at λ): last
            for gr in free:
                lo_n, hi_n = gr.count_range(lam, u - target + tol)
                if hi_n - lo_n + 1 > MAX_OPTIONS:
                    wide.append((gr, lo_n, hi_n))
                    continue
                n = np.arange(lo_n, hi_n + 1, dtype=float)
                stages.append([gr.cost * n, gr.value_at(n), ("group", gr, n), gr.top(lam)])
            if len(wide) > 1:
                raise GiveUp
            stages.sort(key=lambda st: -float(np.ptp(st[0])) if st[0].size else 0.0)
            picks, _objective, states = _budget_dp(stages, cap_left, lam, target - tol, eps,
                                                   deadline, wide[0] if wide else None)
            peak = max(peak, states)
            if picks is not None:
                break
            if last:  # nothing beats the known plan: it is the optimum
                return FrontierResult(best_x.astype(float), best + base_value, u + base_value,
                                      peak, time.perf_counter() - start)
            if step > limit:
                return None  # no plan at all
            step *= 4
            if time.perf_counter() - began > 0.05 and np.isfinite(best):
                step = max(step, u - best)  # a costly attempt: straight to the known plan
    except GiveUp:
        return None
    x = base.copy()
    for kind, obj, n in picks:
        for gr, cnt in ([(obj, n)] if kind == "group" else zip(obj, n, strict=True)):
            x[gr.cols] += np.clip(cnt - gr.cum_room[:-1], 0.0, np.diff(gr.cum_room))
    return FrontierResult(x, float(value @ x), u + base_value, peak, time.perf_counter() - start)


def _budget_dp(stages, cap, lam, floor, eps, deadline, wide=None):
    """States (spend, value) over the stages, none whose bound is below `floor`: the chosen
    option of every stage for the best final state (None if none reaches `floor`), its value,
    and the peak state count. `wide` (group, lo, hi): a group whose count is chosen last, for
    each state the best one that fits (its value is concave in the count)."""
    m = len(stages)
    if any(st[0].size == 0 for st in stages):
        return None, -np.inf, 0
    rest_top, rest_min, rest_max = np.zeros(m + 1), np.zeros(m + 1), np.zeros(m + 1)
    if wide is not None:
        gw, lo_w, hi_w = wide
        rest_top[m], rest_min[m], rest_max[m] = gw.top(lam), gw.cost * lo_w, gw.cost * hi_w
    for k in range(m - 1, -1, -1):
        s = stages[k][0]
        rest_top[k] = rest_top[k + 1] + stages[k][3]
        rest_min[k] = rest_min[k + 1] + (float(s.min()) if s.size else np.inf)
        rest_max[k] = rest_max[k + 1] + (float(s.max()) if s.size else -np.inf)
    s, v = np.zeros(1), np.zeros(1)
    hist, peak = [], 1
    for k, (ds, dv, _d, _h) in enumerate(stages):
        if s.size * ds.size > MAX_CANDIDATES:
            raise GiveUp
        s2 = (s[:, None] + ds[None, :]).ravel()
        v2 = (v[:, None] + dv[None, :]).ravel()
        bound = v2 - lam * s2 + rest_top[k + 1] + lam * np.minimum(cap, s2 + rest_max[k + 1])
        ok = (s2 + rest_min[k + 1] <= cap + eps) & (bound >= floor)
        idx = np.flatnonzero(ok)
        s2, v2, idx = prune_dominated(s2[ok], v2[ok], idx)
        if s2.size > MAX_STATES or time.perf_counter() > deadline:
            raise GiveUp
        peak = max(peak, s2.size)
        hist.append((idx // ds.size, idx % ds.size))
        s, v = s2, v2
        if s.size == 0:
            return None, -np.inf, peak
    n_w = None
    if wide is not None:  # the best count that fits: the value's peak, or as many as fit
        fit = np.floor((cap - s + eps) / gw.cost)
        peak_n = float(gw.cum_room[int(np.sum(gw.val > 0))])
        n_w = np.clip(peak_n, lo_w, np.minimum(hi_w, fit))
        s, v = np.where(fit >= lo_w, s + gw.cost * n_w, np.inf), v + gw.value_at(n_w)
    ok = (s <= cap + eps) & (v >= floor)
    if not ok.any():
        return None, -np.inf, peak
    top = float(v[ok].max())
    cur = int(np.flatnonzero(ok)[np.argmax(v[ok])])
    picks = [None] * m
    if n_w is not None:
        picks.append(("group", gw, float(n_w[cur])))
    for k in range(m - 1, -1, -1):
        parent, choice = hist[k]
        c = int(choice[cur])
        kind, obj, opts = stages[k][2]
        picks[k] = (kind, obj, opts[c])
        cur = int(parent[cur])
    return picks, top, peak
