"""The choropleth map: units coloured by the chosen indicator, selection, hover, zoom and pan."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
)
from PySide6.QtWidgets import (
    QFrame,
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
    indicator_kind,
)
from kzplanner.app.display.legend_text import (
    institution_card,
    legend_entries,
    legend_note,
    legend_title,
)
from kzplanner.app.display.map_points import STATUS_COLOURS, STATUSES, TYPES, kit_mask
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number
from kzplanner.gui.map import placed_rects
from kzplanner.gui.map.map_institutions import (
    InstitutionCard,
    InstitutionLayer,
    InstitutionsItem,
)
from kzplanner.gui.map.map_items import (
    HOLE_KEY,
    MARKER_RADIUS_PX,
    HoleItem,
    MarkerItem,
    OutlineItem,
    UnitItem,
)
from kzplanner.gui.map.map_labels import LabelItem, LabelLayer
from kzplanner.gui.map.map_legend import LegendRow, MapLegend
from kzplanner.gui.map.map_navigation import MapNavigation
from kzplanner.gui.map.map_paths import unit_paths
from kzplanner.gui.map.map_settlements import SettlementOverlay
from kzplanner.gui.map.unit_names import label_names
from kzplanner.gui.map.unit_tips import TipScene, UnitTips
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

if TYPE_CHECKING:
    from kzplanner.app.display.map_data import MapData

TINY_UNIT_SHARE = 0.025  # units smaller than this share of the map's diagonal get a marker
# ... the smallest of them, at most: a map of 10,000 units has every one below that share,
# and 10,000 discs hid the map under them (national: 49 cities and small districts)
MAX_MARKERS = 400
BACKGROUND = QColor("#eef2f5")


class MapView(MapNavigation):
    """One path item per unit, built once per dataset; restyles swap brushes only."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setScene(TipScene(self))  # tooltips written when shown (unit_tips)
        # A few hundred items: a linear scan finds what to draw faster than a BSP tree is
        # built on the first paint after every rebuild (~13 ms at national scale).
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
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
        self.setMinimumSize(320, 180)  # a low laptop screen (150 % scaling) keeps a map
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.unit_items: dict[str, UnitItem] = {}
        self.tips = UnitTips()
        self.marker_items: dict[str, MarkerItem] = {}
        self.label_items: dict[str, LabelItem] = {}
        self.label_layer: LabelLayer | None = None  # paints every label
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
        self._legend_layout = "corners"  # or "column": where fit() put the legends
        self._press_pos: QPoint | None = None
        self._institutions_visible = False

        self.legend = MapLegend(self)
        self.inst_legend = MapLegend(self)  # bottom-left: Kazakhstan leaves that corner empty
        self.caption = QLabel(self)
        self.caption.setObjectName("mapCaption")
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.card = InstitutionCard(self)  # above the legends (children of the view too)
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
        state.tasks.task_started.connect(self._say_why_empty)
        state.tasks.task_finished.connect(self._say_why_empty)
        self.rebuild()
        self.settlements = SettlementOverlay(self)  # after rebuild: it adds its item after it

    # --- building (once per dataset)
    def rebuild(self) -> None:
        """Build the scene for the state's map data; the refits and declutterings that
        restyling asks for along the way run once, at the end."""
        with self.batched():
            self._rebuild()

    def _rebuild(self) -> None:
        data = self.state.map_data
        if data is not None and data is self._drawn:
            # The full dataset after the map drawn from its cached preview: the same drawing,
            # only the plan's layers (none yet) and the labels' texts may need refreshing.
            self._update_institutions()
            self._relabel()
            return
        scene = self.scene()
        scene.clear()
        self._unit_boxes = None  # map_navigation._covers_unit's boxes of the old units
        self.unit_items.clear()
        self.marker_items.clear()
        self.label_items.clear()
        self.label_layer = None
        self.institutions_item = None
        self.institution_layer = None
        self._drawn = data
        self.placeholder.setVisible(data is None)
        self._say_why_empty()
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
        small = [c for c, sh in shapes.items() if sh.diagonal < TINY_UNIT_SHARE * diag]
        tiny_codes = set(sorted(small, key=lambda c: shapes[c].diagonal)[:MAX_MARKERS])
        for (code, shape), path in zip(shapes.items(), unit_paths(shapes.values()), strict=True):
            item = UnitItem(code, path)
            item.tips = self.tips
            scene.addItem(item)
            self.unit_items[code] = item
            tiny = code in tiny_codes
            if tiny:
                marker = MarkerItem(code, shape.anchor)
                marker.tips = self.tips
                scene.addItem(marker)
                self.marker_items[code] = marker
            self.label_items[code] = LabelItem(
                code, "", shape.anchor, label_font,
                left_px=(MARKER_RADIUS_PX + 3.0) if tiny else None)
        if data.outlines:  # a map of districts: their oblasts' borders over them
            scene.addItem(OutlineItem(data.outlines))
        for i, hole in enumerate(data.holes):  # Baikonur: an area without data
            scene.addItem(HoleItem(hole.ring))
            lab = LabelItem("", "", hole.anchor, label_font)
            lab.setData(HOLE_KEY, hole.name or "no_data")
            self.label_items[f"~hole{i}"] = lab
        self.institution_layer = InstitutionLayer(data)
        points = InstitutionsItem(self.institution_layer)
        points.setVisible(self._institutions_visible)
        scene.addItem(points)
        self.institutions_item = points
        self._update_institutions()
        # Room around the map on every side: fit() offsets the map beside the legends, which a
        # scene smaller than the view would not allow (the view centres such a scene).
        margin = max(rect.width(), rect.height()) * 1.5
        scene.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        self.label_layer = LabelLayer(list(self.label_items.values()), scene.sceneRect())
        scene.addItem(self.label_layer)
        self._relabel()
        self._user_zoomed = False
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
        self.tips.set_values(codes, data, prepared, result, arr, indicator, mode, lang)

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

    # --- institutions layer
    def set_institutions_visible(self, on: bool) -> None:
        self._institutions_visible = bool(on)
        if self.institutions_item is not None:
            self.institutions_item.setVisible(self._institutions_visible)
        self._update_institution_legend()
        self.settlements.restyle()  # its legend joins or leaves the institutions' one
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
        # its legend (the kits' count) is redone by the restyle that follows on every path
        # here (result_changed, rebuild): laying it out twice showed in the first draw

    def show_institution(self, row: int, at: QPointF) -> None:
        """The institution card (interface language) for row `row` of the institutions."""
        prepared, layer = self.state.prepared, self.institution_layer
        if prepared is None or layer is None:
            return
        record = prepared.dataset.institutions.iloc[row].to_dict()
        before = STATUSES[int(layer._before[row])]  # noqa: SLF001 - the status before the plan
        kit = int(layer.status[row]) == STATUSES.index("kit")
        title, rows = institution_card(record, before, kit, self.state.language)
        self.card.show_card(row, title, rows, at)

    def set_institution_filter(self, types: set[str] | None = None,
                               statuses: set[str] | None = None) -> None:
        """Show only these institution types and statuses (None = leave as is)."""
        layer = self.institution_layer
        if layer is None:
            return
        layer.set_filter(types, statuses)
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
        rows.append(LegendRow(tr("inst.group", lang), None, symbol="group"))
        before = self.inst_legend.size()
        self.inst_legend.set_content(tr("map.institutions", lang), rows, tr("inst.size", lang))
        self._place_overlays()
        if not self._user_zoomed and self.inst_legend.size() != before:
            self.fit()

    def _say_why_empty(self, *_kind: object) -> None:
        """The empty map's text: loading while data are on their way, else how to load some
        (after a load that failed, or before any)."""
        loading = self.state.tasks.is_busy(TaskKind.LOAD)
        self.placeholder.setText(tr("map.loading" if loading else "map.no_data",
                                    self.state.language))

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

    def _relabel(self) -> None:
        data = self.state.map_data
        lang = self.state.language
        if data is None:
            self._say_why_empty()
            return
        full = data.unit_names(lang)
        names = label_names({code: full.get(code) or code for code in self.label_items
                             if not code.startswith("~")})
        changed = False
        for code, lab in self.label_items.items():
            changed |= lab.set_text(names.get(code) or tr(f"map.hole.{lab.data(HOLE_KEY)}", lang))
        pre = tr("map.caption_pre", lang) if data.boundaries_predate_2018 else ""
        source = tr("map.caption_illustrative" if data.illustrative else "map.caption_loaded",
                    lang)
        text = tr("map.caption", lang, boundaries=data.boundaries_credit, pre=pre, data=source)
        doubt = getattr(data, "doubts", {}).get(lang, "")
        before = self.caption.size()
        self.caption.setText(f"{doubt}\n{text}" if doubt else text)
        self.caption.adjustSize()
        self.restyle()
        # new label texts, or a caption of another size (an obstacle to labels and to the
        # fit): emphasis and decluttering again. Not when the dataset arrives with the names
        # its map's preview had (~0.3 s at 10,000 units before the first plan).
        if changed or self.caption.size() != before:
            self._show_selection()

    def map_png(self) -> bytes:
        """The map as shown (with legend and caption), as PNG bytes for the workbook."""
        return placed_rects.png_bytes(self)
