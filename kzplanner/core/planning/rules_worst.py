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
    where = pd.Index(base.index).get_indexer(unit[cols]) if len(cols) else np.zeros(0, int)
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


def _line_starts(gu: np.ndarray, lifting: np.ndarray, n_units: int) -> tuple[np.ndarray,
                                                                             np.ndarray]:
    """The queue of every unit as one array (each unit's columns in their order) and where
    each unit's part starts (n_units + 1 offsets)."""
    line = lifting[np.argsort(gu[lifting], kind="stable")]
    return line, np.searchsorted(gu[line], np.arange(n_units + 1))


def _jump(ledger: Ledger, line: np.ndarray, start: np.ndarray, head: np.ndarray,
          band: np.ndarray) -> None:
    """Move the heads of the units in `band` past the columns that cannot take one more item
    now: they never can again (room and allowances only shrink), and the walk would only step
    over them one by one."""
    lens = start[band + 1] - start[band] - head[band]
    if not lens.sum():
        return
    before = np.repeat(np.cumsum(lens) - lens, lens)
    offset = np.arange(int(lens.sum())) - before  # within each unit's remaining line
    j = line[np.repeat(start[band] + head[band], lens) + offset]
    room = ledger.ub[j] - ledger.x[j]
    ok = np.minimum(room, np.floor(ledger.allowance(j) / ledger.cost[j] + 1e-9)) >= 1
    owner = np.repeat(np.arange(len(band)), lens)
    skip = lens.copy()  # all of its line when nothing fits
    has, at = np.unique(owner[ok], return_index=True)
    skip[has] = offset[ok][at]
    head[band] += skip


def lift_worst(ledger: Ledger, gap_after: Callable[[np.ndarray], pd.Series]) -> None:
    """Maximin: lift the units with the largest combined gap until money or need runs out.

    After the unit minimums, each pass takes the highest gap G among the units that can still
    buy something and brings every unit above G − LEVEL_STEP down to that level (worst first),
    each with its items that lower its gap most per ₸, in whole blocks (a line's vouchers up to
    the count that reaches the level, kits one by one). Items that reach people but lower no gap
    (e.g. a dimension weighted 0) get what is left, worst units first. `gap_after(x)` gives the
    combined gap per unit for counts x; `gap_after.at(x, units)` (unit_gaps.UnitGaps), when it
    exists, the gaps of a few units: only the units bought for are measured again each pass.
    """
    items = ledger.items
    cols = np.flatnonzero(ledger.room() > 0)
    value = np.concatenate([items.vouchers["value"].to_numpy(float),
                            items.kits["value"].to_numpy(float)])
    slope = _gap_slopes(gap_after, ledger.x, ledger.unit, cols, hint=value)
    gaps0 = gap_after(ledger.x).astype(float)
    names = pd.Index(gaps0.index)
    at = getattr(gap_after, "at", None) or (lambda x, u: gap_after(x).to_numpy(float)[u])
    # the unit of every column as a position in the gaps (queues are keyed by str(unit))
    gu = names.get_indexer([str(u) for u in ledger.units])[ledger.u] if len(ledger.u) else \
        np.zeros(0, int)
    efficiency = slope / ledger.cost
    lifting = cols[(slope[cols] > 0) & (gu[cols] >= 0)]
    lifting = lifting[np.argsort(-efficiency[lifting], kind="stable")]
    line, start = _line_starts(gu, lifting, len(names))
    gap = gaps0.to_numpy(float).copy()
    alive = (start[1:] > start[:-1]) & np.isfinite(gap)
    head = np.zeros(len(names), dtype=int)
    name_rank = np.argsort(np.argsort(np.array([str(u) for u in names], dtype=object),
                                      kind="stable"), kind="stable")
    cheapest = ledger.cost[lifting].min() if len(lifting) else np.inf
    changed = np.zeros(0, dtype=int)
    while alive.any() and ledger.left >= 1.0:
        if np.floor(ledger.left / cheapest + 1e-9) < 1:
            break  # nothing fits any more: the passes left would only empty the queues
        if len(changed):  # the gaps as they are (where lacking people were clipped, the steps
            gap[changed] = at(ledger.x, changed)  # were estimates); others are unchanged
        live = np.flatnonzero(alive)
        floor = gap[live].max() - LEVEL_STEP
        band = live[gap[live] > floor]
        band = band[np.lexsort((name_rank[band], -gap[band]))]
        _jump(ledger, line, start, head, band)
        bought = []
        for u in band.tolist():
            lv, h, end = float(gap[u]), int(head[u]), int(start[u + 1] - start[u])
            first = h
            while lv > floor and h < end:
                j = int(line[start[u] + h])
                fits = ledger.can_add(j, ledger.ub[j] - ledger.x[j])
                if fits < 1:  # room used, or an allowance too small: both only shrink
                    h += 1
                    continue
                count = min(fits, max(1.0, np.ceil((lv - floor) / slope[j] - 1e-9)))
                ledger.add(j, count)
                lv -= slope[j] * count
                first = -1
            head[u] = h
            if h >= end:
                alive[u] = False
            elif first < 0:
                bought.append(u)
        changed = np.array(bought, dtype=int)
    # What still reaches people without lowering a gap: worst units first.
    gaps = gap_after(ledger.x).fillna(0.0).to_numpy(float)
    rest = np.flatnonzero((ledger.room() > 0) & (ledger.people > 0))
    rank = -np.where(gu[rest] >= 0, gaps[np.maximum(gu[rest], 0)], 0.0)
    order = rest[np.lexsort((-ledger.people[rest] / ledger.cost[rest], rank))]
    ledger.take(order, ledger.room()[order])
