"""Window and dialog sizes that fit the planner's screen (a 1366 × 768 laptop is common).

A dialog taller than the screen's free area puts its buttons under the taskbar; a main window
wider than the screen hides the panels. Sizes are the designed ones, shrunk to the screen's
available geometry less room for the title bar and frame.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_PX = 16  # window frame, both sides together
TITLE_BAR_PX = 40


def _room(widget: QWidget) -> QSize | None:
    """The largest window content that fits the widget's screen (None: no screen known)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    free = screen.availableGeometry()
    return QSize(free.width() - FRAME_PX, free.height() - FRAME_PX - TITLE_BAR_PX)


def screen_room(widget: QWidget) -> QSize | None:
    """The largest window content that fits the widget's screen (None: no screen known)."""
    return _room(widget)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width × height, or less where its screen has less free room."""
    room = _room(widget)
    widget.resize(QSize(width, height) if room is None
                  else QSize(min(width, room.width()), min(height, room.height())))


def smaller_than(widget: QWidget, width: int, height: int) -> bool:
    """Whether the widget's screen has less free room than width × height."""
    room = _room(widget)
    return room is not None and (room.width() < width or room.height() < height)
