"""Maximum impact and envelopes against a separately written MILP (docs/model.md, "It must show").

Everything here is computed from the dataset's raw columns and the parameters, following the
words of docs/model.md, without the planner's items, program builder, column merging or exact
methods: access, the combined gap and its weights, every voucher line and every kit as its own
column, and scipy.optimize.milp with a zero gap. The planner's objective must equal it within
1e-6 relative, with caps, minimums, locks, exclusions and λ > 0.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from kzplanner.core.planning.parameters import Constraints, CostCatalogue, PlanParams
from kzplanner.core.planning.planner import make_plan
from kzplanner.errors import KZError
from tests.core.factories import make_dataset


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    """Written for oblast-level figures: the sample on today's 20 oblasts (tests/conftest.py)."""
    return oblast_sample

TYPES = ("school", "fap", "psc")


# --- the model, written again from docs/model.md -------------------------------------------

def _flag_no(v) -> bool:
    return v is False or (isinstance(v, (bool, np.bool_)) and not bool(v))


def _needs(row, bench: dict[str, float]) -> tuple[bool, bool]:
    """(lacks a connection at the benchmark, lacks equipment or licences)."""
    speed = row["download_mbps"]
    speed = float("nan") if speed is None else float(speed)
    conn = row["connected"]
    if conn is True:
        linked = math.isnan(speed) or speed >= bench[row["type"]]
    elif conn is None or (isinstance(conn, float) and math.isnan(conn)):
        linked = not math.isnan(speed) and speed >= bench[row["type"]]
    else:
        linked = False
    return (not linked), (_flag_no(row["has_equipment"]) or _flag_no(row["has_licences"]))


def _num(v) -> float:
    return 0.0 if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def independent_columns(ds, params: PlanParams) -> dict:
    """Every voucher line and every kit as a column, with cost, bounds and two values: the
    combined-gap objective (max impact) and the own measure (envelopes), both × w_u (and β_g)."""
    rules = params.rules
    w = rules.gap_weights
    units = list(ds.units.index)
    groups = list(ds.groups)
    parent = {g: rules.group_part_of.get(g) for g in groups}
    top = [g for g in groups if parent[g] not in groups]
    inst = ds.institutions
    needs = [_needs(r, rules.benchmarks_mbps) for _, r in inst.iterrows()]
    info = {}
    for u in units:
        row = ds.units.loc[u]
        pop = float(row["population"])
        served_all = served_access = 0.0
        for (_, r), (nl, ne) in zip(inst.iterrows(), needs, strict=True):
            if r["unit_code"] == u:
                served_all += _num(r["people_served"])
                if not (nl or ne):
                    served_access += _num(r["people_served"])
        elig = {g: min(_num(row[f"{g}_eligible"]), pop) for g in groups}
        lack = {(g, d): min(_num(row[f"{g}_no_{d}"]), elig[g])
                for g in groups for d in ("device", "internet")}
        e_tot = min(sum(elig[g] for g in top), pop)
        gaps = {}
        if served_all > 0:
            gaps["institutional"] = 1 - served_access / served_all
        if e_tot > 0:
            for d in ("device", "internet"):
                gaps[d] = min(sum(lack[(g, d)] for g in top), e_tot) / e_tot
        w_sum = sum(w[k] for k in gaps)
        g_u = 100 * sum(w[k] * v for k, v in gaps.items()) / w_sum if w_sum > 0 else float("nan")
        hh = row.get("households_no_internet", float("nan"))
        hh = float("nan") if hh is None else float(hh)
        lack_int = sum(lack[(g, "internet")] for g in top)
        factor = min(1.0, hh / lack_int) if not math.isnan(hh) and lack_int > 0 else 1.0
        info[u] = {"P": pop, "S": served_all, "E": e_tot, "W": w_sum, "G": g_u, "lack": lack,
                   "a": float(row["network_coverage_share"]), "f": factor}
    finite = [i["G"] for i in info.values() if not math.isnan(i["G"])]
    mean_g = sum(finite) / len(finite) if finite else 0.0
    for i in info.values():
        if params.equity == 0 or not mean_g or math.isnan(i["G"]):
            i["w"] = 1.0
        else:
            i["w"] = (max(i["G"], 0.0) / mean_g) ** params.equity
    cols = []  # (instrument, unit, key, cost, lb, ub, objective value, own-measure value)
    costs = params.costs
    for u in units:
        i = info[u]
        scale = 100 * i["P"] / i["W"] if i["W"] > 0 else 0.0
        for g in groups:
            tau = params.takeup.get(g, params.default_takeup)
            beta = params.priority.get(g, 1.0)
            for d, instrument in (("device", "device_voucher"), ("internet", "internet_voucher")):
                own = i["lack"][(g, d)] - sum(i["lack"][(h, d)] for h in groups if parent[h] == g)
                cap = max(own, 0.0) * (i["a"] * i["f"] if d == "internet" else 1.0)
                ub = math.floor(cap / tau + 1e-9)
                price = (costs.device_voucher_kzt if d == "device"
                         else costs.internet_monthly_kzt * costs.internet_months)
                price *= 1 + costs.voucher_overhead_share
                value = (i["w"] * beta * scale * w[d] * tau / i["E"]) if i["E"] > 0 else 0.0
                cols.append((instrument, u, g, price, 0.0, float(ub), value, i["w"] * beta * tau))
    for (_, r), (nl, ne) in zip(inst.iterrows(), needs, strict=True):
        if not (nl or ne):
            continue
        u = r["unit_code"]
        i = info[u]
        area = r["area_type"] or "rural"
        price = 0.0
        if nl:
            price += costs.kit_kzt[r["type"]][area]
        if ne:
            price += costs.equipment_kzt[r["type"]][area]
        if r["kit_cost"] is not None and not math.isnan(float(r["kit_cost"])):
            price = float(r["kit_cost"])
        s = _num(r["people_served"])
        scale = 100 * i["P"] / i["W"] if i["W"] > 0 else 0.0
        value = i["w"] * scale * w["institutional"] * s / i["S"] if i["S"] > 0 else 0.0
        cons = params.constraints
        lb = 1.0 if r["inst_id"] in cons.locked else 0.0
        ub = 0.0 if r["inst_id"] in cons.excluded and not lb else 1.0
        cols.append(("kit", u, r["inst_id"], price, lb, ub, value, i["w"] * s))
    return {"cols": cols, "info": info}


