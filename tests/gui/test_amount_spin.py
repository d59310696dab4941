"""The budget box takes amounts as planners type them (issue 20: "2 000 000 000" was refused)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kzplanner.gui.planning.amount_spin import AmountSpinBox


@pytest.mark.parametrize(("lang", "typed", "value"), [
    ("kk", "2 000 000 000", 2e9),
    ("ru", "2\u202f000\u202f000\u00a0000", 2e9),
    ("en", "1,500,000", 1.5e6),
    ("ru", "3e8", 3e8),
])
def test_typed_amounts_are_taken(qtbot, lang, typed, value):
    box = AmountSpinBox()
    qtbot.addWidget(box)
    box.lang = lang
    box.setDecimals(0)
    box.setRange(0, 1e12)
    box.setSuffix(" ₸")
    box.setGroupSeparatorShown(True)
    box.setValue(5.0)
    box.lineEdit().selectAll()
    if typed.isascii():
        qtbot.keyClicks(box.lineEdit(), typed)
    else:  # pasted from a document: no-break and thin spaces have no key
        box.lineEdit().insert(typed)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() == value


def test_letters_are_refused(qtbot):
    box = AmountSpinBox()
    qtbot.addWidget(box)
    box.setRange(0, 1e12)
    box.setValue(7.0)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "abc")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() == 7.0
