"""Charts beside the map (pyqtgraph): gap by unit before/after, impact vs budget, the plan's mix.

Linked to the selection both ways through AppState (GeoDa-style brushing): clicking a bar selects
its unit (Ctrl adds, Shift extends a range); selected units are drawn dark, the rest light. The
impact-versus-budget curve is computed on the state's task runner, never on the GUI thread.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg  # noqa: I001 - after PySide6, so pyqtgraph binds to it
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kzplanner.app.display.indicator_values import indicator_kind, projected
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_kzt, format_number
from kzplanner.gui.map.unit_names import short_name
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

BEFORE_LIGHT = QColor("#d9d9d9")
BEFORE_DARK = QColor("#7f7f7f")
AFTER_LIGHT = QColor("#9ecae1")
AFTER_DARK = QColor("#08519c")
SELECTED_EDGE = QColor("#0b2a4a")
MAX_NAMED_BARS = 40
ROW_PX = 17  # at least this many pixels per bar before the chart scrolls  # beyond this many units only every n-th name is written


def _plot(background: str = "#ffffff") -> pg.PlotWidget:
    plot = pg.PlotWidget(background=background)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.getPlotItem().showGrid(x=True, y=False, alpha=0.25)
    for axis in ("left", "bottom"):
        ax = plot.getAxis(axis)
        ax.setPen(pg.mkPen("#666666"))
        ax.setTextPen(pg.mkPen("#333333"))
    return plot


def scale_share(values: pd.Series, indicator: str) -> pd.Series:
    """Shares as percent for plotting; the 0–100 index as is."""
    return values * 100.0 if indicator_kind(indicator) == "share" else values


class GapChart(QWidget):
    """Horizontal bars per unit, worst at the top: before (grey) and after (blue) the plan."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plot = _plot()
        self.plot.setMouseEnabled(x=False, y=True)
        self.plot.getViewBox().invertY(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hint)
        self.codes: list[str] = []
        self.before_bars: pg.BarGraphItem | None = None
        self.after_bars: pg.BarGraphItem | None = None
        self.target_lines: list[tuple[str, float]] = []
        self._anchor: int | None = None
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        for signal in (state.dataset_changed, state.result_changed, state.indicator_changed,
                       state.selection_changed, state.language_changed):
            signal.connect(self.redraw)
        self.redraw()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.redraw()

    def redraw(self) -> None:
        prepared = self.state.prepared
        self.plot.clear()
        self.before_bars = self.after_bars = None
        lang = self.state.language
        self.hint.setText(tr("charts.hint", lang))
        if prepared is None:
            self.codes = []
            return
        indicator = self.state.indicator
        result = self.state.result
        before = scale_share(prepared.baseline[indicator].astype(float), indicator)
        raw_before = prepared.baseline[indicator].astype(float)
        after = (scale_share(projected(result, indicator, raw_before), indicator)
                 if result is not None else None)
        ascending = indicator not in _bad_is_high()
        order = before.sort_values(ascending=ascending, na_position="last").index
        self.codes = [str(c) for c in order]
        n = len(self.codes)
        y = np.arange(n, dtype=float)
        sel = np.array([c in set(self.state.selection) for c in self.codes])
        any_sel = bool(sel.any())
        b = before.reindex(order).fillna(0.0).to_numpy()
        brushes = [BEFORE_DARK if (s or not any_sel) else BEFORE_LIGHT for s in sel]
        pens = [pg.mkPen(SELECTED_EDGE, width=2) if s else pg.mkPen(None) for s in sel]
        self.before_bars = pg.BarGraphItem(x0=0, y=y, height=0.8, width=b, brushes=brushes,
                                           pens=pens)
        self.plot.addItem(self.before_bars)
        if after is not None:
            a = after.reindex(order).fillna(0.0).to_numpy()
            abrush = [AFTER_DARK if (s or not any_sel) else AFTER_LIGHT for s in sel]
            self.after_bars = pg.BarGraphItem(x0=0, y=y, height=0.42, width=a, brushes=abrush,
                                              pens=[pg.mkPen(None)] * n)
            self.plot.addItem(self.after_bars)
        self._draw_targets(indicator, lang)
        names = [short_name(self.state.unit_name(c)) for c in self.codes]
        step = max(1, math.ceil(n / MAX_NAMED_BARS))
        ticks = [(float(i), names[i]) for i in range(0, n, step)]
        self.plot.getAxis("left").setTicks([ticks, []])
        unit = "%" if indicator_kind(indicator) == "share" else ""
        mode_key = "charts.before" if after is None else None
        title = label(indicator, lang) + (f", {unit}" if unit else "")
        if mode_key is None:
            title += f" — {tr('charts.before', lang)} / {tr('charts.after', lang)}"
        self.plot.setTitle(title, color="#1f1f1f", size="10pt")
        self.plot.getViewBox().setLimits(yMin=-1, yMax=n)
        rows = max(6, int(self.plot.height() / ROW_PX)) if self.plot.height() > 50 else 12
        self.plot.setYRange(-0.6, min(n, rows) - 0.4, padding=0)
        top = float(np.nanmax(b)) if n else 1.0
        top = max([top] + [v for _, v in self.target_lines])  # the targets stay in view
        self.plot.setXRange(0, top * 1.05 if top > 0 else 1.0, padding=0)
        self._tooltip_values = (before, after, indicator)

    def _draw_targets(self, indicator: str, lang: str) -> None:
        """Dashed lines at an indicator's reported value and targets (seed 002's school access
        in cities and in rural areas), labelled with their year."""
        from kzplanner.core.monitoring import monitoring_indicator

        m = monitoring_indicator(indicator)
        self.target_lines = []
        if m is None or not (m.targets or m.baseline):
            return
        scale = 100.0 if indicator_kind(indicator) == "share" else 1.0
        marks = [(tr("charts.reported", lang, year=y), v, "#7f7f7f")
                 for y, v in sorted(m.baseline.items())]
        marks += [(tr("charts.target", lang, year=y), v, "#d6604d")
                  for y, v in sorted(m.targets.items())]
        for i, (text, value, colour) in enumerate(marks):
            line = pg.InfiniteLine(pos=value * scale, angle=90, label=text,
                                   pen=pg.mkPen(colour, width=1.2, style=Qt.PenStyle.DashLine),
                                   labelOpts={"position": 0.05 + 0.06 * i, "color": colour})
            self.plot.addItem(line)
            self.target_lines.append((text, value * scale))

    def row_at(self, scene_pos: QPointF) -> int | None:
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        i = int(round(p.y()))
        return i if 0 <= i < len(self.codes) else None

    def _clicked(self, event: Any) -> None:
        i = self.row_at(event.scenePos())
        mods = event.modifiers()
        self.click_row(i, bool(mods & Qt.KeyboardModifier.ControlModifier),
                       bool(mods & Qt.KeyboardModifier.ShiftModifier))

    def click_row(self, i: int | None, extend: bool = False, span: bool = False) -> None:
        """Select the unit on row i (None: clear); Ctrl toggles, Shift selects a range."""
        if i is None:
            if not extend:
                self.state.select_units([])
            return
        code = self.codes[i]
        current = list(self.state.selection)
        if span and self._anchor is not None:
            lo, hi = sorted((self._anchor, i))
            self.state.select_units(current + self.codes[lo:hi + 1])
            return
        self._anchor = i
        if extend:
            self.state.select_units([c for c in current if c != code] if code in current
                                    else current + [code])
        else:
            self.state.select_units([code])

    def selected_rows(self) -> list[int]:
        sel = set(self.state.selection)
        return [i for i, c in enumerate(self.codes) if c in sel]


