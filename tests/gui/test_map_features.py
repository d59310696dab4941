"""Map features in the real window: classes chooser, institution layer and filters, charts linked
to the selection both ways, keyboard navigation, and the printed map (PNG and PDF)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kzplanner.app.display.map_points import STATUSES


def _view(window):
    return window.map_panel.view


def test_scheme_chooser_changes_classes_and_legend(window):
    panel = window.map_panel
    panel.set_scheme("equal_interval", 4)
    assert len(_view(window).legend.rows()) == 4
    assert panel.scheme_combo.currentData() == "equal_interval"
    panel.set_scheme("policy")
    rows = _view(window).legend.rows()
    assert [r.text for r in rows][:2] == ["0", "< 50"]  # the 0–100 index has no % sign
    assert sum(int(r.count.split()[0]) for r in rows) == 20
    assert not panel.classes_spin.isEnabled()
    panel.set_scheme("quantiles", 5)


def test_tie_note_shows_in_the_legend(window):
    panel = window.map_panel
    window.state.set_indicator("psc_coverage")
    panel.set_scheme("quantiles", 7)
    cls = _view(window).classification
    if cls.note:
        assert _view(window).legend._note
    panel.set_scheme("quantiles", 5)


def test_institution_layer_statuses_and_filters(window):
    view = _view(window)
    window.map_panel.institutions_check.setChecked(True)
    layer = view.institution_layer
    counts = layer.counts()
    assert sum(counts.values()) == 9537
    assert counts["kit"] == len(window.state.result.kits)
    assert counts["below"] > 0 and counts["unconnected"] > 0
    assert view.inst_legend.isVisible()
    window.map_panel.filter_actions["school"].setChecked(False)
    assert not (layer.visible() & (layer.types == 0)).any()
    window.map_panel.filter_actions["access"].setChecked(False)
    assert not (layer.visible() & (layer.status == STATUSES.index("access"))).any()
    for act in window.map_panel.filter_actions.values():
        act.setChecked(True)
    assert layer.visible().sum() == 9537


def test_gap_chart_and_map_selection_are_linked_both_ways(window):
    charts = window.map_features.charts
    gap = charts.gap
    assert len(gap.codes) == 20 and gap.after_bars is not None
    gap.click_row(0)  # worst unit at the top
    assert window.state.selection == (gap.codes[0],)
    assert _view(window).unit_items[gap.codes[0]]._selected
    gap.click_row(2, extend=True)
    assert set(window.state.selection) == {gap.codes[0], gap.codes[2]}
    gap.click_row(5, span=True)
    assert set(gap.codes[2:6]) <= set(window.state.selection)
    # map → chart
    code = "750000000"
    _view(window).click_at(_view(window).mapFromScene(
        _view(window).marker_items[code].pos()), extend=False)
    assert window.state.selection == (code,)
    assert gap.selected_rows() == [gap.codes.index(code)]
    gap.click_row(None)
    assert window.state.selection == ()


def test_mix_chart_selects_units_that_received_a_line(window):
    mix = window.map_features.charts.mix
    assert mix.lines
    mix.click_bar(0)
    ins, group = mix.lines[0]
    alloc = window.state.result.allocation
    expected = set(alloc[(alloc.instrument == ins) & (alloc.group == group)
                         & (alloc["count"] > 0)].unit_code.astype(str))
    assert set(window.state.selection) == expected


def test_curve_is_computed_off_the_gui_thread(window, qtbot):
    curve = window.map_features.charts.curve
    qtbot.waitUntil(lambda: curve.curve is not None, timeout=60_000)
    assert len(curve.curve) == 11
    gaps = curve.curve["combined_gap_after"]  # what the chart plots: no people total
    assert gaps.iloc[0] >= gaps.iloc[-1]


def test_keyboard_pan_zoom_fit_escape(window, qtbot):
    view = _view(window)
    view.fit()
    centre = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.mapToScene(view.viewport().rect().center()).x() > centre.x()
    scale = view.transform().m11()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() > scale
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert abs(view.transform().m11() - view._fit_scale) < 1e-9
    window.state.select_units(["750000000"])
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.state.selection == ()


def test_export_map_png_a4_300dpi_and_pdf(window, tmp_path):
    window.state.set_language("kk")
    try:
        png = window.map_features.export(tmp_path / "map.png", paper="A4", landscape=False)
        image = QImage(str(png))
        assert (image.width(), image.height()) == (2480, 3508)
        # not blank: the map fills part of the page with class colours
        assert image.pixelColor(image.width() // 2, image.height() // 3).name() != "#ffffff" \
            or np.any([image.pixelColor(x, image.height() // 3).name() != "#ffffff"
                       for x in range(0, image.width(), 50)])
        pdf = window.map_features.export(tmp_path / "map.pdf", paper="A3", landscape=True)
        assert pdf.read_bytes()[:5] == b"%PDF-"
    finally:
        window.state.set_language("en")
