"""Rule-based strategies: proportional to need, equal per eligible person, worst first.

They honour the same limits as the optimiser (locked and excluded kits, unit minimums and
maximums, instrument caps) so that the comparison with maximum impact is fair. The item-level
steps are vectorised (rules_ledger.Ledger.take, a rank loop per unit for the kits) and give the
same counts as adding the items one by one (tests/core/test_rules_reference.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kzplanner.core.catalogue import group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import INSTRUMENTS, PlanParams
from kzplanner.core.planning.result import SolverInfo
from kzplanner.core.planning.rules_ledger import (
    Ledger,
    rank_groups,
    segment_sums,
    sequential_subtract,
)
from kzplanner.core.planning.rules_worst import LEVEL_STEP, lift_worst
from kzplanner.lazy import pd

__all__ = ["LEVEL_STEP", "eligible_people", "solve_equal", "solve_proportional",
           "solve_worst_first"]

_ROUNDS = 8


def _unit_rows(ledger: Ledger, open_: np.ndarray) -> tuple[np.ndarray, pd.Index]:
    """Numbers and names (sorted) of the units with a column that can still take something."""
    present = np.unique(ledger.u[open_])
    return present, pd.Index([ledger.units[i] for i in present])


def _voucher_money(ledger: Ledger, money: pd.DataFrame, present: np.ndarray, room: np.ndarray,
                   need: np.ndarray) -> np.ndarray:
    """Each instrument's money of a unit split by remaining need across its voucher columns:
    the exact (fractional) counts, capped by the room."""
    exact = np.zeros(len(ledger.x))
    rowpos = np.full(len(ledger.units), -1)
    rowpos[present] = np.arange(len(present))
    cols = np.flatnonzero(room[:ledger.n_v] > 0)
    cols = cols[ledger.k[cols] >= 0]
    k = ledger.k[cols]
    amount = money.reindex(columns=list(INSTRUMENTS)).to_numpy(float)[rowpos[ledger.u[cols]], k]
    go = ~(amount <= 0)
    cols, k, amount = cols[go], k[go], amount[go]
    if not len(cols):
        return exact
    key = ledger.u[cols] * len(INSTRUMENTS) + k
    keys, total = segment_sums(need[cols], key)  # = need[sel].sum() per (unit, instrument)
    total_need = total[np.searchsorted(keys, key)]
    go = ~(total_need <= 0)
    cols, amount, total_need = cols[go], amount[go], total_need[go]
    exact[cols] = np.minimum(amount * need[cols] / total_need / ledger.cost[cols], room[cols])
    return exact


def _buy_kits(ledger: Ledger, kit_money: pd.Series, order: np.ndarray, room: np.ndarray) -> None:
    """Kits in `order` (most people per ₸ first), each unit within its kit money: a kit is
    skipped when the unit's kit money left is below its cost or it does not fit an allowance.

    Per unit the walk is sequential (a rank loop: the r-th candidate of every unit at once);
    the kits bought are then checked against the shared allowances in the global order, and
    the first that might not fit is done on its own before the walk goes on after it.
    """
    money = np.zeros(len(ledger.units))
    money[ledger.unit_index.get_indexer(kit_money.index)] = kit_money.to_numpy(float)
    cand = order[room[order] > 0]
    while len(cand):
        cost = ledger.cost[cand]
        fits = np.floor(ledger.allowance(cand) / cost + 1e-9) >= 1
        cand = cand[fits & ~(money[ledger.u[cand]] < cost)]  # both only shrink
        if not len(cand):
            return
        cost, uu = ledger.cost[cand], ledger.u[cand]
        walk = money.copy()
        bought = np.zeros(len(cand), dtype=bool)
        for sel in rank_groups(uu):
            buy = sel[~(walk[uu[sel]] < cost[sel])]
            walk[uu[buy]] -= cost[buy]
            bought[buy] = True
        where = np.flatnonzero(bought)
        p = ledger.safe_prefix(cand[where], cost[where], cost[where])
        stop = int(where[p]) if p < len(where) else len(cand)
        done = where[:p]
        ledger.x[cand[done]] += 1.0
        sequential_subtract(money, uu[done], cost[done])
        ledger.spend(cand[done], cost[done])
        if stop < len(cand):
            j = int(cand[stop])
            if not money[uu[stop]] < ledger.cost[j] and ledger.can_add(j, 1) >= 1:
                ledger.add(j, 1)
                money[uu[stop]] -= ledger.cost[j]
        cand = cand[stop + 1:]


def _spend_rounds(ledger: Ledger, params: PlanParams,
                  unit_weight: Callable[[Ledger], pd.Series]) -> None:
    """Split the money left across units by `unit_weight`, within units by instrument shares and
    across items by remaining need; whole items by floor then largest remainder; repeat."""
    shares = params.instrument_shares
    kits = ledger.items.kits
    kit_order = ledger.n_v + np.argsort(-(kits["people_served"].to_numpy(float)
                                          / kits["cost_kzt"].to_numpy(float)), kind="stable")
    n_i = len(INSTRUMENTS)
    for _ in range(_ROUNDS):
        if ledger.left < 1.0:
            break
        room = ledger.room()
        need = room * ledger.people  # people still reachable per column
        open_ = room > 0
        if not open_.any():
            break
        present, names = _unit_rows(ledger, open_)
        weight = unit_weight(ledger).reindex(names).fillna(0.0)
        weight = weight.clip(lower=0.0)
        if weight.sum() <= 0:
            break
        unit_cap = pd.Series(ledger.unit_left[present], index=names).clip(lower=0.0)
        unit_money = (ledger.left * weight / weight.sum()).clip(upper=unit_cap)
        # (unit, instrument) pairs with need left: only whether it is positive matters
        k = ledger.k[open_]
        has = np.bincount(np.searchsorted(present, ledger.u[open_]) * n_i + np.maximum(k, 0),
                          weights=(need[open_] > 0) & (k >= 0), minlength=len(present) * n_i)
        by_ui = pd.DataFrame(has.reshape(len(present), n_i), index=names,
                             columns=list(INSTRUMENTS))
        w = pd.DataFrame({c: (by_ui[c] > 0) * shares.get(c, 0.0) for c in by_ui.columns})
        w = w.div(w.sum(axis=1).replace(0.0, np.nan), axis=0).fillna(0.0)
        money = w.mul(unit_money.reindex(w.index).fillna(0.0), axis=0)
        total_by_inst = money.sum(axis=0)
        inst_cap = pd.Series(ledger.inst_left, index=list(INSTRUMENTS)).clip(lower=0.0)
        scale = (inst_cap / total_by_inst.replace(0.0, np.nan)).clip(upper=1.0).fillna(1.0)
        money = money * scale
        spent_before = ledger.left
        # Vouchers: instrument money of a unit split by remaining need across groups.
        exact = _voucher_money(ledger, money, present, room, need)
        whole = np.flatnonzero(exact >= 1.0)
        ledger.take(whole, np.floor(exact[whole] + 1e-9))
        # Kits: most people per ₸ first, within the unit's kit money.
        _buy_kits(ledger, money["kit"], kit_order, room)
        # Largest remainder with what this round left.
        frac = exact - np.floor(exact + 1e-9)
        order = np.argsort(-frac, kind="stable")
        low = np.flatnonzero(frac[order] <= 1e-9)
        order = order[:low[0]] if len(low) else order
        ledger.take(order, np.ones(len(order)))
        if ledger.left >= spent_before - 1.0:
            break
    # Final fill: the columns with most remaining need that still fit.
    room = ledger.room()
    order = np.argsort(-(room * ledger.people), kind="stable")
    order = order[room[order] > 0]
    ledger.take(order, room[order])


def _give_minimums(ledger: Ledger, params: PlanParams) -> None:
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


def _finish(ledger: Ledger, method: str) -> tuple[np.ndarray, np.ndarray, SolverInfo]:
    n_v = ledger.n_v
    return ledger.x[:n_v], ledger.x[n_v:].astype(bool), SolverInfo(method, "done", False, None)


def _remaining_need(ledger: Ledger) -> pd.Series:
    """Room × people per unit (pandas' group sum on unit numbers: the same sums as by name)."""
    need = pd.Series(ledger.room() * ledger.people).groupby(ledger.u).sum()
    return pd.Series(need.to_numpy(float), index=ledger.unit_index[need.index])


def solve_proportional(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray,
                                                                      SolverInfo]:
    """Money to units in proportion to their remaining need (people lacking access)."""
    ledger = Ledger(items, params)
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
    ledger = Ledger(items, params)
    _give_minimums(ledger, params)

    def weight(led: Ledger) -> pd.Series:
        has_need = _remaining_need(led) > 0
        return eligible.reindex(has_need.index).fillna(0.0) * has_need

    _spend_rounds(ledger, params, weight)
    return _finish(ledger, "equal")




def solve_worst_first(items: PlanItems, params: PlanParams,
                      gap_after: Callable[[np.ndarray], pd.Series]) -> tuple[
        np.ndarray, np.ndarray, SolverInfo]:
    """Maximin: lift the units with the largest combined gap until money or need runs out
    (after the unit minimums; rules_worst.lift_worst says how)."""
    ledger = Ledger(items, params)
    _give_minimums(ledger, params)
    lift_worst(ledger, gap_after)
    return _finish(ledger, "worst_first")
