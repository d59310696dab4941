"""Rule-based strategies: proportional to need, equal per eligible person, worst first.

They honour the same limits as the optimiser (locked and excluded kits, unit minimums and
maximums, instrument caps) so that the comparison with maximum impact is fair.
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
        self.unit_left = pd.Series({u: cons.unit_max(u, budget) for u in units}, dtype=float)
        self.inst_left = pd.Series({k: cons.instrument_max_share.get(k, np.inf) * budget
                                    for k in INSTRUMENTS}, dtype=float)
        spent = pd.Series(self.cost * self.x)
        self.unit_left -= spent.groupby(self.unit).sum().reindex(self.unit_left.index).fillna(0.0)
        self.inst_left -= spent.groupby(self.instrument).sum().reindex(
            self.inst_left.index).fillna(0.0)

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
        unit_money = (ledger.left * weight / weight.sum()).clip(upper=ledger.unit_left.reindex(
            weight.index).clip(lower=0.0))
        by_ui = frame.groupby(["unit", "inst"])["need"].sum().unstack(fill_value=0.0)
        by_ui = by_ui.reindex(columns=list(INSTRUMENTS), fill_value=0.0)
        w = pd.DataFrame({c: (by_ui[c] > 0) * shares.get(c, 0.0) for c in by_ui.columns})
        w = w.div(w.sum(axis=1).replace(0.0, np.nan), axis=0).fillna(0.0)
        money = w.mul(unit_money.reindex(w.index).fillna(0.0), axis=0)
        total_by_inst = money.sum(axis=0)
        scale = (ledger.inst_left.clip(lower=0.0) / total_by_inst.replace(0.0, np.nan)).clip(
            upper=1.0).fillna(1.0)
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


def solve_worst_first(items: PlanItems, params: PlanParams,
                      gap_after: Callable[[np.ndarray], pd.Series]) -> tuple[
        np.ndarray, np.ndarray, SolverInfo]:
    """Maximin: lift the unit with the largest combined gap, in steps, until money or need ends.

    Each step buys, in the currently worst unit, the item with most people per ₸, in a block of at
    most 1 % of the budget, then re-measures the gaps (`gap_after(x)` gives them for counts x).
    """
    ledger = _Ledger(items, params)
    _give_minimums(ledger, params)
    step_money = max(params.budget_kzt / 100.0, 1.0)
    efficiency = ledger.people / ledger.cost
    blocked: set[str] = set()
    for _ in range(2000):
        if ledger.left < ledger.cost.min(initial=np.inf):
            break
        gaps = gap_after(ledger.x).drop(labels=list(blocked), errors="ignore").dropna()
        if gaps.empty:
            break
        worst = str(gaps.idxmax())
        cand = np.flatnonzero((ledger.unit == worst) & (ledger.room() > 0))
        bought = False
        for j in cand[np.argsort(-efficiency[cand], kind="stable")]:
            count = ledger.can_add(j, max(1.0, np.floor(step_money / ledger.cost[j])))
            if count >= 1:
                ledger.add(j, count)
                bought = True
                break
        if not bought:
            blocked.add(worst)
    return _finish(ledger, "worst_first")
