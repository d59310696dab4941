"""The settlement layer of the map: settlements coloured by coverage for the chosen institution
type, sized by population (a ring where the population is estimated), its legend, its card,
and the link with the villages-without-access list (the state's selected settlement).

What to draw at one zoom and what a click meets come from app/display/settlement_points.py:
in each small screen cell the most important settlement gets its symbol, every other one in
view a small dot of its colour, so a national layer of 10 000 points stays readable and a
district shows its villages one by one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kzplanner.app.display.map_points import screen_positions
from kzplanner.app.display.settlement_points import (
    COVER_COLOURS,
    DOT_RADIUS_PX,
    STATES,
    SettlementPlan,
    SettlementPoints,
    plan_basis,
    plan_settlements,
    points_after_plan,
    settlement_hit,
    settlement_points,
    shows_after,
)
from kzplanner.app.display.settlement_text import (
    inst_names,
    legend_rows,
    legend_title,
    settlement_card,
)
from kzplanner.app.strings import tr
from kzplanner.gui.map.map_legend import LegendRow, MapLegend

if TYPE_CHECKING:
    from kzplanner.gui.map.map_view import MapView

HALO = QColor(255, 255, 255, 230)
EDGE = QColor(30, 30, 30, 200)
SELECTED = QColor("#111111")
SELECT_ZOOM_KM = 120.0  # a village picked in the list is shown this wide (at least)


def paint_settlements(painter: QPainter, plan: SettlementPlan, pts: SettlementPoints,
                      states: np.ndarray, scale: float = 1.0, selected: int = -1,
                      dots: dict[int, QPolygonF] | None = None) -> dict[int, QPolygonF]:
    """Dots first, then symbols from the largest down (small villages stay on top); a symbol
    is a filled disc, or a thick ring when its population is estimated, coloured by its state
    (SettlementPoints.states: covered, newly covered by the plan, not covered); all but the
    covered ones carry a white halo; the selected settlement gets a black ring."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colours = [QColor(COVER_COLOURS[s]) for s in STATES]
    if dots is None:  # the dots' polygons, kept by the caller while the plan stands
        dots = {s: QPolygonF([QPointF(x, y) for x, y in
                              plan.dot_xy[states[plan.dots] == s].tolist()])
                for s in range(len(STATES))} if len(plan.dots) else {}
    for s, polygon in dots.items():  # one drawPoints call per colour (10 000 stay fast)
        if polygon.isEmpty():
            continue
        faint = QColor(colours[s])
        faint.setAlpha(150 if s != 1 else 210)
        pen = QPen(faint, 2 * DOT_RADIUS_PX * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPoints(polygon)
    halo = QPen(HALO, 2.6 * scale)
    edge = QPen(EDGE, 0.7 * scale)
    for row, (x, y) in zip(plan.symbols.tolist(), plan.symbol_xy.tolist(), strict=True):
        r = float(pts.radius[row]) * scale
        c = QPointF(x, y)
        state = int(states[row])
        colour = colours[state]
        if state:
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, r + 0.6 * scale, r + 0.6 * scale)
        if pts.estimated[row] and r >= 2.5 * scale:
            painter.setPen(QPen(colour, max(1.6 * scale, r * 0.45)))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawEllipse(c, r * 0.8, r * 0.8)
        else:
            painter.setPen(edge)
            painter.setBrush(colour)
            painter.drawEllipse(c, r, r)
    if selected >= 0 and selected in set(plan.symbols.tolist()):
        i = int(np.flatnonzero(plan.symbols == selected)[0])
        x, y = plan.symbol_xy[i]
        r = float(pts.radius[selected]) * scale + 4 * scale
        painter.setPen(QPen(HALO, 4.0 * scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x, y), r, r)
        painter.setPen(QPen(SELECTED, 2.0 * scale))
        painter.drawEllipse(QPointF(x, y), r, r)
    return dots


