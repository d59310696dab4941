"""Every strategy honours what the window offers (issue 16, item 6): λ only where it acts, the
next million per measure and never as negative people, worst first until money or need runs
out, and the curve from the least budget the limits allow."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest

from kzplanner.cli import main
from kzplanner.core.planning.capabilities import effective_params, equity_applies
from kzplanner.core.planning.items import build_items
from kzplanner.core.planning.parameters import STRATEGIES, Constraints, PlanParams
from kzplanner.core.planning.planner import combined_gap_function, make_plan
from kzplanner.core.planning.rules import solve_worst_first
from kzplanner.core.planning.sweep import (
    MEASURES,
    budget_curve,
    least_feasible_budget,
    marginal_value,
)

from .oblast import oblast_args


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    """Written for oblast-level figures: the sample on today's 20 oblasts (tests/conftest.py)."""
    return oblast_sample

UNIT = "750000000"


def _cheapest_left(result) -> float:
    """The price of the cheapest voucher or kit the plan could still have bought, from the items
    themselves (not from the strategy's bookkeeping)."""
    items = result.items
    v = items.vouchers.merge(
        result.allocation[result.allocation["instrument"] != "kit"][
            ["unit_code", "instrument", "group", "count"]],
        on=["unit_code", "instrument", "group"], how="left")
    room = v["max_count"] - v["count"].fillna(0)
    prices = list(v.loc[room > 0, "unit_cost_kzt"])
    bought = set(result.kits["inst_id"]) | set(result.params.constraints.excluded)
    prices += list(items.kits.loc[~items.kits["inst_id"].isin(bought), "cost_kzt"])
    return min(prices) if prices else np.inf


@pytest.mark.parametrize("budget", [1e8, 2e9, 1e10, 4e10])
def test_worst_first_spends_until_money_or_need_runs_out(sample_dataset, budget):
    result = make_plan(sample_dataset, PlanParams(budget_kzt=budget, strategy="worst_first"))
    unspent = result.summary["unspent"]
    assert result.summary["spent"] <= budget + 1e-6
    assert unspent < _cheapest_left(result)
    assert result.summary["unspent_reason"] in ("none", "indivisibility", "need_exhausted")


def test_worst_first_at_ten_billion_is_fast_and_lifts_the_worst(sample_dataset):
    params = PlanParams(budget_kzt=1e10, strategy="worst_first")
    items = build_items(sample_dataset, params)
    gaps = combined_gap_function(sample_dataset, params, items)
    start = time.perf_counter()
    solve_worst_first(items, params, gaps)
    assert time.perf_counter() - start < 1.0
    result = make_plan(sample_dataset, params, items=items)
    assert result.summary["unspent"] < 3.71e9 / 1000  # the 2,000-step cut-off left 3.71 bn
    before, after = result.before["combined_gap"], result.after["combined_gap"]
    assert after.max() < before.max()
    # the worst unit before is lifted at least as much as the best one
    assert before.max() - after[before.idxmax()] >= before.min() - after[before.idxmin()]


def test_lambda_applies_only_where_it_changes_the_plan(sample_dataset):
    for strategy in STRATEGIES:
        flat = make_plan(sample_dataset, PlanParams(budget_kzt=1e9, strategy=strategy))
        tilted = make_plan(sample_dataset, PlanParams(budget_kzt=1e9, strategy=strategy,
                                                      equity=2.0))
        same = flat.allocation[["unit_code", "instrument", "group", "count"]].equals(
            tilted.allocation[["unit_code", "instrument", "group", "count"]])
        if not equity_applies(strategy):
            assert same, strategy  # the control is disabled: it must indeed change nothing
            assert effective_params(tilted.params).equity == 0.0
        else:
            assert effective_params(tilted.params).equity == 2.0
    assert not all(equity_applies(s) for s in STRATEGIES)
    assert equity_applies("max_impact")


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_the_next_million_is_never_negative_people(sample_dataset, strategy):
    for equity in (0.0, 1.0, 3.0):
        for budget in (5e8, 2e9):
            params = PlanParams(budget_kzt=budget, strategy=strategy, equity=equity)
            out = marginal_value(sample_dataset, params)
            assert set(out["measures"]) == set(MEASURES)
            for name, m in out["measures"].items():
                assert m["gained"] >= 0 and m["given_up"] >= 0
                assert m["gained"] * m["given_up"] == 0
                assert m["gained"] - m["given_up"] == pytest.approx(m["at_next"] - m["at_budget"])
                assert (name in out["traded"]) == (m["given_up"] > 0)
            if strategy == "max_impact":  # the optimum never falls with more money
                assert out["objective"]["change"] >= -1e-6 * max(out["objective"]["at_budget"], 1)


