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

MAX_STATES, MAX_OPTIONS = 400_000, 20_000  # per stage, per group: beyond them, give up
MAX_CANDIDATES = 4_000_000  # states × options of one stage (memory), beyond it: give up


class _GiveUp(Exception):
    """Too many states, options or seconds: the caller falls back to the search or HiGHS."""


@dataclass
class _Group:
    cols: np.ndarray  # columns in value order (falling; ties by column)
    cost: float
    part: int
    val: np.ndarray  # per column value
    cum_room: np.ndarray  # 0, room_0, room_0+room_1, …
    cum_val: np.ndarray
    best: int  # the count of the Lagrangian best (units with value > λ·cost)
    _top: float | None = None

    @property
    def total(self) -> int:
        return int(round(self.cum_room[-1]))

    def value_at(self, n: np.ndarray) -> np.ndarray:
        k = np.minimum(np.searchsorted(self.cum_room, n, side="right") - 1, self.val.size - 1)
        k = np.maximum(k, 0)
        return self.cum_val[k] + (n - self.cum_room[k]) * self.val[k]

    def top(self, lam: float) -> float:
        """The group's best score (at `best`); λ is the same for the group's whole life."""
        if self._top is None:
            self._top = float(self.score(np.array([float(self.best)]), lam)[0])
        return self._top

    def score(self, n: np.ndarray, lam: float) -> np.ndarray:
        return self.value_at(n) - lam * self.cost * n

    def counts_within(self, lam: float, allowance: float) -> np.ndarray:
        """Counts whose score is within `allowance` of the group's best score (concave: a range
        around `best`)."""
        top = self.top(lam)
        lo = self._reach(lam, top - allowance, -1)
        hi = self._reach(lam, top - allowance, +1)
        if hi - lo + 1 > MAX_OPTIONS:
            raise _GiveUp
        return np.arange(lo, hi + 1, dtype=float)

    def _reach(self, lam: float, floor: float, step: int) -> int:
        """The furthest count from `best` in direction `step` whose score stays ≥ floor."""
        n, end = self.best, (self.total if step > 0 else 0)
        if n == end:
            return n
        # scores at the piece boundaries in that direction, then within the last piece
        bounds = self.cum_room[(self.cum_room > n) if step > 0 else (self.cum_room < n)]
        bounds = bounds if step > 0 else bounds[::-1]
        sc = self.score(bounds, lam)
        ok = sc >= floor - 1e-9 * max(1.0, abs(floor))
        k = int(np.argmin(ok)) if not ok.all() else bounds.size
        last_ok = float(bounds[k - 1]) if k else float(n)
        if k == bounds.size:
            return int(round(last_ok))
        s0 = float(self.score(np.array([last_ok]), lam)[0])
        s1 = float(sc[k])
        span = abs(float(bounds[k]) - last_ok)
        per = (s0 - s1) / span if span else np.inf  # loss per unit within that piece
        extra = np.floor((s0 - floor) / per + 1e-9) if per > 0 else span
        extra = min(max(extra, 0.0), span)
        return int(round(last_ok + step * extra))


def _groups(value, cost, room, group, part, lam) -> list[_Group]:
    out = []
    cols = np.flatnonzero(room > 0)
    if cols.size == 0:
        return out
    order = cols[np.lexsort((cols, -value[cols], group[cols]))]
    g = group[order]
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    for a, b in zip(starts, np.r_[starts[1:], order.size], strict=True):
        members = order[a:b]
        r = room[members]
        v = value[members]
        cum_room = np.r_[0.0, np.cumsum(r)]
        cum_val = np.r_[0.0, np.cumsum(r * v)]
        c = float(cost[members[0]])
        best = int(round(cum_room[int(np.sum(v - lam * c > 0))]))
        out.append(_Group(members, c, int(part[members[0]]), v, cum_room, cum_val, best))
    return out


