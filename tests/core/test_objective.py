"""Issue 16, the model: maximum impact's objective (the combined index the map shows, weighted by
population), access as seed 000 defines it, overlapping target groups, fair ties, envelopes."""

from __future__ import annotations

import numpy as np
import pytest

from kzplanner.core.access_rules import AccessRules
from kzplanner.core.indicators import (
    gaps_from_counts,
    institution_access,
    subtract_gains,
    unit_counts,
)
from kzplanner.core.planning.items import build_items, plan_objective
from kzplanner.core.planning.optimiser import largest_remainder
from kzplanner.core.planning.parameters import Constraints, CostCatalogue, PlanParams
from kzplanner.core.planning.planner import combined_gap_function, make_plan
from kzplanner.errors import KZError
from tests.core.factories import make_dataset


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    """Written for oblast-level figures: the sample on today's 20 oblasts (tests/conftest.py)."""
    return oblast_sample


def _inst(inst_id, unit="1", served=100.0, connected=False, mbps=np.nan, kind="school",
          equipment=None, licences=None, area="rural"):
    return {"inst_id": inst_id, "name": inst_id, "type": kind, "unit_code": unit,
            "people_served": served, "connected": connected, "download_mbps": mbps,
            "area_type": area, "has_equipment": equipment, "has_licences": licences}


def _unit(code="1", population=100_000.0, eligible=20_000.0, no_device=4_000.0,
          no_internet=3_000.0, **extra):
    return {"unit_code": code, "population": population, "hs_students_eligible": eligible,
            "hs_students_no_device": no_device, "hs_students_no_internet": no_internet, **extra}


# --- access as seed 000 defines it ----------------------------------------------------------

def test_connected_without_equipment_or_licences_is_without_access():
    ds = make_dataset([_unit()], [
        _inst("ok", connected=True, mbps=50.0, equipment=True, licences=True),
        _inst("no-kit", connected=True, mbps=50.0, equipment=False, licences=True),
        _inst("no-licence", connected=True, mbps=50.0, equipment=True, licences=False),
        _inst("unknown", connected=True, mbps=50.0),  # no column value: nothing against it
        _inst("slow", connected=True, mbps=2.0, equipment=False),
        _inst("none", connected=False, equipment=True, licences=True)])
    access = institution_access(ds.institutions, AccessRules())
    assert dict(zip(ds.institutions["inst_id"], access, strict=True)) == {
        "ok": True, "no-kit": False, "no-licence": False, "unknown": True, "slow": False,
        "none": False}
    counts = unit_counts(ds.units, ds.institutions, access, ds.groups)
    assert counts.loc["1", "school_lacking_connection"] == 2  # slow, none
    assert counts.loc["1", "school_lacking_equipment"] == 3  # no-kit, no-licence, slow
    gaps = gaps_from_counts(counts, ds.groups, AccessRules())
    assert gaps.loc["1", "school_gap"] == pytest.approx(4 / 6)
    assert gaps.loc["1", "school_gap_equipment"] == pytest.approx(3 / 6)

    costs = CostCatalogue()
    items = build_items(ds, PlanParams())
    kits = items.kits.set_index("inst_id")
    assert kits.loc["no-kit", "package"] == "equipment"
    assert kits.loc["no-kit", "cost_kzt"] == costs.equipment_kzt["school"]["rural"]
    assert kits.loc["none", "package"] == "connectivity"
    assert kits.loc["none", "cost_kzt"] == costs.kit_kzt["school"]["rural"]
    assert kits.loc["slow", "package"] == "connectivity_equipment"
    assert kits.loc["slow", "cost_kzt"] == (costs.kit_kzt["school"]["rural"]
                                            + costs.equipment_kzt["school"]["rural"])
    # an equipment kit gives the institution access: it is connected already
    r = make_plan(ds, PlanParams(budget_kzt=costs.equipment_kzt["school"]["rural"],
                                 constraints=Constraints(locked=("no-kit",))))
    assert list(r.kits["inst_id"]) == ["no-kit"]
    assert r.after.loc["1", "school_gap"] == pytest.approx(3 / 6)


