"""The import wizard for statistics and actuals: file → sheet and layout → columns → check → load.

Every step shows what detection proposed (kzplanner.core.io.layout) and lets the planner change
it: header rows, the block (all / urban / rural), the unit column, the indicator of each column
and its type. The mapping is saved as JSON next to the file (or where the planner says) and
offered again when next year's file of the same layout is opened from that folder. The last page
reconciles the rows with the loaded units (reconcile_view.ReconcilePanel); Finish adds the file
to the data sources in use (core.sources.StatsSource, with the mapping and the planner's
decisions), or puts it in the place of the source being replaced, and the dataset is rebuilt
from every source on the state's task runner: the tables already loaded stay.

With kind='actuals' (Follow-up → Load actuals, for a file not in the canonical layout) the same
pages read what a programme reports afterwards: the columns page offers the actuals measures
(core.io.actuals.MEASURES, 'connected' for per-institution lists, monitoring indicators), the
layout page also accepts a column of institution ids, the check page reconciles the rows with
the units through core.io.actuals.import_actuals, and Finish hands the projected-versus-actual
comparison to `on_actuals` instead of loading a dataset.

Reading, detection and applying the mapping run on the task runner; workers only call core
functions and return plain data, the widgets are updated in the GUI thread.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import (
    BASE_INDICATORS,
    COUNT_COLUMNS,
    DEFAULT_GROUPS,
    group_columns,
    label,
)
from kzplanner.core.io import layout
from kzplanner.core.monitoring import monitoring_ids, monitoring_indicator
from kzplanner.core.sources import StatsSource
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.messages import show_error
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState

MAX_PREVIEW_ROWS = 400
MAX_MAPPING_OFFERS = 20
MAPPING_SUFFIX = ".mapping.json"

HEADER_BG = QColor("#d7e6f5")
BLOCK_BG = QColor("#e8f4e5")
MAPPED_BG = QColor("#c9e7c4")
TOTAL_BG = QColor("#f1ece0")
NOTE_FG = QColor("#8a96a3")


# ---------------------------------------------------------------- indicators and labels

def indicator_choices(kind: str = "statistics") -> list[str]:
    """Indicator ids a column can feed, in menu order: for statistics the canonical indicators,
    groups and monitoring; for actuals the reported measures, 'connected' (a yes/no column of a
    per-institution list) and the monitoring indicators measured later."""
    if kind == "actuals":
        from kzplanner.core.io.actuals import MEASURES

        return [*MEASURES, "connected", *monitoring_ids()]
    ids: list[str] = list(BASE_INDICATORS)
    for total, connected in COUNT_COLUMNS.values():
        ids += [total, connected]
    for group in DEFAULT_GROUPS:
        ids += list(group_columns(group))
    ids += monitoring_ids()
    return list(dict.fromkeys(ids))


def indicator_label(ind: str, lang: str) -> str:
    """An indicator id in the interface language (catalogue, monitoring, counts, groups)."""
    key = f"data.ind.{ind}"
    text = tr(key, lang)
    if text != key:
        return text
    if label(ind, lang) != ind:
        return label(ind, lang)
    mon = monitoring_indicator(ind)
    if mon is not None:
        return mon.text(lang)
    for group in DEFAULT_GROUPS:
        for part, col in zip(("eligible", "no_device", "no_internet"), group_columns(group),
                             strict=True):
            if ind == col:
                return f"{label(group, lang)}: {tr(f'data.group.{part}', lang)}"
    return ind


def cell_text(value: Any) -> str:
    """A cell as the detector reads it: whole floats without '.0', whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value)).strip()


def header_text(grid: layout.Grid, header_rows: list[int], col: int) -> str:
    """The joined header of column `col` (0-based) over 1-based `header_rows`, as apply_mapping
    computes it (so select='header' finds the column again)."""
    parts = [cell_text(grid.filled(h - 1, col)) for h in header_rows]
    return " / ".join(dict.fromkeys(p for p in parts if p))


def default_mapping_path(stats_path: str | Path) -> Path:
    p = Path(stats_path)
    return p.with_name(p.stem + MAPPING_SUFFIX)


# ---------------------------------------------------------------- worker side (no Qt)

