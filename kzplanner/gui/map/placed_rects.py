"""Small map helpers: label decluttering's spatial hash (rectangles already placed), and a
widget as PNG bytes (the map for the workbook)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtWidgets import QWidget

Box = tuple[float, float, float, float]  # left, top, right, bottom


class PlacedRects:
    """Rectangles already placed (plain float boxes), bucketed by 64-px cells: an overlap test
    looks only at its neighbours (224 district labels tested against every placed one took
    ~20 ms a pass; QRectF calls through the bindings cost as much again)."""

    CELL = 64.0

    def __init__(self, rects: list[Box]) -> None:
        self._cells: dict[tuple[int, int], list[Box]] = {}
        for r in rects:
            self.add(r)

    def add(self, r: Box) -> None:
        c, cells = self.CELL, self._cells
        for i in range(int(r[0] // c), int(r[2] // c) + 1):
            for j in range(int(r[1] // c), int(r[3] // c) + 1):
                cell = cells.get((i, j))
                if cell is None:
                    cells[(i, j)] = [r]
                else:
                    cell.append(r)

    def hits(self, r: Box) -> bool:
        """True if `r` overlaps a placed box by a non-empty area (as QRectF.intersects)."""
        l0, t0, r0, b0 = r
        c, cells = self.CELL, self._cells
        for i in range(int(l0 // c), int(r0 // c) + 1):
            for j in range(int(t0 // c), int(b0 // c) + 1):
                for l1, t1, r1, b1 in cells.get((i, j), ()):
                    if l0 < r1 and l1 < r0 and t0 < b1 and t1 < b0:
                        return True
        return False


def box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def place_labels(order: list[str], anchors: dict[str, tuple[float, float]],
                 variants: dict[str, Iterable[Box]], inside: Callable[[str, float, float], bool],
                 obstacles: list[Box], bounds: Box | None = None
                 ) -> dict[str, tuple[int, float, float] | None]:
    """Where each label goes (its variant and shift) or None (hidden), most important first:
    each variant (one line, then two) on its anchor, then shifted up and down by up to two
    lines while its centre stays on its own unit (`inside`), where it overlaps nothing
    placed before it. A label's variants may be lazy (an iterator): only those tried are
    measured. With `bounds` (the viewport), a label reaching past an edge is moved inside it
    (again only while its centre stays on its unit) or hidden: never drawn cut off."""
    placed = PlacedRects(obstacles)
    out: dict[str, tuple[int, float, float] | None] = {}
    for code in order:
        ax, ay = anchors[code]
        spot = None
        for variant, (x0, t, r, b) in enumerate(variants[code]):
            h = (b - t) * 0.8 / (variant + 1)
            for dy in (0.0, h, -h, 2 * h, -2 * h):
                rect = (x0 + ax, t + ay + dy, r + ax, b + ay + dy)
                dx = ddy = 0.0
                if bounds is not None:
                    dx = _inward(rect[0], rect[2], bounds[0], bounds[2])
                    ddy = _inward(rect[1], rect[3], bounds[1], bounds[3])
                    if dx != dx or ddy != ddy:  # NaN: larger than the view
                        continue
                    rect = (rect[0] + dx, rect[1] + ddy, rect[2] + dx, rect[3] + ddy)
                if placed.hits(rect):  # the cheap test first
                    continue
                if (dy or dx or ddy) and not inside(code, (rect[0] + rect[2]) / 2,
                                                    (rect[1] + rect[3]) / 2):
                    continue  # a shifted label must still sit on its own unit
                spot = (variant, dx, dy + ddy)
                placed.add(rect)
                break
            if spot is not None:
                break
        out[code] = spot
    return out


def _inward(lo: float, hi: float, low_edge: float, high_edge: float) -> float:
    """How far to move [lo, hi] to lie within [low_edge, high_edge]: 0 when it does, NaN when
    it cannot (longer than the room)."""
    if hi - lo > high_edge - low_edge:
        return float("nan")
    if lo < low_edge:
        return low_edge - lo
    if hi > high_edge:
        return high_edge - hi
    return 0.0


def png_bytes(widget: QWidget) -> bytes:
    """The widget as shown, as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