def _prune_dominated(s, v, idx):
    """Pareto: keep a state only if no state with no more spending has at least its value."""
    if s.size == 0:
        return s, v, idx
    order = np.lexsort((-v, s))
    s, v, idx = s[order], v[order], idx[order]
    run = np.maximum.accumulate(v)
    keep = np.r_[True, v[1:] > run[:-1]]
    return s[keep], v[keep], idx[keep]


def _cover_loss(groups: list[_Group], lam: float):
    """For the groups given: the least score lost (LP) to spend `d` more than at their best
    counts, and to spend `d` less — both convex piecewise-linear in d, as (x, y) arrays."""
    up_rate, up_room, dn_rate, dn_room = [], [], [], []
    for gr in groups:
        units = np.diff(gr.cum_room)
        above = gr.cum_room[1:] > gr.best
        up_rate.append(lam - gr.val[above] / gr.cost)
        up_room.append(units[above] * gr.cost)
        dn_rate.append(gr.val[~above] / gr.cost - lam)
        dn_room.append(units[~above] * gr.cost)

    def curve(rate, room):
        rate, room = np.concatenate(rate or [np.zeros(0)]), np.concatenate(room or [np.zeros(0)])
        o = np.argsort(rate, kind="stable")
        x = np.r_[0.0, np.cumsum(room[o])]
        y = np.r_[0.0, np.cumsum(np.maximum(rate[o], 0.0) * room[o])]
        return x, y

    return curve(up_rate, up_room), curve(dn_rate, dn_room)


def _lp_loss(curve, d: np.ndarray) -> np.ndarray:
    x, y = curve
    out = np.interp(d, x, y)
    return np.where(d > x[-1] + 1e-6 * max(1.0, x[-1]), np.inf, out)


def _part_prep(groups: list[_Group], lam: float) -> dict:
    """What a part's programme needs whatever the floor: the groups' order (dearest first) and,
    after each stage, the rest's best score, its spending at the best counts and its LP curves."""
    order = sorted(range(len(groups)), key=lambda i: -groups[i].cost)
    m = len(order)
    rest_best, rest_at_best = np.zeros(m + 1), np.zeros(m + 1)
    for k in range(m - 1, -1, -1):
        gr = groups[order[k]]
        rest_best[k] = rest_best[k + 1] + gr.top(lam)
        rest_at_best[k] = rest_at_best[k + 1] + gr.cost * gr.best
    curves = [_cover_loss([groups[i] for i in order[k:]], lam) for k in range(m + 1)]
    return {"order": order, "rest_best": rest_best, "rest_at_best": rest_at_best,
            "curves": curves}


