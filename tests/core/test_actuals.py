"""Actuals after a programme: reading the canonical layout and comparing with the projection."""

from __future__ import annotations

import math

import openpyxl
import pandas as pd
import pytest

from kzplanner.core.io.read.actuals import read_actuals, read_panel
from kzplanner.core.variance import (
    MEASURES,
    TOTAL,
    VARIANCE_CODES,
    compare_projection,
    explain_variance,
    projection_per_unit,
)
from kzplanner.errors import KZError


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    """Written for oblast-level figures: the sample on today's 20 oblasts (tests/conftest.py)."""
    return oblast_sample


@pytest.fixture(scope="module")
def plan(sample_dataset):
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    return make_plan(sample_dataset, PlanParams(budget_kzt=2e9, strategy="proportional"))


@pytest.fixture(scope="module")
def projected(plan):
    return projection_per_unit(plan)


def test_projection_holds_what_the_plan_holds(plan, projected):
    s = plan.summary
    assert list(projected.index) == list(plan.before.index)
    assert projected["spent_kzt"].sum() == pytest.approx(s["spent"])
    assert projected["device_voucher_issued"].sum() == s["vouchers_issued"]["device"]
    assert projected["internet_voucher_issued"].sum() == s["vouchers_issued"]["internet"]
    assert projected["kits_installed"].sum() == s["kits"]
    assert projected["device_voucher_redeemed"].sum() == pytest.approx(
        s["people_newly_with_access"]["device"])
    assert projected["internet_voucher_redeemed"].sum() == pytest.approx(
        s["measures"]["internet"]["newly"])
    assert projected["device_voucher_issued"].sum() > 0 and projected["kits_installed"].sum() > 0
    per_unit = plan.per_unit()
    assert projected["spent_kzt"].to_numpy() == pytest.approx(per_unit["spent_kzt"].to_numpy())


def _actuals_from(projected: pd.DataFrame) -> tuple[pd.DataFrame, str, str, str]:
    """Unit a: device take-up 60 % of issued; unit b: kits 25 % dearer and two fewer;
    unit c: no report; everything else as planned."""
    act = projected.copy()
    busy = act[(act["device_voucher_issued"] > 20) & (act["kits_installed"] > 3)].index
    a, b, c = busy[0], busy[1], busy[2]
    act.loc[a, "device_voucher_redeemed"] = 0.6 * act.loc[a, "device_voucher_issued"]
    kit_cost = act.loc[b, "kit_spent_kzt"] / act.loc[b, "kits_installed"]
    act.loc[b, "kits_installed"] -= 2
    act.loc[b, "kit_spent_kzt"] = act.loc[b, "kits_installed"] * kit_cost * 1.25
    act["spent_kzt"] = (act["device_voucher_spent_kzt"] + act["internet_voucher_spent_kzt"]
                        + act["kit_spent_kzt"])
    return act.drop(index=c), a, b, c


