"""The printed map page's marks: the scale bar and the north arrow (painted by map_paint)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen, QPolygonF

from kzplanner.app.display.map_geometry import SCENE_UNIT_KM, scale_bar_km
from kzplanner.app.strings import tr
from kzplanner.gui.map.map_page import TEXT


def paint_scale_bar(g: Any, rect: QRectF, scale: float) -> None:
    """A two-segment bar in the bottom-right corner of the map frame."""
    p = g.p
    km_per_px = SCENE_UNIT_KM / scale
    km, length = scale_bar_km(km_per_px, rect.width() * 0.22)
    if length <= 0:
        return
    font = g.font(7.5)
    fm = QFontMetricsF(font)
    unit = tr("print.km", g.lang)
    text = f"{_km_text(km)} {unit}"
    bar_h = g.mm(1.4)
    x1 = rect.right() - g.mm(6) - fm.horizontalAdvance(f" {unit}")
    x0 = x1 - length
    y = rect.bottom() - g.mm(6)
    number_w = fm.horizontalAdvance(_km_text(km))
    right = x1 - number_w / 2 + fm.horizontalAdvance(text) + g.mm(2)
    box = QRectF(x0 - g.mm(2), y - bar_h - fm.height() - g.mm(2.5), right - x0 + g.mm(2),
                 bar_h + fm.height() + g.mm(4))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 210))
    p.drawRoundedRect(box, g.mm(1), g.mm(1))
    p.setPen(QPen(QColor("#222222"), g.mm(0.25)))
    half = length / 2
    p.setBrush(QColor("#222222"))
    p.drawRect(QRectF(x0, y - bar_h, half, bar_h))
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRectF(x0 + half, y - bar_h, half, bar_h))
    p.setFont(font)
    p.setPen(TEXT)
    base = y - bar_h - g.mm(0.8)
    p.drawText(QPointF(x0 - fm.horizontalAdvance("0") / 2, base), "0")
    mid = _km_text(km / 2)
    p.drawText(QPointF(x0 + half - fm.horizontalAdvance(mid) / 2, base), mid)
    p.drawText(QPointF(x1 - number_w / 2, base), text)


def _km_text(km: float) -> str:
    return f"{km:g}"


def paint_north_arrow(g: Any, rect: QRectF) -> None:
    """An arrow pointing up (north along the central meridian) in the map's top-right corner."""
    p = g.p
    cx = rect.right() - g.mm(9)
    top = rect.top() + g.mm(5)
    h = g.mm(11)
    w = g.mm(3.2)
    font = g.font(10, True)
    fm = QFontMetricsF(font)
    letter = tr("print.north", g.lang)
    p.setFont(font)
    p.setPen(TEXT)
    p.drawText(QPointF(cx - fm.horizontalAdvance(letter) / 2, top + fm.ascent()), letter)
    tip = top + fm.height() + g.mm(0.5)
    left = QPolygonF([QPointF(cx, tip), QPointF(cx - w, tip + h), QPointF(cx, tip + h * 0.72)])
    right = QPolygonF([QPointF(cx, tip), QPointF(cx + w, tip + h), QPointF(cx, tip + h * 0.72)])
    p.setPen(QPen(QColor("#222222"), g.mm(0.25)))
    p.setBrush(QColor("#222222"))
    p.drawPolygon(left)
    p.setBrush(QColor("#ffffff"))
    p.drawPolygon(right)
