"""Maximum impact and envelopes: exact integer programs of model.md with the planner's limits
(solved by exact.solve_integer_program: the cost-group branch and bound or HiGHS).

Maximum impact maximises the population-weighted fall of the combined access-gap index (the
items' `value`): its weights are the exchange rate between kits and vouchers. Envelopes give each
programme (kits, device vouchers, internet vouchers) a fixed share of the budget and maximise, in
each, its own measure only (`envelope_value`), so no rate between measures is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kzplanner.core.labels import repeated
from kzplanner.core.planning.exact import IntegerProgram, solve_integer_program, unique_rows
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.parameters import INSTRUMENTS, PlanParams
from kzplanner.core.planning.result import SolverInfo

# What each envelope maximises (its own measure), for the report.
ENVELOPE_MEASURES: dict[str, str] = {
    "kit": "people_served_newly_connected",
    "device_voucher": "people_newly_with_device",
    "internet_voucher": "people_newly_with_internet",
}


def _once(items: PlanItems, key: str, make) -> np.ndarray:
    """A column array computed once per PlanItems (items are rebuilt, never changed in place,
    when the data, costs or weights change; a re-plan reuses them)."""
    cache = items.__dict__.setdefault("_column_cache", {})
    if key not in cache:
        cache[key] = make()
        cache[key].flags.writeable = False
    return cache[key]


def item_instrument(items: PlanItems) -> np.ndarray:
    """Instrument of every column: vouchers then kits."""
    return _once(items, "instrument", lambda: np.concatenate([
        items.vouchers["instrument"].to_numpy(dtype=object),
        repeated("kit", len(items.kits))]))


def item_unit(items: PlanItems) -> np.ndarray:
    return _once(items, "unit", lambda: np.concatenate([
        items.vouchers["unit_code"].to_numpy(dtype=object),
        items.kits["unit_code"].to_numpy(dtype=object)]))


def item_cost(items: PlanItems) -> np.ndarray:
    return np.concatenate([items.vouchers["unit_cost_kzt"].to_numpy(float),
                           items.kits["cost_kzt"].to_numpy(float)])


def item_need(items: PlanItems, ub: np.ndarray, lb: np.ndarray) -> np.ndarray:
    """Remaining need of every column: people (or households) it can still reach."""
    measure = np.concatenate([items.vouchers["measure"].to_numpy(float),
                              items.kits["measure"].to_numpy(float)])
    return np.maximum(ub - lb, 0.0) * np.nan_to_num(measure)


def item_bounds(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper counts per column: vouchers up to their cap, kits 0/1 (locked 1, excluded 0)."""
    k = items.kits
    c = params.constraints
    lb = np.concatenate([np.zeros(len(items.vouchers)),
                         k["inst_id"].isin(set(c.locked)).to_numpy(float)])
    ub_kits = np.where(k["inst_id"].isin(set(c.excluded)), 0.0, 1.0)
    ub = np.concatenate([items.vouchers["max_count"].to_numpy(float), np.maximum(ub_kits, lb[
        len(items.vouchers):])])
    return lb, ub


