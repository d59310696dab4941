"""Proportional to need: budget split by people lacking access, then by instrument shares."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.result import SolverInfo

_ROUNDS = 6


def unit_need(items: PlanItems) -> pd.Series:
    """People lacking access per unit: voucher caps plus people served by institutions without."""
    vouchers = items.vouchers.groupby("unit_code")["cap_people"].sum()
    kits = items.kits.groupby("unit_code")["people_served"].sum()
    return vouchers.add(kits, fill_value=0.0).reindex(items.equity_weight.index).fillna(0.0)


def _kits_within(kits: pd.DataFrame, money: pd.Series, taken: np.ndarray) -> np.ndarray:
    """Per unit, the kits with most people per ₸ that fit the unit's kit money (vectorised)."""
    order = kits.assign(_eff=kits["people_served"] / kits["cost_kzt"], _i=np.arange(len(kits)))
    order = order[~taken].sort_values(["unit_code", "_eff", "inst_id"],
                                      ascending=[True, False, True], kind="stable")
    cum = order.groupby("unit_code")["cost_kzt"].cumsum()
    fits = cum.to_numpy() <= order["unit_code"].map(money).fillna(0.0).to_numpy() + 1e-6
    chosen = np.zeros(len(kits), dtype=bool)
    chosen[order["_i"].to_numpy()[fits]] = True
    return chosen


def solve_proportional(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray,
                                                                      SolverInfo]:
    """Rule-based allocation, in rounds, until no money or no room is left.

    Each round splits the money left across units in proportion to their remaining need, within a
    unit across instruments by the planner's shares (shares of instruments without remaining need
    move to the others), and within an instrument across groups by remaining capacity. Whole
    vouchers by floor, then largest remainder; kits by people per ₸ within the unit's kit money.
    """
    v, k = items.vouchers, items.kits
    counts = np.zeros(len(v))
    taken = np.zeros(len(k), dtype=bool)
    cost_v = v["unit_cost_kzt"].to_numpy(float)
    cap_v = v["max_count"].to_numpy(float)
    shares = params.instrument_shares
    left = float(params.budget_kzt)
    for _ in range(_ROUNDS):
        room_v = cap_v - counts
        need_v = v.assign(_need=room_v * v["takeup"].to_numpy(float))
        need_k = k.assign(_need=np.where(taken, 0.0, k["people_served"].to_numpy(float)))
        by_unit_inst = pd.concat([
            need_v.groupby(["unit_code", "instrument"])["_need"].sum(),
            need_k.groupby("unit_code")["_need"].sum().rename(lambda u: (u, "kit")),
        ]).unstack(fill_value=0.0)
        by_unit_inst = by_unit_inst.reindex(columns=["device_voucher", "internet_voucher", "kit"],
                                            fill_value=0.0).fillna(0.0)
        total_need = by_unit_inst.to_numpy().sum()
        if total_need <= 0 or left < 1.0:
            break
        unit_money = left * by_unit_inst.sum(axis=1) / total_need
        w = pd.DataFrame({c: (by_unit_inst[c] > 0) * shares.get(c, 0.0)
                          for c in by_unit_inst.columns})
        w = w.div(w.sum(axis=1).replace(0.0, np.nan), axis=0).fillna(0.0)
        money = w.mul(unit_money, axis=0)
        # vouchers: split instrument money across groups by remaining capacity
        inst_money = money.stack()
        cap_need = need_v.groupby(["unit_code", "instrument"])["_need"].transform("sum")
        frac_share = np.where(cap_need > 0, need_v["_need"] / cap_need.replace(0, np.nan), 0.0)
        key = list(zip(v["unit_code"], v["instrument"], strict=True))
        item_money = np.nan_to_num(np.asarray(inst_money.reindex(key).to_numpy(float)) * frac_share)
        exact = np.minimum(item_money / cost_v, room_v)
        add = np.floor(exact + 1e-9)
        spent_round = float(add @ cost_v)
        # kits within each unit's kit money
        chosen = _kits_within(k, money["kit"], taken)
        spent_round += float(k.loc[chosen, "cost_kzt"].sum())
        # largest remainder with what this round did not use
        remainder = left - spent_round
        order = np.argsort(-(exact - add), kind="stable")
        for i in order:
            if exact[i] - add[i] <= 1e-9:
                break
            if add[i] < room_v[i] and cost_v[i] <= remainder:
                add[i] += 1
                remainder -= cost_v[i]
        counts += add
        taken |= chosen
        new_left = remainder
        if new_left >= left - 1.0:
            break
        left = new_left
    # Final fill: the most needed items that still fit, one pass.
    room_v = cap_v - counts
    for i in np.argsort(-(room_v * v["takeup"].to_numpy(float)), kind="stable"):
        if room_v[i] <= 0 or cost_v[i] > left:
            continue
        extra = min(room_v[i], np.floor(left / cost_v[i]))
        counts[i] += extra
        left -= extra * cost_v[i]
    return counts, taken, SolverInfo("proportional", "done", False, None)
