"""With no data in the window (before any load, or after one that failed) the notice strip
claims nothing about data that are not there (not "illustrative", not "boundaries before
2018"), and the empty map says how to load some; while a load runs it says the map is loading."""

from __future__ import annotations

import pytest

from tests.gui.conftest import PLAN_TIMEOUT_MS


@pytest.fixture
def empty_window(styled_app, qtbot):
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    state = AppState(language="kk")
    win = MainWindow(state)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.last_box is not None:
        win.last_box.close()
    win.close()
    win.deleteLater()


def _notices(win) -> tuple[bool, bool, bool, bool]:
    banner = win.banner
    return (banner.isVisible(), banner.illustrative_label.isVisibleTo(banner),
            banner.predate_label.isVisibleTo(banner), banner.load_button.isVisibleTo(banner))


def test_no_data_claims_nothing_and_says_how_to_load(empty_window):
    from kzplanner.app.strings import tr

    win = empty_window
    assert win.state.map_data is None
    assert _notices(win) == (False, False, False, False)
    placeholder = win.map_panel.view.placeholder
    assert placeholder.isVisible()
    assert placeholder.text() == tr("map.no_data", "kk")
    assert "Деректер жүктелмеген" in placeholder.text()


def test_a_failed_load_leaves_no_false_notice(empty_window, qtbot, tmp_path):
    from kzplanner import paths
    from kzplanner.app.strings import tr

    win = empty_window
    state = win.state
    broken = tmp_path / "Статистика Қазақстан" / "көрсеткіштер.xlsx"
    broken.parent.mkdir()
    broken.write_bytes(b"not a workbook")
    seen_while_loading: list[str] = []
    state.tasks.task_started.connect(
        lambda kind: seen_while_loading.append(win.map_panel.view.placeholder.text()))
    errors: list[BaseException] = []
    state.error_raised.connect(lambda kind, exc: errors.append(exc))
    state.load(paths.bundled_boundaries("adm1"), broken)
    qtbot.waitUntil(lambda: bool(errors) and not state.busy, timeout=PLAN_TIMEOUT_MS)
    assert seen_while_loading[:1] == [tr("map.loading", "kk")]
    assert state.map_data is None
    assert _notices(win) == (False, False, False, False)
    assert win.map_panel.view.placeholder.isVisible()
    assert win.map_panel.view.placeholder.text() == tr("map.no_data", "kk")
    state.set_language("ru")  # the empty map's words follow the language
    assert win.map_panel.view.placeholder.text() == tr("map.no_data", "ru")
