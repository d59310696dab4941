"""Window and dialog sizes that fit the planner's screen (a 1366 × 768 laptop is common).

A dialog taller than the screen's free area puts its buttons under the taskbar; a main window
wider than the screen hides the panels. Sizes are the designed ones, shrunk to the screen's
available geometry less room for the title bar and frame.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_PX = 16  # window frame, both sides together
TITLE_BAR_PX = 40


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width × height, or less where its screen has less free room."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    widget.resize(min(width, free.width() - FRAME_PX),
                  min(height, free.height() - FRAME_PX - TITLE_BAR_PX))


def smaller_than(widget: QWidget, width: int, height: int) -> bool:
    """Whether the widget's screen has less free room than width × height (plus the frame)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return False
    free = screen.availableGeometry()
    return (free.width() < width + FRAME_PX
            or free.height() < height + FRAME_PX + TITLE_BAR_PX)
