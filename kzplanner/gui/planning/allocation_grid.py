"""The editable allocation grid (unit × instrument × group, kits per unit) and the explanation of
the selected units (the budget meter is in budget_meter.py).

An edited count becomes an EditAllocation command on the session's undo stack; the session
re-projects the allocation with evaluate_plan, so totals, the meter and the map follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.display.grid_lines import Line, grid_lines, kit_toggles
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_kzt, format_number
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.scenario import Allocation
from kzplanner.gui.project.project_session import ProjectSession
from kzplanner.gui.table_fit import FittedTableView

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("unit", "instrument", "group", "count", "max", "cost", "people")
COUNT_COLUMN = COLUMNS.index("count")
TEXT_COLUMNS = ("unit", "instrument", "group")  # these give up width so that Count stays seen


class AllocationModel(QAbstractTableModel):
    """Rows = grid lines; the count column is editable."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = session.state
        self.lines: list[Line] = []
        self._items: PlanItems | None = None
        self._counts: dict[tuple[str, str, str], int] = {}
        self._kits_by_line: dict[tuple[str, str], tuple[int, float, float]] = {}
        self.in_plan: list[bool] = []  # per line: count > 0 (the filter asks for every row)

    # --- refresh
    def refresh(self) -> bool:
        """Read the current plan; True when the lines changed (the model was reset)."""
        items = self.session.items() if self.state.result is not None else None
        if items is not self._items:
            lines = grid_lines(items) if items is not None else []
            if lines != self.lines:
                self.beginResetModel()
                self._items = items
                self.lines = lines
                self._read_allocation()
                self.endResetModel()
                return True
            self._items = items  # same lines (e.g. a new budget): only the values change
        self._read_allocation()
        if self.lines:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.lines) - 1, len(COLUMNS) - 1))
        return False

    def _read_allocation(self) -> None:
        result = self.state.result
        alloc = Allocation.from_result(result) if result is not None else Allocation()
        self._counts = {(u, i, g): c for u, i, g, c in alloc.vouchers}
        self._kits_by_line = {}
        if result is not None and len(result.kits):
            grouped = result.kits.groupby(["unit_code", "type"]).agg(
                n=("inst_id", "size"), cost=("cost_kzt", "sum"), people=("people_served", "sum"))
            for (u, t), n, cost, people in zip(grouped.index, grouped["n"], grouped["cost"],
                                               grouped["people"], strict=True):
                self._kits_by_line[(str(u), str(t))] = (int(n), float(cost), float(people))
        self.in_plan = [self.count_of(line) > 0 for line in self.lines]

    # --- values
    def count_of(self, line: Line) -> int:
        if line.instrument == "kit":
            return self._kits_by_line.get((line.unit, line.group), (0, 0.0, 0.0))[0]
        return self._counts.get((line.unit, line.instrument, line.group), 0)

    def cost_people(self, line: Line) -> tuple[float, float]:
        if line.instrument == "kit":
            _, cost, people = self._kits_by_line.get((line.unit, line.group), (0, 0.0, 0.0))
            return cost, people
        n = self.count_of(line)
        return n * line.unit_cost, min(n * line.takeup, line.cap_people)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(f"grid.col_{COLUMNS[section]}", self.state.language)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole header, and what the column means
            lang = self.state.language
            return (f"{tr(f'grid.col_{COLUMNS[section]}', lang)}: "
                    f"{tr(f'grid.col_{COLUMNS[section]}_tip', lang)}")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COUNT_COLUMN and self.state.result_is_current:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = COLUMNS[index.column()]
        lang = self.state.language
        if role == Qt.ItemDataRole.EditRole and col == "count":
            return self.count_of(line)
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return {"unit": self.state.unit_name(line.unit), "instrument": line.instrument,
                    "group": line.group, "count": self.count_of(line),
                    "max": line.max_count, "cost": self.cost_people(line)[0],
                    "people": self.cost_people(line)[1]}[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "unit":
                return self.state.unit_name(line.unit)
            if col in ("instrument", "group"):
                return label(getattr(line, col), lang)
            if col == "count":
                return format_number(self.count_of(line), lang)
            if col == "max":
                return format_number(line.max_count, lang)
            if col == "cost":
                return format_kzt(self.cost_people(line)[0], lang)
            return format_number(self.cost_people(line)[1], lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("count", "max", "cost",
                                                                  "people"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == "count":
            return QColor("#eef5fc") if self.state.result_is_current else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "count":
                return tr("grid.count_tip", lang, max=format_number(line.max_count, lang))
            if col in TEXT_COLUMNS:  # the whole text where a narrow column cuts it
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or COLUMNS[index.column()] != "count":
            return False
        try:
            wanted = int(round(float(str(value).replace("\u00a0", "").replace(" ", "")
                                     .replace(",", "."))))
        except ValueError:
            return False
        line = self.lines[index.row()]
        return self.set_count(line, wanted)

    def set_count(self, line: Line, wanted: int) -> bool:
        """Ask the session for the edit (clamped to 0 … the line's maximum)."""
        count = max(0, min(int(wanted), line.max_count))
        if count == self.count_of(line):
            return False
        if line.instrument == "kit":
            result, items = self.state.result, self._items
            if result is None or items is None:
                return False
            c = result.params.constraints
            toggles = kit_toggles(items, set(result.kits["inst_id"]), line.unit, line.group,
                                  count, set(c.excluded), set(c.locked))
            return self.session.edit_allocation(kits=toggles)
        return self.session.edit_allocation(counts=((line.unit, line.instrument, line.group,
                                                     count),))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.lines) - 1, len(COLUMNS) - 1))


