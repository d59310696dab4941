"""Painting the printed map page with QPainter: title, choropleth with labels, legend, scale bar,
north arrow, source line and date (the page itself comes from map_page)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from kzplanner.app.display.map_geometry import UnitShape
from kzplanner.app.strings import tr
from kzplanner.gui.map import map_print_settlements as settlements_print
from kzplanner.gui.map.map_institutions import paint_symbols
from kzplanner.gui.map.map_items import paint_outlines, unit_path
from kzplanner.gui.map.map_legend import paint_legend_symbol
from kzplanner.gui.map.map_page import (
    MUTED,
    NO_DATA_FILL,
    NO_DATA_HATCH,
    OUTLINE,
    TEXT,
    TINY_UNIT_SHARE,
    MapPage,
)
from kzplanner.gui.map.map_print_marks import paint_north_arrow, paint_scale_bar


# --- painting -----------------------------------------------------------------------------
class _Page:
    """Millimetre helpers for one painter whose device has `dpi` pixels per inch."""

    def __init__(self, painter: QPainter, width_px: float, height_px: float, dpi: float,
                 family: str, lang: str) -> None:
        self.p = painter
        self.lang = lang
        self.w, self.h = width_px, height_px
        self.dpi = dpi
        self.family = family

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def font(self, size_pt: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(size_pt / 72.0 * self.dpi)))
        font.setBold(bold)
        return font


def _font_family() -> str:
    try:
        from kzplanner.gui.style import pick_font

        return pick_font().family()
    except Exception:  # noqa: BLE001 - any font beats no page
        return "DejaVu Sans"


def paint_page(painter: QPainter, width_px: float, height_px: float, dpi: float,
               page: MapPage) -> QTransform | None:
    """Lay out and paint the whole page on `painter` (device pixels, `dpi` per inch); returns
    the map's transform (projected coordinates → page pixels; None without units)."""
    g = _Page(painter, width_px, height_px, dpi, _font_family(), page.lang)
    p = painter
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.fillRect(QRectF(0, 0, width_px, height_px), QColor("#ffffff"))
    margin = g.mm(12)
    inner = QRectF(margin, margin, width_px - 2 * margin, height_px - 2 * margin)
    landscape = width_px > height_px

    # title and subtitle
    y = inner.top()
    y = _text_block(g, page.title, g.font(18, True), TEXT, inner.left(), y, inner.width())
    y += g.mm(1.5)
    y = _text_block(g, page.subtitle, g.font(11), MUTED, inner.left(), y, inner.width())
    y += g.mm(4)

    # footer (measured first so the map knows its room)
    foot_font = g.font(7.5)
    warn_font = g.font(8.5, True)
    foot_h = _text_height(g, page.source, foot_font, inner.width())
    warn_h = _text_height(g, page.warning, warn_font, inner.width()) if page.warning else 0.0
    footer_top = inner.bottom() - foot_h - (warn_h + g.mm(1) if page.warning else 0.0)

    # legend: a column on the right (landscape) or a band under the map (portrait)
    if landscape:
        legend_w = min(g.mm(78), inner.width() * 0.32)
        map_rect = QRectF(inner.left(), y, inner.width() - legend_w - g.mm(6),
                          footer_top - y - g.mm(4))
        legend_rect = QRectF(map_rect.right() + g.mm(6), y, legend_w, map_rect.height())
    else:
        legend_h = _legend_height(g, page, inner.width() / 2 - g.mm(3))
        room = footer_top - y - legend_h - g.mm(8)
        map_rect = QRectF(inner.left(), y, inner.width(),
                          min(room, inner.width() * _aspect(page.shapes) * 1.1 + g.mm(8)))
        legend_rect = QRectF(inner.left(), map_rect.bottom() + g.mm(5), inner.width(),
                             legend_h)
    t = _paint_map(g, page, map_rect)
    _paint_legend(g, page, legend_rect, two_columns=not landscape)

    # footer
    fy = footer_top
    if page.warning:
        fy = _text_block(g, page.warning, warn_font, QColor("#8a5300"), inner.left(), fy,
                         inner.width()) + g.mm(1)
    _text_block(g, page.source, foot_font, MUTED, inner.left(), fy, inner.width())
    return t


