"""The programme over cost groups for unit minimums (frontier.py) against every plan.

Its answer must not depend on the budget price λ it is given (any λ ≥ 0 gives a valid bound; a
poor one only makes the programme larger), nor on the known plan it starts from."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from kzplanner.core.planning.frontier import solve_by_frontier


def _instance(rng):
    n = int(rng.integers(2, 9))
    prices = rng.choice([3.0, 4.0, 5.0, 7.0, 11.0], size=3, replace=False)
    cost_group = rng.integers(0, 3, n)
    part = rng.integers(-1, 2, n)
    cost = prices[cost_group]
    value = rng.integers(-2, 30, n) + np.round(rng.random(n), 2) * (rng.random() < 0.5)
    lb = (rng.random(n) < 0.15).astype(float)  # locked in
    ub = lb + rng.integers(0, 4, n)
    ub[(lb == 0) & (rng.random(n) < 0.1)] = 0.0  # excluded
    # one group per (cost, part), as exact.column_groups makes them
    _, group = np.unique(np.column_stack([cost, part]), axis=0, return_inverse=True)
    mins = rng.integers(0, 18, 2).astype(float)
    mins[rng.random(2) < 0.3] = -np.inf
    caps = rng.integers(5, 40, 2).astype(float)
    caps[rng.random(2) < 0.5] = np.inf
    budget = float(rng.integers(0, 45))
    return value, cost, lb, ub, budget, group.ravel(), part, caps, mins


def _every_plan(value, cost, lb, ub, budget, part, caps, mins):
    """The best value and every plan that meets the limits."""
    best, plans = None, []
    for combo in itertools.product(*[range(int(a), int(b) + 1) for a, b in zip(lb, ub, strict=True)]):
        x = np.array(combo, dtype=float)
        spent = cost * x
        if spent.sum() > budget + 1e-9:
            continue
        by_part = [spent[part == q].sum() for q in range(2)]
        if any(s > c + 1e-9 or s < m - 1e-9 for s, c, m in zip(by_part, caps, mins, strict=True)):
            continue
        plans.append(x)
        best = float(value @ x) if best is None else max(best, float(value @ x))
    return best, plans


@pytest.mark.parametrize("seed", range(600))
def test_frontier_equals_every_plan(seed):
    rng = np.random.default_rng(seed)
    value, cost, lb, ub, budget, group, part, caps, mins = _instance(rng)
    expected, plans = _every_plan(value, cost, lb, ub, budget, part, caps, mins)
    lam = float(rng.choice([0.0, rng.uniform(0, 8)]))
    # a plan known beforehand (any one meeting the limits, not the best) or none
    known = plans[int(rng.integers(len(plans)))] if plans and rng.random() < 0.6 else None
    res = solve_by_frontier(value, cost, lb, ub, budget, group, part, caps, mins, lam, known)
    if expected is None:
        assert res is None
        return
    assert res is not None
    assert res.objective == pytest.approx(expected, abs=1e-9)
    assert res.bound >= res.objective - 1e-9
    x = res.x
    assert np.array_equal(x, np.round(x)) and np.all(x >= lb) and np.all(x <= ub)
    assert cost @ x <= budget + 1e-9
    for q in range(2):
        spent = (cost * x)[part == q].sum()
        assert mins[q] - 1e-9 <= spent <= caps[q] + 1e-9


def test_a_group_with_very_many_counts_is_chosen_last_exactly(monkeypatch):
    """A free group with more counts in reach than MAX_OPTIONS (units priced at the budget's
    λ, e.g. vouchers of equal value) is not enumerated: its count is chosen last, for each
    state the best that fits. With the limit at 1 every such group takes that path (two of
    them: the programme gives up, None); where it answers, it is exact."""
    from kzplanner.core.planning import frontier

    monkeypatch.setattr(frontier, "MAX_OPTIONS", 1)
    answered = 0
    for seed in range(300):
        rng = np.random.default_rng(10_000 + seed)
        value, cost, lb, ub, budget, group, part, caps, mins = _instance(rng)
        expected, _plans = _every_plan(value, cost, lb, ub, budget, part, caps, mins)
        lam = float(rng.choice([0.0, rng.uniform(0, 8)]))
        res = solve_by_frontier(value, cost, lb, ub, budget, group, part, caps, mins, lam, None)
        if res is None:
            continue
        answered += 1
        assert expected is not None and res.objective == pytest.approx(expected, abs=1e-9)
        assert cost @ res.x <= budget + 1e-9 and np.all(res.x >= lb) and np.all(res.x <= ub)
    assert answered >= 50
