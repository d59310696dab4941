"""Every strategy under the planner's limits: invariants of model.md as property tests."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzplanner.core.io.read.params_file import read_params
from kzplanner.core.io.write.params_file import write_params
from kzplanner.core.planning.explain import explain_units, kit_reasons
from kzplanner.core.planning.items import plan_objective
from kzplanner.core.planning.parameters import Constraints, CostCatalogue, PlanParams
from kzplanner.core.planning.planner import make_plan
from kzplanner.core.planning.sweep import budget_curve, marginal_value
from kzplanner.errors import KZError
from tests.core.factories import make_dataset


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    """Written for oblast-level figures: the sample on today's 20 oblasts (tests/conftest.py)."""
    return oblast_sample

STRATEGIES = ("max_impact", "proportional", "equal", "worst_first", "envelopes")
COSTS = CostCatalogue(device_voucher_kzt=100_000, internet_monthly_kzt=5_000, internet_months=10,
                      voucher_overhead_share=0.1,
                      kit_kzt={t: {"urban": 200_000, "rural": 300_000}
                               for t in ("school", "fap", "psc")})


def _instance(needs, served, groups=("hs_students", "pwd")):
    units = []
    for i, (dev, net, cov) in enumerate(needs):
        row = {"unit_code": f"{i + 1:02d}", "network_coverage_share": cov, "population": 5000}
        for g in groups:
            row.update({f"{g}_eligible": 100, f"{g}_no_device": dev, f"{g}_no_internet": net})
        units.append(row)
    insts = [{"inst_id": f"k{j}", "name": f"k{j}", "type": ("school", "fap", "psc")[j % 3],
              "unit_code": f"{(j % len(needs)) + 1:02d}", "people_served": s, "connected": False,
              "download_mbps": np.nan, "area_type": "rural"} for j, s in enumerate(served)]
    return make_dataset(units, insts, groups=groups)


def _check_invariants(ds, result, params):
    s = result.summary
    a = result.allocation
    assert s["spent"] <= params.budget_kzt + 1e-6
    assert (a["count"] >= 0).all() and (a["count"] == a["count"].round()).all()
    for row in result.allocation.itertuples():
        if row.instrument != "kit":
            assert row.people <= row.count * 1.0 + 1e-9
    # no gain beyond its cap: lacking after is never negative
    for g in ds.groups:
        for col in (f"{g}_no_device", f"{g}_no_internet"):
            assert (result.counts_after[col] >= -1e-9).all()
    cons = params.constraints
    spent_by = s["spent_by_instrument"]
    for key, share in cons.instrument_max_share.items():
        assert spent_by[key] <= share * params.budget_kzt + 1e-6
    per_unit = result.per_unit()
    for unit in set(cons.unit_max_kzt) | set(cons.unit_max_share):
        assert per_unit.loc[unit, "spent_kzt"] <= cons.unit_max(unit, params.budget_kzt) + 1e-6
    assert set(cons.locked) <= set(result.kits["inst_id"])
    assert not set(cons.excluded) & set(result.kits["inst_id"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    needs=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30),
                             st.sampled_from([0.5, 1.0])), min_size=1, max_size=4),
    served=st.lists(st.integers(1, 500), max_size=6),
    budget=st.integers(0, 40).map(lambda k: k * 100_000.0),
    kit_share=st.sampled_from([None, 0.3, 1.0]),
    device_share=st.sampled_from([None, 0.5]),
    unit_cap=st.sampled_from([None, 0.4]),
    lock_first=st.booleans(),
    exclude_last=st.booleans(),
)
def test_all_strategies_keep_the_invariants_and_max_impact_is_never_worse(
        needs, served, budget, kit_share, device_share, unit_cap, lock_first, exclude_last):
    ds = _instance(needs, served)
    shares = {k: v for k, v in (("kit", kit_share), ("device_voucher", device_share)) if v}
    locked = ("k0",) if lock_first and served and budget >= 300_000 else ()
    excluded = (f"k{len(served) - 1}",) if exclude_last and len(served) > 1 else ()
    cons = Constraints(instrument_max_share=shares,
                       unit_max_share={"01": unit_cap} if unit_cap else {},
                       locked=locked, excluded=excluded)
    reached = {}
    for strategy in STRATEGIES:
        params = PlanParams(budget_kzt=budget, strategy=strategy, costs=COSTS, constraints=cons,
                            takeup={"hs_students": 0.9, "pwd": 0.6})
        try:
            result = make_plan(ds, params)
        except KZError as err:  # a locked kit beyond a unit cap can make limits impossible
            # (or, for envelopes, locked kits beyond the kit envelope)
            assert err.code == "plan_infeasible" and strategy in ("max_impact", "envelopes")
            return
        _check_invariants(ds, result, params)
        counts = result.items.vouchers[["unit_code", "instrument", "group"]].merge(
            result.allocation, how="left", on=["unit_code", "instrument", "group"])["count"]
        kits = result.items.kits["inst_id"].isin(set(result.kits["inst_id"])).to_numpy()
        reached[strategy] = plan_objective(result.items, counts.fillna(0).to_numpy(float), kits)
    # Maximum impact is the best plan on its objective (the fall of the combined gap index).
    for strategy in STRATEGIES[1:]:
        assert reached["max_impact"] >= reached[strategy] * (1 - 1e-9) - 1e-6, strategy


