"""Evaluate…: difference-in-differences, correlations and the gender view on a panel file.

One file (unit × period rows, .xlsx/.xls/.csv) feeds three tabs:
- DiD (evaluation_did): outcome, unit, time; treated units from a column or the units selected
  on the map; post-from period; classical or cluster-robust errors. Shows the coefficient table
  (estimate, SE, t, p, 95 % CI), n and units, the cell means, the plain-language reading in the
  interface language (DidResult.reading) and the pre-trend chart (pyqtgraph).
- Correlations (evaluation_tabs): Pearson or Spearman among chosen columns (or among the female
  / male columns of paired indicators) as an annotated heatmap: r, p and n in every cell.
- Gender (evaluation_tabs): for indicators given as female/male pairs, both series and the gap
  (male − female).
Reading and estimation are app.evaluate's (the command line's `evaluate` calls the same
functions) and run on the task runner; this module only shows what they return.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.evaluate import (
    DidOutput,
    PanelInfo,
    guess_roles,
    inspect_panel,
)
from kzplanner.app.strings import tr
from kzplanner.core.correlation import gender_pairs
from kzplanner.core.evaluation import TABLE_COLUMNS
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.followup.evaluation_did import DidTab
from kzplanner.gui.followup.evaluation_tabs import CorrelationTab, GenderTab
from kzplanner.gui.messages import show_error
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind


class EvaluationDialog(DidTab, CorrelationTab, GenderTab, QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationDialog")
        self.state = state
        self.info: PanelInfo | None = None
        self.did: DidOutput | None = None
        self.corr: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame] | None = None
        self.gaps: pd.DataFrame | None = None
        self.last_box: Any = None
        fit_to_screen(self, 1150, 800)
        # file row
        self.file_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("panelPath")
        self.path_edit.editingFinished.connect(lambda: self.open_panel(self.path_edit.text()))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._did_tab(), "")
        self.tabs.addTab(self._corr_tab(), "")
        self.tabs.addTab(self._gender_tab(), "")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.file_label)
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.browse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)
        state.language_changed.connect(self.retranslate)
        state.selection_changed.connect(self._selection_note)
        self.retranslate()
        self._enable()


    # --- file
    def _browse(self) -> None:
        lang = self.state.language
        folder = str(settings.read("last_dir") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("data.eval.pick", lang), folder,
                                              tr("data.wiz.filter", lang))
        if path:
            settings.write("last_dir", str(Path(path).parent))
            self.path_edit.setText(path)
            self.open_panel(path)

    def open_panel(self, path: str) -> None:
        path = path.strip()
        if not path or (self.info is not None and self.info.path == path):
            return
        self.status.setText(tr("data.wiz.reading", self.state.language))
        self.state.tasks.submit(TaskKind.EVAL_READ, lambda _fb: inspect_panel(path), self._inspected,
                                self._failed)

    def _inspected(self, info: PanelInfo) -> None:
        self.info = info
        self.path_edit.setText(info.path)
        lang = self.state.language
        self.status.setText(tr("data.eval.read", lang, file=Path(info.path).name,
                               sheet=info.sheet or "—", columns=len(info.columns)))
        guess = guess_roles(info)
        for combo, items, pick in ((self.outcome_combo, info.numeric, guess["outcome"]),
                                   (self.unit_combo, info.columns, guess["unit"]),
                                   (self.time_combo, info.columns, guess["time"]),
                                   (self.treated_combo, info.columns, guess["treated"]),
                                   (self.gender_time, info.columns, guess["time"])):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(items)
            if pick in items:
                combo.setCurrentText(pick)
            combo.blockSignals(False)
        self._fill_periods()
        pairs = gender_pairs(info.columns)
        self.gender_stem.clear()
        self.gender_stem.addItems(list(pairs))
        self._fill_corr_scope()
        self._enable()

    def _fill_periods(self, *_args: Any) -> None:
        if self.info is None:
            return
        values = [str(v) for v in self.info.values.get(self.time_combo.currentText(), [])]
        self.post_combo.clear()
        self.post_combo.addItems(values)
        if values:
            self.post_combo.setCurrentIndex(len(values) // 2)


    def _enable(self) -> None:
        has = self.info is not None
        for w in (self.run_button, self.corr_button):
            w.setEnabled(has)
        self.gender_button.setEnabled(has and self.gender_stem.count() > 0)
        self.treated_map_radio.setEnabled(True)
        self._selection_note()
        lang = self.state.language
        if has and self.gender_stem.count() == 0:
            self.gender_note.setText(tr("data.eval.no_pairs", lang))
        elif has:
            self.gender_note.setText(tr("data.eval.gender_note", lang))

    def _selection_note(self) -> None:
        lang = self.state.language
        names = [self.state.unit_name(c) for c in self.state.selection]
        self.treated_map_note.setText(
            tr("data.eval.selected", lang, n=len(names), names=", ".join(names[:5]))
            if names else tr("data.eval.none_selected", lang))


    # --- shared
    def _failed(self, exc: BaseException) -> None:
        lang = self.state.language
        self.status.setText(exc.message(lang) if isinstance(exc, KZError)
                            else tr("data.unexpected", lang))
        self.last_box = show_error(self, exc, lang)

    def retranslate(self) -> None:
        lang = self.state.language
        self.setWindowTitle(tr("data.eval.title", lang))
        self.file_label.setText(tr("data.eval.file", lang))
        self.file_label.setMinimumWidth(self.file_label.sizeHint().width())
        self.browse.setText(tr("data.browse", lang))
        self.close_button.setText(tr("data.close", lang))
        self.tabs.setTabText(0, tr("data.eval.tab_did", lang))
        self.tabs.setTabText(1, tr("data.eval.tab_corr", lang))
        self.tabs.setTabText(2, tr("data.eval.tab_gender", lang))
        for key, widget in self.form_labels.items():
            widget.setText(tr(f"data.eval.{key}", lang))
        self.treated_column_radio.setText(tr("data.eval.treated_column", lang))
        self.treated_map_radio.setText(tr("data.eval.treated_map", lang))
        self.cluster_check.setText(tr("data.eval.cluster", lang))
        self.run_button.setText(tr("data.eval.run", lang))
        self.did_table.setHorizontalHeaderLabels(
            [tr("data.eval.term", lang)] + [tr(f"data.eval.c_{c}", lang) for c in TABLE_COLUMNS])
        for key, widget in self.corr_labels.items():
            widget.setText(tr(f"data.eval.corr_{key}", lang))
        method = self.corr_method.currentData() or "pearson"
        self.corr_method.clear()
        self.corr_method.addItem(tr("data.eval.pearson", lang), "pearson")
        self.corr_method.addItem(tr("data.eval.spearman", lang), "spearman")
        self.corr_method.setCurrentIndex(max(self.corr_method.findData(method), 0))
        self.corr_button.setText(tr("data.eval.corr_run", lang))
        for key, widget in self.gender_labels.items():
            widget.setText(tr(f"data.eval.gender_{key}", lang))
        self.gender_button.setText(tr("data.eval.gender_run", lang))
        if self.info is not None:
            self.status.setText(tr("data.eval.read", lang, file=Path(self.info.path).name,
                                   sheet=self.info.sheet or "—", columns=len(self.info.columns)))
        self._fill_corr_scope()
        self._enable()
        self._show_did()
        self._show_corr()
        self._show_gender()