class AllocationFilter(QSortFilterProxyModel):
    """Only the selected units (when any) and, optionally, only lines in the plan."""

    def __init__(self, model: AllocationModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self._model = model
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.units: set[str] = set()
        self.in_plan_only = True

    def set_filter(self, units: set[str], in_plan_only: bool) -> None:
        self.beginFilterChange()
        self.units, self.in_plan_only = units, in_plan_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self._model  # asked for each of 142,000 stress lines: no Qt call per row
        if self.units and model.lines[row].unit not in self.units:
            return False
        return not self.in_plan_only or model.in_plan[row]



class AllocationDetails(QWidget):
    """The dock: filters, the grid, and what the selected units received and why."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = state = session.state
        self.setObjectName("allocationDetails")
        self.model = AllocationModel(session, self)
        self.proxy = AllocationFilter(self.model)
        # Re-sorted and re-filtered once per plan by _filter, not row by row on every change
        # (that took 0.15 s per national plan); edited rows also stay where they are.
        self.proxy.setDynamicSortFilter(False)
        self.table = FittedTableView([COLUMNS.index(c) for c in TEXT_COLUMNS], COUNT_COLUMN,
                                     self)
        self.table.setObjectName("allocationGrid")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Column widths from the first rows only: measuring all 9,000 lines of a national plan
        # took a fifth of a second after every re-plan.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.selected_only = QCheckBox(self)
        self.selected_only.setChecked(True)
        self.in_plan_only = QCheckBox(self)
        self.in_plan_only.setChecked(True)
        self.manual_note = QLabel(self)
        self.manual_note.setObjectName("hint")
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setOpenLinks(False)
        self.explain_title = QLabel(self)
        self.explain_title.setObjectName("panelTitle")

        filters = QHBoxLayout()
        filters.addWidget(self.selected_only)
        filters.addWidget(self.in_plan_only)
        filters.addStretch(1)
        filters.addWidget(self.manual_note)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.table, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.explain_title)
        rv.addWidget(self.explanation, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)  # the grid takes two thirds: its Count column stays seen
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        right.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(split)

        self._explained: tuple[int, str, Any] | None = None
        self.selected_only.toggled.connect(lambda _on: self._filter())
        self.in_plan_only.toggled.connect(lambda _on: self._filter())
        state.result_changed.connect(self._refresh)
        state.params_changed.connect(self._refresh)
        state.selection_changed.connect(self._selection)
        session.workspace_changed.connect(self._show_manual)

    def retranslate(self) -> None:
        lang = self.state.language
        self.selected_only.setText(tr("grid.selected_only", lang))
        self.in_plan_only.setText(tr("grid.in_plan_only", lang))
        self.explain_title.setText(tr("grid.explain_title", lang))
        self.model.retranslate()
        if self.proxy.rowCount():
            self.table.fit()  # kk and ru headers and names are longer than en ones
        self._explained = None
        self._show_manual()
        self._explain()

    def _refresh(self) -> None:
        self._filter(resize=self.model.refresh())
        self._show_manual()
        self._explain()

    def _filter(self, resize: bool = True) -> None:
        """Apply the filters; fit the columns when the rows change kind, not after every plan."""
        units = set(self.state.selection) if self.selected_only.isChecked() else set()
        self.proxy.set_filter(units, self.in_plan_only.isChecked())
        if resize and self.proxy.rowCount():
            self.table.fit()

    def _selection(self) -> None:
        self._filter()
        self._explain()

    def _show_manual(self) -> None:
        alloc = self.session.workspace.allocation
        manual = alloc is not None and alloc.solver.get("method") == "manual"
        self.manual_note.setText(tr("grid.manual", self.state.language) if manual else "")

    def _explain(self) -> None:
        lang = self.state.language
        result, ds = self.state.result, self.state.dataset
        codes = self.state.selection
        if result is None or ds is None:
            self.explanation.setPlainText("")
            return
        if not codes:
            self.explanation.setPlainText(tr("grid.explain_hint", lang))
            return
        if self._explained is None or self._explained[0] != id(result) \
                or self._explained[1] != lang:
            from kzplanner.core.planning.explain import explain_units

            self._explained = (id(result), lang, explain_units(ds, result, lang))
        texts = self._explained[2]
        self.explanation.setPlainText("\n\n".join(str(texts.get(c, "")) for c in codes[:5]))