def test_limits_bind_on_the_sample(sample_dataset):
    cons = Constraints(instrument_max_share={"kit": 0.5}, unit_max_share={"610000000": 0.1},
                       unit_min_kzt={"750000000": 3e8})
    for strategy in STRATEGIES:
        params = PlanParams(strategy=strategy, constraints=cons)
        r = make_plan(sample_dataset, params)
        _check_invariants(sample_dataset, r, params)
    best = make_plan(sample_dataset, PlanParams(constraints=cons)).per_unit()
    assert best.loc["750000000", "spent_kzt"] >= 3e8  # a hard minimum for the optimiser


def test_impossible_limits_are_explained(sample_dataset):
    cons = Constraints(unit_min_kzt={"110000000": 5e8, "150000000": 6e8})
    with pytest.raises(KZError) as err:
        make_plan(sample_dataset, PlanParams(budget_kzt=1e9, constraints=cons))
    assert err.value.code == "plan_infeasible"
    assert "бюджет" in err.value.message("ru")


def test_worst_first_narrows_disparity_more_than_max_impact(sample_dataset):
    fair = make_plan(sample_dataset, PlanParams(strategy="worst_first"))
    best = make_plan(sample_dataset, PlanParams())
    assert fair.summary["disparity_after"]["gini"] < best.summary["disparity_after"]["gini"]
    assert fair.after["combined_gap"].max() <= best.after["combined_gap"].max() + 1e-9


def test_curve_is_monotone_and_the_next_million_helps(sample_dataset):
    params = PlanParams(budget_kzt=1e9)
    curve = budget_curve(sample_dataset, params, points=6)
    assert curve["budget"].tolist() == [0, 4e8, 8e8, 1.2e9, 1.6e9, 2e9]
    assert curve["people_total"].is_monotonic_increasing
    assert curve["combined_gap_after"].is_monotonic_decreasing
    here = make_plan(sample_dataset, params)
    extra = marginal_value(sample_dataset, params, here)
    at_budget = extra["objective"]["at_budget"]  # 1e9: between the points at 8e8 and 1.2e9
    assert curve.loc[2, "objective"] <= at_budget <= curve.loc[3, "objective"]
    assert extra["objective"]["change"] >= 0
    assert all(m["gained"] >= 0 and m["given_up"] >= 0 for m in extra["measures"].values())


def test_explanations_and_kit_reasons_in_three_languages(sample_dataset):
    for strategy in STRATEGIES:
        r = make_plan(sample_dataset, PlanParams(budget_kzt=5e8, strategy=strategy, equity=1.0))
        for lang, word in (("en", "because"), ("ru", "потому что"), ("kk", "себебі")):
            texts = explain_units(sample_dataset, r, lang)
            assert len(texts) == len(sample_dataset.units)
            funded = r.per_unit()["spent_kzt"] > 0
            assert all(word in t for t in texts[funded])
        reasons = kit_reasons(r, "kk")
        assert len(reasons) == len(r.kits) and all("1 млн ₸" in t for t in reasons)


def test_parameters_file_round_trip_and_errors(tmp_path):
    params = PlanParams(budget_kzt=7.5e8, strategy="equal", equity=1.5,
                        takeup={"pwd": 0.5}, constraints=Constraints(
                            instrument_max_share={"device_voucher": 0.4},
                            unit_max_kzt={"110000000": 1e8}, locked=("SCH-1",)))
    for name in ("параметры.toml", "p.json"):
        path = write_params(tmp_path / name, params)
        assert read_params(path) == params
    text = (tmp_path / "параметры.toml").read_text(encoding="utf-8")
    assert "budget_kzt = 750000000.0" in text and "[constraints.instrument_max_share]" in text
    (tmp_path / "bad.toml").write_text("budget_kzt = 1\nbudjet = 2\n", encoding="utf-8")
    with pytest.raises(KZError) as err:
        read_params(tmp_path / "bad.toml")
    assert err.value.code == "bad_parameter" and err.value.column == "budjet"
    (tmp_path / "broken.toml").write_text("budget_kzt = = 1", encoding="utf-8")
    with pytest.raises(KZError) as err:
        read_params(tmp_path / "broken.toml")
    assert err.value.code == "file_unreadable"
