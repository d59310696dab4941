"""A read-only table model over plain rows (texts and sort keys), sorted in Python.

Thousands of villages: a QStandardItemModel would build one item per cell; this keeps the rows
as tuples and answers Qt from them. Every cell's tooltip is its whole text (columns elide).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Row:
    key: str  # the settlement or institution id
    cells: tuple[str, ...]
    sort: tuple[object, ...]  # per column: what it sorts by (numbers as numbers)
    tip: str = ""  # a tooltip for the whole row (else each cell's own text)


class RowsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001 - a QObject or None
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[Row] = []
        self._numeric: set[int] = set()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Row],
                 numeric: Sequence[int] = ()) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._numeric = list(headers), list(rows), set(numeric)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def key_at(self, row: int) -> str:
        return self._rows[row].key if 0 <= row < len(self._rows) else ""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[col] if col < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            text = row.cells[col] if col < len(row.cells) else ""
            return f"{text}\n{row.tip}" if row.tip else text
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._rows or column >= len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()

        def key(r: Row) -> tuple[int, object]:
            value = r.sort[column] if column < len(r.sort) else r.cells[column]
            if isinstance(value, float) and value != value:
                return (1, 0.0)  # unknown last either way
            return (0, value)

        known = [r for r in self._rows if key(r)[0] == 0]
        unknown = [r for r in self._rows if key(r)[0] == 1]
        known.sort(key=lambda r: key(r)[1],  # type: ignore[arg-type, return-value]
                   reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = known + unknown
        self.layoutChanged.emit()
