"""Settlements inside the real geokz adm2 2024 districts: assignment, estimates, catchments and
covered population against an independent brute force (skipped when the data are absent)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.core.settlement_fixture import (
    ADM2_2024,
    OUTSIDE_POINTS,
    brute_coverage,
    institutions_near,
    write_osm_geojson,
)

pytestmark = pytest.mark.skipif(not ADM2_2024.exists(), reason="geokz adm2 2024 absent")
REACH = {"school": 5.0, "fap": 15.0, "psc": 30.0}


@pytest.fixture(scope="module")
def placed(tmp_path_factory):
    from kzplanner.core.io.read.boundaries import read_boundaries
    from kzplanner.core.io.read.settlements import read_settlements
    from kzplanner.core.settlements import place_settlements

    units = read_boundaries(ADM2_2024)
    path = tmp_path_factory.mktemp("s") / "places.geojson"
    drawn = write_osm_geojson(path, units)
    raw = read_settlements(path)
    known = drawn[drawn["unit_code"] != ""].groupby("unit_code")["population"].sum()
    rng = np.random.default_rng(11)
    # every district's population: its settlements' known people plus some not yet accounted for
    pop = pd_series({c: float(known.get(c, 0.0)) + float(rng.integers(500, 20000))
                     for c in units.index})
    layer = place_settlements(raw, units, pop, source=str(path))
    return units, drawn, raw, layer, pop


def pd_series(d):
    import pandas as pd

    return pd.Series(d, dtype=float)


def test_each_point_is_in_the_district_it_was_drawn_in(placed):
    import shapely

    units, drawn, _raw, layer, _pop = placed
    by_id = dict(zip(layer.table["settlement_id"], layer.table["unit_code"], strict=True))
    inside = drawn[drawn["unit_code"] != ""]
    assert len(layer.table) == len(inside)
    for row in inside.itertuples():
        assert by_id[row.settlement_id] == row.unit_code
        # and independently: the polygon named contains the point
        assert shapely.intersects_xy(units.geometry[row.unit_code], row.lon, row.lat)
    # the points outside the country are listed, not placed
    assert len(layer.outside) == len(OUTSIDE_POINTS)
    assert set(layer.outside["settlement_id"]) == set(drawn[drawn["unit_code"] == ""]
                                                      ["settlement_id"])
    assert "settlements_outside" in layer.notes


def test_estimates_add_up_to_each_districts_population(placed):
    _units, drawn, _raw, layer, pop = placed
    t = layer.table
    assert t["population_estimated"].sum() == drawn[drawn["unit_code"] != ""][
        "population"].isna().sum()
    assert np.isfinite(t["population"]).all()
    for code, part in t.groupby("unit_code"):
        if part["population_estimated"].any():
            assert math.isclose(part["population"].sum(), pop[code], rel_tol=1e-9)
    # a known population is kept as written
    known = drawn.dropna(subset=["population"]).set_index("settlement_id")["population"]
    kept = t.set_index("settlement_id")["population"]
    common = known.index.intersection(kept.index)
    assert (kept[common] == known[common]).all()
    # estimates in a district follow the place weights
    part = t[t["population_estimated"]]
    for _code, p in part.groupby("unit_code"):
        if len(p) > 1:
            w = p["place"].map(layer.weights).to_numpy()
            ratio = p["population"].to_numpy() / w
            assert np.allclose(ratio, ratio[0])


def test_catchments_and_covered_population_match_brute_force(placed):
    from kzplanner.core.settlements import compute_coverage

    _units, drawn, _raw, layer, _pop = placed
    inst = institutions_near(drawn)
    access = inst["access"].tolist()
    cov = compute_coverage(layer, inst, inst["access"], REACH)
    brute = brute_coverage(layer.table, inst, access, REACH)
    pop = layer.table["population"].to_numpy()
    ps = cov.per_settlement
    for t in ("school", "fap", "psc"):
        covered, near_km, near_acc = brute[t]
        assert ps[f"{t}_covered"].tolist() == covered
        assert np.allclose(ps[f"{t}_nearest_km"].to_numpy(), near_km, rtol=1e-9, atol=1e-6)
        assert ps[f"{t}_nearest_access"].tolist() == near_acc
        # per unit, covered and uncovered population, recounted by hand
        for code in cov.per_unit.index:
            mine = (layer.table["unit_code"] == code).to_numpy()
            c = np.array(covered)
            assert math.isclose(cov.per_unit.at[code, f"{t}_covered_population"],
                                pop[mine & c].sum(), abs_tol=1e-6)
            assert math.isclose(cov.per_unit.at[code, f"{t}_uncovered_population"],
                                pop[mine & ~c].sum(), abs_tol=1e-6)
        assert 0 < sum(covered) < len(covered)  # the fixture tests both outcomes
    assert set(cov.per_unit.index) == set(str(c) for c in _units.index)


def test_served_is_the_population_nearest_each_fap_and_psc(placed):
    from kzplanner.core.settlements import compute_coverage
    from tests.core.settlement_fixture import haversine

    _units, drawn, _raw, layer, _pop = placed
    inst = institutions_near(drawn)
    cov = compute_coverage(layer, inst, inst["access"], REACH)
    for t in ("fap", "psc"):
        mine = inst[inst["type"] == t]
        expect = dict.fromkeys(mine["inst_id"], 0.0)
        for s in layer.table.itertuples():
            d = [(haversine(s.lat, s.lon, i.lat, i.lon), i.inst_id) for i in mine.itertuples()]
            expect[min(d)[1]] += s.population
        got = cov.served[mine["inst_id"]]
        assert np.allclose(got.to_numpy(), [expect[i] for i in mine["inst_id"]])
        # each person once per type
        assert math.isclose(got.sum(), layer.table["population"].sum())
