"""Graphics items of the map: unit polygons, markers for tiny units, haloed labels, institution dots.

Paths are built once per dataset; restyling only swaps brushes and pens.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kzplanner.gui.map.map_paths import rings_path, unit_path  # noqa: F401 - unit_path re-exported

CODE_KEY = 0  # QGraphicsItem.data key holding the unit code
HOLE_KEY = 1  # a hole's label: data key holding its name ('baikonur' or 'no_data')

OUTLINE = QColor("#ffffff")
HOVER = QColor("#555555")
SELECTED = QColor("#0b2a4a")
NO_DATA_FILL = QColor("#e3e3e3")
NO_DATA_HATCH = QColor("#9a9a9a")
MARKER_RADIUS_PX = 7.0


_PENS: dict[tuple[str, float], QPen] = {}
# The item's own pen for path items that paint with their own: with any other, Qt strokes the
# whole path to find the item's bounding rectangle (on the first paint: ~20 ms for the 224
# districts) and again for its shape on every hover test. Outlines are cosmetic, at most 3 px
# wide, within the 2 px the view adds around every repainted rectangle.
NO_PEN = QPen(Qt.PenStyle.NoPen)


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class _Styled:
    """Fill colour (None = no data), hover and selection shared by polygons and markers."""

    def init_style(self) -> None:
        self._fill: QColor | None = None
        self._hovered = False
        self._selected = False
        self.tips = None  # the view's unit_tips.UnitTips: the tooltip written when asked

    def toolTip(self) -> str:  # noqa: N802 - read by unit_tips.TipScene (and tests)
        if self.tips is None:
            return QGraphicsItem.toolTip(self)  # type: ignore[arg-type]
        return self.tips.text(str(self.data(CODE_KEY)))

    def set_fill(self, colour: QColor | None) -> None:
        self._fill = colour
        self.update()  # type: ignore[attr-defined]

    def set_selected_look(self, on: bool) -> None:
        self._selected = on
        self.update()  # type: ignore[attr-defined]

    def _outline(self, base_width: float) -> QPen:
        """The outline pen, made once per look (a new QPen per item and paint showed up in
        the first draw's profile)."""
        key = ("selected", 3.0) if self._selected else ("hovered", 2.0) if self._hovered \
            else ("plain", base_width)
        pen = _PENS.get(key)
        if pen is None:
            colour = {"selected": SELECTED, "hovered": HOVER, "plain": OUTLINE}[key[0]]
            pen = _PENS[key] = _cosmetic(colour, key[1])
        return pen

    def _paint_fill(self, painter: QPainter, path: QPainterPath) -> None:
        if self._fill is None:
            painter.fillPath(path, NO_DATA_FILL)
            hatch = QBrush(NO_DATA_HATCH, Qt.BrushStyle.BDiagPattern)
            hatch.setTransform(painter.worldTransform().inverted()[0])  # hatch in screen pixels
            painter.fillPath(path, hatch)
        else:
            painter.fillPath(path, self._fill)


class UnitItem(_Styled, QGraphicsPathItem):
    """One unit polygon (all its parts)."""

    def __init__(self, code: str, path: QPainterPath) -> None:
        QGraphicsPathItem.__init__(self, path)
        self.setPen(NO_PEN)  # paint() has its own pens; see NO_PEN
        self.init_style()
        self.setData(CODE_KEY, code)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks and pans
        self.setZValue(0)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._hovered = True
        self.setZValue(1 if not self._selected else 3)
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._hovered = False
        self.setZValue(2 if self._selected else 0)
        self.update()

    def set_selected_look(self, on: bool) -> None:
        super().set_selected_look(on)
        self.setZValue(2 if on else 0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        path = self.path()
        if self._fill is None:
            self._paint_fill(painter, path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setBrush(self._fill)
        painter.setPen(self._outline(0.8))
        painter.drawPath(path)


class MarkerItem(_Styled, QGraphicsEllipseItem):
    """A fixed-size disc for a unit too small to see or click at national scale (a city)."""

    def __init__(self, code: str, anchor: tuple[float, float]) -> None:
        r = MARKER_RADIUS_PX
        QGraphicsEllipseItem.__init__(self, -r, -r, 2 * r, 2 * r)
        self.init_style()
        self.setData(CODE_KEY, code)
        self.setPos(QPointF(*anchor))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(10)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._hovered = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = QPainterPath()
        path.addEllipse(self.rect())
        self._paint_fill(painter, path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECTED if self._selected else QColor("#333333"),
                            2.5 if self._selected else 1.2))
        painter.drawPath(path)


def wrap_in_two(text: str) -> str | None:
    """Break a long name at the space or hyphen nearest its middle; None if it has neither.

    >>> wrap_in_two("Шығыс Қазақстан"), wrap_in_two("Западно-Казахстанская"), wrap_in_two("Астана")
    ('Шығыс\nҚазақстан', 'Западно-\nКазахстанская', None)
    """
    spots = [i for i, ch in enumerate(text) if ch in " -"]
    if not spots:
        return None
    i = min(spots, key=lambda k: abs(k - len(text) / 2))
    return text[:i] + "\n" + text[i + 1:] if text[i] == " " else text[:i + 1] + "\n" + text[i + 1:]


HALO = QColor(255, 255, 255)
LABEL_INK = QColor("#1f1f1f")
# eight directions at 1.5 px: the width of the former 3.2 px stroke around the glyphs
HALO_OFFSETS = tuple((1.5 * math.cos(a * math.pi / 4), 1.5 * math.sin(a * math.pi / 4))
                     for a in range(8))


_LABEL_FONTS: dict[tuple[int, bool], tuple[QFont, QFont, QFontMetricsF]] = {}


def _label_font(font: QFont, bold: bool) -> tuple[QFont, QFontMetricsF]:
    """The labels' font (bold when emphasised) and its metrics, made once for all labels that
    share `font` (one QFontMetricsF per label and variant showed in the first draw)."""
    found = _LABEL_FONTS.get((id(font), bold))
    if found is None or found[0] is not font:  # a new font object reusing an old id
        styled = QFont(font)
        styled.setBold(bold)
        found = _LABEL_FONTS[(id(font), bold)] = (font, styled, QFontMetricsF(styled))
        if len(_LABEL_FONTS) > 64:  # views come and go with their fonts: keep a few
            _LABEL_FONTS.pop(next(iter(_LABEL_FONTS)))
    return found[1], found[2]


class LabelItem(QGraphicsItem):
    """Unit name at a fixed screen size with a white halo, centred on its anchor (or to the right
    of a marker). Offers a one-line and a two-line variant for decluttering."""

    def __init__(self, code: str, text: str, anchor: tuple[float, float], font: QFont,
                 left_px: float | None = None) -> None:
        super().__init__()
        self.setData(CODE_KEY, code)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(QPointF(*anchor))
        self.setZValue(20)
        # Text with a halo is costly to draw and never changes with zoom: keep it as a pixmap.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._font = font
        self._left_px = left_px  # None: centred on the anchor; else starts this far to its right
        self._emphasis = False
        self._variant = 0
        self._cache: dict[tuple[int, bool], tuple[QFont, list[tuple[QPointF, str]]]] = {}
        self._rects: dict[tuple[int, bool], QRectF] = {}
        self._boxes: dict[bool, list[tuple[float, float, float, float]]] = {}
        self._text: str | None = None
        self.set_text(text)

    def set_text(self, text: str) -> None:
        if text == self._text:
            return  # relabelling with the same name keeps the variant decluttering chose
        self.prepareGeometryChange()
        self._text = text
        wrapped = wrap_in_two(text)
        self._variants = [text] + ([wrapped] if wrapped else [])
        self._variant = 0
        self._cache.clear()
        self._rects.clear()
        self._boxes.clear()

    def text(self) -> str:
        return self._text or ""

    def variant_count(self) -> int:
        return len(self._variants)

    def use_variant(self, index: int) -> None:
        if index != self._variant:
            self.prepareGeometryChange()
            self._variant = index

    def variant_rect(self, index: int) -> QRectF:
        return self._rect(index)

    def variant_boxes(self) -> list[tuple[float, float, float, float]]:
        """Every variant's box as plain floats (left, top, right, bottom), kept: placement
        asks for them for every label at every zoom."""
        found = self._boxes.get(self._emphasis)
        if found is None:  # as _rect, without a QRectF per variant (10,000 stress labels)
            _, metrics = _label_font(self._font, self._emphasis)
            height, advance = metrics.height(), metrics.horizontalAdvance
            found = []
            for text in self._variants:
                lines = text.split("\n")
                width = max(advance(line) for line in lines)
                total = height * len(lines)
                left = -width / 2.0 if self._left_px is None else self._left_px
                x, y = left - 3, -total / 2.0 - 3
                found.append((x, y, x + (width + 6), y + (total + 6)))
            self._boxes[self._emphasis] = found
        return found

    def _rect(self, index: int) -> QRectF:
        """The label's box from font metrics alone: placement asks for it for every variant,
        so it must not build the text outline (that happens once, when painted)."""
        key = (index, self._emphasis)
        rect = self._rects.get(key)
        if rect is None:
            _, metrics = _label_font(self._font, self._emphasis)
            lines = self._variants[index].split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines)
            total = metrics.height() * len(lines)
            left = -width / 2.0 if self._left_px is None else self._left_px
            rect = QRectF(left - 3, -total / 2.0 - 3, width + 6, total + 6)
            self._rects[key] = rect
        return rect

    def set_emphasis(self, on: bool) -> None:
        if on != self._emphasis:
            self.prepareGeometryChange()
            self._emphasis = on

    def _lines(self, index: int) -> tuple[QFont, list[tuple[QPointF, str]]]:
        """The label's font and each line's baseline position (centred, or right of a marker)."""
        key = (index, self._emphasis)
        if key not in self._cache:
            font = QFont(self._font)
            font.setBold(self._emphasis)
            metrics = QFontMetricsF(font)
            lines = self._variants[index].split("\n")
            height = metrics.height()
            total = height * len(lines)
            placed = []
            for i, line in enumerate(lines):
                w = metrics.horizontalAdvance(line)
                x = -w / 2.0 if self._left_px is None else self._left_px
                placed.append((QPointF(x, -total / 2.0 + i * height + metrics.ascent()), line))
            self._cache[key] = (font, placed)
        return self._cache[key]

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect(self._variant)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # The halo is the text drawn in white around its place, then the text itself: glyphs
        # come from Qt's cache, where filling stroked text outlines cost ~1 ms per label.
        font, placed = self._lines(self._variant)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(HALO)
        for dx, dy in HALO_OFFSETS:
            for point, line in placed:
                painter.drawText(point + QPointF(dx, dy), line)
        painter.setPen(LABEL_INK)
        for point, line in placed:
            painter.drawText(point, line)


class HoleItem(_Styled, QGraphicsPathItem):
    """A hole in a unit that no other unit fills (the Baikonur lease): drawn as an area without
    data, beneath the units, never selectable."""

    def __init__(self, ring) -> None:  # noqa: ANN001 - an (n, 2) array
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring.tolist()]))
        path.closeSubpath()
        QGraphicsPathItem.__init__(self, path)
        self.setPen(NO_PEN)
        self.init_style()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self._paint_fill(painter, self.path())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_cosmetic(NO_DATA_HATCH, 0.8))
        painter.drawPath(self.path())


