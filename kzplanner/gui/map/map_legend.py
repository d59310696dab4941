"""The map legend: an overlay fixed to the viewport corner, painted from legend rows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kzplanner.app.display.map_points import (
    BASE_RADIUS_PX,
    STATUS_COLOURS,
    STATUS_SIZE,
    STATUSES,
    TYPES,
)
from kzplanner.gui.map.map_institutions import HALO, OUTLINE, paint_cluster, status_pen, symbol_path

_PAD = 8
_SWATCH_W, _SWATCH_H = 20, 12
_GAP = 8
_MAX_TITLE_W = 330
_MIN_TITLE_W = 170


@dataclass(frozen=True)
class LegendRow:
    text: str
    colour: str | None  # None = "no data" hatch
    count: str = ""
    dot: bool = False  # a point-layer symbol instead of a swatch
    symbol: str = ""  # institution symbol: 'school', 'fap', 'psc', 'group', 'size'; 'ring'


class MapLegend(QWidget):
    """Title, class rows (swatch, range, count) and optional point-layer rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._title = ""
        self._note = ""
        self._rows: list[LegendRow] = []
        self._extra: list[LegendRow] = []
        self._max_title_w = _MAX_TITLE_W

    # --- content
    def set_content(self, title: str, rows: list[LegendRow], note: str = "") -> None:
        self._title, self._rows, self._note = title, list(rows), note
        self._relayout()

    def fit_to(self, view_width: int) -> None:
        """A small map view gets a narrower legend (its title wraps onto more lines)."""
        room = max(_MIN_TITLE_W, min(_MAX_TITLE_W, int(view_width * 0.3)))
        if room != self._max_title_w:
            self._max_title_w = room
            self._relayout()

    def set_extra(self, rows: list[LegendRow]) -> None:
        self._extra = list(rows)
        self._relayout()

    def title(self) -> str:
        return self._title

    def rows(self) -> list[LegendRow]:
        return list(self._rows)

    # --- layout and paint
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        base.setPointSizeF(max(base.pointSizeF() - 0.5, 7.5))
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
        return title, base, small

    def _title_rect(self, width: int) -> QRectF:
        title_font, _, _ = self._fonts()
        fm = QFontMetrics(title_font)
        r = fm.boundingRect(0, 0, width, 1000, int(Qt.TextFlag.TextWordWrap), self._title)
        return QRectF(0, 0, width, r.height())

    def _metrics(self) -> tuple[int, int, int]:
        _, base, small = self._fonts()
        fm, fs = QFontMetrics(base), QFontMetrics(small)
        rows = self._rows + self._extra
        text_w = max([fm.horizontalAdvance(r.text) for r in rows if r.symbol != "title"]
                     or [0])
        count_w = max([fs.horizontalAdvance(r.count) for r in rows if r.count] or [0])
        return text_w, count_w, fm.height() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        text_w, count_w, row_h = self._metrics()
        body_w = _SWATCH_W + _GAP + text_w + (_GAP + count_w if count_w else 0)
        title_font, _, _ = self._fonts()
        natural = max([QFontMetrics(title_font).horizontalAdvance(self._title)]
                      + [QFontMetrics(self._head_font()).horizontalAdvance(r.text)
                         for r in self._extra if r.symbol == "title"])
        width = max(body_w, min(self._max_title_w, natural), 150)
        title_h = self._title_rect(width).height()
        _, _, small = self._fonts()
        note_h = (QFontMetrics(small).boundingRect(0, 0, width, 1000,
                                                   int(Qt.TextFlag.TextWordWrap),
                                                   self._note).height() + 4
                  if self._note else 0)
        extra_h = (sum(self._row_h(r, width, row_h) for r in self._extra) + 8) if self._extra \
            else 0
        height = title_h + 4 + len(self._rows) * row_h + extra_h + note_h
        return QSize(int(width + 2 * _PAD), int(height + 2 * _PAD))

    def _head_font(self) -> QFont:
        """A heading among the rows (a second layer's title): the rows' font, bold."""
        head = QFont(self._fonts()[1])
        head.setBold(True)
        return head

    def _row_h(self, row: LegendRow, width: float, row_h: int) -> int:
        """A heading row wraps within the box (`width` inside the padding); others: row_h."""
        if row.symbol != "title":
            return row_h
        r = QFontMetrics(self._head_font()).boundingRect(
            0, 0, int(width), 1000, int(Qt.TextFlag.TextWordWrap), row.text)
        return max(row_h, r.height() + 2)

    def _relayout(self) -> None:
        self.resize(self.sizeHint())
        self.setVisible(bool(self._rows))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(0, 0, 0, 40), 1))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        title_font, base, small = self._fonts()
        width = self.width() - 2 * _PAD
        _, count_w, row_h = self._metrics()
        tr = self._title_rect(width).translated(_PAD, _PAD)
        p.setFont(title_font)
        p.setPen(QColor("#1f1f1f"))
        p.drawText(tr, int(Qt.TextFlag.TextWordWrap), self._title)
        y = tr.bottom() + 4
        for i, row in enumerate(self._rows + self._extra):
            if i == len(self._rows) and self._extra:
                p.setPen(QPen(QColor(0, 0, 0, 30), 1))
                p.drawLine(int(_PAD), int(y + 3), int(self.width() - _PAD), int(y + 3))
                y += 8
            h = self._row_h(row, width, row_h)
            self._paint_row(p, row, y, h, base, small, count_w)
            y += h
        if self._note:
            p.setFont(small)
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(_PAD, y + 2, width, 1000), int(Qt.TextFlag.TextWordWrap),
                       self._note)
        p.end()

    def _paint_row(self, p: QPainter, row: LegendRow, y: float, row_h: int, base: QFont,
                   small: QFont, count_w: int) -> None:
        sy = y + (row_h - _SWATCH_H) / 2.0
        swatch = QRectF(_PAD, sy, _SWATCH_W, _SWATCH_H)
        if row.symbol == "title":  # a heading among the rows (a second layer's title), wrapped
            p.setFont(self._head_font())
            p.setPen(QColor("#1f1f1f"))
            p.drawText(QRectF(_PAD, y, self.width() - 2 * _PAD, row_h),
                       int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
                       row.text)
            return
        if row.symbol:
            paint_legend_symbol(p, row.symbol, row.colour, swatch.center(), 1.0)
        elif row.dot:
            p.setPen(QPen(QColor(40, 40, 40, 200), 1.2))
            p.setBrush(QColor(row.colour or "#ffffff"))
            c = swatch.center()
            p.drawEllipse(c, 4.0, 4.0)
        elif row.colour is None:
            p.setPen(QPen(QColor("#9a9a9a"), 1))
            p.setBrush(QColor("#e3e3e3"))
            p.drawRect(swatch)
            p.setBrush(QBrush(QColor("#9a9a9a"), Qt.BrushStyle.BDiagPattern))
            p.drawRect(swatch)
        else:
            p.setPen(QPen(QColor(0, 0, 0, 60), 1))
            p.setBrush(QColor(row.colour))
            p.drawRect(swatch)
        p.setFont(base)
        p.setPen(QColor("#1f1f1f"))
        tx = _PAD + _SWATCH_W + _GAP
        p.drawText(QRectF(tx, y, self.width() - tx - _PAD, row_h),
                   int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), row.text)
        if row.count:
            p.setFont(small)
            p.setPen(QColor("#6b6b6b"))
            p.drawText(QRectF(self.width() - _PAD - count_w, y, count_w, row_h),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                       row.count)


