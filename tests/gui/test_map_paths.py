"""Unit paths built from numpy bytes (one stream for all units) equal paths built point by
point with QPolygonF (issue 21)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from kzplanner.gui.map.map_paths import unit_path, unit_paths


def _ring(cx: float, cy: float, r: float, n: int) -> np.ndarray:
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ring = np.column_stack([cx + r * np.cos(a), cy + r * np.sin(a)])
    return np.vstack([ring, ring[:1]])


def _by_points(shape) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in shape.polygons:
        for ring in polygon:
            if len(ring):
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring.tolist()]))
    return path


def _elements(path: QPainterPath) -> list[tuple[int, float, float]]:
    return [(int(e.type.value), e.x, e.y) for e in
            (path.elementAt(i) for i in range(path.elementCount()))]


def test_paths_from_one_stream_equal_point_by_point_paths(qapp):
    rng = np.random.default_rng(5)
    shapes = [
        SimpleNamespace(polygons=[[_ring(0, 0, 10, 7), _ring(1, 1, 2, 5)]]),  # with a hole
        SimpleNamespace(polygons=[[_ring(30, 5, 3, 4)], [_ring(50, 5, 4, 9)]]),  # two parts
        SimpleNamespace(polygons=[]),  # nothing drawn
        SimpleNamespace(polygons=[[_ring(*rng.uniform(-80, 80, 2), 6.5, 200)]]),
    ]
    built = unit_paths(shapes)
    assert len(built) == len(shapes)
    for shape, path in zip(shapes, built, strict=True):
        expected = _by_points(shape)
        assert _elements(path) == _elements(expected)
        assert _elements(unit_path(shape)) == _elements(expected)
        assert path.fillRule() == Qt.FillRule.OddEvenFill
    # the hole is cut out: its centre is outside, the ring between inside
    assert not built[0].contains(QPointF(1, 1)) and built[0].contains(QPointF(6, 0))
