"""Display logic that needs no window: strings, classes, formatting of changes, ranks."""

from __future__ import annotations

import numpy as np

from kzplanner.app.display.choropleth import (
    YLORRD,
    classify_change,
    classify_sequential,
    quantile_breaks,
)
from kzplanner.app.display.indicator_values import format_change, worst_first_ranks
from kzplanner.app.strings import LANGUAGES, STRINGS, tr


def test_every_string_has_all_languages():
    missing = [(k, lang) for k, entry in STRINGS.items() for lang in LANGUAGES
               if not entry.get(lang)]
    assert missing == []


def test_placeholders_agree_across_languages():
    import string

    for key, entry in STRINGS.items():
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f}
                  for lang, text in entry.items()}
        assert len({frozenset(v) for v in fields.values()}) == 1, key


def test_kazakh_strings_use_kazakh_letters():
    kazakh = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
    assert kazakh & set(tr("banner.illustrative", "kk"))
    assert kazakh & set(tr("alloc.equity_hint", "kk"))


def test_quantile_classes_handle_ties_and_nan():
    values = np.array([1.0, 1.0, 1.0, 1.0, np.nan, 2.0])
    c = classify_sequential(values)
    assert c.no_data == 1
    assert [b.count for b in c.bins] == [4, 1]
    assert c.classes[4] == -1
    assert c.colour_of(4) is None


def test_quantile_classes_sixteen_units_five_classes():
    values = np.linspace(8.0, 42.0, 16)
    c = classify_sequential(values)
    assert len(c.bins) == 5
    assert sum(b.count for b in c.bins) == 16
    assert [b.colour for b in c.bins] == list(YLORRD)
    assert c.colour_of(15) == YLORRD[-1]  # the largest gap is the darkest red


def test_coverage_reverses_the_palette():
    c = classify_sequential(np.linspace(0.1, 0.9, 16), bad_is_high=False)
    assert c.colour_of(0) == YLORRD[-1]  # lowest coverage is the worst → darkest


def test_constant_values_make_one_class():
    c = classify_sequential(np.full(5, 3.0))
    assert len(c.bins) == 1 and c.bins[0].count == 5


def test_all_nan_makes_no_class():
    c = classify_sequential(np.full(3, np.nan))
    assert c.bins == () and c.no_data == 3
    assert quantile_breaks(np.array([np.nan])).size == 0


def test_change_classes_diverge_around_zero():
    c = classify_change(np.array([-10.0, -5.0, -1.0, 0.0, 2.0, np.nan]))
    lows = [b.lower for b in c.bins]
    assert lows == sorted(lows)
    assert sum(b.count for b in c.bins) == 5 and c.no_data == 1
    neutral = [b for b in c.bins if b.lower == b.upper == 0.0]
    assert len(neutral) == 1


def test_format_change_in_points():
    assert format_change(-0.139, "institutional_gap", "en") == "−13.9\u00a0pp"
    assert format_change(-13.9, "combined_gap", "ru") == "−13,9\u00a0п. п."
    assert format_change(0.0, "combined_gap", "en", with_unit=False) == "0.0"
    assert format_change(float("nan"), "combined_gap", "en") == "—"


def test_ranks_worst_first():
    import pandas as pd

    v = pd.Series([10.0, 30.0, 20.0], index=["a", "b", "c"])
    assert worst_first_ranks(v, "combined_gap", "baseline").tolist() == [3, 1, 2]
    assert worst_first_ranks(v, "school_coverage", "baseline").tolist() == [1, 3, 2]
    change = pd.Series([-1.0, -5.0, 0.0], index=["a", "b", "c"])
    assert worst_first_ranks(change, "combined_gap", "change").tolist() == [2, 1, 3]


