"""Actuals in an office's own layout through the import wizard, to the projected-versus-actual
view: Follow-up → Load actuals opens the wizard for a file that is not canonical, the columns page
offers the actuals measures, the check page reconciles unit names (one fuzzy match confirmed, one
row left out), Finish shows the comparison holding the file's values, and next year's file reuses
the saved mapping with its decisions. A canonical file still goes straight to the view."""

from __future__ import annotations

import json

import pytest

from kzplanner.app.actuals import format_measure
from kzplanner.app.load.detect import default_mapping_path
from kzplanner.core.catalogue import label
from kzplanner.core.variance import MEASURES, TOTAL, projection_per_unit
from tests.core.actuals_files import ROWS, odd_workbook

from .conftest import PLAN_TIMEOUT_MS
from .test_actuals_view import planned_host
from .test_import_wizard import drive_to_check, shot_dir

# the office's file: the shared rows plus a misspelt oblast the planner confirms
FIRST = {**ROWS, "550000000": ("Павлодраская", 500, 400, 50_000_000, 5, 150_000_000)}
NEXT = {code: (name, *[v * 2 for v in values]) for code, (name, *values) in FIRST.items()}


@pytest.fixture(scope="module")
def host(styled_app):
    yield from planned_host(oblasts=True)  # the office reports by oblast


def _open_wizard(host, qtbot, path):
    features = host.data_features
    features.actuals_wizard = None
    features.ask_actuals(str(path))
    qtbot.waitUntil(lambda: features.actuals_wizard is not None, timeout=20_000)
    wiz = features.actuals_wizard
    qtbot.addWidget(wiz)
    qtbot.waitUntil(lambda: wiz.detection is not None and not wiz.busy, timeout=20_000)
    return wiz


def _finish(host, wiz, qtbot):
    features = host.data_features
    old = features.actuals_dialog
    wiz.accept()
    qtbot.waitUntil(lambda: features.actuals_dialog is not None
                    and features.actuals_dialog is not old, timeout=PLAN_TIMEOUT_MS)
    return features.actuals_dialog  # the features own it (the next one replaces it)


def _table_row(dialog, text):
    return next(r for r in range(dialog.table.rowCount())
                if dialog.table.item(r, 0).text() == text)


def test_office_actuals_through_the_wizard_to_the_comparison_and_mapping_reused(host, qtbot,
                                                                               tmp_path):
    state = host.state
    folder = tmp_path / "Өңірлер есебі"
    path = odd_workbook(folder / "факт 2025.xlsx", rows=FIRST)
    wiz = _open_wizard(host, qtbot, path)
    assert wiz.kind == "actuals" and wiz.windowTitle() == "Import actuals"
    assert "Факт 2025" in wiz.file_page.status.text()
    assert not wiz.file_page.offer_check.isVisible()  # nothing saved yet

    # layout: headers over two merged rows, units by name; institution ids can be chosen
    wiz.next()
    page = wiz.layout_page
    assert (page.header_from.value(), page.header_to.value()) == (3, 4)
    assert page.unit_combo.currentData() == "A" and page.kind_combo.currentData() == "name"
    assert page.kind_combo.findData("institution") >= 0

    # columns: the actuals measures suggested from the kk/ru headers, and offered as targets
    wiz.next()
    cols = wiz.columns_page
    suggested = {letter: cols.indicator_of(cols.row_of(letter)) for letter in "BCDEF"}
    assert suggested == {"B": "device_voucher_issued", "C": "device_voucher_redeemed",
                         "D": "device_voucher_spent_kzt", "E": "kits_installed",
                         "F": "spent_kzt"}
    combo = cols.table.cellWidget(cols.row_of("B"), 3)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert set(MEASURES) <= set(offered) and "population" not in offered
    assert combo.currentText() == "★ " + label("device_voucher_issued", "en")
    assert cols.save_edit.text() == str(default_mapping_path(path))

    # check: rows reconciled with the units like statistics; one fuzzy confirmed, one left out
    wiz.next()
    check = wiz.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20_000)
    assert "B5:B13" in check.provenance.text()
    panel = check.panel
    methods = {m["label"]: m["method"] for m in panel.matches}
    assert methods["Қазақстан Республикасы / Республика Казахстан"] == "total"
    assert methods["Ақмола облысы"] == "exact" and methods["Маңғыстау обл."] == "exact"
    assert methods["Павлодраская"] == "fuzzy" and panel.pending() == 1
    panel.confirm(panel.row_of("Павлодраская"))
    panel.choose(panel.row_of("Восточно-Казахстанская"), None)
    assert panel.pending() == 0
    decisions = panel.decisions()
    assert decisions == {"Павлодраская": "550000000", "Восточно-Казахстанская": None}

    # finish: the projected-versus-actual view holds the file's values
    dialog = _finish(host, wiz, qtbot)
    cmp = dialog.data.comparison
    projected = projection_per_unit(state.result)
    kept = [c for c in FIRST if c != "630000000"]
    for code in kept:
        _name, issued, redeemed, spent, kits, total = FIRST[code]
        assert cmp.loc[code, "device_voucher_issued_actual"] == issued
        assert cmp.loc[code, "device_voucher_redeemed_actual"] == redeemed
        assert cmp.loc[code, "device_voucher_spent_kzt_actual"] == spent
        assert cmp.loc[code, "kits_installed_difference"] == pytest.approx(
            kits - projected.loc[code, "kits_installed"])
        assert cmp.loc[code, "spent_kzt_actual"] == total
    assert "630000000" not in cmp.index or "not_reported" in cmp.loc["630000000",
                                                                      "variance_codes"]
    assert cmp.loc[TOTAL, "device_voucher_issued_actual"] == sum(FIRST[c][1] for c in kept)
    assert "факт 2025.xlsx" in dialog.source.text() and "Факт 2025" in dialog.source.text()
    dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("device_voucher_issued"))
    row = _table_row(dialog, state.unit_name("350000000"))
    assert dialog.table.item(row, 2).text() == format_measure(2000.0, "device_voucher_issued",
                                                              "en")
    total_row = dialog.table.rowCount() - 1
    assert dialog.table.item(total_row, 2).text() == format_measure(
        float(sum(FIRST[c][1] for c in kept)), "device_voucher_issued", "en")
    saved = json.loads(default_mapping_path(path).read_text(encoding="utf-8"))
    assert saved["kind"] == "actuals" and saved["decisions"] == decisions
    assert [c["indicator"] for c in saved["columns"]] == list(suggested.values())

    # next year's file in the same folder: the saved mapping and decisions are offered and used
    nxt = odd_workbook(folder / "факт 2026.xlsx", rows=NEXT)
    wiz2 = _open_wizard(host, qtbot, nxt)
    assert [o.path for o in wiz2.detection.offers] == [str(default_mapping_path(path))]
    assert wiz2.file_page.offer_check.isChecked()
    assert wiz2.mapping.decisions == decisions
    drive_to_check(wiz2, qtbot)
    methods = {m["label"]: m["method"] for m in wiz2.check_page.panel.matches}
    assert methods["Павлодраская"] == "decision"
    assert methods["Восточно-Казахстанская"] == "excluded"
    assert wiz2.check_page.panel.pending() == 0
    dialog2 = _finish(host, wiz2, qtbot)
    cmp2 = dialog2.data.comparison
    assert cmp2.loc["550000000", "device_voucher_issued_actual"] == 1000
    assert cmp2.loc["350000000", "spent_kzt_actual"] == 2 * FIRST["350000000"][5]


