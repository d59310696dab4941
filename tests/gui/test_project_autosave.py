"""Autosave to the per-user folder and recovery after a simulated crash."""

from __future__ import annotations

from .conftest import PLAN_TIMEOUT_MS


def test_autosaved_work_is_recovered_after_a_crash(styled_app, qtbot, tmp_path, monkeypatch):
    from kzplanner.gui.app import wait_for_plan
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.project.autosave import find_orphans
    from kzplanner.gui.state import AppState

    monkeypatch.setenv("KZPLANNER_AUTOSAVE_DIR", str(tmp_path / "autosave"))
    state_a = AppState(language="en")
    win_a = MainWindow(state_a)
    qtbot.addWidget(win_a)
    state_a.load()
    assert wait_for_plan(state_a, PLAN_TIMEOUT_MS)
    features_a = win_a.project
    features_a.scenarios_panel.create("Before the crash")
    state_a.set_budget(1_300_000_000)
    qtbot.waitUntil(lambda: state_a.result_is_current and not state_a.busy,
                    timeout=PLAN_TIMEOUT_MS)
    saver = features_a.autosaver
    assert saver.save_now()
    qtbot.waitUntil(lambda: saver.path.with_suffix(".json").exists() and not state_a.busy,
                    timeout=PLAN_TIMEOUT_MS)
    assert find_orphans(saver.folder) == []  # its window still runs

    # The crash: the process dies holding nothing; its autosave stays behind.
    saver._lock.unlock()
    saver.timer.stop()
    win_a.removeEventFilter(features_a)
    win_a.close()
    state_a.shutdown()
    orphans = find_orphans(saver.folder)
    assert [o.project for o in orphans] == [saver.path]

    state_b = AppState(language="en")
    win_b = MainWindow(state_b)
    qtbot.addWidget(win_b)
    features_b = win_b.project
    qtbot.waitUntil(lambda: features_b.last_box is not None, timeout=5000)
    box = features_b.last_box
    assert "not closed properly" in box.text()
    next(b for b in box.buttons() if b.text() == "Recover").click()
    session_b = features_b.session
    qtbot.waitUntil(lambda: state_b.result is not None and not state_b.busy,
                    timeout=PLAN_TIMEOUT_MS)
    assert session_b.workspace.names() == ("Before the crash",)
    assert state_b.params.budget_kzt == 1_300_000_000
    assert session_b.modified and session_b.path is None
    assert win_b.isWindowModified()
    qtbot.waitUntil(lambda: not saver.path.exists(), timeout=5000)  # the orphan is taken over
    win_b.close()
    state_b.shutdown()
    assert find_orphans(saver.folder) == []


def test_a_clean_close_leaves_no_autosave(styled_app, qtbot, tmp_path, monkeypatch):
    from kzplanner.gui.project.autosave import Autosaver
    from kzplanner.gui.project.project_session import ProjectSession
    from kzplanner.gui.state import AppState

    monkeypatch.setenv("KZPLANNER_AUTOSAVE_DIR", str(tmp_path))
    state = AppState(language="en")
    saver = Autosaver(ProjectSession(state))
    assert not saver.save_now()  # nothing loaded, nothing unsaved
    assert saver._hold_lock()
    saver.finish()
    assert list(tmp_path.iterdir()) == []
    state.shutdown()
