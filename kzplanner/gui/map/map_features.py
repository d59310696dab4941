"""The map features of the main window: the charts dock and File → Export map."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.feature import Dock, FeatureContext
from kzplanner.gui.map.map_page import DEFAULT_DPI, PAPERS_MM, build_page

if TYPE_CHECKING:
    from kzplanner.gui.map.charts import ChartsPanel


class MapExportDialog(QDialog):
    """Title, paper, orientation and file type of the printed map."""

    def __init__(self, lang: str, parent: QWidget | None = None,
                 institutions: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("print.title", lang))
        self.title_edit = QLineEdit(tr("print.default_title", lang), self)
        self.title_edit.setMinimumWidth(380)
        self.paper_combo = QComboBox(self)
        for paper in PAPERS_MM:
            self.paper_combo.addItem(paper, paper)
        self.orientation_combo = QComboBox(self)
        self.orientation_combo.addItem(tr("print.landscape", lang), True)
        self.orientation_combo.addItem(tr("print.portrait", lang), False)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem("PDF", ".pdf")
        self.format_combo.addItem("PNG (300 dpi)", ".png")
        self.institutions_check = QCheckBox(tr("print.institutions", lang), self)
        self.institutions_check.setChecked(institutions)
        form = QFormLayout(self)
        form.addRow(tr("print.map_title", lang), self.title_edit)
        form.addRow(tr("print.paper", lang), self.paper_combo)
        form.addRow(tr("print.orientation", lang), self.orientation_combo)
        form.addRow(tr("print.format", lang), self.format_combo)
        form.addRow("", self.institutions_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("print.save", lang))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> dict[str, object]:
        return {"title": self.title_edit.text().strip(),
                "paper": self.paper_combo.currentData(),
                "landscape": bool(self.orientation_combo.currentData()),
                "suffix": self.format_combo.currentData(),
                "institutions": self.institutions_check.isChecked()}


class MapFeatures:
    """The charts dock and the map export action of one window."""

    def __init__(self, ctx: FeatureContext) -> None:
        self.window = window = ctx.window
        self.state = ctx.state
        self.map_panel = ctx.map_panel
        # The charts (pyqtgraph) are built when their tab is first shown: importing and building
        # them at start would hold the window back by a fifth of a second, and the budget curve
        # they ask for (11 plans) is only computed once someone looks at it.
        self._charts: ChartsPanel | None = None
        self._holder = QWidget()
        QVBoxLayout(self._holder).setContentsMargins(0, 0, 0, 0)
        self.dock = QDockWidget(window)
        self.dock.visibilityChanged.connect(self._build_soon)
        self.dock.setObjectName("chartsDock")
        self.dock.setWidget(self._holder)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        self.act_charts = self.dock.toggleViewAction()
        self.act_charts.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.act_print = QAction(window)
        self.act_print.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.act_print.triggered.connect(self.ask_and_export)
        self.last_path: Path | None = None
        self.retranslate()

    def actions(self) -> Mapping[str, QAction]:
        return {"map.charts": self.act_charts, "map.print": self.act_print}

    def docks(self) -> Sequence[Dock]:
        # shares the bottom area as a tab, so the map keeps its room
        return (Dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea, 240, tabbed=True),)

    @property
    def charts(self) -> ChartsPanel:
        """The charts panel, built on first use."""
        if self._charts is None:
            from kzplanner.gui.map.charts import ChartsPanel

            self._charts = ChartsPanel(self.state, self._holder)
            self._holder.layout().addWidget(self._charts)
        return self._charts

    def _build_soon(self, visible: bool) -> None:
        if visible and self._charts is None:
            QTimer.singleShot(0, lambda: self.charts)

    def retranslate(self) -> None:
        lang = self.state.language
        self.dock.setWindowTitle(tr("charts.title", lang))
        self.act_charts.setText(tr("act.charts", lang))
        self.act_print.setText(tr("act.print_map", lang))

    def export(self, path: str | Path, title: str = "", paper: str = "A4",
               landscape: bool = True, institutions: bool | None = None) -> Path:
        """Write the map as the window shows it (indicator, mode, classes) to PNG or PDF."""
        state, view = self.state, self.map_panel.view
        if state.prepared is None:
            raise KZError("bad_parameter", detail="no data loaded")
        if institutions is None:
            institutions = self.map_panel.institutions_check.isChecked()
        page = build_page(state.prepared, state.result, state.indicator, state.map_mode,
                          state.language, view.scheme, view.classes, view.user_breaks,
                          title=title or None, institutions=institutions,
                          names={c: state.unit_name(c) for c in state.prepared.shapes},
                          settlements=state.settlement_kind
                          if view.settlements.available() and view.settlements.visible else None)
        if view.institution_layer is not None and page.institutions is not None:
            page.institutions.shown_types = set(view.institution_layer.shown_types)
            page.institutions.shown_statuses = set(view.institution_layer.shown_statuses)
        from kzplanner.gui.map.map_print import export_page  # only when printing (~10 ms)

        self.last_path = export_page(path, page, paper, landscape, DEFAULT_DPI)
        return self.last_path

    def ask_and_export(self) -> None:
        window, lang = self.window, self.state.language
        if self.state.prepared is None:
            return
        dialog = MapExportDialog(lang, window, self.map_panel.institutions_check.isChecked())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        c = dialog.choices()
        suffix = str(c["suffix"])
        folder = Path(str(settings.read("last_dir") or Path.home()))
        name = f"map_{self.state.indicator}_{self.state.map_mode}{suffix}"
        filt = tr("print.filter_pdf" if suffix == ".pdf" else "print.filter_png", lang)
        path, _ = QFileDialog.getSaveFileName(window, tr("print.title", lang),
                                              str(folder / name), filt)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            written = self.export(path, str(c["title"]), str(c["paper"]), bool(c["landscape"]),
                                  bool(c["institutions"]))
        except KZError as exc:
            window.statusBar().showMessage(
                tr("print.failed", lang, file=Path(path).name, reason=exc.message(lang)), 8000)
            return
        settings.write("last_dir", str(written.parent))
        window.statusBar().showMessage(tr("print.saved", lang, file=written.name), 5000)