def test_access_needs_follow_the_rule_row_by_row_whatever_the_flags_hold():
    """access_needs (vectorised) against the rule written out for one row at a time, on
    flags as a register gives them (True / False / None), as a frame may hold them (NaN,
    numpy booleans) and as columns of one kind (bool dtype)."""
    import random

    import pandas as pd

    from kzplanner.core.indicators import access_needs

    rules = AccessRules()
    rng = random.Random(11)
    flags = [True, False, None, float("nan"), np.True_, np.False_]
    for mixed in (True, False):
        n = 300
        choice = flags if mixed else [True, False]
        inst = pd.DataFrame({
            "type": [rng.choice(["school", "fap", "psc"]) for _ in range(n)],
            "download_mbps": [rng.choice([None, 0.5, 4.0, 10.0, 30.0, 100.0]) for _ in range(n)],
            "connected": [rng.choice(choice) for _ in range(n)],
            "has_equipment": [rng.choice(choice) for _ in range(n)],
            "has_licences": [rng.choice(choice) for _ in range(n)]})
        got = access_needs(inst, rules)
        for i, row in inst.iterrows():
            speed, bench = row["download_mbps"], rules.benchmarks_mbps[row["type"]]
            has_speed = speed is not None and not np.isnan(speed)
            flag = row["connected"]
            unknown = flag is None or (isinstance(flag, float) and np.isnan(flag))
            linked = (flag is True and (not has_speed or speed >= bench)) or (
                unknown and has_speed and speed >= bench)
            assert got.at[i, "lacks_connection"] == (not linked), row.to_dict()
            for col, need in (("has_equipment", "lacks_equipment"),
                              ("has_licences", "lacks_licences")):
                said = row[col]
                assert got.at[i, need] == (said is False or said is np.False_), row.to_dict()
    assert not access_needs(inst.drop(columns="has_licences"), rules)["lacks_licences"].any()


def test_sample_institutions_lacking_equipment_are_without_access(sample_dataset):
    inst = sample_dataset.institutions
    access = institution_access(inst, AccessRules())
    lacking = (inst["has_equipment"] == False) | (inst["has_licences"] == False)  # noqa: E712
    assert not access[lacking.to_numpy()].any()
    # counted from the register's cells (openpyxl): connected at the benchmark, and of those
    # the ones lacking equipment or licences
    connected, short = _register_counts()
    linked = institution_access(inst.assign(has_equipment=None, has_licences=None),
                                AccessRules())
    assert int(linked.sum()) == connected and int((linked & lacking).sum()) == short
    assert int(access.sum()) == connected - short


def _register_counts() -> tuple[int, int]:
    import openpyxl

    from kzplanner import paths

    benchmark = {"school": 10.0, "fap": 10.0, "psc": 20.0}  # the sample's SOURCE.md
    ws = openpyxl.load_workbook(paths.sample_institutions(), read_only=True)["institutions"]
    rows = ws.iter_rows(min_row=3, values_only=True)
    header = list(next(rows))
    connected = short = 0
    for row in rows:
        r = dict(zip(header, row, strict=False))
        if r["connected"] == "yes" and (r["download_mbps"] or 0) >= benchmark[r["type"]]:
            connected += 1
            short += r["has_equipment"] == "no" or r["has_licences"] == "no"
    return connected, short


# --- the objective -------------------------------------------------------------------------

