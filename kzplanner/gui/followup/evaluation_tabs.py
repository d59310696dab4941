"""Evaluate… → Correlations and Gender tabs: the annotated heatmap of r, p and n, and the female
and male series with their gap. Parts of EvaluationDialog (mixed in); the numbers are
app.evaluate's."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd
import pyqtgraph as pg  # noqa: I001 - after PySide6, so pyqtgraph binds to it
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.evaluate import correlation_cell, heat_rgb, run_correlations, run_gender
from kzplanner.app.evaluate import number_text as _num
from kzplanner.app.strings import tr
from kzplanner.core.correlation import gender_pairs
from kzplanner.gui.tasks import TaskKind

if TYPE_CHECKING:
    from kzplanner.app.evaluate import PanelInfo
    from kzplanner.gui.state import AppState

FEMALE_COLOUR = "#b0468f"
MALE_COLOUR = "#2f7d4a"


def heat_colour(r: float) -> QColor:
    """Diverging: red for negative, white at 0, blue for positive."""
    return QColor(*heat_rgb(r))


class CorrelationTab:
    """The correlations tab's widgets and slots, on the dialog itself."""

    state: AppState
    info: PanelInfo | None
    corr: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame] | None

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _corr_tab(self) -> QWidget:
        tab = QWidget()
        self.corr_scope = QComboBox()
        self.corr_scope.setObjectName("corrScope")
        self.corr_scope.currentIndexChanged.connect(self._fill_corr_columns)
        self.corr_method = QComboBox()
        self.corr_method.setObjectName("corrMethod")
        self.corr_list = QListWidget()
        self.corr_list.setObjectName("corrColumns")
        self.corr_button = QPushButton()
        self.corr_button.setObjectName("runCorr")
        self.corr_button.clicked.connect(self.run_correlations)
        self.corr_labels = {k: QLabel() for k in ("scope", "method", "columns")}
        self.corr_note = QLabel()
        self.corr_note.setObjectName("hint")
        self.corr_note.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.corr_labels["scope"])
        left.addWidget(self.corr_scope)
        left.addWidget(self.corr_labels["method"])
        left.addWidget(self.corr_method)
        left.addWidget(self.corr_labels["columns"])
        left.addWidget(self.corr_list, 1)
        left.addWidget(self.corr_button)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMaximumWidth(300)
        self.heatmap = QTableWidget(0, 0)
        self.heatmap.setObjectName("corrHeatmap")
        self.heatmap.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heatmap.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.heatmap, 1)
        right.addWidget(self.corr_note)
        lay = QHBoxLayout(tab)
        lay.addWidget(holder)
        lay.addLayout(right, 1)
        return tab


    def _fill_corr_scope(self) -> None:
        lang = self.state.language
        current = self.corr_scope.currentData() or "all"
        self.corr_scope.blockSignals(True)
        self.corr_scope.clear()
        self.corr_scope.addItem(tr("data.eval.scope_all", lang), "all")
        if self.info is not None and gender_pairs(self.info.columns):
            self.corr_scope.addItem(tr("data.eval.scope_female", lang), "female")
            self.corr_scope.addItem(tr("data.eval.scope_male", lang), "male")
        self.corr_scope.setCurrentIndex(max(self.corr_scope.findData(current), 0))
        self.corr_scope.blockSignals(False)
        self._fill_corr_columns()

    def _fill_corr_columns(self, *_args: Any) -> None:
        checked = set(self.corr_columns())
        self.corr_list.clear()
        if self.info is None:
            return
        scope = self.corr_scope.currentData() or "all"
        names = (self.info.numeric if scope == "all"
                 else list(gender_pairs(self.info.columns)))
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if (name in checked or not checked)
                               else Qt.CheckState.Unchecked)
            self.corr_list.addItem(item)

    def corr_columns(self) -> list[str]:
        return [self.corr_list.item(i).text() for i in range(self.corr_list.count())
                if self.corr_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_corr_columns(self, names: list[str]) -> None:
        for i in range(self.corr_list.count()):
            item = self.corr_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names
                               else Qt.CheckState.Unchecked)


    # --- correlations
    def run_correlations(self) -> None:
        if self.info is None:
            return
        lang = self.state.language
        cols = self.corr_columns()
        if len(cols) < 2:
            self.corr_note.setText(tr("data.eval.corr_two", lang))
            return
        path, method = self.info.path, self.corr_method.currentData() or "pearson"
        side = self.corr_scope.currentData() or "all"
        self.state.tasks.submit(TaskKind.EVAL_CORR,
                                lambda _fb: run_correlations(path, cols, method, side),
                                self._corr_done, self._failed)

    def _corr_done(self, result: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]) -> None:
        self.corr = result
        self._show_corr()

    def _show_corr(self) -> None:
        if self.corr is None:
            return
        lang = self.state.language
        r, p, n = self.corr
        cols = list(r.columns)
        self.heatmap.clear()
        self.heatmap.setRowCount(len(cols))
        self.heatmap.setColumnCount(len(cols))
        self.heatmap.setHorizontalHeaderLabels(cols)
        self.heatmap.setVerticalHeaderLabels(cols)
        for i, a in enumerate(cols):
            for j, b in enumerate(cols):
                rv, pv, nv = float(r.loc[a, b]), float(p.loc[a, b]), int(n.loc[a, b])
                text = correlation_cell(rv, pv, nv, lang)
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                colour = heat_colour(rv)
                item.setBackground(QBrush(colour))
                if not math.isnan(rv) and abs(rv) > 0.6:
                    item.setForeground(QBrush(QColor("#ffffff")))
                self.heatmap.setItem(i, j, item)
        self.heatmap.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heatmap.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heatmap.verticalHeader().setMinimumSectionSize(58)
        self.corr_note.setText(tr("data.eval.corr_note", lang))



