"""PNGs of the project features in en / ru / kk for people to look at, plus a cut-off check.

Written to $KZ_SCREENSHOT_DIR when set, else to the test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QWidget

from .conftest import PLAN_TIMEOUT_MS
from .project_helpers import fresh_session, settle


def _cut_off(root: QWidget) -> list[str]:
    """Visible one-line labels, buttons and check boxes narrower than their text."""
    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not w.width():
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and "<" not in w.text():
            if w.fontMetrics().horizontalAdvance(w.text()) > w.contentsRect().width() + 1:
                bad.append(w.text())
        elif isinstance(w, (QAbstractButton, QCheckBox)) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                bad.append(w.text())
    return bad


def _off_right(table) -> list[str]:
    """The table's difference columns (headed Δ) that end beyond its visible width: what a
    comparison is for must be in view without scrolling."""
    header = table.horizontalHeader()
    room = table.viewport().width()
    return [text for c in range(table.columnCount())
            if (text := table.horizontalHeaderItem(c).text()).startswith("Δ")
            and header.sectionViewportPosition(c) + header.sectionSize(c) > room]


def test_project_screenshots(window, qtbot, tmp_path):
    from kzplanner.gui.planning.params_dialog import ParamsDialog

    folder = Path(os.environ.get("KZ_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    features = fresh_session(window, qtbot)
    state = window.state
    panel = features.scenarios_panel
    a = panel.create("Базовый / Негізгі")
    state.set_budget(1_500_000_000)
    settle(window, qtbot)
    b = panel.duplicate(a, "Әділ / Справедливый")
    state.set_equity(1.5)
    settle(window, qtbot)
    state.select_units(["550000000"])
    features.details_dock.raise_()  # it may share the bottom area with other docks as tabs
    problems = {}
    for lang in ("en", "ru", "kk"):
        state.set_language(lang)
        qtbot.wait(50)
        window.grab().save(str(folder / f"project_main_{lang}.png"))
        features.scenarios_dock.grab().save(str(folder / f"project_scenarios_{lang}.png"))
        features.details_dock.grab().save(str(folder / f"project_allocation_{lang}.png"))
        dialog = ParamsDialog(state, window)
        qtbot.addWidget(dialog)
        dialog.show()
        for i in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(i)
            qtbot.wait(20)
            dialog.grab().save(str(folder / f"project_params_{lang}_{i}.png"))
            problems[f"params {lang} tab {i}"] = _cut_off(dialog)
        dialog.reject()
        panel._select(a)
        panel.list.item(1).setSelected(True)
        compare = panel.compare()
        compare.show()
        qtbot.waitUntil(lambda c=compare: c.table_frames is not None, timeout=PLAN_TIMEOUT_MS)
        qtbot.wait(20)
        compare.grab().save(str(folder / f"project_compare_{lang}.png"))
        problems[f"compare {lang}"] = _off_right(compare.headlines)
        compare.tabs.setCurrentIndex(1)
        qtbot.wait(20)
        compare.grab().save(str(folder / f"project_compare_units_{lang}.png"))
        problems[f"compare units {lang}"] = _off_right(compare.units)
        compare.reject()
        problems[f"scenarios {lang}"] = _cut_off(features.scenarios_panel)
        problems[f"allocation {lang}"] = _cut_off(features.details)
    state.set_language("en")
    state.select_units([])
    assert not {k: v for k, v in problems.items() if v}, problems
    assert b in features.session.workspace.names()