def test_item_values_are_the_index_points_they_remove_times_population():
    """docs/model.md's worked example: P = 100 000, people served by all institutions 40 000,
    eligible 20 000, weights 0.5 / 0.25 / 0.25 (all three gaps exist)."""
    ds = make_dataset([_unit()], [_inst("school", served=800.0),
                                  _inst("other", served=39_200.0, connected=True)])
    params = PlanParams(takeup={"hs_students": 0.85})
    items = build_items(ds, params)
    kit = items.kits.set_index("inst_id").loc["school"]
    assert kit["value"] == pytest.approx(100_000 * 100 * 0.5 * 800 / 40_000)  # 1 point × P
    v = items.vouchers.set_index("instrument")
    assert v.loc["device_voucher", "value"] == pytest.approx(100_000 * 100 * 0.25 * 0.85 / 20_000)
    assert v.loc["device_voucher", "value"] == pytest.approx(106.25)
    # the objective of a plan equals the fall of the map's index times the population
    r = make_plan(ds, params.with_changes(budget_kzt=4_200_000 + 10 * 157_500))
    fall = r.before.loc["1", "combined_gap"] - r.after.loc["1", "combined_gap"]
    assert r.solver.objective == pytest.approx(100_000 * fall)
    # internet vouchers remove as much of the index per person and cost less than devices
    assert r.summary["kits"] == 1 and r.summary["vouchers_issued"] == {"device": 0, "internet": 25}


def test_weights_are_the_exchange_rate_and_change_the_mix():
    ds = make_dataset([_unit()], [_inst("school", served=800.0),
                                  _inst("other", served=39_200.0, connected=True)])
    budget = 4_200_000.0
    kits_first = make_plan(ds, PlanParams(budget_kzt=budget))
    assert kits_first.summary["kits"] == 1
    vouchers_first = make_plan(ds, PlanParams(budget_kzt=budget, rules=AccessRules(
        gap_weights={"institutional": 0.001, "device": 0.5, "internet": 0.5})))
    assert vouchers_first.summary["kits"] == 0
    assert vouchers_first.summary["vouchers_issued"]["internet"] > 0


def test_rule_based_plans_are_scored_on_the_same_objective(sample_dataset):
    for strategy in ("proportional", "worst_first"):
        r = make_plan(sample_dataset, PlanParams(budget_kzt=5e8, strategy=strategy))
        counts = r.items.vouchers.merge(r.allocation, how="left",
                                        on=["unit_code", "instrument", "group"])["count"]
        kits = r.items.kits["inst_id"].isin(set(r.kits["inst_id"])).to_numpy()
        score = plan_objective(r.items, counts.fillna(0).to_numpy(float), kits)
        fall = (r.before["combined_gap"] - r.after["combined_gap"])
        pop = sample_dataset.units["population"].astype(float)
        assert score == pytest.approx(float((fall * pop).sum()), rel=1e-9)


# --- overlapping target groups -----------------------------------------------------------

GROUPS = ("pwd", "elderly_with_disabilities")


def _overlap_unit(**extra):
    return {"unit_code": "1", "population": 1_000.0,
            "pwd_eligible": 100.0, "pwd_no_device": 40.0, "pwd_no_internet": 30.0,
            "elderly_with_disabilities_eligible": 30.0,
            "elderly_with_disabilities_no_device": 25.0,
            "elderly_with_disabilities_no_internet": 10.0, **extra}


def test_a_group_of_which_another_is_counted_once():
    ds = make_dataset([_overlap_unit()], groups=GROUPS)
    items = build_items(ds, PlanParams(takeup={"pwd": 1.0, "elderly_with_disabilities": 1.0}))
    gaps = items.gaps_before.loc["1"]
    assert gaps["device_gap"] == pytest.approx(40 / 100)  # not (40 + 25) / (100 + 30)
    assert items.units.loc["1", "eligible"] == 100
    caps = items.vouchers.set_index(["group", "instrument"])["cap_people"]
    assert caps[("pwd", "device_voucher")] == 15  # 40 of which 25 are the child group's
    assert caps[("elderly_with_disabilities", "device_voucher")] == 25
    # without the declaration, they are two groups that add up
    apart = build_items(ds, PlanParams(rules=AccessRules(group_part_of={})))
    assert apart.gaps_before.loc["1", "device_gap"] == pytest.approx(65 / 130)


