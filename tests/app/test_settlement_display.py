"""The settlements' display model without Qt: symbol radii grow with population, the declutter
keeps one symbol per screen cell (a village without access wins over a bigger covered one),
never more than the bound, the selected one always drawn; hits; the list's and the card's
texts in kk and ru; the per-unit coverage indicators."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kzplanner.app.display.settlement_points import (
    plan_settlements,
    radius_px,
    settlement_hit,
    settlement_points,
)
from kzplanner.app.display.settlement_text import (
    coverage_indicators,
    settlement_card,
    village_rows,
)


def _table(n: int = 6) -> pd.DataFrame:
    return pd.DataFrame({
        "settlement_id": [f"s{i}" for i in range(n)],
        "name": [f"Village {i}" for i in range(n)],
        "name_kk": [f"Ауыл {i}" for i in range(n)],
        "name_ru": [f"Село {i}" for i in range(n)],
        "place": ["village"] * n, "kato": [""] * n,
        "lat": np.linspace(43.0, 44.0, n), "lon": np.linspace(76.0, 77.0, n),
        "unit_code": ["U1"] * n, "population": [100.0 * (i + 1) for i in range(n)],
        "population_estimated": [i % 2 == 0 for i in range(n)]})


def test_radius_grows_with_population_and_is_bounded():
    pops = np.array([0.0, 10.0, 500.0, 5000.0, 50_000.0, 5e6])
    r = radius_px(pops)
    assert np.all(np.diff(r) >= 0) and r[-1] > r[2]
    assert r.min() >= 2.0 and r.max() <= 11.0


def test_declutter_one_per_cell_bound_and_pinned():
    rng = np.random.default_rng(3)
    px = rng.uniform(0, 600, size=(10_000, 2))
    pop = rng.uniform(10, 5000, size=10_000)
    covered = rng.random(10_000) < 0.5
    plan = plan_settlements(px, pop, covered, 600, 600, pinned=17)
    assert 17 in plan.symbols.tolist()
    assert len(plan.symbols) <= 600 * 600 / 2800 + 1
    # every settlement in view is drawn once: as a symbol or a dot
    assert sorted(plan.symbols.tolist() + plan.dots.tolist()) == list(range(10_000))
    # at district zoom (a few villages far apart) every one gets its symbol
    few = np.array([[10.0, 10.0], [100.0, 100.0], [300.0, 50.0]])
    p2 = plan_settlements(few, np.array([5.0, 50.0, 500.0]), np.zeros(3, bool), 400, 400)
    assert sorted(p2.symbols.tolist()) == [0, 1, 2] and len(p2.dots) == 0
    # brute force: no two symbols in one cell of the cell size finally used is not required,
    # but no symbol may lie outside the view
    assert np.all((plan.symbol_xy >= 0) & (plan.symbol_xy < 600))


def test_hit_prefers_the_smaller_symbol_and_misses_far():
    px = np.array([[50.0, 50.0], [53.0, 50.0]])
    plan = plan_settlements(px, np.array([1e6, 100.0]), np.ones(2, bool), 100, 100,
                            cell_px=1.0)
    r = radius_px(np.array([1e6, 100.0]))
    assert settlement_hit(plan, r, (53.0, 50.0)) == 1
    assert settlement_hit(plan, r, (50.0, 40.5)) == 0
    assert settlement_hit(plan, r, (95.0, 95.0)) == -1


def test_points_follow_the_coverage_columns():
    t = _table()
    cov = pd.DataFrame({"school_covered": [True, False] * 3}, index=t.index)
    pts = settlement_points(t, cov)
    assert pts.covered_for("school").tolist() == [True, False] * 3
    assert not pts.covered_for("fap").any()
    assert pts.row_of("s4") == 4 and pts.row_of("nope") == -1


@pytest.mark.parametrize("lang, name, word", [("kk", "Ауыл 0", "бағалау"),
                                               ("ru", "Село 0", "оценка")])
def test_rows_and_card_in_the_interface_language(lang, name, word):
    t = _table()
    villages = t.assign(nearest_id=["i1"] * 6, nearest_km=[2.5] * 6,
                        nearest_access=[False] * 6)
    rows = village_rows(villages, lang, {"U1": "Район"}, {"i1": "ФАП № 1"})
    assert rows[0].cells[0] == name and rows[0].cells[2].startswith("≈")
    assert rows[1].cells[2] == "200"  # a known population: no mark
    cov = {"school_covered": False, "school_nearest_id": "i1", "school_nearest_km": 7.3,
           "school_nearest_access": True, "fap_covered": True, "fap_nearest_id": "",
           "psc_covered": False}
    title, card = settlement_card(t.iloc[0].to_dict(), cov, lang, "Район", {"i1": "Мектеп"},
                                  "school")
    assert title == name
    text = " ".join(v for _, v in card)
    assert word in text and "Мектеп" in text and "7,3" in text


def test_coverage_indicators_from_per_unit():
    per_unit = pd.DataFrame({"fap_covered_population": [10.0, 0.0],
                             "fap_uncovered_population": [5.0, 7.0]}, index=["A", "B"])
    out = coverage_indicators(per_unit)
    values, labels, bad_high = out["settle_fap_uncovered"]
    assert values.tolist() == [5.0, 7.0] and bad_high
    assert not out["settle_fap_covered"][2]
    assert "ФАП" in labels["ru"] and "ФАП" in labels["kk"]
