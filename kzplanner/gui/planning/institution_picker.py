"""Lock or exclude institutions by picking them: a searchable list of the register (name in the
interface language, type, unit, id) with a "Lock" and an "Exclude" box per row, in place of typing
raw ids. The picked ids are PlanParams' constraints.locked / .excluded, in the order picked; ids
that are not in the register (from a parameters file) are kept and reported, never dropped.

Other features (the map) can pick too: `pick_in_plan(state, ids, "locked" | "excluded" | None)`
changes the working plan's parameters at once (one undoable step, like the dialog's OK), and in
the dialog `InstitutionPicker.pick(ids, ...)` with its `changed` signal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.gui.state import AppState

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("locked", "excluded", "name", "type", "unit", "id")
LOCK, EXCL, NAME, TYPE, UNIT, ID = range(len(COLUMNS))
PICKS = ("locked", "excluded")
ID_PX = 130  # the id column: the names get the room, a cut id shows whole in its tooltip


class InstitutionModel(QAbstractTableModel):
    """The register's institutions, each with its pick: "locked", "excluded" or none."""

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[tuple[str, str, str, str, str]] = []  # id, name, type, unit, search
        self.picks: dict[str, str] = {}  # id → "locked" | "excluded", in the order picked
        self.read()

    def read(self) -> None:
        """The register in the interface language (names, types and units)."""
        self.beginResetModel()
        ds = self.state.dataset
        lang = self.state.language
        self.rows = []
        if ds is not None:
            inst = ds.institutions
            kk = inst["name_kk"] if lang == "kk" and "name_kk" in inst else None
            names = inst["name"] if "name" in inst else inst["inst_id"]
            other = inst["name_kk"] if "name_kk" in inst else names
            units: dict[str, str] = {}
            for i, (iid, name, t, unit, alt) in enumerate(zip(
                    inst["inst_id"], names, inst["type"], inst["unit_code"], other,
                    strict=True)):
                shown = kk.iloc[i] if kk is not None and _text(kk.iloc[i]) else name
                code = _text(unit)
                if code not in units:
                    units[code] = self.state.unit_name(code) if code else ""
                row = (str(iid), _text(shown) or str(iid), label(str(t), lang), units[code])
                # found by either name (ru and kk), the type, the unit and the id
                search = " ".join((*row, _text(name), _text(alt))).casefold()
                self.rows.append((*row, search))
        self.endResetModel()

    def set_picks(self, locked: tuple[str, ...], excluded: tuple[str, ...]) -> None:
        self.beginResetModel()
        self.picks = {i: "excluded" for i in excluded}
        self.picks.update({i: "locked" for i in locked})  # both: locked wins, as the planner does
        self.endResetModel()
        self.changed.emit()

    def ids(self, pick: str) -> tuple[str, ...]:
        return tuple(i for i, p in self.picks.items() if p == pick)

    def pick(self, ids: list[str] | tuple[str, ...], pick: str | None) -> None:
        """Lock, exclude or release (None) these institutions."""
        for iid in ids:
            self.picks.pop(iid, None)
            if pick in PICKS:
                self.picks[iid] = pick
        if self.rows:
            self.dataChanged.emit(self.index(0, LOCK), self.index(len(self.rows) - 1, EXCL))
        self.changed.emit()

    # --- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        lang = self.state.language
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(f"par.pick_col_{COLUMNS[section]}", lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            key = COLUMNS[section]
            return tr(f"par.pick_{key}_tip", lang)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() in (LOCK, EXCL) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        iid, name, kind, unit, _search = self.rows[index.row()]
        c = index.column()
        if c in (LOCK, EXCL):
            if role == Qt.ItemDataRole.CheckStateRole:
                on = self.picks.get(iid) == COLUMNS[c]
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(f"par.pick_{COLUMNS[c]}_tip", self.state.language)
            return None
        text = {NAME: name, TYPE: kind, UNIT: unit, ID: iid}[c]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (LOCK, EXCL):
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        iid = self.rows[index.row()][0]
        self.pick([iid], COLUMNS[index.column()] if on else None)
        return True


class PickedFilter(QSortFilterProxyModel):
    """Rows whose name (kk or ru), type, unit or id contain every word typed; or only the picked."""

    def __init__(self, model: InstitutionModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.words: list[str] = []
        self.picked_only = False

    def set_filter(self, text: str, picked_only: bool) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.picked_only = picked_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, InstitutionModel)
        iid, *_rest, search = model.rows[row]
        if self.picked_only and iid not in model.picks:
            return False
        return all(w in search for w in self.words)


class InstitutionPicker(QWidget):
    """A filter line, the list with its Lock / Exclude boxes, buttons for the selected rows and
    a line saying how many are picked (and which ids the register does not know)."""

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("institutionPicker")
        lang = state.language
        self.model = InstitutionModel(state, self)
        self.proxy = PickedFilter(self.model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("institutionFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(tr("par.pick_filter", lang))
        self.picked_only = QCheckBox(tr("par.pick_only", lang), self)
        self.table = QTableView(self)
        self.table.setObjectName("institutionList")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for c in (LOCK, EXCL, TYPE, UNIT):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)  # the name first
        header.setSectionResizeMode(ID, QHeaderView.ResizeMode.Interactive)  # cut: tooltip
        self.table.setColumnWidth(ID, ID_PX)
        header.setResizeContentsPrecision(200)
        self.buttons = {}
        row = QHBoxLayout()
        for pick in ("locked", "excluded", None):
            button = QPushButton(tr(f"par.pick_{pick or 'release'}", lang), self)
            button.clicked.connect(lambda _=False, p=pick: self.pick(self.selected_ids(), p))
            self.buttons[pick] = button
            row.addWidget(button)
        row.addStretch(1)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.picked_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.filter.textChanged.connect(self._filter)
        self.picked_only.toggled.connect(self._filter)
        self.model.changed.connect(self._picked)
        self._picked()

    # --- the API (the dialog, the map)
    def set_ids(self, locked: tuple[str, ...], excluded: tuple[str, ...]) -> None:
        self.model.set_picks(tuple(locked), tuple(excluded))

    def locked_ids(self) -> tuple[str, ...]:
        return self.model.ids("locked")

    def excluded_ids(self) -> tuple[str, ...]:
        return self.model.ids("excluded")

    def pick(self, ids: list[str] | tuple[str, ...], pick: str | None) -> None:
        """Lock ("locked"), exclude ("excluded") or release (None) these institution ids."""
        self.model.pick(list(ids), pick)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()][0]
                for r in rows]

    def visible_ids(self) -> list[str]:
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()][0]
                for r in range(self.proxy.rowCount())]

    # --- view
    def _filter(self) -> None:
        self.proxy.set_filter(self.filter.text(), self.picked_only.isChecked())
        self._picked()

    def _picked(self) -> None:
        lang = self.state.language
        locked, excluded = self.locked_ids(), self.excluded_ids()
        known = {r[0] for r in self.model.rows}
        unknown = [i for i in (*locked, *excluded) if i not in known]
        notes = [tr("par.pick_shown", lang, shown=self.proxy.rowCount(),
                    total=len(self.model.rows)),
                 tr("par.ids_count", lang, locked=len(locked), excluded=len(excluded))]
        if unknown and self.model.rows:
            notes.append(tr("par.ids_unknown", lang, ids=", ".join(unknown[:5])))
        self.note.setText(" ".join(notes))
        self.changed.emit()


def pick_in_plan(state: AppState, ids: list[str] | tuple[str, ...], pick: str | None) -> None:
    """Lock ("locked"), exclude ("excluded") or release (None) institutions in the working plan's
    parameters: the slot for picking on the map (an institution's pop-up or a lasso)."""
    p = state.params
    c = p.constraints
    chosen = [str(i) for i in ids]
    locked = [i for i in c.locked if i not in chosen]
    excluded = [i for i in c.excluded if i not in chosen]
    if pick == "locked":
        locked += chosen
    elif pick == "excluded":
        excluded += chosen
    state.set_params(replace(p, constraints=replace(c, locked=tuple(dict.fromkeys(locked)),
                                                    excluded=tuple(dict.fromkeys(excluded)))))


def _text(value: object) -> str:
    """A register cell as text ('' for empty or missing)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()
