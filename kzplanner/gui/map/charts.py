"""Charts beside the map (pyqtgraph): gap by unit before/after (gap_chart.py), impact vs budget,
the plan's mix.

Linked to the selection both ways through AppState (GeoDa-style brushing): clicking a bar selects
its unit(s); selected units are drawn dark, the rest light. The
impact-versus-budget curve is computed on the state's task runner, never on the GUI thread.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg  # noqa: I001 - after PySide6, so pyqtgraph binds to it
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_kzt, format_number
from kzplanner.gui.map.gap_chart import (
    AFTER_DARK,
    AFTER_LIGHT,
    SELECTED_EDGE,
    GapChart,
    plot_widget,
)
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind


class CurveChart(QWidget):
    """The combined access gap after the plan against the budget (0 … 2× budget), the current
    budget marked. The index is the stated exchange rate between measures: the curve never adds
    people across measures."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plot = plot_widget()
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
        self.plot = plot_widget()
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
        all_mln = totals.to_numpy(dtype=float) / 1e6  # an object column (a joined source)
        self.plot.addItem(pg.BarGraphItem(x=x, height=all_mln, width=0.7,
                                          brush=AFTER_LIGHT if sel else AFTER_DARK,
                                          pen=pg.mkPen(None)))
        if sel:
            part = alloc[alloc["unit_code"].astype(str).isin(sel)]
            sel_mln = (part.groupby(["instrument", "group"])["cost_kzt"].sum()
                       .reindex(totals.index).fillna(0.0).to_numpy(dtype=float) / 1e6)
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