def build_program(items: PlanItems, params: PlanParams, value: np.ndarray | None = None,
                  columns: np.ndarray | None = None, budget: float | None = None,
                  unit_share: float = 1.0, instrument_caps: bool = True) -> IntegerProgram:
    """Rows: the budget, each instrument cap, each unit's minimum/maximum spending.

    `columns` (a mask) keeps the other columns at 0 and their locks off (an envelope's program);
    `unit_share` scales the unit minimums and maximums (an envelope takes its share of each; a
    minimum is never more than the unit can spend in the envelope).
    """
    if value is None:
        value = np.concatenate([items.vouchers["value"].to_numpy(float),
                                items.kits["value"].to_numpy(float)])
    value = np.nan_to_num(np.asarray(value, dtype=float))
    cost = item_cost(items)
    lb, ub = item_bounds(items, params)
    if columns is not None:
        lb, ub = np.where(columns, lb, 0.0), np.where(columns, ub, 0.0)
    budget = params.budget_kzt if budget is None else budget
    rows, lo, hi = [cost], [-np.inf], [budget]
    instrument = item_instrument(items)
    cons = params.constraints
    if instrument_caps:
        for key in INSTRUMENTS:
            share = cons.instrument_max_share.get(key)
            if share is not None:
                rows.append(np.where(instrument == key, cost, 0.0))
                lo.append(-np.inf)
                hi.append(share * params.budget_kzt)
    units = item_unit(items)
    # Columns that can never be bought within the budget are closed, unless locked in.
    ub = np.where((cost > budget) & (lb == 0), 0.0, ub)
    for unit in sorted(set(cons.unit_min_kzt) | set(cons.unit_max_kzt) | set(cons.unit_max_share)):
        row = np.where(units == unit, cost, 0.0)
        minimum = cons.unit_min_kzt.get(unit, -np.inf) * unit_share
        if columns is not None and np.isfinite(minimum):
            minimum = min(minimum, float(row @ ub))
        rows.append(row)
        lo.append(minimum if minimum > 0 else -np.inf)
        hi.append(cons.unit_max(unit, params.budget_kzt) * unit_share)
    return IntegerProgram(value=value, a=np.vstack(rows), lo=np.array(lo, dtype=float),
                          hi=np.array(hi, dtype=float), lb=lb, ub=ub)


def merge_identical_columns(p: IntegerProgram) -> tuple[IntegerProgram, np.ndarray]:
    """One column per set of columns with the same value and the same row coefficients.

    Such columns are interchangeable (e.g. identical kits of one unit estimated from counts, or
    vouchers of units whose values happen to be equal), so the solver needs only their sum; it is
    spread back in proportion to remaining need by `spread_merged`. Returns the merged program
    and, per original column, its merged column. Ties between different merged columns are broken
    by a preference for earlier columns, far below the value of any item.
    """
    first, inverse = unique_rows(np.column_stack([np.round(p.value, 9), p.a.T]))
    m = first.size
    order = np.argsort(first, kind="stable")  # merged columns in original order
    rank = np.empty(m, dtype=int)
    rank[order] = np.arange(m)
    value = p.value[first]
    value = value + (1e-9 * (m - rank) / max(m, 1)) * (value > 0)
    merged = IntegerProgram(value=value, a=p.a[:, first], lo=p.lo, hi=p.hi,
                            lb=np.bincount(inverse, weights=p.lb, minlength=m),
                            ub=np.bincount(inverse, weights=p.ub, minlength=m))
    return merged, inverse


def largest_remainder(total: float, need: np.ndarray, room: np.ndarray) -> np.ndarray:
    """Whole counts adding up to `total` (≤ Σ room), in proportion to `need`, none above its
    room: proportional shares (re-shared while some hit their room), floors, then one more each
    for the largest remainders (ties in order).

    >>> largest_remainder(5.0, np.array([1.0, 1, 2]), np.array([9.0, 9, 9])).tolist()
    [1.0, 1.0, 3.0]
    >>> largest_remainder(4.0, np.array([3.0, 1, 0]), np.array([2.0, 9, 9])).tolist()
    [2.0, 2.0, 0.0]
    """
    room = np.maximum(np.asarray(room, dtype=float), 0.0)
    total = float(min(round(total), room.sum()))
    need = np.where(room > 0, np.maximum(np.nan_to_num(need), 0.0), 0.0)
    if need.sum() <= 0:
        need = room.copy()  # nothing known about need: in proportion to room
    share = np.zeros(room.size)
    left, open_ = total, room > 0
    while left > 1e-9 and open_.any():
        weight = np.where(open_, need, 0.0)
        if weight.sum() <= 0:
            weight = np.where(open_, room - share, 0.0)
        want = left * weight / weight.sum()
        full = open_ & (share + want >= room - 1e-12)
        if not full.any():
            share += want
            break
        left -= float((room - share)[full].sum())
        share[full] = room[full]
        open_ &= ~full
    x = np.minimum(np.floor(share + 1e-9), room)
    extra = int(round(total - x.sum()))
    if extra > 0:
        frac = np.where(x < room, share - x, -np.inf)
        for j in np.argsort(-frac, kind="stable"):
            if extra <= 0:
                break
            if x[j] < room[j]:
                x[j] += 1
                extra -= 1
    return x