@dataclass
class MappingOffer:
    path: str  # the saved mapping's file ("" for the mapping of a source being replaced)
    mapping: layout.StatsMapping
    rows: int
    source: str = ""  # the file of the data source being replaced, whose mapping this is
    fits: bool = True  # taken by default: same indicators as detected, or a same-named file


@dataclass
class Detection:
    proposal: layout.StatsProposal
    grid: layout.Grid
    offers: list[MappingOffer] = field(default_factory=list)


def find_mapping_offers(path: str | Path, sheets: list[str],
                        kind: str = "statistics") -> list[MappingOffer]:
    """Saved mappings in the file's folder that read this file (next year's file, same layout).

    The file's own `<stem>.mapping.json` comes first; a mapping is offered only when it was made
    for the same kind of file (statistics or actuals) and applying it to this file gives rows."""
    path = Path(path)
    own = default_mapping_path(path)
    found = sorted(path.parent.glob(f"*{MAPPING_SUFFIX}"),
                   key=lambda p: (p != own, -p.stat().st_mtime))[:MAX_MAPPING_OFFERS]
    offers = []
    for candidate in found:
        try:
            mapping = layout.load_mapping(candidate)
            if mapping.kind != kind:
                continue
            if mapping.sheet is not None and sheets and mapping.sheet not in sheets:
                continue
            result = layout.apply_mapping(path, mapping)
        except KZError:
            continue
        if len(result.frame):
            offers.append(MappingOffer(str(candidate), mapping, len(result.frame)))
    return offers


def source_offer(path: str | Path, sheets: list[str], preset: layout.StatsMapping,
                 source_file: str) -> MappingOffer | None:
    """The mapping of the data source being replaced, offered for its next year's file (the
    latest year, the sheet of the same name or else the first) when it reads rows there."""
    mapping = copy.deepcopy(preset)
    mapping.year = None
    if mapping.sheet is not None and sheets and mapping.sheet not in sheets:
        mapping.sheet = sheets[0]
    try:
        rows = len(layout.apply_mapping(path, mapping).frame)
    except KZError:
        return None
    return MappingOffer("", mapping, rows, source=source_file) if rows else None


def _name_pattern(name: str) -> str:
    """A file name without its years and numbers ('schools_2023' → 'schools_')."""
    return re.sub(r"\d+", "", name).lower()


def offer_fits(offer: MappingOffer, path: str | Path, proposal: layout.StatsProposal) -> bool:
    """Whether a saved mapping is taken by default for this file: it maps the indicators the
    detection found here, or it was saved for a file of the same name but the year (another
    Bureau table of the same layout in that folder — population beside schools — is offered,
    not taken)."""
    detected = {c.indicator for c in proposal.mapping.columns}
    if not detected or {c.indicator for c in offer.mapping.columns} == detected:
        return True
    saved_for = Path(offer.path).name.removesuffix(MAPPING_SUFFIX)
    return _name_pattern(saved_for) == _name_pattern(Path(path).stem)


def detect(path: str, sheet: str | None, with_offers: bool,
           kind: str = "statistics", preset: layout.StatsMapping | None = None,
           preset_source: str = "") -> Detection:
    """Detection of the file's layout, and the saved mappings that read it: first `preset`
    (the mapping of the source being replaced), then those in the file's folder."""
    proposal = layout.detect_layout(path, sheet, kind=kind)
    offers = find_mapping_offers(path, proposal.sheets, kind) if with_offers else []
    for offer in offers:
        offer.fits = offer_fits(offer, path, proposal)
    offers.sort(key=lambda o: not o.fits)  # stable: the file's own mapping stays first
    if with_offers and preset is not None:
        offer = source_offer(path, proposal.sheets, preset, preset_source)
        if offer is not None:
            offers.insert(0, offer)
    if offers and offers[0].fits and offers[0].mapping.sheet and \
            offers[0].mapping.sheet != proposal.sheet:
        proposal = layout.detect_layout(path, offers[0].mapping.sheet, kind=kind)
    grid = layout.read_grid(path, proposal.sheet)
    return Detection(proposal, grid, offers)


@dataclass
class CheckResult:
    imported: layout.StatsImport
    matches: list[dict[str, Any]]
    units_without_data: list[str]
    unknown_institutions: list[str] = field(default_factory=list)


