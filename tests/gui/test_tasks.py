"""The task runner: results land in the GUI thread, the newest task of a kind wins."""

from __future__ import annotations

import threading
import time

import pytest

from kzplanner.errors import KZError
from kzplanner.gui.tasks import TaskKind, TaskRunner


def test_result_arrives_in_gui_thread(qtbot):
    runner = TaskRunner()
    got = []
    main = threading.get_ident()
    runner.submit(TaskKind.CURVE, lambda fb: threading.get_ident(), lambda v: got.append((v, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    worker, receiver = got[0]
    assert worker != main and receiver == main
    assert not runner.is_busy()


def test_newest_wins_and_stale_is_cancelled(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    done: list[str] = []

    def slow(fb):
        started.set()
        for _ in range(200):
            fb.progress(0.5, "solve")  # raises KZError('cancelled') once superseded
            time.sleep(0.005)
        return "stale"

    runner.submit(TaskKind.PLAN, slow, done.append)
    started.wait(5)
    runner.submit(TaskKind.PLAN, lambda fb: "middle", done.append)
    runner.submit(TaskKind.PLAN, lambda fb: "newest", done.append)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    assert done == ["newest"]


def test_errors_reach_the_error_callback(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail(fb):
        raise KZError("file_locked", file="plan.xlsx")

    runner.submit(TaskKind.EXPORT, fail, lambda v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], KZError) and errors[0].code == "file_locked"


def test_busy_signal_pairs(qtbot):
    runner = TaskRunner()
    seen: list[bool] = []
    runner.busy_changed.connect(seen.append)
    runner.submit(TaskKind.SAVE, lambda fb: 1, lambda v: None)
    qtbot.waitUntil(lambda: seen == [True, False], timeout=5000)


def test_only_declared_kinds_are_accepted(qtbot):
    runner = TaskRunner()
    with pytest.raises(ValueError):
        runner.submit("no such kind", lambda fb: 1, lambda v: None)  # type: ignore[arg-type]
    assert not runner.is_busy()
