"""Settlements on the printed map page (issue 17): the same layer the window draws — coloured by
coverage for the chosen institution type, sized by population, a ring where the population is
estimated, a dot where a symbol has no room — and its legend block, at the page's resolution.

What to draw comes from app/display/settlement_points.py (as in the window); the symbols are
painted by map_settlements.paint_settlements with the print factor (dpi / 96).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from kzplanner.app.display.settlement_points import (
    CELL_PX,
    MAX_SYMBOLS,
    PX_PER_SYMBOL,
    SettlementPlan,
    SettlementPoints,
    plan_basis,
    plan_settlements,
    points_after_plan,
    settlement_points,
    shows_after,
)
from kzplanner.app.display.settlement_text import legend_rows, legend_title
from kzplanner.app.strings import tr
from kzplanner.gui.map.map_legend import paint_legend_symbol
from kzplanner.gui.map.map_settlements import paint_settlements

KINDS: tuple[str, ...] = ("school", "fap", "psc")


@dataclass
class PrintSettlements:
    """The settlement layer of one page: points, the type shown, the legend in the language."""

    points: SettlementPoints
    kind: str
    title: str
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # text, colour, count,
    note: str = ""  # …symbol ('dot' or 'ring')
    last_plan: SettlementPlan | None = None  # what the last paint drew (page pixels)


def page_settlements(dataset: object, kind: str | None, lang: str,
                     result: object = None, mode: str = "baseline") -> PrintSettlements | None:
    """The layer for a page showing coverage for `kind` (None: no layer; a dataset without
    settlements: None); with a plan made with settlements, its "after the plan" and "change"
    pages (`mode`) colour the coverage its kits reach (covered, newly covered, not covered)
    and the legend says before or after the plan, as the window does."""
    layer = getattr(dataset, "settlements", None)
    if kind is None or layer is None or not len(layer.table):
        return None
    if kind not in KINDS:
        raise ValueError(kind)
    coverage = getattr(dataset, "coverage", None)
    pts = settlement_points(layer.table, getattr(coverage, "per_settlement", None))
    side = ""
    if plan_basis(result) is not None:
        side = "after" if shows_after(mode, result) else "before"
    if side == "after":
        pts = points_after_plan(pts, result)
    reach = float(getattr(coverage, "reach_km", {}).get(kind, 0.0)) if coverage else 0.0
    return PrintSettlements(pts, kind, legend_title(kind, reach, lang, side),
                            legend_rows(pts, kind, lang), tr("set.legend.note", lang))


def paint_page_settlements(painter: QPainter, layer: PrintSettlements, t: QTransform,
                           rect: QRectF, scale: float) -> None:
    """The settlements inside `rect` (device pixels; `t` maps the projected coordinates onto
    the page), thinned like the window's at a screen `scale` times larger."""
    pts = layer.points
    if not len(pts):
        return
    states = pts.states(layer.kind)
    xy = pts.xy
    px = np.column_stack([xy[:, 0] * t.m11() + t.dx() - rect.left(),
                          xy[:, 1] * t.m22() + t.dy() - rect.top()])
    w, h = rect.width(), rect.height()
    cap = max(20, min(MAX_SYMBOLS, int(w * h / (PX_PER_SYMBOL * scale * scale))))
    plan = plan_settlements(px, pts.population, states == 0, w, h, cell_px=CELL_PX * scale,
                            max_symbols=cap)
    painter.save()
    painter.translate(rect.left(), rect.top())
    paint_settlements(painter, plan, pts, states, scale=scale)
    painter.restore()
    offset = np.array([rect.left(), rect.top()])
    layer.last_plan = SettlementPlan(plan.symbols, plan.symbol_xy + offset, plan.dots,
                                     plan.dot_xy + offset)


def legend_height(layer: PrintSettlements | None, fonts: tuple[QFont, QFont, QFont],
                  row_h: float, gap: float, width: float) -> float:
    """Height of the settlement legend block (title, rows, note) for a column `width` wide."""
    if layer is None:
        return 0.0
    title_font, _row_font, note_font = fonts
    return (_height(layer.title, title_font, width) + gap + len(layer.rows) * row_h
            + gap + _height(layer.note, note_font, width))


def paint_legend(painter: QPainter, layer: PrintSettlements, fonts: tuple[QFont, QFont, QFont],
                 x: float, y: float, width: float, row_h: float, gap: float, symbol_w: float,
                 scale: float) -> float:
    """The settlement legend block from (x, y); returns the y below it."""
    title_font, row_font, note_font = fonts
    text = QColor("#1f1f1f")
    muted = QColor("#555555")
    y = _draw(painter, layer.title, title_font, text, x, y, width) + gap
    count_font = QFont(note_font)
    count_w = max(QFontMetricsF(count_font).horizontalAdvance(r[2]) for r in layer.rows)
    for label, colour, count, symbol in layer.rows:
        centre = QPointF(x + symbol_w / 2, y + row_h / 2)
        if symbol == "ring":
            paint_legend_symbol(painter, "ring", colour, centre, scale)
        else:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(30, 30, 30, 200), 0.7 * scale))
            painter.setBrush(QColor(colour))
            painter.drawEllipse(centre, 4.0 * scale, 4.0 * scale)
            painter.restore()
        painter.setFont(row_font)
        painter.setPen(text)
        left = x + symbol_w + gap
        painter.drawText(QRectF(left, y, width - (left - x) - count_w - gap, row_h),
                         int(Qt.AlignmentFlag.AlignVCenter), label)
        painter.setFont(count_font)
        painter.setPen(muted)
        painter.drawText(QRectF(x + width - count_w, y, count_w, row_h),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), count)
        y += row_h
    return _draw(painter, layer.note, note_font, muted, x, y + gap, width)


def _height(text: str, font: QFont, width: float) -> float:
    if not text:
        return 0.0
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6),
                                            int(Qt.TextFlag.TextWordWrap), text).height()


def _draw(painter: QPainter, text: str, font: QFont, colour: QColor, x: float, y: float,
          width: float) -> float:
    h = _height(text, font, width)
    if h:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(x, y, width, h + 2), int(Qt.TextFlag.TextWordWrap), text)
    return y + h
