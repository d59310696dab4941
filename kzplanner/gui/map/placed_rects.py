"""Small map helpers: label decluttering's spatial hash (rectangles already placed), and a
widget as PNG bytes (the map for the workbook)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtWidgets import QWidget


class PlacedRects:
    """Rectangles already placed, bucketed by 64-px cells: an overlap test looks only at its
    neighbours (224 district labels tested against every placed one took ~20 ms a pass)."""

    CELL = 64.0

    def __init__(self, rects: list[QRectF]) -> None:
        self._cells: dict[tuple[int, int], list[QRectF]] = {}
        for r in rects:
            self.add(r)

    def _keys(self, r: QRectF) -> list[tuple[int, int]]:
        c = self.CELL
        return [(i, j) for i in range(int(r.left() // c), int(r.right() // c) + 1)
                for j in range(int(r.top() // c), int(r.bottom() // c) + 1)]

    def add(self, r: QRectF) -> None:
        for key in self._keys(r):
            self._cells.setdefault(key, []).append(r)

    def hits(self, r: QRectF) -> bool:
        return any(r.intersects(o) for key in self._keys(r) for o in self._cells.get(key, ()))


def png_bytes(widget: QWidget) -> bytes:
    """The widget as shown, as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
