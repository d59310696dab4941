"""Map classification edge cases (ties, all equal, one unit, NaN) and the legend's text."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from kzplanner.app.display.choropleth import (
    BOX_RDBU,
    classify,
    classify_change,
    upper_bounds,
)
from kzplanner.app.display.legend_text import legend_entries, legend_note


def test_all_values_equal_gives_one_class_and_says_so():
    c = classify(np.array([0.4, 0.4, 0.4, 0.4]), "quantiles", 5)
    assert c.effective == 1 and [b.count for b in c.bins] == [4]
    assert c.note == "all_equal"
    assert legend_note(c, "en") == "All units have the same value: one class."


def test_one_unit():
    c = classify(np.array([0.3]), "fisher_jenks", 5)
    assert c.effective == 1 and c.classes.tolist() == [0]


def test_many_ties_merge_classes_and_the_legend_explains():
    values = np.r_[np.zeros(10), np.linspace(0.1, 0.9, 5), np.ones(5)]
    c = classify(values, "quantiles", 5)
    assert c.effective == 3 and c.note == "ties_merged"
    assert sum(b.count for b in c.bins) == values.size
    note = legend_note(c, "ru")
    assert "5" in note and "3" in note
    assert "5 classes requested, 3 possible" in legend_note(c, "en")


def test_fewer_distinct_values_than_classes_one_class_per_value():
    c = classify(np.array([0.0, 0.0, 0.5, 1.0, 1.0]), "equal_interval", 5)
    assert [b.style for b in c.bins] == ["exact"] * 3
    assert c.note == "few_distinct" and c.distinct == 3
    assert "only 3 distinct values" in legend_note(c, "en")


def test_missing_values_are_no_data_and_counted():
    c = classify(np.array([np.nan, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, np.nan]), "quantiles", 3)
    assert c.no_data == 2 and c.classes[0] == -1 and c.colour_of(0) is None
    rows = legend_entries(c, "school_gap", "baseline", "en")
    assert rows[-1].text == "No data" and rows[-1].colour is None and rows[-1].count == "2 units"


def test_only_missing_values():
    c = classify(np.array([np.nan, np.nan]))
    assert c.effective == 0 and c.note == "no_values" and c.no_data == 2


def test_policy_thresholds_count_exact_zero_and_hundred():
    values = np.array([0.0, 0.0, 0.3, 0.5, 0.79, 0.8, 0.95, 1.0, np.nan])
    c = classify(values, "policy", bad_is_high=False, kind="share")
    assert [b.count for b in c.bins] == [2, 1, 2, 2, 1]
    texts = [r.text for r in legend_entries(c, "school_coverage", "baseline", "en")]
    assert texts[:5] == ["0\u00a0%", "< 50\u00a0%", "50–80\u00a0%", "80–99\u00a0%", "100\u00a0%"]
    # coverage: high is good, so 100 % is the lightest colour
    assert c.bins[-1].colour == "#ffffb2"


@pytest.mark.parametrize("scheme,cls", [("quantiles", "Quantiles"),
                                        ("equal_interval", "EqualInterval"),
                                        ("box_map", "BoxPlot")])
def test_numpy_schemes_match_mapclassify(scheme, cls):
    mapclassify = pytest.importorskip("mapclassify")
    rng = np.random.default_rng(7)
    for _ in range(20):
        y = rng.gamma(2.0, 3.0, size=int(rng.integers(8, 250)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ref = getattr(mapclassify, cls)(y) if cls == "BoxPlot" else \
                getattr(mapclassify, cls)(y, k=5)
        ub = upper_bounds(y, scheme, 5)
        assert np.allclose(ub[:5], ref.bins[:5])
        assert (classify(y, scheme, 5).classes == ref.yb).all()


def test_fisher_jenks_groups_the_three_clusters():
    y = np.r_[np.full(5, 1.0), np.full(5, 10.0), np.full(5, 20.0), 1.5, 11.0]
    c = classify(y, "fisher_jenks", 3)
    assert [b.count for b in c.bins] == [6, 6, 5]


def test_box_map_marks_outliers_in_the_legend():
    y = np.r_[np.linspace(10, 20, 30), 80.0]
    c = classify(y, "box_map")
    assert c.effective == 6 and c.bins[-1].count == 1 and c.bins[-1].tag == "outlier_high"
    assert [b.colour for b in c.bins] == list(BOX_RDBU)
    text = legend_entries(c, "combined_gap", "baseline", "en")[5].text
    assert text.startswith(">") and "high outliers" in text


def test_user_defined_breaks_keep_empty_classes():
    c = classify(np.array([0.1, 0.2, 0.9]), "user_defined", user_breaks=(0.25, 0.5, 0.75))
    assert [b.count for b in c.bins] == [2, 0, 0, 1]


def test_change_is_diverging_and_other_schemes_fall_back():
    c = classify_change(np.array([-0.3, -0.1, 0.0, 0.2]), scheme="policy")
    assert c.note == "scheme_not_for_change"
    texts = [r.text for r in legend_entries(c, "combined_gap", "change", "en")]
    assert "no change" in texts


def test_legend_in_kazakh_and_russian():
    c = classify(np.arange(10.0), "quantiles", 5)
    kk = legend_entries(c, "combined_gap", "baseline", "kk")
    assert kk[0].count.endswith("аумақ")
    assert legend_entries(c, "combined_gap", "baseline", "ru")[0].text == "0,0 – 1,8"