def _text_height(g: _Page, text: str, font: QFont, width: float) -> float:
    fm = QFontMetricsF(font)
    return fm.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text).height()


def _text_block(g: _Page, text: str, font: QFont, colour: QColor, x: float, y: float,
                width: float) -> float:
    """Draw wrapped text; return the y below it."""
    if not text:
        return y
    h = _text_height(g, text, font, width)
    g.p.setFont(font)
    g.p.setPen(colour)
    g.p.drawText(QRectF(x, y, width, h + 2), int(Qt.TextFlag.TextWordWrap), text)
    return y + h


def _aspect(shapes: dict[str, UnitShape]) -> float:
    """Height / width of the units' extent."""
    if not shapes:
        return 0.6
    xs0, ys0, xs1, ys1 = zip(*(s.bounds for s in shapes.values()), strict=True)
    return (max(ys1) - min(ys0)) / ((max(xs1) - min(xs0)) or 1.0)


def _map_transform(shapes: dict[str, UnitShape], rect: QRectF) -> tuple[QTransform, float]:
    xs0, ys0, xs1, ys1 = zip(*(s.bounds for s in shapes.values()), strict=True)
    minx, miny, maxx, maxy = min(xs0), min(ys0), max(xs1), max(ys1)
    w, h = (maxx - minx) or 1.0, (maxy - miny) or 1.0
    scale = min(rect.width() / w, rect.height() / h) * 0.96
    ox = rect.left() + (rect.width() - w * scale) / 2 - minx * scale
    oy = rect.top() + (rect.height() - h * scale) / 2 - miny * scale
    return QTransform(scale, 0, 0, scale, ox, oy), scale


def _paint_map(g: _Page, page: MapPage, rect: QRectF) -> QTransform | None:
    p = g.p
    p.save()
    p.setPen(QPen(QColor("#c9d1d9"), g.mm(0.25)))
    p.setBrush(QColor("#f4f7f9"))
    p.drawRect(rect)
    if not page.shapes:
        p.restore()
        return None
    t, scale = _map_transform(page.shapes, rect.adjusted(g.mm(4), g.mm(4), -g.mm(4), -g.mm(4)))
    diag = max(s.diagonal for s in page.shapes.values())
    xs0, ys0, xs1, ys1 = zip(*(s.bounds for s in page.shapes.values()), strict=True)
    full_diag = math.hypot(max(xs1) - min(xs0), max(ys1) - min(ys0)) or diag
    outline = QPen(OUTLINE, g.mm(0.3))
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    tiny: list[str] = []
    p.setClipRect(rect)
    for code, shape in page.shapes.items():
        path = t.map(unit_path(shape))
        colour = page.colours.get(code)
        _fill(g, path, colour)
        p.setPen(outline)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if shape.diagonal < TINY_UNIT_SHARE * full_diag:
            tiny.append(code)
    paint_outlines(p, page.outlines, t, g.mm(0.55))  # a district map: its oblasts' borders
    holes = page.holes  # Baikonur: an area without data, labelled
    for hole in holes:
        path = QPainterPath()
        path.addPolygon(t.map(QPolygonF([QPointF(x, y) for x, y in hole.ring.tolist()])))
        path.closeSubpath()
        _fill(g, path, None)
        p.setPen(QPen(NO_DATA_HATCH, g.mm(0.2)))
        p.drawPath(path)
    # tiny units (cities): a disc in the class colour so they can be read at all
    marker_r = g.mm(1.9)
    for code in tiny:
        c = t.map(QPointF(*page.shapes[code].anchor))
        disc = QPainterPath()
        disc.addEllipse(c, marker_r, marker_r)
        _fill(g, disc, page.colours.get(code))
        p.setPen(QPen(QColor("#333333"), g.mm(0.3)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(disc)
    if page.settlements is not None:  # below the institutions, as in the window
        settlements_print.paint_page_settlements(p, page.settlements, t, rect, g.dpi / 96.0)
    if page.institutions is not None:
        layer = page.institutions
        xy = layer.xy
        px = np.column_stack([xy[:, 0] * t.m11() + t.dx(), xy[:, 1] * t.m22() + t.dy()])
        paint_symbols(p, px, layer, rect, scale=g.dpi / 96.0, max_clusters=70)  # labels show
    _paint_labels(g, page, t, set(tiny), marker_r, rect)
    for hole in holes:
        _halo_text(g, tr(f"map.hole.{hole.name or 'no_data'}", g.lang),
                   t.map(QPointF(*hole.anchor)))
    p.setClipping(False)
    paint_scale_bar(g, rect, scale)
    paint_north_arrow(g, rect)
    p.restore()
    return t


def _fill(g: _Page, path: QPainterPath, colour: str | None) -> None:
    p = g.p
    if colour is not None:
        p.fillPath(path, QColor(colour))
        return
    p.fillPath(path, NO_DATA_FILL)
    p.save()
    p.setClipPath(path, Qt.ClipOperation.IntersectClip)
    p.setPen(QPen(NO_DATA_HATCH, g.mm(0.2)))
    box = path.boundingRect()
    step = g.mm(1.6)
    x = box.left() - box.height()
    while x < box.right():
        p.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()))
        x += step
    p.restore()


