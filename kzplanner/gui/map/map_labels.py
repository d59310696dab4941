"""Unit names on the map: a label at a fixed screen size with a white halo, in one or two
lines (decluttering picks), laid out once and drawn from its glyph runs."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QTextLayout,
    QTransform,
)
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


_HALO_SHIFTS = tuple(QPointF(dx, dy) for dx, dy in HALO_OFFSETS)
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


class LabelItem:
    """Unit name at a fixed screen size with a white halo, centred on its anchor (or to the right
    of a marker). Offers a one-line and a two-line variant for decluttering. Not a graphics item
    of its own: the view's LabelLayer paints every label (one item instead of ~225 Python items
    whose boundingRect and paint Qt called through the bindings on every paint). Slots and
    boxes kept as plain floats: a stress map has 10,000 labels (~2.6 → ~1.3 KB each)."""

    __slots__ = ("_data", "_pos", "layer", "_visible", "_font", "_left_px", "_emphasis",
                 "_variant", "_cache", "_boxes", "shift", "_text", "_variants")

    def __init__(self, code: str, text: str, anchor: tuple[float, float], font: QFont,
                 left_px: float | None = None) -> None:
        self._data: dict[int, object] = {CODE_KEY: code}
        self._pos = QPointF(*anchor)
        self.layer: LabelLayer | None = None  # set when the layer takes it
        self._visible = True
        self._font = font
        self._left_px = left_px  # None: centred on the anchor; else starts this far to its right
        self._emphasis = False
        self._variant = 0
        self._cache: dict[tuple[int, bool], list[tuple[list[QPointF], QPointF, list]]] = {}
        self._boxes: dict[tuple[int, bool], tuple[float, float, float, float]] = {}
        self.shift = (0.0, 0.0)  # decluttering's shift (device px)
        self._text: str | None = None
        self.set_text(text)

    # --- what the view asks of an item
    def data(self, key: int) -> object:
        return self._data.get(key)

    def setData(self, key: int, value: object) -> None:  # noqa: N802 - as QGraphicsItem
        self._data[key] = value

    def pos(self) -> QPointF:
        return self._pos

    def isVisible(self) -> bool:  # noqa: N802 - as QGraphicsItem
        return self._visible

    def setVisible(self, on: bool) -> None:  # noqa: N802 - as QGraphicsItem
        if on != self._visible:
            self._visible = on
            self._changed()

    def set_shift(self, dx: float, dy: float) -> None:
        if (dx, dy) != self.shift:
            self.shift = (dx, dy)
            self._changed()

    def _changed(self) -> None:
        if self.layer is not None:
            self.layer.label_changed(self)

    # --- text, variants, emphasis
    def set_text(self, text: str) -> bool:
        """True when the text changed (the labels then need placing again)."""
        if text == self._text:
            return False  # relabelling with the same name keeps the variant decluttering chose
        self._text = text
        wrapped = wrap_in_two(text)
        self._variants = [text] + ([wrapped] if wrapped else [])
        self._variant = 0
        self._cache.clear()
        self._boxes.clear()
        self._changed()
        return True

    def text(self) -> str:
        return self._text or ""

    def variant_count(self) -> int:
        return len(self._variants)

    def use_variant(self, index: int) -> None:
        if index != self._variant:
            self._variant = index
            self._changed()

    def variant_rect(self, index: int) -> QRectF:
        return self._rect(index)

    def _rect(self, index: int) -> QRectF:
        left, top, right, bottom = self.variant_box(index)
        return QRectF(left, top, right - left, bottom - top)

    def variant_boxes(self) -> list[tuple[float, float, float, float]]:
        """Every variant's box (variant_box), for placement's vectorised shortcut."""
        return [self.variant_box(i) for i in range(self.variant_count())]

    def variant_box(self, index: int) -> tuple[float, float, float, float]:
        """The label's box (left, top, right, bottom; label pixels) from font metrics alone,
        kept: decluttering asks for it for every variant on every pass, so it must not lay out
        the text (that happens once, when painted)."""
        key = (index, self._emphasis)
        found = self._boxes.get(key)
        if found is None:
            _, metrics = _label_font(self._font, self._emphasis)
            lines = self._variants[index].split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines)
            total = metrics.height() * len(lines)
            left = -width / 2.0 if self._left_px is None else self._left_px
            x, y, w, h = left - 3, -total / 2.0 - 3, width + 6, total + 6
            found = self._boxes[key] = (x, y, x + w, y + h)  # as QRectF's right(), bottom()
        return found

    def set_emphasis(self, on: bool) -> None:
        if on != self._emphasis:
            self._emphasis = on
            self._changed()

    def boundingRect(self) -> QRectF:  # noqa: N802 - as QGraphicsItem (label pixels)
        return self._rect(self._variant)

    def _lines(self, index: int) -> list[tuple[list[QPointF], QPointF, list]]:
        """Each line's halo origins (its origin moved by each of HALO_OFFSETS), its origin
        (centred, or right of a marker) and glyph runs."""
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
                # draws (the same glyphs at the same places).
                layout = QTextLayout(line, font)
                layout.beginLayout()
                laid = layout.createLine()
                layout.endLayout()
                top = metrics.ascent() - laid.ascent()  # its baseline where drawText puts it
                at = QPointF(x, -total / 2.0 + i * height + top)
                halo = [at + d for d in _HALO_SHIFTS]
                placed.append((halo, at, layout.glyphRuns()))
            self._cache[key] = placed
        return self._cache[key]

    def paint(self, painter: QPainter) -> None:
        """The label at the painter's origin: the halo is the text drawn in white around its
        place, then the text itself (glyphs from Qt's cache; filling stroked text outlines
        cost ~1 ms per label)."""
        placed = self._lines(self._variant)
        painter.setPen(HALO)
        draw = painter.drawGlyphRun
        for k in range(len(HALO_OFFSETS)):  # offset by offset, as the item drew them
            for halo, _, runs in placed:
                at = halo[k]
                for run in runs:
                    draw(at, run)
        painter.setPen(LABEL_INK)
        for _, at, runs in placed:
            for run in runs:
                draw(at, run)


class LabelLayer(QGraphicsItem):
    """Every unit label, painted in order above the map (z 20) at its anchor's device position
    plus its shift; never under the mouse (an empty shape: the units beneath get hover and
    tooltips), though a click on a label still selects its unit (MapView.code_at asks `hit`).

    Drawn straight onto the view, only where exposed. The former items kept each label as an
    image (DeviceCoordinateCache); drawing the same glyphs directly composites the same
    colours in another order, which differs by at most 2/255 per channel (8-bit rounding),
    and saves ~5 ms of the first draw (an image made and blitted per label); a full repaint
    (pan, recolour) draws the glyphs again (~3 ms)."""

    def __init__(self, labels: list[LabelItem], bounds: QRectF) -> None:
        super().__init__()
        self.labels = labels
        for lab in labels:
            lab.layer = self
        self._bounds = QRectF(bounds)
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._placed: list[tuple[LabelItem, float, float]] = []  # last paint: device origins
        self._drawn: dict[int, tuple[float, float, float, float]] = {}  # id → device box
        self._device: QTransform | None = None  # the last paint's scene → device transform

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def shape(self) -> QPainterPath:  # noqa: D102 - Qt override: never hit
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        exposed = t.mapRect(option.exposedRect)
        ex0, ey0, ex1, ey1 = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        m11, m22, m12, m21, tdx, tdy = t.m11(), t.m22(), t.m12(), t.m21(), t.dx(), t.dy()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        placed, drawn = [], {}
        for lab in self.labels:
            if not lab._visible:  # noqa: SLF001 - the layer's own records
                continue
            p = lab._pos  # noqa: SLF001
            px, py = p.x(), p.y()
            x = m11 * px + m21 * py + tdx + lab.shift[0]
            y = m12 * px + m22 * py + tdy + lab.shift[1]
            placed.append((lab, x, y))
            b = lab.variant_box(lab._variant)  # noqa: SLF001
            drawn[id(lab)] = (x + b[0], y + b[1], x + b[2], y + b[3])
            if x + b[0] < ex1 and ey0 < y + b[3] and ex0 < x + b[2] and y + b[1] < ey1:
                painter.setTransform(QTransform.fromTranslate(x, y))
                lab.paint(painter)
        painter.restore()
        self._placed = placed
        self._device = QTransform(t)
        self._drawn = drawn

    def label_changed(self, lab: LabelItem) -> None:
        """Repaint where `lab` was drawn and where it goes now (not the whole view: a
        selection emphasises its labels), all of it before the first paint."""
        t = self._device
        if t is None:
            self.update()
            return
        inverse, ok = t.inverted()
        if not ok:
            self.update()
            return
        boxes = [self._drawn[id(lab)]] if id(lab) in self._drawn else []
        if lab._visible:  # noqa: SLF001
            p = t.map(lab.pos())
            x, y = p.x() + lab.shift[0], p.y() + lab.shift[1]
            b = lab.variant_box(lab._variant)  # noqa: SLF001
            boxes.append((x + b[0], y + b[1], x + b[2], y + b[3]))
        for x0, y0, x1, y1 in boxes:  # 2 px for the antialiased edges
            self.update(inverse.mapRect(QRectF(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4)))

    def hit(self, x: float, y: float) -> str | None:
        """The code of the topmost label shown at device position (x, y), or None."""
        for lab, ox, oy in reversed(self._placed):
            r = lab.boundingRect()
            if ox + r.left() <= x <= ox + r.right() and oy + r.top() <= y <= oy + r.bottom():
                code = lab.data(CODE_KEY)
                if code:
                    return str(code)
        return None

    def codes_in(self, x0: float, y0: float, x1: float, y1: float) -> set[str]:
        """Codes of the labels shown that meet the device rectangle."""
        out = set()
        for lab, ox, oy in self._placed:
            r = lab.boundingRect()
            if ox + r.left() < x1 and x0 < ox + r.right() and oy + r.top() < y1 \
                    and y0 < oy + r.bottom() and lab.data(CODE_KEY):
                out.add(str(lab.data(CODE_KEY)))
        return out
