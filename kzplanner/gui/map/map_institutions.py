"""The institution layer: symbols by type and status, sized by people served, grouped when dense.

Painted in device pixels (the numbers come from map_points): schools are circles, FAPs squares,
PSCs triangles; the fill says the status. Where many institutions share a few screen pixels
(national scale) they are drawn as one pie with a slice per status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kzplanner.app.display.map_points import (
    BASE_RADIUS_PX,
    CLUSTER_CELL_PX,
    MAX_GRID_GROUPS,
    STATUS_COLOURS,
    STATUSES,
    TYPES,
    declutter,
    group_radius_px,
    unit_group_radius_px,
    unit_groups,
)

if TYPE_CHECKING:
    from kzplanner.app.display.map_data import MapData

OUTLINE = QColor(35, 35, 35, 220)
GROUP_KIT = QColor(STATUS_COLOURS["kit"])


def symbol_path(kind: str, r: float) -> QPainterPath:
    """Unit symbol of a type centred on (0, 0): circle, square or triangle of similar area."""
    path = QPainterPath()
    if kind == "fap":
        s = r * 0.89
        path.addRect(QRectF(-s, -s, 2 * s, 2 * s))
    elif kind == "psc":
        s = r * 1.35
        path.addPolygon(QPolygonF([QPointF(0, -s), QPointF(s * 0.87, s * 0.5),
                                   QPointF(-s * 0.87, s * 0.5), QPointF(0, -s)]))
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


def paint_symbols(painter: QPainter, px: np.ndarray, layer: InstitutionLayer,
                  unit_px: np.ndarray | None = None, scale: float = 1.0) -> None:
    """Draw institutions at device positions `px`; `scale` multiplies every size (print dpi).

    Dense screens are decluttered: institutions sharing a small screen cell become a pie; when
    even that gives too many pies (national scale), one pie per unit at `unit_px`.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    visible = layer.visible()
    status = layer.status
    d = declutter(px, status, visible, cell_px=CLUSTER_CELL_PX * scale)
    radii = group_radius_px(d.group_counts.sum(axis=1)) * scale
    if len(d.group_xy) > MAX_GRID_GROUPS and unit_px is not None:
        d = unit_groups(layer.unit_idx, status, visible, unit_px)
        radii = unit_group_radius_px(d.group_counts.sum(axis=1)) * scale
    _paint_singles(painter, px, layer, d.singles, scale)
    _paint_groups(painter, d.group_xy, d.group_counts, radii, scale)


def _paint_singles(painter: QPainter, px: np.ndarray, layer: InstitutionLayer,
                   singles: np.ndarray, scale: float) -> None:
    status = layer.status
    order = singles[np.argsort(status[singles], kind="stable")]  # kits drawn last, on top
    brushes = [QColor(STATUS_COLOURS[s]) for s in STATUSES]
    pens = [QPen(OUTLINE, (1.6 if i == 3 else 0.9) * scale) for i in range(len(STATUSES))]
    templates: dict[tuple[int, int], QPainterPath] = {}
    for i in order.tolist():
        t, st = int(layer.types[i]), int(status[i])
        key = (t, int(round(layer.sizes[i] * 4)))
        path = templates.get(key)
        if path is None:
            path = symbol_path(TYPES[t], BASE_RADIUS_PX * scale * key[1] / 4.0)
            templates[key] = path
        painter.setPen(pens[st])
        painter.setBrush(brushes[st])
        painter.drawPath(path.translated(float(px[i, 0]), float(px[i, 1])))