def test_child_gains_leave_the_parent_too_in_the_after_gaps():
    ds = make_dataset([_overlap_unit()], groups=GROUPS)
    params = PlanParams(takeup={"pwd": 1.0, "elderly_with_disabilities": 1.0})
    items = build_items(ds, params)
    x = np.where((items.vouchers["group"] == "elderly_with_disabilities")
                 & (items.vouchers["instrument"] == "device_voucher"), 20.0, 0.0)
    after = subtract_gains(ds.units[[c for c in ds.units.columns if c != "geometry"]],
                           items.vouchers, x * items.vouchers["takeup"], ds.groups, params.rules)
    assert after.loc["1", "pwd_no_device"] == 20
    assert after.loc["1", "elderly_with_disabilities_no_device"] == 5
    counts = unit_counts(after, ds.institutions, items.access, ds.groups)
    gaps = gaps_from_counts(counts, ds.groups, params.rules)
    assert gaps.loc["1", "device_gap"] == pytest.approx(20 / 100)
    fast = combined_gap_function(ds, params, items)(np.concatenate([x, np.zeros(len(items.kits))]))
    assert fast.loc["1"] == pytest.approx(gaps.loc["1", "combined_gap"])


def test_eligible_people_never_exceed_the_population():
    ds = make_dataset([_unit(population=10_000.0, eligible=50_000.0, no_device=4_000.0)])
    items = build_items(ds, PlanParams())
    assert items.units.loc["1", "eligible"] == 10_000
    assert items.gaps_before.loc["1", "device_gap"] == pytest.approx(0.4)


def test_internet_vouchers_capped_by_households_where_the_data_has_them():
    by_households = _unit(code="1", no_internet=3_000.0, households_no_internet=1_200.0)
    by_persons = _unit(code="2", no_internet=3_000.0, households_no_internet=np.nan)
    ds = make_dataset([by_households, by_persons])
    items = build_items(ds, PlanParams(takeup={"hs_students": 1.0}))
    net = items.vouchers[items.vouchers["instrument"] == "internet_voucher"].set_index("unit_code")
    assert net.loc["1", "cap_basis"] == "households" and net.loc["1", "cap_people"] == 1_200
    assert net.loc["2", "cap_basis"] == "persons" and net.loc["2", "cap_people"] == 3_000
    assert items.internet_cap_basis.to_dict() == {"1": "households", "2": "persons"}
    device = items.vouchers[items.vouchers["instrument"] == "device_voucher"]
    assert set(device["cap_basis"]) == {"persons"}


# --- fair ties ----------------------------------------------------------------------------

def test_equal_value_choices_are_spread_by_remaining_need_not_by_code():
    # Two units alike in everything the value depends on (P, eligible, weights), so their
    # vouchers are worth the same; "01" needs 10 devices, "02" needs 30.
    units = [_unit(code="01", no_device=10.0, no_internet=0.0),
             _unit(code="02", no_device=30.0, no_internet=0.0)]
    ds = make_dataset(units)
    params = PlanParams(takeup={"hs_students": 1.0}, budget_kzt=20 * 157_500)
    r = make_plan(ds, params)
    got = r.allocation.set_index("unit_code")["count"].to_dict()
    assert got == {"01": 5, "02": 15}


def test_largest_remainder_keeps_the_total_and_the_rooms():
    rng = np.random.default_rng(5)
    for _ in range(200):
        room = rng.integers(0, 6, size=int(rng.integers(1, 7))).astype(float)
        need = rng.random(room.size) * room
        total = float(rng.integers(0, int(room.sum()) + 1))
        x = largest_remainder(total, need, room)
        assert x.sum() == total and np.all(x <= room) and np.all(x >= 0)
        assert np.array_equal(x, np.round(x))


# --- envelopes -------------------------------------------------------------------------