def spread_merged(x_merged: np.ndarray, inverse: np.ndarray, lb: np.ndarray,
                  ub: np.ndarray, need: np.ndarray | None = None) -> np.ndarray:
    """Original columns' counts: each merged count spread over its members in proportion to
    their remaining need (largest remainder; `need` defaults to the room ub − lb), never by
    their order alone.

    >>> spread_merged(np.array([5.0]), np.array([0, 0, 0]), np.zeros(3), np.array([2.0, 2, 2]))
    array([2., 2., 1.])
    >>> spread_merged(np.array([6.0]), np.array([0, 0]), np.zeros(2), np.array([10.0, 2]))
    array([5., 1.])
    """
    x = lb.astype(float).copy()
    room = np.maximum(ub - lb, 0.0)
    need = room if need is None else need
    left = x_merged - np.bincount(inverse, weights=lb, minlength=x_merged.size)
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.arange(x_merged.size + 1))
    for g in np.flatnonzero(left > 0.5):
        members = order[bounds[g]:bounds[g + 1]]
        if members.size == 1:
            x[members] += min(left[g], room[members[0]])
            continue
        x[members] += largest_remainder(left[g], need[members], room[members])
    return x


def _solve(program: IntegerProgram, params: PlanParams, need: np.ndarray):
    merged, inverse = merge_identical_columns(program)
    sol = solve_integer_program(merged, params.time_limit_s, params.mip_rel_gap)
    return sol, spread_merged(sol.x, inverse, program.lb, program.ub, need)


def solve_max_impact(items: PlanItems, params: PlanParams) -> tuple[np.ndarray, np.ndarray,
                                                                     SolverInfo]:
    """Maximise Σ value·x over vouchers and kits under the budget and the planner's limits.

    value = w_u · P_u · (the combined index points one item removes in its unit): see build_items.
    Returns voucher counts, the kit mask and solver information (objective in person-points).
    """
    program = build_program(items, params)
    lb, ub = program.lb, program.ub
    sol, x = _solve(program, params, item_need(items, ub, lb))
    n_v = len(items.vouchers)
    info = SolverInfo("milp", "optimal" if sol.optimal else "time_limit", sol.optimal,
                      sol.mip_gap, sol.seconds, float(program.value @ x))
    return x[:n_v], x[n_v:].astype(bool), info


@dataclass(frozen=True)
class Envelope:
    """One programme's envelope: its budget, what it bought and what it left, and why.

    measure: what it maximised (ENVELOPE_MEASURES; internet counts households where the data
    caps internet vouchers by households); achieved: that measure (expected, after take-up; with
    λ > 0 the optimiser weighted it by w_u, `objective`); unspent_reason as PlanResult's.
    """

    instrument: str
    share: float
    budget_kzt: float
    spent_kzt: float
    unspent_kzt: float
    unspent_reason: str
    measure: str
    achieved: float
    objective: float
    optimal: bool
    capped_by: float | None = None  # instrument_max_share that lowered the envelope
    items: int = 0  # vouchers issued or kits bought

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


@dataclass(frozen=True)
class EnvelopePlan:
    envelopes: list[Envelope] = field(default_factory=list)
    unassigned_kzt: float = 0.0  # the budget outside every envelope (shares under 100 %)


