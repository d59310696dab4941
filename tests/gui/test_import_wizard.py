"""The import wizard on a messy bulletin: detection shown, columns mapped, rows reconciled
(one fuzzy match confirmed, one row overridden), the mapping saved and the dataset loaded; the
mapping offered again for next year's file; a bad cell reported without losing the data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import openpyxl
import pytest

from kzplanner.app.load.detect import default_mapping_path
from kzplanner.gui.data.import_wizard import ImportWizard
from kzplanner.gui.data.reconcile_view import ReconcileDialog

from .conftest import PLAN_TIMEOUT_MS


def messy_bulletin(path: Path, schools=(1000, 400, 600, 250, 30), rural=300,
                   extra_year: bool = False) -> Path:
    """Title, caption, merged bilingual headers over two rows, blocks all / rural, marks,
    a total row, a misspelt oblast (fuzzy) and an unknown label, notes below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Кесте 1"
    ws.append(["Число школ и домохозяйств по регионам1)"])
    ws.append([None, None, None, "единиц"])
    ws.append(["Регион\nӨңір", "Школы\nМектептер", None, "Домохозяйства\nҮй шаруашылықтары"])
    ws.append([None, "всего", "с интернетом", "без интернета"])
    ws.merge_cells("B3:C3")
    ws.merge_cells("A3:A4")
    ws.append(["Всего"])
    total, akm, alm, pav, mars = schools
    ws.append(["Республика Казахстан", f"{total:,}".replace(",", " "), 600, 90])
    ws.append(["Акмолинская 1", akm, "–", "x"])
    ws.append(["г. Алматы", str(alm), "600", "…"])
    ws.append(["Павлодраская", pav, 100, 12])
    ws.append(["Целиноградская", mars, 10, 3])
    ws.append(["Сельская местность"])
    ws.append(["Акмолинская 1", rural, 0, 5])
    ws.append([])
    ws.append(["1) По данным МОН РК."])
    ws.append(["Примечание: данные предварительные"])
    if extra_year:
        ws["E3"] = "Примечание"  # a header-only column next year: not a value column
    wb.save(path)
    return path


@pytest.fixture
def sample_state(styled_app, qtbot):
    from kzplanner.gui.state import AppState

    state = AppState(language="en")
    state.set_auto_plan(False)
    state.load()
    qtbot.waitUntil(lambda: state.dataset is not None, timeout=PLAN_TIMEOUT_MS)
    yield state
    state.shutdown()


def shot_dir() -> Path:
    folder = Path(os.environ.get("KZ_SCREENSHOT_DIR") or "/tmp/kz_shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def drive_to_check(wiz: ImportWizard, qtbot) -> None:
    wiz.show()
    qtbot.waitUntil(lambda: wiz.detection is not None and not wiz.busy, timeout=20_000)
    wiz.next()
    assert wiz.currentPage() is wiz.layout_page
    wiz.next()
    assert wiz.currentPage() is wiz.columns_page
    wiz.next()
    assert wiz.currentPage() is wiz.check_page
    qtbot.waitUntil(lambda: wiz.check_page.result is not None or bool(wiz.check_page.error.text()),
                    timeout=20_000)


def test_wizard_maps_reconciles_and_loads_a_messy_bulletin(sample_state, qtbot, tmp_path):
    state = sample_state
    path = messy_bulletin(tmp_path / "бюллетень 2023.xlsx")
    wiz = ImportWizard(state, path=str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.detection is not None, timeout=20_000)
    assert wiz.file_page.isComplete()
    assert "Кесте 1" in wiz.file_page.status.text()
    assert not wiz.file_page.offer_check.isVisible()  # nothing saved yet

    # layout: the proposal pre-filled, merged header cells spanned in the preview
    wiz.next()
    page = wiz.layout_page
    assert (page.header_from.value(), page.header_to.value()) == (3, 4)
    assert [page.block_combo.itemData(i) for i in range(page.block_combo.count())] == \
        ["all", "rural"]
    assert page.block_combo.currentData() == "all"
    assert page.unit_combo.currentData() == "A"
    view = page.preview
    assert view.rowSpan(2, 0) == 2 and view.columnSpan(2, 1) == 2
    model = view.grid_model
    assert model.data(model.index(2, 1)).startswith("Школы")
    assert 2 in model.header_rows and model.block_rows == (5, 9)
    assert "14, 15" in page.info.text()  # notes below the table named
    wiz.grab().save(str(shot_dir() / "import_wizard_layout_en.png"))

    # columns: suggestions from the bilingual headers, one type override
    wiz.next()
    cols = wiz.columns_page
    assert cols.indicator_of(cols.row_of("B")) == "schools_total"
    assert cols.indicator_of(cols.row_of("C")) == "schools_connected"
    assert cols.indicator_of(cols.row_of("D")) == "households_no_internet"
    assert "Школы Мектептер / всего" in cols.table.item(cols.row_of("B"), 1).text()
    assert cols.save_edit.text() == str(default_mapping_path(path))

    # check: provenance and the reconciliation of every row
    wiz.next()
    check = wiz.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20_000)
    assert "B6:B10" in check.provenance.text()
    panel = check.panel
    methods = {m["label"]: m["method"] for m in panel.matches}
    assert methods["Республика Казахстан"] == "total"
    assert methods["Акмолинская"] == "exact"
    assert methods["Павлодраская"] == "fuzzy"
    assert panel.pending() == 1
    fuzzy_row = panel.row_of("Павлодраская")
    assert panel.match_at(fuzzy_row)["unit_code"] == "550000000"
    panel.confirm(fuzzy_row)  # one click
    assert panel.pending() == 0
    # the old name of Astana's area joins as a decision the planner overrides: Karaganda
    other = panel.row_of("Целиноградская")
    panel.choose(other, "350000000")
    decisions = panel.decisions()
    assert decisions == {"Павлодраская": "550000000", "Целиноградская": "350000000"}
    wiz.grab().save(str(shot_dir() / "import_wizard_check_en.png"))

    old = state.dataset
    wiz.accept()
    qtbot.waitUntil(lambda: state.dataset is not old and not state.busy, timeout=PLAN_TIMEOUT_MS)
    ds = state.dataset
    # Finish adds the bulletin as a data source beside the table in use (issue 15)
    assert [Path(s.file).name for s in ds.data_sources] == ["kz_sample_statistics.xlsx",
                                                             path.name]
    assert sorted(ds.data_sources[1].used) == ["households_no_internet", "schools_connected",
                                               "schools_total"]
    assert ds.units.loc["550000000", "schools_total"] == 250
    assert ds.units.loc["350000000", "schools_total"] == 30
    assert ds.units.loc["750000000", "schools_total"] == 600
    rec = ds.reconciliation
    assert rec.matched_by_decision == 2 and rec.matched_fuzzy == 0
    saved = json.loads(default_mapping_path(path).read_text(encoding="utf-8"))
    assert saved["decisions"] == decisions and saved["block"] == "all"

    # after load the same screen is reachable (Data → Check)
    dialog = ReconcileDialog(state, None)
    qtbot.addWidget(dialog)
    shown = {dialog.panel.match_at(r)["label"]: dialog.panel.match_at(r)["method"]
             for r in range(dialog.panel.table.rowCount())}
    assert shown["Павлодраская"] == "decision" and shown["Республика Казахстан"] == "total"
    assert dialog.panel.missing_list.count() == len(rec.units_without_data) > 0
    assert "бюллетень 2023.xlsx" in dialog.source.text()


