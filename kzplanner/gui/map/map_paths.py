"""Unit outlines as QPainterPaths built from numpy without a Python call per vertex: the
bytes of QPainterPath's own serialised form (element count; per point move-to 0 or line-to 1
and x, y; then start and fill rule) read back by QDataStream."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, Qt
from PySide6.QtGui import QPainterPath

from kzplanner.app.display.map_geometry import UnitShape

_ELEMENT = np.dtype([("kind", ">i4"), ("x", ">f8"), ("y", ">f8")])


def rings_path(rings: list[np.ndarray]) -> QPainterPath:
    """Closed rings ((n, 2) arrays, first point repeated last) in one path with the odd-even
    fill rule, built from numpy in one step: QPainterPath's own serialised form (count, then
    per point move-to 0 / line-to 1 and x, y, then start and fill rule) read by QDataStream,
    instead of a QPointF per vertex from Python."""
    rings = [r for r in rings if len(r)]
    n = sum(len(r) for r in rings)
    buf = bytearray(4 + n * _ELEMENT.itemsize + 8)
    buf[:4] = n.to_bytes(4, "big")  # the trailing start and fill rule stay 0: odd-even
    if n:
        arr = np.frombuffer(buf, dtype=_ELEMENT, count=n, offset=4)
        xy = np.concatenate(rings)
        arr["x"], arr["y"] = xy[:, 0], xy[:, 1]
        arr["kind"] = 1
        arr["kind"][np.cumsum([0] + [len(r) for r in rings[:-1]])] = 0
    path = QPainterPath()
    stream = QDataStream(QByteArray(bytes(buf)))
    stream >> path  # noqa: B015 - QDataStream's operator reads into `path`
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


def unit_path(shape: UnitShape) -> QPainterPath:
    """All polygons of a unit in one path; holes cut out by the odd-even fill rule."""
    return rings_path([ring for polygon in shape.polygons for ring in polygon])


def unit_paths(shapes: Iterable[UnitShape]) -> list[QPainterPath]:
    """`unit_path` of every shape, from one buffer and one stream: the vertices of all units
    are filled in at once and the paths read one after another (224 districts: ~4 → ~1 ms)."""
    per_unit = [[r for polygon in s.polygons for r in polygon if len(r)] for s in shapes]
    if not per_unit:
        return []
    rings = [r for unit in per_unit for r in unit]
    records = np.zeros(sum(len(r) for r in rings), dtype=_ELEMENT)
    if len(records):
        xy = np.concatenate(rings)
        records["x"], records["y"] = xy[:, 0], xy[:, 1]
        records["kind"] = 1
        starts = np.cumsum([0] + [len(r) for r in rings[:-1]])
        records["kind"][starts] = 0
    raw = records.tobytes()
    size = _ELEMENT.itemsize
    parts, at = [], 0
    trailer = bytes(8)  # start 0, fill rule 0 (odd-even)
    for unit in per_unit:
        n = sum(len(r) for r in unit)
        parts.append(n.to_bytes(4, "big"))
        if n:  # an empty path is its count alone (Qt reads nothing more for it)
            parts += [raw[at * size:(at + n) * size], trailer]
        at += n
    stream = QDataStream(QByteArray(b"".join(parts)))
    out = []
    for _ in per_unit:
        path = QPainterPath()
        stream >> path  # noqa: B015 - QDataStream's operator reads into `path`
        path.setFillRule(Qt.FillRule.OddEvenFill)
        out.append(path)
    return out