def test_the_next_million_reuses_the_plan_at_the_budget(sample_dataset):
    params = PlanParams(budget_kzt=1e9, equity=1.0)
    here = make_plan(sample_dataset, params)
    out = marginal_value(sample_dataset, params, here)
    assert out == marginal_value(sample_dataset, params)
    assert out["step_kzt"] == 1e6 and out["budget_kzt"] == 1e9


def _kit_to_lock(ds) -> tuple[str, float]:
    kits = build_items(ds, PlanParams()).kits
    row = kits.iloc[0]
    return str(row["inst_id"]), float(row["cost_kzt"])


def test_least_feasible_budget(sample_dataset):
    inst, cost = _kit_to_lock(sample_dataset)
    items = build_items(sample_dataset, PlanParams())

    def least(**limits):
        return least_feasible_budget(items, PlanParams(constraints=Constraints(**limits)))

    assert least() == 0.0
    assert least(locked=(inst,)) == cost
    assert least(locked=(inst,), instrument_max_share={"kit": 0.5}) == 2 * cost
    at_least = least(unit_min_kzt={UNIT: 3e8})
    assert 3e8 <= at_least < 3e8 + 5e6  # whole items: above the minimum by less than a kit
    assert least(unit_min_kzt={UNIT: 3e8}, unit_max_share={UNIT: 0.5}) >= 6e8
    assert least(unit_min_kzt={UNIT: 3e8}, unit_max_kzt={UNIT: 1e8}) is None


def test_curve_starts_at_the_least_budget(sample_dataset):
    params = PlanParams(budget_kzt=5e8, constraints=Constraints(unit_min_kzt={UNIT: 1e8}))
    for strategy in STRATEGIES:
        curve = budget_curve(sample_dataset, params.with_changes(strategy=strategy), points=6)
        first = curve["budget"].iloc[0]
        assert 1e8 <= first < 1.05e8  # 0 is below it: left out, not an error
        assert curve["budget"].tolist()[1:] == [2e8, 4e8, 6e8, 8e8, 1e9]
        assert (curve["spent"] <= curve["budget"] + 1e-6).all()
    assert len(budget_curve(sample_dataset, PlanParams(budget_kzt=1e9), points=6)) == 6


def _params_file(tmp_path, name: str, constraints: str):
    path = tmp_path / f"{name}.toml"
    path.write_text(f"budget_kzt = 500000000.0\n\n[constraints]\n{constraints}\n",
                    encoding="utf-8")
    return str(path)


def test_plan_json_and_sweep_exit_0_with_a_unit_minimum_and_a_locked_kit(
        tmp_path, capsys, sample_dataset):
    inst, cost = _kit_to_lock(sample_dataset)
    cases = {
        "minimum": (f'unit_min_kzt = {{ "{UNIT}" = 100000000.0 }}', 1e8),
        "locked": (f'locked = ["{inst}"]', cost),
    }
    for name, (limits, floor) in cases.items():
        params = _params_file(tmp_path, name, limits)
        # the default strategy, maximum impact, which holds the limits exactly (the rule-based
        # strategies' curves: test_curve_starts_at_the_least_budget)
        assert main(["plan", *oblast_args(), "--params", params, "--sweep", "--json"]) == 0, name
        curve = json.loads(capsys.readouterr().out)
        assert curve[0]["budget"] >= floor and curve[0]["spent"] >= floor - 1e-6
        assert main(["plan", *oblast_args(), "--params", params, "--json", "--lang",
                     "en"]) == 0, name
        out = json.loads(capsys.readouterr().out)
        assert out["curve"][0]["budget"] >= floor
        if name == "locked":
            assert out["curve"][0]["budget"] == cost
        assert all(m["gained"] >= 0 and m["given_up"] >= 0
                   for m in out["next_million"]["measures"].values())


def test_limits_that_no_budget_meets_still_say_so(tmp_path, capsys):
    params = _params_file(tmp_path, "impossible",
                          f'unit_min_kzt = {{ "{UNIT}" = 300000000.0 }}\n'
                          f'unit_max_kzt = {{ "{UNIT}" = 100000000.0 }}')
    assert main(["plan", *oblast_args(), "--params", params, "--sweep", "--json"]) == 2
    assert capsys.readouterr().err.startswith("kzplanner: ")
