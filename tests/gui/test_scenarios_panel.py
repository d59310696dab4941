"""Scenarios dock: create, duplicate, rename, delete (and undo it), switch, choose, compare."""

from __future__ import annotations

import os

from .conftest import PLAN_TIMEOUT_MS
from .project_helpers import fresh_session, settle


def test_scenario_lifecycle(window, qtbot):
    features = fresh_session(window, qtbot)
    panel, session, state = features.scenarios_panel, features.session, window.state
    a = panel.create()
    assert a == "Scenario 1" and session.workspace.active == a
    state.set_budget(900_000_000)
    settle(window, qtbot)
    b = panel.duplicate(a)
    assert session.workspace.active == b and session.workspace.names() == (a, b)
    state.set_budget(2_500_000_000)
    settle(window, qtbot)
    assert session.workspace.scenario(a).params.budget_kzt == 900_000_000
    assert panel.rename(b, "Большой бюджет")
    assert session.workspace.active == "Большой бюджет"
    assert not panel.rename(a, "Большой бюджет")  # taken: refused, nothing changes

    panel.activate(a)  # map, table and results follow the active scenario
    settle(window, qtbot)
    assert state.params.budget_kzt == 900_000_000
    assert state.result.summary["spent"] <= 900_000_000
    panel.choose(a)
    assert session.workspace.scenario(a).chosen
    assert panel.list.item(0).text().startswith("★")

    panel.delete([a])
    assert session.workspace.names() == ("Большой бюджет",)
    assert session.workspace.active is None
    session.undo_stack.undo()
    assert session.workspace.names() == (a, "Большой бюджет")
    assert session.workspace.active == a and session.workspace.scenario(a).chosen


def test_compare_two_scenarios_side_by_side(window, qtbot):
    features = fresh_session(window, qtbot)
    panel, state = features.scenarios_panel, window.state
    small = panel.create("Small")
    state.set_budget(800_000_000)
    settle(window, qtbot)
    assert panel.duplicate(small, "Big") == "Big"
    state.set_budget(3_000_000_000)
    settle(window, qtbot)
    panel._select(small)
    panel.list.item(1).setSelected(True)
    assert panel.buttons["compare"].isEnabled()
    dialog = panel.compare()
    qtbot.waitUntil(lambda: dialog.table_frames is not None, timeout=PLAN_TIMEOUT_MS)
    headlines, per_unit = dialog.table_frames
    assert headlines.loc["budget", "Δ Big"] == 2_200_000_000
    assert headlines.loc["institutions_connected", "Δ Big"] > 0
    assert "people_total" not in headlines.index  # each measure on its own row
    t = dialog.headlines
    assert [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())] == [
        "Figure", "Small", "Big", "Δ Big"]
    assert t.item(0, 0).text() == "Budget"
    labels = [t.item(r, 0).text() for r in range(t.rowCount())]
    assert "Newly with home internet, households" in labels
    assert "Institutions newly with access" in labels
    assert dialog.units.rowCount() == len(state.dataset.units)
    # sorted by the size of the difference
    diffs = per_unit.loc[:, "Δ gap Big"].abs().sort_values(ascending=False)
    assert dialog.units.item(0, 0).text() == state.unit_name(str(diffs.index[0]))
    # a difference map per other scenario, coloured by the gap difference
    assert list(dialog.difference_maps) == ["Big"]
    assert list(dialog.side_maps) == ["Small", "Big"]  # side by side, same class breaks
    assert dialog.tabs.count() == 4 and "Big" in dialog.tabs.tabText(3)
    assert "Small" in dialog.tabs.tabText(2) and "Big" in dialog.tabs.tabText(2)
    picture = dialog.difference_maps["Big"].pixmap().toImage()
    assert picture.width() > 600
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7)
               for y in range(0, picture.height(), 7)}
    assert len(colours) > 20  # a coloured map, not an empty page
    folder = os.environ.get("KZ_SCREENSHOT_DIR")
    if folder:
        dialog.tabs.setCurrentIndex(2)
        dialog.grab().save(os.path.join(folder, "compare_side_by_side.png"))
        dialog.tabs.setCurrentIndex(3)
        dialog.grab().save(os.path.join(folder, "compare_difference_map.png"))
    dialog.reject()
