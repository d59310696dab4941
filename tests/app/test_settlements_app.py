"""app.settlements on the bundled sample: the illustrative layer sits inside the bundled
districts, adds up to the sample's district populations, and gives FAPs and PSCs their people."""

from __future__ import annotations

import math

import numpy as np
import pytest


@pytest.fixture(scope="module")
def with_settlements(sample_dataset):
    from kzplanner import paths
    from kzplanner.app.settlements import attach_settlements

    return attach_settlements(sample_dataset, paths.sample_settlements())


def test_sample_layer_is_illustrative_and_inside_the_districts(with_settlements):
    import pyogrio

    from kzplanner import paths

    info = pyogrio.read_info(paths.sample_settlements())
    assert "illustrative" in str(pyogrio.list_layers(paths.sample_settlements())[0][0])
    frame = pyogrio.read_dataframe(paths.sample_settlements(), read_geometry=False)
    assert (frame["note"].str.contains("ILLUSTRATIVE")).all()
    assert 8000 <= info["features"] <= 12000
    layer = with_settlements.settlements
    assert len(layer.outside) == 0 and len(layer.table) == info["features"]
    # the script put each point in a unit; the spatial join agrees
    assert (layer.table.set_index("settlement_id")["unit_code"]
            == frame.set_index("settlement_id")["unit_code"]).all()
    assert with_settlements.illustrative
    assert any(s.kind == "settlements" and s.illustrative for s in with_settlements.sources)


def test_sample_settlements_add_up_to_the_district_populations(with_settlements, sample_dataset):
    t = with_settlements.settlements.table
    sums = t.groupby("unit_code")["population"].sum()
    pop = sample_dataset.units["population"]
    assert set(sums.index) == set(pop.index)
    assert np.allclose(sums.to_numpy(), pop[sums.index].to_numpy(), rtol=1e-9)
    assert 0 < t["population_estimated"].mean() < 0.5


def test_faps_and_pscs_serve_their_settlements(with_settlements, sample_dataset):
    inst = with_settlements.institutions
    cov = with_settlements.coverage
    for t in ("fap", "psc"):
        part = inst[inst["type"] == t]
        assert (part["people_served_basis"] == "settlements").all()
        # each person once per type: the served add up to the settlements' population
        assert math.isclose(part["people_served"].sum(),
                            with_settlements.settlements.table["population"].sum(), rel_tol=1e-9)
        assert np.allclose(part["people_served"].to_numpy(),
                           cov.served[part["inst_id"]].to_numpy())
    schools = inst["type"] == "school"
    assert (inst.loc[schools, "people_served"].to_numpy()
            == sample_dataset.institutions.loc[schools, "people_served"].to_numpy()).all()
    # the dataset given is unchanged
    assert sample_dataset.settlements is None
    assert (sample_dataset.institutions["people_served_basis"] == "register").all()


def test_coverage_summary_matches_the_coverage(with_settlements):
    from kzplanner.app.settlements import coverage_summary

    s = coverage_summary(with_settlements)
    layer, cov = with_settlements.settlements, with_settlements.coverage
    assert s["settlements_placed"] == len(layer.table)
    assert s["settlements_estimated"] == int(layer.table["population_estimated"].sum())
    for t in ("school", "fap", "psc"):
        by = s["by_type"][t]
        assert by["covered_population"] == pytest.approx(
            cov.per_unit[f"{t}_covered_population"].sum())
        assert by["covered_population"] + by["not_covered_population"] == pytest.approx(
            layer.table["population"].sum())
        assert 0 < by["settlements_covered"] < len(layer.table)


def test_recompute_for_another_reach_and_weights(with_settlements):
    from kzplanner.app.settlements import coverage_summary, recompute_coverage

    wider = recompute_coverage(with_settlements, {"school": 10.0})
    a = coverage_summary(with_settlements)["by_type"]["school"]["covered_population"]
    b = coverage_summary(wider)["by_type"]["school"]["covered_population"]
    assert b > a
    heavy = recompute_coverage(with_settlements, weights={"hamlet": 5.0})
    t0, t1 = with_settlements.settlements.table, heavy.settlements.table
    hamlets = (t0["place"] == "hamlet") & t0["population_estimated"]
    assert t1.loc[hamlets, "population"].sum() > t0.loc[hamlets, "population"].sum()
    assert t1["population"].sum() == pytest.approx(t0["population"].sum())


def test_no_settlements_no_summary(sample_dataset):
    from kzplanner.app.settlements import coverage_summary

    assert coverage_summary(sample_dataset) == {}


def test_next_kit_ranking_counts_what_each_kit_alone_newly_covers(with_settlements):
    from kzplanner.app.settlements import _access, next_kit_ranking

    ranking = next_kit_ranking(with_settlements)
    assert len(ranking) and ranking["per_million_kzt"].is_monotonic_decreasing
    t = with_settlements.settlements.table
    inst = with_settlements.institutions.set_index("inst_id")
    access = _access(with_settlements).to_numpy(bool)
    reach = with_settlements.coverage.reach_km
    for row in ranking.head(5).itertuples():
        kind = row.type
        sel = (with_settlements.institutions["type"] == kind).to_numpy() & access
        others = with_settlements.institutions[sel]
        total = 0.0
        for s in t.itertuples():  # brute force: uncovered before, within reach of this one
            if _hav(s.lat, s.lon, inst.at[row.inst_id, "lat"], inst.at[row.inst_id, "lon"]) \
                    > reach[kind]:
                continue
            if any(_hav(s.lat, s.lon, o.lat, o.lon) <= reach[kind] for o in others.itertuples()):
                continue
            total += s.population
        assert row.newly_covered == pytest.approx(total)
        assert row.per_million_kzt == pytest.approx(total / row.cost_kzt * 1e6)


def _hav(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))
