"""The vectorised rule strategies give the same count for every item as the one-by-one rules
they replaced (tests/core/rules_reference.py, a frozen copy), on many random instances with
locked and excluded kits, unit minimums and maximums, instrument caps and shares, uneven costs
and take-up, and on the bundled national sample at several budgets and limits."""

from __future__ import annotations

import numpy as np
import pytest

from kzplanner.core.planning import rules
from kzplanner.core.planning.items import build_items
from kzplanner.core.planning.parameters import Constraints, CostCatalogue, PlanParams
from kzplanner.core.planning.planner import combined_gap_function
from kzplanner.core.planning.rules_ledger import segment_sums, sequential_subtract
from tests.core import rules_reference as ref
from tests.core.factories import make_dataset

GROUPS = ("large_families", "hs_students", "novice_teachers", "elderly_60plus", "pwd",
          "female_carers", "elderly_with_disabilities", "hs_students_large_families")


def _solve(module, strategy, ds, items, params):
    if strategy == "proportional":
        return module.solve_proportional(items, params)
    if strategy == "equal":
        return module.solve_equal(items, params, module.eligible_people(ds))
    return module.solve_worst_first(items, params, combined_gap_function(ds, params, items))


def _same(ds, params, strategy):
    items = build_items(ds, params)
    new_v, new_k, info = _solve(rules, strategy, ds, items, params)
    old_v, old_k, _ = _solve(ref, strategy, ds, items, params)
    assert info.method == strategy
    np.testing.assert_array_equal(new_v, old_v)  # the same count for every voucher line
    np.testing.assert_array_equal(new_k, old_k)  # the same kits
    return float(items.vouchers["unit_cost_kzt"].to_numpy(float) @ new_v
                 + items.kits["cost_kzt"].to_numpy(float) @ new_k)


def _random_instance(rng: np.random.Generator):
    n_units = int(rng.integers(1, 25))
    groups = tuple(rng.choice(GROUPS, size=int(rng.integers(1, len(GROUPS) + 1)),
                              replace=False))
    units = []
    for i in range(n_units):
        row = {"unit_code": f"{i + 1:03d}", "population": float(rng.integers(500, 50_000)),
               "network_coverage_share": float(rng.choice([0.3, 0.8, 1.0]))}
        for g in groups:
            elig = int(rng.integers(0, 3000))
            row.update({f"{g}_eligible": elig, f"{g}_no_device": int(rng.integers(0, elig + 1)),
                        f"{g}_no_internet": int(rng.integers(0, elig + 1))})
        units.append(row)
    n_inst = int(rng.integers(0, 80))
    insts = [{"inst_id": f"k{j}", "name": f"k{j}", "type": str(rng.choice(["school", "fap",
                                                                             "psc"])),
              "unit_code": f"{int(rng.integers(1, n_units + 1)):03d}",
              "people_served": float(rng.integers(1, 2000)),
              "connected": bool(rng.random() < 0.3), "download_mbps": np.nan,
              "has_equipment": bool(rng.random() < 0.5), "has_licences": True,
              "area_type": str(rng.choice(["rural", "urban"]))} for j in range(n_inst)]
    return make_dataset(units, insts, groups=groups)


def _random_params(rng: np.random.Generator, ds, strategy: str) -> PlanParams:
    codes = list(ds.units.index)
    ids = list(ds.institutions["inst_id"])
    costs = CostCatalogue(device_voucher_kzt=float(rng.choice([100_000, 150_000, 99_999.5])),
                          internet_monthly_kzt=float(rng.choice([5_000, 4_321.7])),
                          internet_months=int(rng.choice([10, 12])),
                          voucher_overhead_share=float(rng.choice([0.0, 0.05, 0.1, 0.07])),
                          kit_kzt={t: {"urban": float(rng.choice([200_000, 800_000, 333_333.3])),
                                       "rural": float(rng.choice([300_000, 1_200_000]))}
                                   for t in ("school", "fap", "psc")})
    cons: dict = {}
    if rng.random() < 0.5:
        cons["instrument_max_share"] = {k: float(rng.choice([0.1, 0.3, 0.6])) for k in
                                        rng.choice(["device_voucher", "internet_voucher", "kit"],
                                                   size=int(rng.integers(1, 3)), replace=False)}
    picked = [str(c) for c in rng.choice(codes, size=min(len(codes), 3), replace=False)]
    if rng.random() < 0.4:
        cons["unit_max_share"] = {picked[0]: float(rng.choice([0.05, 0.2, 0.5]))}
    if rng.random() < 0.3:
        cons["unit_max_kzt"] = {picked[-1]: float(rng.choice([5e5, 3e6, 2.5e7]))}
    if rng.random() < 0.4:
        cons["unit_min_kzt"] = {c: float(rng.choice([2e5, 1e6, 7.7e6])) for c in picked[:2]}
    if ids and rng.random() < 0.4:
        cons["locked"] = tuple(str(i) for i in rng.choice(ids, size=min(2, len(ids)),
                                                          replace=False))
    if len(ids) > 3 and rng.random() < 0.4:
        cons["excluded"] = tuple(str(i) for i in rng.choice(ids, size=3, replace=False)
                                 if i not in cons.get("locked", ()))
    shares = None
    if rng.random() < 0.4:
        raw = rng.random(3) * (rng.random(3) < 0.8)
        split = (raw / raw.sum() if raw.sum() else np.ones(3) / 3).tolist()
        shares = dict(zip(("device_voucher", "internet_voucher", "kit"), split, strict=True))
    budget = float(rng.choice([0.0, 1e5, 2.5e6, 3e7, 1.234567e8, 1e9, 5e10]))
    extra = {"instrument_shares": shares} if shares else {}
    return PlanParams(budget_kzt=budget, strategy=strategy, costs=costs,
                      constraints=Constraints(**cons), equity=float(rng.choice([0.0, 1.0])),
                      takeup={g: float(rng.choice([0.5, 0.85, 1.0])) for g in ds.groups},
                      **extra)


