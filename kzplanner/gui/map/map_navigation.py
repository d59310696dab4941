"""How the map view moves and answers the mouse and keys: fit, zoom, pan, click and
rubber-band selection, and where its overlays and labels go (MapView draws the content)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLabel

from kzplanner.gui.map.map_institutions import InstitutionCard, InstitutionsItem, institution_hit
from kzplanner.gui.map.map_items import CODE_KEY, MarkerItem, UnitItem
from kzplanner.gui.map.map_labels import LabelItem
from kzplanner.gui.map.map_legend import MapLegend
from kzplanner.gui.map.map_overlays import place_overlays
from kzplanner.gui.map.placed_rects import box, place_labels
from kzplanner.gui.state import AppState

if TYPE_CHECKING:
    from kzplanner.app.display.map_data import MapData

FIT_MARGIN = 0.04
MAX_ZOOM = 40.0
CLICK_SLOP_PX = 4
PAN_STEP = 0.1
_PAN_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
             Qt.Key.Key_Down: (0, 1)}
# Where to put spare room when fitting: centred first, then away from the top-left legend.
_ANCHORS = ((0.5, 0.5), (1.0, 0.5), (0.5, 1.0), (1.0, 1.0), (0.75, 0.75), (1.0, 0.0),
            (0.5, 0.0))


class MapNavigation(QGraphicsView):
    """The view's geometry and input; MapView (map_view.py) fills the attributes below."""

    state: AppState
    unit_items: dict[str, UnitItem]
    marker_items: dict[str, MarkerItem]
    label_items: dict[str, LabelItem]
    legend: MapLegend
    inst_legend: MapLegend
    caption: QLabel
    placeholder: QLabel
    _drawn: MapData | None
    _population: dict[str, float]
    _content_rect: QRectF
    _fit_scale: float
    _user_zoomed: bool
    _legend_layout: str
    institutions_item: InstitutionsItem | None
    card: InstitutionCard

    def show_institution(self, row: int, at: QPointF) -> None:  # MapView
        raise NotImplementedError
    _press_pos: QPoint | None

    def code_at(self, pos: QPoint) -> str | None:
        """Unit under a viewport position (labels and markers first), or None."""
        layer = getattr(self, "label_layer", None)
        code = layer.hit(pos.x(), pos.y()) if layer is not None else None
        if code is not None:
            return code
        for item in self.items(pos):
            code = item.data(CODE_KEY)
            if code:
                return str(code)
        return None

    def click_at(self, pos: QPoint, extend: bool) -> None:
        """A click on an institution shows it, on a cluster zooms in to split it; elsewhere it
        selects units (with `extend`: adds or removes one)."""
        hit = institution_hit(self.institutions_item, pos.x(), pos.y())
        self.card.close_card()
        if hit is not None and hit[0] == "cluster":
            plan = self.institutions_item.last_plan  # type: ignore[union-attr]
            x, y = plan.cluster_xy[hit[1]]
            centre = self.mapToScene(QPoint(int(x), int(y)))
            self.zoom_by(3.0)
            self.centerOn(centre)
            self._declutter()
            return
        if hit is not None:
            self.show_institution(hit[1], QPointF(pos))
            return
        overlay = getattr(self, "settlements", None)
        village = overlay.hit(pos.x(), pos.y()) if overlay is not None else -1
        if village >= 0:
            overlay.click(village, QPointF(pos))  # type: ignore[union-attr]
            return
        code = self.code_at(pos)
        current = list(self.state.selection)
        if code is None:
            if not extend:
                self.state.select_units([])
            return
        if extend:
            if code in current:
                current.remove(code)
            else:
                current.append(code)
            self.state.select_units(current)
        else:
            self.state.select_units([code])

    # --- language
    # --- navigation
    @contextmanager
    def batched(self) -> Iterator[None]:
        """Fits and declutterings asked for inside run once, at its end. The window's layout
        is settled first: the news that changes the map often changes the window too (the
        notice strip above the map shown, hidden or resized as the data land), and a fit made
        before that layout ran was made for a size the map no longer had when shown — fitted,
        decluttered and painted once more a moment later (~0.3 s at 10,000 units), the map
        visibly jumping."""
        self._batching, self._pending_fit = True, False
        try:
            yield
            # a resize this causes asks for a fit: still batched, it is the one fit below
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        finally:
            self._batching = False
        if self._pending_fit:
            if self._user_zoomed:
                self._declutter()
            else:
                self.fit()

    def fit(self) -> None:
        if getattr(self, "_batching", False):
            self._pending_fit = True
            return
        self._fit()

    def _fit(self) -> None:
        """Show all units, as large as possible without hiding any under the legends or caption.

        Four layouts are tried and the one giving the larger map wins: the legends in a column
        on the left with the map fitted into the rest of the view (room reserved), the legends
        in the left corners, or the classes' top-left and the others bottom-right ('split') or
        top-right ('top_right'), the map shrunk and shifted until they cover no unit.
        """
        if self._content_rect.isNull():
            return
        rect = self._content_rect
        margin = max(rect.width(), rect.height()) * FIT_MARGIN
        padded = rect.adjusted(-margin, -margin, margin, margin)
        vp = self.viewport().rect()
        if vp.width() < 10 or vp.height() < 10:
            return
        best: tuple[float, str, QRectF, tuple[float, float]] | None = None
        for layout in ("corners", "column", "split", "top_right"):
            self._legend_layout = layout
            self._place_overlays()
            found = self._fit_layout(padded, layout)
            if found is not None and (best is None or found[0] > best[0] * 1.001):
                best = (found[0], layout, found[1], found[2])
        if best is None:  # nothing avoids the overlays: the whole map, centred
            base = min(vp.width() / padded.width(), vp.height() / padded.height())
            best = (base, "corners", QRectF(vp), (0.5, 0.5))
        scale, layout, room, anchor = best
        self._legend_layout = layout
        self._place_overlays()
        self._place_content(padded, scale, anchor, room)
        self._fit_scale = scale
        self._user_zoomed = False
        self._declutter()

    def _obstacles(self) -> list[QRectF]:
        overlay = getattr(self, "settlements", None)
        extra = (overlay.legend,) if overlay is not None else ()
        return [QRectF(w.geometry().translated(-self.viewport().pos()))
                for w in (self.legend, self.inst_legend, self.caption, *extra) if w.isVisible()]

    def _fit_layout(self, padded: QRectF, layout: str
                    ) -> tuple[float, QRectF, tuple[float, float]] | None:
        """The largest scale (with the room and anchor) at which no overlay covers a unit."""
        vp = QRectF(self.viewport().rect())
        obstacles = self._obstacles()
        room = vp
        if layout == "column":
            legends = [o for o in obstacles[:-1]] if self.caption.isVisible() else obstacles
            if legends:
                right = max(o.right() for o in legends)
                room = vp.adjusted(right + 4, 0, 0, 0)
            if room.width() < 40:
                return None
        base = min(room.width() / padded.width(), room.height() / padded.height())
        anchors = ((0.5, 0.5),) if layout == "column" else _ANCHORS
        for step in range(0, 24):
            scale = base * (1.0 - 0.025 * step)
            for anchor in anchors:
                self._place_content(padded, scale, anchor, room)
                if not any(self._covers_unit(o) for o in obstacles):
                    return scale, room, anchor
        return None

    def _place_content(self, padded: QRectF, scale: float, anchor: tuple[float, float],
                       room: QRectF | None = None) -> None:
        """Scale so and put the content in `room` (viewport pixels, default the whole view),
        sharing its spare room by `anchor` (0.5 = centred, 1 = pushed right/down)."""
        self.setTransform(QTransform.fromScale(scale, scale))
        vp = QRectF(self.viewport().rect())
        room = vp if room is None else room
        spare_x = max(room.width() / scale - padded.width(), 0.0)
        spare_y = max(room.height() / scale - padded.height(), 0.0)
        # the room's centre is this far (in scene units) from the viewport's centre
        off_x = (room.center().x() - vp.center().x()) / scale
        off_y = (room.center().y() - vp.center().y()) / scale
        self.centerOn(QPointF(padded.center().x() - spare_x * (anchor[0] - 0.5) - off_x,
                              padded.center().y() - spare_y * (anchor[1] - 0.5) - off_y))

    def _covers_unit(self, viewport_rect: QRectF) -> bool:
        r = self.mapToScene(viewport_rect.toRect()).boundingRect()
        if getattr(self, "_unit_boxes", None) is None:  # units' boxes, once per dataset
            items = list(self.unit_items.values())
            boxes = [item.path().controlPointRect() for item in items]
            self._unit_boxes = (items, np.array([(b.left(), b.top(), b.right(), b.bottom())
                                                 for b in boxes]).reshape(-1, 4))
        items, b = self._unit_boxes
        near = ((b[:, 0] < r.right()) & (r.left() < b[:, 2]) & (b[:, 1] < r.bottom())
                & (r.top() < b[:, 3]))  # as QRectF.intersects
        return any(items[i].path().intersects(r) for i in np.flatnonzero(near).tolist())

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        target = min(max(current * factor, self._fit_scale * 0.7), self._fit_scale * MAX_ZOOM)
        if current > 0:
            self.scale(target / current, target / current)
        self._user_zoomed = True
        self._declutter()

    def pan_by(self, dx_px: float, dy_px: float) -> None:
        """Move the view by a distance in pixels (arrow keys: a tenth of the view)."""
        centre = self.mapToScene(self.viewport().rect().center())
        scale = self.transform().m11() or 1.0
        self.centerOn(QPointF(centre.x() + dx_px / scale, centre.y() + dy_px / scale))
        self._user_zoomed = True
        self._declutter()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(1.0015 ** delta)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_F:
            self.fit()
        elif event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif event.key() == Qt.Key.Key_Escape:
            self.card.close_card()
            self.state.select_units([])
        elif event.key() in _PAN_KEYS:
            dx, dy = _PAN_KEYS[event.key()]
            self.pan_by(dx * self.viewport().width() * PAN_STEP,
                        dy * self.viewport().height() * PAN_STEP)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                # Shift+drag draws a rubber band instead of panning (GeoDa-style brushing).
                self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().mousePressEvent(event)

    def units_in(self, rect: QRect) -> list[str]:
        """Units whose shape meets a viewport rectangle, in the map's unit order."""
        hit = {str(item.data(CODE_KEY)) for item in self.items(
            rect, Qt.ItemSelectionMode.IntersectsItemShape) if item.data(CODE_KEY)}
        layer = getattr(self, "label_layer", None)
        if layer is not None:  # a label in the band selects its unit, as before
            hit |= layer.codes_in(rect.left(), rect.top(), rect.right() + 1, rect.bottom() + 1)
        return [code for code in self.unit_items if code in hit]

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        banding = self.dragMode() == QGraphicsView.DragMode.RubberBandDrag
        super().mouseReleaseEvent(event)
        if banding:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        pos = event.position().toPoint()
        moved = (pos - self._press_pos).manhattanLength()
        start, self._press_pos = self._press_pos, None
        if banding and moved > CLICK_SLOP_PX:
            codes = self.units_in(QRect(start, pos).normalized())
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                codes = list(dict.fromkeys([*self.state.selection, *codes]))
            self.state.select_units(codes)
            return
        if moved <= CLICK_SLOP_PX:
            extend = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                               | Qt.KeyboardModifier.ShiftModifier))
            self.click_at(pos, extend)
        else:
            self._user_zoomed = True
            self._declutter()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._drawn is not None:
            self.state.map_painted()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        for legend in (self.legend, self.inst_legend):
            legend.fit_to(self.viewport().width())
        if not self._user_zoomed:
            self.fit()
        self._place_overlays()

    # --- overlays and labels
    def _place_overlays(self) -> None:
        place_overlays(self)

    def _declutter(self) -> None:
        """Hide labels that would overlap a more important one (selected, then most populous)."""
        if getattr(self, "_batching", False):
            self._pending_fit = True  # fit() ends by decluttering
            return
        if not self.label_items:
            return
        if self.card.isVisible() and self.card.row >= 0:
            self.card.close_card()  # the map moved under it
        pop = self._population
        selected = set(self.state.selection)

        def priority(code: str) -> tuple[int, float]:
            return (0 if code in selected else 1, -pop.get(code, 0.0))

        order = sorted(self.label_items, key=priority)
        labels = list(self.label_items.items())
        key = (self._drawn, len(labels))  # labels never move: their scene anchors kept per map
        if getattr(self, "_anchor_key", None) != key:  # (MapData compares by identity)
            self._anchor_key, self._anchors = key, QPolygonF([lab.pos() for _, lab in labels])
        at = self.mapFromScene(self._anchors)  # one call, not one per label
        anchors = {code: (float(p.x()), float(p.y()))
                   for (code, _), p in zip(labels, at, strict=True)}
        variants = {code: lab.variant_boxes() for code, lab in labels}
        spots = place_labels(order, anchors, variants,
                             lambda code, x, y: self._inside_unit(code, QPointF(x, y)),
                             [box(o) for o in self._obstacles()],
                             box(QRectF(self.viewport().rect()).adjusted(2, 2, -2, -2)))
        for code, spot in spots.items():
            lab = self.label_items[code]
            lab.setVisible(spot is not None)
            if spot is not None:
                lab.use_variant(spot[0])
                lab.set_shift(spot[1], spot[2])

    def _inside_unit(self, code: str, viewport_point: QPointF) -> bool:
        if code in self.marker_items:
            return True
        item = self.unit_items.get(code)
        return item is not None and item.path().contains(self.mapToScene(
            viewport_point.toPoint()))