def paint_legend_symbol(p: QPainter, symbol: str, colour: str | None, centre: QPointF,
                        scale: float) -> None:
    """An institution symbol for a legend row, as the map draws it (scale = print factor).

    A type symbol whose colour is a status colour is drawn in that status's style (its size,
    outline and, for "not connected", the white halo); 'group' is a numbered cluster."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(OUTLINE, 0.9 * scale))
    if symbol == "group":
        paint_cluster(p, centre.x(), centre.y(), [6, 3, 2, 1], 8.0 * scale, scale)
    elif symbol == "ring":  # a settlement whose population is estimated
        p.setPen(QPen(QColor(colour or "#2c7fb8"), 2.2 * scale))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawEllipse(centre, 3.6 * scale, 3.6 * scale)
    elif symbol == "size":
        small, big = BASE_RADIUS_PX * 0.75 * scale, BASE_RADIUS_PX * 1.9 * scale
        p.setBrush(QColor("#ffffff"))
        x = centre.x() - (2 * small + 2 * big + 2 * scale) / 2
        p.drawEllipse(QPointF(x + small, centre.y()), small, small)
        p.drawEllipse(QPointF(x + 2 * small + 2 * scale + big, centre.y()), big, big)
    else:
        kind = symbol if symbol in TYPES else "school"
        status = next((i for i, s in enumerate(STATUSES)
                       if colour and STATUS_COLOURS[s].lower() == colour.lower()), None)
        r = BASE_RADIUS_PX * 1.3 * scale
        if status is None:
            p.setBrush(QColor(colour or "#ffffff"))
        else:
            name = STATUSES[status]
            r *= STATUS_SIZE[name]
            if name == "unconnected":
                p.setPen(QPen(HALO, 3.4 * scale))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(symbol_path(kind, r).translated(centre))
            p.setPen(status_pen(status, scale))
            p.setBrush(QColor(colour or "#ffffff"))
        p.drawPath(symbol_path(kind, r).translated(centre))
    p.restore()
