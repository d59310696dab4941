"""Export of the current plan as a GeoPackage or CSV tables, with the locked-file way out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kzplanner.app.strings import tr
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.messages import locked_file_box, show_error, show_message
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

SUFFIX = {"gpkg": ".gpkg", "csv": ".csv"}


class LayerExporter(QObject):
    def __init__(self, state: AppState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.last_box: QMessageBox | None = None
        self.last_written: list[str] = []

    def ask_and_export(self, kind: str) -> None:
        lang = self.state.language
        result = self.state.result
        if result is None or self.state.dataset is None:
            self.last_box = show_message(self.window, tr("dlg.problem_title", lang),
                                         tr("dlg.no_plan", lang), lang,
                                         QMessageBox.Icon.Information)
            return
        folder = Path(str(settings.read("last_dir") or Path.home()))
        suggestion = folder / f"kz_plan_{result.params.strategy}{SUFFIX[kind]}"
        path, _ = QFileDialog.getSaveFileName(self.window, tr(f"exp.{kind}_title", lang),
                                              str(suggestion), tr(f"exp.{kind}_filter", lang))
        if path:
            self.export(kind, path)

    def export(self, kind: str, path: str | Path) -> bool:
        """Write in the background; a locked target gets a message with retry and save-as."""
        prepared, result = self.state.prepared, self.state.result
        if prepared is None or result is None:
            return False
        target = Path(path)
        if target.suffix.lower() != SUFFIX[kind]:
            target = target.with_name(target.name + SUFFIX[kind])
        settings.write("last_dir", str(target.parent))
        ds = prepared.dataset

        def work(_fb: object) -> list[str]:
            from kzplanner.core.io.write.plan_layers import write_plan_csv, write_plan_geopackage

            if kind == "gpkg":
                return [str(write_plan_geopackage(target, ds, result))]
            return [str(p) for p in write_plan_csv(target, ds, result)]

        def done(written: list[str]) -> None:
            self.last_written = written
            self.window.statusBar().showMessage(  # type: ignore[attr-defined]
                tr("status.exported", self.state.language, file=written[0]), 15000)

        self.state.tasks.submit(TaskKind.EXPORT, work, done,
                                lambda exc: self._failed(kind, target, exc))
        return True

    def _failed(self, kind: str, target: Path, exc: BaseException) -> None:
        lang = self.state.language
        if not (isinstance(exc, KZError) and exc.code == "file_locked"):
            self.last_box = show_error(self.window, exc, lang)
            return
        self.last_box = locked_file_box(self.window, exc, lang,
                                        on_save_as=lambda: self.ask_and_export(kind),
                                        on_retry=lambda: self.export(kind, target))