def _paint_labels(g: _Page, page: MapPage, t: QTransform, tiny: set[str],
                  marker_r: float, frame: QRectF) -> None:
    """Unit names by priority, none over another, each wholly inside the map's frame (moved
    in from an edge, or left out when wider than the frame)."""
    p = g.p
    font = g.font(7.5)
    fm = QFontMetricsF(font)
    placed: list[QRectF] = []
    halo = QColor(255, 255, 255, 230)
    for code in sorted(page.labels, key=lambda c: -page.priority.get(c, 0.0)):
        text = page.labels[code]
        anchor = t.map(QPointF(*page.shapes[code].anchor))
        w, h = fm.horizontalAdvance(text), fm.height()
        if code in tiny:
            rect = QRectF(anchor.x() + marker_r + g.mm(0.8), anchor.y() - h / 2, w, h)
        else:
            rect = QRectF(anchor.x() - w / 2, anchor.y() - h / 2, w, h)
        inner = frame.adjusted(g.mm(0.8), g.mm(0.5), -g.mm(0.8), -g.mm(0.5))
        if w > inner.width():
            continue
        rect.moveLeft(min(max(rect.left(), inner.left()), inner.right() - w))
        rect.moveTop(min(max(rect.top(), inner.top()), inner.bottom() - h))
        if any(rect.intersects(r) for r in placed):
            continue
        placed.append(rect.adjusted(-g.mm(0.5), -g.mm(0.3), g.mm(0.5), g.mm(0.3)))
        path = QPainterPath()
        path.addText(QPointF(rect.left(), rect.top() + fm.ascent()), font, text)
        stroker = QPainterPathStroker()
        stroker.setWidth(g.mm(0.7))
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.fillPath(stroker.createStroke(path), halo)
        p.fillPath(path, TEXT)


def _halo_text(g: _Page, text: str, centre: QPointF) -> None:
    """A small label centred on a point, with a white halo (as the units' labels)."""
    font = g.font(7)
    fm = QFontMetricsF(font)
    path = QPainterPath()
    path.addText(QPointF(centre.x() - fm.horizontalAdvance(text) / 2,
                         centre.y() + fm.ascent() / 2), font, text)
    stroker = QPainterPathStroker()
    stroker.setWidth(g.mm(0.7))
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    g.p.fillPath(stroker.createStroke(path), QColor(255, 255, 255, 230))
    g.p.fillPath(path, MUTED)


