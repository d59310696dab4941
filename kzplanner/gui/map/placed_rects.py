"""Small map helpers: label decluttering's spatial hash (rectangles already placed), and a
widget as PNG bytes (the map for the workbook)."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
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
    """Which FINE-px cells of the view lie wholly inside a placed box. A candidate wholly
    covering such a cell overlaps that box; as boxes are only ever added, a candidate found
    so stays so. Candidates are tested a chunk at a time with a summed-area table (numpy),
    so the labels of a crowded map that have no room are turned down without a Python test
    per place (10,000 stress labels at country zoom: ~100,000 places)."""

    FINE = 4.0

    def __init__(self, view: Box) -> None:
        self._x0, self._y0 = view[0], view[1]
        nx = max(int((view[2] - view[0]) // self.FINE) + 1, 1)
        ny = max(int((view[3] - view[1]) // self.FINE) + 1, 1)
        if nx * ny > 4_000_000:  # an absurd extent: no shortcut, the exact test only
            nx = ny = 0
        self.grid = np.zeros((ny, nx), dtype=np.uint8)

    def _cells(self, r: np.ndarray) -> tuple[np.ndarray, ...]:
        """Index ranges (inclusive) of the cells wholly inside boxes `r` (..., 4), clipped
        to the grid, and whether any is."""
        f, (ny, nx) = self.FINE, self.grid.shape
        with np.errstate(invalid="ignore"):
            i0 = np.maximum(np.ceil((r[..., 0] - self._x0) / f), 0)
            i1 = np.minimum(np.floor((r[..., 2] - self._x0) / f) - 1, nx - 1)
            j0 = np.maximum(np.ceil((r[..., 1] - self._y0) / f), 0)
            j1 = np.minimum(np.floor((r[..., 3] - self._y0) / f) - 1, ny - 1)
            some = (i1 >= i0) & (j1 >= j0)  # False for NaN (no such place)
        return (*(np.where(some, v, 0).astype(np.intp) for v in (i0, i1, j0, j1)), some)

    def add(self, r: Box) -> None:
        i0, i1, j0, j1, some = self._cells(np.asarray(r, dtype=float))
        if some:
            self.grid[int(j0):int(j1) + 1, int(i0):int(i1) + 1] = 1

    def covers_all(self, rects: np.ndarray) -> np.ndarray:
        """For boxes (..., 4): True where a covered cell lies wholly inside the box (it then
        overlaps a placed box); False says nothing (the exact test decides)."""
        i0, i1, j0, j1, some = self._cells(rects)
        sat = np.zeros((self.grid.shape[0] + 1, self.grid.shape[1] + 1), dtype=np.int32)
        np.cumsum(np.cumsum(self.grid, axis=0, dtype=np.int32), axis=1, out=sat[1:, 1:])
        count = sat[j1 + 1, i1 + 1] - sat[j0, i1 + 1] - sat[j1 + 1, i0] + sat[j0, i0]
        return some & (count > 0)

    def covers(self, r: Box) -> bool:
        return bool(self.covers_all(np.asarray(r, dtype=float)))


_CHUNK = 256  # labels tested together against the covered cells of the moment
_CELLS_FROM = 1000  # fewer labels (a national map's 225): the plain test alone is quicker


def place_labels(order: list[str], anchors: dict[str, tuple[float, float]],
                 variants: dict[str, list[Box]], inside: Callable[[str, float, float], bool],
                 obstacles: list[Box], view: Box | None = None,
                 ) -> dict[str, tuple[int, float, float] | None]:
    """Where each label goes (its variant and shift) or None (hidden), most important first:
    each variant (one line, then two) on its anchor, then shifted up and down by up to two
    lines while its centre stays on its own unit (`inside`), where it overlaps nothing
    placed before it. A label none of whose places reaches into `view` (the viewport) is
    hidden without a test: it cannot be seen (10,000 labels of a zoomed-in stress map); one
    reaching past the view's edge is moved inside it (again only while its centre stays on its
    unit) or hidden: never drawn cut off. (The covered-cell shortcut tests a place before that
    move: it may turn down a place the move would free, never accept an overlapping one.)"""
    placed = PlacedRects(obstacles)
    out: dict[str, tuple[int, float, float] | None] = dict.fromkeys(order)
    todo = [c for c in order if view is None or _may_show(*anchors[c], variants[c], view)]
    if not todo:
        return out
    covered, rects = None, None
    if len(todo) >= _CELLS_FROM:
        covered = Covered(view if view is not None else _extent(anchors, variants))
        for o in obstacles:
            covered.add(o)
        rects = _places(todo, anchors, variants)  # (labels, variants, 5 shifts, 4)
    for start in range(0, len(todo), _CHUNK):
        chunk = todo[start:start + _CHUNK]
        blocked = hopeless = None
        if covered is not None and rects is not None:
            blocked = covered.covers_all(rects[start:start + len(chunk)])
            hopeless = blocked.reshape(len(chunk), -1).all(axis=1)
        for k, code in enumerate(chunk):
            if hopeless is not None and hopeless[k]:
                continue
            ax, ay = anchors[code]
            spot = None
            for variant, (x0, t, r, b) in enumerate(variants[code]):
                h = (b - t) * 0.8 / (variant + 1)
                for m, dy in enumerate((0.0, h, -h, 2 * h, -2 * h)):
                    if blocked is not None and blocked[k, variant, m]:
                        continue
                    rect = (x0 + ax, t + ay + dy, r + ax, b + ay + dy)
                    dx = ddy = 0.0
                    if view is not None:  # never drawn cut off by the view's edge
                        dx = _inward(rect[0], rect[2], view[0], view[2])
                        ddy = _inward(rect[1], rect[3], view[1], view[3])
                        if dx != dx or ddy != ddy:  # NaN: larger than the view
                            continue
                        rect = (rect[0] + dx, rect[1] + ddy, rect[2] + dx, rect[3] + ddy)
                    if placed.hits(rect):
                        continue
                    if (dy or dx or ddy) and not inside(code, (rect[0] + rect[2]) / 2,
                                                        (rect[1] + rect[3]) / 2):
                        continue  # a shifted label must still sit on its own unit
                    spot = (variant, dx, dy + ddy)
                    placed.add(rect)
                    if covered is not None:
                        covered.add(rect)
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


def _places(todo: list[str], anchors: dict[str, tuple[float, float]],
            variants: dict[str, list[Box]]) -> np.ndarray:
    """Every place of every label as place_labels computes it, in its order (variant, then
    shift 0, +h, -h, +2h, -2h); NaN where a label has fewer variants."""
    nv = max(len(variants[c]) for c in todo)
    nan = (math.nan,) * 4
    v = np.array([variants[c] + [nan] * (nv - len(variants[c])) for c in todo], dtype=float)
    a = np.array([anchors[c] for c in todo], dtype=float)
    h = (v[..., 3] - v[..., 1]) * 0.8 / (np.arange(nv) + 1)
    dy = np.stack([np.zeros_like(h), h, -h, 2 * h, -2 * h], axis=-1)  # (labels, variants, 5)
    left, right = (np.broadcast_to((v[..., i] + a[:, 0, None])[..., None], dy.shape)
                   for i in (0, 2))
    ay = a[:, 1, None, None]
    return np.stack([left, v[..., 1, None] + ay + dy, right, v[..., 3, None] + ay + dy], axis=-1)


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