OUTLINE = QColor(40, 40, 40)


class OutlineItem(QGraphicsPathItem):
    """The oblasts' borders over a map of districts: a darker, wider line than a district's,
    above the fills (hovered and selected ones too), beneath institutions and labels; never
    hit by the mouse."""

    def __init__(self, rings) -> None:  # noqa: ANN001 - (n, 2) arrays
        super().__init__(rings_path(list(rings)))
        self.look = _cosmetic(OUTLINE, 1.6)  # the look; paint() draws it faster
        self.setPen(NO_PEN)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(4)
        self._thin = _cosmetic(OUTLINE, 1.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """A 1.6 px line as two 1 px lines 0.6 px apart: Qt strokes cosmetic pens up to 1 px
        on its fast path, a wider one through the general stroker (~105 ms for the oblasts'
        borders at 1600×1000 against ~1.5 ms; the two look alike)."""
        painter.setPen(self._thin)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        base = painter.transform()
        for d in (-0.3, 0.3):
            painter.setTransform(base * QTransform.fromTranslate(d, d))
            painter.drawPath(self.path())
        painter.setTransform(base)


def paint_outlines(painter: QPainter, rings, transform, width: float) -> None:  # noqa: ANN001
    """The oblasts' borders on a printed page (`rings` projected, `transform` to the page)."""
    if not rings:
        return
    border = QPen(OUTLINE, width)
    border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in rings:
        painter.drawPolygon(transform.map(QPolygonF([QPointF(x, y) for x, y in ring.tolist()])))
