"""The institution layer: symbols by type and status, sized by people served, clustered only
where they overlap on screen.

Painted in device pixels (what to draw comes from map_points.plan_symbols, only for what lies in
the view): schools are circles, FAPs squares, PSCs triangles; the fill says the status. Where
institutions overlap on screen they are drawn as one disc with their number inside and a ring
split by status; clusters split as the view zooms in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QLabel, QStyleOptionGraphicsItem, QWidget

from kzplanner.app.display.map_points import (
    BASE_RADIUS_PX,
    DRAW_ORDER,
    MAX_CLUSTERS,
    STATUS_COLOURS,
    STATUS_SIZE,
    STATUSES,
    TYPES,
    DrawPlan,
    cluster_radius_px,
    hit_test,
    plan_symbols,
    screen_positions,
)
from kzplanner.gui.map.map_sprites import SymbolSprites

if TYPE_CHECKING:
    from kzplanner.app.display.map_data import MapData

OUTLINE = QColor(35, 35, 35, 220)
QUIET_OUTLINE = QColor(70, 80, 90, 175)
HALO = QColor(255, 255, 255, 235)
RING_PX = 3.0  # width of a cluster's status ring
_FONTS: dict[int, QFont] = {}  # a cluster's number font by pixel size
_TEXT_PX = {1: 10.5, 2: 10.5, 3: 9.0, 4: 8.5, 5: 8.5}  # a cluster's number by its digits


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


def status_pen(status: int, scale: float) -> QPen:
    """The outline of a single symbol: quiet for access, thick for kits."""
    name = STATUSES[status]
    if name == "access":
        return QPen(QUIET_OUTLINE, 0.6 * scale)
    return QPen(OUTLINE, (1.6 if name == "kit" else 0.9) * scale)


def paint_symbols(painter: QPainter, px: np.ndarray, layer: InstitutionLayer, view: QRectF,
                  scale: float = 1.0, plan: DrawPlan | None = None,
                  exposed: QRectF | None = None, max_clusters: int = MAX_CLUSTERS,
                  sprites: SymbolSprites | None = None) -> DrawPlan:
    """Draw the institutions whose device positions `px` lie inside `view`; `scale` multiplies
    every size (print dpi). Returns what was drawn (positions in the painter's pixels).

    Only what is inside the view is decluttered: an institution is its own symbol unless
    another overlaps it on screen; overlapping ones become a numbered cluster. A `plan` from
    an earlier paint at the same zoom is reused; `exposed` limits the painting to a rectangle;
    `sprites` (on screen) blits pre-rendered single symbols instead of drawing their paths.
    """
    if plan is None:
        plan = plan_view(px, layer, view, scale, max_clusters)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_clusters(painter, plan, scale, exposed)
    _paint_singles(painter, plan, layer, scale, exposed, sprites)
    return plan


def plan_view(px: np.ndarray, layer: InstitutionLayer, view: QRectF,
              scale: float = 1.0, max_clusters: int = MAX_CLUSTERS) -> DrawPlan:
    """map_points.plan_symbols in the view's own pixels (origin at its corner, / scale)."""
    ox, oy = view.left(), view.top()
    local = (px - np.array([ox, oy])) / scale if len(px) else np.zeros((0, 2))
    plan = plan_symbols(local, layer.status, layer.visible(), view.width() / scale,
                        view.height() / scale, max_clusters=max_clusters)
    back = np.array([ox, oy])
    return DrawPlan(plan.singles, plan.single_xy * scale + back, plan.cluster_xy * scale + back,
                    plan.cluster_counts, plan.member_rows, plan.member_cluster,
                    plan.reach_px * scale)


def _near(xy: np.ndarray, exposed: QRectF | None, pad: float) -> np.ndarray:
    if exposed is None or not len(xy):
        return np.ones(len(xy), dtype=bool)
    r = exposed.adjusted(-pad, -pad, pad, pad)
    return ((xy[:, 0] >= r.left()) & (xy[:, 0] <= r.right()) & (xy[:, 1] >= r.top())
            & (xy[:, 1] <= r.bottom()))


def look_codes(layer: InstitutionLayer, rows: np.ndarray, status: np.ndarray) -> np.ndarray:
    """One integer per symbol look: type, status and size step (a quarter of the radius)."""
    steps = np.rint(layer.sizes[rows] * 4).astype(np.int64)
    return (steps * len(STATUSES) + status) * len(TYPES) + layer.types[rows].astype(np.int64)


def _look(code: int, scale: float) -> tuple[QPainterPath, int]:
    """The symbol path of a look centred on (0, 0), and its status."""
    rest, t = divmod(code, len(TYPES))
    step, st = divmod(rest, len(STATUSES))
    r = BASE_RADIUS_PX * scale * step / 4.0 * STATUS_SIZE[STATUSES[st]]
    return symbol_path(TYPES[t], r), st


class _SinglePainter:
    """Draws one single symbol of a look (the halo of a not connected one, then the symbol)."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.brushes = [QColor(STATUS_COLOURS[s]) for s in STATUSES]
        self.pens = [status_pen(i, scale) for i in range(len(STATUSES))]
        self.halo = QPen(HALO, 3.4 * scale)
        self.templates: dict[int, tuple[QPainterPath, int]] = {}

    def look(self, code: int) -> tuple[QPainterPath, int]:
        found = self.templates.get(code)
        if found is None:
            found = self.templates[code] = _look(code, self.scale)
        return found

    def reach(self, code: int) -> float:
        """How far the look's ink reaches from its centre (logical px)."""
        path, _ = self.look(code)
        b = path.boundingRect()
        extent = max(abs(b.left()), abs(b.right()), abs(b.top()), abs(b.bottom()))
        return extent + self.halo.widthF() / 2 + 1.0

    def draw(self, painter: QPainter, code: int, x: float, y: float) -> None:
        path, st = self.look(code)
        placed = path.translated(x, y)
        if STATUSES[st] == "unconnected":  # a white halo: reads over every class of the map
            painter.setPen(self.halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(placed)
        painter.setPen(self.pens[st])
        painter.setBrush(self.brushes[st])
        painter.drawPath(placed)


def _paint_singles(painter: QPainter, plan: DrawPlan, layer: InstitutionLayer, scale: float,
                   exposed: QRectF | None, sprites: SymbolSprites | None = None) -> None:
    rows, xy = plan.singles, plan.single_xy
    keep = _near(xy, exposed, 12 * scale)
    rows, xy = rows[keep], xy[keep]
    status = layer.status[rows].astype(np.int64)
    rank = np.array(DRAW_ORDER).argsort()[status]  # not connected drawn last, on top
    order = np.argsort(rank, kind="stable")
    looks = look_codes(layer, rows, status)[order]
    xy = xy[order]
    if sprites is not None:  # on screen: one pre-rendered image per symbol
        sprites.paint(painter, xy, looks)
        return
    single = _SinglePainter(scale)  # on a page: vector paths
    for code, (x, y) in zip(looks.tolist(), xy.tolist(), strict=True):
        single.draw(painter, code, x, y)


def symbol_sprites(scale: float = 1.0, dpr: float = 1.0) -> SymbolSprites:
    """The screen's pre-rendered symbols, drawn by the same painter as a page's."""
    single = _SinglePainter(scale)
    return SymbolSprites(single.draw, single.reach, scale, dpr)


_RING_COLOURS = tuple(QColor(STATUS_COLOURS[s]) for s in STATUSES)  # made once, not per pie
_CLUSTER_CENTRE = QColor(255, 255, 255, 245)
_CLUSTER_INK = QColor("#1a1a1a")
_CLUSTER_PENS: dict[float, QPen] = {}


def paint_cluster(painter: QPainter, x: float, y: float, counts: list[int], r: float,
                  scale: float) -> None:
    """A numbered disc: a ring split by status (clockwise from the top, in STATUSES order)
    around a white centre with the number of institutions."""
    total = sum(counts)
    rect = QRectF(x - r, y - r, 2 * r, 2 * r)
    painter.setPen(Qt.PenStyle.NoPen)
    start = 90 * 16
    for colour, part in zip(_RING_COLOURS, counts, strict=True):
        if not part:
            continue
        painter.setBrush(colour)
        if part == total:
            painter.drawEllipse(rect)
        else:
            span = -int(round(360 * 16 * part / total))
            painter.drawPie(rect, start, span)
            start += span
    inner = r - RING_PX * scale
    painter.setBrush(_CLUSTER_CENTRE)
    painter.drawEllipse(QPointF(x, y), inner, inner)
    pen = _CLUSTER_PENS.get(scale)
    if pen is None:
        pen = _CLUSTER_PENS[scale] = QPen(OUTLINE, 0.9 * scale)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    text = str(total)
    size = max(6, round(_TEXT_PX[min(len(text), 5)] * scale))
    font = _FONTS.get(size)
    if font is None:
        font = _FONTS[size] = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(size)
    painter.setFont(font)
    painter.setPen(_CLUSTER_INK)
    painter.drawText(QRectF(x - inner, y - inner, 2 * inner, 2 * inner),
                     int(Qt.AlignmentFlag.AlignCenter), text)


def _paint_clusters(painter: QPainter, plan: DrawPlan, scale: float,
                    exposed: QRectF | None) -> None:
    sizes = plan.cluster_sizes
    radii = cluster_radius_px(sizes) * scale if len(sizes) else np.zeros(0)
    keep = _near(plan.cluster_xy, exposed, 18 * scale)
    for k in np.flatnonzero(keep).tolist():
        x, y = plan.cluster_xy[k]
        paint_cluster(painter, float(x), float(y), plan.cluster_counts[k].tolist(),
                      float(radii[k]), scale)


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
        self.version = 0  # bumped when statuses or the filter change (the drawing plan's key)
        xy = self.xy
        self.placed = np.isfinite(xy).all(axis=1) if len(xy) else np.zeros(0, dtype=bool)

    def set_kits(self, kit: np.ndarray) -> None:
        """The plan's kits (bool per institution) over the statuses before the plan."""
        status = self._before.copy()
        status[kit] = STATUSES.index("kit")
        self.status = status
        self.version += 1

    def set_filter(self, types: set[str] | None, statuses: set[str] | None) -> None:
        if types is not None:
            self.shown_types = set(types) & set(TYPES)
        if statuses is not None:
            self.shown_statuses = set(statuses) & set(STATUSES)
        self.version += 1

    def visible(self) -> np.ndarray:
        t_ok = np.isin(self.types, [TYPES.index(t) for t in self.shown_types])
        s_ok = np.isin(self.status, [STATUSES.index(s) for s in self.shown_statuses])
        return self.placed & t_ok & s_ok

    def counts(self) -> dict[str, int]:
        """Placed institutions per status (of the shown types)."""
        t_ok = np.isin(self.types, [TYPES.index(t) for t in self.shown_types]) & self.placed
        return {s: int((t_ok & (self.status == i)).sum()) for i, s in enumerate(STATUSES)}


class InstitutionsItem(QGraphicsItem):
    """All institutions in one item, painted in device pixels; what lies in the view is
    planned once per zoom and pan (hover repaints reuse the plan and paint only what they
    expose). `last_plan` is what the last paint drew, in viewport pixels."""

    def __init__(self, layer: InstitutionLayer) -> None:
        super().__init__()
        self.layer = layer
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(5)
        # exposedRect is the repainted part (hover), not the whole country
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.last_plan: DrawPlan | None = None
        self._plan_key: tuple | None = None
        self._sprites: SymbolSprites | None = None  # made on the first paint, per pixel ratio
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
        self._plan_key = None
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        device = painter.device()
        w, h = (widget.width(), widget.height()) if widget is not None else (
            device.width(), device.height())
        key = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), w, h, self.layer.version)
        plan = self.last_plan if key == self._plan_key else None
        exposed = t.mapRect(option.exposedRect) if plan is not None else None
        if plan is None:
            px = screen_positions(self.layer.xy, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(),
                                  t.dy())
            plan = plan_view(px, self.layer, QRectF(0, 0, w, h))
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        if self._sprites is None or self._sprites.dpr != dpr:
            self._sprites = symbol_sprites(1.0, dpr)
        painter.save()
        painter.resetTransform()
        self.last_plan = paint_symbols(painter, np.zeros((0, 2)), self.layer, QRectF(0, 0, w, h),
                                       plan=plan, exposed=exposed, sprites=self._sprites)
        self._plan_key = key
        painter.restore()


