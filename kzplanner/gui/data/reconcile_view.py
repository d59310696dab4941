"""The reconciliation screen: every statistics row and what became of it, decided in one click.

Rows are grouped by how they matched (exactly, by code, by a named rule, through the reform
crosswalk, fuzzily — to confirm —, by the planner's decision) or did not (unmatched, ambiguous,
duplicate, country total, left out). Each row has a combo of units (its candidates first) to
override the match, and fuzzy matches a Confirm button. Units without data, repaired polygons
and the other issues are listed below, so nothing is dropped without the planner seeing it.

`ReconcilePanel` is used by the import wizard's last page and by `ReconcileDialog`, which shows
the loaded dataset's reconciliation (Data → Check) and reloads with the decisions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
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
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState

AUTO = "__auto__"  # keep what the matcher decided
EXCLUDE = "__exclude__"  # leave the row out (decision None)

# Display order: what needs the planner first.
ORDER = ("wrong_parent", "fuzzy", "ambiguous", "unmatched", "duplicate", "total", "header",
         "below_level", "above_level", "outside", "pre_reform", "excluded", "decision", "crosswalk", "rule",
         "summed_up", "exact", "code")
ATTENTION = frozenset({"wrong_parent", "fuzzy", "ambiguous", "unmatched", "duplicate"})
JOINED = frozenset({"decision", "code", "exact", "rule", "crosswalk", "fuzzy", "summed_up"})
COLOURS = {
    "fuzzy": "#fff1c9", "ambiguous": "#fbd9d3", "unmatched": "#fbd9d3", "duplicate": "#fbd9d3",
    "total": "#eceff3", "excluded": "#eceff3", "decision": "#dcebf9", "crosswalk": "#e3ecf7",
    "rule": "#e6f2e6", "exact": "#eef7ee", "code": "#eef7ee", "wrong_parent": "#fbd9d3",
    "header": "#eceff3", "below_level": "#eceff3", "above_level": "#eceff3",
    "outside": "#eceff3", "pre_reform": "#fbd9d3", "summed_up": "#e3ecf7",
}
FILTERS = ("all", "attention", "joined", "not_joined")
RULE_NAMES = ("legacy_encoding", "latin_lookalike", "synonym", "transliteration",
              "level_word_ignored", "kind_word", "composite")
COL_ROW, COL_LABEL, COL_HOW, COL_UNIT, COL_DETAIL, COL_ACTION = range(6)


def rule_text(match: dict[str, Any], lang: str) -> str:
    """The matcher's reason in the interface language (rule names, reform, duplicates)."""
    rule = str(match.get("rule") or "")
    method = match.get("method")
    if method == "fuzzy":
        return tr("data.rec.fuzzy_detail", lang, score=match.get("score"))
    if method == "decision":
        return tr("data.rec.decided", lang)
    if method == "total":
        return tr("data.rec.total_detail", lang)
    m = re.search(r"before the (\d{4}) reform", rule)
    if method == "crosswalk" and m:
        return tr("data.rec.crosswalk_detail", lang, unit=match.get("unit_name") or "",
                  year=m.group(1))
    if rule.startswith("split by reform"):
        parts = " + ".join(c.get("name", "") for c in match.get("candidates") or [])
        return tr("data.rec.split_detail", lang, parts=parts)
    m = re.search(r"unit already matched by row “(.*)”", rule)
    if method == "duplicate" and m:
        return tr("data.rec.duplicate_detail", lang, label=m.group(1),
                  unit=match.get("unit_name") or "")
    if rule.startswith("saved decision names unknown unit"):
        return tr("data.rec.unknown_decision", lang, code=rule.rsplit(" ", 1)[-1])
    m = re.match(r"listed under “(.*)”, but", rule)
    if method == "wrong_parent" and m:
        units = ", ".join(c.get("name", "") for c in match.get("candidates") or [])
        return tr("data.rec.wrong_parent_detail", lang, head=m.group(1), units=units)
    if method == "summed_up":
        return tr("data.rec.summed_up_detail", lang, unit=match.get("unit_name") or "")
    if method == "below_level" and "not summed" in rule:
        return tr("data.rec.below_level_partial", lang)
    if method in ("header", "below_level", "above_level", "outside"):
        return tr(f"data.rec.{method}_detail", lang)
    names = [tr(f"data.rule.{p.strip()}", lang) if p.strip() in RULE_NAMES else p.strip()
             for p in rule.split(",") if p.strip()]
    if method == "unmatched" and not names:
        return tr("data.rec.unmatched_detail", lang)
    if method == "ambiguous":
        return tr("data.rec.ambiguous_detail", lang)
    return ", ".join(names)


