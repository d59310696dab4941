"""The main window: notice banner, map | panels, the features' docks and the declared menus.

The features (gui/feature.py) are created here from one list; the menus are built from their
actions and the window's own as gui/menus.py declares them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import LANGUAGE_NAMES, LANGUAGES, tr
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.banner import NoticeBanner
from kzplanner.gui.data.level_feature import LevelFeature
from kzplanner.gui.data.sources_feature import SourcesFeature
from kzplanner.gui.data.template_action import DataFeatures
from kzplanner.gui.data.units_table import UnitsTableView
from kzplanner.gui.elided_combo import ElidedLabel
from kzplanner.gui.feature import Feature, FeatureContext
from kzplanner.gui.help import HelpMenuFeature
from kzplanner.gui.map.map_features import MapFeatures
from kzplanner.gui.map.map_panel import MapPanel
from kzplanner.gui.menus import build_menus, retranslate_menus
from kzplanner.gui.messages import show_error
from kzplanner.gui.planning.allocation_panel import AllocationPanel
from kzplanner.gui.planning.plan_export import PlanExporter
from kzplanner.gui.planning.results_panel import ResultsPanel
from kzplanner.gui.project.project_actions import ProjectFeatures
from kzplanner.gui.room_layout import RoomLayout, is_compact, scrollable
from kzplanner.gui.screen_fit import screen_room, smaller_than
from kzplanner.gui.settlements.feature import SettlementsFeature
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

WINDOW_SIZE = (1400, 900)
UNITS_DOCK_PX = 230


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, log_path: Path | None = None) -> None:
        super().__init__()
        self.state = state
        self.log_path = log_path
        self.last_box: QMessageBox | None = None
        self.setObjectName("mainWindow")
        self.resize(*WINDOW_SIZE)

        self.banner = NoticeBanner(state, self)
        self.map_panel = MapPanel(state, self)
        self.allocation_panel = AllocationPanel(state, self)
        self.results_panel = ResultsPanel(state, self)
        self.units_table = UnitsTableView(state, self)
        self.exporter = PlanExporter(state, self, self.map_panel.view.map_png)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("rightSplitter")
        right.addWidget(self.allocation_panel)
        right.addWidget(self.results_panel)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.setObjectName("topSplitter")
        top.addWidget(self.map_panel)
        self.plan_column = scrollable(right)  # scrolls rather than clips on a low screen
        top.addWidget(self.plan_column)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 0)
        top.setChildrenCollapsible(False)
        top.setSizes([960, 430])
        self.splitters = (top, right)
        # The units table lives in the bottom dock area, as tabs with the allocation grid and the
        # charts, so that the map keeps most of the window.
        self.units_dock = QDockWidget(self)
        self.units_dock.setObjectName("unitsDock")
        self.units_dock.setWidget(self.units_table)
        self.units_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                    | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.units_dock)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(top, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self.features = self._create_features(FeatureContext(
            self, state, self.map_panel, self.allocation_panel, log_path))
        actions = self._own_actions()
        for feature in self.features:
            actions.update(feature.actions())
        self.menus = build_menus(self.menuBar(), actions)
        self.menu_file, self.menu_view = self.menus["file"], self.menus["view"]
        self.menu_help = self.menus["help"]
        self._add_docks()

        self.banner.load_boundaries_requested.connect(self.ask_boundaries)
        self.banner.check_requested.connect(lambda: self.data_features.open_check())
        self.banner.map_columns_requested.connect(
            lambda path: self.data_features.map_columns(path or None))
        self.banner.template_requested.connect(
            lambda: self.data_features.ask_template(kind="missing"))
        state.language_changed.connect(self.retranslate)
        state.language_changed.connect(lambda: settings.write("language", state.language))
        state.busy_changed.connect(self._show_busy)
        state.progressed.connect(self._show_progress)
        state.task_started.connect(self._task_started)
        state.result_changed.connect(self._result_arrived)
        state.dataset_changed.connect(self._dataset_arrived)
        state.error_raised.connect(self._task_failed)
        self.retranslate()
        self._restore_layout()

    # --- features, actions and docks
    def _create_features(self, ctx: FeatureContext) -> tuple[Feature, ...]:
        """The window's features, in the order their docks are added (one line each)."""
        self.app_features = HelpMenuFeature(ctx)  # user guide, getting started, log folder
        # import wizard, check, templates, follow-up
        self.data_features = DataFeatures(self, self.state, self.log_path)
        # Data → Sources
        self.sources_feature = SourcesFeature(self, self.state, self.data_features)
        self.project = ProjectFeatures(ctx)  # project file, scenarios, undo, allocation grid
        self.map_features = MapFeatures(ctx)  # charts dock, map export (PNG/PDF)
        self.level_feature = LevelFeature(ctx)  # View → Units on the map: oblasts / districts
        # File → Load settlements…, View → Settlements, the villages-without-access dock
        self.settlements = SettlementsFeature(ctx)
        return (self.app_features, self.data_features, self.sources_feature, self.project,
                self.map_features, self.level_feature, self.settlements)

    def _own_actions(self) -> dict[str, QAction]:
        """The window's own entries ("window." ids in gui/menus.py)."""
        self.act_load_boundaries = QAction(self)
        self.act_load_boundaries.triggered.connect(self.ask_boundaries)
        self.act_load_statistics = QAction(self)
        self.act_load_statistics.triggered.connect(self.ask_statistics)
        self.act_export = QAction(self)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.exporter.ask_and_export)
        # Quit asks about unsaved work like the window's close button does.
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.project.request_close)
        self.act_fit = QAction(self)
        self.act_fit.setShortcut(QKeySequence("F"))
        self.act_fit.triggered.connect(self.map_panel.view.fit)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        self.menu_language = QMenu(self)
        for lang in LANGUAGES:
            act = QAction(LANGUAGE_NAMES[lang], self)
            act.setCheckable(True)
            act.setChecked(lang == self.state.language)
            act.triggered.connect(lambda _=False, code=lang: self.state.set_language(code))
            self.language_group.addAction(act)
            self.language_actions[lang] = act
            self.menu_language.addAction(act)
        return {"window.load_boundaries": self.act_load_boundaries,
                "window.load_statistics": self.act_load_statistics,
                "window.export": self.act_export, "window.quit": self.act_quit,
                "window.fit": self.act_fit, "window.language": self.menu_language.menuAction(),
                "window.about": self.act_about}

    def _add_docks(self) -> None:
        """The features' docks, feature by feature: added, a `tabbed` one put in front of the
        bottom dock before it, then given its first size; at the end every bottom dock is a tab
        beside the units table, which starts in front."""
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        last_bottom = self.units_dock
        sizes = {self.units_dock: UNITS_DOCK_PX}
        for feature in self.features:
            docks = feature.docks()
            for dock in docks:
                if dock.size is not None:
                    sizes[dock.widget] = dock.size
                self.addDockWidget(dock.area, dock.widget)
                if dock.area == bottom:
                    if dock.tabbed:
                        self.tabifyDockWidget(last_bottom, dock.widget)
                        dock.widget.raise_()
                    last_bottom = dock.widget
            for dock in docks:
                if dock.size is not None:
                    orientation = (Qt.Orientation.Vertical if dock.area == bottom
                                   else Qt.Orientation.Horizontal)
                    self.resizeDocks([dock.widget], [dock.size], orientation)
        for widget in self.findChildren(QDockWidget):
            if widget is not self.units_dock and self.dockWidgetArea(widget) == bottom:
                self.tabifyDockWidget(self.units_dock, widget)
        self.units_dock.raise_()
        # The right dock (scenarios) runs the full height; the bottom tabs stay under the map.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([self.units_dock], [UNITS_DOCK_PX], Qt.Orientation.Vertical)
        # On a small screen (Windows' display scaling) the column and every dock become tabs.
        self.room_layout = RoomLayout(self, self.splitters[0], self.plan_column, self.units_dock,
                                      sizes)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.status_progress = QProgressBar(self)
        self.status_progress.setRange(0, 100)
        self.status_progress.setMaximumWidth(180)
        self.status_progress.setMaximumHeight(14)
        self.status_progress.setTextVisible(False)
        self.status_progress.hide()
        self.status_stage = QLabel(self)
        self.status_data = ElidedLabel(self)  # file names can be long: cut, whole on hover
        self.status_data.setObjectName("hint")
        self.status_data.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status.addWidget(self.status_stage)
        status.addPermanentWidget(self.status_progress)
        self.status_data.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        status.addPermanentWidget(self.status_data)

    def _set_stage(self, text: str) -> None:
        """What runs now, left in the status bar: never squeezed by the data's names."""
        self.status_stage.setText(text)
        self.status_stage.setMinimumWidth(0)
        self.status_stage.setMinimumWidth(self.status_stage.sizeHint().width())

    def retranslate(self) -> None:
        lang = self.state.language
        self.setWindowTitle(f"{tr('app.title', lang)} — {tr('app.subtitle', lang)}")
        retranslate_menus(self.menus, lang)
        self.menu_language.setTitle(tr("menu.language", lang))
        self.act_load_boundaries.setText(tr("act.load_boundaries", lang))
        self.act_load_statistics.setText(tr("act.load_statistics", lang))
        self.act_export.setText(tr("act.export", lang))
        self.act_quit.setText(tr("act.quit", lang))
        self.act_fit.setText(tr("act.fit", lang))
        self.act_about.setText(tr("act.about", lang))
        self.units_dock.setWindowTitle(tr("dock.units", lang))
        self.room_layout.set_title(tr("alloc.title", lang))
        self.language_actions[lang].setChecked(True)
        for feature in self.features:
            feature.retranslate()
        self.statusBar().clearMessage()
        self._show_data_source()
        if not self.state.busy:
            self._set_stage(tr("status.ready", lang))

    # --- file intents
    def _ask_file(self, title_key: str, filter_key: str) -> str | None:
        lang = self.state.language
        folder = str(settings.read("last_dir") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr(title_key, lang), folder,
                                              tr(filter_key, lang))
        if not path:
            return None
        settings.write("last_dir", str(Path(path).parent))
        return path

    def ask_boundaries(self) -> None:
        path = self._ask_file("dlg.boundaries_title", "dlg.boundaries_filter")
        if path:
            self.state.load_boundaries(path)

    def ask_statistics(self) -> None:
        path = self._ask_file("dlg.statistics_title", "dlg.statistics_filter")
        if path:
            self.state.load_statistics(path)

    def show_about(self) -> None:
        from kzplanner.gui.about_dialog import show_about

        self.about_dialog = show_about(self)

    # --- task feedback
    def _task_started(self, kind: str) -> None:
        key = {TaskKind.LOAD: "status.loading", TaskKind.PLAN: "status.planning"}.get(kind)
        if key:
            self._set_stage(tr(key, self.state.language))

    def _show_busy(self, busy: bool) -> None:
        self.status_progress.setVisible(busy)
        self.status_progress.setValue(0)
        if not busy:
            self._set_stage(tr("status.ready", self.state.language))

    def _show_progress(self, kind: str, fraction: float, stage: str) -> None:
        lang = self.state.language
        self.status_progress.setValue(int(round(fraction * 100)))
        head = tr({TaskKind.LOAD: "status.loading", TaskKind.PLAN: "status.planning"}.get(kind, "status.ready"),
                  lang)
        self._set_stage(f"{head} {tr(f'stage.{stage}', lang)}" if stage else head)

    def _result_arrived(self) -> None:
        if self.state.result is not None:
            self.statusBar().showMessage(tr("status.plan_ready", self.state.language), 5000)

    def _dataset_arrived(self) -> None:
        self._show_data_source()
        ds = self.state.dataset
        if ds is not None:
            self.statusBar().showMessage(
                tr("status.loaded", self.state.language, units=len(ds.units),
                   institutions=len(ds.institutions)), 5000)

    def _show_data_source(self) -> None:
        prepared = self.state.prepared
        lang = self.state.language
        if prepared is None:
            self.status_data.set_full_text("")
        elif prepared.illustrative:
            self.status_data.set_full_text(tr("status.data", lang,
                                        boundaries=prepared.boundaries_credit))
        else:
            stats = [s.file for s in prepared.dataset.sources if s.kind == "statistics"]
            names = [Path(p).name for p in (prepared.boundaries_path, *stats) if p]
            self.status_data.set_full_text(" · ".join(names))

    def _task_failed(self, kind: str, exc: object) -> None:
        if not isinstance(exc, BaseException):
            return
        if kind == TaskKind.EXPORT and isinstance(exc, KZError):
            self.exporter.handle_error(exc)
            return
        self.last_box = show_error(self, exc, self.state.language, self.log_path)

    # --- layout persistence
    def _restore_layout(self) -> None:
        geometry = settings.read("window/geometry")
        self.geometry_restored = (isinstance(geometry, QByteArray) and not geometry.isEmpty()
                                  and self.restoreGeometry(geometry))

    def show_on_screen(self) -> None:
        """Show as last closed; the first time, at the designed size, or maximized on a screen
        smaller than that (a 1366 × 768 laptop)."""
        room = screen_room(self)
        if room is not None:  # arranged for the screen before showing: no wide overflow first
            self.room_layout.arrange(is_compact(min(room.width(), self.width()),
                                                min(room.height(), self.height())))
        if not self.geometry_restored and smaller_than(self, *WINDOW_SIZE):
            self.room_layout.maximized_on_start = True
            self.showMaximized()
        else:
            self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # the data's names take at most half the status bar; the stage and messages the rest
        self.status_data.setMaximumWidth(max(120, event.size().width() // 2))
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings.write("window/geometry", self.saveGeometry())
        self.state.shutdown()
        super().closeEvent(event)

