"""Projected versus actual: what the plan projected per unit and in total, what happened, why.

Follow-up → Load actuals… reads the actuals (core.io.actuals.read_actuals for the template or a
header of measure ids; core.io.actuals.import_actuals with the import wizard's mapping for any
other layout; matched to the dataset's units), sets them against the current plan's projection (compare_projection) and
shows one measure at a time: a table per unit plus the total row with the variance explained
in the interface language (explain_variance), a sorted bar chart of the differences, the list
of reasons with their signed contributions, and an export of the whole comparison to Excel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
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

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_kzt, format_number, format_share
from kzplanner.core.io.read.actuals import import_actuals, is_canonical_actuals, read_actuals
from kzplanner.core.variance import (
    MEASURES,
    TOTAL,
    compare_projection,
    explain_variance,
    projection_per_unit,
)
from kzplanner.gui import settings
from kzplanner.gui.messages import show_error
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState

MAX_BARS = 25
NEG_BAR = "#c0504d"
POS_BAR = "#1f5f99"


@dataclass
class ActualsData:
    """Worker result: the comparison and what could not be matched."""

    file: str
    sheet: str | None
    comparison: pd.DataFrame
    unmatched: list[str] = field(default_factory=list)


def compute_comparison(path: str, units: Any, result: Any, mapping: Any = None,
                       institutions: Any = None) -> ActualsData:
    """Worker side: read the actuals (canonical, or with the import wizard's `mapping` and its
    decisions), project the plan per unit, compare (no Qt)."""
    if mapping is not None:
        actuals = import_actuals(path, mapping, units, institutions).actuals
    else:
        actuals = read_actuals(path, units=units, institutions=institutions)
    projected = projection_per_unit(result)
    comparison = compare_projection(projected, actuals)
    source = actuals.attrs.get("source", {})
    return ActualsData(str(path), source.get("sheet"), comparison,
                       list(actuals.attrs.get("unmatched", [])))


def load_canonical(path: str, units: Any, result: Any, institutions: Any = None
                   ) -> ActualsData | None:
    """Worker side of Follow-up → Load actuals: the comparison when the file is canonical (the
    actuals template or a header of measure ids), None when it needs the import wizard."""
    if not is_canonical_actuals(path):
        return None
    return compute_comparison(path, units, result, institutions=institutions)


def measure_label(measure: str, lang: str) -> str:
    from kzplanner.core.catalogue import label

    return label(measure, lang)


def format_measure(value: Any, measure: str, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if measure.endswith("_kzt"):
        return format_kzt(float(value), lang)
    return format_number(float(value), lang, 0)


def _instrument(inst: Any, lang: str) -> str:
    if inst is None or (isinstance(inst, float) and math.isnan(inst)) or not inst:
        return ""
    return label(str(inst), lang)


def reasons_by_unit(why: pd.DataFrame) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for _, r in why.iterrows():
        inst = f"{r['instrument_label']}: " if r.get("instrument_label") else ""
        out.setdefault(str(r["unit_code"]), []).append(f"{inst}{r['text']}")
    return {k: "; ".join(v) for k, v in out.items()}


def explained(comparison: pd.DataFrame, lang: str) -> pd.DataFrame:
    why = explain_variance(comparison, lang)
    why["instrument_label"] = [_instrument(i, lang) for i in why["instrument"]]
    return why


def comparison_sheets(comparison: pd.DataFrame, names: dict[str, str], lang: str
                      ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The export's two sheets with headers in `lang`: comparison per unit, reasons."""
    why = explained(comparison, lang)
    reasons = reasons_by_unit(why)
    table = pd.DataFrame(index=comparison.index)
    table[tr("data.act.col_code", lang)] = ["" if c == TOTAL else c for c in comparison.index]
    table[tr("data.act.col_unit", lang)] = [names.get(c, c) for c in comparison.index]
    for m in MEASURES:
        if f"{m}_projected" not in comparison:
            continue
        for part in ("projected", "actual", "difference"):
            table[f"{measure_label(m, lang)} — {tr(f'data.act.{part}', lang)}"] = \
                comparison[f"{m}_{part}"].astype(float)
    table[tr("data.act.col_why", lang)] = [reasons.get(str(c), "") for c in comparison.index]
    out_why = pd.DataFrame({
        tr("data.act.col_unit", lang): [names.get(str(c), c) for c in why["unit_code"]],
        tr("data.act.col_instrument", lang): why["instrument_label"],
        tr("data.act.col_reason", lang): why["text"],
        tr("data.act.col_contribution", lang): why["value"],
        tr("data.act.col_planned_rate", lang): why["projected"],
        tr("data.act.col_actual_rate", lang): why["actual"],
    })
    return table.reset_index(drop=True), out_why


