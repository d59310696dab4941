"""What "usable on this screen" means, checked on a shown window or dialog (tests/gui/test_fit_*).

Windows' display scaling gives Qt a smaller screen in logical pixels: 1366 × 768 at 125 % is
1093 × 614, at 150 % 911 × 512; 1920 × 1080 at 150 % is 1280 × 720. A window gets that less
the taskbar, its frame and title bar (gui/screen_fit.py). On such a room:

* the top level is no larger than the room (its minimum size included: else it overflows);
* every visible button lies inside the visible area: inside the top level and every parent
  (a scroll area's viewport counts as reachable: the user scrolls to it);
* no label or button cuts its text off (needs more width, or a wrapped label more height,
  than it has) unless it carries the whole text as a tooltip;
* no two controls side by side overlap (a help text running into a check box).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from kzplanner.gui.screen_fit import FRAME_PX, TITLE_BAR_PX

TASKBAR_PX = 40  # Windows' taskbar, in logical pixels (it scales with the display)
TOLERANCE_PX = 2


@dataclass(frozen=True)
class Screen:
    name: str
    width: int
    height: int

    @property
    def room(self) -> QSize:
        """The window content a maximized window or a fitted dialog gets on this screen."""
        return QSize(self.width - FRAME_PX, self.height - TASKBAR_PX - FRAME_PX - TITLE_BAR_PX)

    @property
    def available(self) -> QRect:
        return QRect(0, 0, self.width, self.height - TASKBAR_PX)


SCREENS = (Screen("1366x768@125%", 1093, 614), Screen("1366x768@150%", 911, 512),
           Screen("1920x1080@150%", 1280, 720))
SMALLEST = SCREENS[1]


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {widget.objectName()!r} “{str(text)[:50]}”"


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def unreachable(widget: QWidget, top: QWidget) -> str | None:
    """Why `widget` cannot be seen whole on `top` (None when it can). Inside a scroll area the
    widget must lie within its parents up to the scrolled content; the scroll area itself must
    then be seen (the user scrolls to the rest)."""
    everywhere = QRect(-100_000, -100_000, 200_000, 200_000)
    rect, visible = _rect_in(widget, top), everywhere
    parent = widget.parentWidget()
    while parent is not None:
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and parent is scroll.viewport():
            why = _outside(widget, rect, visible)
            if why:
                return why
            widget, rect, visible = scroll, _rect_in(scroll, top), everywhere
            parent = scroll.parentWidget()
            continue
        visible = visible.intersected(_rect_in(parent, top) if parent is not top else top.rect())
        if parent is top:
            break
        parent = parent.parentWidget()
    return _outside(widget, rect, visible)


def _outside(widget: QWidget, rect: QRect, visible: QRect) -> str | None:
    grown = visible.adjusted(-TOLERANCE_PX, -TOLERANCE_PX, TOLERANCE_PX, TOLERANCE_PX)
    if grown.contains(rect):
        return None
    return (f"{_name(widget)} at {rect.x()},{rect.y()} {rect.width()}×{rect.height()} "
            f"outside the visible {visible.x()},{visible.y()} "
            f"{visible.width()}×{visible.height()}")


def cut_text(widget: QWidget) -> str | None:
    """Why the widget's text is cut off without a tooltip (None when it is not)."""
    if widget.toolTip():
        return None
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            need = widget.heightForWidth(widget.contentsRect().width())
            need = need if need > 0 else widget.sizeHint().height()
            if need > widget.height() + TOLERANCE_PX:
                return f"{_name(widget)} needs {need}px high, has {widget.height()}px"
            return None
    elif not isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
        return None
    need = widget.sizeHint().width()
    if need > widget.width() + TOLERANCE_PX:
        return f"{_name(widget)} needs {need}px wide, has {widget.width()}px"
    return None


CONTROLS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider)


def overlaps(top: QWidget) -> list[str]:
    """Controls side by side (same parent) whose rectangles overlap."""
    found = []
    for parent in [top, *top.findChildren(QWidget)]:
        if not parent.isVisibleTo(top) and parent is not top:
            continue
        if _behind(parent, top):
            continue
        kids = [w for w in parent.children() if isinstance(w, CONTROLS) and w.isVisibleTo(top)
                and not w.isWindow() and w.width() > 0 and w.height() > 0]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                common = a.geometry().intersected(b.geometry())
                if common.width() > TOLERANCE_PX and common.height() > TOLERANCE_PX:
                    found.append(f"{_name(a)} overlaps {_name(b)}")
    return found


def _behind(widget: QWidget, top: QWidget) -> bool:
    """Whether the widget is on a dock tab that is not in front (Qt moves those away)."""
    parent = widget
    while parent is not None and parent is not top:
        if isinstance(parent, QDockWidget) and parent.visibleRegion().isEmpty():
            return True
        parent = parent.parentWidget()
    return False


def problems(top: QWidget, room: QSize) -> list[str]:
    """Everything unusable about `top` (shown) on a screen whose room is `room`."""
    QApplication.processEvents()
    found = []
    need = top.minimumSizeHint().expandedTo(top.minimumSize())
    if need.width() > room.width() or need.height() > room.height():
        found.append(f"needs at least {need.width()}×{need.height()}, "
                     f"the screen has {room.width()}×{room.height()}")
    if top.width() > room.width() or top.height() > room.height():
        found.append(f"is {top.width()}×{top.height()}, "
                     f"the screen has {room.width()}×{room.height()}")
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(top) or _behind(widget, top):
            continue
        if isinstance(widget, QAbstractButton) and widget.width() > 0:
            why = unreachable(widget, top)
            if why:
                found.append(why)
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            why = cut_text(widget)
            if why:
                found.append(why)
    return found + overlaps(top)


def problems_on_every_tab(top: QWidget, room: QSize) -> list[str]:
    """`problems` with each page of each visible tab widget in front in turn."""
    found = problems(top, room)
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != start:
                tabs.setCurrentIndex(index)
                found += [f"tab “{tabs.tabText(index)}”: {p}" for p in problems(top, room)]
        tabs.setCurrentIndex(start)
    return sorted(set(found), key=found.index)