def test_compare_projection_explains_take_up_cost_and_missing_reports(projected):
    actuals, a, b, c = _actuals_from(projected)
    cmp = compare_projection(projected, actuals)
    assert cmp.index[-1] == TOTAL and len(cmp) == len(projected) + 1
    for m in MEASURES:
        assert f"{m}_projected" in cmp and f"{m}_actual" in cmp
    row = cmp.loc[a]
    assert "device_voucher:takeup_lower" in row["variance_codes"].split(";")
    assert row["device_voucher_takeup_actual"] == pytest.approx(0.6)
    # volume + take-up components add up to the difference in redeemed vouchers
    assert row["device_voucher_redeemed_from_volume"] == pytest.approx(0.0)
    assert (row["device_voucher_redeemed_from_volume"] + row["device_voucher_redeemed_from_takeup"]
            == pytest.approx(row["device_voucher_redeemed_difference"]))
    row = cmp.loc[b]
    assert set(row["variance_codes"].split(";")) == {"kit:fewer_connections", "kit:cost_higher"}
    assert row["kits_installed_difference"] == -2
    assert row["kit_unit_cost_actual"] / row["kit_unit_cost_projected"] == pytest.approx(1.25)
    assert (row["kit_spent_from_volume"] + row["kit_spent_from_price"]
            == pytest.approx(row["kit_spent_kzt_difference"]))
    assert row["kit_spent_from_volume"] < 0 < row["kit_spent_from_price"]
    assert cmp.loc[c, "variance_codes"] == "not_reported"
    assert math.isnan(cmp.loc[c, "spent_kzt_actual"])
    untouched = [u for u in projected.index if u not in (a, b, c)]
    assert (cmp.loc[untouched, "variance_codes"] == "").all()
    total = cmp.loc[TOTAL]
    assert total["units_not_reported"] == 1
    assert total["variance_codes"].split(";")[0] == "not_reported"
    reported = projected.drop(index=c)
    assert total["kits_installed_projected"] == reported["kits_installed"].sum()
    assert total["kits_installed_actual"] == reported["kits_installed"].sum() - 2
    assert (total["device_voucher_redeemed_from_volume"]
            + total["device_voucher_redeemed_from_takeup"]
            == pytest.approx(total["device_voucher_redeemed_difference"]))


def test_explain_variance_lists_reasons_with_numbers(projected):
    actuals, a, b, _ = _actuals_from(projected)
    why = explain_variance(compare_projection(projected, actuals), lang="ru")
    takeup = why[(why["unit_code"] == a) & (why["code"] == "takeup_lower")].iloc[0]
    assert takeup["instrument"] == "device_voucher" and takeup["value"] < 0
    assert takeup["text"] == VARIANCE_CODES["takeup_lower"]["ru"]
    assert takeup["actual"] == pytest.approx(0.6)
    cost = why[(why["unit_code"] == b) & (why["code"] == "cost_higher")].iloc[0]
    assert cost["measure"] == "spent_kzt" and cost["value"] > 0
    for code in VARIANCE_CODES.values():
        assert set(code) == {"en", "ru", "kk"}


def test_unit_only_in_actuals_is_not_planned():
    proj = pd.DataFrame({"kits_installed": [2.0], "kit_spent_kzt": [200.0]},
                        index=pd.Index(["1"], name="unit_code"))
    act = pd.DataFrame({"unit_code": ["1", "2"], "kits_installed": [2.0, 1.0],
                        "kit_spent_kzt": [200.0, 150.0]})
    cmp = compare_projection(proj, act)
    assert cmp.loc["2", "variance_codes"] == "not_planned"
    assert cmp.loc["1", "variance_codes"] == ""
    assert cmp.loc[TOTAL, "kits_installed_actual"] == 3
    assert "kit:more_connections" in cmp.loc[TOTAL, "variance_codes"]


