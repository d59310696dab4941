"""Settlement exports of a plan: the workbook's villages sheets (read back with openpyxl) and
the GeoPackage's layers (read back with pyogrio), estimates flagged; `kzplanner coverage`."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def planned(sample_dataset):
    from kzplanner import paths
    from kzplanner.app.settlements import attach_settlements
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = attach_settlements(sample_dataset, paths.sample_settlements())
    return ds, make_plan(ds, PlanParams(budget_kzt=2e9))


def test_plan_workbook_lists_villages_per_kit_and_without_access(planned, tmp_path):
    import openpyxl

    from kzplanner.core.catalogue import label
    from kzplanner.core.io.write.plan_workbook import write_plan_workbook
    from kzplanner.core.settlements import villages_without_access
    from kzplanner.core.settlements.plan import kit_villages

    ds, result = planned
    path = tmp_path / "жоспар.xlsx"
    write_plan_workbook(path, ds, result, lang="kk")
    wb = openpyxl.load_workbook(path)
    kv = wb[label("sheet.kit_villages", "kk")]
    expect = kit_villages(result)
    rows = [r for r in kv.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    assert len(rows) == len(expect)
    assert sum(r[5] for r in rows) == pytest.approx(expect["population"].sum())
    assert sum(r[6] == label("est.flag", "kk") for r in rows) == int(
        expect["population_estimated"].sum())
    fap = wb[label("sheet.villages_fap", "kk")]
    v = villages_without_access(ds.settlements, ds.coverage, "fap")
    rows = [r for r in fap.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    assert len(rows) == len(v)
    assert rows[0][4] == pytest.approx(v["population"].iloc[0])  # most populous first
    assert fap.oddHeader.center.text == label("illustrative_flag", "kk")


def test_geopackage_has_the_settlement_layers(planned, tmp_path):
    import pyogrio

    from kzplanner.core.io.write.plan_layers import write_plan_geopackage
    from kzplanner.core.settlements.plan import kit_villages

    ds, result = planned
    path = tmp_path / "plan.gpkg"
    write_plan_geopackage(path, ds, result)
    layers = {str(n) for n, _t in pyogrio.list_layers(path)}
    assert {"villages_without_access", "kit_villages"} <= layers
    kv = pyogrio.read_dataframe(path, layer="kit_villages")
    assert len(kv) == len(kit_villages(result))
    assert kv["population_estimated"].any() and (kv["data_status"] == "illustrative").all()
    missing = pyogrio.read_dataframe(path, layer="villages_without_access")
    cov = ds.coverage.per_settlement
    assert (missing["type"] == "psc").sum() == int((~cov["psc_covered"]).sum())


def test_cli_coverage_json_and_workbook(tmp_path, capsys):
    import openpyxl

    from kzplanner import paths
    from kzplanner.cli.commands import main

    out = tmp_path / "villages.xlsx"
    assert main(["coverage", "--settlements", str(paths.sample_settlements()), "--reach",
                 "school=7", "--out", str(out), "--json", "--lang", "en"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["by_type"]["school"]["reach_km"] == 7.0
    assert summary["by_type"]["fap"]["reach_km"] == 15.0
    assert summary["settlements_placed"] + summary["settlements_outside"] > 9000
    wb = openpyxl.load_workbook(out)
    ws = wb[wb.sheetnames[1]]  # villages without a school in reach
    n = sum(1 for r in ws.iter_rows(min_row=2, values_only=True) if r[0] is not None)
    assert n == summary["by_type"]["school"]["settlements_not_covered"]


def test_gui_passes_settlements_to_the_window(tmp_path):
    from kzplanner import paths
    from kzplanner.cli.commands import main

    seen = {}

    def open_window(**kwargs):
        seen.update(kwargs)
        return 0

    assert main(["gui", "--settlements", str(paths.sample_settlements())],
                open_window=open_window) == 0
    assert seen["settlements"] == str(paths.sample_settlements())
    seen.clear()
    assert main(["gui"], open_window=open_window) == 0
    assert "settlements" not in seen  # the window's open function is called as before
    assert main(["gui", "--settlements", str(tmp_path / "нет.gpkg")],
                open_window=open_window) == 2


def test_the_workbook_says_where_kit_people_come_from(planned, sample_dataset):
    from kzplanner.core.catalogue import label
    from kzplanner.core.io.write.plan_workbook import served_basis_text
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    _ds, result = planned
    text = served_basis_text(result, "ru")
    assert label("served_basis.newly_covered", "ru") in text
    plain = make_plan(sample_dataset, PlanParams(budget_kzt=1e9))
    text = served_basis_text(plain, "kk")
    assert label("served_basis.register", "kk") in text
    assert label("served_basis.newly_covered", "kk") not in text


def test_long_village_lists_print_their_first_rows_after_the_plan(planned, tmp_path):
    """The village lists come after the plan's own sheets and print their first PRINT_ROWS
    rows, the footer saying how many of how many; the whole list stays in the sheet; the
    estimate flag is centred (not run into the right-aligned population beside it)."""
    import openpyxl

    from kzplanner.core.catalogue import label
    from kzplanner.core.io.write.plan_workbook import write_plan_workbook
    from kzplanner.core.io.write.workbook_villages import PRINT_ROWS

    ds, result = planned
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(path, ds, result, lang="ru")
    wb = openpyxl.load_workbook(path)
    titles = [ws.title for ws in wb.worksheets]
    villages = [label(f"sheet.villages_{t}", "ru")[:31] for t in ("school", "fap", "psc")]
    villages.append(label("sheet.kit_villages", "ru")[:31])
    assert max(titles.index(label(k, "ru")) for k in ("sheet.summary", "sheet.allocation",
                                                      "sheet.kits", "sheet.indicators",
                                                      "sheet.sources")) \
        < min(titles.index(v) for v in villages)
    for title in villages:
        ws = wb[title]
        listed = sum(1 for r in ws.iter_rows(min_row=2, max_col=1, values_only=True)
                     if r[0] is not None)
        if listed <= PRINT_ROWS:
            assert ws.print_area.endswith(f"${listed + 1}")
            continue
        assert ws.print_area.endswith(f"${PRINT_ROWS + 1}")
        note = ws.oddFooter.left.text
        assert str(PRINT_ROWS) in note.replace("\u202f", "").replace("\xa0", "")
        assert f"{listed:,}".replace(",", "") in note.replace("\u202f", "").replace("\xa0", "")
        flag_col = [c.value for c in ws[1]].index(label("col.estimated", "ru")) + 1
        flagged = [ws.cell(r, flag_col) for r in range(2, ws.max_row + 1)
                   if ws.cell(r, flag_col).value == label("est.flag", "ru")]
        assert flagged and all(c.alignment.horizontal == "center" for c in flagged)
