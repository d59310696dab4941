"""The cost-group branch and bound against exhaustive search, and its hand-over to HiGHS."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzplanner.core.planning import exact
from kzplanner.core.planning.exact import IntegerProgram, solve_integer_program
from kzplanner.core.planning.knapsack import solve_budget_knapsack


def _exhaustive(value, cost, lb, ub, budget):
    best = None
    for combo in itertools.product(*[range(int(a), int(b) + 1) for a, b in zip(lb, ub, strict=True)]):
        x = np.array(combo, dtype=float)
        if cost @ x <= budget + 1e-9:
            v = float(value @ x)
            best = v if best is None else max(best, v)
    return best


columns = st.lists(
    st.tuples(st.integers(0, 2),  # cost group
              st.integers(-3, 40),  # value
              st.integers(0, 3),  # room above the lower bound
              st.integers(0, 1)),  # locked lower bound
    min_size=1, max_size=7)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cols=columns, prices=st.permutations([3, 5, 7]), budget=st.integers(0, 40))
def test_branch_and_bound_equals_exhaustive_search(cols, prices, budget):
    group = np.array([c[0] for c in cols])
    cost = np.array([prices[g] for g in group], dtype=float)
    value = np.array([c[1] for c in cols], dtype=float)
    lb = np.array([c[3] for c in cols], dtype=float)
    ub = lb + np.array([c[2] for c in cols], dtype=float)
    expected = _exhaustive(value, cost, lb, ub, budget)
    _, g = np.unique(cost, return_inverse=True)
    res = solve_budget_knapsack(value, cost, lb, ub, float(budget), g.ravel())
    if expected is None:
        assert res is None
        return
    assert res.optimal
    assert res.objective == pytest.approx(expected, abs=1e-9)
    assert cost @ res.x <= budget + 1e-9
    assert np.all(res.x >= lb) and np.all(res.x <= ub)
    assert np.array_equal(res.x, np.round(res.x))
    assert res.bound >= res.objective - 1e-9


def _hard_program(n_kits=400, seed=3):
    """Many kits at three prices with values close to proportional to price: near-equal ratios."""
    rng = np.random.default_rng(seed)
    price = rng.choice([2.0e6, 2.4e6, 2.6e6], n_kits)
    value = np.round(price / 1e4 * rng.uniform(0.95, 1.05, n_kits))
    voucher_value = np.array([0.9, 0.7])
    voucher_cost = np.array([63_000.0, 157_500.0])
    return IntegerProgram(value=np.concatenate([voucher_value, value]),
                          a=np.concatenate([voucher_cost, price])[None, :],
                          lo=np.array([-np.inf]), hi=np.array([3.3e8]),
                          lb=np.zeros(n_kits + 2),
                          ub=np.concatenate([[5000.0, 3000.0], np.ones(n_kits)]))


def test_grouped_search_matches_highs_on_near_equal_ratios():
    from scipy.optimize import Bounds, LinearConstraint, milp

    p = _hard_program()
    ours = solve_integer_program(p)
    ref = milp(c=-p.value, integrality=np.ones(p.value.size), bounds=Bounds(p.lb, p.ub),
               constraints=[LinearConstraint(p.a, p.lo, p.hi)],
               options={"mip_rel_gap": 0.0, "time_limit": 120})
    assert ours.optimal and ref.status == 0
    assert ours.objective == pytest.approx(-ref.fun, rel=1e-9)
    grouped = exact._by_cost_groups(p, *_groups(p), 30.0)  # the grouped way answers alone
    assert grouped is not None and grouped.objective == pytest.approx(ours.objective, rel=1e-12)
    assert ours.fixed + ours.free == p.value.size


def test_node_limit_hands_over_to_highs(monkeypatch):
    calls = []
    original = exact.solve_budget_knapsack

    def limited(*args, **kwargs):
        res = original(*args, **{**kwargs, "max_nodes": 0})
        calls.append(res)
        return res

    monkeypatch.setattr(exact, "solve_budget_knapsack", limited)
    p = _hard_program(n_kits=120, seed=5)
    sol = solve_integer_program(p)
    assert calls and not calls[0].optimal  # the search stopped with a gap …
    assert calls[0].bound >= sol.objective - 1e-6  # … and its bound still holds
    assert sol.optimal and sol.objective >= calls[0].objective - 1e-9  # HiGHS finished the job
    monkeypatch.undo()
    assert solve_integer_program(p).objective == pytest.approx(sol.objective, rel=1e-6)


def test_locked_kits_over_budget_are_refused():
    from kzplanner.errors import KZError

    p = IntegerProgram(value=np.array([1.0, 2.0, 3.0]), a=np.array([[5.0, 5.0, 7.0]]),
                       lo=np.array([-np.inf]), hi=np.array([9.0]), lb=np.array([1.0, 1.0, 0.0]),
                       ub=np.ones(3))
    with pytest.raises(KZError) as err:
        solve_integer_program(p)
    assert err.value.code == "plan_infeasible"


def _exhaustive_parts(value, cost, lb, ub, budget, part, caps):
    best = None
    for combo in itertools.product(*[range(int(a), int(b) + 1) for a, b in zip(lb, ub, strict=True)]):
        x = np.array(combo, dtype=float)
        spent = cost * x
        if spent.sum() > budget + 1e-9:
            continue
        if any(spent[part == q].sum() > cap + 1e-9 for q, cap in enumerate(caps)):
            continue
        v = float(value @ x)
        best = v if best is None else max(best, v)
    return best


def _groups(p):
    _, group = exact.column_groups(p)
    return group, int(group.max()) + 1


def _drawn(cols, parts):
    """cost, part, value, lb, ub of drawn columns (prices 3, 5, 7 by cost group)."""
    cost = np.array([3.0, 5.0, 7.0])[np.array([c[0] for c in cols])]
    lb = np.array([c[3] for c in cols], dtype=float)
    return (cost, np.array(parts[:len(cols)]), np.array([c[1] for c in cols], dtype=float), lb,
            lb + np.array([c[2] for c in cols], dtype=float))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cols=columns, parts=st.lists(st.integers(-1, 1), min_size=7, max_size=7),
       caps=st.tuples(st.integers(0, 25), st.integers(0, 25)), budget=st.integers(0, 40))
def test_caps_on_disjoint_parts_equal_exhaustive_search(cols, parts, caps, budget):
    """Instrument caps or unit maxima: rows that cap the spending of disjoint sets of columns."""
    cost, part, value, lb, ub = _drawn(cols, parts)
    rows = [cost] + [np.where(part == q, cost, 0.0) for q in range(2)]
    p = IntegerProgram(value=value, a=np.vstack(rows), lo=np.full(3, -np.inf),
                       hi=np.array([budget, *caps], dtype=float), lb=lb, ub=ub)
    expected = _exhaustive_parts(value, cost, lb, ub, budget, part, caps)
    assert exact.budget_parts(p) is not None
    if expected is None:
        with pytest.raises(Exception):  # noqa: B017 — KZError('plan_infeasible') or HiGHS' refusal
            solve_integer_program(p)
        return
    for sol in (solve_integer_program(p), exact._by_cost_groups(p, *_groups(p), 30.0)):
        if sol is None:  # as many groups as columns: the search is not used
            assert np.unique(np.column_stack([cost, part]), axis=0).shape[0] == len(cols)
            continue
        assert sol.objective == pytest.approx(expected, abs=1e-9)
        assert np.all(p.a @ sol.x <= p.hi + 1e-9)
        assert np.array_equal(sol.x, np.round(sol.x))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cols=columns, parts=st.lists(st.integers(-1, 1), min_size=7, max_size=7),
       floor=st.integers(0, 12), budget=st.integers(0, 40))
def test_grouped_highs_with_a_spending_minimum_equals_exhaustive_search(cols, parts, floor,
                                                                        budget):
    """A unit minimum (a row with a lower bound) goes to HiGHS on the grouped program."""
    cost, part, value, lb, ub = _drawn(cols, parts)
    p = IntegerProgram(value=value, a=np.vstack([cost, np.where(part == 0, cost, 0.0)]),
                       lo=np.array([-np.inf, floor]), hi=np.array([budget, np.inf]), lb=lb, ub=ub)
    best = None
    for combo in itertools.product(*[range(int(a), int(b) + 1) for a, b in zip(lb, ub, strict=True)]):
        x = np.array(combo, dtype=float)
        if cost @ x <= budget + 1e-9 and (cost * x)[part == 0].sum() >= floor - 1e-9:
            best = float(value @ x) if best is None else max(best, float(value @ x))
    a_g, group = exact.column_groups(p)
    if best is None:
        with pytest.raises(Exception):  # noqa: B017 — KZError('plan_infeasible')
            solve_integer_program(p)
        return
    if a_g.shape[1] < len(cols):
        sol = exact._grouped_milp(p, a_g, group, 30.0, 0.0)
        assert sol is not None and sol.objective == pytest.approx(best, abs=1e-6)
        assert np.array_equal(sol.x, np.round(sol.x))
    assert solve_integer_program(p).objective == pytest.approx(best, abs=1e-6)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cols=columns, parts=st.lists(st.integers(-1, 1), min_size=7, max_size=7),
       floors=st.tuples(st.integers(0, 20), st.integers(0, 20)),
       caps=st.tuples(st.integers(0, 30), st.integers(0, 30)), budget=st.integers(0, 40))
def test_minimums_and_maximums_on_parts_equal_exhaustive_search(cols, parts, floors, caps,
                                                                budget):
    """Unit minimums (rows with a lower bound) and maximums on disjoint parts: the cost-group
    search itself (not HiGHS) against every plan."""
    cost, part, value, lb, ub = _drawn(cols, parts)
    rows = [cost] + [np.where(part == q, cost, 0.0) for q in range(2)]
    p = IntegerProgram(value=value, a=np.vstack(rows), lo=np.array([-np.inf, *floors], float),
                       hi=np.array([budget, *caps], dtype=float), lb=lb, ub=ub)
    best = None
    for combo in itertools.product(*[range(int(a), int(b) + 1) for a, b in zip(lb, ub, strict=True)]):
        x = np.array(combo, dtype=float)
        if np.all(p.a @ x <= p.hi + 1e-9) and np.all(p.a @ x >= p.lo - 1e-9):
            best = float(value @ x) if best is None else max(best, float(value @ x))
    assert exact.budget_parts(p) is not None
    group = _groups(p)[0]
    res = solve_budget_knapsack(value, cost, lb, ub, float(budget), group, part=part[:len(cols)],
                                part_cap=np.array(caps, float), part_min=np.array(floors, float))
    if best is None:
        assert res is None
        return
    assert res is not None and res.optimal
    assert res.objective == pytest.approx(best, abs=1e-9)
    assert res.bound >= res.objective - 1e-9
    assert np.all(p.a @ res.x <= p.hi + 1e-9) and np.all(p.a @ res.x >= p.lo - 1e-9)
    assert np.array_equal(res.x, np.round(res.x)) and np.all(res.x >= lb) and np.all(res.x <= ub)


def test_minimums_on_near_equal_ratios_match_highs():
    """A larger program with two units' minimums: the search's proven optimum is HiGHS's."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    p0 = _hard_program(n_kits=160, seed=7)
    unit = np.r_[-1, -1, np.arange(160) % 4]  # kits in 4 units; units 0 and 1 have minimums
    rows = [p0.a[0]] + [np.where(unit == q, p0.a[0], 0.0) for q in range(2)]
    p = IntegerProgram(value=p0.value, a=np.vstack(rows),
                       lo=np.array([-np.inf, 9.0e7, 6.0e7]), hi=np.array([3.3e8, np.inf, 8.0e7]),
                       lb=p0.lb, ub=p0.ub)
    grouped = exact._by_cost_groups(p, *_groups(p), 30.0)
    ref = milp(c=-p.value, integrality=np.ones(p.value.size), bounds=Bounds(p.lb, p.ub),
               constraints=[LinearConstraint(p.a, p.lo, p.hi)],
               options={"mip_rel_gap": 0.0, "time_limit": 120})
    assert ref.status == 0 and grouped is not None and grouped.optimal
    assert grouped.objective == pytest.approx(-ref.fun, rel=1e-9)
    assert np.all(p.a @ grouped.x >= p.lo - 1e-6) and np.all(p.a @ grouped.x <= p.hi + 1e-6)
