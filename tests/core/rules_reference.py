"""The rule strategies as they were before issue 21 (commit 20ddd87), kept as the slow reference.

A verbatim copy of kzplanner/core/planning/rules.py at that commit (per-item Python loops,
pandas groupby per round): tests/core/test_rules_reference.py checks that the vectorised rules
give the same count for every item. Do not "fix" or speed up this file.
"""


from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kzplanner.core.catalogue import group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.optimiser import item_bounds, item_instrument, item_unit
from kzplanner.core.planning.parameters import INSTRUMENTS, PlanParams
from kzplanner.core.planning.result import SolverInfo
from kzplanner.lazy import pd

_ROUNDS = 8


class _Ledger:
    """Counts chosen so far and the money still allowed per unit, per instrument and in total."""

    def __init__(self, items: PlanItems, params: PlanParams) -> None:
        self.items = items
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
        units = sorted(set(self.unit))
        unit_left = pd.Series({u: cons.unit_max(u, budget) for u in units}, dtype=float)
        inst_left = pd.Series({k: cons.instrument_max_share.get(k, np.inf) * budget
                               for k in INSTRUMENTS}, dtype=float)
        spent = pd.Series(self.cost * self.x)
        unit_left -= spent.groupby(self.unit).sum().reindex(unit_left.index).fillna(0.0)
        inst_left -= spent.groupby(self.instrument).sum().reindex(inst_left.index).fillna(0.0)
        # plain dicts: looked up once per item added (worst first adds thousands)
        self.unit_left: dict[str, float] = unit_left.to_dict()
        self.inst_left: dict[str, float] = inst_left.to_dict()

    def room(self) -> np.ndarray:
        return self.ub - self.x

    def can_add(self, j: int, count: float) -> float:
        """How many of column j (up to `count`) fit every remaining allowance."""
        cost = self.cost[j]
        allow = min(self.left, self.unit_left[self.unit[j]], self.inst_left[self.instrument[j]])
        return float(min(count, self.ub[j] - self.x[j], np.floor(allow / cost + 1e-9)))

    def add(self, j: int, count: float) -> None:
        if count <= 0:
            return
        money = count * self.cost[j]
        self.x[j] += count
        self.left -= money
        self.unit_left[self.unit[j]] -= money
        self.inst_left[self.instrument[j]] -= money


def _spend_rounds(ledger: _Ledger, params: PlanParams,
                  unit_weight: Callable[[_Ledger], pd.Series]) -> None:
    """Split the money left across units by `unit_weight`, within units by instrument shares and
    across items by remaining need; whole items by floor then largest remainder; repeat."""
    shares = params.instrument_shares
    n_v = len(ledger.items.vouchers)
    for _ in range(_ROUNDS):
        if ledger.left < 1.0:
            break
        room = ledger.room()
        need = room * ledger.people  # people still reachable per column
        frame = pd.DataFrame({"unit": ledger.unit, "inst": ledger.instrument, "need": need,
                              "cost": ledger.cost})
        frame = frame[(room > 0)]
        if frame.empty:
            break
        weight = unit_weight(ledger).reindex(sorted(set(frame["unit"]))).fillna(0.0)
        weight = weight.clip(lower=0.0)
        if weight.sum() <= 0:
            break
        unit_cap = pd.Series(ledger.unit_left, dtype=float).reindex(weight.index).clip(lower=0.0)
        unit_money = (ledger.left * weight / weight.sum()).clip(upper=unit_cap)
        by_ui = frame.groupby(["unit", "inst"])["need"].sum().unstack(fill_value=0.0)
        by_ui = by_ui.reindex(columns=list(INSTRUMENTS), fill_value=0.0)
        w = pd.DataFrame({c: (by_ui[c] > 0) * shares.get(c, 0.0) for c in by_ui.columns})
        w = w.div(w.sum(axis=1).replace(0.0, np.nan), axis=0).fillna(0.0)
        money = w.mul(unit_money.reindex(w.index).fillna(0.0), axis=0)
        total_by_inst = money.sum(axis=0)
        inst_cap = pd.Series(ledger.inst_left, dtype=float).clip(lower=0.0)
        scale = (inst_cap / total_by_inst.replace(0.0, np.nan)).clip(upper=1.0).fillna(1.0)
        money = money * scale
        spent_before = ledger.left
        # Vouchers: instrument money of a unit split by remaining need across groups.
        exact = np.zeros(len(ledger.x))
        for (unit, inst), amount in money.stack().items():
            if amount <= 0 or inst == "kit":
                continue
            sel = np.flatnonzero((ledger.unit[:n_v] == unit) & (ledger.instrument[:n_v] == inst)
                                 & (room[:n_v] > 0))
            total_need = need[sel].sum()
            if total_need <= 0:
                continue
            exact[sel] = np.minimum(amount * need[sel] / total_need / ledger.cost[sel], room[sel])
        for j in np.flatnonzero(exact >= 1.0):
            ledger.add(j, ledger.can_add(j, np.floor(exact[j] + 1e-9)))
        # Kits: most people per ₸ first, within the unit's kit money.
        kits = ledger.items.kits
        order = np.argsort(-(kits["people_served"].to_numpy(float)
                             / kits["cost_kzt"].to_numpy(float)), kind="stable")
        kit_money = money["kit"].to_dict() if "kit" in money else {}
        for i in order:
            j = n_v + i
            unit = ledger.unit[j]
            if room[j] <= 0 or kit_money.get(unit, 0.0) < ledger.cost[j]:
                continue
            if ledger.can_add(j, 1) >= 1:
                ledger.add(j, 1)
                kit_money[unit] -= ledger.cost[j]
        # Largest remainder with what this round left.
        frac = exact - np.floor(exact + 1e-9)
        for j in np.argsort(-frac, kind="stable"):
            if frac[j] <= 1e-9:
                break
            ledger.add(j, ledger.can_add(j, 1))
        if ledger.left >= spent_before - 1.0:
            break
    # Final fill: the columns with most remaining need that still fit.
    room = ledger.room()
    for j in np.argsort(-(room * ledger.people), kind="stable"):
        if room[j] > 0:
            ledger.add(j, ledger.can_add(j, room[j]))


