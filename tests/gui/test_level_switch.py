"""View → Units on the map: today's districts by default, oblasts by the switch, same data."""

from __future__ import annotations

from kzplanner import paths
from kzplanner.gui.app import wait_for_plan
from kzplanner.gui.main_window import MainWindow
from kzplanner.gui.state import AppState

TIMEOUT_MS = 60_000


def _view_menu(win):
    return next(a.menu() for a in win.menuBar().actions() if a.text() == "&Көрініс")


def test_default_is_districts_and_the_switch_sums_them_into_oblasts(styled_app, qtbot):
    state = AppState(language="kk")
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    state.load()
    assert wait_for_plan(state, TIMEOUT_MS)
    assert len(state.dataset.units) == 224
    assert state.boundaries_level() == "adm2"
    feature = win.level_feature
    assert feature.level_actions["adm2"].isChecked()
    assert feature.level_actions["adm1"].isEnabled()
    menu = feature.menu
    assert menu.menuAction() in _view_menu(win).actions()
    assert menu.title() == "&Картадағы бірліктер"
    assert [a.text() for a in menu.actions()] == ["&Облыстар мен қалалар", "&Аудандар"]
    people = state.dataset.units["population"].sum()
    n_inst = len(state.dataset.institutions)

    feature.level_actions["adm1"].trigger()
    qtbot.waitUntil(lambda: state.dataset is not None and len(state.dataset.units) == 20,
                    timeout=TIMEOUT_MS)
    assert wait_for_plan(state, TIMEOUT_MS)
    assert state.boundaries_level() == "adm1"
    assert feature.level_actions["adm1"].isChecked()
    # the same statistics and register: totals unchanged, nothing left outside
    assert state.dataset.units["population"].sum() == people
    assert len(state.dataset.institutions) == n_inst
    assert state.dataset.illustrative
    assert {"100000000", "330000000", "620000000"} <= set(state.dataset.units.index)

    # boundaries of one's own: no level to switch to
    state.load_boundaries(paths.natural_earth_boundaries())
    qtbot.waitUntil(lambda: len(state.dataset.units) == 16, timeout=TIMEOUT_MS)
    assert state.boundaries_level() is None
    assert not feature.level_actions["adm1"].isEnabled()
    assert "Файл" in feature.level_actions["adm1"].toolTip()
