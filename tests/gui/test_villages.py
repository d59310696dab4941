"""Settlements in the window (issue 17): the bundled sample's illustrative settlement layer
loaded in the background, the villages-without-access list (sorted by population, the type
chooser), a row picked in the list centres the map on its village, a click on a village on the
map selects its row; the per-unit coverage indicators; screenshots at country and district zoom
in kk and ru (SCREENSHOT_DIR, default a temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from kzplanner import paths

TIMEOUT_MS = 180_000
pytestmark = pytest.mark.skipif(not paths.sample_settlements().is_file(),
                                reason="no bundled settlement layer")


@pytest.fixture(scope="module")
def village_window(styled_app):
    from kzplanner.gui.app import wait_for_plan
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    state = AppState(language="ru")
    win = MainWindow(state)
    win.resize(1366, 740)
    win.show()
    state.load()  # the bundled sample on today's districts
    state.load_settlements(paths.sample_settlements())  # attached once the data land
    assert wait_for_plan(state, TIMEOUT_MS)
    deadline = 0
    while (not state.has_settlements() or state.busy) and deadline < 600:
        styled_app.processEvents()
        state.tasks.wait_for_done(200)
        deadline += 1
    assert state.has_settlements()
    yield win
    win.close()
    win.deleteLater()
    styled_app.processEvents()


def _settle(qtbot, state):
    qtbot.waitUntil(lambda: not state.busy, timeout=TIMEOUT_MS)


def test_list_is_the_uncovered_villages_by_population(village_window, qtbot):
    win = village_window
    state, panel = win.state, win.settlements.panel
    ds = state.dataset
    for kind in ("school", "fap", "psc"):
        panel.kind_combo.setCurrentIndex(("school", "fap", "psc").index(kind))
        assert state.settlement_kind == kind
        uncovered = ~ds.coverage.per_settlement[f"{kind}_covered"].to_numpy(bool)
        assert panel.model.rowCount() == int(uncovered.sum())
        pops = [panel.model._rows[r].sort[2] for r in range(panel.model.rowCount())]
        assert pops == sorted(pops, reverse=True)  # most people first
        # the biggest uncovered settlement, found here from the layer itself
        table = ds.settlements.table
        biggest = table.loc[uncovered, "population"].max()
        assert pops[0] == pytest.approx(biggest)
    panel.kind_combo.setCurrentIndex(0)


def test_coverage_indicators_on_the_map(village_window):
    state = village_window.state
    ds = state.dataset
    keys = set(state.prepared.extra_indicators)
    assert {"settle_school_uncovered", "settle_fap_covered", "settle_psc_uncovered"} <= keys
    table = ds.settlements.table
    uncovered = ~ds.coverage.per_settlement["fap_covered"].to_numpy(bool)
    by_unit = table.loc[uncovered].groupby("unit_code")["population"].sum()
    shown = state.prepared.baseline["settle_fap_uncovered"]
    for code, people in by_unit.items():
        assert shown[code] == pytest.approx(people)
    assert village_window.map_panel.indicator_combo.findData("settle_fap_uncovered") >= 0
    # the map's coverage indicator and the settlements show the same type
    state.set_indicator("settle_psc_uncovered")
    assert state.settlement_kind == "psc"
    assert village_window.settlements.panel.kind_combo.currentData() == "psc"
    state.set_indicator("combined_gap")
    village_window.settlements.panel.kind_combo.setCurrentIndex(0)


def test_row_picked_centres_the_map_and_a_click_picks_the_row(village_window, qtbot):
    win = village_window
    state, panel, view = win.state, win.settlements.panel, win.map_panel.view
    panel.kind_combo.setCurrentIndex(1)  # FAP
    panel.table.selectRow(3)
    key = panel.model.key_at(3)
    assert state.selected_settlement == key
    item = view.settlements.item
    row = item.pts.row_of(key)
    view.viewport().repaint()
    at = view.mapFromScene(QPointF(*item.pts.xy[row]))
    assert view.viewport().rect().contains(at)
    assert row in item.last_plan.symbols.tolist()  # drawn with its symbol (and ring)
    assert item.selected == row
    # a click on another village not covered for FAPs, drawn with its symbol at this zoom
    plan = item.last_plan
    covered = item.pts.covered_for("fap")
    candidates = [r for r in plan.symbols.tolist() if not covered[r] and r != row]
    assert candidates, "no other uncovered village drawn near the picked one"
    other = candidates[0]
    xy = plan.symbol_xy[plan.symbols.tolist().index(other)]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(int(round(xy[0])), int(round(xy[1]))))
    picked = state.selected_settlement
    assert picked and picked != key
    assert view.card.isVisible()  # the clicked village's card, its name in Russian
    table = state.dataset.settlements.table
    clicked = table.loc[table["settlement_id"] == picked].iloc[0]
    assert (clicked["name_ru"] or clicked["name"]) in view.card.text()
    assert panel.model.key_at(panel.table.currentIndex().row()) == picked
    panel.kind_combo.setCurrentIndex(0)


def _km(lat1, lon1, lat2, lon2):
    """Great-circle distance by the haversine formula (R = 6371 km), written here."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = (np.sin((p2 - p1) / 2) ** 2
         + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * np.arcsin(np.sqrt(a))


