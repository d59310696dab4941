"""A combo box and a label for long names (Kazakh indicator names run to 35 letters and more).

Closed, it shows the current item cut with "…" where the toolbar leaves too little room, and the
whole name as its tooltip; open, its list is wide enough for the longest item.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_POPUP_PADDING_PX = 36  # the list's frame, margins and a scroll bar


class ElidedComboBox(QComboBox):
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # always the current item's whole name
            self.setToolTip(self.currentText())
        return super().event(event)

    def displayed_text(self) -> str:
        """What the closed box shows: the current text, elided to the room it has."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             max(room - 2, 0))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.currentText = self.displayed_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i))
                      for i in range(self.count())), default=0)
        self.view().setMinimumWidth(max(widest + _POPUP_PADDING_PX, self.width()))
        super().showPopup()


class ElidedLabel(QLabel):
    """One line that never widens the panel: cut with "…" when narrower than its text (the
    tooltip has it all); keeps its height when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 4)

    def set_full_text(self, text: str) -> None:
        if self.toolTip() == self._full:
            self.setToolTip("")  # the tooltip was the old text's: not the new one's
        self._full = text
        self._elide()
        self.updateGeometry()  # its size hint is the whole text's

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override: the whole text's width
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override: may be cut to nothing
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 1))
        self.setText(shown)
        if shown != self._full and not self.toolTip():
            self.setToolTip(self._full)  # the whole text on hover
