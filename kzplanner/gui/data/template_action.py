"""The data features in the main window: import wizard, template, check, actuals, evaluation.

`DataFeatures` is a feature of the main window (gui/feature.py): it offers File → Import
statistics…, the templates, Data → Check / reconciliation…, Follow-up → Load actuals… and
Evaluate…; gui/menus.py places them. Import statistics… adds a data source.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from kzplanner.app.strings import tr
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.feature import Dock
from kzplanner.gui.messages import show_error, show_message
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

if TYPE_CHECKING:  # the layout readers load with the wizard, not with the window (~15 ms)
    from kzplanner.core.io.read import layout


@dataclass
class ImportRecord:
    """What the last wizard import used, so Check can save decisions with the same mapping."""

    stats_path: str
    mapping: layout.StatsMapping
    mapping_path: str | None


def _same(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return a == b


def write_template_file(units: Any, path: str, lang: str, kind: str = "data",
                        indicators: tuple[str, ...] | None = None) -> str:
    """Worker side: the template for `units` in `lang`; kind 'data', 'monitoring' (seed 000's
    indicators), 'actuals' (for Follow-up → Load actuals) or 'missing' (just `indicators`,
    what the loaded statistics lack)."""
    from kzplanner.core.catalogue import label
    from kzplanner.core.io.write.template import template_indicators, write_template

    if kind == "missing":
        return str(write_template(units, path, lang=lang, indicators=tuple(indicators or ()),
                                  title=label("template.missing_title", lang)))
    return str(write_template(units, path, lang=lang, indicators=template_indicators(kind)))


def split_decisions(sources: list[Any], matches: list[dict[str, Any]],
                    decisions: dict[str, str | None]) -> dict[str, dict[str, str | None]]:
    """The check screen's decisions (row key → unit code or None) given back to the source
    each row came from: a row shown there takes the screen's decision, or loses a decision
    it had when set back to automatic; rows not shown keep theirs."""
    from kzplanner.gui.data.reconcile_rules import decision_key

    only = sources[0].id if len(sources) == 1 else None
    out = {s.id: dict(s.decisions or {}) for s in sources}
    for m in matches:
        sid = m.get("source") or only
        if sid not in out:
            continue
        key = decision_key(m)
        if key in decisions:
            out[sid][key] = decisions[key]
        elif m.get("method") not in ("decision", "excluded"):
            out[sid].pop(key, None)
    return out


class DataFeatures(QObject):
    """Import, templates, check, actuals and evaluation: their actions and dialogs."""

    def __init__(self, window: QMainWindow, state: AppState,
                 log_path: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.log_path = log_path
        self.record: ImportRecord | None = None
        self.wizard: Any = None
        self.reconcile_dialog: Any = None
        self.actuals_dialog: Any = None
        self.actuals_wizard: Any = None
        self.evaluation_dialog: Any = None
        self.last_box: QMessageBox | None = None
        self.last_template: str | None = None

        self.act_import = QAction(window)
        self.act_import.setObjectName("actImportStatistics")
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        self.act_import.triggered.connect(lambda: self.open_wizard())
        self.act_template = QAction(window)
        self.act_template.setObjectName("actWriteTemplate")
        self.act_template.triggered.connect(lambda: self.ask_template())
        self.act_monitoring_template = QAction(window)
        self.act_monitoring_template.setObjectName("actWriteMonitoringTemplate")
        self.act_monitoring_template.triggered.connect(
            lambda: self.ask_template(kind="monitoring"))
        self.act_missing_template = QAction(window)
        self.act_missing_template.setObjectName("actWriteMissingTemplate")
        self.act_missing_template.triggered.connect(lambda: self.ask_template(kind="missing"))
        self.act_actuals_template = QAction(window)
        self.act_actuals_template.setObjectName("actWriteActualsTemplate")
        self.act_actuals_template.triggered.connect(lambda: self.ask_template(kind="actuals"))
        self.act_check = QAction(window)
        self.act_check.setObjectName("actCheck")
        self.act_check.triggered.connect(self.open_check)
        self.act_actuals = QAction(window)
        self.act_actuals.setObjectName("actLoadActuals")
        self.act_actuals.triggered.connect(lambda: self.ask_actuals())
        self.act_evaluate = QAction(window)
        self.act_evaluate.setObjectName("actEvaluate")
        self.act_evaluate.triggered.connect(lambda: self.open_evaluation())

        self.state.dataset_changed.connect(self._update_enabled)
        self.state.result_changed.connect(self._update_enabled)
        self._update_enabled()

    def actions(self) -> Mapping[str, QAction]:
        return {"data.import": self.act_import, "data.template": self.act_template,
                "data.missing_template": self.act_missing_template,
                "data.monitoring_template": self.act_monitoring_template,
                "data.actuals_template": self.act_actuals_template,
                "data.check": self.act_check, "data.actuals": self.act_actuals,
                "data.evaluate": self.act_evaluate}

    def docks(self) -> Sequence[Dock]:
        return ()

    # --- state
    def _update_enabled(self) -> None:
        has_data = self.state.dataset is not None
        self.act_template.setEnabled(has_data)
        self.act_missing_template.setEnabled(has_data)
        self.act_monitoring_template.setEnabled(has_data)
        self.act_actuals_template.setEnabled(has_data)
        self.act_check.setEnabled(has_data)
        self.act_actuals.setEnabled(has_data)

    def import_record(self) -> ImportRecord | None:
        """The wizard import behind the dataset in use (its only data source, or one of them),
        if it came from the wizard."""
        if self.record is None:
            return None
        if any(_same(s.file, self.record.stats_path) for s in self.state.data_sources()):
            return self.record
        return None

    # --- import wizard
    def open_wizard(self, path: str | None = None, replacing: Any = None) -> Any:
        """The import wizard: Finish adds the file to the data sources, or with `replacing`
        (a core.sources.StatsSource) puts it in that source's place."""
        from kzplanner.gui.data.import_wizard import ImportWizard

        if self.wizard is not None and not self.wizard.closed:
            self.wizard.raise_()
            return self.wizard
        wizard = ImportWizard(self.state, self.window, path=path, on_loaded=self.loaded_message,
                              replacing=replacing)
        wizard.accepted.connect(lambda w=wizard: self._wizard_accepted(w))
        self.wizard = wizard
        wizard.open()
        return wizard

    def map_columns(self, path: str | None = None) -> Any:
        """The banner's "Map columns…": the wizard on a statistics file in use, whose Finish
        puts the newly mapped file in that source's place (another file: added)."""
        source = next((s for s in self.state.data_sources() if path and _same(s.file, path)),
                      None)
        return self.open_wizard(path or None, replacing=source)

    def _wizard_accepted(self, wizard: Any) -> None:
        if wizard.mapping is None or wizard.stats_path is None:
            return
        saved = wizard.saved_mapping_path
        self.record = ImportRecord(wizard.stats_path, copy.deepcopy(wizard.mapping),
                                   str(saved) if saved else None)

    def loaded_message(self) -> None:
        ds = self.state.dataset
        if ds is None:
            return
        rec = ds.reconciliation
        self.window.statusBar().showMessage(tr(
            "data.status.imported", self.state.language,
            joined=rec.matched_by_code + rec.matched_by_name + rec.matched_by_crosswalk,
            fuzzy=rec.matched_fuzzy, unmatched=len(rec.unmatched_rows)), 10000)

    # --- check / reconciliation
    def open_check(self) -> Any:
        from kzplanner.gui.data.reconcile_view import ReconcileDialog

        if self.state.dataset is None:
            return None
        if self.reconcile_dialog is not None:
            self.reconcile_dialog.close()
            self.reconcile_dialog.deleteLater()
        dialog = ReconcileDialog(self.state, self, self.window)
        self.reconcile_dialog = dialog
        dialog.show()
        return dialog

    def reload_with_decisions(self, decisions: dict[str, str | None]) -> None:
        """Reload the data sources in use, each with the planner's decisions on its own rows;
        save a source's decisions with the wizard's mapping when it came through the wizard."""
        ds = self.state.dataset
        sources = self.state.data_sources()
        if ds is None or not sources:
            return
        per_source = split_decisions(sources, ds.reconciliation.matches, decisions)
        record = self.import_record()
        for src in sources:
            src.decisions = per_source[src.id]
            if src.mapping is not None:
                src.mapping = {**src.mapping, "decisions": dict(src.decisions)}
            if record is not None and _same(src.file, record.stats_path):
                record.mapping.decisions = dict(src.decisions)
                if record.mapping_path:
                    from kzplanner.core.io.read import layout

                    try:
                        layout.save_mapping(record.mapping, record.mapping_path)
                    except KZError as exc:
                        self.last_box = show_error(self.window, exc, self.state.language)
        self.state.load_sources(sources, on_done=self.loaded_message)

    # --- template
    def ask_template(self, path: str | None = None, kind: str = "data") -> None:
        """Write a template for the loaded units: the base statistics, monitoring, actuals,
        or ('missing') just the columns the loaded statistics lack, which, filled in, joins
        as one more data source."""
        from kzplanner.core.io.write.template import missing_indicators

        ds = self.state.dataset
        lang = self.state.language
        if ds is None:
            return
        wanted = missing_indicators(ds) if kind == "missing" else None
        if kind == "missing" and not wanted:
            from kzplanner.core.catalogue import label

            self.last_box = show_message(self.window, tr("data.tmpl.title", lang),
                                         label("template.nothing_missing", lang), lang,
                                         QMessageBox.Icon.Information)
            return
        if path is None:
            folder = Path(str(settings.read("last_dir") or Path.home()))
            path, _ = QFileDialog.getSaveFileName(
                self.window, tr("data.tmpl.title", lang),
                str(folder / tr(f"data.tmpl.{kind}_name", lang)),
                tr("data.tmpl.filter", lang))
            if not path:
                return
            settings.write("last_dir", str(Path(path).parent))
        units = ds.units
        target = str(path)
        self.state.tasks.submit(
            TaskKind.TEMPLATE, lambda _fb: write_template_file(units, target, lang, kind, wanted),
            lambda written: self._template_written(written, kind), self._failed)

    def _template_written(self, path: str, kind: str = "data") -> None:
        self.last_template = path
        key = "data.src.template_written" if kind == "missing" else "data.tmpl.written"
        self.window.statusBar().showMessage(
            tr(key, self.state.language, file=Path(path).name), 15000)

    def _failed(self, exc: BaseException) -> None:
        self.last_box = show_error(self.window, exc, self.state.language,
                                   self.log_path)

    # --- follow-up
    def ask_actuals(self, path: str | None = None) -> None:
        """Follow-up → Load actuals: a canonical file (the actuals template, a header of measure
        ids) goes straight to the projected-versus-actual view; any other layout opens the
        import wizard for actuals, whose Finish shows the same view."""
        from kzplanner.app.actuals import load_canonical

        lang = self.state.language
        ds, result = self.state.dataset, self.state.result
        if ds is None:
            return
        if result is None:
            self.last_box = show_message(self.window, tr("data.act.title", lang),
                                         tr("data.act.needs_plan", lang), lang,
                                         QMessageBox.Icon.Information)
            return
        if path is None:
            folder = str(settings.read("last_dir") or Path.home())
            path, _ = QFileDialog.getOpenFileName(self.window, tr("data.act.pick", lang), folder,
                                                  tr("data.wiz.filter", lang))
            if not path:
                return
            settings.write("last_dir", str(Path(path).parent))
        units, institutions = ds.units, ds.institutions
        target = str(path)

        def shown(data: Any) -> None:
            if data is None:
                self.open_actuals_wizard(target)
            else:
                self.show_actuals(data)

        self.state.tasks.submit(TaskKind.ACTUALS,
                                lambda _fb: load_canonical(target, units, result, institutions),
                                shown, self._failed)

    def open_actuals_wizard(self, path: str | None = None) -> Any:
        """The import wizard for an actuals file in an office's own layout."""
        from kzplanner.gui.data.import_wizard import ImportWizard

        if self.actuals_wizard is not None and not self.actuals_wizard.closed:
            self.actuals_wizard.close()
        wizard = ImportWizard(self.state, self.window, path=path, kind="actuals",
                              on_actuals=self.show_actuals)
        self.actuals_wizard = wizard
        wizard.open()
        return wizard

    def show_actuals(self, data: Any) -> None:
        from kzplanner.gui.followup.actuals_view import ActualsDialog

        if self.actuals_dialog is not None:
            self.actuals_dialog.close()
            self.actuals_dialog.deleteLater()
        self.actuals_dialog = ActualsDialog(self.state, data, self.window)
        self.actuals_dialog.show()

    def open_evaluation(self) -> Any:
        from kzplanner.gui.followup.evaluation_dialog import EvaluationDialog

        if self.evaluation_dialog is None:
            self.evaluation_dialog = EvaluationDialog(self.state, self.window)
        self.evaluation_dialog.show()
        self.evaluation_dialog.raise_()
        return self.evaluation_dialog

    # --- language
    def retranslate(self) -> None:
        lang = self.state.language
        self.act_import.setText(tr("data.menu.import", lang))
        self.act_template.setText(tr("data.menu.template", lang))
        self.act_missing_template.setText(tr("data.src.menu_missing_template", lang))
        self.act_monitoring_template.setText(tr("data.menu.monitoring_template", lang))
        self.act_actuals_template.setText(tr("data.menu.actuals_template", lang))
        self.act_check.setText(tr("data.menu.check", lang))
        self.act_actuals.setText(tr("data.menu.actuals", lang))
        self.act_evaluate.setText(tr("data.menu.evaluate", lang))
