"""Projected versus actual after importing actuals: table per unit and total, reasons in the
interface language, the sorted bar chart and the Excel export."""

from __future__ import annotations

import openpyxl
import pytest

from kzplanner.core.variance import TOTAL, VARIANCE_CODES, projection_per_unit

from .conftest import PLAN_TIMEOUT_MS
from .test_import_wizard import shot_dir


class Host:
    """A bare main window with File and Help menus: the data features installed on it, as
    MainWindow._install_features does (independent of the other panels)."""

    def __init__(self, state):
        from PySide6.QtWidgets import QMainWindow

        from kzplanner.gui.data.template_action import DataFeatures

        self.win = QMainWindow()
        self.state = state
        self.data_features = DataFeatures(self.win, state)
        self.data_features.retranslate()
        state.language_changed.connect(self.data_features.retranslate)


def planned_host(oblasts: bool = False):
    """The sample loaded with a proportional 2 bn ₸ plan, on a Host (generator: shut down
    after the last yield); `oblasts`: on today's oblasts (the district rows summed)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.state import AppState

    state = AppState(language="en")
    state.set_params(PlanParams(budget_kzt=2e9, strategy="proportional"))
    if oblasts:
        from kzplanner import paths

        state.load(paths.bundled_boundaries("adm1"), paths.sample_statistics(),
                   paths.sample_institutions())
    else:
        state.load()
    deadline = QDeadlineTimer(PLAN_TIMEOUT_MS)
    while not (state.result is not None and not state.busy) and not deadline.hasExpired():
        QCoreApplication.processEvents()
    assert state.result is not None
    host = Host(state)
    yield host
    state.shutdown()


@pytest.fixture(scope="module")
def window(styled_app):
    yield from planned_host()


@pytest.fixture
def actuals_file(window, tmp_path):
    """Unit a: device take-up 60 % of issued; unit b: two kits fewer and 25 % dearer; unit c
    sent nothing; the rest as planned."""
    projected = projection_per_unit(window.state.result)
    act = projected.copy()
    busy = act[(act["device_voucher_issued"] > 0) | (act["kits_installed"] > 2)].index
    with_kits = act[act["kits_installed"] > 2].index
    a = next(c for c in busy if act.loc[c, "device_voucher_issued"] > 10)
    b = next(c for c in with_kits if c != a)
    c = next(u for u in act.index if u not in (a, b))
    act.loc[a, "device_voucher_redeemed"] = 0.6 * act.loc[a, "device_voucher_issued"]
    cost = act.loc[b, "kit_spent_kzt"] / act.loc[b, "kits_installed"]
    act.loc[b, "kits_installed"] -= 2
    act.loc[b, "kit_spent_kzt"] = act.loc[b, "kits_installed"] * cost * 1.25
    act["spent_kzt"] = (act["device_voucher_spent_kzt"] + act["internet_voucher_spent_kzt"]
                        + act["kit_spent_kzt"])
    act = act.drop(index=c)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "факт"
    ws.append(["Фактическое исполнение программы, 2025"])
    ws.append(["unit_code", *act.columns])
    for code, row in act.iterrows():
        ws.append([code, *[float(v) for v in row]])
    path = tmp_path / "факт 2025.xlsx"
    wb.save(path)
    return path, a, b, c


def test_projected_versus_actual_view_after_importing_actuals(window, qtbot, actuals_file,
                                                             tmp_path):
    path, a, b, c = actuals_file
    features = window.data_features
    assert features.act_actuals.isEnabled()
    features.ask_actuals(str(path))
    qtbot.waitUntil(lambda: features.actuals_dialog is not None, timeout=PLAN_TIMEOUT_MS)
    dialog = features.actuals_dialog
    qtbot.addWidget(dialog)
    state = window.state
    n_units = len(state.dataset.units)
    assert dialog.table.rowCount() == n_units + 1
    last = dialog.table.rowCount() - 1
    assert dialog.table.item(last, 0).text() == "Total"
    assert "1 planned units sent no actuals" in dialog.source.text()

    def row_of(code):
        name = state.unit_name(code)
        return next(r for r in range(last) if dialog.table.item(r, 0).text() == name)

    dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("device_voucher_redeemed"))
    why_a = dialog.table.item(row_of(a), 5).text()
    assert VARIANCE_CODES["takeup_lower"]["en"] in why_a
    assert dialog.table.item(row_of(a), 3).text().startswith("-")
    assert VARIANCE_CODES["not_reported"]["en"] in dialog.table.item(row_of(c), 5).text()
    assert dialog.table.item(row_of(c), 2).text() == "—"
    dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("kits_installed"))
    assert dialog.table.item(row_of(b), 3).text() == "-2"
    assert VARIANCE_CODES["cost_higher"]["en"] in dialog.table.item(row_of(b), 5).text()
    # the chart: one bar per unit that differs, labelled by name
    ticks = dialog.plot.getAxis("left")._tickLevels[0]
    assert [t[1] for t in ticks] == [state.unit_name(b)[:28]]
    # reasons tab, in Russian after switching language
    state.set_language("ru")
    texts = [dialog.reasons.item(r, 2).text() for r in range(dialog.reasons.rowCount())]
    assert VARIANCE_CODES["takeup_lower"]["ru"] in texts
    assert dialog.table.item(last, 0).text() == "Итого"
    for lang in ("ru", "kk"):
        state.set_language(lang)
        qtbot.wait(50)
        dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("spent_kzt"))
        dialog.grab().save(str(shot_dir() / f"actuals_{lang}.png"))
        dialog.tabs.setCurrentIndex(1)
        dialog.grab().save(str(shot_dir() / f"actuals_reasons_{lang}.png"))
        dialog.tabs.setCurrentIndex(0)
    state.set_language("en")
    # export
    out = tmp_path / "compare.xlsx"
    dialog.ask_export(str(out))
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20_000)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Projected vs actual", "Reasons"]
    ws = wb["Projected vs actual"]
    header = [c.value for c in ws[1]]
    assert header[:2] == ["Unit code", "Unit"] and "Spent, ₸ — Projected" in header
    assert ws.max_row == n_units + 2
    assert ws.cell(ws.max_row, 2).value == "Total"
    comparison = dialog.data.comparison
    assert comparison.index[-1] == TOTAL

