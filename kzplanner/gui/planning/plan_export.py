"""Export of the current plan to Excel: file dialog, map picture, background write, messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kzplanner.app.strings import tr
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.messages import locked_file_box, make_box, show_message
from kzplanner.gui.state import AppState


def default_file_name(strategy: str, today: dt.date | None = None) -> str:
    """'kz_plan_max_impact_2025-03-01.xlsx'."""
    return f"kz_plan_{strategy}_{(today or dt.date.today()).isoformat()}.xlsx"


class PlanExporter(QObject):
    """Asks where to save, grabs the map, and lets the state write the workbook off-thread."""

    def __init__(self, state: AppState, window: QWidget, map_png: Callable[[], bytes]) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.map_png = map_png
        self.last_path: Path | None = None
        self.last_box: QMessageBox | None = None
        state.exported.connect(self._done)

    def ask_and_export(self) -> None:
        lang = self.state.language
        result = self.state.result
        if result is None:
            self.last_box = show_message(self.window, tr("dlg.problem_title", lang),
                                         tr("dlg.no_plan", lang), lang,
                                         QMessageBox.Icon.Information)
            return
        folder = str(settings.read("last_dir") or Path.home())
        suggestion = str(Path(folder) / default_file_name(result.params.strategy))
        path, _ = QFileDialog.getSaveFileName(self.window, tr("dlg.export_title", lang),
                                              suggestion, tr("dlg.excel_filter", lang))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(target.suffix + ".xlsx") if target.suffix else \
                target.with_suffix(".xlsx")
        settings.write("last_dir", str(target.parent))
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Write the plan to `target` in the background (also the "retry" of a locked file)."""
        self.last_path = target
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            tr("status.exporting", self.state.language, file=target.name))
        self.state.export_plan(target, self.map_png())

    def handle_error(self, exc: BaseException) -> None:
        """A failed write: say why; for a locked file offer to save under another name."""
        lang = self.state.language
        self.window.statusBar().clearMessage()  # type: ignore[attr-defined]
        if isinstance(exc, KZError) and exc.code == "file_locked":
            self.last_box = locked_file_box(self.window, exc, lang,
                                            on_save_as=self.ask_and_export,
                                            on_retry=self._retry)
            return
        text = exc.message(lang) if isinstance(exc, KZError) else str(exc)
        box = make_box(self.window, tr("dlg.problem_title", lang), text, lang,
                       close_key="dlg.close")
        box.open()
        self.last_box = box

    def _retry(self) -> None:
        if self.last_path is not None:
            self.export_to(self.last_path)

    def _done(self, path: str) -> None:
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            tr("status.exported", self.state.language, file=path), 15000)
