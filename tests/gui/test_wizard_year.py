"""The import wizard's year choice: the year column read is listed first among the columns (the
latest, or the mapping's year), and choosing another year column to follow "latest period" makes
that year the mapping's, so the check reads that column (values compared with openpyxl's)."""

from __future__ import annotations

import openpyxl
import pytest

from kzplanner.app.load.detect import SELECTS
from kzplanner.gui.data.import_columns import SELECT_COL
from kzplanner.gui.data.import_wizard import ImportWizard

from .conftest import PLAN_TIMEOUT_MS

REGIONS = ["Акмолинская", "Актюбинская", "Алматинская", "Атырауская", "Западно-Казахстанская",
           "Жамбылская", "Карагандинская", "Костанайская", "Кызылординская", "Мангистауская",
           "Южно-Казахстанская", "Павлодарская", "Северо-Казахстанская",
           "Восточно-Казахстанская", "г.Астана", "г.Алматы"]


def population_table(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Кесте 1"
    ws.append(["Численность населения по регионам"])
    ws.append([None, None, None, "человек"])
    ws.append([None, 2015, 2016, 2017])
    for i, name in enumerate(REGIONS):
        ws.append([name, 500000 + 1000 * i, 510000 + 1000 * i, 520000 + 1000 * i])
    wb.save(path)
    return path


def cells(path, letter):
    ws = openpyxl.load_workbook(path).active
    return {ws[f"A{r}"].value: ws[f"{letter}{r}"].value for r in range(4, ws.max_row + 1)}


@pytest.fixture
def state(styled_app, qtbot):
    from kzplanner.gui.state import AppState

    state = AppState(language="en")
    state.set_auto_plan(False)
    state.load()
    qtbot.waitUntil(lambda: state.dataset is not None, timeout=PLAN_TIMEOUT_MS)
    yield state
    state.shutdown()


def open_columns(wiz, qtbot, year=None):
    wiz.show()
    qtbot.waitUntil(lambda: wiz.detection is not None and not wiz.busy, timeout=20_000)
    if year is not None:
        wiz.mapping.year = year
    wiz.next()
    wiz.next()
    assert wiz.currentPage() is wiz.columns_page
    return wiz.columns_page


def letters(page):
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_latest_year_column_is_listed_first(state, qtbot, tmp_path):
    wiz = ImportWizard(state, path=str(population_table(tmp_path / "население.xlsx")))
    qtbot.addWidget(wiz)
    page = open_columns(wiz, qtbot)
    assert letters(page) == ["D", "B", "C"]
    assert page.indicator_of(0) == "population"
    assert page.table.cellWidget(0, SELECT_COL).currentData() == "latest_period"


def test_the_mappings_year_is_listed_first(state, qtbot, tmp_path):
    wiz = ImportWizard(state, path=str(population_table(tmp_path / "население.xlsx")))
    qtbot.addWidget(wiz)
    page = open_columns(wiz, qtbot, year="2016")
    assert letters(page) == ["C", "B", "D"]


def test_choosing_another_year_column_reads_that_year(state, qtbot, tmp_path):
    path = population_table(tmp_path / "население.xlsx")
    wiz = ImportWizard(state, path=str(path))
    qtbot.addWidget(wiz)
    page = open_columns(wiz, qtbot)
    page.set_indicator(page.row_of("D"), "")
    row = page.row_of("C")
    page.set_indicator(row, "population")
    page.table.cellWidget(row, SELECT_COL).setCurrentIndex(SELECTS.index("latest_period"))
    wiz.next()
    assert wiz.mapping.year == "2016"
    check = wiz.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20_000)
    frame = check.result.imported.frame.set_index("unit_name")
    expected = cells(path, "C")
    assert len(frame) == len(expected) == 16
    for name, value in expected.items():
        assert frame.loc[name, "population"] == value
    assert frame.loc["Акмолинская", "population"] != cells(path, "D")["Акмолинская"]