def test_an_envelope_reports_what_it_left_and_nothing_moves():
    ds = make_dataset([_unit(no_device=10.0, no_internet=10.0)],
                      [_inst("a", served=500.0), _inst("b", served=300.0)])
    params = PlanParams(strategy="envelopes", budget_kzt=20_000_000, takeup={"hs_students": 1.0},
                        envelope_shares={"kit": 0.5, "device_voucher": 0.3,
                                         "internet_voucher": 0.2})
    r = make_plan(ds, params)
    env = {e.instrument: e for e in r.envelopes.envelopes}
    assert env["device_voucher"].items == 10 and env["device_voucher"].unspent_reason == \
        "need_exhausted"
    assert env["device_voucher"].unspent_kzt == pytest.approx(6_000_000 - 10 * 157_500)
    assert env["kit"].items == 2 and env["kit"].achieved == 800
    assert env["kit"].measure == "people_served_newly_connected"
    assert env["internet_voucher"].measure == "people_newly_with_internet"
    assert r.summary["spent"] == pytest.approx(sum(e.spent_kzt for e in env.values()))
    assert r.summary["unspent"] == pytest.approx(sum(e.unspent_kzt for e in env.values()))
    for e in env.values():
        assert e.spent_kzt <= e.budget_kzt + 1e-6


def test_envelopes_maximise_their_own_measure():
    # the kit envelope takes the institution serving most people per ₸, whatever the index says
    ds = make_dataset([_unit(code="1"), _unit(code="2")],
                      [_inst("small", unit="1", served=300.0),
                       _inst("big", unit="2", served=900.0),
                       _inst("rest2", unit="2", served=90_000.0, connected=True)])
    params = PlanParams(strategy="envelopes", budget_kzt=8_400_000,
                        envelope_shares={"kit": 0.5, "device_voucher": 0.5,
                                         "internet_voucher": 0.0})
    r = make_plan(ds, params)
    assert list(r.kits["inst_id"]) == ["big"]
    best = make_plan(ds, params.with_changes(strategy="max_impact"))
    assert "small" in set(best.kits["inst_id"])  # the index: 300 of 300 served in unit 1


def test_parameters_of_schema_1_lose_their_value_weights(tmp_path):
    from kzplanner.core.io.params_dict import params_from_dict
    from kzplanner.core.io.read.params_file import read_params
    from kzplanner.core.io.write.params_file import write_params

    old = {"schema": 1, "budget_kzt": 1e9, "value_weights": {"device": 2.0, "school": 1.0}}
    assert params_from_dict(old) == PlanParams(budget_kzt=1e9)
    params = PlanParams(envelope_shares={"kit": 0.6, "device_voucher": 0.2,
                                         "internet_voucher": 0.2},
                        rules=AccessRules(group_part_of={"a": "b"},
                                          group_bound={"a": "households"}),
                        costs=CostCatalogue(equipment_kzt={"school": {"urban": 1.0, "rural": 2.0}}))
    path = write_params(tmp_path / "p.toml", params)
    assert read_params(path) == params
    text = path.read_text(encoding="utf-8")
    assert "[envelope_shares]" in text and "[rules.gap_weights]" in text
    with pytest.raises(KZError) as err:
        PlanParams(envelope_shares={"kit": 0.8, "device_voucher": 0.3}).validate()
    assert err.value.column == "envelope_shares"


def test_a_child_groups_gains_also_leave_its_parent_group_after_the_plan():
    """'Of which': 100 device vouchers for students of large families (⊂ high-school students)
    lower both groups' people without a device after the plan, by the same people."""
    from kzplanner.core.planning.result import evaluate_plan

    unit = _unit(students_in_large_families_eligible=500.0,
                 students_in_large_families_no_device=300.0,
                 students_in_large_families_no_internet=0.0)
    ds = make_dataset([unit], groups=("hs_students", "students_in_large_families"))
    rules = AccessRules(group_part_of={"students_in_large_families": "hs_students"})
    params = PlanParams(budget_kzt=1e12, rules=rules)
    items = build_items(ds, params)
    v = items.vouchers
    child = ((v["group"] == "students_in_large_families")
             & (v["instrument"] == "device_voucher")).to_numpy()
    counts = np.where(child, 100, 0)
    gained = float(v.loc[child, "takeup"].iloc[0]) * 100  # take-up × vouchers, by hand
    result = evaluate_plan(ds, params, items, counts, np.zeros(len(items.kits), bool),
                           make_plan(ds, params).solver)
    after = result.counts_after.loc["1"]
    assert after["students_in_large_families_no_device"] == pytest.approx(300.0 - gained)
    assert after["hs_students_no_device"] == pytest.approx(4_000.0 - gained)
