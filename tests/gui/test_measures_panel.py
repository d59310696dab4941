"""Issue 16 in the window: the results panel shows each measure on its own, with its own ₸ per
unit, the objective and the exchange rate; no label, table cell or chart adds people across
measures; seed 002's urban/rural indicator is drawn with its targets."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
from PySide6.QtWidgets import QLabel

from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_kzt, format_number
from kzplanner.core.planning.parameters import PlanParams

from .conftest import PLAN_TIMEOUT_MS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from core.measures_check import forbidden_sums, matches, numbers_in  # noqa: E402


def _proportional_plan(window, qtbot):
    state = window.state
    state.set_params(PlanParams(strategy="proportional"))  # 2 bn ₸: all three measures bought
    state.run_plan()
    qtbot.waitUntil(lambda: state.result_is_current and not state.busy
                    and state.result.params.strategy == "proportional", timeout=PLAN_TIMEOUT_MS)
    return state.result


def _visible_texts(panel) -> list[str]:
    return [w.text() for w in panel.findChildren(QLabel) if w.isVisibleTo(panel) and w.text()]


def test_results_panel_shows_each_measure_and_no_sum(window, qtbot):
    result = _proportional_plan(window, qtbot)
    m = result.summary["measures"]
    assert all(m[k]["newly"] > 0 for k in ("device", "internet", "institutions"))
    panel = window.results_panel
    forbidden = forbidden_sums(result, national_only=True, with_ratio=False)
    for lang in ("en", "ru", "kk"):
        window.state.set_language(lang)
        texts = _visible_texts(panel)
        joined = "\n".join(texts)
        for value in (m["device"]["newly"], m["internet"]["newly"],
                      m["institutions"]["connected"], m["institutions"]["people_served"]):
            assert format_number(value, lang) in joined, (lang, value)
        for key in ("device", "internet", "institutions"):  # its own ₸ per unit of measure
            assert format_kzt(m[key]["kzt_per_unit"], lang) in joined, (lang, key)
        assert label("measure.device", lang) in texts
        assert label("measure.internet.households", lang) in texts
        assert label("objective.rule", lang) in texts
        assert "0,25" in joined if lang != "en" else "0.25" in joined  # the exchange rate
        found = matches([x for t in texts for x in numbers_in(t, lang)], forbidden, 0.5)
        assert not found, (lang, found)
    window.state.set_language("en")
    assert panel.values["measure_device"].text() == format_number(m["device"]["newly"], "en")
    assert panel.tiles["institutions"].value.text() == format_number(
        m["institutions"]["connected"], "en")
    # urban and rural institutions apart, with seed 002's target
    areas = [panel.captions[f"area_{i}"].text() for i in range(4)]
    assert label("area_gap.rural", "en") in areas and label("area_school.urban", "en") in areas
    assert "target 2021: 100%" in panel.values["area_3"].text()


def test_units_table_has_a_column_per_measure_and_no_sum(window, qtbot):
    from kzplanner.gui.data.units_table import COLUMNS, RAW_ROLE

    result = _proportional_plan(window, qtbot)
    keys = [c.key for c in COLUMNS]
    assert "people_newly_with_access" not in keys
    assert {"newly_with_device", "newly_with_internet", "institutions_connected"} <= set(keys)
    model = window.units_table.units_model
    raw = [model.data(model.index(r, c), RAW_ROLE) for r in range(model.rowCount())
           for c in range(model.columnCount()) if COLUMNS[c].kind != "text"]
    found = matches([v for v in raw if v is not None], forbidden_sums(result), 1e-6)
    assert not found, found
    per_unit = result.per_unit()
    col = keys.index("newly_with_device")
    total = sum(model.data(model.index(r, col), RAW_ROLE) for r in range(model.rowCount()))
    assert abs(total - per_unit["newly_with_device"].sum()) < 1e-6


def test_curve_chart_plots_the_combined_gap_not_a_people_total(window, qtbot):
    curve = window.map_features.charts.curve
    qtbot.waitUntil(lambda: curve.curve is not None, timeout=60_000)
    curve.redraw()
    state = window.state
    items = curve.plot.getPlotItem().listDataItems()
    ys = list(items[0].getData()[1])
    assert ys == list(curve.curve["combined_gap_after"].astype(float))
    assert ys[0] >= ys[-1]
    assert "Combined access gap" in curve.plot.getPlotItem().titleLabel.text
    assert state.result.summary["combined_gap_after"] <= state.result.summary[
        "combined_gap_before"]


def test_seed_002_indicator_is_drawn_with_its_targets(window, qtbot):
    state = window.state
    codes = list(state.prepared.dataset.units.index)
    values = pd.Series([0.35 + 0.01 * i for i in range(len(codes))], index=codes)
    state.add_indicator("school_internet_share_rural", values,
                        {"en": "x", "ru": "x", "kk": "x"}, kind="share")
    assert state.indicator == "school_internet_share_rural"
    assert "school_internet_share_rural" in state.prepared.baseline
    # the catalogue's labels win over the ones passed (they are not overwritten)
    assert label("school_internet_share_rural", "kk") == "Интернетке қолжетімді ауыл мектептері"
    chart = window.map_features.charts.gap
    chart.redraw()
    assert chart.target_lines == [("reported 2018", 35.0), ("target 2019", 67.0),
                                  ("target 2020", 93.0), ("target 2021", 100.0)]
    assert chart.plot.getViewBox().viewRange()[0][1] >= 100.0  # the targets stay in view
    state.set_language("kk")
    chart.redraw()
    assert [t for t, _ in chart.target_lines][-1] == "2021 мақсаты"
    state.set_language("en")
    state.set_indicator("combined_gap")
    chart.redraw()
    assert chart.target_lines == []


def test_the_optimiser_words_say_when_faps_and_pscs_were_valued_by_credits():
    """'The best possible plan' of a plan whose FAP and PSC kits were valued by their
    settlements' credits says so: the coverage reached can exceed what the optimiser counted."""
    from kzplanner.app.strings import tr
    from kzplanner.gui.planning.results_panel import solver_text

    milp = {"method": "milp", "optimal": True, "mip_gap": 0.0, "seconds": 0.2}
    plain = solver_text({"solver": milp, "value_basis": {"register": 40}}, "kk")
    credited = solver_text({"solver": milp, "value_basis": {"register": 8,
                                                            "newly_covered": 30}}, "kk")
    assert plain == tr("res.solver_exact", "kk", seconds="0,2")
    assert credited == plain + tr("res.solver_credited", "kk")
    assert "ФАП" in credited
    rule = solver_text({"solver": {"method": "proportional"},
                        "value_basis": {"newly_covered": 3}}, "kk")
    assert rule == tr("res.solver_rule", "kk")  # no optimiser, nothing to qualify
