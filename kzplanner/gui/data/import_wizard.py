"""The import wizard for statistics and actuals: file → sheet and layout → columns → check → load.

Every step shows what detection proposed (kzplanner.core.io.read.layout) and lets the planner change
it: header rows, the block (all / urban / rural), the unit column, the indicator of each column
and its type. The mapping is saved as JSON next to the file (or where the planner says) and
offered again when next year's file of the same layout is opened from that folder. The last page
reconciles the rows with the loaded units (reconcile_view.ReconcilePanel); Finish adds the file
to the data sources in use (core.sources.StatsSource, with the mapping and the planner's
decisions), or puts it in the place of the source being replaced, and the dataset is rebuilt
from every source on the state's task runner: the tables already loaded stay.

With kind='actuals' (Follow-up → Load actuals, for a file not in the canonical layout) the same
pages read what a programme reports afterwards: the columns page offers the actuals measures
(core.variance.MEASURES, 'connected' for per-institution lists, monitoring indicators), the
layout page also accepts a column of institution ids, the check page reconciles the rows with
the units through core.io.read.actuals.import_actuals, and Finish hands the projected-versus-actual
comparison to `on_actuals` instead of loading a dataset.

Detection, the mapping offers, the check and the data source are app.load's (the command line's
data options use the same functions); they run on the task runner and return plain data, the
widgets are updated in the GUI thread. The pages live in import_pages (file, layout),
import_columns (columns, check) and import_grid (the sheet's preview).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from kzplanner.app.load.check import (
    CheckResult,
    check_actuals,
    check_mapping,
    confirmed_source,
)
from kzplanner.app.load.detect import (
    Detection,
    default_mapping_path,
    detect,
)
from kzplanner.app.strings import tr
from kzplanner.core.io.read import layout
from kzplanner.core.sources import StatsSource
from kzplanner.errors import KZError
from kzplanner.gui.data.import_columns import CheckPage, ColumnsPage
from kzplanner.gui.data.import_pages import FilePage, LayoutPage
from kzplanner.gui.messages import show_error
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

# Names other modules and tests import from here (the workflow itself is app.load's).


class ImportWizard(QWizard):
    """File → layout → columns → check; Finish saves the mapping and adds the file to the data
    sources (or replaces `replacing` with it), or, with kind='actuals', compares the actuals with the current plan and hands the comparison
    (actuals_view.ActualsData) to `on_actuals`."""

    def __init__(self, state: AppState, parent: QWidget | None = None,
                 path: str | Path | None = None, on_loaded: Any = None,
                 kind: str = "statistics", on_actuals: Any = None,
                 replacing: StatsSource | None = None) -> None:
        super().__init__(parent)
        # Finish adds the file as one more data source, or, with `replacing`, puts it in that
        # source's place (same id; its mapping is offered first, at the latest year).
        self.replacing = replacing
        self.setObjectName("importWizard" if kind == "statistics" else "actualsWizard")
        self.state = state
        self.lang = state.language
        self.kind = kind
        self.on_loaded = on_loaded
        self.on_actuals = on_actuals
        self.stats_path: str | None = None
        self.detection: Detection | None = None
        self.mapping: layout.StatsMapping | None = None
        self.offer_path: str | None = None
        self.busy = False
        self.closed = False
        self.saved_mapping_path: Path | None = None
        self.last_error: QWidget | None = None
        self.units = state.dataset.units if state.dataset is not None else None
        self.institutions = state.dataset.institutions if state.dataset is not None else None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        fit_to_screen(self, 1100, 720)
        self.file_page = FilePage(self)
        self.layout_page = LayoutPage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.layout_page, self.columns_page, self.check_page):
            self.addPage(page)
        state.language_changed.connect(self._language_changed)
        self.retranslate()
        if path:
            self.file_page.path_edit.setText(str(path))
            self.set_path(str(path))

    # --- background steps
    def set_path(self, path: str) -> None:
        path = path.strip()
        if not path or path == self.stats_path:
            return
        self.stats_path = path
        self.detection = None
        self.mapping = None
        self.file_page.completeChanged.emit()
        if not Path(path).is_file():
            self.file_page.status.setText(KZError("file_not_found", file=path).message(self.lang))
            return
        self.detect(None, with_offers=True)

    def detect(self, sheet: str | None, with_offers: bool) -> None:
        path = self.stats_path
        assert path
        self.busy = True
        self.file_page.status.setText(tr("data.wiz.reading", self.lang))
        self.file_page.completeChanged.emit()
        kind = self.kind
        old = self.replacing
        preset = layout.StatsMapping.from_dict(dict(old.mapping)) \
            if old is not None and old.mapping else None
        preset_file = old.file if old is not None else ""
        self.state.tasks.submit(TaskKind.IMPORT_DETECT,
                                lambda _fb: detect(path, sheet, with_offers, kind, preset,
                                                   preset_file),
                                self._detected, self._detect_failed)

    def _detected(self, det: Detection) -> None:
        if self.closed:
            return
        self.busy = False
        self.detection = det
        self.mapping = copy.deepcopy(det.proposal.mapping)
        self.offer_path = None
        p = det.proposal
        self.file_page.status.setText(tr("data.wiz.detected", self.lang,
                                         sheet=p.sheet or Path(p.file).name,
                                         rows=sum(b.last_row - b.first_row + 1 for b in p.blocks),
                                         columns=len(p.columns)))
        self.file_page.show_offers()
        self.choose_offer()
        self.file_page.completeChanged.emit()
        if self.currentPage() is self.layout_page:
            self.layout_page.fill()

    def _detect_failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        self.busy = False
        self.detection = None
        text = exc.message(self.lang) if isinstance(exc, KZError) else tr("data.unexpected",
                                                                          self.lang)
        self.file_page.status.setText(text)
        self.file_page.completeChanged.emit()
        if not isinstance(exc, KZError):
            self.last_error = show_error(self, exc, self.lang)

    def choose_offer(self) -> None:
        det = self.detection
        if det is None:
            return
        use = self.file_page.offer_check.isChecked() and det.offers
        if use:
            path = self.file_page.offer_combo.currentData()
            offer = next((o for o in det.offers if o.path == path), det.offers[0])
            self.mapping = copy.deepcopy(offer.mapping)
            self.offer_path = offer.path or None
        else:
            self.mapping = copy.deepcopy(det.proposal.mapping)
            self.offer_path = None
        self.columns_page.save_edit.setText(
            str(self.offer_path or default_mapping_path(self.stats_path or "")))

    def run_check(self) -> None:
        if self.mapping is None or self.stats_path is None:
            return
        path, mapping, units = self.stats_path, copy.deepcopy(self.mapping), self.units
        if self.kind == "actuals":
            institutions = self.institutions
            work = lambda _fb: check_actuals(path, mapping, units, institutions)  # noqa: E731
        else:
            prepared = self.state.prepared
            bounds = prepared.boundaries_path if prepared is not None else None
            work = lambda _fb: check_mapping(path, mapping, units, bounds)  # noqa: E731
        self.state.tasks.submit(TaskKind.IMPORT_CHECK, work, self._checked, self._check_failed)

    def _checked(self, result: CheckResult) -> None:
        if not self.closed:
            self.check_page.show_result(result)

    def _check_failed(self, exc: BaseException) -> None:
        if not self.closed:
            self.check_page.show_error(exc)

    # --- finish
    def accept(self) -> None:
        if self.mapping is None or self.stats_path is None:
            return
        self.mapping.decisions = self.check_page.panel.decisions()
        self.saved_mapping_path = None
        if self.columns_page.save_check.isChecked() and self.columns_page.save_edit.text():
            try:
                self.saved_mapping_path = layout.save_mapping(
                    self.mapping, self.columns_page.save_edit.text())
            except KZError as exc:
                self.last_error = show_error(self, exc, self.lang)
                return
        if self.kind == "actuals":
            self._compare_actuals()
        else:
            self._add_source()
        self._remember_in_project()
        super().accept()

    def new_source(self) -> StatsSource:
        """The confirmed file as a data source: sheet, year, mapping and match decisions (a
        replacement keeps the publisher of the source it replaces)."""
        assert self.mapping is not None and self.stats_path is not None
        return confirmed_source(self.stats_path, self.mapping, self.replacing)

    def _add_source(self) -> None:
        """Finish: the file joins the data sources in use (or takes the replaced one's place)
        and the dataset is rebuilt from all of them; the others are untouched."""
        source = self.new_source()
        on_done = self.on_loaded
        if self.replacing is not None and self.state.replace_source(self.replacing.id, source,
                                                                    on_done):
            return
        self.state.add_source(source, on_done)

    def _compare_actuals(self) -> None:
        """Actuals read with the confirmed mapping and decisions, set against the current plan
        in the background; the comparison goes to `on_actuals`, errors to the window."""
        from kzplanner.app.actuals import compute_comparison

        state, result = self.state, self.state.result
        if result is None or self.stats_path is None or self.mapping is None:
            return
        path, mapping = self.stats_path, copy.deepcopy(self.mapping)
        units, institutions = self.units, self.institutions
        on_actuals = self.on_actuals
        state.tasks.submit(
            TaskKind.ACTUALS,
            lambda _fb: compute_comparison(path, units, result, mapping=mapping,
                                           institutions=institutions),
            lambda data: on_actuals(data) if on_actuals is not None else None,
            lambda exc: state.error_raised.emit("actuals", exc))

    def _remember_in_project(self) -> None:
        """The project file keeps the mapping and the reconciliation decisions with the data."""
        project = getattr(self.parent(), "project", None)
        session = getattr(project, "session", None)
        if session is not None and self.mapping is not None:
            session.mappings[str(self.stats_path)] = self.mapping.to_dict()

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    # --- language
    def _language_changed(self) -> None:
        if self.closed:
            return
        self.lang = self.state.language
        self.retranslate()
        if self.currentPage() is self.layout_page:
            self.layout_page.fill()
        elif self.currentPage() is self.columns_page:
            self.columns_page.fill()

    def key(self, key: str) -> str:
        """The string key for this kind of file: 'data.wiz.title' → 'data.wiz.title_actuals'
        for the actuals wizard (the keys that differ have that variant)."""
        return key if self.kind == "statistics" else f"{key}_{self.kind}"

    def retranslate(self) -> None:
        lang = self.lang
        self.setWindowTitle(tr(self.key("data.wiz.title"), lang))
        for which, key in ((QWizard.WizardButton.BackButton, "data.wiz.back"),
                           (QWizard.WizardButton.NextButton, "data.wiz.next"),
                           (QWizard.WizardButton.FinishButton, self.key("data.wiz.finish")),
                           (QWizard.WizardButton.CancelButton, "data.cancel")):
            self.setButtonText(which, tr(key, lang))
        for page in (self.file_page, self.layout_page, self.columns_page, self.check_page):
            page.retranslate(lang)
        if self.detection is not None:
            self.file_page.show_offers()