def _write_actuals_xlsx(path, rows, header):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "actuals"
    ws.append(["Фактические результаты программы, 2025"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)


def test_read_actuals_by_code_from_csv_with_decimal_commas(tmp_path):
    path = tmp_path / "факт.csv"
    text = ("unit_code;device_voucher_issued;device_voucher_redeemed;kit_spent_kzt;"
            "synchronous_lessons_share\n"
            "110000000;1 200;900;12 500 000,5;0,42\n"
            "150000000;-;-;;\n")
    path.write_bytes(text.encode("cp1251"))
    act = read_actuals(path)
    assert list(act.index) == ["110000000", "150000000"]
    assert act.loc["110000000", "device_voucher_issued"] == 1200
    assert act.loc["110000000", "kit_spent_kzt"] == 12_500_000.5
    assert act.loc["110000000", "synchronous_lessons_share"] == pytest.approx(0.42)
    assert act.loc["150000000", "device_voucher_redeemed"] == 0
    assert math.isnan(act.loc["150000000", "kit_spent_kzt"])


def test_read_actuals_by_name_against_the_dataset(tmp_path, sample_dataset):
    path = tmp_path / "actuals.xlsx"
    _write_actuals_xlsx(path, [["Ақмола облысы", 10, 4], ["Атырауская область", 3, 1],
                               ["Неизвестная область", 1, 1]],
                        ["unit_name", "kits_installed", "school_kits_installed"])
    act = read_actuals(path, units=sample_dataset.units)
    assert act.loc["110000000", "kits_installed"] == 10
    assert act.loc["230000000", "school_kits_installed"] == 1
    assert len(act) == 2 and act.attrs["unmatched"] == ["Неизвестная область"]


def test_read_actuals_rejects_impossible_rows_naming_the_cell(tmp_path):
    path = tmp_path / "a.xlsx"
    _write_actuals_xlsx(path, [["110000000", 10, 12]],
                        ["unit_code", "internet_voucher_issued", "internet_voucher_redeemed"])
    with pytest.raises(KZError) as err:
        read_actuals(path)
    e = err.value
    assert (e.code, e.row, e.column, e.sheet) == ("redeemed_exceeds_issued", 3,
                                                  "internet_voucher_redeemed", "actuals")
    assert "погашено больше ваучеров, чем выдано (12 > 10)" in e.message("ru")
    _write_actuals_xlsx(path, [["110000000", "много"]], ["unit_code", "kits_installed"])
    with pytest.raises(KZError) as err:
        read_actuals(path)
    assert err.value.code == "bad_number" and err.value.row == 3
    _write_actuals_xlsx(path, [["Ақмола облысы", 1]], ["unit_name", "kits_installed"])
    with pytest.raises(KZError) as err:
        read_actuals(path)
    assert err.value.code == "no_unit_key"


def test_read_panel_keeps_periods_as_integers_and_parses_numbers(tmp_path):
    path = tmp_path / "panel.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Title"])
    ws.append(["district", "year", "share", "note"])
    ws.append(["A", 2020.0, "12,5", "x"])
    ws.append(["B", "2021", 7, None])
    wb.save(path)
    panel = read_panel(path, ["district", "year", "share"], numeric=["share"])
    assert list(panel.columns) == ["district", "year", "share"]
    assert list(panel["year"]) == [2020, 2021] and list(panel["share"]) == [12.5, 7.0]
    with pytest.raises(KZError) as err:
        read_panel(path, ["district", "month"], numeric=[])
    assert err.value.code == "missing_column" and err.value.column == "month"


def test_actuals_template_round_trip_through_the_reader(tmp_path, sample_dataset, capsys):
    import openpyxl

    from kzplanner import paths
    from kzplanner.cli import main
    from kzplanner.core.catalogue import label
    from kzplanner.core.io.read.actuals import read_actuals
    from kzplanner.core.variance import MEASURES

    out = tmp_path / "нақты.xlsx"
    assert main(["template", "--boundaries", str(paths.natural_earth_boundaries()), "--out", str(out),
                 "--lang", "kk", "--actuals"]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["statistics"]
    ids = [c.value for c in ws[3]]
    assert [m for m in MEASURES if m in ids] == list(MEASURES)
    assert label("kits_installed", "kk") in [c.value for c in ws[2]]
    # a district fills in one row: 12 kits installed, 400 device vouchers redeemed of 500
    col = {name: i + 1 for i, name in enumerate(ids)}
    ws.cell(4, col["kits_installed"], 12)
    ws.cell(4, col["device_voucher_issued"], 500)
    ws.cell(4, col["device_voucher_redeemed"], 400)
    wb.save(out)
    actuals = read_actuals(out, units=sample_dataset.units)
    first = str(ws.cell(4, col["unit_code"]).value)
    assert actuals.loc[first, "kits_installed"] == 12
    assert actuals.loc[first, "device_voucher_redeemed"] == 400