def test_villages_per_kit_and_next_kit(village_window, qtbot):
    win = village_window
    state, panel = win.state, win.settlements.panel
    panel.tabs.setCurrentIndex(2)
    model = panel.kits_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=TIMEOUT_MS)  # found in the background
    kits = state.result.kits.set_index("inst_id")
    table = state.dataset.settlements.table.set_index("settlement_id")
    reach = state.reach_km()
    names = {str(i): n for i, n in zip(state.dataset.institutions["inst_id"],
                                       state.dataset.institutions["name"], strict=True)}
    by_name = {n: i for i, n in names.items()}
    checked = 0
    for r in range(0, model.rowCount(), max(1, model.rowCount() // 40)):
        row = model._rows[r]
        kit = kits.loc[by_name[row.cells[0]]] if row.cells[0] in by_name else None
        if kit is None:
            continue
        s = table.loc[row.key]
        assert _km(kit["lat"], kit["lon"], s["lat"], s["lon"]) <= reach[kit["type"]] + 1e-6
        checked += 1
    assert checked > 0
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.next_model.rowCount() > 0, timeout=TIMEOUT_MS)
    per = [panel.next_model._rows[r].sort[5] for r in range(panel.next_model.rowCount())]
    assert per == sorted(per, reverse=True)
    panel.tabs.setCurrentIndex(0)


def test_reach_recomputes_coverage(village_window, qtbot):
    state, panel = village_window.state, village_window.settlements.panel
    panel.kind_combo.setCurrentIndex(2)  # PSC
    before = panel.model.rowCount()
    panel.reach_spin.setValue(60.0)
    _settle(qtbot, state)
    assert state.reach_km()["psc"] == 60.0
    assert panel.model.rowCount() <= before
    panel.reach_spin.setValue(30.0)
    _settle(qtbot, state)
    assert panel.model.rowCount() == before
    panel.kind_combo.setCurrentIndex(0)


def test_screenshots_country_and_district(village_window, qtbot, tmp_path, styled_app):
    win = village_window
    state, view, panel = win.state, win.map_panel.view, win.settlements.panel
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    win.settlements.dock.raise_()
    panel.kind_combo.setCurrentIndex(1)
    for lang in ("kk", "ru"):
        state.set_language(lang)
        state.select_settlement("")
        view.card.close_card()
        view.fit()
        styled_app.processEvents()
        win.grab().save(str(out / f"villages_country_{lang}.png"))
        panel.table.clearSelection()
        panel.table.selectRow(5)
        styled_app.processEvents()
        view.viewport().repaint()
        win.grab().save(str(out / f"villages_district_{lang}.png"))
        assert view.settlements.legend.isVisible()
    state.set_language("ru")
    panel.kind_combo.setCurrentIndex(0)


def test_a_bad_file_is_refused_and_the_layer_stays(village_window, qtbot, tmp_path):
    from kzplanner.errors import KZError

    state = village_window.state
    before = state.dataset.settlements
    bad = tmp_path / "посёлки.csv"
    bad.write_text("this is not,a settlement list\n1,2\n", encoding="utf-8")
    errors = []
    state.error_raised.connect(lambda kind, exc: errors.append((kind, exc)))
    state.load_settlements(bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    _settle(qtbot, state)
    kind, exc = errors[0]
    assert kind == "settlements" and isinstance(exc, KZError)
    assert exc.message("ru") and exc.message("kk") != exc.message("en")
    assert state.dataset.settlements is before
    assert state.settlement_path == str(paths.sample_settlements())
    box = village_window.last_box
    assert box is not None and box.isVisible()
    box.close()


def test_place_weights_share_the_estimates_again(village_window, qtbot):
    state = village_window.state
    table = state.dataset.settlements.table
    weights = state.place_weights()
    est = table["population_estimated"].to_numpy(bool)
    assert est.any()
    by_unit_before = table.groupby("unit_code")["population"].sum()
    heavier = {**weights, "village": weights["village"] * 4}
    state.set_place_weights(heavier)
    _settle(qtbot, state)
    after = state.dataset.settlements.table
    assert state.place_weights()["village"] == pytest.approx(heavier["village"])
    # known populations stay, estimates move, each district still adds up to the same
    known = ~est
    assert np.allclose(after.loc[known, "population"], table.loc[known, "population"])
    assert not np.allclose(after.loc[est, "population"], table.loc[est, "population"])
    by_unit_after = after.groupby("unit_code")["population"].sum()
    pd_units = by_unit_before.index.intersection(by_unit_after.index)
    assert np.allclose(by_unit_after[pd_units], by_unit_before[pd_units], rtol=1e-6)
    state.set_place_weights(weights)
    _settle(qtbot, state)


def test_settlements_follow_a_level_switch(village_window, qtbot):
    state = village_window.state
    state.switch_level("adm1")
    qtbot.waitUntil(lambda: state.boundaries_level() == "adm1" and state.has_settlements()
                    and not state.busy, timeout=TIMEOUT_MS)
    codes = set(state.dataset.units.index.astype(str))
    assert set(state.dataset.settlements.table["unit_code"]) <= codes
    assert village_window.settlements.panel.model.rowCount() > 0
    state.switch_level("adm2")
    qtbot.waitUntil(lambda: state.boundaries_level() == "adm2" and state.has_settlements()
                    and not state.busy, timeout=TIMEOUT_MS)


def test_exported_map_has_the_settlements_as_shown(village_window, tmp_path):
    """File → Export map draws the settlement layer when the window shows it (for the type
    chosen in the dock), and not when View → Settlements hides it."""
    from PySide6.QtGui import QImage

    win = village_window
    overlay = win.map_panel.view.settlements
    with_layer = win.map_features.export(tmp_path / "с.png")
    overlay.set_visible(False)
    try:
        without = win.map_features.export(tmp_path / "без.png")
    finally:
        overlay.set_visible(True)
    assert QImage(str(with_layer)).size() == QImage(str(without)).size()
    assert QImage(str(with_layer)) != QImage(str(without))


def test_dock_tables_are_computed_off_the_gui_thread(village_window, qtbot, monkeypatch):
    """The next-kit ranking and the villages per kit (a catchment query per institution) run
    as background tasks, not on the GUI thread; a failure there reaches the error dialog."""
    import threading

    import kzplanner.core.settlements as core_settlements
    from kzplanner.errors import KZError

    state, panel = village_window.state, village_window.settlements.panel
    threads: dict[str, list] = {"next": [], "kits": []}

    def spy(name, real):
        def call(*args, **kwargs):
            threads[name].append(threading.current_thread())
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(core_settlements, "next_kits", spy("next", core_settlements.next_kits))
    monkeypatch.setattr(core_settlements, "kit_villages_of",
                        spy("kits", core_settlements.kit_villages_of))
    panel.tabs.setCurrentIndex(0)
    panel.refresh()  # both tables stale again
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(threads["next"]) and not state.busy, timeout=TIMEOUT_MS)
    panel.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: bool(threads["kits"]) and not state.busy, timeout=TIMEOUT_MS)
    assert panel.next_model.rowCount() > 0 and panel.kits_model.rowCount() > 0
    assert all(t is not threading.main_thread() for t in threads["next"] + threads["kits"])

    def broken(*_args, **_kwargs):
        raise KZError("no_features", file="елді мекендер.gpkg")

    errors = []
    state.error_raised.connect(lambda kind, exc: errors.append((kind, exc)))
    monkeypatch.setattr(core_settlements, "next_kits", broken)
    panel.tabs.setCurrentIndex(0)
    panel.refresh()
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    assert errors[0][0] == "next_kits" and errors[0][1].code == "no_features"
    box = village_window.last_box
    assert box is not None and "елді мекендер.gpkg" in box.text()
    box.close()
    monkeypatch.undo()
    panel.tabs.setCurrentIndex(0)
    panel.refresh()


