"""The one task runner: long core calls on worker threads, one task per kind, the newest wins.

A worker only calls the plain function it was given, with a Feedback that emits signals; it never
touches a widget. The workers are Python threads (a ThreadPoolExecutor), not QThreadPool threads:
pyproj ≥ 3.7 keeps its PROJ context in thread-specific storage that outlives the Python thread
state PySide creates and drops around each QRunnable, so the second boundaries file read on a
reused QThreadPool thread crashes the process (pyproj issues #1509 and #1622). Results still come
back to the GUI thread through queued Qt signals. When a task of a kind is submitted while another of the same kind runs, the
running one is asked to cancel and the new one waits for its slot (on a 2-core laptop two MILP
solves side by side would only slow each other down); a result from a superseded task is dropped.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from kzplanner.core.feedback import Feedback
from kzplanner.errors import KZError

log = logging.getLogger(__name__)

Work = Callable[[Feedback], Any]


class TaskKind(StrEnum):
    """Every kind of background task. One task per kind runs at a time (the newest wins).

    A StrEnum: the kind travels through Qt signals as its plain string value, and
    `kind == "plan"` still holds where a slot compares it."""

    LOAD = "load"
    PLAN = "plan"
    EXPORT = "export"  # the plan workbook, and the GeoPackage/CSV layers (one slot)
    SAVE = "save"
    OPEN = "open"
    AUTOSAVE = "autosave"
    COMPARE = "compare"
    CURVE = "curve"
    TEMPLATE = "template"
    ACTUALS = "actuals"
    EXPORT_ACTUALS = "export_actuals"
    IMPORT_DETECT = "import_detect"
    IMPORT_CHECK = "import_check"
    EVAL_READ = "eval_read"
    EVAL_DID = "eval_did"
    EVAL_CORR = "eval_corr"
    EVAL_GENDER = "eval_gender"
    SETTLEMENTS = "settlements"
    NEXT_KITS = "next_kits"  # the villages dock's next-kit ranking
    KIT_VILLAGES = "kit_villages"  # … and its villages per kit
    RECOVERY_SCAN = "recovery_scan"  # the autosaves left by a window that crashed, at start


class TaskFeedback(Feedback):
    """Core-side Feedback that forwards progress to a callback and reads a cancel flag."""

    def __init__(self, emit: Callable[[float, str], None], cancel: threading.Event) -> None:
        super().__init__()
        self._emit = emit
        self._cancel = cancel

    def report(self, fraction: float, stage: str) -> None:
        self._emit(fraction, stage)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Carries a worker's outcome back to the GUI thread (queued connections)."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, object)
    progressed = Signal(str, int, float, str)


class _Job:
    def __init__(self, kind: str, generation: int, work: Work, relay: _Relay,
                 cancel: threading.Event) -> None:
        self._kind = kind
        self._generation = generation
        self._work = work
        self._relay = relay
        self._cancel = cancel

    def run(self) -> None:  # worker thread
        kind, gen, relay = self._kind, self._generation, self._relay
        feedback = TaskFeedback(lambda f, s: relay.progressed.emit(kind, gen, f, s), self._cancel)
        try:
            value = self._work(feedback)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            relay.failed.emit(kind, gen, exc)
        else:
            relay.finished.emit(kind, gen, value)


@dataclass
class _Spec:
    generation: int
    work: Work
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None


class TaskRunner(QObject):
    """Runs `work(feedback)` off the GUI thread; calls `on_done` in the GUI thread if still newest.

    Signals: progressed(kind, fraction, stage), busy_changed(busy), task_started(kind),
    task_finished(kind) — finished is emitted for every task that ends, superseded or not.
    """

    progressed = Signal(str, float, str)
    busy_changed = Signal(bool)
    task_started = Signal(str)
    task_finished = Signal(str)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=max_threads,
                                                           thread_name_prefix="kz-task")
        self._futures: set[concurrent.futures.Future[None]] = set()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progressed)
        self._latest: dict[str, int] = {}
        self._running: dict[str, tuple[_Spec, threading.Event]] = {}
        self._pending: dict[str, _Spec] = {}
        self._counter = 0
        self._closed = False
        self._last_progress: dict[str, tuple[int, str, int]] = {}

    # --- public
    def submit(self, kind: TaskKind, work: Work, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None) -> int:
        """Queue `work` as the newest task of `kind`; any older one of that kind is superseded.

        The one place every background task of the window goes through."""
        kind = TaskKind(kind)  # a kind not declared above is refused (ValueError)
        if self._closed:
            return -1
        self._counter += 1
        spec = _Spec(self._counter, work, on_done, on_error)
        was_busy = self.is_busy()
        self._latest[kind] = spec.generation
        if kind in self._running:
            self._running[kind][1].set()  # ask the stale one to stop at its next progress call
            self._pending[kind] = spec  # replaces (drops) an older pending task
        else:
            self._start(kind, spec)
        if not was_busy:
            self.busy_changed.emit(True)
        return spec.generation

    def is_busy(self, kind: TaskKind | None = None) -> bool:
        if kind is None:
            return bool(self._running or self._pending)
        return kind in self._running or kind in self._pending

    def cancel(self, kind: TaskKind) -> None:
        """Drop a pending task and ask the running one of `kind` to stop; its result is ignored."""
        self._pending.pop(kind, None)
        self._latest[kind] = -1
        if kind in self._running:
            self._running[kind][1].set()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (tests, shutdown); signals still need an event loop."""
        timeout = None if msecs < 0 else msecs / 1000.0
        _, not_done = concurrent.futures.wait(list(self._futures), timeout=timeout)
        return not not_done

    def shutdown(self, msecs: int = 60_000) -> None:
        """Stop accepting work, cancel everything and wait for the workers to return."""
        if self._closed:
            return
        self._closed = True
        self._pending.clear()
        for _, event in self._running.values():
            event.set()
        self.wait_for_done(msecs)
        self._pool.shutdown(wait=False, cancel_futures=True)

    # --- internals (GUI thread)
    def _start(self, kind: str, spec: _Spec) -> None:
        cancel = threading.Event()
        self._running[kind] = (spec, cancel)
        self.task_started.emit(kind)
        job = _Job(kind, spec.generation, spec.work, self._relay, cancel)
        future = self._pool.submit(job.run)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _settle(self, kind: str, generation: int) -> _Spec | None:
        """Forget the finished task; start the pending one; return the spec if it is current."""
        entry = self._running.get(kind)
        spec = entry[0] if entry and entry[0].generation == generation else None
        if spec is not None:
            del self._running[kind]
        nxt = self._pending.pop(kind, None)
        if nxt is not None and not self._closed:
            self._start(kind, nxt)
        self.task_finished.emit(kind)
        if not self.is_busy():
            self.busy_changed.emit(False)
        if spec is None or self._latest.get(kind) != generation:
            return None
        return spec

    def _on_finished(self, kind: str, generation: int, value: object) -> None:
        spec = self._settle(kind, generation)
        if spec is not None and not self._closed:
            spec.on_done(value)

    def _on_failed(self, kind: str, generation: int, exc: object) -> None:
        spec = self._settle(kind, generation)
        if spec is None or self._closed:
            return  # superseded: its error (usually 'cancelled') is of no interest
        if isinstance(exc, KZError) and exc.code == "cancelled":
            return
        if spec.on_error is not None and isinstance(exc, BaseException):
            spec.on_error(exc)
        else:
            log.error("task %s failed", kind, exc_info=exc)  # type: ignore[arg-type]

    def _on_progressed(self, kind: str, generation: int, fraction: float, stage: str) -> None:
        if self._latest.get(kind) != generation:
            return
        # Progress bars repaint at once on every new value: pass on whole steps of 5 % (and
        # every new stage) only, so a fast task does not spend its time repainting them.
        step = (generation, stage, int(fraction * 20))
        if self._last_progress.get(kind) == step:
            return
        self._last_progress[kind] = step
        self.progressed.emit(kind, fraction, stage)
