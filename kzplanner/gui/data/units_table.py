"""The units table: one row per unit, gaps before → after and spending; selection linked to the map."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kzplanner.app.display.indicator_values import format_change
from kzplanner.app.strings import tr
from kzplanner.core.formatting import format_indicator, format_kzt, format_number
from kzplanner.gui.state import AppState
from kzplanner.lazy import pd

RAW_ROLE = Qt.ItemDataRole.UserRole  # the unformatted value, for sorting
CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's unit_code

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # column of the model frame
    header: str  # strings key
    kind: str  # text | count | index | share | kzt | change
    indicator: str = ""  # for tooltips of before → after


COLUMNS: tuple[Column, ...] = (
    Column("name", "col.unit", "text"),
    Column("population", "col.population", "count"),
    Column("combined_gap_before", "col.gap_before", "index"),
    Column("combined_gap_after", "col.gap_after", "index"),
    Column("combined_gap_change", "col.gap_change", "change", "combined_gap"),
    Column("institutional_gap", "col.institutional", "share", "institutional_gap"),
    Column("device_gap", "col.device", "share", "device_gap"),
    Column("internet_gap", "col.internet", "share", "internet_gap"),
    Column("spent_kzt", "col.spent", "kzt"),
    # Each measure in its own column; none adds people across measures.
    Column("newly_with_device", "col.newly_device", "count"),
    Column("newly_with_internet", "col.newly_internet", "count"),
    Column("institutions_connected", "col.institutions_connected", "count"),
)
MEASURE_KEYS: tuple[str, ...] = ("newly_with_device", "newly_with_internet",
                                 "institutions_connected")


def units_frame(state: AppState) -> pd.DataFrame:
    """The table's rows: baseline always; projected columns when a plan exists (NaN otherwise).

    Component gaps show the projected value when there is a plan, else the baseline.
    """
    prepared = state.prepared
    if prepared is None:
        return pd.DataFrame(columns=[c.key for c in COLUMNS] + ["code"])
    ds = prepared.dataset
    base = prepared.baseline
    codes = list(ds.units.index)
    out = pd.DataFrame(index=codes)
    out["code"] = codes
    out["name"] = [state.unit_name(str(c)) for c in codes]  # names cached per dataset and language
    out["population"] = ds.units["population"].astype(float)
    out["combined_gap_before"] = base["combined_gap"].reindex(codes)
    result = state.result
    if result is not None:
        per = result.per_unit().reindex(codes)
        out["combined_gap_after"] = per["combined_gap_after"]
        out["combined_gap_change"] = per["combined_gap_change"]
        out["spent_kzt"] = per["spent_kzt"]
        for key in MEASURE_KEYS:
            out[key] = per[key]
        for key in ("institutional_gap", "device_gap", "internet_gap"):
            out[key] = per[f"{key}_after"]
            out[f"{key}_before"] = per[f"{key}_before"]
    else:
        for key in ("combined_gap_after", "combined_gap_change", "spent_kzt", *MEASURE_KEYS):
            out[key] = np.nan
        for key in ("institutional_gap", "device_gap", "internet_gap"):
            out[key] = base[key].reindex(codes)
            out[f"{key}_before"] = out[key]
    return out.reset_index(drop=True)


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


class UnitsTableModel(QAbstractTableModel):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._cols: dict[str, list[object]] = {}  # column key → its values, row by row
        self._rows = 0
        self._row_of: dict[str, int] = {}
        self._read()

    def _read(self) -> None:
        # Plain lists for data(): a pandas row lookup per cell made a 224-row table take 0.8 s
        # (columns, not a dict per row: 10,000 units' rows held ~8 MB more as dicts).
        # Without data, no pandas at all: the window is built before the data libraries load.
        frame = units_frame(self.state) if self.state.prepared is not None else None
        self._cols = {str(c): frame[c].tolist() for c in frame.columns} if frame is not None \
            else {}
        self._rows = 0 if frame is None else len(frame)
        self._row_of = {str(c): i for i, c in enumerate(self._cols.get("code", []))}

    def refresh(self) -> None:
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def relabel_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def code_of_row(self, row: int) -> str:
        return str(self._cols["code"][row])

    def row_of_code(self, code: str) -> int:
        return self._row_of.get(str(code), -1)

    # --- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMNS[section]
        lang = self.state.language
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(col.header, lang)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole header, on one line
            whole = " ".join(tr(col.header, lang).split())
            if col.key in ("institutional_gap", "device_gap", "internet_gap"):
                return f"{whole}: {tr('col.component_tip', lang)}"
            return whole
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if col.kind == "text" else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        col = COLUMNS[index.column()]
        row, cols = index.row(), self._cols
        value = cols[col.key][row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._format(value, col)
        if role == RAW_ROLE:
            return None if _is_missing(value) else (value if col.kind == "text"
                                                     else float(value))
        if role == CODE_ROLE:
            return str(cols["code"][row])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if col.kind == "text" else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and f"{col.key}_before" in cols:
            lang = self.state.language
            before = format_indicator(cols[f"{col.key}_before"][row], "share", lang)
            after = format_indicator(value, "share", lang)
            return f"{before} → {after}"
        return None

    def _format(self, value: object, col: Column) -> str:
        lang = self.state.language
        if col.kind == "text":
            return str(value)
        if _is_missing(value):
            return "—"
        v = float(value)  # type: ignore[arg-type]
        if col.kind == "kzt":
            return format_kzt(v, lang).replace("\u00a0₸", "")  # ₸ is in the header
        if col.kind == "count":
            return format_number(v, lang)
        if col.kind == "change":
            return format_change(v, col.indicator, lang, with_unit=False)
        return format_indicator(v, col.kind, lang)


class UnitsSortProxy(QSortFilterProxyModel):
    """Sorts by the raw value; missing values always last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(RAW_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802 - Qt override
        a, b = left.data(RAW_ROLE), right.data(RAW_ROLE)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if a is None or b is None:
            if a is None and b is None:
                return False
            # missing last in either order
            return (b is None) != descending
        if isinstance(a, str) or isinstance(b, str):
            return str(a).casefold() < str(b).casefold()
        return a < b


class UnitsTableView(QTableView):
    """Row selection mirrors AppState.selection both ways."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.units_model = UnitsTableModel(state, self)
        self.proxy = UnitsSortProxy(self)
        self.proxy.setSourceModel(self.units_model)
        self.setModel(self.proxy)
        self.setObjectName("unitsTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self._syncing = False
        self.selectionModel().selectionChanged.connect(self._rows_selected)
        state.dataset_changed.connect(self._refresh)
        state.result_changed.connect(self._refresh)
        state.language_changed.connect(self._refresh)
        state.selection_changed.connect(self._show_selection)
        self._refresh()

    def _refresh(self) -> None:
        self._syncing = True
        try:
            self.units_model.refresh()
        finally:
            self._syncing = False
        self._fit_columns()
        self._show_selection()

    def _fit_columns(self) -> None:
        """Name column to its contents; numbers share the rest (no horizontal scrolling)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for i in range(1, len(COLUMNS)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        # No header may be clipped, its sort arrow included: the narrowest column fits the
        # widest header (its longest line) as the header itself measures it.
        widest = max((header.sectionSizeHint(c) for c in range(1, len(COLUMNS))), default=50)
        header.setMinimumSectionSize(max(70, widest))

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [str(self.proxy.index(r, 0).data(CODE_ROLE)) for r in rows]

    def _rows_selected(self) -> None:
        if self._syncing:
            return
        codes = self.selected_codes()
        current = list(self.state.selection)
        # keep the map's click order when the set is unchanged
        if set(codes) != set(current):
            self.state.select_units(codes)

    def _show_selection(self) -> None:
        codes = self.state.selection
        selection = QItemSelection()
        for code in codes:
            row = self.units_model.row_of_code(code)
            if row < 0:
                continue
            src = self.units_model.index(row, 0)
            proxy_index = self.proxy.mapFromSource(src)
            last = self.proxy.index(proxy_index.row(), len(COLUMNS) - 1)
            selection.select(proxy_index, last)
        self._syncing = True
        try:
            self.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._syncing = False
        if codes:
            row = self.units_model.row_of_code(codes[-1])
            if row >= 0:
                self.scrollTo(self.proxy.mapFromSource(self.units_model.index(row, 0)),
                              QAbstractItemView.ScrollHint.EnsureVisible)