def _give_minimums(ledger: _Ledger, params: PlanParams) -> None:
    """Unit minimums first, by the instrument shares inside the unit."""
    cons = params.constraints
    for unit, minimum in sorted(cons.unit_min_kzt.items()):
        spent = float((ledger.cost * ledger.x)[ledger.unit == unit].sum())
        if minimum <= spent:
            continue
        saved_left = ledger.left
        ledger.left = min(saved_left, minimum - spent)
        _spend_rounds(ledger, params, lambda led, u=unit: pd.Series({u: 1.0}))
        ledger.left = saved_left - (minimum - spent - ledger.left)


def _finish(ledger: _Ledger, method: str) -> tuple[np.ndarray, np.ndarray, SolverInfo]:
    n_v = len(ledger.items.vouchers)
    return ledger.x[:n_v], ledger.x[n_v:].astype(bool), SolverInfo(method, "done", False, None)


def _remaining_need(ledger: _Ledger) -> pd.Series:
    return pd.Series(ledger.room() * ledger.people).groupby(ledger.unit).sum()


def solve_proportional(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray,
                                                                      SolverInfo]:
    """Money to units in proportion to their remaining need (people lacking access)."""
    ledger = _Ledger(items, params)
    _give_minimums(ledger, params)
    _spend_rounds(ledger, params, _remaining_need)
    return _finish(ledger, "proportional")


def eligible_people(ds: Dataset) -> pd.Series:
    """Eligible people of all target groups plus people served by institutions, per unit."""
    total = pd.Series(0.0, index=ds.units.index)
    for g in ds.groups:
        total = total + ds.units[group_columns(g)[0]].astype(float).fillna(0.0)
    served = ds.institutions.groupby("unit_code")["people_served"].sum()
    return total.add(served.reindex(total.index).fillna(0.0))


def solve_equal(items: PlanItems, params: PlanParams, eligible: pd.Series) -> tuple[
        np.ndarray, np.ndarray, SolverInfo]:
    """The same money per eligible person in every unit (while the unit has need left)."""
    ledger = _Ledger(items, params)
    _give_minimums(ledger, params)

    def weight(led: _Ledger) -> pd.Series:
        has_need = _remaining_need(led) > 0
        return eligible.reindex(has_need.index).fillna(0.0) * has_need

    _spend_rounds(ledger, params, weight)
    return _finish(ledger, "equal")


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


def solve_worst_first(items: PlanItems, params: PlanParams,
                      gap_after: Callable[[np.ndarray], pd.Series]) -> tuple[
        np.ndarray, np.ndarray, SolverInfo]:
    """Maximin: lift the units with the largest combined gap until money or need runs out.

    After the unit minimums, each pass takes the highest gap G among the units that can still
    buy something and brings every unit above G − LEVEL_STEP down to that level (worst first),
    each with its items that lower its gap most per ₸, in whole blocks (a line's vouchers up to
    the count that reaches the level, kits one by one). Items that reach people but lower no gap
    (e.g. a dimension weighted 0) get what is left, worst units first. `gap_after(x)` gives the
    combined gap per unit for counts x.
    """
    ledger = _Ledger(items, params)
    _give_minimums(ledger, params)
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
    return _finish(ledger, "worst_first")