class SettlementsItem(QGraphicsItem):
    """Every settlement in one item, painted in device pixels, below the institutions."""

    def __init__(self, pts: SettlementPoints) -> None:
        super().__init__()
        self.pts = pts
        self.kind = "school"
        self.selected = -1
        self.last_plan: SettlementPlan | None = None
        self._plan_key: tuple | None = None
        self._dots: dict[bool, QPolygonF] | None = None
        self.version = 0  # bumped when the coverage drawn changes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(4)
        ok = np.isfinite(pts.xy).all(axis=1) if len(pts) else np.zeros(0, bool)
        if ok.any():
            p = pts.xy[ok]
            pad = 0.05 * max(float(np.ptp(p[:, 0])), float(np.ptp(p[:, 1])), 1.0)
            self._rect = QRectF(float(p[:, 0].min()) - pad, float(p[:, 1].min()) - pad,
                                float(np.ptp(p[:, 0])) + 2 * pad, float(np.ptp(p[:, 1])) + 2 * pad)
        else:
            self._rect = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        device = painter.device()
        w, h = (widget.width(), widget.height()) if widget is not None else (
            device.width(), device.height())
        states = self.pts.states(self.kind)
        key = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), w, h, self.kind,
               self.selected, self.version)
        plan = self.last_plan if key == self._plan_key else None
        dots = self._dots if plan is not None else None
        if plan is None:  # a hover repaint at the same zoom reuses the plan
            px = screen_positions(self.pts.xy, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(),
                                  t.dy())
            plan = plan_settlements(px, self.pts.population, states == 0, w, h,
                                    pinned=self.selected)
        painter.save()
        painter.resetTransform()
        self._dots = paint_settlements(painter, plan, self.pts, states, selected=self.selected,
                                       dots=dots)
        painter.restore()
        self.last_plan, self._plan_key = plan, key