def write_comparison(path: str, comparison: pd.DataFrame, names: dict[str, str],
                     lang: str) -> str:
    """Worker side: the comparison as an Excel workbook (atomically)."""
    from kzplanner.core.io.write.atomic import write_atomically

    table, why = comparison_sheets(comparison, names, lang)

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as xl:
            table.to_excel(xl, sheet_name=tr("data.act.sheet_comparison", lang)[:31],
                           index=False)
            why.to_excel(xl, sheet_name=tr("data.act.sheet_reasons", lang)[:31], index=False)
            for ws in xl.book.worksheets:
                ws.freeze_panes = "C2" if ws.title == xl.book.worksheets[0].title else "A2"
                for col in ws.columns:
                    width = max(len(str(c.value or "")) for c in col[:60])
                    ws.column_dimensions[col[0].column_letter].width = min(max(width, 10), 48)

    return str(write_atomically(path, write))


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
        lang = self.state.language
        names = {str(c): self.state.unit_name(str(c)) for c in self.data.comparison.index}
        names[TOTAL] = tr("data.act.total", lang)
        return names

    def measures(self) -> list[str]:
        cmp = self.data.comparison
        return [m for m in MEASURES if f"{m}_projected" in cmp]

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
                     format_measure(a, m, lang), _signed(format_measure(d, m, lang), d),
                     "—" if math.isnan(pct) else _signed(format_share(pct, lang), pct), why]
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
        cmp = self.data.comparison
        values = cmp.loc[[c for c in cmp.index if c != TOTAL], f"{m}_difference"].astype(float)
        key = f"actual_minus_projected_{m}"
        labels = {lang: tr("data.act.map_label", lang, measure=measure_label(m, lang))
                  for lang in ("en", "ru", "kk")}
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
        self.reasons.setRowCount(len(why))
        for row, (_, r) in enumerate(why.iterrows()):
            code, measure = str(r["code"]), r["measure"]
            unit = "spent_kzt" if measure == "spent_kzt" else "count"
            rate_kind = ("share" if code.startswith("takeup") else
                         "spent_kzt" if code.startswith("cost") else "count")
            cells = [names.get(str(r["unit_code"]), str(r["unit_code"])), r["instrument_label"],
                     r["text"], _signed(format_measure(r["value"], unit, lang), r["value"]),
                     _rate(r["projected"], rate_kind, lang), _rate(r["actual"], rate_kind, lang)]
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
        self.state.tasks.submit("export_actuals",
                                lambda _fb: write_comparison(target, cmp, names, lang),
                                self._exported, self._failed)

    def _exported(self, path: str) -> None:
        self.exported = path
        self.source.setText(tr("data.act.exported", self.state.language, file=Path(path).name))

    def _failed(self, exc: BaseException) -> None:
        self.last_box = show_error(self, exc, self.state.language)


def _signed(text: str, value: Any) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return text
    return f"+{text}" if v > 0 and not text.startswith("+") else text


def _rate(value: Any, kind: str, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if kind == "share":
        return format_share(float(value), lang)
    return format_measure(value, kind if kind == "spent_kzt" else "count", lang)
