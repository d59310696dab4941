"""Project features of the main window: project actions, docks, title, close guard, recovery.

`ProjectFeatures` is one of the window's features (gui/feature.py); everything else lives in the
modules it wires together.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QMessageBox

from kzplanner.app.strings import plain, tr
from kzplanner.core.io.winpath import PATH_REFUSALS, file_name
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.feature import Dock, FeatureContext
from kzplanner.gui.messages import locked_file_box, make_box, show_error
from kzplanner.gui.planning.allocation_grid import AllocationDetails
from kzplanner.gui.planning.budget_meter import BudgetMeter
from kzplanner.gui.planning.layer_export import LayerExporter
from kzplanner.gui.project.autosave import Autosaver
from kzplanner.gui.project.project_session import ProjectSession
from kzplanner.gui.project.recent import recent_files, remember_recent
from kzplanner.gui.project.recovery import AutosaveRecovery
from kzplanner.gui.project.scenarios_panel import ScenariosPanel
from kzplanner.gui.project.session_files import LockConflict
from kzplanner.gui.tasks import TaskKind

PROJECT_SUFFIX = ".kzp"


class ProjectFeatures(QObject):
    """Owns the session, the autosaver and the project UI of one main window."""

    def __init__(self, ctx: FeatureContext) -> None:
        window = ctx.window
        super().__init__(window)
        self.window = window
        self.state = state = ctx.state
        self.log_path = ctx.log_path
        self.session = ProjectSession(state, self)
        self.autosaver = Autosaver(self.session, self)
        self.layers = LayerExporter(state, window)
        self.last_box: QMessageBox | None = None
        self.params_dialog = None
        self._close_after_save = False
        self._closing_allowed = False
        self._build_actions()
        self._build_docks()
        self.budget_meter = BudgetMeter(state, ctx.allocation_panel)
        ctx.allocation_panel.add_above_status(self.budget_meter)

        self.session.modified_changed.connect(self._modified_changed)
        self.session.path_changed.connect(self._show_title)
        self.session.saved.connect(self._saved)
        self.session.opened.connect(self._opened)
        self.session.save_failed.connect(self._save_failed)
        self.session.open_failed.connect(self._open_failed)
        self.session.lock_conflict.connect(self._lock_conflict)
        self.session.merged.connect(self._merged)
        self.recovery = AutosaveRecovery(window, state, self.session, self.autosaver,
                                         self._box_shown)
        # Bound methods (not lambdas), so Qt disconnects them when this object goes.
        self.session.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.session.undo_stack.cleanChanged.connect(self._undo_index_changed)
        window.installEventFilter(self)
        QTimer.singleShot(0, self.recovery.offer)

    # --- construction
    def _action(self, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        act = QAction(self.window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        w = self.window
        self.act_new = self._action(QKeySequence.StandardKey.New, self.ask_new)
        self.act_open = self._action(QKeySequence.StandardKey.Open, self.ask_open)
        self.act_save = self._action(QKeySequence.StandardKey.Save, self.save)
        self.act_save_as = self._action(QKeySequence.StandardKey.SaveAs, self.ask_save_as)
        self.act_export_gpkg = self._action(None, lambda: self.layers.ask_and_export("gpkg"))
        self.act_export_csv = self._action(None, lambda: self.layers.ask_and_export("csv"))
        self.act_params = self._action("Ctrl+P", self.show_params_dialog)
        self.menu_recent = QMenu(w)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        stack = self.session.undo_stack
        self.act_undo = self._action(QKeySequence.StandardKey.Undo, stack.undo)
        self.act_redo = self._action(QKeySequence.StandardKey.Redo, stack.redo)
        # Ctrl+Y as Windows users expect, besides the platform's own redo key.
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)

    def actions(self) -> Mapping[str, QAction]:
        return {"project.new": self.act_new, "project.open": self.act_open,
                "project.recent": self.menu_recent.menuAction(),
                "project.save": self.act_save, "project.save_as": self.act_save_as,
                "project.export_gpkg": self.act_export_gpkg,
                "project.export_csv": self.act_export_csv,
                "project.undo": self.act_undo, "project.redo": self.act_redo,
                "project.params": self.act_params,
                "project.scenarios_dock": self.scenarios_dock.toggleViewAction(),
                "project.allocation_dock": self.details_dock.toggleViewAction()}

    def docks(self) -> Sequence[Dock]:
        # Modest first sizes: the map and the panels stay the main view.
        return (Dock(self.scenarios_dock, Qt.DockWidgetArea.RightDockWidgetArea, 250),
                Dock(self.details_dock, Qt.DockWidgetArea.BottomDockWidgetArea, 190))

    def _build_docks(self) -> None:
        w = self.window
        self.scenarios_panel = ScenariosPanel(self.session, w)
        self.scenarios_dock = QDockWidget(w)
        self.scenarios_dock.setObjectName("scenariosDock")
        self.scenarios_dock.setWidget(self.scenarios_panel)
        self.details = AllocationDetails(self.session, w)
        self.details_dock = QDockWidget(w)
        self.details_dock.setObjectName("allocationDock")
        self.details_dock.setWidget(self.details)

    # --- language and title
    def retranslate(self) -> None:
        lang = self.state.language
        for act, key in ((self.act_new, "proj.new"), (self.act_open, "proj.open"),
                         (self.act_save, "proj.save"), (self.act_save_as, "proj.save_as"),
                         (self.act_export_gpkg, "exp.gpkg"), (self.act_export_csv, "exp.csv"),
                         (self.act_params, "proj.params")):
            act.setText(tr(key, lang))
        self.menu_recent.setTitle(tr("proj.recent", lang))
        self.scenarios_dock.setWindowTitle(tr("scn.title", lang))
        self.details_dock.setWindowTitle(tr("grid.title", lang))
        self.scenarios_panel.retranslate()
        self.details.retranslate()
        self.budget_meter.retranslate()
        self._show_undo_texts()
        self._show_title()

    def _show_title(self) -> None:
        lang = self.state.language
        mark = f" ({tr('proj.read_only_mark', lang)})" if self.session.read_only else ""
        self.window.setWindowTitle(
            f"{self.session.display_name}{mark}[*] — {tr('app.title', lang)}")
        self.window.setWindowModified(self.session.modified)

    def _modified_changed(self, _modified: bool) -> None:
        self._show_title()

    def _undo_index_changed(self, *_args: object) -> None:
        self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        lang = self.state.language
        stack = self.session.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.act_undo):
            return  # the window is being torn down
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.act_undo.setText(tr("undo.undo", lang) + (f": {undo}" if undo else ""))
        self.act_redo.setText(tr("undo.redo", lang) + (f": {redo}" if redo else ""))

    # --- file intents
    def _folder(self) -> str:
        return str(settings.read("last_dir") or Path.home())

    def ask_new(self) -> None:
        self._if_saved_then(self.session.new)

    def ask_open(self) -> None:
        def choose() -> None:
            lang = self.state.language
            path, _ = QFileDialog.getOpenFileName(self.window, plain(tr("proj.open", lang)),
                                                  self._folder(), tr("proj.filter", lang))
            if path:
                self.open(path)
        self._if_saved_then(choose)

    def open(self, path: str | Path) -> None:
        settings.write("last_dir", str(Path(path).parent))
        self.window.statusBar().showMessage(tr("proj.opening", self.state.language,
                                               file=Path(path).name))
        self.session.open(path)

    def save(self) -> None:
        if self.session.path is None:
            self.ask_save_as()
        else:
            self.save_to(self.session.path)

    def ask_save_as(self) -> None:
        lang = self.state.language
        if self.state.dataset is None:
            return
        suggestion = str(self.session.path or Path(self._folder()) /
                         (self.session.display_name + PROJECT_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self.window, plain(tr("proj.save_as", lang)),
                                              suggestion, tr("proj.filter", lang))
        if path:
            target = Path(path)
            if target.suffix.lower() != PROJECT_SUFFIX:
                target = target.with_name(target.name + PROJECT_SUFFIX)
            self.save_to(target)
        else:
            self._close_after_save = False

    def save_to(self, path: str | Path) -> None:
        settings.write("last_dir", str(Path(path).parent))
        self.session.save(path)

    def _saved(self, path: str) -> None:
        remember_recent(path)
        self.window.statusBar().showMessage(tr("proj.saved", self.state.language,
                                               file=path), 10000)
        if self._close_after_save:
            self._closing_allowed = True
            self.window.close()

    def _opened(self, path: str) -> None:
        if self.session.path is not None:
            remember_recent(self.session.path)
        self.window.statusBar().showMessage(tr("proj.opened", self.state.language,
                                               file=file_name(path)), 10000)
        lang, problem = self.state.language, self.session.settlements_problem
        if self.session.inputs_missing:  # saved on another laptop: say which files moved
            files = "\n".join(f"• {p}" for p in self.session.inputs_missing)
            text = tr("proj.inputs_moved", lang, files=files)
            kept = self.state.settlements_record()
            if kept and kept["file"] in self.session.inputs_missing:
                text += "\n\n" + tr("set.project_moved", lang)
            self.last_box = make_box(self.window, tr("proj.inputs_moved_title", lang), text,
                                     lang, QMessageBox.Icon.Information)
            self.last_box.open()
        elif problem is not None:  # the settlement file is there but cannot be used
            error = problem.message(lang) if hasattr(problem, "message") else str(problem)
            self.last_box = make_box(self.window, tr("set.project_unusable_title", lang),
                                     tr("set.project_unusable", lang, error=error), lang,
                                     QMessageBox.Icon.Warning)
            self.last_box.open()

    def _save_failed(self, path: str, exc: object) -> None:
        self._close_after_save = False
        lang = self.state.language
        self.window.statusBar().clearMessage()
        if isinstance(exc, KZError) and exc.code in ("project_changed", "project_read_only",
                                                     "project_locked", *PATH_REFUSALS):
            # another window's version or lock: nothing written; save under another name
            self.last_box = locked_file_box(self.window, exc, lang, on_save_as=self.ask_save_as,
                                            on_retry=None)
            return
        if not (isinstance(exc, KZError) and exc.code == "file_locked"):
            if isinstance(exc, BaseException):
                self.last_box = show_error(self.window, exc, lang, self.log_path)
            return
        self.last_box = locked_file_box(self.window, exc, lang, on_save_as=self.ask_save_as,
                                        on_retry=lambda: self.save_to(path))

    def _open_failed(self, path: str, exc: object) -> None:
        self.window.statusBar().clearMessage()
        if self.recovery.recovering is not None:
            return  # recover() says what became of the autosave
        if isinstance(exc, BaseException):
            # through the state, as every failed task: the window shows it, and a screenshot
            # run waiting for a plan stops at once
            self.state.error_raised.emit(TaskKind.OPEN, exc)
            self.last_box = getattr(self.window, "last_box", None)

    def _lock_conflict(self, conflict: LockConflict) -> None:
        """Another window or process edits the project: say who, offer to open it read-only."""
        self.window.statusBar().clearMessage()
        lang = self.state.language
        exc = conflict.error
        box = make_box(self.window, tr("proj.locked_title", lang), exc.message(lang), lang,
                       QMessageBox.Icon.Information, close_key="proj.cancel")
        read_only = box.addButton(tr("proj.open_read_only", lang),
                                  QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(read_only)
        chosen: list[bool] = []

        def open_read_only() -> None:
            chosen.append(True)
            self.session.open(conflict.path, recovered_from=conflict.recovered_from,
                              read_only=True, origin=conflict.origin)

        def closed(_result: int) -> None:
            if not chosen and self.recovery.cleanup is not None:
                self.recovery.cleanup()  # a recovery the planner gave up on; offered again

        read_only.clicked.connect(open_read_only)
        box.finished.connect(closed)
        box.open()
        self.last_box = box

    def _merged(self, names: object) -> None:
        shown = ", ".join(f"“{n}”" for n in names)  # type: ignore[attr-defined]
        self.window.statusBar().showMessage(
            tr("proj.merged", self.state.language, names=shown), 20000)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        lang = self.state.language
        paths = recent_files()
        if not paths:
            empty = self.menu_recent.addAction(tr("proj.recent_none", lang))
            empty.setEnabled(False)
            return
        for i, p in enumerate(paths, 1):
            act = self.menu_recent.addAction(f"&{i} {file_name(p)}")
            act.setToolTip(p)
            act.setStatusTip(p)
            act.triggered.connect(lambda _=False, path=p: self._if_saved_then(
                lambda: self.open(path)))

    # --- unsaved work
    def _if_saved_then(self, proceed: object) -> None:
        """Run `proceed` now, or after the planner answered Save / Discard about unsaved work."""
        if not self.session.modified:
            proceed()  # type: ignore[operator]
            return
        def save_then() -> None:
            def once(_path: str) -> None:
                self.session.saved.disconnect(once)
                proceed()  # type: ignore[operator]
            self.session.saved.connect(once)
            self.save()

        def drop_then() -> None:
            self.autosaver.remove()
            self.session.mark_saved_elsewhere()
            self.session.undo_stack.setClean()
            proceed()  # type: ignore[operator]

        self._ask_unsaved(save_then, drop_then)

    def request_close(self) -> None:
        """Close from the menu or the window's close button: ask first about unsaved work."""
        if not self.session.modified:
            self._closing_allowed = True
            self.window.close()
            return
        def save_close() -> None:
            self._close_after_save = True
            self.save()

        def drop_close() -> None:
            self._closing_allowed = True
            self.window.close()

        self._ask_unsaved(save_close, drop_close)

    def _ask_unsaved(self, on_save: Callable[[], None], on_discard: Callable[[], None]) -> None:
        """Save / Discard / Cancel about unsaved work, non-blocking."""
        lang = self.state.language
        box = make_box(self.window, tr("proj.unsaved_title", lang),
                       tr("proj.unsaved_text", lang, name=self.session.display_name), lang,
                       QMessageBox.Icon.Question, close_key="proj.cancel")
        save = box.addButton(tr("proj.save_button", lang), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(tr("proj.discard", lang), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(save)
        save.clicked.connect(on_save)
        drop.clicked.connect(on_discard)
        box.open()
        self.last_box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            # The title-bar button and Alt+F4 arrive as spontaneous events; a programmatic
            # close (after the planner answered, or at shutdown) goes through.
            if event.spontaneous() and not self._closing_allowed and self.session.modified:
                event.ignore()
                QTimer.singleShot(0, self.request_close)
                return True
            self.autosaver.finish()
            self.session.close_file()
        return False

    def _box_shown(self, box: QMessageBox) -> None:
        self.last_box = box

    # --- parameters
    def show_params_dialog(self) -> None:
        from kzplanner.gui.planning.params_dialog import ParamsDialog

        dialog = ParamsDialog(self.state, self.window)
        self.params_dialog = dialog
        dialog.open()