def _bad_is_high() -> frozenset[str]:
    from kzplanner.core.catalogue import BAD_IS_HIGH

    return BAD_IS_HIGH


class CurveChart(QWidget):
    """The combined access gap after the plan against the budget (0 … 2× budget), the current
    budget marked. The index is the stated exchange rate between measures: the curve never adds
    people across measures."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plot = _plot()
        self.plot.getPlotItem().showGrid(x=True, y=True, alpha=0.25)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.status)
        self.curve: pd.DataFrame | None = None
        self._curve_params: object | None = None
        state.result_changed.connect(self.request)
        state.dataset_changed.connect(self._forget)
        state.language_changed.connect(self.redraw)
        self.request()

    def _forget(self) -> None:
        self.curve = None
        self._curve_params = None
        self.redraw()

    def request(self) -> None:
        """Compute the curve for the current plan's parameters in the background."""
        prepared, result = self.state.prepared, self.state.result
        if prepared is None or result is None:
            self.redraw()
            return
        if self._curve_params == result.params and self.curve is not None:
            self.redraw()
            return
        ds, params = prepared.dataset, result.params

        def work(feedback: Any) -> tuple[object, pd.DataFrame]:
            from kzplanner.core.planning.sweep import budget_curve

            return params, budget_curve(ds, params, feedback=feedback)

        self.status.setText(tr("charts.computing", self.state.language))
        self.state.tasks.submit(TaskKind.CURVE, work, self._arrived)

    def _arrived(self, value: tuple[object, pd.DataFrame]) -> None:
        self._curve_params, self.curve = value
        self.redraw()

    def redraw(self) -> None:
        lang = self.state.language
        self.plot.clear()
        self.plot.setLabel("bottom", tr("charts.budget_axis", lang))
        self.plot.setLabel("left", tr("charts.gap_axis", lang))
        self.plot.setTitle(tr("charts.curve_title", lang), color="#1f1f1f", size="10pt")
        result = self.state.result
        if self.curve is None or result is None:
            if result is None:
                self.status.setText(tr("charts.no_plan", lang))
            return
        self.status.setText("")
        c = self.curve
        x = c["budget"].to_numpy() / 1e9
        y = c["combined_gap_after"].to_numpy(dtype=float)
        self.plot.plot(x, y, pen=pg.mkPen(AFTER_DARK, width=2.5), symbol="o", symbolSize=6,
                       symbolBrush=AFTER_DARK, symbolPen=None)
        budget = result.params.budget_kzt / 1e9
        gap = float(result.summary["combined_gap_after"])
        line = pg.InfiniteLine(pos=budget, angle=90, pen=pg.mkPen("#d6604d", width=1.5,
                                                                    style=Qt.PenStyle.DashLine))
        self.plot.addItem(line)
        dot = pg.ScatterPlotItem([budget], [gap], size=11, brush=pg.mkBrush("#d6604d"),
                                 pen=pg.mkPen("#ffffff", width=1.5))
        self.plot.addItem(dot)
        text = pg.TextItem(f"{tr('charts.current_budget', lang)}: "
                           f"{format_kzt(result.params.budget_kzt, lang)}"
                           f"\n{label('combined_gap', lang)}: {format_number(gap, lang, 1)}",
                           color="#1f1f1f", anchor=(-0.03, 1.1))  # above right: over the curve
        text.setPos(budget, gap)
        self.plot.addItem(text)
        top = float(np.nanmax(np.append(y, [gap, result.summary["combined_gap_before"]])))
        self.plot.setYRange(0, top * 1.1 if top > 0 else 1.0, padding=0.02)