def independent_milp(cols, params: PlanParams, value_index: int, budget: float,
                     keep=None, unit_share: float = 1.0, instrument_caps: bool = True):
    """max Σ value·x over `cols` (those `keep` says), budget, instrument caps, unit limits."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    cols = [c for c in cols if keep is None or keep(c)]
    if not cols:
        return 0.0
    cost = np.array([c[3] for c in cols])
    lb = np.array([c[4] for c in cols])
    ub = np.array([c[5] for c in cols])
    ub = np.where((cost > budget) & (lb == 0), 0.0, ub)  # nothing dearer than the budget
    value = np.array([c[value_index] for c in cols])
    rows, lo, hi = [cost], [-np.inf], [budget]
    cons = params.constraints
    if instrument_caps:
        for key, share in cons.instrument_max_share.items():
            rows.append(np.where(np.array([c[0] for c in cols]) == key, cost, 0.0))
            lo.append(-np.inf)
            hi.append(share * params.budget_kzt)
    unit = np.array([c[1] for c in cols], dtype=object)
    for u in set(cons.unit_min_kzt) | set(cons.unit_max_kzt) | set(cons.unit_max_share):
        row = np.where(unit == u, cost, 0.0)
        minimum = cons.unit_min_kzt.get(u, 0.0) * unit_share
        if keep is not None:  # an envelope: never more than the unit can spend there
            minimum = min(minimum, float(row @ ub))
        maximum = min(cons.unit_max_kzt.get(u, np.inf),
                      cons.unit_max_share.get(u, np.inf) * params.budget_kzt) * unit_share
        rows.append(row)
        lo.append(minimum if minimum > 0 else -np.inf)
        hi.append(maximum)
    res = milp(-value, integrality=np.ones(len(cols)), bounds=Bounds(lb, ub),
               constraints=[LinearConstraint(np.array(rows), lo, hi)],
               options={"mip_rel_gap": 0.0, "time_limit": 300})
    if res.status == 2:
        return None
    assert res.status == 0, res.message
    return -float(res.fun)


def _close(ours: float, theirs: float) -> None:
    assert ours == pytest.approx(theirs, rel=1e-6, abs=1e-6)


# --- random instances ------------------------------------------------------------------------

COSTS = CostCatalogue(device_voucher_kzt=100_000, internet_monthly_kzt=5_000, internet_months=10,
                      voucher_overhead_share=0.1,
                      kit_kzt={t: {"urban": 200_000, "rural": 300_000} for t in TYPES},
                      equipment_kzt={t: {"urban": 150_000, "rural": 170_000} for t in TYPES})


def random_instance(rng: np.random.Generator):
    n_units = int(rng.integers(1, 5))
    child = bool(rng.integers(0, 2))
    groups = ("hs_students", "pwd") + (("elderly_with_disabilities",) if child else ())
    units = []
    for i in range(n_units):
        pop = float(rng.integers(200, 3000))
        row = {"unit_code": f"{i + 1:02d}", "population": pop,
               "network_coverage_share": float(rng.choice([0.5, 0.8, 1.0]))}
        for g in groups[:2]:
            elig = float(rng.integers(0, 120))
            row.update({f"{g}_eligible": elig, f"{g}_no_device": float(rng.integers(0, 40)),
                        f"{g}_no_internet": float(rng.integers(0, 40))})
        if child:
            row.update({"elderly_with_disabilities_eligible": min(row["pwd_eligible"], 30.0),
                        "elderly_with_disabilities_no_device":
                            float(rng.integers(0, row["pwd_no_device"] + 1)),
                        "elderly_with_disabilities_no_internet":
                            float(rng.integers(0, row["pwd_no_internet"] + 1))})
        if rng.random() < 0.5:
            row["households_no_internet"] = float(rng.integers(0, 60))
        units.append(row)
    insts = []
    for j in range(int(rng.integers(0, 9))):
        connected = [True, False, None][int(rng.integers(0, 3))]
        insts.append({
            "inst_id": f"k{j}", "name": f"k{j}", "type": TYPES[j % 3],
            "unit_code": f"{int(rng.integers(0, n_units)) + 1:02d}",
            "people_served": float(rng.integers(1, 600)), "connected": connected,
            "download_mbps": float(rng.choice([np.nan, 2.0, 50.0])),
            "area_type": str(rng.choice(["urban", "rural"])),
            "has_equipment": [True, False, None][int(rng.integers(0, 3))],
            "has_licences": [True, False, None][int(rng.integers(0, 3))],
            "kit_cost": float(rng.choice([np.nan, np.nan, 250_000.0]))})
    return make_dataset(units, insts, groups=groups)


def random_params(rng: np.random.Generator, ds, strategy: str) -> PlanParams:
    units = list(ds.units.index)
    caps = {}
    if rng.random() < 0.5:
        caps["kit"] = float(rng.choice([0.3, 0.6]))
    if rng.random() < 0.4:
        caps["device_voucher"] = float(rng.choice([0.2, 0.5]))
    unit_min, unit_max, unit_share = {}, {}, {}
    if rng.random() < 0.4:
        unit_min[str(rng.choice(units))] = float(rng.choice([100_000, 400_000]))
    if rng.random() < 0.4:
        unit_max[str(rng.choice(units))] = float(rng.choice([300_000, 900_000]))
    if rng.random() < 0.3:
        unit_share[str(rng.choice(units))] = 0.4
    ids = list(ds.institutions["inst_id"])
    locked = (str(rng.choice(ids)),) if ids and rng.random() < 0.4 else ()
    excluded = tuple(i for i in ids[-1:] if i not in locked and rng.random() < 0.3)
    return PlanParams(
        budget_kzt=float(rng.integers(0, 40)) * 100_000, strategy=strategy, costs=COSTS,
        equity=float(rng.choice([0.0, 0.7, 2.0])),
        takeup={"hs_students": 0.9, "pwd": 0.6, "elderly_with_disabilities": 0.75},
        priority={"pwd": 1.5} if rng.random() < 0.3 else {},
        envelope_shares={"kit": 0.5, "device_voucher": 0.3, "internet_voucher": 0.2},
        constraints=Constraints(instrument_max_share=caps, unit_min_kzt=unit_min,
                                unit_max_kzt=unit_max, unit_max_share=unit_share,
                                locked=locked, excluded=excluded))


def _check_max_impact(ds, params) -> bool:
    cols = independent_columns(ds, params)["cols"]
    theirs = independent_milp(cols, params, 6, params.budget_kzt)
    try:
        result = make_plan(ds, params)
    except KZError as err:
        assert err.code == "plan_infeasible" and theirs is None
        return False
    assert theirs is not None
    _close(result.solver.objective, theirs)
    return True


def _check_envelopes(ds, params) -> bool:
    cols = independent_columns(ds, params)["cols"]
    cons = params.constraints
    expected = {}
    for key in ("kit", "device_voucher", "internet_voucher"):
        share = params.envelope_shares.get(key, 0.0)
        cap = cons.instrument_max_share.get(key)
        budget = (share if cap is None else min(share, cap)) * params.budget_kzt
        expected[key] = independent_milp(cols, params, 7, budget, keep=lambda c, k=key: c[0] == k,
                                         unit_share=share, instrument_caps=False)
    try:
        result = make_plan(ds, params)
    except KZError as err:
        assert err.code == "plan_infeasible" and None in expected.values()
        return False
    assert None not in expected.values()
    got = {e.instrument: e for e in result.envelopes.envelopes}
    for key, value in expected.items():
        _close(got[key].objective, value)
        assert got[key].spent_kzt <= got[key].budget_kzt + 1e-6
    _close(result.solver.objective, sum(expected.values()))
    return True


@pytest.mark.parametrize("seed", range(40))
def test_max_impact_equals_an_independent_milp_on_random_instances(seed):
    rng = np.random.default_rng(seed)
    ds = random_instance(rng)
    _check_max_impact(ds, random_params(rng, ds, "max_impact"))


@pytest.mark.parametrize("seed", range(40))
def test_envelopes_equal_an_independent_milp_on_random_instances(seed):
    rng = np.random.default_rng(1000 + seed)
    ds = random_instance(rng)
    _check_envelopes(ds, random_params(rng, ds, "envelopes"))


def test_random_instances_exercise_every_limit():
    """The random instances above do include solved plans with each kind of limit and λ > 0."""
    seen = set()
    for seed in range(40):
        rng = np.random.default_rng(seed)
        ds = random_instance(rng)
        p = random_params(rng, ds, "max_impact")
        c = p.constraints
        seen |= {k for k, on in (("cap", c.instrument_max_share), ("min", c.unit_min_kzt),
                                 ("max", c.unit_max_kzt or c.unit_max_share),
                                 ("lock", c.locked), ("equity", p.equity > 0),
                                 ("child", "elderly_with_disabilities" in ds.groups),
                                 ("households", "households_no_internet" in ds.units)) if on}
    assert seen == {"cap", "min", "max", "lock", "equity", "child", "households"}


# --- the sample ------------------------------------------------------------------------------

SAMPLE_LIMITS = Constraints(instrument_max_share={"kit": 0.5, "device_voucher": 0.2},
                            unit_min_kzt={"750000000": 1.5e8},
                            unit_max_share={"610000000": 0.05},
                            locked=("SCH-110000000-0001",))


@pytest.mark.parametrize("strategy", ["max_impact", "envelopes"])
def test_sample_equals_an_independent_milp_with_limits_and_equity(sample_dataset, strategy):
    ds = sample_dataset
    inst = ds.institutions
    lock = sorted(inst.loc[(inst["unit_code"] == "110000000") & (inst["type"] == "school"),
                           "inst_id"])[0]
    cons = Constraints(**{**SAMPLE_LIMITS.__dict__, "locked": (lock,)})
    params = PlanParams(budget_kzt=2e9, equity=1.0, strategy=strategy, constraints=cons)
    assert (_check_max_impact if strategy == "max_impact" else _check_envelopes)(ds, params)


def test_objective_is_the_population_weighted_fall_of_the_map_index(sample_dataset):
    """The linear values are exact: Σ_u w_u · P_u · (G_u before − G_u after) of the gaps the map
    shows equals the solver's objective (λ > 0, with vouchers of every kind and kits)."""
    params = PlanParams(budget_kzt=3e9, equity=1.5, constraints=Constraints(
        instrument_max_share={"kit": 0.4, "device_voucher": 0.3}))
    result = make_plan(sample_dataset, params)
    per_unit = result.per_unit()
    pop = sample_dataset.units["population"].astype(float)
    w = result.items.equity_weight
    fall = per_unit["combined_gap_before"] - per_unit["combined_gap_after"]
    assert (result.allocation.groupby("instrument")["count"].sum() > 0).all()
    _close(float((w * pop * fall).sum()), result.solver.objective)
