"""The rule strategies' ledger: counts chosen so far and the money still allowed, in arrays.

The rules add items one after another, each limited by what is left in total, in its unit and
for its instrument (`can_add` / `add`). `take` does a whole ordered list of such additions at
once with exactly the same result: it adds the longest prefix of the list that provably fits
every allowance (running sums with a safety margin) in one vectorised step, does the first item
that might not fit one by one, drops the items that can no longer get anything (allowances only
shrink) and goes on. The allowances are updated by subtracting the same amounts in the same
order as one by one (np.subtract.reduce is sequential), so every float is the same as before.
"""

from __future__ import annotations

import numpy as np

from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.optimiser import item_bounds, item_instrument, item_unit
from kzplanner.core.planning.parameters import INSTRUMENTS, PlanParams
from kzplanner.lazy import pd

# Running sums are within this share of the amounts (plus MARGIN_KZT) of the sums taken one by
# one; an item closer than that to an allowance is done on its own, exactly.
MARGIN_SHARE = 1e-7
MARGIN_KZT = 1e-3


class Ledger:
    """Counts chosen so far and the money still allowed per unit, per instrument and in total.

    Units are numbered in sorted order (`units`, `u` per column), instruments in INSTRUMENTS
    order (`k` per column); `unit_left` / `inst_left` are arrays over those numbers.
    """

    def __init__(self, items: PlanItems, params: PlanParams) -> None:
        self.items = items
        self.n_v = len(items.vouchers)
        self.cost = np.concatenate([items.vouchers["unit_cost_kzt"].to_numpy(float),
                                    items.kits["cost_kzt"].to_numpy(float)])
        self.lb, self.ub = item_bounds(items, params)
        self.unit = item_unit(items)
        self.instrument = item_instrument(items)
        self.people = np.concatenate([items.vouchers["takeup"].to_numpy(float),
                                      items.kits["people_served"].to_numpy(float)])
        budget = params.budget_kzt
        cons = params.constraints
        self.x = self.lb.copy()
        self.left = budget - float(self.cost @ self.x)
        self.units = sorted(set(self.unit))
        self.unit_index = pd.Index(self.units)
        self.u = self.unit_index.get_indexer(self.unit) if len(self.unit) else np.zeros(0, int)
        self.k = pd.Index(list(INSTRUMENTS)).get_indexer(self.instrument)
        spent = pd.Series(self.cost * self.x)
        by_unit = spent.groupby(self.u).sum().reindex(range(len(self.units))).fillna(0.0)
        by_inst = spent.groupby(self.k).sum().reindex(range(len(INSTRUMENTS))).fillna(0.0)
        self.unit_left = (np.array([cons.unit_max(u, budget) for u in self.units], dtype=float)
                          - by_unit.to_numpy(float))
        self.inst_left = (np.array([cons.instrument_max_share.get(k, np.inf) * budget
                                    for k in INSTRUMENTS], dtype=float) - by_inst.to_numpy(float))

    def room(self) -> np.ndarray:
        return self.ub - self.x

    def can_add(self, j: int, count: float) -> float:
        """How many of column j (up to `count`) fit every remaining allowance."""
        cost = self.cost[j]
        allow = min(self.left, self.unit_left[self.u[j]], self.inst_left[self.k[j]])
        return float(min(count, self.ub[j] - self.x[j], np.floor(allow / cost + 1e-9)))

    def add(self, j: int, count: float) -> None:
        if count <= 0:
            return
        money = count * self.cost[j]
        self.x[j] += count
        self.left -= money
        self.unit_left[self.u[j]] -= money
        self.inst_left[self.k[j]] -= money

    def allowance(self, cols: np.ndarray) -> np.ndarray:
        """The money each column in `cols` may still take (total, unit and instrument), as
        Python's min(left, unit, instrument) gives it (a NaN cap, inf × a budget of 0, is
        passed over as there)."""
        least = np.full(len(cols), float(self.left))
        for cap in (self.unit_left[self.u[cols]], self.inst_left[self.k[cols]]):
            least = np.where(cap < least, cap, least)
        return least

    def spend(self, cols: np.ndarray, money: np.ndarray) -> None:
        """Subtract `money` of columns `cols` (in this order) from every allowance, one amount
        after another as `add` would (the counts themselves are the caller's)."""
        if not len(cols):
            return
        self.left = float(np.subtract.reduce(np.concatenate([[self.left], money])))
        kk = self.k[cols]
        for k in np.unique(kk):
            self.inst_left[k] = np.subtract.reduce(np.concatenate([[self.inst_left[k]],
                                                                   money[kk == k]]))
        uu = self.u[cols]
        fin = np.isfinite(self.unit_left[uu])
        if fin.any():
            sequential_subtract(self.unit_left, uu[fin], money[fin])

    def safe_prefix(self, cols: np.ndarray, money: np.ndarray, certify: np.ndarray) -> int:
        """How many leading columns of `cols` surely fit, each with `certify` money left for
        it after those before it took `money`; running sums with a margin."""
        n = len(cols)
        if not n:
            return 0
        ok = _fits(self.left, np.cumsum(money) - money, certify)
        kk = self.k[cols]
        for k in np.unique(kk):
            sel = np.flatnonzero(kk == k)
            m = money[sel]
            ok[sel] &= _fits(self.inst_left[k], np.cumsum(m) - m, certify[sel])
        uu = self.u[cols]
        fin = np.flatnonzero(np.isfinite(self.unit_left[uu]))
        if len(fin):
            before = group_cumsum_before(uu[fin], money[fin])
            ok[fin] &= _fits(self.unit_left[uu[fin]], before, certify[fin])
        bad = np.flatnonzero(~ok)
        return int(bad[0]) if len(bad) else n

    def take(self, cols: np.ndarray, want: np.ndarray) -> None:
        """`for j, c in zip(cols, want): add(j, can_add(j, c))`, vectorised; `cols` distinct."""
        cols = np.asarray(cols, dtype=int)
        want = np.asarray(want, dtype=float)
        while len(cols):
            m = np.minimum(want, self.ub[cols] - self.x[cols])
            cost = self.cost[cols]
            # nothing now means nothing later: the allowances and the room only shrink
            keep = np.minimum(m, np.floor(self.allowance(cols) / cost + 1e-9)) > 0
            cols, want, m, cost = cols[keep], want[keep], m[keep], cost[keep]
            if not len(cols):
                return
            money = m * cost
            p = self.safe_prefix(cols, money, np.ceil(m) * cost)
            if p:
                self.x[cols[:p]] += m[:p]
                self.spend(cols[:p], money[:p])
            if p < len(cols):
                j = int(cols[p])
                self.add(j, self.can_add(j, want[p]))
            cols, want = cols[p + 1:], want[p + 1:]


