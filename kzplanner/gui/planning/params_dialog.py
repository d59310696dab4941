"""The planning parameters in plain language, with units (₸, %, Mb/s); TOML load and save.

Shares are shown as percentages and stored as 0..1. OK hands the new PlanParams to
AppState.set_params, which the project session records as one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import plain, tr
from kzplanner.core.formatting import format_number
from kzplanner.core.planning.parameters import (
    INSTRUMENTS,
    Constraints,
    CostCatalogue,
    PlanParams,
)
from kzplanner.errors import KZError
from kzplanner.gui import settings
from kzplanner.gui.messages import show_message
from kzplanner.gui.planning.params_tabs import (
    AREAS,
    TYPES,
    ParamsTabs,
    number_cell,
    parse_amount,
)
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.state import AppState


class ParamsDialog(ParamsTabs, QDialog):
    """The planning parameters, on tabs (params_tabs.py); OK applies them to the state."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("paramsDialog")
        self.last_box: QMessageBox | None = None
        lang = state.language
        self.setWindowTitle(plain(tr("par.title", lang)))
        fit_to_screen(self, 900, 640)  # room for the institutions' names
        ds = state.dataset
        self.groups = tuple(ds.groups) if ds is not None else tuple(state.params.takeup)
        self.units = [str(c) for c in ds.units.index] if ds is not None else []
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._costs_tab(lang), tr("par.tab_costs", lang))
        self.tabs.addTab(self._groups_tab(lang), tr("par.tab_groups", lang))
        self.tabs.addTab(self._weights_tab(lang), tr("par.tab_weights", lang))
        self.tabs.addTab(self._limits_tab(lang), tr("par.tab_limits", lang))
        self.tabs.addTab(self._units_tab(lang), tr("par.tab_units", lang))
        self.tabs.addTab(self._institutions_tab(lang), tr("par.tab_institutions", lang))
        self.load_button = QPushButton(tr("par.load", lang), self)
        self.save_button = QPushButton(tr("par.save", lang), self)
        self.reset_button = QPushButton(tr("par.reset", lang), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("par.apply", lang))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("proj.cancel", lang))
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.load_button.clicked.connect(self.ask_load)
        self.save_button.clicked.connect(self.ask_save)
        self.reset_button.clicked.connect(lambda: self.show_params(PlanParams(
            budget_kzt=self.state.params.budget_kzt, strategy=self.state.params.strategy,
            equity=self.state.params.equity)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._base = state.params
        self.show_params(state.params)

    def show_params(self, p: PlanParams) -> None:
        c = p.costs
        self.device_cost.setValue(c.device_voucher_kzt)
        self.internet_month.setValue(c.internet_monthly_kzt)
        self.internet_months.setValue(int(c.internet_months))
        self.overhead.setValue(100 * c.voucher_overhead_share)
        for (t, area), box in self.kit_cost.items():
            box.setValue(c.kit_kzt.get(t, {}).get(area, 0.0))
        for (t, area), box in self.equipment_cost.items():
            box.setValue(c.equipment_kzt.get(t, {}).get(area, 0.0))
        for g in self.groups:
            self.takeup[g].setValue(100 * p.takeup_of(g))
            self.priority[g].setValue(p.priority.get(g, 1.0))
            combo = self.part_of[g]
            combo.setCurrentIndex(max(combo.findData(p.rules.group_part_of.get(g)), 0))
        self.default_takeup.setValue(100 * p.default_takeup)
        for gname, box in self.gap_weight.items():
            box.setValue(p.rules.gap_weights.get(gname, 0.0))
        for t, box in self.benchmark.items():
            box.setValue(p.rules.benchmarks_mbps.get(t, 0.0))
        caps = p.constraints.instrument_max_share
        for inst in INSTRUMENTS:
            self.share[inst].setValue(100 * p.instrument_shares.get(inst, 0.0))
            self.envelope[inst].setValue(100 * p.envelope_shares.get(inst, 0.0))
            self.cap_on[inst].setChecked(inst in caps)
            self.cap[inst].setEnabled(inst in caps)
            self.cap[inst].setValue(100 * caps.get(inst, 1.0))
        lang = self.state.language
        cons = p.constraints
        for r, code in enumerate(self.units):
            for col, table in ((1, cons.unit_min_kzt), (2, cons.unit_max_kzt)):
                value = table.get(code)
                self.unit_table.setItem(r, col, number_cell("" if value is None
                                                      else format_number(value, lang)))
            share = cons.unit_max_share.get(code)
            self.unit_table.setItem(r, 3, number_cell("" if share is None
                                                else format_number(100 * share, lang, 1)))
        self.picker.set_ids(tuple(cons.locked), tuple(cons.excluded))
        self._base = p

    def params(self) -> PlanParams:
        """The PlanParams the form shows (on top of the budget, strategy and equity it opened
        with); KZError('bad_parameter') naming the cell for an unreadable unit limit."""
        base = self._base
        costs = CostCatalogue(
            device_voucher_kzt=self.device_cost.value(),
            internet_monthly_kzt=self.internet_month.value(),
            internet_months=self.internet_months.value(),
            voucher_overhead_share=self.overhead.value() / 100,
            kit_kzt={t: {a: self.kit_cost[(t, a)].value() for a in AREAS} for t in TYPES},
            equipment_kzt={t: {a: self.equipment_cost[(t, a)].value() for a in AREAS}
                           for t in TYPES})
        takeup = dict(base.takeup)
        takeup.update({g: self.takeup[g].value() / 100 for g in self.groups})
        priority = {g: self.priority[g].value() for g in self.groups
                    if abs(self.priority[g].value() - 1.0) > 1e-12 or g in base.priority}
        # "of which" declarations of groups not loaded stay as they are
        part_of = {g: p for g, p in base.rules.group_part_of.items() if g not in self.groups}
        part_of.update({g: str(self.part_of[g].currentData()) for g in self.groups
                        if self.part_of[g].currentData()})
        rules = replace(base.rules,
                        benchmarks_mbps={t: b.value() for t, b in self.benchmark.items()},
                        gap_weights={g: b.value() for g, b in self.gap_weight.items()},
                        group_part_of=part_of)
        unit_min: dict[str, float] = {}
        unit_max: dict[str, float] = {}
        unit_share: dict[str, float] = {}
        for r, code in enumerate(self.units):
            for col, target, scale in ((1, unit_min, 1.0), (2, unit_max, 1.0),
                                       (3, unit_share, 0.01)):
                item = self.unit_table.item(r, col)
                text = item.text() if item is not None else ""
                try:
                    value = parse_amount(text, self.state.language)
                except ValueError:
                    raise KZError("bad_parameter", row=r + 1, column=self.unit_table
                                  .horizontalHeaderItem(col).text(), detail=text) from None
                if value is not None:
                    target[code] = value * scale
        constraints = Constraints(
            instrument_max_share={i: self.cap[i].value() / 100 for i in INSTRUMENTS
                                  if self.cap_on[i].isChecked()},
            unit_min_kzt=unit_min, unit_max_kzt=unit_max, unit_max_share=unit_share,
            locked=self.picker.locked_ids(), excluded=self.picker.excluded_ids())
        params = replace(base, costs=costs, takeup=takeup,
                         default_takeup=self.default_takeup.value() / 100, priority=priority,
                         instrument_shares={i: self.share[i].value() / 100 for i in INSTRUMENTS},
                         envelope_shares={i: self.envelope[i].value() / 100
                                          for i in ("kit", "device_voucher", "internet_voucher")},
                         rules=rules, constraints=constraints)
        params.validate()
        return params

    # --- buttons
    def apply(self) -> None:
        try:
            params = self.params()
        except KZError as exc:
            lang = self.state.language
            self.last_box = show_message(self, tr("dlg.problem_title", lang), exc.message(lang),
                                         lang)
            return
        self.state.set_params(params)
        self.accept()

    def ask_load(self) -> None:
        lang = self.state.language
        path, _ = QFileDialog.getOpenFileName(self, tr("par.load", lang),
                                              str(settings.read("last_dir") or Path.home()),
                                              tr("par.filter", lang))
        if path:
            self.load_from(path)

    def load_from(self, path: str | Path) -> bool:
        from kzplanner.core.io.read.params_file import read_params

        lang = self.state.language
        try:
            params = read_params(path)
        except KZError as exc:
            self.last_box = show_message(self, tr("dlg.problem_title", lang), exc.message(lang),
                                         lang)
            return False
        self.show_params(params)
        return True

    def ask_save(self) -> None:
        lang = self.state.language
        folder = Path(str(settings.read("last_dir") or Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, tr("par.save", lang),
                                              str(folder / "parameters.toml"),
                                              tr("par.filter", lang))
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        from kzplanner.core.io.write.params_file import write_params

        lang = self.state.language
        try:
            write_params(path, self.params())
        except KZError as exc:
            self.last_box = show_message(self, tr("dlg.problem_title", lang), exc.message(lang),
                                         lang)
            return False
        return True

