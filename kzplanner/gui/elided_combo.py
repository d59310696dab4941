"""A combo box for long names (Kazakh indicator names run to 35 letters and more).

Closed, it shows the current item cut with "…" where the toolbar leaves too little room, and the
whole name as its tooltip; open, its list is wide enough for the longest item.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

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