def _part_options(groups: list[_Group], lo: float, hi: float, lam: float, floor: float,
                  eps: float, deadline: float, prep: dict | None = None):
    """A part's plans with lo ≤ spend ≤ hi whose score may reach `floor`: (spend, value,
    counts per group (options × groups)), and the part's best score H (−inf if none)."""
    prep = prep or _part_prep(groups, lam)
    order, rest_best = prep["order"], prep["rest_best"]
    rest_at_best, curves = prep["rest_at_best"], prep["curves"]
    allowance = rest_best[0] - floor
    opts = [gr.counts_within(lam, allowance) for gr in groups]
    s, v = np.zeros(1), np.zeros(1)
    hist = []
    rest_min = np.zeros(len(order) + 1)
    for k in range(len(order) - 1, -1, -1):
        rest_min[k] = rest_min[k + 1] + groups[order[k]].cost * float(opts[order[k]][0])
    tol = 1e-9 * max(1.0, abs(floor))
    for k, i in enumerate(order):
        gr, n = groups[i], opts[i]
        if s.size * n.size > MAX_CANDIDATES:
            raise _GiveUp
        dv, ds = gr.value_at(n), gr.cost * n
        s2 = (s[:, None] + ds[None, :]).ravel()
        v2 = (v[:, None] + dv[None, :]).ravel()
        idx = np.arange(s2.size)
        # the rest of the part at its best counts, moved (LP) to meet the limits
        at_best = s2 + rest_at_best[k + 1]
        up, down = curves[k + 1]
        loss = _lp_loss(up, np.maximum(lo - at_best, 0.0)) + _lp_loss(
            down, np.maximum(at_best - hi, 0.0))
        ok = (s2 + rest_min[k + 1] <= hi + eps) & (
            v2 - lam * s2 + rest_best[k + 1] - loss >= floor - tol)
        s2, v2, idx = s2[ok], v2[ok], idx[ok]
        if k < len(order) - 1:  # below the minimum only equal spending dominates; above, less
            below = s2 < lo - eps
            a = _dedupe(s2[below], v2[below], idx[below])
            b = _prune_dominated(s2[~below], v2[~below], idx[~below])
            s2, v2, idx = (np.concatenate([a[j], b[j]]) for j in range(3))
        if s2.size > MAX_STATES or time.perf_counter() > deadline:
            raise _GiveUp
        hist.append((idx // n.size, idx % n.size))
        s, v = s2, v2
    final = (s >= lo - eps) & (s <= hi + eps)
    rows = np.flatnonzero(final)
    if rows.size == 0:
        return np.zeros(0), np.zeros(0), np.zeros((0, len(groups))), -np.inf
    counts = np.zeros((rows.size, len(groups)))
    cur = rows
    for k in range(len(order) - 1, -1, -1):
        parent, choice = hist[k]
        counts[:, order[k]] = opts[order[k]][choice[cur]]
        cur = parent[cur]
    s, v = s[rows], v[rows]
    score = v - lam * s
    h = float(score.max())
    s, v, j = _prune_dominated(s, v, np.arange(s.size))
    return s, v, counts[j], h


def _dedupe(s, v, idx):
    if s.size == 0:
        return s, v, idx
    order = np.lexsort((-v, s))
    s, v, idx = s[order], v[order], idx[order]
    first = np.r_[True, s[1:] != s[:-1]]
    return s[first], v[first], idx[first]


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
    groups = _groups(value, cost, room, group, part, lam)
    free = [gr for gr in groups if gr.part < 0]
    by_part: dict[int, list[_Group]] = {}
    for gr in groups:
        if gr.part >= 0:
            by_part.setdefault(gr.part, []).append(gr)
    for q in np.flatnonzero((p_lo > eps) | (p_hi < -eps)):
        by_part.setdefault(int(q), [])  # a part that must spend but has nothing to buy
    top_free = sum(gr.top(lam) for gr in free)
    # Each part's LP bound (its groups' best counts moved to meet its limits): a first U.
    h_lp = {}
    for q, grs in by_part.items():
        up, down = _cover_loss(grs, lam)
        at_best = sum(gr.cost * gr.best for gr in grs)
        h_lp[q] = sum(gr.top(lam) for gr in grs) - float(
            _lp_loss(up, np.array([max(p_lo[q] - at_best, 0.0)]))[0]
            + _lp_loss(down, np.array([max(at_best - p_hi[q], 0.0)]))[0])
    if any(not np.isfinite(h) for h in h_lp.values()) or cap_left < -eps:
        return None
    u_lp = lam * cap_left + top_free + sum(h_lp.values())
    tol = rel_tol * max(1.0, abs(u_lp + base_value))
    grain = 1e-6 * max(1.0, abs(u_lp)) + lam * float(cost.min(initial=0.0))
    limit = 4 * (abs(u_lp) + float(np.abs(value) @ room)) + grain
    try:
        # 1. Each part's best score H_q with whole items (options within `d` of its LP bound,
        # d growing until one exists): the exact Lagrangian bound U.
        parts, preps = {}, {q: _part_prep(grs, lam) for q, grs in by_part.items()}
        for q, grs in by_part.items():
            d = grain
            while True:
                opts = _part_options(grs, p_lo[q], p_hi[q], lam, h_lp[q] - d - tol, eps,
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
            last = np.isfinite(best) and target <= best + tol
            stages = []
            for q, grs in sorted(by_part.items()):
                floor = parts[q][1][3] - (u - target) - tol  # H_q less what the target allows
                if floor < parts[q][0]:  # wider than the options kept: again, lower
                    parts[q] = (floor, _part_options(grs, p_lo[q], p_hi[q], lam, floor, eps,
                                                     deadline, preps[q]))
                ps, pv, counts, h = parts[q][1]
                keep = pv - lam * ps >= floor
                stages.append([ps[keep], pv[keep], ("part", grs, counts[keep]), h])
            for gr in free:
                n = gr.counts_within(lam, u - target + tol)
                stages.append([gr.cost * n, gr.value_at(n), ("group", gr, n), gr.top(lam)])
            stages.sort(key=lambda st: -float(np.ptp(st[0])) if st[0].size else 0.0)
            picks, _objective, states = _budget_dp(stages, cap_left, lam, target - tol, eps,
                                                   deadline)
            peak = max(peak, states)
            if picks is not None:
                break
            if last:  # nothing beats the known plan: it is the optimum
                return FrontierResult(best_x.astype(float), best + base_value, u + base_value,
                                      peak, time.perf_counter() - start)
            if step > limit:
                return None  # no plan at all
            step *= 4
    except _GiveUp:
        return None
    x = base.copy()
    for kind, obj, n in picks:
        for gr, cnt in ([(obj, n)] if kind == "group" else zip(obj, n, strict=True)):
            x[gr.cols] += np.clip(cnt - gr.cum_room[:-1], 0.0, np.diff(gr.cum_room))
    return FrontierResult(x, float(value @ x), u + base_value, peak, time.perf_counter() - start)


def _budget_dp(stages, cap, lam, floor, eps, deadline):
    """States (spend, value) over the stages, none whose bound is below `floor`: the chosen
    option of every stage for the best final state (None if none reaches `floor`), its value,
    and the peak state count."""
    m = len(stages)
    if any(st[0].size == 0 for st in stages):
        return None, -np.inf, 0
    rest_top = np.zeros(m + 1)
    rest_min = np.zeros(m + 1)
    rest_max = np.zeros(m + 1)
    for k in range(m - 1, -1, -1):
        s = stages[k][0]
        rest_top[k] = rest_top[k + 1] + stages[k][3]
        rest_min[k] = rest_min[k + 1] + (float(s.min()) if s.size else np.inf)
        rest_max[k] = rest_max[k + 1] + (float(s.max()) if s.size else -np.inf)
    s, v = np.zeros(1), np.zeros(1)
    hist, peak = [], 1
    for k, (ds, dv, _d, _h) in enumerate(stages):
        if s.size * ds.size > MAX_CANDIDATES:
            raise _GiveUp
        s2 = (s[:, None] + ds[None, :]).ravel()
        v2 = (v[:, None] + dv[None, :]).ravel()
        bound = v2 - lam * s2 + rest_top[k + 1] + lam * np.minimum(cap, s2 + rest_max[k + 1])
        ok = (s2 + rest_min[k + 1] <= cap + eps) & (bound >= floor)
        idx = np.flatnonzero(ok)
        s2, v2, idx = _prune_dominated(s2[ok], v2[ok], idx)
        if s2.size > MAX_STATES or time.perf_counter() > deadline:
            raise _GiveUp
        peak = max(peak, s2.size)
        hist.append((idx // ds.size, idx % ds.size))
        s, v = s2, v2
        if s.size == 0:
            return None, -np.inf, peak
    ok = (s <= cap + eps) & (v >= floor)
    if not ok.any():
        return None, -np.inf, peak
    top = float(v[ok].max())
    cur = int(np.flatnonzero(ok)[np.argmax(v[ok])])
    picks = [None] * m
    for k in range(m - 1, -1, -1):
        parent, choice = hist[k]
        c = int(choice[cur])
        kind, obj, opts = stages[k][2]
        picks[k] = (kind, obj, opts[c])
        cur = int(parent[cur])
    return picks, top, peak
