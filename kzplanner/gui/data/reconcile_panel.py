"""The reconciliation table of one import: every statistics row and what became of it, with a
unit combo per row (its candidates first) and a Confirm button for fuzzy matches; used by the
import wizard's last page and by ReconcileDialog (reconcile_view.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.core.reconcile_text import SEVERITY_SIGNS, issue_text, method_text
from kzplanner.gui.data.reconcile_rules import (
    ATTENTION,
    AUTO,
    COL_ACTION,
    COL_DETAIL,
    COL_HOW,
    COL_LABEL,
    COL_ROW,
    COL_UNIT,
    COLOURS,
    EXCLUDE,
    FILTERS,
    JOINED,
    ORDER,
    decision_key,
    rule_text,
)

NAME_MAX_PX = 260  # the file's name and the unit columns: at most (the rest goes to "Why")
NAME_MIN_PX = 120  # … and at least, when the room is short
DETAIL_MIN_CHARS = 30  # "Why" never narrower than this many characters
COMBO_CHROME_PX = 36  # a combo's frame and arrow beside its text


class ReconcilePanel(QWidget):
    """Matches of one import, with a unit combo per row; `decisions()` is what the planner chose."""

    decisions_changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcilePanel")
        self.lang = lang
        self.matches: list[dict[str, Any]] = []
        self.units: list[tuple[str, str]] = []
        self.units_without_data: list[str] = []
        self.issues: list[dict[str, Any]] = []
        self.initial: dict[str, str | None] = {}
        self.summary = QLabel()
        self.summary.setObjectName("reconcileSummary")
        self.summary.setWordWrap(True)
        self.filter_label = QLabel()
        self.filter_combo = QComboBox()
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("reconcileTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(True)
        head = self.table.horizontalHeader()
        # Short columns fit their contents; the name, unit and "Why" columns share the rest in
        # _fit_columns, "Why" never narrower than DETAIL_MIN_CHARS (a cut text has a tooltip).
        for c in (COL_ROW, COL_HOW, COL_ACTION):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for c in (COL_LABEL, COL_UNIT, COL_DETAIL):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(False)
        self.missing_label = QLabel()
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("unitsWithoutData")
        self.issues_label = QLabel()
        self.issues_list = QListWidget()
        self.issues_list.setObjectName("reconcileIssues")
        self.issues_list.setWordWrap(True)
        for small in (self.missing_list, self.issues_list):
            small.setMinimumHeight(40)  # a low screen (150 % scaling): they scroll
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo)
        below = QWidget()
        low = QHBoxLayout(below)
        low.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.missing_label)
        left.addWidget(self.missing_list)
        right = QVBoxLayout()
        right.addWidget(self.issues_label)
        right.addWidget(self.issues_list)
        low.addLayout(left, 1)
        low.addLayout(right, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self._order: list[int] = []  # table row → index into matches
        self.retranslate(lang)

    # --- data
    def clear(self) -> None:
        self.set_data([], self.units, [], {})

    def set_data(self, matches: list[dict[str, Any]], units: list[tuple[str, str]],
                 units_without_data: list[str], decisions: dict[str, str | None],
                 issues: list[dict[str, Any]] | None = None) -> None:
        self.matches = list(matches)
        self.units = sorted(units, key=lambda u: u[1].lower())
        self.units_without_data = list(units_without_data)
        self.initial = dict(decisions or {})
        self.issues = list(issues or [])
        self._fill()

    def _unit_name(self, code: str | None) -> str:
        if code is None:
            return ""
        return next((n for c, n in self.units if c == code), code)

    def _fill(self) -> None:
        lang = self.lang
        self._order = sorted(range(len(self.matches)), key=lambda i: (
            ORDER.index(self.matches[i]["method"]) if self.matches[i]["method"] in ORDER
            else len(ORDER), self.matches[i].get("sheet_row") or i))
        self.table.clearContents()
        self.table.setRowCount(len(self._order))
        bold = QFont()
        bold.setBold(True)
        for row, i in enumerate(self._order):
            m = self.matches[i]
            method = m["method"]
            brush = QBrush(QColor(COLOURS.get(method, "#ffffff")))
            cells = [str(m.get("sheet_row") or m.get("row", i) + 1), str(m.get("label", "")),
                     method_text(method, lang), None, rule_text(m, lang)]
            for col, text in enumerate(cells):
                if text is None:
                    continue
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setBackground(brush)
                if col == COL_HOW and method in ATTENTION:
                    item.setFont(bold)
                if col == COL_DETAIL:
                    item.setToolTip("\n".join(t for t in (text, self._candidates_text(m)) if t))
                elif col == COL_LABEL:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
            combo = self._unit_combo(m)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._row_changed(r))
            self.table.setCellWidget(row, COL_UNIT, combo)
            if method == "fuzzy":
                button = QPushButton(tr("data.rec.confirm", lang))
                button.setObjectName("confirmMatch")
                button.clicked.connect(lambda _=False, r=row: self.confirm(r))
                self.table.setCellWidget(row, COL_ACTION, button)
            else:
                spacer = QTableWidgetItem("")
                spacer.setFlags(Qt.ItemFlag.ItemIsEnabled)
                spacer.setBackground(brush)
                self.table.setItem(row, COL_ACTION, spacer)
            self._mark_decided(row)
        self.missing_list.clear()
        for code in self.units_without_data:
            self.missing_list.addItem(f"{self._unit_name(code)} ({code})")
        self.issues_list.clear()
        for issue in self.issues:
            sign = SEVERITY_SIGNS.get(str(issue.get("severity")), "•")
            self.issues_list.addItem(f"{sign} {issue_text(issue, lang)}")
        self._summarise()
        self._apply_filter()
        self._fit_columns()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Name and unit columns to their contents up to a cap, "Why" takes the rest but never
        less than DETAIL_MIN_CHARS characters; when the room is short the name and unit give
        way first (cut with "…", the tooltip has the whole text), then the table scrolls."""
        t = self.table
        fm = t.fontMetrics()
        head = t.horizontalHeader()
        units = [fm.horizontalAdvance(self.combo(r).currentText()) + COMBO_CHROME_PX
                 for r in range(t.rowCount())]
        label_w = min(max(t.sizeHintForColumn(COL_LABEL), head.sectionSizeHint(COL_LABEL)),
                      NAME_MAX_PX)
        unit_w = min(max(units + [head.sectionSizeHint(COL_UNIT)]), NAME_MAX_PX)
        detail_min = fm.averageCharWidth() * DETAIL_MIN_CHARS
        detail_need = max(t.sizeHintForColumn(COL_DETAIL), head.sectionSizeHint(COL_DETAIL))
        room = t.viewport().width() - sum(t.columnWidth(c) for c in (COL_ROW, COL_HOW,
                                                                      COL_ACTION))
        short = min(detail_min, detail_need) - (room - label_w - unit_w)
        if short > 0:  # the names give way, down to NAME_MIN_PX each
            give = max(0, label_w - NAME_MIN_PX) + max(0, unit_w - NAME_MIN_PX)
            if give:
                share = min(1.0, short / give)
                label_w -= int(max(0, label_w - NAME_MIN_PX) * share)
                unit_w -= int(max(0, unit_w - NAME_MIN_PX) * share)
        widths = (label_w, unit_w, max(room - label_w - unit_w, min(detail_min, detail_need)))
        if widths != tuple(t.columnWidth(c) for c in (COL_LABEL, COL_UNIT, COL_DETAIL)):
            for c, w in zip((COL_LABEL, COL_UNIT, COL_DETAIL), widths, strict=True):
                t.setColumnWidth(c, w)
            t.resizeRowsToContents()  # a long name or reason wraps onto a second line

    def _candidates_text(self, m: dict[str, Any]) -> str:
        cands = m.get("candidates") or []
        parts = []
        for c in cands:
            score = c.get("score")
            parts.append(f"{c.get('name')} ({score:g})" if isinstance(score, (int, float))
                         else str(c.get("name")))
        return tr("data.rec.candidates", self.lang, names="; ".join(parts)) if parts else ""

    def _unit_combo(self, m: dict[str, Any]) -> QComboBox:
        lang = self.lang
        combo = QComboBox()
        combo.setObjectName("unitChoice")
        combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))
        if m["method"] in JOINED and m.get("unit_code") and m["method"] != "decision":
            unit = self._unit_name(str(m["unit_code"])) or m.get("unit_name") or m["unit_code"]
            auto = tr("data.rec.auto_joined", lang, unit=unit)
        elif m["method"] in ("decision", "excluded"):
            auto = tr("data.rec.auto_keep", lang)
        else:
            auto = tr("data.rec.auto_none", lang)
        combo.addItem(auto, AUTO)
        combo.addItem(tr("data.rec.leave_out", lang), EXCLUDE)
        seen = set()
        cands = [c for c in (m.get("candidates") or []) if c.get("unit_code")]
        if m.get("unit_code") and m["method"] in ("fuzzy", "duplicate", "decision"):
            cands.insert(0, {"unit_code": m["unit_code"], "name": m.get("unit_name")})
        if cands:
            combo.insertSeparator(combo.count())
        for c in cands:
            code = str(c["unit_code"])
            if code in seen:
                continue
            seen.add(code)
            score = c.get("score")
            name = self._unit_name(code) or c.get("name") or code
            combo.addItem(f"{name} ({score:g})" if isinstance(score, (int, float)) else name,
                          code)
        combo.insertSeparator(combo.count())
        for code, name in self.units:
            if code not in seen:
                combo.addItem(name, code)
        label = decision_key(m)
        if label in self.initial:
            target = self.initial[label]
            pos = combo.findData(EXCLUDE if target is None else target)
            combo.setCurrentIndex(max(pos, 0))
        combo.setToolTip(combo.currentText())  # the whole name where the column cuts it
        return combo

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, COL_UNIT)
        assert isinstance(widget, QComboBox)
        return widget

    def row_of(self, label: str) -> int:
        """The table row showing the match with this label (tests, keyboard)."""
        return next(r for r, i in enumerate(self._order) if self.matches[i].get("label") == label)

    def match_at(self, row: int) -> dict[str, Any]:
        return self.matches[self._order[row]]

    # --- one-click decisions
    def confirm(self, row: int) -> None:
        m = self.match_at(row)
        if m.get("unit_code"):
            self.choose(row, str(m["unit_code"]))

    def choose(self, row: int, code: str | None) -> None:
        """Join the row to `code`, or leave it out with None."""
        combo = self.combo(row)
        combo.setCurrentIndex(max(combo.findData(EXCLUDE if code is None else code), 0))

    def _row_changed(self, row: int) -> None:
        self._mark_decided(row)
        self._summarise()
        self.decisions_changed.emit()

    def _mark_decided(self, row: int) -> None:
        data = self.combo(row).currentData()
        decided = data != AUTO
        item = self.table.item(row, COL_LABEL)
        if item is not None:
            font = item.font()
            font.setBold(decided)
            item.setFont(font)
        button = self.table.cellWidget(row, COL_ACTION)
        if isinstance(button, QPushButton):
            m = self.match_at(row)
            confirmed = data == m.get("unit_code")
            button.setEnabled(not confirmed)
            button.setText(tr("data.rec.confirmed" if confirmed else "data.rec.confirm",
                              self.lang))

    def decisions(self) -> dict[str, str | None]:
        """Row key (its place in the table's tree, Match.key) → unit code (or None = leave
        out): the saved ones, changed by this screen."""
        out = dict(self.initial)
        for row in range(self.table.rowCount()):
            label = decision_key(self.match_at(row))
            data = self.combo(row).currentData()
            if data == AUTO:
                if self.match_at(row)["method"] not in ("decision", "excluded"):
                    out.pop(label, None)
            elif data == EXCLUDE:
                out[label] = None
            elif data:
                out[label] = str(data)
        return out

    def pending(self) -> int:
        """Fuzzy matches not yet confirmed or overridden."""
        return sum(1 for r in range(self.table.rowCount())
                   if self.match_at(r)["method"] == "fuzzy" and self.combo(r).currentData() == AUTO)

    # --- view
    def _summarise(self) -> None:
        lang = self.lang
        counts: dict[str, int] = {}
        for m in self.matches:
            counts[m["method"]] = counts.get(m["method"], 0) + 1
        parts = [f"{method_text(k, lang)}: {counts[k]}" for k in reversed(ORDER) if counts.get(k)]
        parts.append(tr("data.rec.without_data_n", lang, n=len(self.units_without_data)))
        decided = len(self.decisions())
        if decided:
            parts.append(tr("data.rec.decided_n", lang, n=decided))
        if self.pending():
            parts.append(tr("data.rec.pending_n", lang, n=self.pending()))
        self.summary.setText(" · ".join(parts) if self.matches else
                             tr("data.rec.empty", lang))

    def _apply_filter(self) -> None:
        which = self.filter_combo.currentData() or "all"
        for row in range(self.table.rowCount()):
            method = self.match_at(row)["method"]
            show = (which == "all" or (which == "attention" and method in ATTENTION)
                    or (which == "joined" and method in JOINED)
                    or (which == "not_joined" and method not in JOINED))
            self.table.setRowHidden(row, not show)

    def set_filter(self, which: str) -> None:
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(which), 0))

    def retranslate(self, lang: str) -> None:
        keep = self.decisions() if self.table.rowCount() else dict(self.initial)
        self.lang = lang
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for f in FILTERS:
            self.filter_combo.addItem(tr(f"data.rec.filter_{f}", lang), f)
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(current), 0))
        self.filter_combo.blockSignals(False)
        self.filter_label.setText(tr("data.rec.show", lang))
        keys = ("row", "label", "how", "unit", "detail", "action")
        self.table.setHorizontalHeaderLabels([tr(f"data.rec.col_{k}", lang) for k in keys])
        for c, k in enumerate(keys):
            self.table.horizontalHeaderItem(c).setToolTip(tr(f"data.rec.col_{k}_tip", lang))
        self.missing_label.setText(tr("data.rec.without_data", lang))
        self.issues_label.setText(tr("data.rec.issues", lang))
        if self.matches or self.issues or self.units_without_data:
            self.initial = keep
            self._fill()
        else:
            self._summarise()
