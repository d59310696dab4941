"""The choropleth map: units coloured by the chosen indicator, selection, hover, zoom and pan."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QWidget,
)

from kzplanner.app.display.choropleth import Classification, classify, classify_change
from kzplanner.app.display.indicator_values import (
    bad_is_high,
    drawn_values,
    effective_mode,
    format_value,
    indicator_kind,
    worst_first_ranks,
)
from kzplanner.app.display.legend_text import legend_entries, legend_note, legend_title
from kzplanner.app.display.map_points import STATUS_COLOURS, STATUSES, TYPES, kit_mask
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number
from kzplanner.gui.map.map_institutions import InstitutionLayer, InstitutionsItem
from kzplanner.gui.map.map_items import (
    CODE_KEY,
    MARKER_RADIUS_PX,
    LabelItem,
    MarkerItem,
    UnitItem,
    unit_path,
)
from kzplanner.gui.map.map_legend import LegendRow, MapLegend
from kzplanner.gui.state import AppState

if TYPE_CHECKING:
    from kzplanner.app.display.map_data import MapData

TINY_UNIT_SHARE = 0.025  # units smaller than this share of the map's diagonal get a marker
FIT_MARGIN = 0.04
MAX_ZOOM = 40.0
CLICK_SLOP_PX = 4
BACKGROUND = QColor("#eef2f5")
# Holes in unit polygons are not always water (Kyzylorda's hole is the Baikonur lease): neutral.
HOLE_FILL = QColor("#e4e4e4")
# Where to put spare room when fitting: centred first, then away from the top-left legend.
PAN_STEP = 0.1
_PAN_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
             Qt.Key.Key_Down: (0, 1)}
_ANCHORS = ((0.5, 0.5), (1.0, 0.5), (0.5, 1.0), (1.0, 1.0), (0.75, 0.75), (1.0, 0.0),
            (0.5, 0.0))

_SUFFIXES = re.compile(
    r"\s+(region|oblast|province|область|облысы|қаласы|city)$|^(г\.|city of)\s+",
    flags=re.IGNORECASE)


def short_name(name: str) -> str:
    """A unit's name for a map label: 'Акмолинская область' → 'Акмолинская', 'г. Астана' → 'Астана'.

    >>> short_name("Ақмола облысы"), short_name("г. Алматы"), short_name("Akmola Region")
    ('Ақмола', 'Алматы', 'Akmola')
    """
    short = _SUFFIXES.sub("", name.strip()).strip()
    return short or name


def label_names(full: dict[str, str]) -> dict[str, str]:
    """Short names for labels, except where two units would read the same (keep those full).

    >>> label_names({"a": "Almaty Region", "b": "Almaty", "c": "Aktobe Region"})
    {'a': 'Almaty Region', 'b': 'Almaty', 'c': 'Aktobe'}
    """
    short = {code: short_name(name) for code, name in full.items()}
    seen: dict[str, int] = {}
    for name in short.values():
        seen[name] = seen.get(name, 0) + 1
    return {code: (full[code] if seen[short[code]] > 1 else short[code]) for code in full}


class MapView(QGraphicsView):
    """One path item per unit, built once per dataset; restyles swap brushes only."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMinimumSize(320, 240)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.unit_items: dict[str, UnitItem] = {}
        self.marker_items: dict[str, MarkerItem] = {}
        self.label_items: dict[str, LabelItem] = {}
        self.institutions_item: InstitutionsItem | None = None
        self.institution_layer: InstitutionLayer | None = None
        self.classification: Classification | None = None
        self.scheme = "quantiles"
        self.classes = 5
        self.user_breaks: tuple[float, ...] = ()
        self._drawn: MapData | None = None  # what the scene was built from
        self._population: dict[str, float] = {}
        self._content_rect = QRectF()
        self._fit_scale = 1.0
        self._user_zoomed = False
        self._press_pos: QPoint | None = None
        self._institutions_visible = False

        self.legend = MapLegend(self)
        self.inst_legend = MapLegend(self)  # bottom-left: Kazakhstan leaves that corner empty
        self.caption = QLabel(self)
        self.caption.setObjectName("mapCaption")
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("mapPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        state.map_changed.connect(self.rebuild)
        state.result_changed.connect(self._update_institutions)
        state.result_changed.connect(self.restyle)
        state.indicator_changed.connect(self.restyle)
        state.map_mode_changed.connect(self.restyle)
        state.selection_changed.connect(self._show_selection)
        state.language_changed.connect(self._relabel)
        self.rebuild()

    # --- building (once per dataset)
    def rebuild(self) -> None:
        data = self.state.map_data
        if data is not None and data is self._drawn:
            # The full dataset after the map drawn from its cached preview: the same drawing,
            # only the plan's layers (none yet) and the labels' texts may need refreshing.
            self._update_institutions()
            self._relabel()
            return
        scene = self.scene()
        scene.clear()
        self.unit_items.clear()
        self.marker_items.clear()
        self.label_items.clear()
        self.institutions_item = None
        self.institution_layer = None
        self._drawn = data
        self.placeholder.setVisible(data is None)
        self.placeholder.setText(tr("map.loading", self.state.language))
        self.caption.setVisible(data is not None)
        if data is None:
            self.legend.set_content("", [])
            self.inst_legend.set_content("", [])
            self._place_overlays()
            return
        shapes = data.shapes
        self._population = dict(zip(data.codes, np.nan_to_num(data.population).tolist(),
                                    strict=True))
        rect = QRectF()
        for shape in shapes.values():
            minx, miny, maxx, maxy = shape.bounds
            rect = rect.united(QRectF(minx, miny, maxx - minx, maxy - miny))
        self._content_rect = rect
        diag = float(np.hypot(rect.width(), rect.height())) or 1.0
        label_font = QFont(self.font())
        label_font.setPointSizeF(max(self.font().pointSizeF() - 0.5, 7.5))
        for code, shape in shapes.items():
            item = UnitItem(code, unit_path(shape))
            scene.addItem(item)
            self.unit_items[code] = item
            tiny = shape.diagonal < TINY_UNIT_SHARE * diag
            if tiny:
                marker = MarkerItem(code, shape.anchor)
                scene.addItem(marker)
                self.marker_items[code] = marker
            lab = LabelItem(code, "", shape.anchor, label_font,
                            left_px=(MARKER_RADIUS_PX + 3.0) if tiny else None)
            scene.addItem(lab)
            self.label_items[code] = lab
        holes = QPainterPath()
        for shape in shapes.values():
            for polygon in shape.polygons:
                for ring in polygon[1:]:
                    holes.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring.tolist()]))
                    holes.closeSubpath()
        if not holes.isEmpty():
            hole_item = QGraphicsPathItem(holes)
            hole_item.setBrush(HOLE_FILL)
            hole_item.setPen(Qt.PenStyle.NoPen)
            hole_item.setZValue(-1)
            hole_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(hole_item)
        self.institution_layer = InstitutionLayer(data)
        anchors = np.array([shapes[c].anchor for c in data.codes], dtype=float).reshape(-1, 2)
        points = InstitutionsItem(self.institution_layer, anchors)
        points.setVisible(self._institutions_visible)
        scene.addItem(points)
        self.institutions_item = points
        self._update_institutions()
        margin = max(rect.width(), rect.height()) * FIT_MARGIN
        scene.setSceneRect(rect.adjusted(-margin * 8, -margin * 8, margin * 8, margin * 8))
        self._relabel()
        self.fit()

    # --- styling (brushes, legend, tooltips)
    def restyle(self) -> None:
        data, prepared = self.state.map_data, self.state.prepared
        if data is None or not self.unit_items:
            return
        lang = self.state.language
        result = self.state.result
        indicator = self.state.indicator
        mode = effective_mode(self.state.map_mode, result)
        codes = list(self.unit_items)
        arr = drawn_values(data, prepared, result, indicator, mode)
        cls = self.classify(arr, indicator, mode)
        self.classification = cls
        for i, code in enumerate(codes):
            hexcol = cls.colour_of(i)
            colour = QColor(hexcol) if hexcol else None
            self.unit_items[code].set_fill(colour)
            if code in self.marker_items:
                self.marker_items[code].set_fill(colour)
        self._update_legend(cls, indicator, mode, lang)
        self._update_tooltips(arr, indicator, mode, lang)

    def classify(self, values: np.ndarray, indicator: str, mode: str) -> Classification:
        """Classes of `values` by the chosen scheme (change mode: diverging around zero)."""
        if mode == "change":
            return classify_change(values, improvement_is_negative=bad_is_high(indicator),
                                   scheme=self.scheme)
        return classify(values, self.scheme, self.classes, bad_is_high=bad_is_high(indicator),
                        kind=indicator_kind(indicator), user_breaks=self.user_breaks)

    def set_scheme(self, scheme: str, classes: int | None = None,
                   user_breaks: tuple[float, ...] | None = None) -> None:
        """Classification scheme and number of classes; user breaks in the indicator's units."""
        self.scheme = scheme
        if classes is not None:
            self.classes = int(classes)
        if user_breaks is not None:
            self.user_breaks = tuple(user_breaks)
        self.restyle()

    def _update_legend(self, cls: Classification, indicator: str, mode: str, lang: str) -> None:
        title = legend_title(indicator, mode, lang)
        rows = [LegendRow(e.text, e.colour, e.count)
                for e in legend_entries(cls, indicator, mode, lang)]
        notes = [legend_note(cls, lang)]
        if self.state.map_mode != "baseline" and self.state.result is None:
            notes.append(tr("map.needs_plan", lang))
        before = self.legend.size()
        self.legend.set_content(title, rows, " ".join(n for n in notes if n))
        self._update_institution_legend()
        self._place_overlays()
        if not self._user_zoomed and self.legend.size() != before:
            self.fit()

    def _update_tooltips(self, values: np.ndarray, indicator: str, mode: str,
                         lang: str) -> None:
        data, result, prepared = self.state.map_data, self.state.result, self.state.prepared
        assert data is not None
        ranks = worst_first_ranks(values, indicator, mode)
        n = int((~np.isnan(values)).sum())
        name_ind = label(indicator, lang)
        names = data.unit_names(lang)
        before = data.values(indicator)
        after = (drawn_values(data, prepared, result, indicator, "projected")
                 if mode != "baseline" and prepared is not None else None)
        for i, (code, item) in enumerate(self.unit_items.items()):
            lines = [f"<b>{names.get(code) or code}</b>",
                     f"{name_ind}: <b>{format_value(values[i], indicator, mode, lang)}</b>"]
            if after is not None:
                lines.append(f"{format_value(before[i], indicator, 'baseline', lang)} → "
                             f"{format_value(after[i], indicator, 'projected', lang)}")
            if not np.isnan(ranks[i]):
                key = "tooltip.rank_change" if mode == "change" else "tooltip.rank"
                lines.append(tr(key, lang, rank=int(ranks[i]), n=n))
            if not np.isnan(data.population[i]):
                lines.append(f"{tr('tooltip.population', lang)}: "
                             f"{format_number(data.population[i], lang)}")
            tip = "<br>".join(lines)
            item.setToolTip(tip)
            if code in self.marker_items:
                self.marker_items[code].setToolTip(tip)

    # --- institutions layer
    def set_institutions_visible(self, on: bool) -> None:
        self._institutions_visible = bool(on)
        if self.institutions_item is not None:
            self.institutions_item.setVisible(self._institutions_visible)
        self._update_institution_legend()
        self._place_overlays()
        if not self._user_zoomed:
            self.fit()

    def institutions_available(self) -> bool:
        return self.institutions_item is not None and self.institutions_item.has_points

    def _update_institutions(self) -> None:
        prepared, layer, result = self.state.prepared, self.institution_layer, self.state.result
        if layer is None or self.institutions_item is None:
            return
        if prepared is not None and result is not None:
            layer.set_kits(kit_mask(prepared.dataset.institutions, result.kits))
        else:
            layer.set_kits(np.zeros(len(layer.types), dtype=bool))
        self.institutions_item.refresh()
        self._update_institution_legend()

    def set_institution_filter(self, types: set[str] | None = None,
                               statuses: set[str] | None = None) -> None:
        """Show only these institution types and statuses (None = leave as is)."""
        layer = self.institution_layer
        if layer is None:
            return
        if types is not None:
            layer.shown_types = set(types) & set(TYPES)
        if statuses is not None:
            layer.shown_statuses = set(statuses) & set(STATUSES)
        if self.institutions_item is not None:
            self.institutions_item.refresh()
        self._update_institution_legend()
        self._place_overlays()

    def _update_institution_legend(self) -> None:
        item, layer = self.institutions_item, self.institution_layer
        if (not self._institutions_visible or item is None or layer is None
                or not item.has_points):
            self.inst_legend.set_content("", [])
            return
        lang = self.state.language
        counts = layer.counts()
        rows = []
        for kind in TYPES:
            if kind in layer.shown_types:
                rows.append(LegendRow(label(kind, lang), "#ffffff", symbol=kind))
        for status in STATUSES:
            if status == "kit" and self.state.result is None:
                continue
            if status not in layer.shown_statuses:
                continue
            rows.append(LegendRow(tr(f"inst.status.{status}", lang), STATUS_COLOURS[status],
                                  format_number(counts[status], lang), symbol="school"))
        before = self.inst_legend.size()
        self.inst_legend.set_content(tr("map.institutions", lang), rows,
                                     f"{tr('inst.size', lang)} {tr('inst.cluster', lang)}")
        self._place_overlays()
        if not self._user_zoomed and self.inst_legend.size() != before:
            self.fit()

    # --- selection
    def _show_selection(self) -> None:
        selected = set(self.state.selection)
        for code, item in self.unit_items.items():
            on = code in selected
            item.set_selected_look(on)
            if code in self.marker_items:
                self.marker_items[code].set_selected_look(on)
            if code in self.label_items:
                self.label_items[code].set_emphasis(on)
        self._declutter()

    def code_at(self, pos: QPoint) -> str | None:
        """Unit under a viewport position (markers and labels first), or None."""
        for item in self.items(pos):
            code = item.data(CODE_KEY)
            if code:
                return str(code)
        return None

    def click_at(self, pos: QPoint, extend: bool) -> None:
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
    def _relabel(self) -> None:
        data = self.state.map_data
        lang = self.state.language
        if data is None:
            self.placeholder.setText(tr("map.loading", lang))
            return
        full = data.unit_names(lang)
        names = label_names({code: full.get(code) or code for code in self.label_items})
        for code, lab in self.label_items.items():
            lab.set_text(names[code])
        pre = tr("map.caption_pre", lang) if data.boundaries_predate_2018 else ""
        source = tr("map.caption_illustrative" if data.illustrative else "map.caption_loaded",
                    lang)
        text = tr("map.caption", lang, boundaries=data.boundaries_credit, pre=pre, data=source)
        doubt = getattr(data, "doubts", {}).get(lang, "")
        self.caption.setText(f"{doubt}\n{text}" if doubt else text)
        self.caption.adjustSize()
        self.restyle()
        self._show_selection()  # new label texts: emphasis and decluttering again

    # --- navigation
    def fit(self) -> None:
        """Show all units, as large as possible without hiding any under the legend or caption.

        The content is anchored to the bottom-right and shrunk in small steps until the overlays
        in the corners cover no unit (Kazakhstan leaves the north-west corner empty).
        """
        if self._content_rect.isNull():
            return
        rect = self._content_rect
        margin = max(rect.width(), rect.height()) * FIT_MARGIN
        padded = rect.adjusted(-margin, -margin, margin, margin)
        vp = self.viewport().rect()
        if vp.width() < 10 or vp.height() < 10:
            return
        base = min(vp.width() / padded.width(), vp.height() / padded.height())
        obstacles = [w.geometry().translated(-self.viewport().pos())
                     for w in (self.legend, self.inst_legend, self.caption) if w.isVisible()]
        chosen = base
        done = False
        for step in range(0, 20):
            scale = base * (1.0 - 0.025 * step)
            for anchor in _ANCHORS:
                self._place_content(padded, scale, anchor)
                if not any(self._covers_unit(QRectF(o)) for o in obstacles):
                    chosen, done = scale, True
                    break
            if done:
                break
        else:
            self._place_content(padded, base, (0.5, 0.5))
        self._fit_scale = chosen
        self._user_zoomed = False
        self._declutter()

    def _place_content(self, padded: QRectF, scale: float,
                       anchor: tuple[float, float]) -> None:
        """Scale so and share the spare room by `anchor` (0.5 = centred, 1 = pushed right/down)."""
        self.setTransform(QTransform.fromScale(scale, scale))
        vp = self.viewport().rect()
        spare_x = max(vp.width() / scale - padded.width(), 0.0)
        spare_y = max(vp.height() / scale - padded.height(), 0.0)
        self.centerOn(QPointF(padded.center().x() - spare_x * (anchor[0] - 0.5),
                              padded.center().y() - spare_y * (anchor[1] - 0.5)))

    def _covers_unit(self, viewport_rect: QRectF) -> bool:
        poly = self.mapToScene(viewport_rect.toRect())
        scene_rect = poly.boundingRect()
        for item in self.unit_items.values():
            if item.path().intersects(scene_rect):
                return True
        return False

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
        vp = self.viewport().geometry()
        self.legend.move(vp.left() + 10, vp.top() + 10)
        self.inst_legend.move(vp.left() + 10, vp.bottom() - self.inst_legend.height() - 10)
        self.caption.adjustSize()
        self.caption.move(vp.right() - self.caption.width() - 8,
                          vp.bottom() - self.caption.height() - 6)
        self.placeholder.setGeometry(vp)

    def _declutter(self) -> None:
        """Hide labels that would overlap a more important one (selected, then most populous)."""
        if not self.label_items:
            return
        pop = self._population
        selected = set(self.state.selection)

        def priority(code: str) -> tuple[int, float]:
            return (0 if code in selected else 1, -pop.get(code, 0.0))

        placed: list[QRectF] = [QRectF(w.geometry().translated(-self.viewport().pos()))
                                for w in (self.legend, self.inst_legend, self.caption) if w.isVisible()]
        for code in sorted(self.label_items, key=priority):
            lab = self.label_items[code]
            anchor = QPointF(self.mapFromScene(lab.pos()))
            spot = None
            for variant in range(lab.variant_count()):
                base = lab.variant_rect(variant)
                h = base.height() * 0.8 / (variant + 1)
                for dx, dy in ((0.0, 0.0), (0.0, h), (0.0, -h), (0.0, 2 * h), (0.0, -2 * h)):
                    rect = base.translated(anchor + QPointF(dx, dy))
                    if dy and not self._inside_unit(code, rect.center()):
                        continue  # a shifted label must still sit on its own unit
                    if not any(rect.intersects(r) for r in placed):
                        spot = (variant, dx, dy, rect)
                        break
                if spot is not None:
                    break
            lab.setVisible(spot is not None)
            if spot is not None:
                lab.use_variant(spot[0])
                lab.setTransform(QTransform.fromTranslate(spot[1], spot[2]))
                placed.append(spot[3])

    def _inside_unit(self, code: str, viewport_point: QPointF) -> bool:
        if code in self.marker_items:
            return True
        item = self.unit_items.get(code)
        return item is not None and item.path().contains(self.mapToScene(
            viewport_point.toPoint()))

    def map_png(self) -> bytes:
        """The map as shown (with legend and caption), as PNG bytes for the workbook."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.grab().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
