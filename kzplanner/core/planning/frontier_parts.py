"""frontier.py's pieces: cost groups (counts, values, scores at the budget price λ), Pareto
pruning, the LP of moving groups off their best counts, and a part's own programme (its options
(spend, value) with its limits met, and its best score H_q with whole items)."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

MAX_STATES, MAX_OPTIONS = 400_000, 20_000  # per stage, per group: beyond them, give up
MAX_CANDIDATES = 4_000_000  # states × options of one stage (memory), beyond it: give up


class GiveUp(Exception):
    """Too many states, options or seconds: the caller falls back to the search or HiGHS."""


@dataclass
class Group:
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

    def count_range(self, lam: float, allowance: float) -> tuple[int, int]:
        """The counts whose score is within `allowance` of the group's best score (concave: a
        range around `best`)."""
        floor = self.top(lam) - allowance
        return self._reach(lam, floor, -1), self._reach(lam, floor, +1)

    def counts_within(self, lam: float, allowance: float) -> np.ndarray:
        lo, hi = self.count_range(lam, allowance)
        if hi - lo + 1 > MAX_OPTIONS:
            raise GiveUp
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


def cost_groups(value, cost, room, group, part, lam) -> list[Group]:
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
        out.append(Group(members, c, int(part[members[0]]), v, cum_room, cum_val, best))
    return out


def prune_dominated(s, v, idx):
    """Pareto: keep a state only if no state with no more spending has at least its value."""
    if s.size == 0:
        return s, v, idx
    order = np.lexsort((-v, s))
    s, v, idx = s[order], v[order], idx[order]
    run = np.maximum.accumulate(v)
    keep = np.r_[True, v[1:] > run[:-1]]
    return s[keep], v[keep], idx[keep]


def cover_loss(groups: list[Group], lam: float):
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


def lp_loss(curve, d: np.ndarray) -> np.ndarray:
    x, y = curve
    out = np.interp(d, x, y)
    return np.where(d > x[-1] + 1e-6 * max(1.0, x[-1]), np.inf, out)


def part_prep(groups: list[Group], lam: float) -> dict:
    """What a part's programme needs whatever the floor: the groups' order (dearest first) and,
    after each stage, the rest's best score, its spending at the best counts and its LP curves."""
    order = sorted(range(len(groups)), key=lambda i: -groups[i].cost)
    m = len(order)
    rest_best, rest_at_best = np.zeros(m + 1), np.zeros(m + 1)
    for k in range(m - 1, -1, -1):
        gr = groups[order[k]]
        rest_best[k] = rest_best[k + 1] + gr.top(lam)
        rest_at_best[k] = rest_at_best[k + 1] + gr.cost * gr.best
    curves = [cover_loss([groups[i] for i in order[k:]], lam) for k in range(m + 1)]
    return {"order": order, "rest_best": rest_best, "rest_at_best": rest_at_best,
            "curves": curves}


def part_options(groups: list[Group], lo: float, hi: float, lam: float, floor: float,
                  eps: float, deadline: float, prep: dict | None = None):
    """A part's plans with lo ≤ spend ≤ hi whose score may reach `floor`: (spend, value,
    counts per group (options × groups)), and the part's best score H (−inf if none)."""
    prep = prep or part_prep(groups, lam)
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
            raise GiveUp
        dv, ds = gr.value_at(n), gr.cost * n
        s2 = (s[:, None] + ds[None, :]).ravel()
        v2 = (v[:, None] + dv[None, :]).ravel()
        idx = np.arange(s2.size)
        # the rest of the part at its best counts, moved (LP) to meet the limits
        at_best = s2 + rest_at_best[k + 1]
        up, down = curves[k + 1]
        loss = lp_loss(up, np.maximum(lo - at_best, 0.0)) + lp_loss(
            down, np.maximum(at_best - hi, 0.0))
        ok = (s2 + rest_min[k + 1] <= hi + eps) & (
            v2 - lam * s2 + rest_best[k + 1] - loss >= floor - tol)
        s2, v2, idx = s2[ok], v2[ok], idx[ok]
        if k < len(order) - 1:  # below the minimum only equal spending dominates; above, less
            below = s2 < lo - eps
            a = _dedupe(s2[below], v2[below], idx[below])
            b = prune_dominated(s2[~below], v2[~below], idx[~below])
            s2, v2, idx = (np.concatenate([a[j], b[j]]) for j in range(3))
        if s2.size > MAX_STATES or time.perf_counter() > deadline:
            raise GiveUp
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
    s, v, j = prune_dominated(s, v, np.arange(s.size))
    return s, v, counts[j], h


def _dedupe(s, v, idx):
    if s.size == 0:
        return s, v, idx
    order = np.lexsort((-v, s))
    s, v, idx = s[order], v[order], idx[order]
    first = np.r_[True, s[1:] != s[:-1]]
    return s[first], v[first], idx[first]


