"""Projected versus actual: what the plan projected per unit and in total, what happened, why.

Follow-up → Load actuals… gets the comparison from app.actuals (the template or a header of
measure ids read directly; any other layout through the import wizard's mapping; matched to
the dataset's units and set against the current plan's projection) and shows one measure at a
time: a table per unit plus the total row with the variance explained in the interface
language, a sorted bar chart of the differences, the list of reasons with their signed
contributions, and the export of the whole comparison to Excel (app.actuals.write_comparison).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pyqtgraph as pg  # noqa: I001 - after PySide6, so pyqtgraph binds to it
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.actuals import (
    ActualsData,
    difference_indicator,
    explained,
    format_measure,
    measure_label,
    measures,
    reason_rows,
    reasons_by_unit,
    signed,
    unit_names,
    write_comparison,
)
from kzplanner.app.strings import tr
from kzplanner.core.formatting import format_number, format_share
from kzplanner.core.variance import TOTAL
from kzplanner.gui import settings
from kzplanner.gui.messages import show_error
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

# The workflow lives in app.actuals; these names stay importable from here.

MAX_BARS = 25
NEG_BAR = "#c0504d"
POS_BAR = "#1f5f99"


class NumberAxis(pg.AxisItem):
    """Tick labels as the interface language writes numbers (space thousands, no 1e+06)."""

    lang = "ru"

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        top = max((abs(v * scale) for v in values), default=0.0)
        if top >= 1e6:
            step = spacing * scale / 1e6
            decimals = 0 if step >= 1 else 1 if step >= 0.1 else 2
            return [tr("data.act.million", self.lang,
                       v=format_number(v * scale / 1e6, self.lang, decimals)) for v in values]
        decimals = 0 if spacing * scale >= 1 else 2
        return [format_number(v * scale, self.lang, decimals) for v in values]


class ActualsDialog(QDialog):
    def __init__(self, state: AppState, data: ActualsData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actualsDialog")
        self.state = state
        self.data = data
        self.last_box: Any = None
        self.exported: str | None = None
        fit_to_screen(self, 1150, 760)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("hint")
        self.measure_label = QLabel()
        self.measure_combo = QComboBox()
        self.measure_combo.setObjectName("actualsMeasure")
        self.measure_combo.currentIndexChanged.connect(self._show_measure)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("actualsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setSortingEnabled(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3, 4):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 200)
        self.value_axis = NumberAxis(orientation="bottom")
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": self.value_axis})
        self.plot.getAxis("left").setWidth(140)
        self.plot.setObjectName("actualsChart")
        self.plot.setMinimumWidth(320)
        self.plot.showGrid(x=True, y=False, alpha=0.3)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.reasons = QTableWidget(0, 6)
        self.reasons.setObjectName("actualsReasons")
        self.reasons.verticalHeader().setVisible(False)
        self.reasons.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        rh = self.reasons.horizontalHeader()
        rh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for c in (0, 1, 3, 4, 5):
            rh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportComparison")
        self.export_button.clicked.connect(lambda: self.ask_export())
        self.map_button = QPushButton()
        self.map_button.setObjectName("showDifferenceOnMap")
        self.map_button.clicked.connect(lambda: self.show_on_map())
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        split = QSplitter(Qt.Orientation.Horizontal)
        # The chart's title is a word-wrapped label: pyqtgraph's own title is one line and a long
        # measure name ran past the chart's edge.
        self.chart_title = QLabel()
        self.chart_title.setObjectName("chartTitle")
        self.chart_title.setWordWrap(True)
        self.chart_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        chart = QWidget()
        cv = QVBoxLayout(chart)
        cv.setContentsMargins(0, 4, 0, 0)
        cv.addWidget(self.chart_title)
        cv.addWidget(self.plot, 1)
        split.addWidget(self.table)
        split.addWidget(chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([760, 370])
        self.tabs = QTabWidget()
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.reasons, "")
        top = QHBoxLayout()
        top.addWidget(self.measure_label)
        top.addWidget(self.measure_combo, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.map_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.source)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)
        state.language_changed.connect(self.retranslate)
        self.retranslate()

    # --- content
    def names(self) -> dict[str, str]:
        return unit_names(self.data.comparison, self.state.unit_name, self.state.language)

    def measures(self) -> list[str]:
        return measures(self.data.comparison)

    def retranslate(self) -> None:
        lang = self.state.language
        self.setWindowTitle(tr("data.act.title", lang))
        current = self.measure_combo.currentData() or "spent_kzt"
        self.measure_combo.blockSignals(True)
        self.measure_combo.clear()
        for m in self.measures():
            self.measure_combo.addItem(measure_label(m, lang), m)
        self.measure_combo.setCurrentIndex(max(self.measure_combo.findData(current), 0))
        self.measure_combo.blockSignals(False)
        self.measure_label.setText(tr("data.act.measure", lang))
        self.export_button.setText(tr("data.act.export", lang))
        self.map_button.setText(tr("data.act.show_on_map", lang))
        self.map_button.setMinimumWidth(self.map_button.fontMetrics().horizontalAdvance(
            self.map_button.text()) + 32)
        self.export_button.setMinimumWidth(self.export_button.fontMetrics().horizontalAdvance(
            self.export_button.text()) + 32)
        self.value_axis.lang = lang
        self.value_axis.picture = None  # tick labels are cached: redraw them in this language
        self.value_axis.update()
        self.close_button.setText(tr("data.close", lang))
        self.tabs.setTabText(0, tr("data.act.tab_units", lang))
        self.tabs.setTabText(1, tr("data.act.tab_reasons", lang))
        total = self.data.comparison.loc[TOTAL]
        parts = [tr("data.act.source", lang, file=Path(self.data.file).name,
                    sheet=self.data.sheet or "—")]
        if int(total.get("units_not_reported", 0) or 0):
            parts.append(tr("data.act.not_reported", lang, n=int(total["units_not_reported"])))
        if self.data.unmatched:
            parts.append(tr("data.act.unmatched", lang, n=len(self.data.unmatched),
                            names=", ".join(self.data.unmatched[:6])))
        self.source.setText(" · ".join(parts))
        self.why = explained(self.data.comparison, lang)
        self._fill_reasons()
        self._show_measure()

    def _show_measure(self, *_args: Any) -> None:
        lang = self.state.language
        m = self.measure_combo.currentData()
        if not m:
            return
        cmp = self.data.comparison
        names = self.names()
        reasons = reasons_by_unit(self.why)
        self.table.setHorizontalHeaderLabels([
            tr("data.act.col_unit", lang), tr("data.act.projected", lang),
            tr("data.act.actual", lang), tr("data.act.difference", lang),
            tr("data.act.difference_pct", lang), tr("data.act.col_why", lang)])
        codes = [c for c in cmp.index if c != TOTAL] + [TOTAL]
        self.table.setRowCount(len(codes))
        bold = QFont()
        bold.setBold(True)
        for row, code in enumerate(codes):
            p, a, d = (cmp.loc[code, f"{m}_{k}"] for k in ("projected", "actual", "difference"))
            pct = d / p if p and not math.isnan(float(p)) and not math.isnan(float(d)) else math.nan
            why = reasons.get(str(code), "")
            cells = [names.get(str(code), str(code)), format_measure(p, m, lang),
                     format_measure(a, m, lang), signed(format_measure(d, m, lang), d),
                     "—" if math.isnan(pct) else signed(format_share(pct, lang), pct), why]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if col in (1, 2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 5 and why:
                    item.setToolTip(why)
                if code == TOTAL:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor("#eef1f5")))
                elif col == 3 and not math.isnan(float(d)) and d != 0:
                    item.setForeground(QBrush(QColor(NEG_BAR if d < 0 else POS_BAR)))
                self.table.setItem(row, col, item)
        self._draw_chart(m, codes[:-1], names)

    def show_on_map(self) -> str | None:
        """Colour the main map by actual − projected of the chosen measure (per unit)."""
        m = self.measure_combo.currentData()
        if not m:
            return None
        key, values, labels = difference_indicator(self.data.comparison, m)
        # fewer people reached or connections than projected is the bad direction
        self.state.add_indicator(key, values, labels, kind="count",
                                 bad_is_high=m.endswith("_kzt"))
        return key

    def _draw_chart(self, measure: str, codes: list[str], names: dict[str, str]) -> None:
        lang = self.state.language
        cmp = self.data.comparison
        diff = cmp.loc[codes, f"{measure}_difference"].astype(float).dropna()
        diff = diff[diff != 0]
        top = diff.reindex(diff.abs().sort_values(ascending=False).index[:MAX_BARS])
        top = top.sort_values()
        self.plot.clear()
        axis = self.plot.getAxis("left")
        if top.empty:
            axis.setTicks([[]])
            self.chart_title.setText(tr("data.act.no_difference", lang))
            return
        ys = list(range(len(top)))
        values = top.to_numpy()
        brushes = [pg.mkBrush(NEG_BAR if v < 0 else POS_BAR) for v in values]
        bars = pg.BarGraphItem(x0=[min(0.0, v) for v in values], y=ys, height=0.7,
                               width=[abs(v) for v in values], brushes=brushes, pen=None)
        self.plot.addItem(bars)
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#4a5868")))
        # pyqtgraph drops a tick label wider than the axis: elide long names to fit instead
        metrics = QFontMetrics(axis.style.get("tickFont") or self.plot.font())
        room = max(axis.width() - 14, 40)
        axis.setTicks([[(y, metrics.elidedText(names.get(str(c), str(c)),
                                               Qt.TextElideMode.ElideRight, room))
                        for y, c in zip(ys, top.index, strict=True)]])
        self.chart_title.setText(tr("data.act.chart_title", lang,
                                    measure=measure_label(measure, lang)))
        self.plot.setYRange(-0.6, len(top) - 0.4, padding=0)

    def _fill_reasons(self) -> None:
        lang = self.state.language
        why = self.why
        names = self.names()
        self.reasons.setHorizontalHeaderLabels([
            tr("data.act.col_unit", lang), tr("data.act.col_instrument", lang),
            tr("data.act.col_reason", lang), tr("data.act.col_contribution", lang),
            tr("data.act.col_planned_rate", lang), tr("data.act.col_actual_rate", lang)])
        rows = reason_rows(why, names, lang)
        self.reasons.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.reasons.setItem(row, col, item)

    # --- export
    def ask_export(self, path: str | None = None) -> None:
        lang = self.state.language
        if path is None:
            folder = Path(str(settings.read("last_dir") or Path.home()))
            path, _ = QFileDialog.getSaveFileName(
                self, tr("data.act.export", lang),
                str(folder / tr("data.act.default_name", lang)), tr("data.tmpl.filter", lang))
            if not path:
                return
        target, cmp, names = str(path), self.data.comparison.copy(), self.names()
        self.state.tasks.submit(TaskKind.EXPORT_ACTUALS,
                                lambda _fb: write_comparison(target, cmp, names, lang),
                                self._exported, self._failed)

    def _exported(self, path: str) -> None:
        self.exported = path
        self.source.setText(tr("data.act.exported", self.state.language, file=Path(path).name))

    def _failed(self, exc: BaseException) -> None:
        self.last_box = show_error(self, exc, self.state.language)