def _fits(allowed: float | np.ndarray, before: np.ndarray, certify: np.ndarray) -> np.ndarray:
    """allowed − before ≥ certify with a margin larger than any rounding of the running sums."""
    a = np.asarray(allowed, dtype=float)
    a = np.where(np.isnan(a), np.inf, a)  # never the first in min(): passed over
    scale = np.where(np.isfinite(a), np.abs(a), 0.0) + np.abs(before) + np.abs(certify)
    with np.errstate(invalid="ignore"):
        return (a - before - certify) >= MARGIN_SHARE * scale + MARGIN_KZT


def rank_in_group(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A stable order that groups equal keys, and each element's rank within its key."""
    order = np.argsort(keys, kind="stable")
    k = keys[order]
    first = np.r_[True, k[1:] != k[:-1]] if len(k) else np.zeros(0, bool)
    start = np.flatnonzero(first)
    seg = np.cumsum(first) - 1
    rank = np.empty(len(keys), dtype=int)
    rank[order] = np.arange(len(keys)) - start[seg]
    return order, rank


def group_cumsum_before(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """For each element, the sum of the values before it with the same key (running sum)."""
    order, rank = rank_in_group(keys)
    v = values[order]
    cs = np.cumsum(v) - v
    r = rank[order]
    out = np.empty(len(values))
    out[order] = cs - (cs[np.flatnonzero(r == 0)])[np.cumsum(r == 0) - 1]
    return out


def rank_groups(keys: np.ndarray) -> list[np.ndarray]:
    """Positions of the first element of every key, then of the second, …: the r-th list holds
    at most one position per key, in order, so a loop over the lists walks each key's elements
    in order while treating all keys at once."""
    if not len(keys):
        return []
    _order, rank = rank_in_group(keys)
    by_rank = np.argsort(rank, kind="stable")
    bounds = np.searchsorted(rank[by_rank], np.arange(int(rank.max()) + 2))
    return [by_rank[bounds[r]:bounds[r + 1]] for r in range(int(rank.max()) + 1)]


def sequential_subtract(target: np.ndarray, keys: np.ndarray, values: np.ndarray) -> None:
    """target[keys[i]] -= values[i] one after another in order (exactly as a Python loop)."""
    for sel in rank_groups(keys):
        target[keys[sel]] -= values[sel]


def segment_sums(values: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per distinct key (sorted), the sum of its values exactly as `values[keys == k].sum()`
    gives it (numpy's pairwise summation: one by one below 8, eight lanes up to 128)."""
    order = np.argsort(keys, kind="stable")
    v, kk = values[order], keys[order]
    if not len(v):
        return kk, v
    start = np.flatnonzero(np.r_[True, kk[1:] != kk[:-1]])
    length = np.diff(np.r_[start, len(v)])
    out = np.zeros(len(start))
    small = np.flatnonzero(length < 8)
    for t in range(int(length[small].max()) if len(small) else 0):
        s = small[length[small] > t]
        out[s] += v[start[s] + t]
    mid = np.flatnonzero((length >= 8) & (length <= 128))
    if len(mid):
        st, n = start[mid], length[mid]
        lanes = [v[st + q].copy() for q in range(8)]
        blocks = n - n % 8
        for i in range(8, int(blocks.max()), 8):
            s = i < blocks
            for q in range(8):
                lanes[q][s] += v[st[s] + i + q]
        res = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5])
                                                                 + (lanes[6] + lanes[7]))
        for t in range(7):
            s = blocks + t < n
            res[s] += v[st[s] + blocks[s] + t]
        out[mid] = res
    for g in np.flatnonzero(length > 128):
        out[g] = v[start[g]:start[g] + length[g]].sum()
    return kk[start], out