def test_wizard_pages_and_view_in_kazakh_and_russian(host, qtbot, tmp_path):
    state = host.state
    path = odd_workbook(tmp_path / "есеп" / "нақты 2025.xlsx", rows=FIRST)
    try:
        for lang in ("kk", "ru"):
            state.set_language(lang)
            wiz = _open_wizard(host, qtbot, path)
            assert wiz.windowTitle() == {"kk": "Нақты деректерді импорттау",
                                         "ru": "Импорт фактических данных"}[lang]
            wiz.grab().save(str(shot_dir() / f"actuals_wizard_file_{lang}.png"))
            for name in ("layout", "columns"):
                wiz.next()
                wiz.grab().save(str(shot_dir() / f"actuals_wizard_{name}_{lang}.png"))
            cols = wiz.columns_page
            combo = cols.table.cellWidget(cols.row_of("C"), 3)
            assert combo.currentText() == "★ " + label("device_voucher_redeemed", lang)
            wiz.next()
            qtbot.waitUntil(lambda w=wiz: w.check_page.result is not None, timeout=20_000)
            wiz.check_page.panel.confirm(wiz.check_page.panel.row_of("Павлодраская"))
            wiz.grab().save(str(shot_dir() / f"actuals_wizard_check_{lang}.png"))
            dialog = _finish(host, wiz, qtbot)
            dialog.measure_combo.setCurrentIndex(
                dialog.measure_combo.findData("device_voucher_redeemed"))
            qtbot.wait(50)  # let the layout settle, as the event loop does before a paint
            dialog.grab().save(str(shot_dir() / f"actuals_wizard_view_{lang}.png"))
            assert dialog.table.item(dialog.table.rowCount() - 1, 0).text() == \
                {"kk": "Барлығы", "ru": "Итого"}[lang]
    finally:
        state.set_language("en")


def test_bad_cell_in_office_actuals_is_named_on_the_check_page(host, qtbot, tmp_path):
    state = host.state
    state.set_language("ru")
    try:
        path = odd_workbook(tmp_path / "қате факт.xlsx", overrides={("350000000", 2): 5000})
        wiz = _open_wizard(host, qtbot, path)
        drive_to_check(wiz, qtbot)
        assert wiz.check_page.result is None
        text = wiz.check_page.error.text()
        assert "қате факт.xlsx" in text and "лист «Факт 2025», строка 8" in text
        assert "погашено больше ваучеров, чем выдано (5000 > 2000)" in text
        assert not wiz.check_page.isComplete()
    finally:
        state.set_language("en")


def test_canonical_actuals_skip_the_wizard(host, qtbot, tmp_path):
    import openpyxl

    features = host.data_features
    wb = openpyxl.Workbook()
    wb.active.append(["Факт"])
    wb.active.append(["unit_code", "device_voucher_issued", "device_voucher_redeemed"])
    wb.active.append(["350000000", 10, 7])
    path = tmp_path / "канон.xlsx"
    wb.save(path)
    features.actuals_wizard = None
    old = features.actuals_dialog
    features.ask_actuals(str(path))
    qtbot.waitUntil(lambda: features.actuals_dialog is not old, timeout=PLAN_TIMEOUT_MS)
    assert features.actuals_wizard is None
    cmp = features.actuals_dialog.data.comparison
    assert cmp.loc["350000000", "device_voucher_redeemed_actual"] == 7