@pytest.mark.parametrize("strategy", ["proportional", "equal", "worst_first"])
@pytest.mark.parametrize("seed", range(40))
def test_random_instances_give_the_same_counts(strategy, seed):
    rng = np.random.default_rng(1000 * seed + len(strategy))
    ds = _random_instance(rng)
    params = _random_params(rng, ds, strategy)
    spent = _same(ds, params, strategy)
    assert spent <= params.budget_kzt + 1e-6 or params.constraints.locked


NATIONAL_CASES = [
    (5e8, {}), (2e9, {}), (1e10, {}), (4e10, {}),
    (2e9, {"instrument_max_share": {"kit": 0.3}, "unit_max_share": {"750000000": 0.02}}),
    (1e9, {"unit_min_kzt": {"750000000": 1e8, "110000000": 5e7},
           "unit_max_kzt": {"610000000": 2e7}}),
]


@pytest.mark.parametrize("strategy", ["proportional", "equal", "worst_first"])
@pytest.mark.parametrize("budget, limits", NATIONAL_CASES)
def test_the_national_sample_gives_the_same_counts(sample_dataset, strategy, budget, limits):
    ds = sample_dataset
    kits = build_items(ds, PlanParams()).kits
    cons = dict(limits)
    if budget == 2e9 and not limits:  # locked and excluded kits
        cons = {"locked": tuple(kits["inst_id"].iloc[:3]),
                "excluded": tuple(kits["inst_id"].iloc[3:40])}
    params = PlanParams(budget_kzt=budget, strategy=strategy, constraints=Constraints(**cons))
    assert _same(ds, params, strategy) <= budget + 1e-6


def test_segment_sums_are_numpys_own_sums():
    rng = np.random.default_rng(5)
    keys = rng.integers(0, 60, 4000)
    keys[keys == 7] = 99  # one long group (> 128): the fallback
    keys[:300] = 7
    values = rng.random(4000) * rng.choice([1.0, 1e7, 1e-3], 4000)
    got_keys, got = segment_sums(values, keys)
    for k, s in zip(got_keys, got, strict=True):
        assert s == values[keys == k].sum()  # bit for bit, pairwise summation included


def test_sequential_subtract_is_the_loop():
    rng = np.random.default_rng(6)
    keys = rng.integers(0, 9, 500)
    values = rng.random(500) * 1e6
    target = np.full(9, 1e10 + 0.3)
    expected = target.copy()
    for k, v in zip(keys, values, strict=True):
        expected[k] -= v
    sequential_subtract(target, keys, values)
    assert (target == expected).all()


def _ledger_pair(seed: int):
    import copy

    from kzplanner.core.planning.rules_ledger import Ledger

    rng = np.random.default_rng(seed)
    ds = _random_instance(rng)
    params = _random_params(rng, ds, "proportional")
    items = build_items(ds, params)
    led = Ledger(items, params)
    return rng, led, copy.deepcopy(led)


@pytest.mark.parametrize("seed", range(60))
def test_take_is_adding_one_by_one(seed):
    """Ledger.take against the loop it replaces, with tight allowances so that the total, the
    unit caps and the instrument caps stop it part-way (the one-by-one fallback is exercised)."""
    rng, fast, slow = _ledger_pair(seed)
    n = len(fast.x)
    if not n:
        return
    scale = float(rng.choice([0.01, 0.1, 0.5, 2.0])) * float(fast.cost.sum())
    inst_left = np.minimum(fast.inst_left, scale * rng.random(len(fast.inst_left)))
    unit_left = np.where(np.arange(len(fast.unit_left)) % 3 == 0, scale / 7, fast.unit_left)
    for led in (fast, slow):  # the same tight allowances for both
        led.left, led.inst_left, led.unit_left = scale, inst_left.copy(), unit_left.copy()
    cols = rng.permutation(n)[: int(rng.integers(1, n + 1))]
    want = np.where(rng.random(len(cols)) < 0.5, fast.ub[cols], rng.integers(0, 5, len(cols)))
    fast.take(cols, want.astype(float))
    for j, c in zip(cols, want.astype(float), strict=True):
        slow.add(int(j), slow.can_add(int(j), c))
    assert (fast.x == slow.x).all()
    assert fast.left == slow.left
    assert (fast.unit_left == slow.unit_left)[np.isfinite(slow.unit_left)].all()
    assert (fast.inst_left == slow.inst_left)[np.isfinite(slow.inst_left)].all()


def test_a_few_units_gaps_are_the_whole_tables(sample_dataset):
    params = PlanParams()
    items = build_items(sample_dataset, params)
    gaps = combined_gap_function(sample_dataset, params, items)
    rng = np.random.default_rng(7)
    for _ in range(5):
        x = np.floor(rng.random(len(items.vouchers) + len(items.kits))
                     * np.r_[items.vouchers["max_count"].to_numpy(float),
                             np.ones(len(items.kits))] * rng.random())
        whole = gaps(x).to_numpy(float)
        units = rng.choice(len(whole), size=int(rng.integers(1, 40)), replace=False)
        assert (gaps.at(x, units) == whole[units]).all()  # the same floats, not just close
