"""Small map helpers: label decluttering's spatial hash (rectangles already placed), and a
widget as PNG bytes (the map for the workbook)."""

from __future__ import annotations

import math
from collections.abc import Callable

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


class Covered:
    """Which FINE-px cells of the view lie wholly inside a placed box: a candidate wholly
    covering such a cell overlaps that box, so most candidates in a crowded map are turned
    down by a few byte scans instead of a box-by-box test in Python."""

    FINE = 4.0

    def __init__(self, view: Box) -> None:
        self._x0, self._y0 = view[0], view[1]
        self._nx = max(int((view[2] - view[0]) // self.FINE) + 1, 1)
        self._ny = max(int((view[3] - view[1]) // self.FINE) + 1, 1)
        if self._nx * self._ny > 4_000_000:  # an absurd extent: no shortcut, the exact test only
            self._nx = self._ny = 0
        self._cells = bytearray(self._nx * self._ny)

    def add(self, r: Box) -> None:
        f, nx = self.FINE, self._nx
        i0 = max(math.ceil((r[0] - self._x0) / f), 0)
        i1 = min(math.floor((r[2] - self._x0) / f) - 1, nx - 1)
        j0 = max(math.ceil((r[1] - self._y0) / f), 0)
        j1 = min(math.floor((r[3] - self._y0) / f) - 1, self._ny - 1)
        if i1 < i0:
            return
        row = b"\x01" * (i1 - i0 + 1)
        for j in range(j0, j1 + 1):
            self._cells[j * nx + i0:j * nx + i1 + 1] = row

    def covers(self, r: Box) -> bool:
        """True if a cell wholly inside `r` is covered: `r` then overlaps a placed box by at
        least that cell (False says nothing: the exact test decides)."""
        f, nx = self.FINE, self._nx
        i0 = max(math.ceil((r[0] - self._x0) / f), 0)
        i1 = min(math.floor((r[2] - self._x0) / f) - 1, nx - 1)
        j0 = max(math.ceil((r[1] - self._y0) / f), 0)
        j1 = min(math.floor((r[3] - self._y0) / f) - 1, self._ny - 1)
        if i1 < i0:
            return False
        find = self._cells.find
        return any(find(1, j * nx + i0, j * nx + i1 + 1) >= 0 for j in range(j0, j1 + 1))


def place_labels(order: list[str], anchors: dict[str, tuple[float, float]],
                 variants: dict[str, list[Box]], inside: Callable[[str, float, float], bool],
                 obstacles: list[Box], view: Box | None = None,
                 ) -> dict[str, tuple[int, float, float] | None]:
    """Where each label goes (its variant and shift) or None (hidden), most important first:
    each variant (one line, then two) on its anchor, then shifted up and down by up to two
    lines while its centre stays on its own unit (`inside`), where it overlaps nothing
    placed before it. A label none of whose places reaches into `view` (the viewport) is
    hidden without a test: it cannot be seen (10,000 labels of a zoomed-in stress map)."""
    placed = PlacedRects(obstacles)
    covered = Covered(view if view is not None else _extent(anchors, variants))
    for o in obstacles:
        covered.add(o)
    out: dict[str, tuple[int, float, float] | None] = {}
    for code in order:
        ax, ay = anchors[code]
        spot = None
        boxes = variants[code]
        if view is not None and not _may_show(ax, ay, boxes, view):
            out[code] = None
            continue
        for variant, (x0, t, r, b) in enumerate(boxes):
            h = (b - t) * 0.8 / (variant + 1)
            for dy in (0.0, h, -h, 2 * h, -2 * h):
                rect = (x0 + ax, t + ay + dy, r + ax, b + ay + dy)
                if covered.covers(rect) or placed.hits(rect):
                    continue
                if dy and not inside(code, (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2):
                    continue  # a shifted label must still sit on its own unit
                spot = (variant, 0.0, dy)
                placed.add(rect)
                covered.add(rect)
                break
            if spot is not None:
                break
        out[code] = spot
    return out


def _may_show(ax: float, ay: float, boxes: list[Box], view: Box) -> bool:
    """Whether any place of the label (any variant, shifted by up to two lines) reaches into
    the view."""
    for x0, t, r, b in boxes:
        reach = 2 * (b - t) * 0.8
        if (x0 + ax < view[2] and view[0] < r + ax and t + ay - reach < view[3]
                and view[1] < b + ay + reach):
            return True
    return False


def _extent(anchors: dict[str, tuple[float, float]], variants: dict[str, list[Box]]) -> Box:
    """The box every label's places fall in (when no view is given)."""
    if not anchors:
        return (0.0, 0.0, 1.0, 1.0)
    xs = [a[0] for a in anchors.values()]
    ys = [a[1] for a in anchors.values()]
    return (min(xs) - 1000.0, min(ys) - 1000.0, max(xs) + 1000.0, max(ys) + 1000.0)


def png_bytes(widget: QWidget) -> bytes:
    """The widget as shown, as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