class SettlementOverlay(QObject):
    """The map view's settlement layer: item, legend and card, kept in step with the state."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.state = state = view.state
        self.item: SettlementsItem | None = None
        self.legend = MapLegend(view)
        self.visible = True
        self._source: object = None  # the settlement layer the item was built from
        self._base: SettlementPoints | None = None  # coverage before any plan
        self._after: tuple[object, SettlementPoints] | None = None  # (plan, its coverage)
        self._names: dict[str, str] = {}
        state.map_changed.connect(self.rebuild)
        state.map_mode_changed.connect(self.restyle)  # after the plan / change: its kits' reach
        state.result_changed.connect(self.restyle)
        state.dataset_changed.connect(self.rebuild)
        state.settlements_changed.connect(self.restyle)
        state.settlement_selected.connect(self._selected)
        state.language_changed.connect(self.restyle)
        state.language_changed.connect(self._close_card)
        self.rebuild()

    # --- data
    def layer(self) -> object:
        ds = self.state.dataset
        return getattr(ds, "settlements", None) if ds is not None else None

    def available(self) -> bool:
        return self.item is not None and len(self.item.pts) > 0

    def rebuild(self) -> None:
        layer, ds = self.layer(), self.state.dataset
        alive = self.item is not None and shiboken6.isValid(self.item) \
            and self.item.scene() is self.view.scene()
        if layer is self._source and (alive or layer is None):
            self.restyle()
            return
        if alive:
            self.view.scene().removeItem(self.item)
        self.item, self._source = None, layer
        if layer is not None and ds is not None:
            coverage = getattr(ds, "coverage", None)
            pts = settlement_points(layer.table, getattr(coverage, "per_settlement", None))
            self.item, self._base, self._after = SettlementsItem(pts), pts, None
            self.item.setVisible(self.visible)
            self.view.scene().addItem(self.item)
        self.restyle()

    def set_visible(self, on: bool) -> None:
        self.visible = bool(on)
        if self.item is not None:
            self.item.setVisible(self.visible)
        self.restyle()

    # --- look
    def side(self) -> str:
        """Which coverage the layer shows: 'after' the plan (its after-the-plan and change
        views), 'before' it (the baseline view), '' without a plan made with settlements."""
        result = self.state.result
        if plan_basis(result) is None:
            return ""
        return "after" if shows_after(self.state.map_mode, result) else "before"

    def _shown_points(self) -> SettlementPoints | None:
        base, result = self._base, self.state.result
        if base is None or self.side() != "after":
            return base
        if self._after is None or self._after[0] is not result:
            self._after = (result, points_after_plan(base, result))
        return self._after[1]

    def restyle(self) -> None:
        item, lang = self.item, self.state.language
        if item is None or not self.visible:
            self.legend.set_content("", [])
            self.view.inst_legend.set_extra([])
            self.view._place_overlays()  # noqa: SLF001 - the view places its overlays
            return
        kind = self.state.settlement_kind
        pts = self._shown_points()
        if pts is not None and pts is not item.pts:
            item.pts = pts
            item.version += 1
        item.kind = kind
        item.selected = item.pts.row_of(self.state.selected_settlement)
        rows = [LegendRow(text, colour, count, dot=symbol == "dot",
                          symbol="ring" if symbol == "ring" else "")
                for text, colour, count, symbol in legend_rows(item.pts, kind, lang)]
        reach = self.state.reach_km().get(kind, 0.0)
        before = self.legend.size()
        title = legend_title(kind, reach, lang, self.side())
        if self.view.inst_legend.rows():  # the institutions' legend shown: one box for both
            self.legend.set_content("", [])
            self.view.inst_legend.set_extra([LegendRow(title, None, symbol="title"), *rows])
        else:
            self.view.inst_legend.set_extra([])
            self.legend.set_content(title, rows, tr("set.legend.note", lang))
        item.update()
        self.view._place_overlays()  # noqa: SLF001
        if not self.view._user_zoomed and self.legend.size() != before:  # noqa: SLF001
            self.view.fit()

    def place_legend(self, left: int, bottom: int) -> None:
        """Bottom-left above `bottom` (the institutions' legend, or the view's edge)."""
        self.legend.move(left, bottom - self.legend.height() - 8)

    # --- clicks and the list
    def hit(self, x: float, y: float) -> int:
        item = self.item
        if item is None or not item.isVisible() or item.last_plan is None:
            return -1
        return settlement_hit(item.last_plan, item.pts.radius, (x, y))

    def click(self, row: int, at: QPointF) -> None:
        """A click on a settlement: it becomes the selected one (the list follows), its card."""
        assert self.item is not None
        self.state.select_settlement(str(self.item.pts.ids[row]))
        self.show_card(row, at)

    def show_card(self, row: int, at: QPointF) -> None:
        ds, item, lang = self.state.dataset, self.item, self.state.language
        layer = self.layer()
        if ds is None or item is None or layer is None:
            return
        table = layer.table  # type: ignore[attr-defined]
        record = table.iloc[row].to_dict()
        coverage = getattr(ds, "coverage", None)
        cov = (coverage.per_settlement.loc[table.index[row]].to_dict()
               if coverage is not None else {})
        if item.pts.after:  # the after-the-plan view: covered by this plan says so
            cov.update({f"{k}_{c}": bool(getattr(item.pts, c)[k][row]) for k in item.pts.covered
                        for c in ("covered", "newly")})
        if not self._names or self._names.get("~lang") != lang:
            self._names = {**inst_names(ds.institutions, lang), "~lang": lang}
        unit = str(record.get("unit_code") or "")
        title, rows = settlement_card(record, cov, lang, self.state.unit_name(unit),
                                      self._names, self.state.settlement_kind)
        self.view.card.show_card(-2, title, rows, at)

    def _close_card(self) -> None:
        if self.view.card.row == -2:  # a settlement's card: its texts are in the old language
            self.view.card.close_card()

    def _selected(self) -> None:
        """A settlement picked (in the list or on the map): centre on it when it is out of view
        or the map shows more than SELECT_ZOOM_KM around it, and ring it. A click on the map
        shows its card after this (`click`)."""
        item = self.item
        if item is None:
            return
        row = item.pts.row_of(self.state.selected_settlement)
        item.selected = row
        item.update()
        if row < 0 or not self.visible:
            return
        from kzplanner.app.display.map_geometry import SCENE_UNIT_KM

        x, y = (float(v) for v in item.pts.xy[row])
        view = self.view
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        wanted = SELECT_ZOOM_KM / SCENE_UNIT_KM
        if shown.width() > 2.5 * wanted or not shown.contains(QPointF(x, y)):
            if shown.width() > 2.5 * wanted:
                view.zoom_by(shown.width() / wanted)
            view.centerOn(QPointF(x, y))
            view._user_zoomed = True  # noqa: SLF001
            view._declutter()  # noqa: SLF001
        # no card here: the list's row says it all, and on a small map the card would hide the
        # village it is about (a click on the map shows it)
        self._close_card()
