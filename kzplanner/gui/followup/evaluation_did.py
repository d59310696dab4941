"""Evaluate… → Difference-in-differences tab: the form, the coefficient table, the reading and
the pre-trend chart. A part of EvaluationDialog (mixed in); the estimate is app.evaluate's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyqtgraph as pg  # noqa: I001 - after PySide6, so pyqtgraph binds to it
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.evaluate import DidOutput, matching_units, run_did, unit_keys
from kzplanner.app.evaluate import number_text as _num
from kzplanner.app.strings import tr
from kzplanner.core.evaluation import TABLE_COLUMNS, TERM_LABELS, TERMS, parse_period
from kzplanner.gui.tasks import TaskKind

if TYPE_CHECKING:
    from kzplanner.app.evaluate import PanelInfo
    from kzplanner.gui.state import AppState

TREATED_COLOUR = "#c0504d"
COMPARISON_COLOUR = "#1f5f99"


class DidTab:
    """The DiD tab's widgets and slots, on the dialog itself."""

    state: AppState
    info: PanelInfo | None
    did: DidOutput | None
    status: QLabel

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _did_tab(self) -> QWidget:
        tab = QWidget()
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("didOutcome")
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("didUnit")
        self.time_combo = QComboBox()
        self.time_combo.setObjectName("didTime")
        self.time_combo.currentIndexChanged.connect(self._fill_periods)
        self.treated_column_radio = QRadioButton()
        self.treated_column_radio.setChecked(True)
        self.treated_map_radio = QRadioButton()
        self.treated_combo = QComboBox()
        self.treated_combo.setObjectName("didTreated")
        self.treated_map_note = QLabel()
        self.treated_map_note.setObjectName("hint")
        self.post_combo = QComboBox()
        self.post_combo.setObjectName("didPostFrom")
        self.post_combo.setEditable(True)
        self.cluster_check = QCheckBox()
        self.cluster_check.setObjectName("didCluster")
        self.run_button = QPushButton()
        self.run_button.setObjectName("runDid")
        self.run_button.clicked.connect(self.run_did)
        self.form_labels = {k: QLabel() for k in ("outcome", "unit", "time", "treated", "post")}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.form_labels["outcome"], self.outcome_combo)
        form.addRow(self.form_labels["unit"], self.unit_combo)
        form.addRow(self.form_labels["time"], self.time_combo)
        treated_box = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.treated_column_radio)
        row.addWidget(self.treated_combo, 1)
        treated_box.addLayout(row)
        treated_box.addWidget(self.treated_map_radio)
        treated_box.addWidget(self.treated_map_note)
        form.addRow(self.form_labels["treated"], treated_box)
        form.addRow(self.form_labels["post"], self.post_combo)
        form.addRow(self.cluster_check)  # the whole row: its text is long in kk and ru
        form.addRow("", self.run_button)
        left = QWidget()
        left.setLayout(form)
        left.setMinimumWidth(380)
        left.setMaximumWidth(500)  # the clustered-errors box is one unbreakable line in kk
        self.did_table = QTableWidget(len(TERMS), 1 + len(TABLE_COLUMNS))
        self.did_table.setObjectName("didTable")
        self.did_table.verticalHeader().setVisible(False)
        self.did_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.did_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 1 + len(TABLE_COLUMNS)):
            self.did_table.horizontalHeader().setSectionResizeMode(
                c, QHeaderView.ResizeMode.ResizeToContents)
        self.did_table.setMaximumHeight(170)
        self.did_facts = QLabel()
        self.did_facts.setObjectName("didFacts")
        self.did_facts.setWordWrap(True)
        self.reading = QTextBrowser()
        self.reading.setObjectName("didReading")
        self.trend_plot = pg.PlotWidget(background="w")
        self.trend_plot.setObjectName("pretrendChart")
        self.trend_plot.setMenuEnabled(False)
        self.trend_plot.showGrid(x=False, y=True, alpha=0.3)
        self.trend_plot.addLegend(offset=(10, 10))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.reading)
        lower.addWidget(self.trend_plot)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        right = QVBoxLayout()
        right.addWidget(self.did_table)
        right.addWidget(self.did_facts)
        right.addWidget(lower, 1)
        lay = QHBoxLayout(tab)
        lay.addWidget(left)
        lay.addLayout(right, 1)
        return tab


    # --- DiD
    def treated_from_map(self) -> set[str]:
        """Panel unit ids that are the units selected on the map (by code or any name)."""
        ds = self.state.dataset
        if self.info is None or ds is None:
            return set()
        values = self.info.values.get(self.unit_combo.currentText(), [])
        return matching_units(values, unit_keys(ds, self.state.selection))

    def run_did(self) -> None:
        if self.info is None:
            return
        lang = self.state.language
        treated: Any
        if self.treated_map_radio.isChecked():
            treated = self.treated_from_map()
            if not treated:
                self.status.setText(tr("data.eval.map_none", lang,
                                       column=self.unit_combo.currentText()))
                return
        else:
            treated = self.treated_combo.currentText()
        args = (self.info.path, self.outcome_combo.currentText(), self.unit_combo.currentText(),
                self.time_combo.currentText(), treated, parse_period(self.post_combo.currentText()),
                self.cluster_check.isChecked())
        self.status.setText(tr("data.eval.running", lang))
        self.state.tasks.submit(TaskKind.EVAL_DID, lambda _fb: run_did(*args), self._did_done,
                                self._failed)

    def _did_done(self, out: DidOutput) -> None:
        self.did = out
        self.status.clear()
        self._show_did()

    def _show_did(self) -> None:
        out = self.did
        if out is None:
            return
        lang = self.state.language
        res = out.result
        bold = QFont()
        bold.setBold(True)
        for row, term in enumerate(TERMS):
            values = [TERM_LABELS[term][lang]] + [_num(res.table.loc[term, c], lang)
                                                  for c in TABLE_COLUMNS]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if term == "post_treated":
                    item.setFont(bold)
                self.did_table.setItem(row, col, item)
        means = res.cell_means
        self.did_facts.setText(tr(
            "data.eval.facts", lang, n=res.n, units=res.n_clusters, treated=res.n_treated_units,
            comparison=res.n_comparison_units, r2=_num(res.r_squared, lang),
            se=tr("data.eval.se_cluster" if res.cluster else "data.eval.se_classical", lang),
            cb=_num(means.loc["comparison", "before"], lang, 2),
            ca=_num(means.loc["comparison", "after"], lang, 2),
            tb=_num(means.loc["treated", "before"], lang, 2),
            ta=_num(means.loc["treated", "after"], lang, 2)))
        self.reading.setPlainText(res.reading(lang))
        self._draw_trends()

    def _draw_trends(self) -> None:
        out = self.did
        if out is None:
            return
        lang = self.state.language
        t = out.trends
        plot = self.trend_plot
        plot.clear()
        xs = list(range(len(t)))
        plot.plot(xs, t["treated_mean"].to_numpy(dtype=float), name=tr("data.eval.treated", lang),
                  pen=pg.mkPen(TREATED_COLOUR, width=2), symbol="o", symbolSize=6,
                  symbolBrush=TREATED_COLOUR)
        plot.plot(xs, t["comparison_mean"].to_numpy(dtype=float),
                  name=tr("data.eval.comparison", lang),
                  pen=pg.mkPen(COMPARISON_COLOUR, width=2), symbol="s", symbolSize=6,
                  symbolBrush=COMPARISON_COLOUR)
        post = [i for i, p in enumerate(t["post"]) if p]
        if post:
            plot.addItem(pg.InfiniteLine(pos=post[0] - 0.5, angle=90,
                                         pen=pg.mkPen("#4a5868", style=Qt.PenStyle.DashLine)))
        step = max(1, len(xs) // 10)
        plot.getAxis("bottom").setTicks([[(i, str(t["time"].iloc[i])) for i in xs[::step]]])
        plot.setTitle(tr("data.eval.pretrend_title", lang, outcome=out.result.outcome),
                      color="#1f2933", size="9pt")

