"""Every screen usable at the logical sizes Windows' display scaling gives (issue 23, item 1).

The offscreen screen is 800 × 800, so the screen is simulated where the app asks for it:
gui/screen_fit's room (which sizes every dialog and decides the main window's first size) is
patched to the simulated screen's, and the main window is resized to that room, as a maximized
window is. tests/gui/fit_checks.py says what "usable" means (buttons reachable, no text cut off
without a tooltip, no overlap, nothing larger than the screen).

The main window changes its arrangement with its size, so it is checked at the three sizes in
the three languages; a dialog only grows with the room (screen_fit: its designed size, or less),
so the dialogs are checked on the smallest screen, in the three languages.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QWidget

from kzplanner.app.strings import LANGUAGES, plain
from kzplanner.gui import screen_fit

from .conftest import PLAN_TIMEOUT_MS
from .fit_checks import SCREENS, SMALLEST, Screen, problems, problems_on_every_tab
from .test_every_dialog import SKIP_ACTIONS, _menu_actions, _open_top_levels


@pytest.fixture
def on_screen(monkeypatch):
    """Simulate a screen: screen_fit answers its room; returns a function to switch to one."""
    current: list[Screen] = [SMALLEST]
    monkeypatch.setattr(screen_fit, "_room", lambda widget: current[0].room)

    def use(screen: Screen) -> Screen:
        current[0] = screen
        return screen

    return use


def _area(widget: QWidget) -> int:
    return widget.width() * widget.height() if widget.isVisible() else 0


def _main_window_problems(window, screen: Screen) -> list[str]:
    room = screen.room
    window.showNormal()
    for _ in range(2):  # as the system does for a maximized window: its size, again after
        window.resize(room)  # the window has rearranged itself for it
        QApplication.processEvents()
    found = problems(window, room)
    map_area = _area(window.map_panel.view)
    docks = [d for d in window.findChildren(QDockWidget) if not d.isHidden()]
    for dock in docks:
        dock.raise_()
        QApplication.processEvents()
        found += [f"with {dock.objectName()} in front: {p}" for p in problems(window, room)
                  if p not in found]
        if _area(dock) > map_area:
            found.append(f"{dock.objectName()} ({dock.width()}×{dock.height()}) is larger than "
                         f"the map ({window.map_panel.view.width()}×"
                         f"{window.map_panel.view.height()})")
    if window.plan_column.horizontalScrollBar().isVisible():
        found.append(f"the plan's column scrolls sideways ({window.plan_column.width()}px wide)")
    for panel in (window.allocation_panel, window.results_panel):
        if _area(panel) > map_area:
            found.append(f"{panel.objectName() or type(panel).__name__} ({panel.width()}×"
                         f"{panel.height()}) is larger than the map")
    return found


@pytest.mark.parametrize("screen", SCREENS, ids=[s.name for s in SCREENS])
def test_main_window_is_usable_at_windows_logical_sizes(window, on_screen, screen):
    on_screen(screen)
    found = []
    for lang in LANGUAGES:
        window.state.set_language(lang)
        found += [f"{lang}: {p}" for p in _main_window_problems(window, screen)]
    window.state.set_language("en")
    window.resize(1400, 900)
    assert found == [], "\n".join(found)


def _check_dialog(dialog: QWidget, room, label: str) -> list[str]:
    return [f"{label}: {p}" for p in problems_on_every_tab(dialog, room)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_dialog_is_usable_on_the_smallest_screen(window, qtbot, on_screen, monkeypatch,
                                                       lang):
    room = on_screen(SMALLEST).room
    window.state.set_language(lang)
    found: list[str] = []

    def exec_and_check(self, *args, **kwargs):
        self.show()
        QApplication.processEvents()
        found.extend(_check_dialog(self, room, self.objectName() or self.windowTitle()))
        self.hide()
        return QDialog.DialogCode.Rejected.value

    non_blocking_patches(monkeypatch, exec_and_check)
    opened = []
    for act in _menu_actions(window):
        key = act.objectName() or plain(act.text())
        if act is window.act_quit or key in SKIP_ACTIONS or act.actionGroup() is \
                window.language_group:
            continue
        before = set(map(id, _open_top_levels(window)))
        act.trigger()
        QApplication.processEvents()
        for dialog in _open_top_levels(window):
            if id(dialog) in before:
                continue
            opened.append(dialog.objectName())
            found.extend(_check_dialog(dialog, room, f"{plain(act.text())} → "
                                                     f"{dialog.objectName()}"))
            dialog.done(0)
        qtbot.waitUntil(lambda: not window.state.busy, timeout=PLAN_TIMEOUT_MS)
    assert {"aboutDialog", "paramsDialog"} <= set(opened), opened
    found += _import_wizard_problems(window, qtbot, room)
    found += _message_problems(window, room, lang)
    found += _first_run_problems(window, room, lang)
    found += _compare_problems(window, qtbot, room)
    window.state.set_language("en")
    assert found == [], "\n".join(found)


def non_blocking_patches(monkeypatch, exec_and_check) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        if "exec" in cls.__dict__ or cls is QDialog:
            monkeypatch.setattr(cls, "exec", exec_and_check)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a, **k: True)


def _import_wizard_problems(window, qtbot, room) -> list[str]:
    from kzplanner import paths
    from kzplanner.gui.data.import_wizard import ImportWizard

    wiz = ImportWizard(window.state, window, path=str(paths.sample_statistics()))
    wiz.show()
    qtbot.waitUntil(lambda: wiz.detection is not None and not wiz.busy, timeout=20_000)
    found = _check_dialog(wiz, room, "import wizard, file")
    for page in ("layout", "columns"):
        wiz.next()
        found += _check_dialog(wiz, room, f"import wizard, {page}")
    wiz.next()
    qtbot.waitUntil(lambda: wiz.check_page.result is not None
                    or bool(wiz.check_page.error.text()), timeout=20_000)
    found += _check_dialog(wiz, room, "import wizard, check")
    wiz.reject()
    wiz.deleteLater()
    return found


def _message_problems(window, room, lang) -> list[str]:
    from kzplanner.errors import KZError
    from kzplanner.gui.messages import show_error

    found = []
    for exc in (KZError("file_locked", file="C:\\Users\\Әлия\\OneDrive\\Жоспар 2025.xlsx"),
                RuntimeError("boom")):
        box = show_error(window, exc, lang)
        QApplication.processEvents()
        found += _check_dialog(box, room, f"message {type(exc).__name__}")
        box.done(0)
    return found


def _first_run_problems(window, room, lang) -> list[str]:
    from kzplanner.gui.first_run import STEPS

    guide = window.app_features.show_getting_started()
    found = []
    for step in STEPS:
        found += _check_dialog(guide, room, f"getting started, {step}")
        if step != STEPS[-1]:
            guide.next.click()
    guide.done(0)
    return found


def _compare_problems(window, qtbot, room) -> list[str]:
    """Two scenarios side by side (Scenarios → Compare selected)."""
    from .project_helpers import fresh_session, settle

    features = fresh_session(window, qtbot)
    panel, state = features.scenarios_panel, window.state
    first = panel.create("А")
    panel.duplicate(first, "Ә")
    state.set_budget(900_000_000)
    settle(window, qtbot)
    dialog = panel.compare([first, "Ә"])
    qtbot.waitUntil(lambda: dialog.table_frames is not None, timeout=PLAN_TIMEOUT_MS)
    found = _check_dialog(dialog, room, "compare scenarios")
    dialog.done(0)
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actuals_comparison_is_usable_on_the_smallest_screen(window, qtbot, on_screen, tmp_path,
                                                              lang):
    """Follow-up → Projected versus actual opens only after an actuals file is read, so the
    menu walk above never reaches it: it is opened here on actuals that differ from the plan
    (two kits fewer in one unit, so the reasons table and the chart have rows)."""
    import openpyxl

    from kzplanner.app.actuals import compute_comparison
    from kzplanner.core.variance import projection_per_unit
    from kzplanner.gui.followup.actuals_view import ActualsDialog

    from .project_helpers import fresh_session, settle
    from .test_import_wizard import shot_dir

    room = on_screen(SMALLEST).room
    fresh_session(window, qtbot)
    settle(window, qtbot)
    state = window.state
    assert state.result is not None
    projected = projection_per_unit(state.result)
    with_kits = projected[projected["kits_installed"] > 2].index
    assert len(with_kits) > 0
    actual = projected.copy()
    actual.loc[with_kits[0], "kits_installed"] -= 2
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["unit_code", *actual.columns])
    for code, row in actual.iterrows():
        ws.append([code, *[float(v) for v in row]])
    path = tmp_path / "Іс жүзіндегі орындалу 2025.xlsx"
    wb.save(path)
    data = compute_comparison(str(path), state.dataset.units, state.result)
    window.state.set_language(lang)
    dialog = ActualsDialog(state, data, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.reasons.rowCount() > 0
    found = _check_dialog(dialog, room, "projected versus actual")
    dialog.grab().save(str(shot_dir() / f"actuals_{SMALLEST.width}x{SMALLEST.height}_{lang}.png"))
    dialog.done(0)
    window.state.set_language("en")
    assert found == [], "\n".join(found)
