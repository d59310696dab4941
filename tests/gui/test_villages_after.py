"""Settlements after the plan in the window and on the printed map (issue 17): in the "after the
plan" and "change" views a village the plan's kits newly cover is painted in the third colour
(the baseline view paints it as not covered), the legend counts the three states and says
which state it shows, the villages list marks and can hide what the plan covers; screenshots
of the window in Kazakh at 1600×1000 and of a printed page (SCREENSHOT_DIR, default a
temporary folder)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from kzplanner import paths
from tests.gui.test_print_settlements import _lone_symbols, _pixels, _render, _share_near

TIMEOUT_MS = 180_000
pytestmark = pytest.mark.skipif(not paths.sample_settlements().is_file(),
                                reason="no bundled settlement layer")


@pytest.fixture(scope="module")
def after_window(styled_app):
    from kzplanner.gui.app import wait_for_plan
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    state = AppState(language="kk")
    win = MainWindow(state)
    win.resize(1600, 1000)
    win.show()
    state.load()
    state.load_settlements(paths.sample_settlements())
    assert wait_for_plan(state, TIMEOUT_MS)
    tries = 0
    while (not state.has_settlements() or state.busy or state.result is None
           or state.result.items.settlements is None) and tries < 900:
        styled_app.processEvents()
        state.tasks.wait_for_done(200)
        tries += 1
    assert state.result is not None and state.result.items.settlements is not None
    state.set_indicator("settle_fap_uncovered")  # the settlements follow: FAP
    assert state.settlement_kind == "fap"
    yield win
    win.close()
    win.deleteLater()
    styled_app.processEvents()


def _shot_dir(tmp_path: Path) -> Path:
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _legend_rows(view):
    overlay = view.settlements
    rows = overlay.legend.rows() or [r for r in view.inst_legend._extra  # noqa: SLF001
                                     if r.symbol != "title"]
    title = overlay.legend.title() or next(
        (r.text for r in view.inst_legend._extra if r.symbol == "title"), "")  # noqa: SLF001
    return title, rows


def _num(text: str) -> int:
    return int(text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ""))


def test_window_paints_newly_covered_villages_in_the_after_view(after_window, qtbot,
                                                                styled_app, tmp_path):
    from kzplanner.app.display.settlement_points import COVER_COLOURS

    win = after_window
    state, view = win.state, win.map_panel.view
    win.map_panel.institutions_check.setChecked(False)  # nothing over the villages
    state.set_map_mode("projected")
    item = view.settlements.item
    pts = item.pts
    assert pts.after
    newly = pts.newly_for("fap")
    assert newly.any()
    title, rows = _legend_rows(view)
    assert "жоспардан кейін" in title
    counts = pts.counts("fap")
    assert [(r.colour, _num(r.count)) for r in rows[:3]] == [
        (COVER_COLOURS[s], counts[s]) for s in ("covered", "newly", "uncovered")]
    # the largest newly covered villages with a known population, one by one centred
    order = np.argsort(-np.where(newly & ~pts.estimated, pts.population, -1.0))[:6]
    found = 0
    for row in order.tolist():
        state.select_settlement(str(pts.ids[row]))
        view.viewport().repaint()
        styled_app.processEvents()
        plan = item.last_plan
        states = pts.states("fap")
        lone = _lone_symbols(plan, pts, states == 1, True, 1.0, n=50)
        spots = [i for i in lone if plan.symbols[i] == row]
        if not spots:
            continue
        centre = tuple(plan.symbol_xy[spots[0]])
        r = 0.6 * pts.radius[row]
        after_px = _pixels(view.viewport().grab().toImage())
        state.set_map_mode("baseline")
        assert not item.pts.after
        view.viewport().repaint()
        styled_app.processEvents()
        before_px = _pixels(view.viewport().grab().toImage())
        state.set_map_mode("projected")
        if _share_near(after_px, centre, r, COVER_COLOURS["newly"]) > 0.6:
            assert _share_near(before_px, centre, r, COVER_COLOURS["uncovered"]) > 0.6
            assert _share_near(before_px, centre, r, COVER_COLOURS["newly"]) < 0.05
            found += 1
            if found == 2:
                break
    assert found, "no newly covered village showed the newly covered colour"
    # the baseline view's legend: coverage before the plan, two coverage rows
    state.set_map_mode("baseline")
    title, rows = _legend_rows(view)
    assert "жоспарға дейін" in title
    assert COVER_COLOURS["newly"] not in [r.colour for r in rows]
    state.set_map_mode("change")
    assert view.settlements.item.pts.after
    state.set_map_mode("projected")
    state.select_settlement("")
    win.map_panel.institutions_check.setChecked(True)


def test_villages_list_marks_and_hides_what_the_plan_covers(after_window, styled_app):
    from kzplanner.app.display.settlement_points import covered_after_ids

    win = after_window
    state, panel = win.state, win.settlements.panel
    ds = state.dataset
    uncovered = ~ds.coverage.per_settlement["fap_covered"].to_numpy(bool)
    state.set_map_mode("baseline")
    assert not panel.hide_planned.isVisibleTo(panel)
    assert panel.model.columnCount() == 6
    assert panel.model.rowCount() == int(uncovered.sum())
    state.set_map_mode("projected")
    assert panel.hide_planned.isVisibleTo(panel)
    assert panel.model.columnCount() == 7
    assert panel.model.rowCount() == int(uncovered.sum())
    covered_after = covered_after_ids(state.result, "fap")
    ids = ds.settlements.table["settlement_id"].astype(str)
    remaining = set(ids[uncovered]) - covered_after
    marked = {panel.model.key_at(r) for r in range(panel.model.rowCount())
              if panel.model.index(r, 6).data() == "✓"}
    assert marked == set(ids[uncovered]) & covered_after and marked
    panel.hide_planned.setChecked(True)
    keys = {panel.model.key_at(r) for r in range(panel.model.rowCount())}
    assert keys == remaining
    # the legend's "still not covered" counts the same villages (same access rule here)
    assert win.map_panel.view.settlements.item.pts.counts("fap")["uncovered"] == len(remaining)
    assert "Жоспардан кейін" in panel.summary.text()
    panel.hide_planned.setChecked(False)
    assert panel.model.rowCount() == int(uncovered.sum())


def test_screenshots_after_the_plan(after_window, styled_app, tmp_path):
    win = after_window
    state, view, panel = win.state, win.map_panel.view, win.settlements.panel
    out = _shot_dir(tmp_path)
    win.settlements.dock.raise_()
    state.set_map_mode("projected")
    panel.hide_planned.setChecked(True)
    state.select_settlement("")
    view.card.close_card()
    view.fit()
    styled_app.processEvents()
    assert win.grab().save(str(out / "after_country_kk.png"))
    pts = view.settlements.item.pts
    newly = pts.newly_for("fap")
    row = int(np.argmax(np.where(newly, pts.population, -1.0)))
    state.select_settlement(str(pts.ids[row]))
    styled_app.processEvents()
    view.viewport().repaint()
    assert win.grab().save(str(out / "after_district_kk.png"))
    panel.hide_planned.setChecked(False)
    state.select_settlement("")


def test_printed_page_after_the_plan(after_window, qapp, tmp_path):
    from kzplanner.app.display.settlement_points import COVER_COLOURS
    from kzplanner.gui.map.map_page import build_page

    state = after_window.state
    prepared, result = state.prepared, state.result
    pages = {mode: replace(build_page(prepared, result, "settle_fap_uncovered", mode, "kk",
                                      settlements="fap"), labels={})
             for mode in ("projected", "baseline")}
    after, before = pages["projected"].settlements, pages["baseline"].settlements
    assert after.points.after and not before.points.after
    assert "жоспардан кейін" in after.title and "жоспарға дейін" in before.title
    counts = after.points.counts("fap")
    assert [_num(r[2]) for r in after.rows[:3]] == [counts[s] for s in
                                                   ("covered", "newly", "uncovered")]
    img_after, t = _render(pages["projected"])
    img_before, t0 = _render(pages["baseline"])
    assert t == t0
    img_after.save(str(_shot_dir(tmp_path) / "after_printed_kk.png"))
    a, b = _pixels(img_after), _pixels(img_before)
    plan, pts = after.last_plan, after.points
    scale = 120 / 96.0
    picked = _lone_symbols(plan, pts, pts.states("fap") == 1, True, scale)
    assert picked, "no lone newly covered symbol to sample"
    for i in picked:
        centre = tuple(plan.symbol_xy[i])
        r = 0.6 * pts.radius[plan.symbols[i]] * scale
        assert _share_near(a, centre, r, COVER_COLOURS["newly"]) > 0.6
        assert _share_near(b, centre, r, COVER_COLOURS["newly"]) < 0.05
        assert _share_near(b, centre, r, COVER_COLOURS["uncovered"]) > 0.6


def test_cli_map_after_the_plan_shows_the_plans_coverage(tmp_path, monkeypatch, qapp):
    """`kzplanner map --settlements S --scenario projected`: the page's settlements are the
    coverage after the plan (legend title and rows say so); --scenario baseline: before."""
    import kzplanner.gui.map.map_page as map_page
    from kzplanner.cli import main

    seen = []
    real = map_page.page_settlements

    def spy(*args, **kwargs):
        seen.append(real(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(map_page, "page_settlements", spy)
    layer = str(paths.sample_settlements())
    for scenario in ("projected", "baseline"):
        assert main(["map", "--settlements", layer, "--scenario", scenario, "--indicator",
                     "settle_fap_uncovered", "--dpi", "30", "--lang", "en",
                     "--out", str(tmp_path / f"{scenario}.png")]) == 0
    after, before = seen
    assert after.points.after and after.title.endswith("after the plan")
    assert [r[0] for r in after.rows[:3]] == ["covered before the plan",
                                              "newly covered by this plan", "still not covered"]
    assert _num(after.rows[1][2]) == int(after.points.newly_for("fap").sum()) > 0
    assert not before.points.after and "plan" not in before.title  # no plan: as before
