"""The real main window, offscreen: load, map, plan, linked selection, language, export."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QPointF, Qt

from kzplanner.core.formatting import format_kzt
from kzplanner.errors import KZError

from .conftest import PLAN_TIMEOUT_MS

KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


def _map(window):
    return window.map_panel.view


def test_sample_loads_into_map_with_legend(window):
    view = _map(window)
    assert len(view.unit_items) == 20
    assert window.state.dataset is not None and len(window.state.dataset.institutions) == 9537
    assert view.legend.isVisible()
    rows = view.legend.rows()
    assert 2 <= len(rows) <= 6
    assert sum(int(r.count.split()[0]) for r in rows) == 20
    assert "Combined access gap" in view.legend.title()
    # Astana and Almaty are tiny polygons: each gets a clickable marker
    assert {"710000000", "750000000"} <= set(view.marker_items)
    assert all(item.brush() is not None for item in view.unit_items.values())


def test_banner_shows_illustrative_and_no_pre2018_note_on_todays_map(window):
    assert window.banner.illustrative_label.isVisible()
    assert "Illustrative sample data" in window.banner.illustrative_label.text()
    # today's units (geokz 2024): nothing predates 2018, so no such note and no button
    assert not window.banner.predate_label.isVisible()
    assert not window.banner.load_button.isVisible()


def test_results_panel_shows_spent_as_core_formats_it(window):
    result = window.state.result
    assert result is not None and result.params.strategy == "max_impact"
    spent = result.summary["spent"]
    assert window.results_panel.values["spent"].text() == format_kzt(spent, "en")
    assert window.results_panel.values["budget"].text() == format_kzt(2e9, "en")
    assert "the best possible plan" in window.results_panel.values["solver"].text()


def test_table_row_selects_unit_on_map(window, qtbot):
    table = window.units_table
    view = _map(window)
    code = table.proxy.index(3, 0).data(Qt.ItemDataRole.UserRole + 1)
    rect = table.visualRect(table.proxy.index(3, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.state.selection == (code,)
    assert view.unit_items[code]._selected
    assert sum(item._selected for item in view.unit_items.values()) == 1


def test_map_click_selects_row_and_ctrl_click_adds(window, qtbot):
    table = window.units_table
    view = _map(window)
    prepared = window.state.prepared

    def click(code, modifier=Qt.KeyboardModifier.NoModifier):
        # a point inside the unit polygon (markers for the cities), in viewport pixels
        item = view.marker_items.get(code) or view.unit_items[code]
        scene_pt = (item.pos() if code in view.marker_items
                    else QPointF(*prepared.shapes[code].anchor))
        pos = view.mapFromScene(scene_pt)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)

    click("350000000")  # Karaganda
    assert window.state.selection == ("350000000",)
    assert table.selected_codes() == ["350000000"]
    click("710000000", Qt.KeyboardModifier.ControlModifier)  # Astana through its marker
    assert set(window.state.selection) == {"350000000", "710000000"}
    assert set(table.selected_codes()) == {"350000000", "710000000"}
    # empty space clears
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().rect()
                     .bottomLeft() + view.viewport().rect().topRight() * 0 + QPointF(5, -5)
                     .toPoint())
    assert window.state.selection == ()
    assert table.selected_codes() == []


def test_shift_drag_rubber_band_selects_the_units_it_touches(window, qtbot):
    view = _map(window)
    prepared = window.state.prepared
    # a band from Kostanay's anchor to Pavlodar's crosses the northern oblasts
    a = view.mapFromScene(QPointF(*prepared.shapes["390000000"].anchor))
    b = view.mapFromScene(QPointF(*prepared.shapes["550000000"].anchor))
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, a)
    qtbot.mouseMove(view.viewport(), (a + b) / 2)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, b)
    chosen = set(window.state.selection)
    assert {"390000000", "550000000"} <= chosen
    assert "750000000" not in chosen  # Almaty city is far south
    assert set(window.units_table.selected_codes()) == chosen
    assert view.dragMode() == view.DragMode.ScrollHandDrag  # panning again afterwards
    window.state.select_units([])


def test_language_switch_relabels_everything(window, qtbot):
    window.language_actions["kk"].trigger()
    assert window.state.language == "kk"
    texts = [window.windowTitle(), window.menu_file.title(), window.banner.predate_label.text(),
             window.allocation_panel.equity_hint.text(), window.results_panel.title.text(),
             _map(window).legend.title(),
             window.units_table.model().headerData(2, Qt.Orientation.Horizontal)]
    assert all(KAZAKH_LETTERS & set(t) for t in texts[2:]), texts
    assert _map(window).label_items["110000000"].text() == "Ақмола"
    assert window.units_table.proxy.index(0, 0).data() in {
        window.state.dataset.unit_name(c, "kk") for c in window.state.dataset.units.index}
    assert window.results_panel.values["spent"].text() == format_kzt(
        window.state.result.summary["spent"], "kk")
    window.language_actions["ru"].trigger()
    assert window.menu_file.title() == "&Файл"


def test_change_mode_uses_diverging_legend(window):
    from kzplanner.app.display.choropleth import IMPROVE, NEUTRAL, WORSEN

    window.map_panel.mode_buttons["change"].click()
    assert window.state.map_mode == "change"
    legend = _map(window).legend
    assert "change" in legend.title()
    colours = {r.colour for r in legend.rows()}
    assert colours <= set(IMPROVE) | set(WORSEN) | {NEUTRAL, None}
    window.map_panel.mode_buttons["projected"].click()
    assert "after the plan" in legend.title()


def test_institutions_layer_counts_every_point(window):
    window.map_panel.institutions_check.setChecked(True)
    item = _map(window).institutions_item
    assert item is not None and item.isVisible()
    counts = item.counts()
    assert sum(counts.values()) == 9537
    assert counts["kit"] == window.state.result.summary["kits"]
    # 3 types + 4 statuses (kit: a plan) + the numbered cluster
    assert len(_map(window).inst_legend.rows()) == 8


def test_budget_change_replans_newest_wins(window, qtbot):
    spin = window.allocation_panel.budget_spin
    for value in (5e8, 7e8, 1e9):
        spin.setValue(value)
    qtbot.waitUntil(lambda: window.state.result_is_current and not window.state.busy,
                    timeout=PLAN_TIMEOUT_MS)
    assert window.state.result.params.budget_kzt == 1e9
    assert window.state.result.summary["spent"] <= 1e9


def test_export_writes_workbook_in_cyrillic_folder(window, qtbot, tmp_path, monkeypatch):
    pytest.importorskip("kzplanner.core.io.write.plan_workbook")
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from kzplanner.core.catalogue import label

    folder = tmp_path / "Жоспар"
    folder.mkdir()
    target = folder / "жоспар_2025.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    outcome: list[object] = []
    window.state.exported.connect(outcome.append)
    window.state.error_raised.connect(lambda kind, exc: outcome.append(exc))
    window.act_export.trigger()
    qtbot.waitUntil(lambda: bool(outcome), timeout=PLAN_TIMEOUT_MS)
    assert outcome == [str(target)] and target.is_file()
    spent = window.state.result.summary["spent"]
    wb = load_workbook(target)
    sheet = wb[label("sheet.allocation", window.state.language)]
    header = [c.value for c in sheet[1]]
    cost_col = header.index(label("col.cost", window.state.language)) + 1
    values = [sheet.cell(row=r, column=cost_col).value for r in range(2, sheet.max_row + 1)]
    numbers = [v for v in values if isinstance(v, (int, float))]
    assert sum(numbers) == pytest.approx(spent, abs=0.5)
    if importlib.util.find_spec("PIL") is not None:  # openpyxl embeds pictures through Pillow
        assert wb[label("sheet.map", window.state.language)]._images, "map picture missing"
    assert "Экспорт" not in window.statusBar().currentMessage()  # English UI
    assert target.name in window.statusBar().currentMessage()


def test_locked_export_offers_another_name(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    import kzplanner.core.io.write.plan_workbook as pw

    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))

    def locked(path, *a, **k):
        raise KZError("file_locked", file=str(path))

    monkeypatch.setattr(pw, "write_plan_workbook", locked)
    window.act_export.trigger()
    qtbot.waitUntil(lambda: window.exporter.last_box is not None
                    and window.exporter.last_box.isVisible(), timeout=10_000)
    box = window.exporter.last_box
    assert "open in another program" in box.text()
    assert any("another name" in b.text() for b in box.buttons())
    box.done(0)
    window.exporter.last_box = None


def test_bad_boundaries_file_gives_calm_message(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "границы.geojson"
    bad.write_text("not json at all", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    window.last_box = None
    window.banner.load_button.click()
    qtbot.waitUntil(lambda: window.last_box is not None, timeout=30_000)
    text = window.last_box.text()
    assert "Traceback" not in text and "unexpected" not in text
    assert "границы.geojson" in text  # a KZError message naming the file
    window.last_box.done(0)
    assert len(_map(window).unit_items) == 20  # the loaded data stayed


def test_unexpected_error_gets_a_calm_dialog(window, monkeypatch):
    import sys

    from kzplanner.gui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(window, None)
    window.last_box = None
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    box = window.last_box
    assert box is not None and box.isVisible()
    assert "unexpected" in box.text() and "boom" not in box.text()
    box.done(0)


def test_ctrl_r_runs_the_plan(window, qtbot):
    from PySide6.QtGui import QKeySequence

    shortcut = window.allocation_panel.run_shortcut
    assert shortcut.key() == QKeySequence("Ctrl+R")
    started: list[str] = []
    window.state.task_started.connect(started.append)
    window.activateWindow()
    qtbot.keyClick(window.units_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    if not started:  # offscreen platforms may not activate the window; the wiring still counts
        shortcut.activated.emit()
    assert "plan" in started
    qtbot.waitUntil(lambda: not window.state.busy, timeout=PLAN_TIMEOUT_MS)


def test_long_kazakh_indicator_name_is_elided_with_its_whole_name_at_hand(window, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    from kzplanner.core.catalogue import label

    window.language_actions["kk"].trigger()
    combo = window.map_panel.indicator_combo
    # a small laptop screen at 150 % (the compact arrangement): the toolbar has little room
    window.resize(895, 416)
    QApplication.processEvents()
    full = label("combined_gap", "kk")
    assert combo.currentText() == full
    shown = combo.displayed_text()
    assert shown.endswith("…") and full.startswith(shown[:-1]) and len(shown) > 5
    QApplication.sendEvent(combo, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5),
                                             combo.mapToGlobal(QPoint(5, 5))))
    assert combo.toolTip() == full
    combo.showPopup()
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                 for i in range(combo.count()))
    assert combo.view().width() >= widest
    combo.hidePopup()
    window.resize(1400, 900)
    window.language_actions["en"].trigger()


def test_a_small_map_gets_a_narrower_legend_that_covers_no_unit_at_the_usual_size(window):
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication

    window.language_actions["kk"].trigger()  # the longest legend title
    view = _map(window)
    window.resize(1400, 900)
    QApplication.processEvents()
    wide = view.legend.width()
    obstacle = QRectF(view.legend.geometry().translated(-view.viewport().pos()))
    assert not view._covers_unit(obstacle)
    window.resize(1300, 700)
    QApplication.processEvents()
    assert view.legend.width() < wide
    title = view.legend.title()
    assert "алшақтығы" in title  # the whole title stays, wrapped onto more lines
    window.resize(1400, 900)
    window.language_actions["en"].trigger()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_window_fits_a_1366_pixel_laptop_screen(window, lang):
    """The commonest cheap-laptop screen is 1366 × 768: the window must shrink to it."""
    window.language_actions[lang].trigger()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40, (hint.width(), hint.height())
    window.language_actions["en"].trigger()


def test_menus_are_built_from_the_one_declaration(window):
    """Every menu and entry in the order gui/menus.py declares; each feature only offers its
    actions (no feature puts anything into a menu itself)."""
    from kzplanner.gui.feature import Feature
    from kzplanner.gui.menus import MENUS, SEPARATOR

    offered = {}
    for feature in window.features:
        assert isinstance(feature, Feature)
        offered.update(feature.actions())
    bar = window.menuBar().actions()
    assert [a.menu() for a in bar] == [window.menus[spec.id] for spec in MENUS]
    for spec in MENUS:
        entries = window.menus[spec.id].actions()
        assert len(entries) == len(spec.entries)
        for action, entry in zip(entries, spec.entries, strict=True):
            if entry == SEPARATOR:
                assert action.isSeparator()
            elif not entry.startswith("window."):
                assert action is offered[entry]
    view = [a.text().replace("&", "") for a in window.menus["view"].actions()]
    assert view[:2] == ["Fit map", "Charts"]
