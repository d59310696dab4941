"""Qt fixtures: offscreen platform (set before Qt loads), settings in a temp folder, the window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

PLAN_TIMEOUT_MS = 60_000


@pytest.fixture(scope="session", autouse=True)
def _settings_in_tmp(tmp_path_factory, qapp):
    """QSettings (INI, user scope) go under a temp folder, never to the tester's profile."""
    from PySide6.QtCore import QSettings

    os.environ["KZPLANNER_SETTINGS_INI"] = "1"  # Windows too: an INI file, not the registry
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    # Autosaves (and crash-recovery offers) likewise stay in a temp folder.
    os.environ["KZPLANNER_AUTOSAVE_DIR"] = str(tmp_path_factory.mktemp("autosave"))


@pytest.fixture(scope="session")
def styled_app(qapp):
    from kzplanner.gui.style import apply_style

    apply_style(qapp)
    return qapp


@pytest.fixture(scope="module")
def loaded_window(styled_app):
    """The real main window on the bundled sample, on its oblast level (today's 20 oblasts and
    cities, the district rows summed: the window tests were written for oblast figures; the
    default district map has its own tests, test_level_switch, test_map_zoom_symbols), with the
    default plan; one per test module (loading and a max-impact solve take a few seconds)."""
    from kzplanner import paths
    from kzplanner.gui.app import wait_for_plan
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    state = AppState(language="en")
    win = MainWindow(state)
    win.resize(1400, 900)
    win.show()
    state.load(paths.bundled_boundaries("adm1"), paths.sample_statistics(),
               paths.sample_institutions())
    assert wait_for_plan(state, PLAN_TIMEOUT_MS), "the sample did not load and plan in time"
    yield win
    win.close()
    win.deleteLater()
    styled_app.processEvents()


@pytest.fixture
def window(loaded_window, qtbot):
    """The shared window, put back to its defaults: English, nothing selected, baseline map,
    default parameters with a current plan."""
    from kzplanner.core.planning.parameters import PlanParams

    win = loaded_window
    state = win.state
    state.set_language("en")
    state.select_units([])
    state.set_map_mode("baseline")
    state.set_indicator("combined_gap")
    state.set_auto_plan(True)
    win.map_panel.institutions_check.setChecked(False)
    if state.params != PlanParams():
        state.set_params(PlanParams())
        state.run_plan()
    qtbot.waitUntil(lambda: state.result_is_current and not state.busy,
                    timeout=PLAN_TIMEOUT_MS)
    return win
