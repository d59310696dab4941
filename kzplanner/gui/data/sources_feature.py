"""The sources panel as a feature of the main window: a dock and Data → Sources… to bring it up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea

from kzplanner.app.strings import tr
from kzplanner.gui.data.sources_panel import SourcesPanel
from kzplanner.gui.data.template_action import DataFeatures
from kzplanner.gui.feature import Dock
from kzplanner.gui.state import AppState

SCROLL_MIN_PX = 80  # a table giving more indicators starts folded (the sample gives 26)


class SourcesFeature(QObject):
    """The panel in a dock (a tab beside the units table) and Data → Sources… to bring it up."""

    def __init__(self, window: QMainWindow, state: AppState,
                 data_features: DataFeatures | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.panel = SourcesPanel(state, data_features, window)
        # in a scroll area: the dock shares the bottom tabs and may be as low as they are (the
        # window still fits a 1366 × 768 laptop when several tables and missing inputs show)
        scroll = QScrollArea(window)
        scroll.setObjectName("sourcesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        scroll.setMinimumHeight(SCROLL_MIN_PX)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("sourcesDock")
        self.dock.setWidget(scroll)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        self.act_sources = QAction(window)
        self.act_sources.setObjectName("actSources")
        self.act_sources.triggered.connect(self.show_panel)
        self.retranslate()

    def actions(self) -> Mapping[str, QAction]:
        return {"sources.show": self.act_sources}

    def docks(self) -> Sequence[Dock]:
        return (Dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea),)

    def show_panel(self) -> SourcesPanel:
        self.dock.show()
        self.dock.raise_()
        return self.panel

    def retranslate(self) -> None:
        lang = self.state.language
        self.dock.setWindowTitle(tr("data.src.title", lang))
        self.act_sources.setText(tr("data.src.menu", lang))
