"""The gap chart: a horizontal bar per unit, before and after the plan, sorted worst first, every
unit named and the list scrolling when the units are many (224 districts), with a key always in
view; and what the charts share (colours, an empty plot, shares as percent).

Linked to the selection through AppState: clicking a bar selects its unit (Ctrl adds, Shift
extends a range); selected units are drawn dark, the rest light.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg  # noqa: I001 - after PySide6, so pyqtgraph binds to it
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.display.indicator_values import indicator_kind, projected
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.gui.map.unit_names import short_name
from kzplanner.gui.state import AppState

BEFORE_LIGHT = QColor("#d9d9d9")
BEFORE_DARK = QColor("#7f7f7f")
AFTER_LIGHT = QColor("#9ecae1")
AFTER_DARK = QColor("#08519c")
SELECTED_EDGE = QColor("#0b2a4a")
ROW_PX = 18  # pixels per bar: every unit's name is written; more units, a longer scroll
AXIS_PX = 26  # the value axis strip above the bars
NAMES_PAD_PX = 14  # beside the longest unit name
KEY_SWATCH_PX = 10


def plot_widget(background: str = "#ffffff") -> pg.PlotWidget:
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


class ChartKey(QWidget):
    """The chart's key, always in view above the scrolling bars: a swatch and a word for the
    bars before the plan and after it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartKey")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        self.swatches: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.colours = {"before": BEFORE_DARK, "after": AFTER_DARK}
        for key, colour in self.colours.items():
            swatch = QLabel(self)
            swatch.setFixedSize(KEY_SWATCH_PX * 2, KEY_SWATCH_PX)
            swatch.setStyleSheet(f"background: {colour.name()}; border: none;")
            text = QLabel(self)
            row.addWidget(swatch)
            row.addWidget(text)
            self.swatches[key], self.labels[key] = swatch, text

    def set_texts(self, title: str, before: str, after: str | None) -> None:
        self.title.setText(title)
        self.labels["before"].setText(before)
        shown = after is not None
        self.labels["after"].setText(after or "")
        self.labels["after"].setVisible(shown)
        self.swatches["after"].setVisible(shown)

    def entries(self) -> list[tuple[str, str]]:
        """(colour, text) of each entry shown."""
        return [(self.colours[k].name(), self.labels[k].text()) for k in ("before", "after")
                if not self.labels[k].isHidden()]


class GapChart(QWidget):
    """Horizontal bars per unit, worst at the top: before (grey) and after (blue) the plan.
    Every unit has its bar and its name: the plot is as tall as the units need (ROW_PX each)
    and scrolls; the key and the value axis stay in view above it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.key = ChartKey(self)
        self.plot = plot_widget()
        self.plot.setMouseEnabled(x=False, y=False)  # the scroll area moves, the plot does not
        self.plot.getViewBox().invertY(True)
        self.plot.getPlotItem().hideAxis("bottom")
        # The values' axis in a strip of its own above the scrolling bars, so it stays in view;
        # it follows the bars' value range.
        self.axis_strip = plot_widget()
        self.axis_strip.setObjectName("gapChartAxis")
        item = self.axis_strip.getPlotItem()
        item.hideAxis("bottom")
        item.showAxis("top")
        item.getViewBox().setMaximumHeight(1)
        item.showGrid(x=False, y=False)
        self.axis_strip.getAxis("left").setTicks([[], []])
        self.axis_strip.getAxis("left").setPen(pg.mkPen(None))
        top = self.axis_strip.getAxis("top")
        top.setPen(pg.mkPen("#666666"))
        top.setTextPen(pg.mkPen("#333333"))
        self.axis_strip.setMouseEnabled(x=False, y=False)
        self.axis_strip.setXLink(self.plot)
        self.axis_strip.setFixedHeight(AXIS_PX)
        item.setContentsMargins(0, 0, 0, 0)
        self.plot.getPlotItem().setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("gapChartScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.key)
        # as wide as the bars' plot: beside it stands the scroll bar, always shown
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        strip = QHBoxLayout()
        strip.setContentsMargins(0, 0, self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent), 0)
        strip.addWidget(self.axis_strip)
        layout.addLayout(strip)
        layout.addWidget(self.scroll, 1)
        self.codes: list[str] = []
        self.names: list[str] = []
        self.before_bars: pg.BarGraphItem | None = None
        self.after_bars: pg.BarGraphItem | None = None
        self.target_lines: list[tuple[str, float]] = []
        self._anchor: int | None = None
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.viewport().installEventFilter(self)  # the wheel scrolls the bars
        for signal in (state.dataset_changed, state.result_changed, state.indicator_changed,
                       state.selection_changed, state.language_changed):
            signal.connect(self.redraw)
        self.redraw()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        """The plot would take the wheel (and do nothing with it): it scrolls the list."""
        if event.type() == QEvent.Type.Wheel:
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return super().eventFilter(watched, event)

    def redraw(self) -> None:
        prepared = self.state.prepared
        self.plot.clear()
        self.before_bars = self.after_bars = None
        lang = self.state.language
        # how to select, on the bars themselves: the dock's few rows go to the bars
        self.plot.setToolTip(tr("charts.hint", lang))
        if prepared is None:
            self.codes, self.names = [], []
            self.key.set_texts("", tr("charts.key_before", lang), None)
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
        # every unit named, in the interface language
        self.names = [short_name(self.state.unit_name(c)) for c in self.codes]
        self.plot.getAxis("left").setTicks([[(float(i), t) for i, t in enumerate(self.names)],
                                            []])
        # one width for the names in both plots, so the axis strip lines up with the bars
        names_px = max((self.fontMetrics().horizontalAdvance(t) for t in self.names), default=40)
        for plot in (self.plot, self.axis_strip):
            plot.getAxis("left").setWidth(names_px + NAMES_PAD_PX)
        unit = "%" if indicator_kind(indicator) == "share" else ""
        self.key.set_texts(label(indicator, lang) + (f", {unit}" if unit else ""),
                           tr("charts.key_before", lang),
                           tr("charts.key_after", lang) if after is not None else None)
        self.plot.setMinimumHeight(n * ROW_PX + ROW_PX)
        self.plot.getViewBox().setLimits(yMin=-1, yMax=max(n, 1))
        self.plot.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
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