class InstitutionCard(QLabel):
    """What a click on an institution shows, beside the point, until the next click."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("institutionCard")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMaximumWidth(420)
        self.setStyleSheet("#institutionCard { background: rgba(255,255,255,245); "
                           "border: 1px solid #9aa5b1; border-radius: 6px; padding: 6px; }")
        self.row = -1  # the institution shown
        self.title = ""
        self.hide()

    def show_card(self, row: int, title: str, rows: list[tuple[str, str]],
                  at: QPointF) -> None:
        from html import escape

        self.row, self.title = row, title
        body = "".join(f"<tr><td style='color:#555; white-space:nowrap'>{escape(k)} </td>"
                       f"<td><b>{escape(v)}</b></td></tr>" for k, v in rows)
        self.setText(f"<b>{escape(title)}</b><table>{body}</table>")
        self.adjustSize()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))
        room = self.parentWidget().rect()
        x = min(at.x() + 12, room.right() - self.width() - 4)
        y = min(at.y() + 12, room.bottom() - self.height() - 4)
        self.move(int(max(x, 4)), int(max(y, 4)))
        self.show()
        self.raise_()

    def close_card(self) -> None:
        self.row = -1
        self.hide()


def institution_hit(item: InstitutionsItem | None, x: float, y: float
                    ) -> tuple[str, int] | None:
    """What of the institution layer was drawn under a viewport point (None: nothing)."""
    if item is None or not item.isVisible() or item.last_plan is None:
        return None
    return hit_test(item.last_plan, (x, y), radius=7.0)
