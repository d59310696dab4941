"""The import wizard's last pages: each column's indicator, type and how next year's file finds
it (app.load.column_rows / confirm_columns), then the check of the rows against the loaded
units (app.load.check_mapping or check_actuals, shown by reconcile_view.ReconcilePanel)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from kzplanner.app.load.check import CheckResult
from kzplanner.app.load.detect import (
    SELECTS,
    TYPES,
    column_rows,
    confirm_columns,
    custom_indicator,
    default_mapping_path,
    default_select,
    default_type,
    header_text,
    indicator_choices,
    indicator_label,
)
from kzplanner.app.strings import tr
from kzplanner.core.io.read import layout
from kzplanner.errors import KZError

if TYPE_CHECKING:
    from kzplanner.gui.data.import_wizard import ImportWizard

INDICATOR_COL, TYPE_COL, SELECT_COL = 3, 4, 5


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("importColumns")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(INDICATOR_COL, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        for c in (0, TYPE_COL, SELECT_COL):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 150)  # the counts in full in the tooltip
        self.save_check = QCheckBox()
        self.save_check.setChecked(True)
        self.save_edit = QLineEdit()
        self.save_browse = QPushButton()
        self.save_browse.clicked.connect(self._browse)
        self.save_check.toggled.connect(self.save_edit.setEnabled)
        self.save_check.toggled.connect(self.save_browse.setEnabled)
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c;")
        row = QHBoxLayout()
        row.addWidget(self.save_check)
        row.addWidget(self.save_edit, 1)
        row.addWidget(self.save_browse)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addLayout(row)
        self.columns: list[layout.ColumnInfo] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.fill()
        if self.wiz.stats_path and not self.save_edit.text():
            self.save_edit.setText(str(self.wiz.offer_path or
                                       default_mapping_path(self.wiz.stats_path)))

    def fill(self) -> None:
        det, m = self.wiz.detection, self.wiz.mapping
        if det is None or m is None:
            return
        lang = self.wiz.lang
        self.error.clear()
        # the year column read (the mapping's year, else the latest) first, then left to right
        self.columns, chosen = column_rows(det.proposal, m)
        mapped = {layout.col_index(c.column): c for c in m.columns}
        self.table.setRowCount(len(self.columns))
        choices = indicator_choices(self.wiz.kind)
        for row, info in enumerate(self.columns):
            header = header_text(det.grid, m.header_rows, info.index) or info.header
            self.table.setItem(row, 0, _item(info.column))
            head_item = _item(header or "—")
            head_item.setToolTip(header)
            self.table.setItem(row, 1, head_item)
            counts = tr("data.wiz.counts", lang, numbers=info.numbers, zeros=info.zeros_marked,
                        conf=info.confidential, nodata=info.no_data, empty=info.empty,
                        bad=info.bad)
            counts_item = _item(counts)
            counts_item.setToolTip(counts)
            self.table.setItem(row, 2, counts_item)
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem(tr("data.wiz.not_used", lang), "")
            if info.suggestion:
                combo.addItem(f"★ {indicator_label(info.suggestion, lang)}", info.suggestion)
            for alt in info.alternatives:
                combo.addItem(f"☆ {indicator_label(alt, lang)}", alt)
            combo.insertSeparator(combo.count())
            shown = {info.suggestion, *info.alternatives}
            for ind in choices:
                if ind not in shown:
                    combo.addItem(indicator_label(ind, lang), ind)
            current = mapped.get(info.index)
            if current is not None:
                pos = combo.findData(current.indicator)
                if pos < 0:
                    combo.addItem(indicator_label(current.indicator, lang), current.indicator)
                    pos = combo.count() - 1
                combo.setCurrentIndex(pos)
            line = combo.lineEdit()
            if line is not None:
                line.setCursorPosition(0)  # the start of a long name (★ and its first words)
            tip = tr("data.wiz.suggest_tip", lang, value=indicator_label(info.suggestion, lang)) \
                if info.suggestion else ""
            combo.setToolTip(tip)
            self.table.setCellWidget(row, INDICATOR_COL, combo)
            type_combo = QComboBox()
            for t in TYPES:
                type_combo.addItem(tr(f"data.type.{t}", lang), t)
            kind = default_type(info, current)
            type_combo.setCurrentIndex(TYPES.index(kind) if kind in TYPES else 0)
            self.table.setCellWidget(row, TYPE_COL, type_combo)
            select_combo = QComboBox()
            for s in SELECTS:
                select_combo.addItem(tr(f"data.select.{s}", lang), s)
            select = default_select(info, current, chosen)
            select_combo.setCurrentIndex(SELECTS.index(select) if select in SELECTS else 0)
            self.table.setCellWidget(row, SELECT_COL, select_combo)
        self.retranslate(lang)

    def indicator_of(self, row: int) -> str:
        combo = self.table.cellWidget(row, INDICATOR_COL)
        assert isinstance(combo, QComboBox)
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
            return str(combo.currentData() or "")
        return custom_indicator(text)

    def set_indicator(self, row: int, indicator: str) -> None:
        """Choose `indicator` for the row (tests and keyboard users)."""
        combo = self.table.cellWidget(row, INDICATOR_COL)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(indicator))

    def row_of(self, letter: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.column == letter)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        m, det = self.wiz.mapping, self.wiz.detection
        if m is None or det is None:
            return False
        lang = self.wiz.lang
        choices = []
        for row in range(len(self.columns)):
            ind = self.indicator_of(row)
            if not ind:
                continue
            type_combo = self.table.cellWidget(row, TYPE_COL)
            select_combo = self.table.cellWidget(row, SELECT_COL)
            assert isinstance(type_combo, QComboBox) and isinstance(select_combo, QComboBox)
            choices.append((row, ind, select_combo.currentData(), type_combo.currentData()))
        refused = confirm_columns(m, det.grid, self.columns, choices)
        if refused is not None:
            key, values = refused
            if "indicator" in values:
                values = {**values, "indicator": indicator_label(values["indicator"], lang)}
            self.error.setText(tr(key, lang, **values))
            return False
        self.error.clear()
        return True

    def _browse(self) -> None:
        lang = self.wiz.lang
        path, _ = QFileDialog.getSaveFileName(self, tr("data.wiz.save_title", lang),
                                              self.save_edit.text(),
                                              tr("data.wiz.mapping_filter", lang))
        if path:
            self.save_edit.setText(path)

    def retranslate(self, lang: str) -> None:
        self.setTitle(tr("data.wiz.page_columns", lang))
        self.setSubTitle(tr("data.wiz.page_columns_sub", lang))
        self.table.setHorizontalHeaderLabels([tr(f"data.wiz.col_{k}", lang) for k in
                                              ("letter", "header", "values", "indicator",
                                               "type", "select")])
        self.save_check.setText(tr("data.wiz.save_mapping", lang))
        self.save_browse.setText(tr("data.browse", lang))



class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        from kzplanner.gui.data.reconcile_panel import ReconcilePanel

        self.wiz = wizard
        self.provenance = QLabel()
        self.provenance.setObjectName("importProvenance")
        self.provenance.setWordWrap(True)
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.panel = ReconcilePanel(wizard.lang, self)
        lay = QVBoxLayout(self)
        # several sources make a long note: it scrolls on a low screen, the table keeps room
        note = QScrollArea(self)
        note.setObjectName("importProvenanceScroll")
        note.setFrameShape(QFrame.Shape.NoFrame)
        note.setWidgetResizable(True)
        note.setWidget(self.provenance)
        note.setMaximumHeight(self.provenance.fontMetrics().lineSpacing() * 5)
        note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(self.panel, 1)
        self.result: CheckResult | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.result = None
        self.error.clear()
        self.provenance.setText(tr("data.wiz.checking", self.wiz.lang))
        self.panel.clear()
        self.completeChanged.emit()
        self.wiz.run_check()

    def show_result(self, result: CheckResult) -> None:
        self.result = result
        lang = self.wiz.lang
        imp = result.imported
        lines = []
        for ind, prov in imp.provenance.items():
            marks = imp.marks.get(ind, {})
            mark_text = tr("data.wiz.marks", lang, zero=marks.get("zero", 0),
                           conf=marks.get("confidential", 0), nodata=marks.get("no_data", 0),
                           empty=marks.get("empty", 0))
            lines.append(tr("data.wiz.prov_line", lang, indicator=indicator_label(ind, lang),
                            file=Path(prov["file"]).name, sheet=prov.get("sheet") or "—",
                            cells=prov.get("cells") or "—", header=prov.get("header") or "—",
                            marks=mark_text))
        for w in imp.warnings:
            lines.append("⚠ " + w)
        if result.unknown_institutions:
            lines.append("⚠ " + tr("data.wiz.unknown_institutions", lang,
                                   n=len(result.unknown_institutions),
                                   ids=", ".join(result.unknown_institutions[:8])))
        if result.level == "adm1":
            lines.append("ℹ " + tr("level.check_note", lang))
        self.provenance.setText("<br>".join(lines))
        units = self.wiz.units
        names = [(str(c), self.wiz.state.unit_name(str(c))) for c in units.index] \
            if units is not None else []
        if result.unit_names is not None:  # checked against other units (the oblasts)
            names = result.unit_names[lang]
        self.panel.set_data(result.matches, names, result.units_without_data,
                            self.wiz.mapping.decisions if self.wiz.mapping else {})
        if units is None:
            self.error.setText(tr("data.wiz.no_units", lang))
        self.completeChanged.emit()

    def show_error(self, exc: BaseException) -> None:
        lang = self.wiz.lang
        self.provenance.clear()
        text = exc.message(lang) if isinstance(exc, KZError) else tr("data.unexpected", lang)
        self.error.setText(text + "\n" + tr("data.wiz.go_back", lang))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.result is not None

    def retranslate(self, lang: str) -> None:
        self.setTitle(tr("data.wiz.page_check", lang))
        self.setSubTitle(tr("data.wiz.page_check_sub", lang))
        self.panel.retranslate(lang)

