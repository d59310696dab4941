"""Unit names on the map: a label at a fixed screen size with a white halo, in one or two
lines (decluttering picks), laid out once and drawn from its glyph runs."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

CODE_KEY = 0  # QGraphicsItem.data key holding the unit code


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
        self._cache: dict[tuple[int, bool], list[tuple[QPointF, list]]] = {}
        self._rects: dict[tuple[int, bool], QRectF] = {}
        self._boxes: dict[tuple[int, bool], tuple[float, float, float, float]] = {}
        self.shift = (0.0, 0.0)  # decluttering's shift (px), applied as the item's transform
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

    def variant_box(self, index: int) -> tuple[float, float, float, float]:
        """`variant_rect` as plain floats (left, top, right, bottom), kept: decluttering asks
        for it on every pass."""
        key = (index, self._emphasis)
        found = self._boxes.get(key)
        if found is None:
            r = self._rect(index)
            found = self._boxes[key] = (r.left(), r.top(), r.right(), r.bottom())
        return found

    def _lines(self, index: int) -> list[tuple[QPointF, list]]:
        """Each line's glyph runs and where they start (centred, or right of a marker)."""
        key = (index, self._emphasis)
        if key not in self._cache:
            font, metrics = _label_font(self._font, self._emphasis)
            lines = self._variants[index].split("\n")
            height = metrics.height()
            total = height * len(lines)
            placed = []
            for i, line in enumerate(lines):
                w = metrics.horizontalAdvance(line)
                x = -w / 2.0 if self._left_px is None else self._left_px
                # Laid out once: drawText would shape the line again for each of the nine
                # draws (the same glyphs at the same places: the pixels are identical).
                layout = QTextLayout(line, font)
                layout.beginLayout()
                laid = layout.createLine()
                layout.endLayout()
                top = metrics.ascent() - laid.ascent()  # its baseline where drawText puts it
                placed.append((QPointF(x, -total / 2.0 + i * height + top), layout.glyphRuns()))
            self._cache[key] = placed
        return self._cache[key]

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect(self._variant)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # The halo is the text drawn in white around its place, then the text itself: glyphs
        # come from Qt's cache, where filling stroked text outlines cost ~1 ms per label.
        placed = self._lines(self._variant)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setPen(HALO)
        draw = painter.drawGlyphRun
        for dx, dy in HALO_OFFSETS:
            for point, runs in placed:
                at = point + QPointF(dx, dy)
                for run in runs:
                    draw(at, run)
        painter.setPen(LABEL_INK)
        for point, runs in placed:
            for run in runs:
                draw(point, run)
