"""The Evaluate… dialog: seed 001's Table 1 in the DiD table, treated units from the map,
the correlation heatmap equal to scipy, the gender view; screenshots in ru and kk."""

from __future__ import annotations

import math

import openpyxl
import pytest
import scipy.stats

from kzplanner.gui.followup.evaluation_dialog import EvaluationDialog

from .conftest import PLAN_TIMEOUT_MS
from .test_import_wizard import shot_dir

SEED_TABLE_1 = {  # coefficient, SE, t, p as printed in seed 001
    "alpha": ("62.2000", "2.7368", "22.7274", "0.0000"),
    "post": ("2.4000", "3.8704", "0.6201", "0.5439"),
    "treated": ("-11.6000", "3.8704", "-2.9971", "0.0085"),
    "post_treated": ("1.0000", "5.4736", "0.1827", "0.8573"),
}


def _write(rows, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Панель: зачисление по полу"])
    ws.append(list(rows[0]))
    for r in rows:
        ws.append(list(r.values()))
    wb.save(path)
    return path


@pytest.fixture
def seed_panel(tmp_path):
    from tests.core.test_evaluation import seed_001_panel

    return _write(seed_001_panel().to_dict("records"), tmp_path / "seed001.xlsx")


@pytest.fixture
def wide_panel(tmp_path):
    rows = []
    for i, year in enumerate(range(2015, 2025)):
        rows.append({"year": year, "enrolment_female": 50 + 0.5 * i + (i % 3),
                     "enrolment_male": 62 + 0.3 * i - (i % 2),
                     "internet_female": 40 + 3 * i, "internet_male": 45 + 2.5 * i + (i % 4),
                     "gdp": 100 + 4 * i + (-1) ** i * 3})
    return _write(rows, tmp_path / "wide.xlsx")


@pytest.fixture
def state(styled_app, qtbot):
    from kzplanner.gui.state import AppState

    s = AppState(language="en")
    s.set_auto_plan(False)
    s.load()
    qtbot.waitUntil(lambda: s.dataset is not None, timeout=PLAN_TIMEOUT_MS)
    yield s
    s.shutdown()


def _open(dialog, path, qtbot):
    dialog.open_panel(str(path))
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=20_000)


def test_did_dialog_reproduces_seed_001_table_1(state, qtbot, seed_panel):
    dialog = EvaluationDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    _open(dialog, seed_panel, qtbot)
    assert dialog.info.columns == ["sex", "year", "enrolment", "female"]
    assert dialog.outcome_combo.currentText() == "enrolment"
    assert dialog.time_combo.currentText() == "year"
    dialog.unit_combo.setCurrentText("sex")
    dialog.treated_combo.setCurrentText("female")
    dialog.post_combo.setCurrentText("2020")
    dialog.run_did()
    qtbot.waitUntil(lambda: dialog.did is not None, timeout=20_000)
    for row, (term, printed) in enumerate(SEED_TABLE_1.items()):
        cells = tuple(dialog.did_table.item(row, c).text() for c in (1, 2, 3, 4))
        assert cells == printed, term
    assert "n = 20" in dialog.did_facts.text()
    assert "62.20 → 64.60" in dialog.did_facts.text()
    reading = dialog.reading.toPlainText()
    assert reading.startswith("β3 = 1.00") and "parallel" in reading
    assert len(dialog.trend_plot.getPlotItem().listDataItems()) == 2
    state.set_language("kk")  # the table and the reading follow the language
    qtbot.wait(50)
    assert dialog.did_table.item(3, 1).text() == "1,0000"
    assert "β3" in dialog.reading.toPlainText() and "параллель" in dialog.reading.toPlainText()
    dialog.grab().save(str(shot_dir() / "evaluation_did_kk.png"))
    state.set_language("ru")
    qtbot.wait(50)
    dialog.grab().save(str(shot_dir() / "evaluation_did_ru.png"))
    state.set_language("en")
    # cluster-robust errors need two units per arm: a calm message, no crash
    dialog.cluster_check.setChecked(True)
    dialog.run_did()
    qtbot.waitUntil(lambda: bool(dialog.status.text()) and dialog.last_box is not None,
                    timeout=20_000)
    assert "cluster" in dialog.status.text().lower()