def decision_key(match: dict[str, Any]) -> str:
    """What a decision on this row is saved under: its place in the table's tree
    ('Қарағанды облысы › Абай ауданы'), so fixing one of two same-named rows moves only it."""
    return str(match.get("key") or match.get("label", ""))


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
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        for c in (COL_ROW, COL_HOW, COL_ACTION):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_LABEL, 220)
        self.table.setColumnWidth(COL_UNIT, 230)
        self.missing_label = QLabel()
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("unitsWithoutData")
        self.issues_label = QLabel()
        self.issues_list = QListWidget()
        self.issues_list.setObjectName("reconcileIssues")
        self.issues_list.setWordWrap(True)
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
                    item.setToolTip(self._candidates_text(m))
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
        self.table.setHorizontalHeaderLabels([tr(f"data.rec.col_{k}", lang) for k in
                                              ("row", "label", "how", "unit", "detail",
                                               "action")])
        self.missing_label.setText(tr("data.rec.without_data", lang))
        self.issues_label.setText(tr("data.rec.issues", lang))
        if self.matches or self.issues or self.units_without_data:
            self.initial = keep
            self._fill()
        else:
            self._summarise()


class ReconcileDialog(QDialog):
    """Data → Check: the loaded dataset's reconciliation; Apply reloads with the decisions and
    saves them with the mapping used (when the data came through the import wizard)."""

    def __init__(self, state: AppState, features: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileDialog")
        self.state = state
        self.features = features
        fit_to_screen(self, 1100, 700)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("hint")
        self.panel = ReconcilePanel(state.language, self)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("hint")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyDecisions")
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notes, 1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.source)
        lay.addWidget(self.panel, 1)
        lay.addLayout(buttons)
        state.dataset_changed.connect(self.refresh)
        state.language_changed.connect(self.retranslate)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        ds = self.state.dataset
        if ds is None:
            self.panel.clear()
            return
        rec = ds.reconciliation
        units = [(str(c), self.state.unit_name(str(c))) for c in ds.units.index]
        record = self.features.import_record() if self.features else None
        decisions = record.mapping.decisions if record and record.mapping else {}
        issues = list(rec.issues)
        self.panel.set_data(rec.matches, units, rec.units_without_data, decisions, issues)
        self._describe()

    def _describe(self) -> None:
        ds = self.state.dataset
        lang = self.state.language
        if ds is None:
            return
        parts = []
        for src in ds.sources:
            where = f"{Path(src.file).name}" + (f" · {src.sheet}" if src.sheet else "")
            if src.cells:
                where += f" · {src.cells}"
            parts.append(f"{tr(f'data.source.{src.kind}', lang)}: {where}")
        self.source.setText("<br>".join(parts))
        rec = ds.reconciliation
        notes = []
        if rec.geometry_repaired:
            notes.append(tr("data.rec.repaired", lang, n=len(rec.geometry_repaired)))
        if rec.institutions_outside:
            notes.append(tr("data.rec.outside", lang, n=rec.institutions_outside))
        record = self.features.import_record() if self.features else None
        if record and record.mapping_path:
            notes.append(tr("data.rec.saved_with", lang, file=Path(record.mapping_path).name))
        self.notes.setText(" · ".join(notes))

    def apply(self) -> None:
        if self.features is not None:
            self.features.reload_with_decisions(self.panel.decisions())
        self.accept()

    def retranslate(self) -> None:
        lang = self.state.language
        self.setWindowTitle(tr("data.rec.title", lang))
        self.apply_button.setText(tr("data.rec.apply", lang))
        self.close_button.setText(tr("data.close", lang))
        self.panel.retranslate(lang)
        self._describe()
