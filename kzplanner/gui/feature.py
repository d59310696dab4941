"""What a feature of the main window is, and what it is given.

A feature (the project, the data sources, the map export, the Help entries…) is a component the
main window creates from one list. It is handed a `FeatureContext` (the window as the parent of
its dialogs, the state, and the panels it works with) and declares what it offers:

* `actions()`: its actions by id (a sub-menu as its `menuAction()`); the window puts them where
  gui/menus.py declares them, never the feature itself;
* `docks()`: its dock widgets and where they go; the window adds and arranges them;
* `retranslate()`: its texts in the interface language.

A feature never sets attributes on the window nor inserts into its menus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from kzplanner.gui.map.map_panel import MapPanel
    from kzplanner.gui.planning.allocation_panel import AllocationPanel
    from kzplanner.gui.state import AppState


@dataclass(frozen=True)
class FeatureContext:
    """What the main window hands each feature: itself as the parent of the feature's actions,
    docks and dialogs (and its status bar and title), the state and the panels."""

    window: QMainWindow
    state: AppState
    map_panel: MapPanel
    allocation_panel: AllocationPanel
    log_path: Path | None = None


@dataclass(frozen=True)
class Dock:
    """A dock a feature offers: the window adds it in `area`, `size` pixels high or wide;
    `tabbed`: a bottom dock that opens as a tab in front of the bottom dock added before it."""

    widget: QDockWidget
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea
    size: int | None = None
    tabbed: bool = False


@runtime_checkable
class Feature(Protocol):
    """A component of the main window (see the module's docstring)."""

    def actions(self) -> Mapping[str, QAction]:
        """Its actions by the ids gui/menus.py places them with."""
        ...

    def docks(self) -> Sequence[Dock]:
        """Its docks, in the order the window adds them (bottom ones become tabs)."""
        ...

    def retranslate(self) -> None:
        ...
