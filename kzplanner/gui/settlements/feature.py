"""The settlements feature of the main window: File → Load settlements… (and the bundled
sample's illustrative layer), View → Settlements on the map, and the villages dock."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog

from kzplanner import paths
from kzplanner.app.strings import tr
from kzplanner.core.formatting import format_number
from kzplanner.gui import settings
from kzplanner.gui.feature import Dock, FeatureContext
from kzplanner.gui.settlements.villages_panel import VillagesPanel


class SettlementsFeature:
    def __init__(self, ctx: FeatureContext) -> None:
        self.window, self.state, self.map_panel = ctx.window, ctx.state, ctx.map_panel
        self.panel = VillagesPanel(self.state)
        self.dock = QDockWidget(self.window)
        self.dock.setObjectName("villagesDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        self.act_dock = self.dock.toggleViewAction()
        self.act_load = QAction(self.window)
        self.act_load.triggered.connect(self.ask_and_load)
        self.act_sample = QAction(self.window)
        self.act_sample.triggered.connect(self.load_sample)
        self.act_sample.setEnabled(paths.sample_settlements().is_file())
        self.act_show = QAction(self.window)
        self.act_show.setCheckable(True)
        self.act_show.setChecked(True)
        self.act_show.toggled.connect(self.map_panel.view.settlements.set_visible)
        self.state.settlements_changed.connect(self._landed)
        self.retranslate()

    def actions(self) -> Mapping[str, QAction]:
        return {"settlements.load": self.act_load, "settlements.sample": self.act_sample,
                "settlements.show": self.act_show, "settlements.dock": self.act_dock}

    def docks(self) -> Sequence[Dock]:
        return (Dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea, tabbed=True),)

    def retranslate(self) -> None:
        lang = self.state.language
        self.dock.setWindowTitle(tr("set.dock", lang))
        self.act_dock.setText(tr("set.dock", lang))
        self.act_load.setText(tr("set.act_load", lang))
        self.act_sample.setText(tr("set.act_sample", lang))
        self.act_show.setText(tr("set.show", lang))
        self.act_show.setToolTip(tr("set.show_tip", lang))

    def ask_and_load(self) -> None:
        lang = self.state.language
        folder = str(settings.read("last_dir") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, tr("set.dlg_title", lang), folder,
                                              tr("set.dlg_filter", lang))
        if path:
            settings.write("last_dir", str(Path(path).parent))
            self.load(path)

    def load(self, path: str | Path) -> None:
        self.window.statusBar().showMessage(tr("set.status_loading", self.state.language))
        self.state.load_settlements(path)

    def load_sample(self) -> None:
        self.load(paths.sample_settlements())

    def _landed(self) -> None:
        ds, lang = self.state.dataset, self.state.language
        layer = getattr(ds, "settlements", None) if ds is not None else None
        if layer is None:
            return
        self.act_show.setChecked(True)
        table = layer.table
        self.window.statusBar().showMessage(tr(
            "set.loaded", lang, placed=format_number(len(table), lang),
            estimated=format_number(int(table["population_estimated"].sum()), lang),
            outside=format_number(len(layer.outside), lang)), 8000)