def test_treated_units_from_the_map_selection(state, qtbot, tmp_path):
    rows = []
    codes = list(state.dataset.units.index)[:6]
    for k, code in enumerate(codes):
        for year in range(2018, 2024):
            rows.append({"unit_code": code, "year": year,
                         "score": 50 + k + (year - 2018) + (3 if k < 3 and year >= 2021 else 0)
                         + ((year * 7 + k) % 3) * 0.5})
    path = _write(rows, tmp_path / "units.xlsx")
    state.select_units(codes[:3])
    dialog = EvaluationDialog(state)
    qtbot.addWidget(dialog)
    _open(dialog, path, qtbot)
    assert dialog.unit_combo.currentText() == "unit_code"
    dialog.treated_map_radio.setChecked(True)
    assert dialog.treated_from_map() == set(codes[:3])
    dialog.post_combo.setCurrentText("2021")
    dialog.cluster_check.setChecked(True)
    dialog.run_did()
    qtbot.waitUntil(lambda: dialog.did is not None, timeout=20_000)
    assert dialog.did.result.n_treated_units == 3 and dialog.did.result.cluster
    assert dialog.did.result.effect == pytest.approx(3.0, abs=1.0)


def test_correlation_heatmap_and_gender_view(state, qtbot, wide_panel):
    dialog = EvaluationDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    _open(dialog, wide_panel, qtbot)
    dialog.tabs.setCurrentIndex(1)
    dialog.set_corr_columns(["internet_female", "internet_male", "gdp"])
    dialog.run_correlations()
    qtbot.waitUntil(lambda: dialog.corr is not None, timeout=20_000)
    r, p, n = dialog.corr
    import pandas as pd

    frame = pd.read_excel(wide_panel, header=1, engine="openpyxl")
    ref = scipy.stats.pearsonr(frame["internet_female"], frame["gdp"])
    assert r.loc["internet_female", "gdp"] == pytest.approx(ref[0])
    assert p.loc["internet_female", "gdp"] == pytest.approx(ref[1])
    cell = dialog.heatmap.item(0, 2).text()
    assert cell.startswith(f"r = {ref[0]:.2f}") and "n = 10" in cell
    # by gender: the female columns of the paired indicators
    dialog.corr_scope.setCurrentIndex(dialog.corr_scope.findData("female"))
    assert [dialog.corr_list.item(i).text() for i in range(dialog.corr_list.count())] == \
        ["enrolment", "internet"]
    dialog.set_corr_columns(["enrolment", "internet"])
    dialog.corr = None
    dialog.run_correlations()
    qtbot.waitUntil(lambda: dialog.corr is not None, timeout=20_000)
    ref = scipy.stats.pearsonr(frame["enrolment_female"], frame["internet_female"])
    assert dialog.corr[0].loc["enrolment", "internet"] == pytest.approx(ref[0])
    for lang in ("ru", "kk"):
        state.set_language(lang)
        qtbot.wait(50)
        dialog.grab().save(str(shot_dir() / f"evaluation_corr_{lang}.png"))
    # gender gap over time
    dialog.tabs.setCurrentIndex(2)
    dialog.gender_stem.setCurrentText("internet")
    dialog.run_gender()
    qtbot.waitUntil(lambda: dialog.gaps is not None, timeout=20_000)
    assert dialog.gender_table.rowCount() == 10
    gap0 = float(dialog.gender_table.item(0, 3).text().replace(",", "."))
    assert math.isclose(gap0, 45 - 40)
    for lang in ("ru", "kk"):
        state.set_language(lang)
        qtbot.wait(50)
        dialog.grab().save(str(shot_dir() / f"evaluation_gender_{lang}.png"))
    state.set_language("en")
