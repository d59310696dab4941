"""MapData: the map's plain arrays agree with the dataset they come from (no Qt)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzplanner.app.display.indicator_values import worst_first_ranks
from kzplanner.app.display.map_points import STATUSES, institution_status
from kzplanner.app.display.prepared import prepare_dataset
from kzplanner.core.planning.parameters import PlanParams


@pytest.fixture(scope="module")
def prepared(sample_dataset):
    return prepare_dataset(sample_dataset, PlanParams())


def test_arrays_follow_the_shapes_order(prepared):
    data, ds = prepared.map, prepared.dataset
    codes = list(data.codes)
    assert codes == list(prepared.shapes)
    np.testing.assert_array_equal(data.values("combined_gap"),
                                  prepared.baseline["combined_gap"].reindex(codes).to_numpy())
    np.testing.assert_array_equal(data.population,
                                  ds.units["population"].reindex(codes).to_numpy(dtype=float))
    assert np.isnan(data.values("no_such_indicator")).all()
    inst = ds.institutions
    owner = np.array(codes)[data.inst_unit_idx]
    assert (owner == inst["unit_code"].astype(str).to_numpy()).all()
    assert data.unit_names("ru") == ds.unit_names("ru")
    assert data.unit_names("xx") == ds.unit_names("en")


def test_statuses_before_a_plan(prepared):
    data, inst = prepared.map, prepared.dataset.institutions
    expected = institution_status(inst, prepared.access, np.zeros(len(inst), bool))
    np.testing.assert_array_equal(data.inst_status, expected)
    assert STATUSES.index("kit") not in set(data.inst_status.tolist())


def test_same_drawing_notices_any_difference(prepared):
    data = prepared.map
    assert data.same_drawing(dataclasses.replace(data))
    bumped = data.values("combined_gap").copy()
    bumped[3] += 0.01
    assert not data.same_drawing(data.with_values("combined_gap", bumped))
    moved = data.points_xy.copy()
    moved[0, 0] += 1.0
    assert not data.same_drawing(dataclasses.replace(data, points_xy=moved))
    renamed = {**data.names, "kk": {**data.names["kk"], data.codes[0]: "Басқа"}}
    assert not data.same_drawing(dataclasses.replace(data, names=renamed))
    assert not data.same_drawing(dataclasses.replace(data, illustrative=not data.illustrative))


def test_with_indicator_reaches_the_map(prepared):
    values = pd.Series({c: float(i) for i, c in enumerate(prepared.map.codes)})
    more = prepared.with_indicator("actual_minus_projected", values)
    np.testing.assert_array_equal(more.map.values("actual_minus_projected"),
                                  values.to_numpy(dtype=float))
    assert more.map.shapes is prepared.map.shapes


@given(st.lists(st.one_of(st.none(), st.integers(-5, 5)), min_size=0, max_size=30),
       st.sampled_from(["combined_gap", "school_coverage"]),
       st.sampled_from(["baseline", "change"]))
def test_ranks_match_pandas_min_ranks(raw, indicator, mode):
    v = np.array([np.nan if x is None else float(x) for x in raw], dtype=float)
    ours = worst_first_ranks(v, indicator, mode)
    ascending = {("combined_gap", "baseline"): False, ("school_coverage", "baseline"): True,
                 ("combined_gap", "change"): True, ("school_coverage", "change"): False}
    theirs = pd.Series(v).rank(ascending=ascending[(indicator, mode)], method="min",
                               na_option="keep").to_numpy()
    np.testing.assert_array_equal(ours, theirs)


def test_the_maps_baseline_is_the_plans_baseline(sample_dataset, prepared):
    """prepare_dataset works the baseline out without building the plan's items: it must be
    exactly what the plan starts from (build_items' gaps_before and access)."""
    from kzplanner.core.access_rules import AccessRules
    from kzplanner.core.planning.items import build_items

    strict = AccessRules(benchmarks_mbps={"school": 200.0, "fap": 100.0, "psc": 100.0},
                         gap_weights={"institutional": 0.6, "device": 0.2, "internet": 0.2})
    for params in (PlanParams(), PlanParams(rules=strict)):
        items = build_items(sample_dataset, params)
        ours = prepared if params == PlanParams() else prepare_dataset(sample_dataset, params)
        pd.testing.assert_frame_equal(ours.baseline[list(items.gaps_before.columns)],
                                      items.gaps_before)
        np.testing.assert_array_equal(ours.access, items.access.to_numpy(dtype=bool))
    assert not prepared.baseline["combined_gap"].equals(ours.baseline["combined_gap"])
