"""Recovery that recovers: damaged autosaves set aside, the newest valid one offered and opened;
a project held by another window opens read-only; a save merges what another window saved."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from .conftest import PLAN_TIMEOUT_MS


@pytest.fixture(scope="module")
def good_project(tmp_path_factory, sample_dataset):
    from kzplanner.core.io.project_model import Project
    from kzplanner.core.io.write.project_save import save_project
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.scenario import Scenario, run_scenario

    a, _ = run_scenario(sample_dataset, Scenario("Kept safe", PlanParams(budget_kzt=1.1e9)))
    path = tmp_path_factory.mktemp("proj") / "good.kzp"
    save_project(path, Project(dataset=sample_dataset, scenarios=[a], active=a.name))
    return path


def _autosave(folder, name, source, saved_at, original=""):
    target = folder / f"session-{name}.kzp"
    target.write_bytes(source.read_bytes() if hasattr(source, "read_bytes") else source)
    target.with_suffix(".json").write_text(json.dumps({"original": original,
                                                       "saved_at": saved_at, "pid": 1}))
    return target


def _window(qtbot, lang="en"):
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    state = AppState(language=lang)
    win = MainWindow(state)
    qtbot.addWidget(win)
    return win, state


def _close(win, state):
    win.project.autosaver.finish()
    win.project.session.close_file()
    win.removeEventFilter(win.project)
    win.close()
    state.shutdown()


def test_a_damaged_newer_autosave_is_set_aside_and_the_older_one_recovers(
        styled_app, qtbot, tmp_path, monkeypatch, good_project):
    folder = tmp_path / "autosave"
    folder.mkdir()
    monkeypatch.setenv("KZPLANNER_AUTOSAVE_DIR", str(folder))
    older = _autosave(folder, "older", good_project, "2026-03-01T10:00:00")
    # newer, and damaged: its manifest nests 100,000 deep (a RecursionError before)
    broken = folder / "broken.zip"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("manifest.json", "[" * 100_000 + "]" * 100_000)
        zf.writestr("units.geojson", "{}")
        zf.writestr("institutions.csv", "inst_id\n")
    newer = _autosave(folder, "newer", broken, "2026-03-02T10:00:00")
    truncated = _autosave(folder, "cut", good_project.read_bytes()[:5000], "2026-03-03T10:00:00")
    stale_tmp = folder / ".session-gone.saving-abcd.kzp"
    stale_tmp.write_bytes(b"PK")
    os.utime(stale_tmp, (1e9, 1e9))

    win, state = _window(qtbot)
    features = win.project
    try:
        qtbot.waitUntil(lambda: features.last_box is not None, timeout=10_000)
        box = features.last_box
        text = box.text()
        assert "not closed properly" in text and "2026-03-01 10:00:00" in text
        assert "session-newer.kzp" in text and "session-cut.kzp" in text
        assert "set aside" in text
        damaged = folder / "damaged"
        assert not newer.exists() and (damaged / "session-newer.kzp").exists()
        assert "nested" in (damaged / "session-newer.txt").read_text()
        assert (damaged / "session-cut.kzp").exists() and not truncated.exists()
        assert not stale_tmp.exists()
        next(b for b in box.buttons() if b.text() == "Recover").click()
        qtbot.waitUntil(lambda: state.result is not None and not state.busy
                        and features.session.workspace.names() == ("Kept safe",),
                        timeout=PLAN_TIMEOUT_MS)
        assert state.params.budget_kzt == 1.1e9 and features.session.modified
        qtbot.waitUntil(lambda: not older.exists(), timeout=5000)
    finally:
        _close(win, state)
    # the next start offers nothing again: the damaged ones stay aside, never block
    from kzplanner.gui.project.autosave import scan_autosaves

    assert scan_autosaves(folder) == ([], [])


def test_an_autosave_that_fails_on_recovery_is_set_aside_with_its_message(
        styled_app, qtbot, tmp_path, monkeypatch, good_project):
    import kzplanner.gui.project.session_files as session_files

    folder = tmp_path / "autosave"
    folder.mkdir()
    monkeypatch.setenv("KZPLANNER_AUTOSAVE_DIR", str(folder))
    first = _autosave(folder, "first", good_project, "2026-03-02T10:00:00")
    second = _autosave(folder, "second", good_project, "2026-03-01T10:00:00")
    real = session_files.load_project

    def breaks_once(path, feedback=None):
        if "session-first" in str(path):
            raise RuntimeError("something no check foresaw")
        return real(path, feedback)

    monkeypatch.setattr(session_files, "load_project", breaks_once)
    win, state = _window(qtbot)
    features = win.project
    try:
        qtbot.waitUntil(lambda: features.last_box is not None, timeout=10_000)
        offered = features.last_box
        assert "2026-03-02 10:00:00" in offered.text()
        next(b for b in offered.buttons() if b.text() == "Recover").click()
        qtbot.waitUntil(lambda: features.last_box is not offered, timeout=PLAN_TIMEOUT_MS)
        failed = features.last_box
        assert "could not be recovered" in failed.text()
        assert "unexpected" not in failed.text().lower()
        assert (folder / "damaged" / "session-first.kzp").exists() and not first.exists()
        failed.done(0)  # closed: the next autosave is offered
        qtbot.waitUntil(lambda: features.last_box is not failed, timeout=10_000)
        assert "2026-03-01 10:00:00" in features.last_box.text()
        next(b for b in features.last_box.buttons() if b.text() == "Recover").click()
        qtbot.waitUntil(lambda: features.session.workspace.names() == ("Kept safe",)
                        and not state.busy, timeout=PLAN_TIMEOUT_MS)
        qtbot.waitUntil(lambda: not second.exists(), timeout=5000)
    finally:
        _close(win, state)


def test_a_project_held_by_another_window_opens_read_only(styled_app, qtbot, tmp_path,
                                                          monkeypatch, good_project):
    import shutil

    from kzplanner.core.io.project_lock import read_holder

    monkeypatch.setenv("KZPLANNER_AUTOSAVE_DIR", str(tmp_path / "autosave"))
    path = tmp_path / "shared.kzp"
    shutil.copy(good_project, path)
    win_a, state_a = _window(qtbot)
    win_b, state_b = _window(qtbot)
    try:
        a, b = win_a.project, win_b.project
        a.open(path)
        qtbot.waitUntil(lambda: a.session.path == path and not state_a.busy,
                        timeout=PLAN_TIMEOUT_MS)
        assert read_holder(path).pid == os.getpid() and a.session.lock is not None
        b.open(path)
        qtbot.waitUntil(lambda: b.last_box is not None and b.last_box.isVisible(),
                        timeout=10_000)
        box = b.last_box
        assert "already open for editing" in box.text() and str(os.getpid()) in box.text()
        next(x for x in box.buttons() if x.text() == "Open read-only").click()
        qtbot.waitUntil(lambda: b.session.path == path and not state_b.busy,
                        timeout=PLAN_TIMEOUT_MS)
        assert b.session.read_only and "read-only" in win_b.windowTitle()
        b.last_box = None
        b.save()
        qtbot.waitUntil(lambda: b.last_box is not None, timeout=10_000)
        assert "read-only" in b.last_box.text()
        assert "Save under another name…" in [x.text() for x in b.last_box.buttons()]

        # another process saves a new scenario meanwhile; window A's save keeps it
        from dataclasses import replace

        from kzplanner.core.io.read.project_open import open_project
        from kzplanner.core.io.write.project_save import save_project

        other = open_project(path)
        other.put(replace(other.scenarios[0], name="From elsewhere"))
        save_project(path, other)
        a.scenarios_panel.create("Mine")
        qtbot.waitUntil(lambda: not state_a.busy and state_a.result_is_current,
                        timeout=PLAN_TIMEOUT_MS)
        a.save()
        qtbot.waitUntil(lambda: not a.session.modified, timeout=PLAN_TIMEOUT_MS)
        assert set(open_project(path).scenarios[i].name for i in range(3)) == {
            "Kept safe", "Mine", "From elsewhere"}
        assert "From elsewhere" in a.session.workspace.names()
        assert "From elsewhere" in win_a.statusBar().currentMessage()
    finally:
        _close(win_b, state_b)
        _close(win_a, state_a)
    assert read_holder(path) is None


def test_the_start_scan_does_not_read_an_autosaves_settlement_layer(
        tmp_path, monkeypatch, sample_dataset):
    """Reading the layer (and working out coverage) at start froze the window before it showed;
    the project is still checked, and recovering it reads the layer."""
    import kzplanner.core.settlements.attach as attach
    from kzplanner import paths
    from kzplanner.core.io.project_model import Project
    from kzplanner.core.io.read.project_open import open_project
    from kzplanner.core.io.write.project_save import save_project
    from kzplanner.gui.project.autosave import scan_autosaves

    folder = tmp_path / "autosave"
    folder.mkdir()
    project = tmp_path / "with_settlements.kzp"
    save_project(project, Project(
        dataset=attach.attach_settlements(sample_dataset, paths.sample_settlements())))
    _autosave(folder, "sett", project, "2026-03-02T10:00:00")
    calls = []
    real = attach.attach_settlements
    monkeypatch.setattr(attach, "attach_settlements",
                        lambda *a, **k: calls.append(a) or real(*a, **k))
    orphans, damaged = scan_autosaves(folder)
    assert [o.project.name for o in orphans] == ["session-sett.kzp"] and damaged == []
    assert calls == []
    opened = open_project(orphans[0].project, replay=False, clean=False)
    assert len(calls) == 1 and opened.dataset.settlements is not None


def test_the_start_scan_reads_autosaves_off_the_windows_thread(
        styled_app, qtbot, tmp_path, monkeypatch, good_project):
    """Checking an autosave reads it as a project, data and all (seconds with a large
    register): the window stays responsive while it is read, and the offer follows."""
    import threading

    import kzplanner.gui.project.autosave as autosave

    folder = tmp_path / "autosave"
    folder.mkdir()
    monkeypatch.setenv("KZPLANNER_AUTOSAVE_DIR", str(folder))
    _autosave(folder, "kept", good_project, "2026-03-04T10:00:00")
    threads, release = [], threading.Event()
    real = autosave.check_autosave

    def slow_check(project):
        threads.append(threading.current_thread())
        assert release.wait(10)  # held until the window has answered below
        return real(project)

    monkeypatch.setattr(autosave, "check_autosave", slow_check)
    win, state = _window(qtbot)
    features = win.project
    try:
        qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
        assert threads[0] is not threading.main_thread()
        # the check is still reading: the window's thread goes on with its events
        ticked = []
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: ticked.append(True))
        qtbot.waitUntil(lambda: bool(ticked), timeout=5_000)
        assert features.last_box is None
        release.set()
        qtbot.waitUntil(lambda: features.last_box is not None, timeout=10_000)
        assert "2026-03-04 10:00:00" in features.last_box.text()
        features.last_box.done(0)
    finally:
        release.set()
        _close(win, state)