def _envelope_reason(cost: np.ndarray, value: np.ndarray, room: np.ndarray,
                     unspent: float) -> str:
    """Why an envelope left money: nothing left to buy, nothing left worth anything, less money
    than the cheapest item still worth buying, or a limit (the optimiser buys whatever fits)."""
    open_ = room > 0
    if unspent < 1.0:
        return "none"
    if not open_.any():
        return "need_exhausted"
    useful = open_ & (np.nan_to_num(value) > 0)
    if not useful.any():
        return "no_value"
    if unspent < cost[useful].min() - 1e-6:
        return "indivisibility"
    return "constraint"


def solve_envelopes(items: PlanItems, params: PlanParams) -> tuple[
        np.ndarray, np.ndarray, SolverInfo, EnvelopePlan]:
    """Each programme spends its own share of the budget (`envelope_shares`, lowered by an
    instrument cap), exactly optimised for its own measure: kits for the people served by the
    institutions they give access, device vouchers for people newly with a device, internet
    vouchers for people (or households) newly with home internet; each weighted by w_u (λ) and
    vouchers by β_g. Unit minimums and maximums apply to each envelope in proportion to its
    share (a minimum never above what the unit can spend there); locked and excluded kits to the
    kit envelope. What one envelope leaves is reported, never moved to another.
    """
    budget = params.budget_kzt
    cons = params.constraints
    instrument = item_instrument(items)
    cost = item_cost(items)
    value = np.concatenate([items.vouchers["envelope_value"].to_numpy(float),
                            items.kits["envelope_value"].to_numpy(float)])
    measure = np.concatenate([items.vouchers["measure"].to_numpy(float),
                              items.kits["measure"].to_numpy(float)])
    x = np.zeros(cost.size)
    envelopes: list[Envelope] = []
    optimal, gap, seconds = True, 0.0, 0.0
    shares = params.envelope_shares
    for key in ("kit", "device_voucher", "internet_voucher"):
        share = float(shares.get(key, 0.0))
        cap = cons.instrument_max_share.get(key)
        used_share = share if cap is None else min(share, float(cap))
        columns = instrument == key
        program = build_program(items, params, value=value, columns=columns,
                                budget=used_share * budget, unit_share=share,
                                instrument_caps=False)
        sol, xe = _solve(program, params, item_need(items, program.ub, program.lb))
        xe = np.where(columns, xe, 0.0)
        x += xe
        optimal &= sol.optimal
        gap = max(gap, float(sol.mip_gap or 0.0))
        seconds += sol.seconds
        spent = float(cost @ xe)
        env_budget = used_share * budget
        basis = "people_newly_with_internet"
        if key == "internet_voucher":
            bases = set(items.vouchers.loc[items.vouchers["instrument"] == key, "cap_basis"])
            if bases == {"households"}:
                basis = "households_newly_with_internet"
        envelopes.append(Envelope(
            instrument=key, share=share, budget_kzt=env_budget, spent_kzt=spent,
            unspent_kzt=max(env_budget - spent, 0.0),
            unspent_reason=_envelope_reason(cost[columns], value[columns],
                                            (program.ub - xe)[columns],
                                            max(env_budget - spent, 0.0)),
            measure=basis if key == "internet_voucher" else ENVELOPE_MEASURES[key],
            achieved=float(np.nan_to_num(measure[columns]) @ xe[columns]),
            objective=float(value @ xe), optimal=sol.optimal,
            capped_by=None if cap is None or cap >= share else float(cap),
            items=int(round(xe[columns].sum()))))
    n_v = len(items.vouchers)
    unassigned = max(budget * (1.0 - sum(float(shares.get(k, 0.0)) for k in INSTRUMENTS)), 0.0)
    info = SolverInfo("envelopes", "optimal" if optimal else "time_limit", optimal, gap, seconds,
                      float(value @ x))
    return x[:n_v], x[n_v:].astype(bool), info, EnvelopePlan(envelopes, unassigned)
