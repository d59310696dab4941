"""Evaluate…: difference-in-differences, correlations and the gender view on a panel file.

One file (unit × period rows, .xlsx/.xls/.csv) feeds three tabs:
- DiD: outcome, unit, time; treated units from a column or the units selected on the map;
  post-from period; classical or cluster-robust errors. Shows the coefficient table (estimate,
  SE, t, p, 95 % CI), n and units, the cell means, the plain-language reading in the interface
  language (DidResult.reading) and the pre-trend chart (pyqtgraph).
- Correlations: Pearson or Spearman among chosen columns (or among the female / male columns of
  paired indicators) as an annotated heatmap: r, p and n in every cell.
- Gender: for indicators given as female/male pairs, both series and the gap (male − female).
All reading and estimation runs on the task runner.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyqtgraph as pg  # noqa: I001 - after PySide6, so pyqtgraph binds to it
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.core.correlation import (
    correlations,
    correlations_by_gender,
    gender_gaps,
    gender_pairs,
)
from kzplanner.core.evaluation import (
    TABLE_COLUMNS,
    TERM_LABELS,
    TERMS,
    estimate_did,
    parse_period,
    pre_trends,
)
from kzplanner.core.formatting import format_number
from kzplanner.core.io.read import layout
from kzplanner.core.io.read.actuals import read_panel
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.messages import show_error
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState

HEADER_SEARCH = 30
TREATED_COLOUR = "#c0504d"
COMPARISON_COLOUR = "#1f5f99"
FEMALE_COLOUR = "#b0468f"
MALE_COLOUR = "#2f7d4a"


# ---------------------------------------------------------------- worker side (no Qt)

@dataclass
class PanelInfo:
    path: str
    sheet: str | None
    columns: list[str]
    numeric: list[str]
    values: dict[str, list[Any]] = field(default_factory=dict)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return not (isinstance(value, float) and math.isnan(value))
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            float(text)
        except ValueError:
            return False
        return bool(text)
    return False


def inspect_panel(path: str) -> PanelInfo:
    """The header row (the top row with most text cells), columns and which look numeric."""
    grid = layout.read_grid(path)
    best, best_count = None, 1
    for r, row in enumerate(grid.cells[:HEADER_SEARCH]):
        texts = [v for v in row if isinstance(v, str) and v.strip() and not _is_number(v)]
        if len(texts) > best_count:
            best, best_count = r, len(texts)
    if best is None:
        raise KZError("header_not_found", file=path, sheet=grid.sheet or Path(path).name,
                      column="—", detail=str(HEADER_SEARCH))
    header = [str(v).strip() if v is not None else "" for v in grid.cells[best]]
    body = grid.cells[best + 1:]
    columns, numeric, values = [], [], {}
    for c, name in enumerate(header):
        if not name:
            continue
        cells = [row[c] for row in body if c < len(row) and row[c] is not None
                 and str(row[c]).strip()]
        columns.append(name)
        if cells and sum(_is_number(v) for v in cells) >= 0.8 * len(cells):
            numeric.append(name)
        plain = {int(v) if isinstance(v, float) and v.is_integer() else
                 (v.strip() if isinstance(v, str) else v) for v in cells}
        values[name] = sorted(plain, key=lambda v: (not _is_number(v), str(v) if not
                                                    _is_number(v) else float(v)))[:500]
    return PanelInfo(path, grid.sheet, columns, numeric, values)


@dataclass
class DidOutput:
    result: Any
    trends: pd.DataFrame


def run_did(path: str, outcome: str, unit: str, time: str, treated: Any, post_from: Any,
            cluster: bool) -> DidOutput:
    columns = list(dict.fromkeys([unit, time, outcome] + ([treated] if isinstance(treated, str)
                                                           else [])))
    panel = read_panel(path, columns, numeric=[outcome])
    result = estimate_did(panel, outcome, unit, time, treated, post_from, cluster=cluster)
    trends = pre_trends(panel, outcome, unit, time, treated, post_from)
    return DidOutput(result, trends)


def run_correlations(path: str, columns: list[str], method: str, side: str
                     ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    if side == "all":
        frame = read_panel(path, columns, numeric=columns)
        return correlations(frame, columns, method)
    info = inspect_panel(path)
    pairs = gender_pairs(info.columns)
    cols = [pairs[s][i] for s in columns for i in (0, 1)]
    frame = read_panel(path, cols, numeric=cols)
    return correlations_by_gender(frame, columns, method)[side]


def run_gender(path: str, time: str, stem: str) -> pd.DataFrame:
    info = inspect_panel(path)
    female, male = gender_pairs(info.columns)[stem]
    frame = read_panel(path, [time, female, male], numeric=[female, male])
    return gender_gaps(frame, time, [stem])


def _num(value: Any, lang: str, decimals: int = 4) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return format_number(float(value), lang, decimals)


def heat_colour(r: float) -> QColor:
    """Diverging: red for negative, white at 0, blue for positive."""
    if math.isnan(r):
        return QColor("#f0f0f0")
    r = max(-1.0, min(1.0, r))
    base = QColor("#2166ac") if r >= 0 else QColor("#b2182b")
    a = abs(r)
    return QColor(int(255 + (base.red() - 255) * a), int(255 + (base.green() - 255) * a),
                  int(255 + (base.blue() - 255) * a))


# ---------------------------------------------------------------- the dialog

class EvaluationDialog(QDialog):
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

    # --- tabs
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
        form.addRow("", self.cluster_check)
        form.addRow("", self.run_button)
        left = QWidget()
        left.setLayout(form)
        left.setMinimumWidth(380)
        left.setMaximumWidth(440)
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
        self.state.tasks.submit("eval_read", lambda _fb: inspect_panel(path), self._inspected,
                                self._failed)

    def _inspected(self, info: PanelInfo) -> None:
        self.info = info
        self.path_edit.setText(info.path)
        lang = self.state.language
        self.status.setText(tr("data.eval.read", lang, file=Path(info.path).name,
                               sheet=info.sheet or "—", columns=len(info.columns)))
        guess = _guess_roles(info)
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

    # --- DiD
    def treated_from_map(self) -> set[str]:
        """Panel unit ids that are the units selected on the map (by code or any name)."""
        ds = self.state.dataset
        if self.info is None or ds is None:
            return set()
        wanted: set[str] = set()
        for code in self.state.selection:
            wanted.add(str(code).lower())
            for lang in ("kk", "ru", "en"):
                try:
                    wanted.add(ds.unit_name(code, lang).strip().lower())
                except KeyError:
                    continue
        values = self.info.values.get(self.unit_combo.currentText(), [])
        return {str(v).strip() for v in values if str(v).strip().lower() in wanted}

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
        self.state.tasks.submit("eval_did", lambda _fb: run_did(*args), self._did_done,
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
        self.state.tasks.submit("eval_corr",
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
                text = (f"r = {_num(rv, lang, 2)}\np = {_num(pv, lang, 3)}\nn = {nv}"
                        if not math.isnan(rv) else f"—\nn = {nv}")
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

    # --- gender
    def run_gender(self) -> None:
        if self.info is None or not self.gender_stem.currentText():
            return
        path, time, stem = self.info.path, self.gender_time.currentText(), \
            self.gender_stem.currentText()
        self.state.tasks.submit("eval_gender", lambda _fb: run_gender(path, time, stem),
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


def _guess_roles(info: PanelInfo) -> dict[str, str]:
    low = {c.lower(): c for c in info.columns}

    def find(*words: str, among: list[str] | None = None) -> str:
        pool = among if among is not None else info.columns
        for w in words:
            for c in pool:
                if w in c.lower():
                    return c
        return ""

    time = find("year", "period", "год", "жыл", "time", "период", "кезең")
    unit = find("unit_code", "unit", "region", "district", "регион", "район", "аудан", "облыс",
                "sex", "gender", "пол", "жыныс") or (info.columns[0] if info.columns else "")
    treated = find("treated", "programme", "program", "участ", "қатыс", "female")
    outcome_pool = [c for c in info.numeric if c not in (time, treated, unit)]
    outcome = outcome_pool[0] if outcome_pool else (info.numeric[0] if info.numeric else "")
    del low
    return {"time": time, "unit": unit, "treated": treated, "outcome": outcome}