def check_mapping(path: str, mapping: layout.StatsMapping, units: Any) -> CheckResult:
    """apply_mapping, then reconcile the rows with `units` (no decisions: the page shows them)."""
    from kzplanner.core.reconcile import reconcile

    imported = layout.apply_mapping(path, mapping)
    if units is None:
        return CheckResult(imported, [], [])
    result = reconcile(units, imported.frame, decisions=mapping.decisions or None,
                       sheet_rows=imported.rows)
    return CheckResult(imported, [m.as_dict() for m in result.matches],
                       result.units_without_data)


def check_actuals(path: str, mapping: layout.StatsMapping, units: Any,
                  institutions: Any) -> CheckResult:
    """import_actuals with the mapping's own decisions: the rows, their units and the
    institution ids the register does not know (bad cells raise KZError for the page)."""
    from kzplanner.core.io.actuals import import_actuals

    result = import_actuals(path, mapping, units, institutions)
    return CheckResult(result.imported, result.matches, result.units_without_data,
                       result.unknown_institutions)


# ---------------------------------------------------------------- the preview grid

class GridModel(QAbstractTableModel):
    """The sheet as a table: header rows, the chosen block and mapped columns highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: layout.Grid | None = None
        self.rows = 0
        self.cols = 0
        self.header_rows: set[int] = set()  # 0-based
        self.block_rows: tuple[int, int] | None = None  # 0-based, inclusive
        self.mapped: dict[int, str] = {}  # col → indicator
        self.unit_col = -1
        self.note_rows: set[int] = set()
        self.total_rows: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_grid(self, grid: layout.Grid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.rows = min(len(grid.cells), MAX_PREVIEW_ROWS) if grid else 0
        self.cols = max((len(r) for r in grid.cells[:self.rows]), default=0) if grid else 0
        self.endResetModel()

    def set_marks(self, mapping: layout.StatsMapping, proposal: layout.StatsProposal) -> None:
        self.header_rows = {h - 1 for h in mapping.header_rows}
        self.unit_col = layout.col_index(mapping.unit_column) if mapping.unit_column else -1
        self.mapped = {layout.col_index(c.column): c.indicator for c in mapping.columns}
        block = next((b for b in proposal.blocks if b.id == mapping.block), None)
        if block is not None:
            self.block_rows = (block.first_row - 1, block.last_row - 1)
        elif mapping.first_row:
            self.block_rows = (mapping.first_row - 1,
                               (mapping.last_row or self.rows) - 1)
        else:
            self.block_rows = None
        self.note_rows = {r - 1 for r in proposal.note_rows}
        self.total_rows = {r - 1 for r in proposal.total_rows}
        if self.rows and self.cols:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rows - 1, self.cols - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.cols - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.cols

    def _in_block(self, r: int) -> bool:
        return self.block_rows is not None and self.block_rows[0] <= r <= self.block_rows[1]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.grid.cell(r, c))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cell_text(self.grid.cell(r, c))
            return f"{layout.col_letter(c)}{r + 1}: {text}" if text else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if r in self.header_rows:
                return QBrush(HEADER_BG)
            if self._in_block(r):
                if r in self.total_rows:
                    return QBrush(TOTAL_BG)
                return QBrush(MAPPED_BG if c in self.mapped else BLOCK_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if r in self.note_rows or (self.block_rows and not self._in_block(r)
                                       and r not in self.header_rows):
                return QBrush(NOTE_FG)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if r in self.header_rows or (c == self.unit_col and self._in_block(r)):
                return self._bold
            if r in self.total_rows:
                return self._italic
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                letter = layout.col_letter(section)
                return f"{letter} ✓" if section in self.mapped else letter
            return str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.mapped.get(section)
        return None


class GridView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.grid_model = GridModel(self)
        self.setModel(self.grid_model)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setDefaultSectionSize(96)
        self.verticalHeader().setDefaultSectionSize(22)

    def show_grid(self, grid: layout.Grid | None) -> None:
        self.clearSpans()
        self.grid_model.set_grid(grid)
        if grid is None:
            return
        for r0, c0, r1, c1 in grid.merged:
            if r0 < self.grid_model.rows and (r1 > r0 or c1 > c0):
                self.setSpan(r0, c0, min(r1, self.grid_model.rows - 1) - r0 + 1, c1 - c0 + 1)
        self.setColumnWidth(0, 220)


# ---------------------------------------------------------------- pages

class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self.wiz.set_path(self.path_edit.text()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.offer_check = QCheckBox()
        self.offer_combo = QComboBox()
        self.offer_check.toggled.connect(self.offer_combo.setEnabled)
        self.offer_check.toggled.connect(lambda _on: self.wiz.choose_offer())
        self.offer_combo.currentIndexChanged.connect(lambda _i: self.wiz.choose_offer())
        self.offer_note = QLabel()
        self.offer_note.setWordWrap(True)
        self.offer_note.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        lay = QVBoxLayout(self)
        lay.addWidget(self.path_label)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addSpacing(12)
        lay.addWidget(self.offer_check)
        lay.addWidget(self.offer_combo)
        lay.addWidget(self.offer_note)
        lay.addStretch(1)

    def _browse(self) -> None:
        lang = self.wiz.lang
        folder = str(settings.read("last_dir") or Path.home())
        title = tr(self.wiz.key("data.wiz.pick_title"), lang)
        path, _ = QFileDialog.getOpenFileName(self, title, folder, tr("data.wiz.filter", lang))
        if path:
            settings.write("last_dir", str(Path(path).parent))
            self.path_edit.setText(path)
            self.wiz.set_path(path)

    def show_offers(self) -> None:
        offers = self.wiz.detection.offers if self.wiz.detection else []
        self.offer_combo.blockSignals(True)
        self.offer_check.blockSignals(True)
        self.offer_combo.clear()
        for offer in offers:
            key = "data.src.offer_item" if offer.source else "data.wiz.offer_item"
            self.offer_combo.addItem(
                tr(key, self.wiz.lang, file=Path(offer.source or offer.path).name,
                   sheet=offer.mapping.sheet or "—", rows=offer.rows), offer.path)
        fits = bool(offers) and offers[0].fits
        self.offer_check.setChecked(fits)
        self.offer_combo.setEnabled(fits)
        self.offer_check.setVisible(bool(offers))
        self.offer_combo.setVisible(bool(offers))
        self.offer_note.setVisible(bool(offers))
        self.offer_combo.blockSignals(False)
        self.offer_check.blockSignals(False)

    def retranslate(self, lang: str) -> None:
        self.setTitle(tr("data.wiz.page_file", lang))
        self.setSubTitle(tr(self.wiz.key("data.wiz.page_file_sub"), lang))
        self.path_label.setText(tr(self.wiz.key("data.wiz.file"), lang))
        self.browse.setText(tr("data.browse", lang))
        self.offer_check.setText(tr("data.wiz.offer", lang))
        self.offer_note.setText(tr("data.wiz.offer_note", lang))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.wiz.detection is not None and not self.wiz.busy


class LayoutPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_from = QSpinBox()
        self.header_to = QSpinBox()
        for box in (self.header_from, self.header_to):
            box.setRange(0, layout.MAX_ROWS)
            box.valueChanged.connect(self._changed)
        self.block_combo = QComboBox()
        self.block_combo.currentIndexChanged.connect(self._changed)
        self.unit_combo = QComboBox()
        self.unit_combo.currentIndexChanged.connect(self._changed)
        self.kind_combo = QComboBox()
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.code_combo = QComboBox()
        self.code_combo.currentIndexChanged.connect(self._changed)
        self.preview = GridView()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        self.labels = {k: QLabel() for k in ("sheet", "header", "to", "block", "unit", "kind",
                                             "code")}
        grid = QGridLayout()
        grid.addWidget(self.labels["sheet"], 0, 0)
        grid.addWidget(self.sheet_combo, 0, 1)
        hdr = QHBoxLayout()
        hdr.addWidget(self.header_from)
        hdr.addWidget(self.labels["to"])
        hdr.addWidget(self.header_to)
        hdr.addStretch(1)
        grid.addWidget(self.labels["header"], 0, 2)
        grid.addLayout(hdr, 0, 3)
        grid.addWidget(self.labels["block"], 0, 4)
        grid.addWidget(self.block_combo, 0, 5)
        grid.addWidget(self.labels["unit"], 1, 0)
        grid.addWidget(self.unit_combo, 1, 1)
        grid.addWidget(self.labels["kind"], 1, 2)
        grid.addWidget(self.kind_combo, 1, 3)
        grid.addWidget(self.labels["code"], 1, 4)
        grid.addWidget(self.code_combo, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.info)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.fill()

    def fill(self) -> None:
        det, m = self.wiz.detection, self.wiz.mapping
        if det is None or m is None:
            return
        lang = self.wiz.lang
        p = det.proposal
        self._filling = True
        self.sheet_combo.clear()
        for name in p.sheets or [Path(p.file).name]:
            self.sheet_combo.addItem(name, name)
        if p.sheet:
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(p.sheet), 0))
        self.sheet_combo.setEnabled(bool(p.sheets))
        rows = m.header_rows or []
        self.header_from.setValue(rows[0] if rows else 0)
        self.header_to.setValue(rows[-1] if rows else 0)
        self.block_combo.clear()
        for b in p.blocks:
            name = tr(f"data.block.{b.id}", lang)
            name = b.label or b.id if name == f"data.block.{b.id}" else name
            self.block_combo.addItem(tr("data.wiz.block_item", lang, name=name,
                                        first=b.first_row, last=b.last_row), b.id)
        if m.block is not None:
            self.block_combo.setCurrentIndex(max(self.block_combo.findData(m.block), 0))
        width = det.grid and max((len(r) for r in det.grid.cells), default=0)
        letters = [layout.col_letter(i) for i in range(width or 0)]
        self.unit_combo.clear()
        self.code_combo.clear()
        self.code_combo.addItem(tr("data.none", lang), None)
        for letter in letters:
            head = header_text(det.grid, m.header_rows, layout.col_index(letter))
            text = f"{letter} — {head}" if head else letter
            self.unit_combo.addItem(text, letter)
            self.code_combo.addItem(text, letter)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(m.unit_column), 0))
        self.code_combo.setCurrentIndex(max(self.code_combo.findData(m.code_column), 0))
        self.kind_combo.clear()
        self.kind_combo.addItem(tr("data.wiz.kind_name", lang), "name")
        self.kind_combo.addItem(tr("data.wiz.kind_code", lang), "code")
        if self.wiz.kind == "actuals":
            self.kind_combo.addItem(tr("data.wiz.kind_institution", lang), "institution")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(m.unit_kind), 0))
        self._filling = False
        self.preview.show_grid(det.grid)
        self._update_marks()

    def _sheet_chosen(self, _index: int) -> None:
        sheet = self.sheet_combo.currentData()
        det = self.wiz.detection
        if det is not None and sheet and sheet != det.proposal.sheet:
            self.wiz.detect(sheet, with_offers=False)

    def _changed(self, *_args: Any) -> None:
        if self._filling or self.wiz.mapping is None:
            return
        m = self.wiz.mapping
        a, b = self.header_from.value(), self.header_to.value()
        if a and b:
            m.header_rows = list(range(min(a, b), max(a, b) + 1))
        elif a or b:
            m.header_rows = [a or b]
        else:
            m.header_rows = []
        block = self.block_combo.currentData()
        if block is not None:
            m.block = block
        m.unit_column = self.unit_combo.currentData() or m.unit_column
        m.unit_kind = self.kind_combo.currentData() or "name"
        m.code_column = self.code_combo.currentData()
        self._update_marks()

    def _update_marks(self) -> None:
        det, m = self.wiz.detection, self.wiz.mapping
        if det is None or m is None:
            return
        self.preview.grid_model.set_marks(m, det.proposal)
        lang = self.wiz.lang
        p = det.proposal
        parts = []
        if p.title:
            parts.append(tr("data.wiz.title_found", lang, title=p.title))
        parts.append(tr("data.wiz.confidence", lang, value=round(p.confidence * 100)))
        if p.note_rows:
            parts.append(tr("data.wiz.notes_found", lang,
                            rows=", ".join(str(r) for r in p.note_rows[:8])))
        if p.total_rows:
            parts.append(tr("data.wiz.totals_found", lang,
                            rows=", ".join(str(r) for r in p.total_rows[:8])))
        parts.append(tr("data.wiz.legend", lang))
        self.info.setText(" · ".join(parts))

    def retranslate(self, lang: str) -> None:
        self.setTitle(tr("data.wiz.page_layout", lang))
        self.setSubTitle(tr("data.wiz.page_layout_sub", lang))
        for key, widget in self.labels.items():
            widget.setText(tr(f"data.wiz.{key}", lang))


INDICATOR_COL, TYPE_COL, SELECT_COL = 3, 4, 5
TYPES = ("number", "share", "text")
SELECTS = ("header", "letter", "latest_period")


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
        unit_c = layout.col_index(m.unit_column)
        code_c = layout.col_index(m.code_column) if m.code_column else -1
        self.columns = [c for c in det.proposal.columns if c.index not in (unit_c, code_c)]
        mapped = {layout.col_index(c.column): c for c in m.columns}
        # mapped columns the detection did not list (a saved mapping) still get a row
        listed = {c.index for c in self.columns}
        for idx, cm in mapped.items():
            if idx not in listed:
                self.columns.append(layout.ColumnInfo(cm.column, idx, cm.header, None))
        # the year column read (the mapping's year, else the latest) first, then left to right
        chosen = _chosen_period(self.columns, unit_c, m.year)
        self.columns.sort(key=lambda c: (c.index != chosen, c.index))
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
            kind = current.type if current else (
                "share" if (info.suggestion or "").endswith("_share") else "number")
            type_combo.setCurrentIndex(TYPES.index(kind) if kind in TYPES else 0)
            self.table.setCellWidget(row, TYPE_COL, type_combo)
            select_combo = QComboBox()
            for s in SELECTS:
                select_combo.addItem(tr(f"data.select.{s}", lang), s)
            select = current.select if current else ("latest_period" if info.period and
                                                     info.index == chosen else "header")
            select_combo.setCurrentIndex(SELECTS.index(select) if select in SELECTS else 0)
            self.table.setCellWidget(row, SELECT_COL, select_combo)
        self.retranslate(lang)

    def indicator_of(self, row: int) -> str:
        combo = self.table.cellWidget(row, INDICATOR_COL)
        assert isinstance(combo, QComboBox)
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
            return str(combo.currentData() or "")
        return re.sub(r"\W+", "_", text.lower()).strip("_")  # a custom indicator id

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
        seen: dict[str, str] = {}
        chosen = []
        for row, info in enumerate(self.columns):
            ind = self.indicator_of(row)
            if not ind:
                continue
            if ind in seen:
                self.error.setText(tr("data.wiz.twice", lang, indicator=indicator_label(ind, lang),
                                      a=seen[ind], b=info.column))
                return False
            seen[ind] = info.column
            type_combo = self.table.cellWidget(row, TYPE_COL)
            select_combo = self.table.cellWidget(row, SELECT_COL)
            assert isinstance(type_combo, QComboBox) and isinstance(select_combo, QComboBox)
            chosen.append(layout.ColumnMap(ind, info.column,
                                           header_text(det.grid, m.header_rows, info.index),
                                           select_combo.currentData(), type_combo.currentData()))
        if not chosen:
            self.error.setText(tr("data.wiz.none_mapped", lang))
            return False
        m.columns = chosen
        # a period column chosen to follow 'latest period' other than the one the mapping's
        # year reads: its year is the choice (next year's file then reads the same year)
        unit_c = layout.col_index(m.unit_column)
        periods = {c.index: c.header for c in self.columns if c.period}
        for cm in chosen:
            col = layout.col_index(cm.column)
            if cm.select == "latest_period" and col in periods and \
                    col != _chosen_period(self.columns, unit_c, m.year):
                m.year = None if col == _chosen_period(self.columns, unit_c, None) \
                    else layout.strip_marker(periods[col].split(" / ")[-1])
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


def _chosen_period(columns: list[layout.ColumnInfo], unit_col: int, year: str | None) -> int | None:
    """The period column `year` reads (the latest when None, or when the file lacks it)."""
    headers = {c.index: c.header for c in columns if c.period}
    try:
        return layout.resolve_period_column(headers, unit_col, year)
    except KZError:
        return layout.resolve_period_column(headers, unit_col, None)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        from kzplanner.gui.data.reconcile_view import ReconcilePanel

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
        lay.addWidget(self.provenance)
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
        self.provenance.setText("<br>".join(lines))
        units = self.wiz.units
        names = [(str(c), self.wiz.state.unit_name(str(c))) for c in units.index] \
            if units is not None else []
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


# ---------------------------------------------------------------- the wizard

class ImportWizard(QWizard):
    """File → layout → columns → check; Finish saves the mapping and adds the file to the data
    sources (or replaces `replacing` with it), or, with kind='actuals', compares the actuals with the current plan and hands the comparison
    (actuals_view.ActualsData) to `on_actuals`."""

    def __init__(self, state: AppState, parent: QWidget | None = None,
                 path: str | Path | None = None, on_loaded: Any = None,
                 kind: str = "statistics", on_actuals: Any = None,
                 replacing: StatsSource | None = None) -> None:
        super().__init__(parent)
        # Finish adds the file as one more data source, or, with `replacing`, puts it in that
        # source's place (same id; its mapping is offered first, at the latest year).
        self.replacing = replacing
        self.setObjectName("importWizard" if kind == "statistics" else "actualsWizard")
        self.state = state
        self.lang = state.language
        self.kind = kind
        self.on_loaded = on_loaded
        self.on_actuals = on_actuals
        self.stats_path: str | None = None
        self.detection: Detection | None = None
        self.mapping: layout.StatsMapping | None = None
        self.offer_path: str | None = None
        self.busy = False
        self.closed = False
        self.saved_mapping_path: Path | None = None
        self.last_error: QWidget | None = None
        self.units = state.dataset.units if state.dataset is not None else None
        self.institutions = state.dataset.institutions if state.dataset is not None else None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        fit_to_screen(self, 1100, 720)
        self.file_page = FilePage(self)
        self.layout_page = LayoutPage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.layout_page, self.columns_page, self.check_page):
            self.addPage(page)
        state.language_changed.connect(self._language_changed)
        self.retranslate()
        if path:
            self.file_page.path_edit.setText(str(path))
            self.set_path(str(path))

    # --- background steps
    def set_path(self, path: str) -> None:
        path = path.strip()
        if not path or path == self.stats_path:
            return
        self.stats_path = path
        self.detection = None
        self.mapping = None
        self.file_page.completeChanged.emit()
        if not Path(path).is_file():
            self.file_page.status.setText(KZError("file_not_found", file=path).message(self.lang))
            return
        self.detect(None, with_offers=True)

    def detect(self, sheet: str | None, with_offers: bool) -> None:
        path = self.stats_path
        assert path
        self.busy = True
        self.file_page.status.setText(tr("data.wiz.reading", self.lang))
        self.file_page.completeChanged.emit()
        kind = self.kind
        old = self.replacing
        preset = layout.StatsMapping.from_dict(dict(old.mapping)) \
            if old is not None and old.mapping else None
        preset_file = old.file if old is not None else ""
        self.state.tasks.submit("import_detect",
                                lambda _fb: detect(path, sheet, with_offers, kind, preset,
                                                   preset_file),
                                self._detected, self._detect_failed)

    def _detected(self, det: Detection) -> None:
        if self.closed:
            return
        self.busy = False
        self.detection = det
        self.mapping = copy.deepcopy(det.proposal.mapping)
        self.offer_path = None
        p = det.proposal
        self.file_page.status.setText(tr("data.wiz.detected", self.lang,
                                         sheet=p.sheet or Path(p.file).name,
                                         rows=sum(b.last_row - b.first_row + 1 for b in p.blocks),
                                         columns=len(p.columns)))
        self.file_page.show_offers()
        self.choose_offer()
        self.file_page.completeChanged.emit()
        if self.currentPage() is self.layout_page:
            self.layout_page.fill()

    def _detect_failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        self.busy = False
        self.detection = None
        text = exc.message(self.lang) if isinstance(exc, KZError) else tr("data.unexpected",
                                                                          self.lang)
        self.file_page.status.setText(text)
        self.file_page.completeChanged.emit()
        if not isinstance(exc, KZError):
            self.last_error = show_error(self, exc, self.lang)

    def choose_offer(self) -> None:
        det = self.detection
        if det is None:
            return
        use = self.file_page.offer_check.isChecked() and det.offers
        if use:
            path = self.file_page.offer_combo.currentData()
            offer = next((o for o in det.offers if o.path == path), det.offers[0])
            self.mapping = copy.deepcopy(offer.mapping)
            self.offer_path = offer.path or None
        else:
            self.mapping = copy.deepcopy(det.proposal.mapping)
            self.offer_path = None
        self.columns_page.save_edit.setText(
            str(self.offer_path or default_mapping_path(self.stats_path or "")))

    def run_check(self) -> None:
        if self.mapping is None or self.stats_path is None:
            return
        path, mapping, units = self.stats_path, copy.deepcopy(self.mapping), self.units
        if self.kind == "actuals":
            institutions = self.institutions
            work = lambda _fb: check_actuals(path, mapping, units, institutions)  # noqa: E731
        else:
            work = lambda _fb: check_mapping(path, mapping, units)  # noqa: E731
        self.state.tasks.submit("import_check", work, self._checked, self._check_failed)

    def _checked(self, result: CheckResult) -> None:
        if not self.closed:
            self.check_page.show_result(result)

    def _check_failed(self, exc: BaseException) -> None:
        if not self.closed:
            self.check_page.show_error(exc)

    # --- finish
    def accept(self) -> None:
        if self.mapping is None or self.stats_path is None:
            return
        self.mapping.decisions = self.check_page.panel.decisions()
        self.saved_mapping_path = None
        if self.columns_page.save_check.isChecked() and self.columns_page.save_edit.text():
            try:
                self.saved_mapping_path = layout.save_mapping(
                    self.mapping, self.columns_page.save_edit.text())
            except KZError as exc:
                self.last_error = show_error(self, exc, self.lang)
                return
        if self.kind == "actuals":
            self._compare_actuals()
        else:
            self._add_source()
        self._remember_in_project()
        super().accept()

    def new_source(self) -> StatsSource:
        """The confirmed file as a data source: sheet, year, mapping and match decisions (a
        replacement keeps the publisher of the source it replaces)."""
        assert self.mapping is not None and self.stats_path is not None
        m = self.mapping
        old = self.replacing
        return StatsSource(file=self.stats_path, sheet=m.sheet, mapping=m.to_dict(),
                           year=m.year, decisions=dict(m.decisions or {}),
                           publisher=old.publisher if old is not None else "")

    def _add_source(self) -> None:
        """Finish: the file joins the data sources in use (or takes the replaced one's place)
        and the dataset is rebuilt from all of them; the others are untouched."""
        source = self.new_source()
        on_done = self.on_loaded
        if self.replacing is not None and self.state.replace_source(self.replacing.id, source,
                                                                    on_done):
            return
        self.state.add_source(source, on_done)

    def _compare_actuals(self) -> None:
        """Actuals read with the confirmed mapping and decisions, set against the current plan
        in the background; the comparison goes to `on_actuals`, errors to the window."""
        from kzplanner.app.actuals import compute_comparison

        state, result = self.state, self.state.result
        if result is None or self.stats_path is None or self.mapping is None:
            return
        path, mapping = self.stats_path, copy.deepcopy(self.mapping)
        units, institutions = self.units, self.institutions
        on_actuals = self.on_actuals
        state.tasks.submit(
            "actuals",
            lambda _fb: compute_comparison(path, units, result, mapping=mapping,
                                           institutions=institutions),
            lambda data: on_actuals(data) if on_actuals is not None else None,
            lambda exc: state.error_raised.emit("actuals", exc))

    def _remember_in_project(self) -> None:
        """The project file keeps the mapping and the reconciliation decisions with the data."""
        project = getattr(self.parent(), "project", None)
        session = getattr(project, "session", None)
        if session is not None and self.mapping is not None:
            session.mappings[str(self.stats_path)] = self.mapping.to_dict()

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    # --- language
    def _language_changed(self) -> None:
        if self.closed:
            return
        self.lang = self.state.language
        self.retranslate()
        if self.currentPage() is self.layout_page:
            self.layout_page.fill()
        elif self.currentPage() is self.columns_page:
            self.columns_page.fill()

    def key(self, key: str) -> str:
        """The string key for this kind of file: 'data.wiz.title' → 'data.wiz.title_actuals'
        for the actuals wizard (the keys that differ have that variant)."""
        return key if self.kind == "statistics" else f"{key}_{self.kind}"

    def retranslate(self) -> None:
        lang = self.lang
        self.setWindowTitle(tr(self.key("data.wiz.title"), lang))
        for which, key in ((QWizard.WizardButton.BackButton, "data.wiz.back"),
                           (QWizard.WizardButton.NextButton, "data.wiz.next"),
                           (QWizard.WizardButton.FinishButton, self.key("data.wiz.finish")),
                           (QWizard.WizardButton.CancelButton, "data.cancel")):
            self.setButtonText(which, tr(key, lang))
        for page in (self.file_page, self.layout_page, self.columns_page, self.check_page):
            page.retranslate(lang)
        if self.detection is not None:
            self.file_page.show_offers()
