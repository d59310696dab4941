"""The reconciliation screen: every statistics row and what became of it, decided in one click.

Rows are grouped by how they matched (exactly, by code, by a named rule, through the reform
crosswalk, fuzzily — to confirm —, by the planner's decision) or did not (unmatched, ambiguous,
duplicate, country total, left out). Each row has a combo of units (its candidates first) to
override the match, and fuzzy matches a Confirm button. Units without data, repaired polygons
and the other issues are listed below, so nothing is dropped without the planner seeing it.

`ReconcilePanel` (reconcile_panel.py, with the names and colours of reconcile_rules.py) is used
by the import wizard's last page and by `ReconcileDialog` here, which shows the loaded dataset's
reconciliation (Data → Check) and reloads with the decisions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.gui.data.reconcile_panel import ReconcilePanel
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState


class ReconcileDialog(QDialog):
    """Data → Check: the loaded dataset's reconciliation; Apply reloads with the decisions and
    saves them with the mapping used (when the data came through the import wizard)."""

    def __init__(self, state: AppState, features: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileDialog")
        self.state = state
        self.features = features
        fit_to_screen(self, 1100, 700)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("hint")
        self.panel = ReconcilePanel(state.language, self)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("hint")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyDecisions")
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notes, 1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.source)
        lay.addWidget(self.panel, 1)
        lay.addLayout(buttons)
        state.dataset_changed.connect(self.refresh)
        state.language_changed.connect(self.retranslate)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        ds = self.state.dataset
        if ds is None:
            self.panel.clear()
            return
        rec = ds.reconciliation
        units = [(str(c), self.state.unit_name(str(c))) for c in ds.units.index]
        record = self.features.import_record() if self.features else None
        decisions = record.mapping.decisions if record and record.mapping else {}
        issues = list(rec.issues)
        self.panel.set_data(rec.matches, units, rec.units_without_data, decisions, issues)
        self._describe()

    def _describe(self) -> None:
        ds = self.state.dataset
        lang = self.state.language
        if ds is None:
            return
        parts = []
        for src in ds.sources:
            where = f"{Path(src.file).name}" + (f" · {src.sheet}" if src.sheet else "")
            if src.cells:
                where += f" · {src.cells}"
            parts.append(f"{tr(f'data.source.{src.kind}', lang)}: {where}")
        self.source.setText("<br>".join(parts))
        rec = ds.reconciliation
        notes = []
        if rec.geometry_repaired:
            notes.append(tr("data.rec.repaired", lang, n=len(rec.geometry_repaired)))
        if rec.institutions_outside:
            notes.append(tr("data.rec.outside", lang, n=rec.institutions_outside))
        record = self.features.import_record() if self.features else None
        if record and record.mapping_path:
            notes.append(tr("data.rec.saved_with", lang, file=Path(record.mapping_path).name))
        self.notes.setText(" · ".join(notes))

    def apply(self) -> None:
        if self.features is not None:
            self.features.reload_with_decisions(self.panel.decisions())
        self.accept()

    def retranslate(self) -> None:
        lang = self.state.language
        self.setWindowTitle(tr("data.rec.title", lang))
        self.apply_button.setText(tr("data.rec.apply", lang))
        self.close_button.setText(tr("data.close", lang))
        self.panel.retranslate(lang)
        self._describe()