def _paint_groups(painter: QPainter, xy: np.ndarray, counts: np.ndarray, radii: np.ndarray,
                  scale: float) -> None:
    """A pie per group: slices per status (with access, below, none), a purple ring for kits."""
    pen = QPen(OUTLINE, 0.9 * scale)
    colours = [QColor(STATUS_COLOURS[s]) for s in STATUSES[:3]]
    for (x, y), row, r in zip(xy.tolist(), counts.tolist(), radii.tolist(), strict=True):
        total = sum(row)
        rect = QRectF(x - r, y - r, 2 * r, 2 * r)
        # kits count with "no access" here: the pie shows the situation before the plan
        parts = [row[0], row[1], row[2] + row[3]]
        start = 90 * 16
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, part in zip(colours, parts, strict=True):
            if not part:
                continue
            painter.setBrush(colour)
            if part == total:
                painter.drawEllipse(rect)
            else:
                span = -int(round(360 * 16 * part / total))
                painter.drawPie(rect, start, span)
                start += span
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        if row[3]:
            painter.setPen(QPen(GROUP_KIT, 2.4 * scale))
            grow = 2.2 * scale
            painter.drawEllipse(rect.adjusted(-grow, -grow, grow, grow))


class InstitutionLayer:
    """Per-institution arrays for drawing (types, statuses, sizes) and the filter."""

    def __init__(self, data: MapData) -> None:
        self.xy = data.points_xy
        self.unit_codes = list(data.codes)
        self.unit_idx = data.inst_unit_idx
        self.types = data.inst_types
        self.sizes = data.inst_sizes
        self._before = data.inst_status
        self.status = data.inst_status.copy()
        self.shown_types: set[str] = set(TYPES)
        self.shown_statuses: set[str] = set(STATUSES)
        xy = self.xy
        self.placed = np.isfinite(xy).all(axis=1) if len(xy) else np.zeros(0, dtype=bool)

    def set_kits(self, kit: np.ndarray) -> None:
        """The plan's kits (bool per institution) over the statuses before the plan."""
        status = self._before.copy()
        status[kit] = STATUSES.index("kit")
        self.status = status

    def visible(self) -> np.ndarray:
        t_ok = np.isin(self.types, [TYPES.index(t) for t in self.shown_types])
        s_ok = np.isin(self.status, [STATUSES.index(s) for s in self.shown_statuses])
        return self.placed & t_ok & s_ok

    def counts(self) -> dict[str, int]:
        """Placed institutions per status (of the shown types)."""
        t_ok = np.isin(self.types, [TYPES.index(t) for t in self.shown_types]) & self.placed
        return {s: int((t_ok & (self.status == i)).sum()) for i, s in enumerate(STATUSES)}


class InstitutionsItem(QGraphicsItem):
    """All institutions in one item, painted in device pixels; groups recomputed per zoom."""

    def __init__(self, layer: InstitutionLayer, unit_xy: np.ndarray | None = None) -> None:
        super().__init__()
        self.layer = layer
        self.unit_xy = unit_xy  # (units, 2) scene anchors in layer.unit_codes order
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(5)
        # Hover and selection repaint the units beneath; reuse the symbols' pixels until zoom.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        xy = layer.xy
        ok = layer.placed
        if ok.any():
            pts = xy[ok]
            w, h = float(np.ptp(pts[:, 0])), float(np.ptp(pts[:, 1]))
            pad = 0.15 * max(w, h, 1.0)
            self._rect = QRectF(float(pts[:, 0].min()) - pad, float(pts[:, 1].min()) - pad,
                                w + 2 * pad, h + 2 * pad)
        else:
            self._rect = QRectF()

    @property
    def has_points(self) -> bool:
        return bool(self.layer.placed.any())

    def counts(self) -> dict[str, int]:
        return self.layer.counts()

    def refresh(self) -> None:
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        xy = self.layer.xy
        px = np.column_stack([xy[:, 0] * t.m11() + xy[:, 1] * t.m21() + t.dx(),
                              xy[:, 0] * t.m12() + xy[:, 1] * t.m22() + t.dy()])
        unit_px = None
        if self.unit_xy is not None and len(self.unit_xy):
            u = self.unit_xy
            unit_px = np.column_stack([u[:, 0] * t.m11() + u[:, 1] * t.m21() + t.dx(),
                                       u[:, 0] * t.m12() + u[:, 1] * t.m22() + t.dy()])
        painter.save()
        painter.resetTransform()
        paint_symbols(painter, px, self.layer, unit_px)
        painter.restore()