class GenderTab:
    """The gender tab's widgets and slots, on the dialog itself."""

    state: AppState
    info: PanelInfo | None
    gaps: pd.DataFrame | None

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _gender_tab(self) -> QWidget:
        tab = QWidget()
        self.gender_stem = QComboBox()
        self.gender_stem.setObjectName("genderIndicator")
        self.gender_time = QComboBox()
        self.gender_time.setObjectName("genderTime")
        self.gender_button = QPushButton()
        self.gender_button.setObjectName("runGender")
        self.gender_button.clicked.connect(self.run_gender)
        self.gender_labels = {k: QLabel() for k in ("indicator", "time")}
        self.gender_note = QLabel()
        self.gender_note.setObjectName("hint")
        self.gender_note.setWordWrap(True)
        self.gender_plot = pg.PlotWidget(background="w")
        self.gender_plot.setObjectName("genderChart")
        self.gender_plot.setMenuEnabled(False)
        self.gender_plot.showGrid(x=False, y=True, alpha=0.3)
        self.gender_plot.addLegend(offset=(10, 10))
        self.gender_table = QTableWidget(0, 4)
        self.gender_table.setObjectName("genderTable")
        self.gender_table.verticalHeader().setVisible(False)
        self.gender_table.setMaximumWidth(420)
        row = QHBoxLayout()
        row.addWidget(self.gender_labels["indicator"])
        row.addWidget(self.gender_stem, 1)
        row.addWidget(self.gender_labels["time"])
        row.addWidget(self.gender_time)
        row.addWidget(self.gender_button)
        body = QHBoxLayout()
        body.addWidget(self.gender_plot, 1)
        body.addWidget(self.gender_table)
        lay = QVBoxLayout(tab)
        lay.addLayout(row)
        lay.addWidget(self.gender_note)
        lay.addLayout(body, 1)
        return tab


    # --- gender
    def run_gender(self) -> None:
        if self.info is None or not self.gender_stem.currentText():
            return
        path, time, stem = self.info.path, self.gender_time.currentText(), \
            self.gender_stem.currentText()
        self.state.tasks.submit(TaskKind.EVAL_GENDER, lambda _fb: run_gender(path, time, stem),
                                self._gender_done, self._failed)

    def _gender_done(self, gaps: pd.DataFrame) -> None:
        self.gaps = gaps
        self._show_gender()

    def _show_gender(self) -> None:
        gaps = self.gaps
        if gaps is None:
            return
        lang = self.state.language
        plot = self.gender_plot
        plot.clear()
        xs = list(range(len(gaps)))
        plot.plot(xs, gaps["female"].to_numpy(dtype=float), name=tr("data.eval.female", lang),
                  pen=pg.mkPen(FEMALE_COLOUR, width=2), symbol="o", symbolSize=6,
                  symbolBrush=FEMALE_COLOUR)
        plot.plot(xs, gaps["male"].to_numpy(dtype=float), name=tr("data.eval.male", lang),
                  pen=pg.mkPen(MALE_COLOUR, width=2), symbol="s", symbolSize=6,
                  symbolBrush=MALE_COLOUR)
        step = max(1, len(xs) // 10)
        plot.getAxis("bottom").setTicks([[(i, str(gaps["time"].iloc[i])) for i in xs[::step]]])
        plot.setTitle(tr("data.eval.gender_title", lang, indicator=self.gender_stem.currentText()),
                      color="#1f2933", size="9pt")
        self.gender_table.setRowCount(len(gaps))
        self.gender_table.setHorizontalHeaderLabels([
            tr("data.eval.period", lang), tr("data.eval.female", lang),
            tr("data.eval.male", lang), tr("data.eval.gap", lang)])
        for row, (_, g) in enumerate(gaps.iterrows()):
            for col, text in enumerate((str(g["time"]), _num(g["female"], lang, 2),
                                        _num(g["male"], lang, 2), _num(g["gap"], lang, 2))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.gender_table.setItem(row, col, item)

