"""Pseudo-locale (+40 % on every string): the main window and every dialog, in every language,
with no label or button cutting its text off (sizeHint within its geometry), like novelWriter.

Dialogs are found by triggering every menu action with modal calls made non-blocking (file and
input dialogs answer "cancel", QDialog.exec shows the dialog, checks it and rejects), so a feature
that adds a menu entry is covered without touching this file. SKIP_ACTIONS lists the exceptions.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from kzplanner.app import strings
from kzplanner.app.strings import LANGUAGES

STRETCH = 0.4
# Actions that end or reshape the session rather than open a dialog.
SKIP_ACTIONS = {"quit"}
# Since the menus are all built from gui/menus.py, the Edit, Data and Follow-up menus are on the
# menu bar like the others and their entries are checked here too (before, those three menus were
# children of the window, so this test never reached them). One of them cuts stretched text off
# and has its own (expected to fail) test below: Follow-up → Evaluate effects…, whose
# clustered-errors box is too narrow in kk and ru (kzplanner/gui/followup, another branch's).
CUTTING_ACTIONS = {"actEvaluate"}
TOLERANCE_PX = 2
# Cut-offs found by this test in panels still being built (string keys). They are cut in real
# Kazakh or Russian too, not only in the pseudo-locale: the panel's owner fixes the layout and
# removes the key here. A cut-off of any other string fails the test.
KNOWN_CUT_OFF: frozenset[str] = frozenset({
    "grid.explain_title", "grid.selected_only", "grid.in_plan_only",  # allocation grid
    "scn.rename", "scn.activate", "scn.choose", "scn.compare",  # scenarios panel
    "alloc.auto", "alloc.equity_hint",  # allocation panel (hint: minimum height from sizeHint)
    "map.institutions",  # map toolbar
})


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widgetResizable() is False:
            return True
        parent = parent.parentWidget()
    return False


def _keys_by_text(lang: str) -> dict[str, str]:
    """Shown text (plain and stretched) → string key, for the allowlist."""
    found: dict[str, str] = {}
    for key, entry in strings.STRINGS.items():
        text = entry.get(lang) or entry["en"]
        if "{" in text:
            continue
        for shown in (text, strings.stretch(text, STRETCH)):
            found.setdefault(shown, key)
            found.setdefault(strings.plain(shown), key)
    return found


def cut_off(root: QWidget, lang: str = "en") -> list[str]:
    """Visible labels and buttons whose text needs more room than they have (less the allowlist)."""
    found = []
    known = _keys_by_text(lang)
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or not widget.text() or _inside_scroll_area(widget):
            continue
        if known.get(widget.text()) in KNOWN_CUT_OFF:
            continue
        if widget.toolTip() and widget.text().endswith("…"):
            continue  # cut on purpose, the whole text on hover (gui/elided_combo.ElidedLabel)
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_h = widget.heightForWidth(widget.width())
            if need_h > widget.height() + TOLERANCE_PX:
                found.append(f"{widget.objectName() or type(widget).__name__} “{widget.text()[:60]}”"
                             f": needs {need_h}px high, has {widget.height()}px")
            continue
        if not isinstance(widget, (QLabel, QPushButton, QCheckBox, QRadioButton)):
            continue  # tool buttons in toolbars overflow into an extension menu
        hint = widget.sizeHint()
        if hint.width() > widget.width() + TOLERANCE_PX:
            found.append(f"{widget.objectName() or type(widget).__name__} “{widget.text()[:60]}”: "
                         f"needs {hint.width()}px wide, has {widget.width()}px")
    return found


def _menu_actions(window) -> list[QAction]:
    actions: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        for act in menu.actions():
            if act.menu() is None and not act.isSeparator() and act not in actions:
                actions.append(act)
    return actions


@pytest.fixture
def pseudo():
    strings.set_pseudo_stretch(STRETCH)
    yield
    strings.set_pseudo_stretch(0)


@pytest.fixture
def non_blocking(monkeypatch):
    """Modal calls return at once; every dialog passed to exec() is checked first."""
    checked: list[tuple[str, list[str]]] = []
    strings_lang = ["en"]

    def exec_and_check(self, *args, **kwargs):
        self.show()
        QApplication.processEvents()
        checked.append((self.windowTitle(), cut_off(self, strings_lang[0])))
        self.hide()
        return QDialog.DialogCode.Rejected.value

    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        if "exec" in cls.__dict__ or cls is QDialog:
            monkeypatch.setattr(cls, "exec", exec_and_check)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda *a, **k: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (0.0, False))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a, **k: True)
    return checked, strings_lang


def _open_top_levels(window) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window and isinstance(w, QDialog)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_window_and_every_dialog_fit_stretched_text(window, qtbot, pseudo, non_blocking,
                                                        lang):
    checked, current = non_blocking
    current[0] = lang
    window.state.set_language(lang)
    qtbot.wait(200)  # the settled window: wrapped labels take their heights in a second layout pass
    problems = [f"main window: {p}" for p in cut_off(window, lang)]
    opened = []
    for act in _menu_actions(window):
        key = act.objectName() or strings.plain(act.text())
        if act is window.act_quit or key in SKIP_ACTIONS or key in CUTTING_ACTIONS:
            continue
        if act.actionGroup() is window.language_group:
            continue
        before = set(map(id, _open_top_levels(window)))
        act.trigger()
        QApplication.processEvents()
        for dialog in _open_top_levels(window):
            if id(dialog) in before:
                continue
            QApplication.processEvents()
            opened.append(dialog.objectName() or dialog.windowTitle())
            problems += [f"{strings.plain(act.text())} → {dialog.objectName()}: {p}"
                         for p in cut_off(dialog, lang)]
            dialog.done(0)
        qtbot.waitUntil(lambda: not window.state.busy, timeout=60_000)
    problems += [f"{title}: {p}" for title, found in checked for p in found]
    assert opened, "no dialog was opened from the menus"
    assert {"aboutDialog", "userGuideDialog", "gettingStartedDialog"} <= set(opened)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_evaluation_dialog_fits_stretched_text(window, qtbot, pseudo, non_blocking, lang):
    checked, current = non_blocking
    current[0] = lang
    window.state.set_language(lang)
    QApplication.processEvents()
    problems = []
    for act in _menu_actions(window):
        if act.objectName() not in CUTTING_ACTIONS:
            continue
        before = set(map(id, _open_top_levels(window)))
        act.trigger()
        QApplication.processEvents()
        problems += [f"main window: {p}" for p in cut_off(window, lang)]
        for dialog in _open_top_levels(window):
            if id(dialog) not in before:
                problems += [f"{dialog.objectName()}: {p}" for p in cut_off(dialog, lang)]
                dialog.done(0)
        qtbot.waitUntil(lambda: not window.state.busy, timeout=60_000)
    window.units_dock.raise_()
    QApplication.processEvents()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_message_boxes_fit_stretched_text(window, pseudo, lang):
    from kzplanner.errors import KZError
    from kzplanner.gui.messages import show_error

    window.state.set_language(lang)
    for exc in (KZError("file_locked", file="C:\\Users\\Әлия\\OneDrive\\Жоспар 2025.xlsx"),
                RuntimeError("boom")):
        box = show_error(window, exc, lang)
        QApplication.processEvents()
        assert cut_off(box, lang) == []
        box.done(0)


# A common akimat laptop screen (1366 × 768) less the Windows taskbar and the title bar.
SMALL_SCREEN = (1366, 700)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_window_fits_a_small_laptop_screen(window, lang):
    window.state.set_language(lang)
    QApplication.processEvents()
    need = window.minimumSizeHint()
    assert need.width() <= SMALL_SCREEN[0] and need.height() <= SMALL_SCREEN[1], (
        f"{lang}: the window needs at least {need.width()}×{need.height()} px")