def test_saved_mapping_is_offered_for_next_years_file(sample_state, qtbot, tmp_path):
    state = sample_state
    first = messy_bulletin(tmp_path / "schools_2023.xlsx")
    from kzplanner.core.io.read import layout

    mapping = layout.detect_layout(first).mapping
    mapping.block = "rural"
    mapping.decisions = {"Павлодраская": "550000000"}
    layout.save_mapping(mapping, default_mapping_path(first))
    nxt = messy_bulletin(tmp_path / "schools_2024.xlsx", schools=(1100, 410, 640, 260, 40),
                         rural=310)
    wiz = ImportWizard(state, path=str(nxt))
    qtbot.addWidget(wiz)
    qtbot.waitUntil(lambda: wiz.detection is not None, timeout=20_000)
    offers = wiz.detection.offers
    assert [Path(o.path).name for o in offers] == ["schools_2023.mapping.json"]
    assert wiz.file_page.offer_check.isChecked()
    assert wiz.mapping.block == "rural" and wiz.mapping.decisions == mapping.decisions
    wiz.file_page.offer_check.setChecked(False)
    assert wiz.mapping.block == "all"
    wiz.file_page.offer_check.setChecked(True)
    drive_to_check(wiz, qtbot)
    assert wiz.layout_page.block_combo.currentData() == "rural"
    assert [m["label"] for m in wiz.check_page.panel.matches] == ["Акмолинская"]


def test_bad_cell_is_reported_on_the_check_page_and_data_kept(sample_state, qtbot, tmp_path):
    state = sample_state
    path = messy_bulletin(tmp_path / "bad.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["B8"] = "шестьсот"
    wb.save(path)
    before = state.dataset
    wiz = ImportWizard(state, path=str(path))
    qtbot.addWidget(wiz)
    drive_to_check(wiz, qtbot)
    assert wiz.check_page.result is None
    text = wiz.check_page.error.text()
    assert "B8" in text or "8" in text
    assert "шестьсот" in text
    assert not wiz.check_page.isComplete()
    assert state.dataset is before


def test_wizard_screenshots_ru_kk(sample_state, qtbot, tmp_path):
    state = sample_state
    path = messy_bulletin(tmp_path / "b.xlsx")
    for lang in ("ru", "kk"):
        state.set_language(lang)
        wiz = ImportWizard(state, path=str(path))
        qtbot.addWidget(wiz)
        wiz.show()
        qtbot.waitUntil(lambda w=wiz: w.detection is not None, timeout=20_000)
        wiz.grab().save(str(shot_dir() / f"import_wizard_file_{lang}.png"))
        wiz.next()
        wiz.grab().save(str(shot_dir() / f"import_wizard_layout_{lang}.png"))
        wiz.next()
        wiz.grab().save(str(shot_dir() / f"import_wizard_columns_{lang}.png"))
        wiz.next()
        qtbot.waitUntil(lambda w=wiz: w.check_page.result is not None, timeout=20_000)
        wiz.grab().save(str(shot_dir() / f"import_wizard_check_{lang}.png"))
        wiz.reject()
    state.set_language("en")
    assert (shot_dir() / "import_wizard_check_kk.png").stat().st_size > 20_000