def _legend_height(g: _Page, page: MapPage, col_w: float) -> float:
    row_h = QFontMetricsF(g.font(8.5)).height() * 1.35
    title_h = _text_height(g, page.legend_title, g.font(9.5, True), col_w)
    note_h = _text_height(g, page.note, g.font(7.5), col_w) + g.mm(2) if page.note else 0.0
    left = title_h + g.mm(2) + len(page.legend) * row_h + note_h
    right = (QFontMetricsF(g.font(9.5, True)).height() + g.mm(2)
             + (len(page.institution_rows) + 1) * row_h) if page.institution_rows else 0.0
    if page.settlements is not None:  # under the institutions (or on top of the column)
        right += (g.mm(5) if right else 0.0) + settlements_print.legend_height(
            page.settlements, _settlement_fonts(g), row_h, g.mm(2), col_w)
    return max(left, right)


def _settlement_fonts(g: _Page) -> tuple[QFont, QFont, QFont]:
    return g.font(9.5, True), g.font(8.5), g.font(7.5)


def _paint_legend(g: _Page, page: MapPage, rect: QRectF, two_columns: bool) -> None:
    p = g.p
    col_w = rect.width() / 2 - g.mm(3) if two_columns else rect.width()
    row_font, count_font = g.font(8.5), g.font(7.5)
    row_h = QFontMetricsF(row_font).height() * 1.35
    sw, sh = g.mm(7), g.mm(4)
    x, y = rect.left(), rect.top()
    y = _text_block(g, page.legend_title, g.font(9.5, True), TEXT, x, y, col_w) + g.mm(2)
    count_w = max([QFontMetricsF(count_font).horizontalAdvance(e.count) for e in page.legend]
                  or [0.0])
    for e in page.legend:
        swatch = QRectF(x, y + (row_h - sh) / 2, sw, sh)
        path = QPainterPath()
        path.addRect(swatch)
        _fill(g, path, e.colour)
        p.setPen(QPen(QColor(0, 0, 0, 90), g.mm(0.15)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(swatch)
        p.setFont(row_font)
        p.setPen(TEXT)
        p.drawText(QRectF(x + sw + g.mm(2.5), y, col_w - sw - count_w - g.mm(5), row_h),
                   int(Qt.AlignmentFlag.AlignVCenter), e.text)
        p.setFont(count_font)
        p.setPen(MUTED)
        p.drawText(QRectF(x + col_w - count_w, y, count_w, row_h),
                   int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), e.count)
        y += row_h
    if page.note:
        y += g.mm(1.5)
        y = _text_block(g, page.note, g.font(7.5), QColor("#8a5300"), x, y, col_w)
    if two_columns:
        x, y = rect.left() + rect.width() / 2 + g.mm(3), rect.top() - g.mm(5)
    if page.institution_rows:
        y = _paint_institution_legend(g, page, x, y + g.mm(5), col_w, row_h, sw)
    if page.settlements is not None:
        settlements_print.paint_legend(p, page.settlements, _settlement_fonts(g), x, y + g.mm(5),
                                       col_w, row_h, g.mm(2), sw, g.dpi / 96.0)


def _paint_institution_legend(g: _Page, page: MapPage, x: float, y: float, col_w: float,
                              row_h: float, sw: float) -> float:
    p, row_font = g.p, g.font(8.5)
    y = _text_block(g, tr("map.institutions", page.lang), g.font(9.5, True), TEXT, x, y,
                    col_w) + g.mm(2)
    text_w = col_w - sw - g.mm(2.5)
    for text, colour, symbol in page.institution_rows:
        h = max(row_h, _text_height(g, text, row_font, text_w) + (row_h - QFontMetricsF(
            row_font).height()))
        centre = QPointF(x + sw / 2, y + row_h / 2)
        paint_legend_symbol(p, symbol, colour or None, centre, g.dpi / 96.0)
        p.setFont(row_font)
        p.setPen(TEXT)
        p.drawText(QRectF(x + sw + g.mm(2.5), y + (row_h - QFontMetricsF(row_font).height()) / 2,
                          text_w, h), int(Qt.TextFlag.TextWordWrap), text)
        y += h
    return y