@pytest.mark.parametrize("size", [(1600, 1000), (911, 512)])
def test_settlement_legend_leaves_the_source_caption_free(village_window, qtbot, styled_app,
                                                         size):
    """The settlements' legend (bottom-left) stands above the map's source caption
    (bottom-right, two lines on a narrow map) and below the indicator's legend, with and
    without the institutions' legend (which then carries the settlement rows)."""
    win = village_window
    view = win.map_panel.view
    try:
        win.resize(*size)
        for shown in (False, True):
            win.map_panel.institutions_check.setChecked(shown)
            for _ in range(5):
                styled_app.processEvents()
            view._place_overlays()  # noqa: SLF001
            boxes = [w for w in (view.legend, view.inst_legend, view.settlements.legend)
                     if w.isVisible()]
            assert view.settlements.legend.isVisible() or view.inst_legend.isVisible()
            caption = view.caption.geometry()
            for i, box in enumerate(boxes):
                assert not box.geometry().intersects(caption), (size, shown, box.objectName())
                if box is view.settlements.legend:
                    assert view.viewport().geometry().contains(box.geometry())
                for other in boxes[i + 1:]:
                    assert not box.geometry().intersects(other.geometry())
    finally:
        win.map_panel.institutions_check.setChecked(False)
        win.resize(1366, 740)
        styled_app.processEvents()


