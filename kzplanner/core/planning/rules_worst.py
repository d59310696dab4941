"""Worst first: lift the units with the largest combined gap, a band of gap points at a time."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kzplanner.core.planning.rules_ledger import Ledger
from kzplanner.lazy import pd

# Worst first lowers the highest combined gaps together, by this many gap points (index 0–100)
# per pass: at most 100 / step passes, whatever the budget, each buying whole blocks.
LEVEL_STEP = 0.25


def _gap_slopes(gap_after: Callable[[np.ndarray], pd.Series], x: np.ndarray, unit: np.ndarray,
                cols: np.ndarray, hint: np.ndarray | None = None) -> np.ndarray:
    """Gap points one more item of each column in `cols` takes off its unit's combined gap.

    A unit's gap depends on its own columns only and, away from the clipping of lacking people
    at eligible ones, linearly. When `hint` (the items' objective values, which maximum impact
    makes proportional to the gap reduction within a unit) fits, three evaluations suffice: one
    column per unit measured, the others scaled by their hint, and the fit checked on every
    column at once and on a random half. Otherwise each column is measured, one column of every
    unit per evaluation.
    """
    base = gap_after(x)
    pos = {u: i for i, u in enumerate(base.index)}
    where = np.array([pos.get(u, -1) for u in unit[cols]], dtype=int)
    before = base.to_numpy(float)
    slope = np.zeros(len(x))
    if not len(cols):
        return slope
    inside = where >= 0

    def measure(sel: np.ndarray) -> np.ndarray:
        """Gap points taken off each unit by one more item of every column in cols[sel]."""
        trial = x.copy()
        trial[cols[sel]] += 1.0
        return before - gap_after(trial).to_numpy(float)

    if hint is not None:
        h = np.nan_to_num(np.asarray(hint, dtype=float)[cols])
        frame = pd.DataFrame({"where": where, "h": np.abs(h)})[inside]
        ref = frame.groupby("where")["h"].idxmax().to_numpy()  # positions in cols
        first = np.zeros(len(cols), dtype=bool)
        first[ref] = True
        drop = measure(first)
        scale = np.zeros(len(before))
        with np.errstate(divide="ignore", invalid="ignore"):
            scale[where[ref]] = np.where(h[ref] != 0, drop[where[ref]] / h[ref], 0.0)
        guess = np.where(inside, scale[np.where(inside, where, 0)] * h, 0.0)
        half = np.random.default_rng(0).random(len(cols)) < 0.5
        fits = True
        for sel in (inside, inside & half):
            actual = measure(sel)
            predicted = np.bincount(where[sel], weights=guess[sel], minlength=len(before))
            ok = np.isfinite(actual)
            if not np.allclose(actual[ok], predicted[ok], rtol=1e-7, atol=1e-9):
                fits = False
                break
        if fits:
            slope[cols] = guess
            return np.nan_to_num(slope)
    rank = pd.Series(np.arange(len(cols))).groupby(unit[cols]).cumcount().to_numpy()
    for k in range(int(rank.max()) + 1):
        sel = (rank == k) & inside
        slope[cols[sel]] = measure(sel)[where[sel]]
    return np.nan_to_num(slope)


def lift_worst(ledger: Ledger, gap_after: Callable[[np.ndarray], pd.Series]) -> None:
    """Maximin: lift the units with the largest combined gap until money or need runs out.

    After the unit minimums, each pass takes the highest gap G among the units that can still
    buy something and brings every unit above G − LEVEL_STEP down to that level (worst first),
    each with its items that lower its gap most per ₸, in whole blocks (a line's vouchers up to
    the count that reaches the level, kits one by one). Items that reach people but lower no gap
    (e.g. a dimension weighted 0) get what is left, worst units first. `gap_after(x)` gives the
    combined gap per unit for counts x.
    """
    items = ledger.items
    cols = np.flatnonzero(ledger.room() > 0)
    value = np.concatenate([items.vouchers["value"].to_numpy(float),
                            items.kits["value"].to_numpy(float)])
    slope = _gap_slopes(gap_after, ledger.x, ledger.unit, cols, hint=value)
    level = gap_after(ledger.x).astype(float).to_dict()
    efficiency = slope / ledger.cost
    queue: dict[str, list[int]] = {}
    lifting = cols[slope[cols] > 0]
    for j in lifting[np.argsort(-efficiency[lifting], kind="stable")]:
        queue.setdefault(str(ledger.unit[j]), []).append(int(j))
    level = {u: level[u] for u in queue if u in level and np.isfinite(level[u])}
    head = dict.fromkeys(level, 0)
    while level and ledger.left >= 1.0:
        # the gaps as they are (where lacking people were clipped, the steps were estimates)
        now = gap_after(ledger.x)
        level = {u: float(now[u]) for u in level}
        floor = max(level.values()) - LEVEL_STEP
        for u in sorted((u for u, g in level.items() if g > floor),
                        key=lambda u: (-level[u], u)):
            line = queue[u]
            while level[u] > floor and head[u] < len(line):
                j = line[head[u]]
                fits = ledger.can_add(j, ledger.ub[j] - ledger.x[j])
                if fits < 1:  # room used, or an allowance too small: both only shrink
                    head[u] += 1
                    continue
                count = min(fits, max(1.0, np.ceil((level[u] - floor) / slope[j] - 1e-9)))
                ledger.add(j, count)
                level[u] -= slope[j] * count
            if head[u] >= len(line):
                del level[u]
    # What still reaches people without lowering a gap: worst units first.
    gaps = gap_after(ledger.x).fillna(0.0).to_dict()
    rest = np.flatnonzero((ledger.room() > 0) & (ledger.people > 0))
    rank = np.array([-gaps.get(u, 0.0) for u in ledger.unit[rest]], dtype=float)
    for j in rest[np.lexsort((-ledger.people[rest] / ledger.cost[rest], rank))]:
        ledger.add(j, ledger.can_add(j, ledger.room()[j]))
