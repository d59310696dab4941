"""The tabs of the planning parameters dialog: costs, groups, gap weights, limits, units and
institutions, with their spin boxes in ₸, % and Mb/s (ParamsDialog reads and fills them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.planning.parameters import (
    INSTRUMENTS,
)
from kzplanner.gui.planning.allocation_panel import qt_locale
from kzplanner.gui.planning.institution_picker import InstitutionPicker
from kzplanner.gui.state import AppState

TYPES = ("school", "fap", "psc")
AREAS = ("urban", "rural")
GAPS = ("institutional", "device", "internet")


def spin_box(lang: str, maximum: float, decimals: int = 0, suffix: str = "",
          step: float = 1.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setLocale(qt_locale(lang))
    box.setRange(0.0, maximum)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setGroupSeparatorShown(True)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setMinimumWidth(130)
    return box


def percent_box(lang: str) -> QDoubleSpinBox:
    return spin_box(lang, 100.0, 1, " %", 5.0)


def parse_amount(text: str, lang: str) -> float | None:
    """A cell of the limits table: None when empty, else core.formatting.parse_amount of it
    (a share's '%' dropped); ValueError for anything else."""
    from kzplanner.core.formatting import parse_amount as parse

    cleaned = text.replace("%", "").strip()
    return parse(cleaned, lang) if cleaned else None


def number_cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ParamsTabs:
    """Builds the tabs; a base class of ParamsDialog (params_dialog.py), which sets `state`,
    `groups` and `units` first."""

    state: AppState
    groups: tuple[str, ...]
    units: list[str]

    # --- tabs
    def _page(self, intro_key: str, lang: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        v = QVBoxLayout(page)
        intro = QLabel(tr(intro_key, lang))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        v.addWidget(intro)
        return page, v

    def _scroll(self, page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def _costs_tab(self, lang: str) -> QWidget:
        page, v = self._page("par.costs_intro", lang)
        form = QFormLayout()
        self.device_cost = spin_box(lang, 1e9, 0, " ₸", 10_000)
        self.internet_month = spin_box(lang, 1e8, 0, " ₸", 500)
        self.internet_months = QSpinBox()
        self.internet_months.setRange(1, 120)
        self.internet_months.setSuffix(" " + tr("par.months_unit", lang))
        self.overhead = percent_box(lang)
        form.addRow(tr("par.device_cost", lang), self.device_cost)
        form.addRow(tr("par.internet_month", lang), self.internet_month)
        form.addRow(tr("par.internet_months", lang), self.internet_months)
        form.addRow(tr("par.overhead", lang), self.overhead)
        v.addLayout(form)
        self.kit_cost = self._type_area_grid(v, "par.kit_costs", lang)
        self.equipment_cost = self._type_area_grid(v, "par.equipment_costs", lang)
        v.addStretch(1)
        return self._scroll(page)

    def _type_area_grid(self, v: QVBoxLayout, title_key: str,
                        lang: str) -> dict[tuple[str, str], QDoubleSpinBox]:
        """A titled grid of prices: institution types × urban/rural."""
        title = QLabel(tr(title_key, lang))
        title.setWordWrap(True)
        v.addWidget(title)
        grid = QGridLayout()
        boxes: dict[tuple[str, str], QDoubleSpinBox] = {}
        for c, area in enumerate(AREAS, 1):
            grid.addWidget(QLabel(tr(f"par.{area}", lang)), 0, c)
        for r, t in enumerate(TYPES, 1):
            grid.addWidget(QLabel(label(t, lang)), r, 0)
            for c, area in enumerate(AREAS, 1):
                box = spin_box(lang, 1e10, 0, " ₸", 100_000)
                boxes[(t, area)] = box
                grid.addWidget(box, r, c)
        v.addLayout(grid)
        return boxes

    def _groups_tab(self, lang: str) -> QWidget:
        page, v = self._page("par.groups_intro", lang)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("par.takeup", lang)), 0, 1)
        grid.addWidget(QLabel(tr("par.priority", lang)), 0, 2)
        part_of = QLabel(tr("par.part_of", lang))
        part_of.setToolTip(tr("par.part_of_tip", lang))
        grid.addWidget(part_of, 0, 3)
        self.takeup: dict[str, QDoubleSpinBox] = {}
        self.priority: dict[str, QDoubleSpinBox] = {}
        self.part_of: dict[str, QComboBox] = {}
        for r, g in enumerate(self.groups, 1):
            name = QLabel(label(g, lang))
            name.setWordWrap(True)
            grid.addWidget(name, r, 0)
            self.takeup[g] = percent_box(lang)
            self.priority[g] = spin_box(lang, 100.0, 2, "", 0.1)
            grid.addWidget(self.takeup[g], r, 1)
            grid.addWidget(self.priority[g], r, 2)
            combo = QComboBox()
            combo.setToolTip(tr("par.part_of_tip", lang))
            combo.addItem("—", None)
            for other in self.groups:
                if other != g:
                    combo.addItem(label(other, lang), other)
            self.part_of[g] = combo
            grid.addWidget(combo, r, 3)
        r = len(self.groups) + 1
        grid.addWidget(QLabel(tr("par.other_takeup", lang)), r, 0)
        self.default_takeup = percent_box(lang)
        grid.addWidget(self.default_takeup, r, 1)
        grid.setColumnStretch(0, 1)
        v.addLayout(grid)
        v.addStretch(1)
        return self._scroll(page)

    def _weights_tab(self, lang: str) -> QWidget:
        page, v = self._page("par.weights_intro", lang)
        gaps = QLabel(tr("par.gap_weights", lang))
        gaps.setWordWrap(True)
        v.addWidget(gaps)
        form2 = QFormLayout()
        self.gap_weight: dict[str, QDoubleSpinBox] = {}
        for gname in GAPS:
            self.gap_weight[gname] = spin_box(lang, 100.0, 2, "", 0.05)
            form2.addRow(label(f"{gname}_gap", lang), self.gap_weight[gname])
        v.addLayout(form2)
        bench = QLabel(tr("par.benchmarks", lang))
        bench.setWordWrap(True)
        v.addWidget(bench)
        form3 = QFormLayout()
        self.benchmark: dict[str, QDoubleSpinBox] = {}
        for t in TYPES:
            self.benchmark[t] = spin_box(lang, 10_000.0, 1, " " + tr("par.mbps", lang), 1.0)
            form3.addRow(label(t, lang), self.benchmark[t])
        v.addLayout(form3)
        v.addStretch(1)
        return self._scroll(page)

    def _limits_tab(self, lang: str) -> QWidget:
        page, v = self._page("par.limits_intro", lang)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("par.share", lang)), 0, 1)
        grid.addWidget(QLabel(tr("par.envelope", lang)), 0, 2)
        grid.addWidget(QLabel(tr("par.cap", lang)), 0, 3, 1, 2)
        self.share: dict[str, QDoubleSpinBox] = {}
        self.envelope: dict[str, QDoubleSpinBox] = {}
        self.cap_on: dict[str, QCheckBox] = {}
        self.cap: dict[str, QDoubleSpinBox] = {}
        for r, inst in enumerate(INSTRUMENTS, 1):
            grid.addWidget(QLabel(label(inst, lang)), r, 0)
            self.share[inst] = percent_box(lang)
            self.envelope[inst] = percent_box(lang)
            self.cap_on[inst] = QCheckBox(tr("par.cap_on", lang))
            self.cap[inst] = percent_box(lang)
            self.cap_on[inst].toggled.connect(self.cap[inst].setEnabled)
            grid.addWidget(self.share[inst], r, 1)
            grid.addWidget(self.envelope[inst], r, 2)
            grid.addWidget(self.cap_on[inst], r, 3)
            grid.addWidget(self.cap[inst], r, 4)
        grid.setColumnStretch(0, 1)
        v.addLayout(grid)
        v.addStretch(1)
        return self._scroll(page)

    def _units_tab(self, lang: str) -> QWidget:
        page, v = self._page("par.units_intro", lang)
        self.unit_table = QTableWidget(len(self.units), 4)
        self.unit_table.setObjectName("unitLimits")
        self.unit_table.setHorizontalHeaderLabels([tr("par.unit", lang),
                                                   tr("par.unit_min", lang),
                                                   tr("par.unit_max", lang),
                                                   tr("par.unit_max_share", lang)])
        self.unit_table.verticalHeader().hide()
        for r, code in enumerate(self.units):
            name = QTableWidgetItem(self.state.unit_name(code))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, code)
            self.unit_table.setItem(r, 0, name)
        header = self.unit_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        v.addWidget(self.unit_table, 1)
        return page

    def _institutions_tab(self, lang: str) -> QWidget:
        page, v = self._page("par.inst_intro", lang)
        self.picker = InstitutionPicker(self.state, page)
        v.addWidget(self.picker, 1)
        return page

    # --- values
