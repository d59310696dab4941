"""Follow-up on the map: actual − projected per unit colours the real main window's map."""

from __future__ import annotations

import openpyxl

from kzplanner.core.variance import projection_per_unit

from .conftest import PLAN_TIMEOUT_MS


def _actuals_with_two_kits_fewer(state, folder):
    act = projection_per_unit(state.result).copy()
    unit = next(c for c in act.index if act.loc[c, "kits_installed"] > 2)
    act.loc[unit, "kits_installed"] -= 2
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["unit_code", *act.columns])
    for code, row in act.iterrows():
        ws.append([code, *[float(v) for v in row]])
    path = folder / "нақты 2025.xlsx"
    wb.save(path)
    return path, unit


def test_actual_minus_projected_on_the_map(window, qtbot, tmp_path):
    state = window.state
    qtbot.waitUntil(lambda: state.result is not None and not state.busy, timeout=PLAN_TIMEOUT_MS)
    path, unit = _actuals_with_two_kits_fewer(state, tmp_path)
    features = window.data_features
    features.ask_actuals(str(path))
    qtbot.waitUntil(lambda: features.actuals_dialog is not None, timeout=PLAN_TIMEOUT_MS)
    dialog = features.actuals_dialog
    try:
        dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("kits_installed"))
        key = dialog.show_on_map()
        assert state.indicator == key and state.map_mode == "baseline"
        combo = window.map_panel.indicator_combo
        assert combo.currentData() == key
        assert state.prepared.baseline.loc[unit, key] == -2
        legend = window.map_panel.view.legend.title()
        assert legend and legend != key  # a readable label, not the id
        # the data's own indicators are offered too (population, coverage, counts)
        assert combo.findData("network_coverage_share") >= 0
    finally:
        state.set_indicator("combined_gap")
        dialog.reject()
