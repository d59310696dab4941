"""Project file in the real window: save → open in a fresh window, title, locked target, close."""

from __future__ import annotations

import pytest

from kzplanner.errors import KZError

from .conftest import PLAN_TIMEOUT_MS
from .project_helpers import fresh_session, settle


def _summary(result) -> dict:
    s = dict(result.summary)
    s.pop("solver", None)
    return s


def test_save_then_open_in_a_fresh_window_gives_identical_scenarios(window, qtbot, tmp_path,
                                                                   styled_app):
    from kzplanner.core.scenario import scenario_result
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    features = fresh_session(window, qtbot)
    session, state = features.session, window.state
    panel = features.scenarios_panel
    base = panel.create("Базовый")
    state.set_budget(1_200_000_000)
    settle(window, qtbot)
    fair = panel.duplicate(base, "Справедливый")
    state.set_equity(1.0)
    settle(window, qtbot)
    panel.set_notes(fair, "λ = 1 — для комиссии")
    panel.choose(fair)
    target = tmp_path / "Акмола план.kzp"
    features.save_to(target)
    qtbot.waitUntil(lambda: session.path == target and not session.modified,
                    timeout=PLAN_TIMEOUT_MS)
    assert "Акмола план" in window.windowTitle() and not window.isWindowModified()

    session.close_file()  # the first window lets go of the file's lock, as when it closes
    state2 = AppState(language="ru")
    win2 = MainWindow(state2)
    qtbot.addWidget(win2)
    try:
        win2.project.open(target)
        qtbot.waitUntil(lambda: win2.project.session.path == target and not state2.busy,
                        timeout=PLAN_TIMEOUT_MS)
        ws1, ws2 = session.workspace, win2.project.session.workspace
        assert ws2.names() == ws1.names()
        assert ws2.active == fair
        assert ws2.scenario(fair).chosen and ws2.scenario(fair).notes == "λ = 1 — для комиссии"
        assert state2.params == state.params
        assert _summary(state2.result) == _summary(state.result)
        for name in ws1.names():
            r1 = scenario_result(state.dataset, ws1.scenario(name))
            r2 = scenario_result(state2.dataset, ws2.scenario(name))
            assert _summary(r1) == _summary(r2)
            assert r1.allocation.equals(r2.allocation)
        assert not win2.project.session.modified
        assert "Акмола план" in win2.windowTitle()
    finally:
        win2.close()
        win2.project.session.close_file()
        state2.shutdown()


def test_title_shows_the_modified_marker(window, qtbot):
    features = fresh_session(window, qtbot)
    assert not window.isWindowModified()
    assert features.session.display_name in window.windowTitle()
    window.state.set_budget(1_500_000_000)
    assert window.isWindowModified()
    features.session.undo_stack.undo()
    assert not window.isWindowModified()


def test_a_locked_target_says_so_and_retries(window, qtbot, tmp_path, monkeypatch):
    import kzplanner.core.io.write.project_save as project_file

    features = fresh_session(window, qtbot)
    real_save = project_file.save_project
    target = tmp_path / "locked.kzp"

    def locked(path, project):
        raise KZError("file_locked", file=str(path), detail="Permission denied")

    monkeypatch.setattr(project_file, "save_project", locked)
    features.save_to(target)
    qtbot.waitUntil(lambda: features.last_box is not None and features.last_box.isVisible(),
                    timeout=PLAN_TIMEOUT_MS)
    box = features.last_box
    assert "locked.kzp" in box.text() and "Excel" in box.text()
    labels = [b.text() for b in box.buttons()]
    assert "Try again" in labels and "Save under another name…" in labels
    assert not target.exists() and features.session.modified
    monkeypatch.setattr(project_file, "save_project", real_save)
    retry = next(b for b in box.buttons() if b.text() == "Try again")
    retry.click()
    qtbot.waitUntil(lambda: target.exists() and not features.session.modified,
                    timeout=PLAN_TIMEOUT_MS)


def test_closing_with_unsaved_changes_asks(window, qtbot):
    features = fresh_session(window, qtbot)
    window.state.set_budget(1_700_000_000)
    features.request_close()
    box = features.last_box
    assert box is not None and box.isVisible()
    labels = [b.text() for b in box.buttons()]
    assert {"Save", "Discard", "Cancel"} <= set(labels)
    next(b for b in box.buttons() if b.text() == "Cancel").click()
    assert window.isVisible()
    features.session.undo_stack.undo()
    settle(window, qtbot)


def test_recent_files_remember_saved_projects(window, qtbot, tmp_path):
    from kzplanner.gui.project.recent import recent_files

    features = fresh_session(window, qtbot)
    target = tmp_path / "recent.kzp"
    features.save_to(target)
    qtbot.waitUntil(lambda: features.session.path == target, timeout=PLAN_TIMEOUT_MS)
    assert recent_files()[0] == str(target)
    features._fill_recent()
    assert any("recent.kzp" in a.text() for a in features.menu_recent.actions())


@pytest.mark.parametrize("kind", ["gpkg", "csv"])
def test_layer_exports_write_files(window, qtbot, tmp_path, kind):
    features = fresh_session(window, qtbot)
    target = tmp_path / f"plan.{kind}"
    features.layers.export(kind, target)
    qtbot.waitUntil(lambda: bool(features.layers.last_written), timeout=PLAN_TIMEOUT_MS)
    assert target.exists()
    features.layers.last_written = []
