"""The "Villages without access" dock: the type chooser and its reach, the place weights, the
list of settlements not covered for that type (sortable by population) and the next-kit
ranking. Linked both ways with the map through the state's selected settlement."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.display.settlement_text import (
    KIT_COLUMNS,
    NEXT_COLUMNS,
    PLANNED_COLUMN,
    VILLAGE_COLUMNS,
    inst_names,
    kit_village_rows,
    next_kit_rows,
    summary_line,
    village_rows,
)
from kzplanner.app.strings import tr
from kzplanner.gui.settlements.rows_model import Row, RowsModel
from kzplanner.gui.settlements.widgets import ElidedLabel, rows_table
from kzplanner.gui.state import AppState
from kzplanner.gui.state_settlements import KINDS
from kzplanner.gui.tasks import TaskKind


class VillagesPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(5)
        for kind in KINDS:
            self.kind_combo.addItem(kind, kind)
        self.reach_label = QLabel(self)
        self.reach_spin = QDoubleSpinBox(self)
        self.reach_spin.setRange(0.5, 200.0)
        self.reach_spin.setDecimals(1)
        self.reach_spin.setSingleStep(1.0)
        self.reach_spin.setKeyboardTracking(False)  # recompute when typing is done
        self.weights_button = QPushButton(self)
        self.summary = ElidedLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 2)
        for w in (self.kind_label, self.kind_combo, self.reach_label, self.reach_spin,
                  self.weights_button):
            top.addWidget(w)
        top.addWidget(self.summary, 1)

        self.model = RowsModel(self)
        self.table = rows_table(self, self.model)
        self.hide_planned = QCheckBox(self)  # after the plan: hide the villages it covers
        self.hide_planned.toggled.connect(lambda _on: self.refresh())
        villages_page = QWidget(self)
        vl = QVBoxLayout(villages_page)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self.hide_planned)
        vl.addWidget(self.table, 1)
        self.next_model = RowsModel(self)
        self.next_table = rows_table(self, self.next_model)
        self.next_note = QLabel(self)
        self.next_note.setObjectName("hint")
        self.next_note.setWordWrap(True)
        next_page = QWidget(self)
        nl = QVBoxLayout(next_page)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.next_note)
        nl.addWidget(self.next_table, 1)
        self.kits_model = RowsModel(self)
        self.kits_table = rows_table(self, self.kits_model)
        self.kits_note = QLabel(self)
        self.kits_note.setObjectName("hint")
        self.kits_note.setWordWrap(True)
        kits_page = QWidget(self)
        kl = QVBoxLayout(kits_page)
        kl.setContentsMargins(0, 0, 0, 0)
        kl.addWidget(self.kits_note)
        kl.addWidget(self.kits_table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(villages_page, "")
        self.tabs.addTab(next_page, "")
        self.tabs.addTab(kits_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._next_stale = self._kits_stale = True
        self._names: dict[str, str] = {}
        self._names_of: tuple[object, str] | None = None  # (institutions, language) named
        self.shown_after = False  # the list shows what the plan shown covers

        self.kind_combo.currentIndexChanged.connect(
            lambda i: state.set_settlement_kind(str(self.kind_combo.itemData(i))))
        self.reach_spin.valueChanged.connect(
            lambda v: state.set_reach_km(state.settlement_kind, float(v)))
        self.weights_button.clicked.connect(self._ask_weights)
        self.table.selectionModel().currentRowChanged.connect(self._row_picked)
        self.table.clicked.connect(lambda index: self._row_picked(index, None))
        self.next_table.doubleClicked.connect(self._next_picked)
        self.tabs.currentChanged.connect(lambda _i: self._fill_next())
        self.tabs.currentChanged.connect(lambda _i: self._fill_kits())
        self.kits_table.clicked.connect(
            lambda index: self.state.select_settlement(self.kits_model.key_at(index.row())))
        state.result_changed.connect(self._result_changed)
        state.map_mode_changed.connect(self._follow_view)  # after the plan: the plan's column
        state.settlements_changed.connect(self.refresh)
        state.dataset_changed.connect(self.refresh)
        state.language_changed.connect(self.retranslate)
        state.settlement_selected.connect(self._follow_selection)
        self.retranslate()

    # --- texts and rows
    def retranslate(self) -> None:
        lang = self.state.language
        self.kind_label.setText(tr("set.kind", lang))
        for i, kind in enumerate(KINDS):
            self.kind_combo.setItemText(i, tr(f"set.kind.{kind}", lang))
            self.kind_combo.setItemData(i, tr(f"inst.type.{kind}", lang),
                                        Qt.ItemDataRole.ToolTipRole)
        self.reach_label.setText(tr("set.reach", lang))
        # 15,0 in kk and ru (decimal comma, as core.formatting writes numbers), 15.0 in en
        self.reach_spin.setLocale(QLocale(QLocale.Language.English if lang == "en"
                                          else QLocale.Language.Russian))
        self.reach_spin.setToolTip(tr("set.reach_tip", lang))
        self.reach_label.setToolTip(tr("set.reach_tip", lang))
        self.weights_button.setText(tr("set.weights", lang))
        self.weights_button.setToolTip(tr("set.weights_note", lang))
        self.hide_planned.setText(tr("set.hide_planned", lang))
        self.hide_planned.setToolTip(tr("set.hide_planned_tip", lang))
        self.tabs.setTabText(0, tr("set.tab_villages", lang))
        self.tabs.setTabText(1, tr("set.tab_next", lang))
        self.tabs.setTabText(2, tr("set.tab_kits", lang))
        self.kits_note.setText(tr("set.kits_note", lang))
        self.next_note.setText(tr("set.next.note", lang))
        self.refresh()

    def refresh(self) -> None:
        state, lang = self.state, self.state.language
        kind = state.settlement_kind
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(KINDS.index(kind))
        self.kind_combo.blockSignals(False)
        self.reach_spin.blockSignals(True)
        self.reach_spin.setValue(state.reach_km().get(kind, 0.0))
        self.reach_spin.blockSignals(False)
        ds = state.dataset
        layer = getattr(ds, "settlements", None) if ds is not None else None
        coverage = getattr(ds, "coverage", None) if ds is not None else None
        has = layer is not None and coverage is not None
        for w in (self.kind_combo, self.reach_spin, self.weights_button):
            w.setEnabled(has)
        self._next_stale = self._kits_stale = True
        planned = self.planned(kind) if has else None  # after the plan: what it covers
        self.hide_planned.setVisible(planned is not None)
        self.shown_after = planned is not None
        if not has:
            self.kits_model.set_rows([tr(c, lang) for c in KIT_COLUMNS], [])
            self.model.set_rows([tr(c, lang) for c in VILLAGE_COLUMNS], [])
            self.summary.setText(tr("set.empty", lang))
            self.next_model.set_rows([tr(c, lang) for c in NEXT_COLUMNS], [])
            return
        from kzplanner.core.settlements import villages_without_access

        villages = villages_without_access(layer, coverage, kind)
        named = self._names_of
        if named is None or named[0] is not ds.institutions or named[1] != lang:
            self._names, self._names_of = inst_names(ds.institutions, lang), (ds.institutions, lang)
        units = state.map_data.unit_names(lang) if state.map_data is not None else {}
        tip = tr("set.estimated_tip", lang)
        hide = planned is not None and self.hide_planned.isChecked()
        rows = [Row(r.settlement_id, r.cells,
                    (r.cells[0].casefold(), r.cells[1].casefold(), r.population,
                     r.cells[3].casefold(), r.km, *r.cells[5:]),
                    tip if r.estimated else "")
                for r in village_rows(villages, lang, units, self._names, planned, hide)]
        columns = [tr(c, lang) for c in VILLAGE_COLUMNS] + (
            [tr(PLANNED_COLUMN, lang)] if planned is not None and not hide else [])
        self.model.set_rows(columns, rows, numeric=(2, 4))
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        mark_w = self.table.fontMetrics().horizontalAdvance(columns[-1]) + 30
        self._fit(self.table, (150, 140, 95, 190, 55, 125, mark_w)[:len(columns)])
        line = summary_line(villages, kind, state.reach_km().get(kind, 0.0), lang, planned)
        self.summary.setText(line)
        self._follow_selection()
        self._fill_next()
        self._fill_kits()

    def planned(self, kind: str) -> set[str] | None:
        """The map's after-the-plan and change views of a plan made with settlements: the
        settlements it covers for `kind` (else None: the list as before any plan)."""
        from kzplanner.app.display.settlement_points import covered_after_ids, shows_after

        result = self.state.result
        return covered_after_ids(result, kind) if shows_after(self.state.map_mode, result) \
            else None

    def _follow_view(self, new_plan: bool = False) -> bool:
        """The map's view (or the plan) changed: the list follows when it shows, or is to
        show, what the plan covers (not between "after the plan" and "change"); True when
        it did."""
        from kzplanner.app.display.settlement_points import shows_after

        after = shows_after(self.state.map_mode, self.state.result)
        if after != self.shown_after or (after and new_plan):
            self.refresh()
            return True
        return False

    def _result_changed(self) -> None:
        if self._follow_view(new_plan=True):
            return  # refreshed: the plan's column and filter follow the new plan
        self._next_stale = self._kits_stale = True
        self._fill_next()
        self._fill_kits()

    def _fill_kits(self) -> None:
        """The plan's kits with the settlements each newly covers (when its tab is shown),
        found in the background (a catchment per kit); the rows land on the GUI thread."""
        if self.tabs.currentIndex() != 2 or not self._kits_stale:
            return
        state = self.state
        ds, prepared, result = state.dataset, state.prepared, state.result
        layer = getattr(ds, "settlements", None) if ds is not None else None
        if layer is None or prepared is None or result is None:
            return
        from kzplanner.core.settlements import kit_villages_of

        token, reach = self._token(), state.reach_km()
        access, kits, institutions = prepared.access, result.kits, ds.institutions
        self._kits_stale = False

        def done(villages: Any) -> None:
            if token != self._token():  # the data, plan or language changed meanwhile
                self._kits_stale = True
                return self._fill_kits()
            lang = self.state.language
            rows = [Row(key, cells, keys)
                    for key, cells, keys in kit_village_rows(villages, lang, self._names)]
            self.kits_model.set_rows([tr(c, lang) for c in KIT_COLUMNS], rows, numeric=(3, 4))
            self._fit(self.kits_table, (220, 60, 200, 95, 55))
            return None

        state.tasks.submit(TaskKind.KIT_VILLAGES,
                           lambda _fb: kit_villages_of(layer, institutions, access, kits, reach),
                           done, lambda exc: self._failed(TaskKind.KIT_VILLAGES, exc))

    def _token(self) -> tuple:
        """What the next-kit and kit tables were computed from."""
        state = self.state
        return (id(state.dataset), id(state.result), id(state.prepared),
                tuple(sorted(state.reach_km().items())), state.language)

    def _failed(self, kind: TaskKind, exc: BaseException) -> None:
        if kind == TaskKind.KIT_VILLAGES:
            self._kits_stale = True
        else:
            self._next_stale = True
        self.state.error_raised.emit(kind, exc)

    def _fit(self, view: QTableView, widths: tuple[int, ...]) -> None:
        """Fixed starting widths (no measuring of thousands of rows); the first column takes
        the room left, every column stays resizable, a cut text has its tooltip."""
        from PySide6.QtWidgets import QHeaderView

        header = view.horizontalHeader()
        for c, w in enumerate(widths):
            view.setColumnWidth(c, w)
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_next(self) -> None:
        """The next-kit ranking, computed in the background when its tab is shown (a cKDTree
        query per institution without access)."""
        if self.tabs.currentIndex() != 1 or not self._next_stale:
            return
        state = self.state
        ds, prepared = state.dataset, state.prepared
        layer = getattr(ds, "settlements", None) if ds is not None else None
        if layer is None or prepared is None:
            return
        from kzplanner.core.settlements import next_kits

        kits = state.result.items.kits if state.result is not None else None
        costs = (kits.set_index("inst_id")["cost_kzt"] if kits is not None
                 and "cost_kzt" in kits.columns else None)
        if costs is None:
            return
        token, reach = self._token(), state.reach_km()
        access, institutions = prepared.access, ds.institutions
        self._next_stale = False

        def done(ranking: Any) -> None:
            if token != self._token():
                self._next_stale = True
                return self._fill_next()
            lang = self.state.language
            units = state.map_data.unit_names(lang) if state.map_data is not None else {}
            rows = [Row(key, cells, (cells[0].casefold(), cells[1], cells[2].casefold(),
                                     *nums[3:]))
                    for key, cells, nums in next_kit_rows(ranking.head(500), lang, units,
                                                          self._names)]
            self.next_model.set_rows([tr(c, lang) for c in NEXT_COLUMNS], rows,
                                     numeric=(3, 4, 5))
            self._fit(self.next_table, (200, 60, 140, 120, 110, 110))
            return None

        state.tasks.submit(TaskKind.NEXT_KITS,
                           lambda _fb: next_kits(layer, institutions, access, costs, reach),
                           done, lambda exc: self._failed(TaskKind.NEXT_KITS, exc))

    # --- the link with the map
    def _row_picked(self, current, _previous) -> None:  # noqa: ANN001 - QModelIndex
        key = self.model.key_at(current.row()) if current.isValid() else ""
        if key:
            self.state.select_settlement(key)

    def _follow_selection(self) -> None:
        row = self.model.row_of(self.state.selected_settlement)
        sel = self.table.selectionModel()
        if row < 0:  # none picked, or a covered one (not in the list)
            sel.blockSignals(True)
            sel.clear()
            sel.blockSignals(False)
            self.table.viewport().update()
            return
        index = self.model.index(row, 0)
        if sel.currentIndex().row() == row:
            return
        sel.blockSignals(True)
        sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
        sel.blockSignals(False)
        self.table.scrollTo(index)
        self.table.viewport().update()

    def _next_picked(self, index) -> None:  # noqa: ANN001 - QModelIndex
        key = self.next_model.key_at(index.row())
        prepared = self.state.prepared
        if key and prepared is not None:
            inst = prepared.dataset.institutions
            unit = inst.loc[inst["inst_id"].astype(str) == key, "unit_code"]
            if len(unit):
                self.state.select_units([str(unit.iloc[0])])

    def _ask_weights(self) -> None:
        from kzplanner.gui.settlements.weights_dialog import ask_weights

        weights = ask_weights(self, self.state.place_weights(), self.state.language)
        if weights is not None:
            self.state.set_place_weights(weights)
