"""Start the window: QApplication, style, state and main window; or a screenshot, headless."""

from __future__ import annotations

import gc
import logging
import platform
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QLocale, QTimer, SignalInstance, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kzplanner import __version__, paths
from kzplanner.app.strings import LANGUAGES
from kzplanner.core.memory import large_blocks_apart
from kzplanner.gui import settings
from kzplanner.gui.i18n import install_qt_translations
from kzplanner.gui.logs import log_file
from kzplanner.gui.messages import show_error
from kzplanner.gui.state import AppState
from kzplanner.gui.style import apply_style

if TYPE_CHECKING:
    from kzplanner.gui.main_window import MainWindow

log = logging.getLogger("kzplanner")
SCREENSHOT_TIMEOUT_MS = 120_000


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def _setup_logging() -> Path | None:
    """A rotating UTF-8 log (3 × 1 MB) that a planner can send to support."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("KZ Planner %s started (Python %s, Qt %s, %s)", __version__,
             platform.python_version(), qVersion(), platform.platform())
    return path


def install_excepthook(window: MainWindow, log_path: Path | None) -> None:
    """Unexpected exceptions in Qt callbacks: log them and show a calm dialog, never a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if sys.stderr is not None:  # a windowed frozen build has no stderr
            traceback.print_exception(kind, exc, tb)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            window.last_box = show_error(window, exc, window.state.language, log_path)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            pass

    sys.excepthook = hook


# Young collections every 10,000 net allocations, not 700, and the full one 20 x 20 of those
# later: a start with 10,000 units and 200,000 institutions ran ten full collections of
# ~0.1 s each that found nothing (the data are long-lived), ~0.8 s of a 3 s start.
GC_THRESHOLDS = (10_000, 20, 20)


def application() -> QApplication:
    large_blocks_apart()  # before the data: core.memory
    if gc.get_threshold()[0] < GC_THRESHOLDS[0]:
        gc.set_threshold(*GC_THRESHOLDS)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("KZ Planner")
    app.setOrganizationName("KZPlanner")
    icon = paths.resources_dir() / "icons" / "kzplanner.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    apply_style(app)
    return app


def _wait_until(state: AppState, signals: tuple[SignalInstance, ...], done: Callable[[], bool],
                timeout_ms: int, *, settle: bool = False) -> bool:
    """Run an event loop until `done()` holds after one of `signals` (or an error, or the
    timeout). `settle`: check only after every other slot of the signal has run (one of them
    may start a task: the budget curve starts when a plan lands)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)

    def check() -> None:
        if done():
            loop.quit()

    def arrived(*_args: object) -> None:
        if settle:
            QTimer.singleShot(0, check)
        else:
            check()

    def failed(*_args: object) -> None:
        loop.quit()

    for signal in signals:
        signal.connect(arrived)
    state.error_raised.connect(failed)
    timer.start(timeout_ms)
    if not done():
        loop.exec()
    for signal in signals:
        signal.disconnect(arrived)
    state.error_raised.disconnect(failed)
    return done()


def wait_for_plan(state: AppState, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Run an event loop until the data are loaded, a plan has landed and no task runs."""
    _wait_until(state, (state.result_changed, state.busy_changed),
                lambda: state.result is not None and not state.busy, timeout_ms, settle=True)
    return state.result is not None


def wait_for_data(state: AppState, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Run an event loop until a dataset is adopted (the map can draw; the plan may still run)."""
    return _wait_until(state, (state.dataset_changed,), lambda: state.prepared is not None,
                       timeout_ms)


def wait_for_map(state: AppState, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Run an event loop until the map has something to draw (at start-up, maybe the cached
    preview of the data still loading)."""
    return _wait_until(state, (state.map_changed,), lambda: state.map_data is not None,
                       timeout_ms)


def _screenshot_size() -> tuple[int, int]:
    """1400 × 900, or KZPLANNER_SCREENSHOT_SIZE (e.g. 1093x614: a laptop at 125 %)."""
    import os

    try:
        w, h = (int(v) for v in os.environ.get("KZPLANNER_SCREENSHOT_SIZE", "").split("x"))
        return w, h
    except ValueError:
        return 1400, 900


def take_screenshot(window: MainWindow, path: str | Path) -> Path:
    QApplication.processEvents()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target))
    return target


def interface_language(requested: str | None) -> str:
    """The requested language, else the last one used, else the system's (kk/ru/en), else ru."""
    if requested in LANGUAGES:
        return str(requested)
    saved = str(settings.read("language") or "")
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "ru"


def run(lang: str | None = "ru", screenshot: str | None = None, project: str | None = None,
        data: tuple[str | None, str | None, str | None] = (None, None, None),
        mapping: Any = None, sources: list[Any] | None = None,
        settlements: str | None = None) -> int:
    """Open the main window on the bundled sample, on data files (boundaries, statistics,
    institutions) or on a project; or save a screenshot of it with its first plan and return.
    `mapping` (a layout.StatsMapping: `kzplanner gui --sheet/--year`) reads the statistics;
    `sources` (core.sources.StatsSource: several `--stats`) are the statistics tables.
    `settlements` (`--settlements S`) are attached once the data land; the bundled sample
    opens with its illustrative settlement layer."""
    app = application()
    lang = interface_language(lang)
    log_path = _setup_logging()
    state = AppState(language=lang)
    # The data load in the background while the window's modules load and the window is
    # built; the plan follows by itself.
    if project is None:
        state.load(*data, mapping=mapping, sources=sources)
    sample = project is None and data == (None, None, None) and mapping is None and not sources
    if settlements:
        state.load_settlements(settlements)
    elif sample and paths.sample_settlements().is_file():
        state.load_settlements(paths.sample_settlements())
    from kzplanner.gui.first_run import maybe_show_guide
    from kzplanner.gui.main_window import MainWindow

    window = MainWindow(state, log_path)
    if screenshot:
        window.resize(*_screenshot_size())  # the same picture on every machine
    install_excepthook(window, log_path)
    if project is not None:
        window.project.open(project)
    install_qt_translations(lang)
    if screenshot:
        window.show()
    else:
        window.show_on_screen()
    if not screenshot:
        maybe_show_guide(window, lang)
    if screenshot:
        ok = wait_for_plan(state)
        take_screenshot(window, screenshot)
        window.close()
        return 0 if ok else 1
    return app.exec()