def test_the_fit_keeps_the_layout_that_leaves_the_map_largest(village_window, styled_app):
    """With the settlements' legend shown beside the indicator's, every legend layout is
    tried and the largest map that no legend covers is kept: at the window's usual size the
    sample's map then spans most of the view's width (the legends in the two left corners
    left it ~60 % wide, squeezed between them)."""
    from PySide6.QtCore import QRectF

    from kzplanner.gui.map.map_navigation import FIT_MARGIN

    win = village_window
    view = win.map_panel.view
    try:
        win.resize(1400, 900)
        for _ in range(5):
            styled_app.processEvents()
        view.fit()
        assert view.settlements.legend.isVisible() and view.legend.isVisible()
        kept, chosen = view._fit_scale, view._legend_layout  # noqa: SLF001
        rect = view._content_rect  # noqa: SLF001
        margin = max(rect.width(), rect.height()) * FIT_MARGIN
        padded = rect.adjusted(-margin, -margin, margin, margin)
        scales = {}
        for layout in ("corners", "column", "split", "top_right"):
            view._legend_layout = layout  # noqa: SLF001
            view._place_overlays()  # noqa: SLF001
            found = view._fit_layout(padded, layout)  # noqa: SLF001
            scales[layout] = found[0] if found is not None else 0.0
        assert kept >= max(scales.values()) / 1.001, (chosen, scales)
        view.fit()  # back to the kept layout
        t = view.viewportTransform()
        paths_ = [t.map(item.path()) for item in view.unit_items.values()]
        offset = view.viewport().pos()
        for legend in (view.legend, view.inst_legend, view.settlements.legend):
            if legend.isVisible():
                box = QRectF(legend.geometry().translated(-offset))
                assert not any(p.intersects(box) for p in paths_), legend
        drawn = QRectF()
        for p in paths_:
            drawn = drawn.united(p.boundingRect())
        assert drawn.width() >= 0.8 * view.viewport().width(), (chosen, scales)
    finally:
        win.resize(1366, 740)
        styled_app.processEvents()