class MixChart(QWidget):
    """Spending per instrument × group: all units light, the selection dark; click selects the
    units that received that line."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plot = _plot()
        self.plot.setMouseEnabled(x=False, y=False)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hint)
        self.lines: list[tuple[str, str]] = []
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        for signal in (state.result_changed, state.selection_changed, state.language_changed,
                       state.dataset_changed):
            signal.connect(self.redraw)
        self.redraw()

    def redraw(self) -> None:
        lang = self.state.language
        self.plot.clear()
        self.hint.setText(tr("charts.mix_hint", lang))
        self.plot.setLabel("left", tr("charts.spent_axis", lang))
        self.plot.setTitle(tr("charts.mix", lang), color="#1f1f1f", size="10pt")
        result = self.state.result
        if result is None or result.allocation.empty:
            self.lines = []
            self.hint.setText(tr("charts.no_plan", lang))
            return
        alloc = result.allocation
        totals = alloc.groupby(["instrument", "group"])["cost_kzt"].sum().sort_values(
            ascending=False)
        self.lines = [(str(i), str(g)) for i, g in totals.index]
        sel = set(self.state.selection)
        x = np.arange(len(self.lines), dtype=float)
        all_mln = totals.to_numpy() / 1e6
        self.plot.addItem(pg.BarGraphItem(x=x, height=all_mln, width=0.7,
                                          brush=AFTER_LIGHT if sel else AFTER_DARK,
                                          pen=pg.mkPen(None)))
        if sel:
            part = alloc[alloc["unit_code"].astype(str).isin(sel)]
            sel_mln = (part.groupby(["instrument", "group"])["cost_kzt"].sum()
                       .reindex(totals.index).fillna(0.0).to_numpy() / 1e6)
            self.plot.addItem(pg.BarGraphItem(x=x, height=sel_mln, width=0.7, brush=AFTER_DARK,
                                              pen=pg.mkPen(SELECTED_EDGE, width=1.5)))
        ticks = [(float(i), f"{label(ins, lang)}\n{label(g, lang)}")
                 for i, (ins, g) in enumerate(self.lines)]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        self.plot.setXRange(-0.6, len(self.lines) - 0.4, padding=0)
        self.plot.setYRange(0, float(all_mln.max()) * 1.08 if len(all_mln) else 1.0, padding=0)

    def _clicked(self, event: Any) -> None:
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        i = int(round(vb.mapSceneToView(event.scenePos()).x()))
        self.click_bar(i if 0 <= i < len(self.lines) else None)

    def click_bar(self, i: int | None) -> None:
        """Select the units that received line i (None: clear the selection)."""
        result = self.state.result
        if i is None or result is None:
            self.state.select_units([])
            return
        ins, group = self.lines[i]
        alloc = result.allocation
        rows = alloc[(alloc["instrument"] == ins) & (alloc["group"] == group)
                     & (alloc["count"] > 0)]
        self.state.select_units(rows["unit_code"].astype(str).unique().tolist())


class ChartsPanel(QTabWidget):
    """The three charts as tabs."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("chartsPanel")
        self.gap = GapChart(state, self)
        self.curve = CurveChart(state, self)
        self.mix = MixChart(state, self)
        self.addTab(self.gap, "")
        self.addTab(self.curve, "")
        self.addTab(self.mix, "")
        state.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.state.language
        for i, key in enumerate(("charts.gap", "charts.curve", "charts.mix")):
            self.setTabText(i, tr(key, lang))
