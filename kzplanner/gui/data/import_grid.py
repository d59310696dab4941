"""The import wizard's preview of a sheet: header rows, the chosen block and the mapped columns
highlighted, merged cells spanned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from kzplanner.app.load.detect import cell_text
from kzplanner.core.io.read import layout

MAX_PREVIEW_ROWS = 400

HEADER_BG = QColor("#d7e6f5")
BLOCK_BG = QColor("#e8f4e5")
MAPPED_BG = QColor("#c9e7c4")
TOTAL_BG = QColor("#f1ece0")
NOTE_FG = QColor("#8a96a3")


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

