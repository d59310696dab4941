"""Issue 16: measures are kept apart in every output (CLI text, JSON, workbook, CSV, GeoPackage,
comparison), each with its own ₸ per unit; the workbook states the objective and its exchange
rate and says its assumptions in words; seed 002's urban/rural indicator with its targets.

The check is on the values, not on key names: the sums of two or three measures (people newly
with a device, newly with home internet, people served by the institutions connected) are
computed from the allocation alone, and no figure in any output may equal one of them.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace

import numpy as np
import openpyxl
import pandas as pd
import pytest

from kzplanner import paths
from kzplanner.cli import main
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number
from kzplanner.core.indicators import institution_access
from kzplanner.core.io.write.plan_layers import write_plan_csv, write_plan_geopackage
from kzplanner.core.io.write.plan_workbook import write_plan_workbook
from kzplanner.core.monitoring import indicator_targets, monitoring_indicator
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.planner import make_plan
from kzplanner.core.planning.summary_text import headline
from kzplanner.core.scenario import compare_scenarios

from .measures_check import forbidden_sums, matches, measure_values, numbers_in
from .oblast import oblast_args

BUDGET = 2e9
# Proportional at 2 bn ₸ buys all three measures on the sample, so that no sum across them can
# coincide with a measure shown on its own (with max impact the vouchers are 0 there).
# On the sample's oblast level (its district rows summed into 20 oblasts): on 224 districts the
# per-unit sums are small whole numbers that meet unrelated figures (a kit's people served, a
# count) by chance, so a match would say nothing.
ARGS = ["plan", "--budget", "2e9", "--strategy", "proportional", *oblast_args()]


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    return oblast_sample


@pytest.fixture(scope="module")
def plan(sample_dataset):
    result = make_plan(sample_dataset, PlanParams(budget_kzt=BUDGET, strategy="proportional"))
    m = measure_values(result)["KZ"]
    assert all(v > 0 for v in m.values()), m  # every measure present: the sums differ
    return result


def _json_numbers(data) -> list[float]:
    if isinstance(data, dict):
        return [x for v in data.values() for x in _json_numbers(v)]
    if isinstance(data, list):
        return [x for v in data for x in _json_numbers(v)]
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return [float(data)]
    return []


def test_headline_at_2bn_lists_each_measure_apart(sample_dataset):
    result = make_plan(sample_dataset, PlanParams(budget_kzt=BUDGET))
    s = result.summary
    m = s["measures"]
    assert "cost_per_person" not in s and "total" not in s["people_newly_with_access"]
    text = headline(s, "en")
    inst = m["institutions"]
    assert text.startswith(f"{format_number(inst['connected'], 'en')} institutions connected")
    assert f"serving {format_number(inst['people_served'], 'en')} people" in text
    assert f"{format_number(m['device']['vouchers'], 'en')} device vouchers" in text
    assert f"{format_number(m['internet']['vouchers'], 'en')} internet vouchers" in text
    assert "newly with access at" not in text
    for lang in ("ru", "kk"):
        local = headline(s, lang)
        assert format_number(inst["connected"], lang) in local
        assert label("hl.device", lang).split(":")[0] in local
    # each measure's cost per unit of its own measure
    spent = s["spent_by_instrument"]
    assert inst["kzt_per_unit"] == pytest.approx(spent["kit"] / inst["connected"])
    for t, part in inst["by_type"].items():
        kits = result.kits[result.kits["type"] == t]
        assert part["connected"] == len(kits)
        assert part["people_served"] == pytest.approx(kits["people_served"].sum())
    assert inst["by_type"]["school"]["served_as"] == "students"
    assert inst["by_type"]["fap"]["served_as"] == "catchment"
    assert inst["by_type"]["psc"]["served_as"] == "service_population"


def test_each_measure_has_its_own_cost_per_unit(plan):
    m = plan.summary["measures"]
    values = measure_values(plan)["KZ"]
    spent = plan.summary["spent_by_instrument"]
    assert m["device"]["newly"] == pytest.approx(values["device"])
    assert m["device"]["kzt_per_unit"] == pytest.approx(spent["device_voucher"]
                                                        / values["device"])
    assert m["internet"]["newly"] == pytest.approx(values["internet"])
    assert m["internet"]["kzt_per_unit"] == pytest.approx(spent["internet_voucher"]
                                                          / values["internet"])
    assert m["internet"]["unit"] == "households"  # the sample gives households without internet
    assert m["institutions"]["people_served"] == pytest.approx(values["served"])
    per_unit = plan.per_unit()
    assert "people_newly_with_access" not in per_unit
    assert per_unit["newly_with_device"].sum() == pytest.approx(values["device"])
    assert per_unit["institutions_connected"].sum() == m["institutions"]["connected"]


def test_cli_json_has_no_figure_summed_across_measures(tmp_path, capsys, plan):
    assert main([*ARGS, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["measures"] == json.loads(json.dumps(plan.summary["measures"]))
    found = matches(_json_numbers(data), forbidden_sums(plan), 1e-6)
    assert not found, found
    assert all("people_total" not in point for point in data["curve"])


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_cli_text_lists_each_measure_and_no_sum(capsys, plan, lang):
    assert main([*ARGS, "--lang", lang]) == 0
    text = capsys.readouterr().out
    m = plan.summary["measures"]
    for value in (m["device"]["newly"], m["internet"]["newly"], m["institutions"]["connected"],
                  m["institutions"]["people_served"]):
        assert format_number(value, lang) in text
    assert label("exchange_rate", lang) in text and label("objective", lang) in text
    # the text rounds to whole numbers: a sum is found within half a unit
    found = matches(numbers_in(text, lang), forbidden_sums(plan, national_only=True,
                                                           with_ratio=False), 0.5)
    assert not found, (found, text)


_SUM = re.compile(r"=(SUM|SUBTOTAL)\((?:9,)?([A-Z]+)(\d+):([A-Z]+)(\d+)\)")
_REF = re.compile(r"='([^']+)'!([A-Z]+\d+)")
_DIFF = re.compile(r"=([A-Z]+\d+)-([A-Z]+\d+)")


def _evaluate(wb, ws, value):
    """A cell's value, with the exporter's formulas (SUM of a column range, a reference to
    another sheet, a difference of two cells) computed; any other formula fails the test."""
    if not (isinstance(value, str) and value.startswith("=")):
        return value
    from openpyxl.utils import column_index_from_string

    if m := _SUM.fullmatch(value):
        col = column_index_from_string(m.group(2))
        assert m.group(2) == m.group(4), value  # one column: one measure
        raw = [ws.cell(r, col).value for r in range(int(m.group(3)), int(m.group(5)) + 1)]
        if m.group(1) == "SUBTOTAL":  # SUBTOTAL(9, …) leaves the subtotals inside it out
            raw = [v for v in raw if not (isinstance(v, str) and v.startswith("=SUBTOTAL"))]
        cells = [_evaluate(wb, ws, v) for v in raw]
        return float(sum(c for c in cells if isinstance(c, (int, float))))
    if m := _REF.fullmatch(value):
        other = wb[m.group(1)]
        return _evaluate(wb, other, other[m.group(2)].value)
    if m := _DIFF.fullmatch(value):
        a, b = (_evaluate(wb, ws, ws[ref].value) for ref in m.groups())
        return None if a is None or b is None else a - b
    raise AssertionError(f"a formula the check does not know: {value}")


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_workbook_has_no_figure_summed_across_measures(tmp_path, sample_dataset, plan, lang):
    path = write_plan_workbook(tmp_path / f"plan_{lang}.xlsx", sample_dataset, plan, lang=lang)
    wb = openpyxl.load_workbook(path)
    values = [_evaluate(wb, ws, c.value) for ws in wb.worksheets for row in ws.iter_rows()
              for c in row]
    found = matches(values, forbidden_sums(plan), 1e-6)
    assert not found, found
    texts = [v for v in values if isinstance(v, str)]
    found = matches([x for t in texts for x in numbers_in(t, lang)],
                    forbidden_sums(plan, national_only=True, with_ratio=False), 0.5)
    assert not found, found
    assert label("people_total", lang) not in texts and label("cost_per_person", lang) not in texts


def test_workbook_summary_states_objective_weights_and_measures(tmp_path, sample_dataset, plan):
    path = write_plan_workbook(tmp_path / "plan.xlsx", sample_dataset, plan, lang="en")
    wb = openpyxl.load_workbook(path)
    summary = wb["Summary"]
    rows = {r[0]: r[1:] for r in summary.iter_rows(values_only=True) if r[0]}
    assert rows["Objective"][0] == label("objective.rule", "en")
    assert rows["Exchange rate (weights of the combined index)"][0] == (
        "institutional 0.5 · device 0.25 · internet 0.25")
    m = plan.summary["measures"]
    assert rows["People newly with a device"][:2] == (m["device"]["vouchers"],
                                                      pytest.approx(m["device"]["newly"]))
    assert rows["People newly with a device"][4] == pytest.approx(m["device"]["kzt_per_unit"])
    assert rows["Households newly with home internet"][2] == "households"
    assert rows["Schools newly with access"][5:7] == (
        pytest.approx(m["institutions"]["by_type"]["school"]["people_served"]), "students")
    # the exchange rate as the planner set it, and the objective of maximum impact
    params = PlanParams(budget_kzt=BUDGET)
    params = params.with_changes(rules=replace(params.rules, gap_weights={
        "institutional": 0.4, "device": 0.4, "internet": 0.2}))
    other = make_plan(sample_dataset, params)
    path = write_plan_workbook(tmp_path / "plan2.xlsx", sample_dataset, other, lang="ru")
    ws = openpyxl.load_workbook(path)[label("sheet.summary", "ru")]
    rows = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
    assert rows[label("objective", "ru")] == label("objective.gap_index", "ru")
    assert rows[label("exchange_rate", "ru")] == (
        "институциональный 0,4 · устройства 0,4 · интернет 0,2")


def test_assumptions_sheet_says_it_in_words(tmp_path, sample_dataset, plan):
    for lang in ("en", "ru", "kk"):
        path = write_plan_workbook(tmp_path / f"a_{lang}.xlsx", sample_dataset, plan, lang=lang)
        ws = openpyxl.load_workbook(path)[label("sheet.assumptions", lang)]
        text = "\n".join(str(c.value) for c in ws["A"] if c.value)
        for key in ("assume.measures", "assume.device", "assume.internet.households",
                    "assume.institutions", "assume.network"):
            assert label(key, lang) in text
        assert label("assume.internet.people", lang) not in text
        assert "{" not in text  # every placeholder filled
        assert "10" in text and "20" in text  # the access benchmarks
    en = "\n".join(str(c.value) for c in openpyxl.load_workbook(
        tmp_path / "a_en.xlsx")["Assumptions"]["A"] if c.value)
    assert "equipment and licensed software" in en and "part of another" in en
    assert "institutional 0.5, device 0.25, internet 0.25" in en
    assert "worth 2 points of its device gap" in en


def test_internet_counted_in_people_without_households(sample_dataset):
    units = sample_dataset.units.assign(households_no_internet=np.nan)
    ds = replace(sample_dataset, units=units)
    result = make_plan(ds, PlanParams(budget_kzt=BUDGET, strategy="proportional"))
    net = result.summary["measures"]["internet"]
    assert net["unit"] == "people" and net["vouchers"] > 0
    assert "people newly with home internet" in headline(result.summary, "en")


def test_csv_and_geopackage_have_no_figure_summed_across_measures(tmp_path, sample_dataset,
                                                                   plan):
    written = write_plan_csv(tmp_path / "жоспар.csv", sample_dataset, plan)
    forbidden = forbidden_sums(plan)
    for path in written:
        table = pd.read_csv(path, encoding="utf-8-sig")
        assert "people_newly_with_access" not in table and "people_total" not in table
        numbers = table.select_dtypes("number").to_numpy(dtype=float).ravel()
        found = matches(numbers.tolist(), forbidden, 1e-6)
        assert not found, (path.name, found)
    units = pd.read_csv(written[0], encoding="utf-8-sig")
    assert units["newly_with_device"].sum() == pytest.approx(
        plan.summary["measures"]["device"]["newly"])
    assert set(units["internet_unit"]) == {"households"}
    alloc = pd.read_csv(written[1], encoding="utf-8-sig")
    assert alloc["people_served_by_kits"].sum() == pytest.approx(
        plan.summary["measures"]["institutions"]["people_served"])
    import geopandas as gpd

    gpkg = write_plan_geopackage(tmp_path / "plan.gpkg", sample_dataset, plan)
    layer = gpd.read_file(gpkg, layer="units")
    numbers = layer.drop(columns="geometry").select_dtypes("number").to_numpy(float).ravel()
    assert not matches(numbers.tolist(), forbidden, 1e-6)


def test_comparison_shows_each_measure_and_no_sum(sample_dataset, plan):
    other = make_plan(sample_dataset, PlanParams(budget_kzt=1e9, strategy="proportional"))
    headlines, _ = compare_scenarios({"A": plan, "B": other})
    assert "people_total" not in headlines.index and "cost_per_person" not in headlines.index
    assert headlines.loc["newly_with_device", "A"] == pytest.approx(
        plan.summary["measures"]["device"]["newly"])
    assert headlines.loc["kzt_per_institution", "B"] == pytest.approx(
        other.summary["measures"]["institutions"]["kzt_per_unit"])
    forbidden = {**forbidden_sums(plan), **forbidden_sums(other)}
    found = matches(headlines.to_numpy(dtype=float).ravel().tolist(), forbidden, 1e-6)
    assert not found, found


# --- seed 002's urban/rural indicator


def test_seed_002_indicator_is_catalogued_with_its_targets():
    urban = monitoring_indicator("school_internet_share_urban")
    rural = monitoring_indicator("school_internet_share_rural")
    assert urban.kind == rural.kind == "share" and not urban.bad_is_high
    assert urban.baseline == {2018: 0.65} and rural.baseline == {2018: 0.35}
    assert indicator_targets("school_internet_share_urban") == {2019: 0.89, 2020: 0.97,
                                                                2021: 1.0}
    assert indicator_targets("school_internet_share_rural") == {2019: 0.67, 2020: 0.93,
                                                                2021: 1.0}
    assert "10.52536/2415-8216.2022-3.04" in urban.source
    for lang in ("en", "ru", "kk"):  # known to the map and charts' labels
        assert label(urban.id, lang) == urban.text(lang)
    assert urban.text("kk") == "Интернетке қолжетімді қала мектептері"
    assert rural.text("ru") == "Сельские школы с доступом в интернет"


def test_institutional_gap_reported_for_urban_and_rural_apart(sample_dataset, plan):
    inst = sample_dataset.institutions
    access = institution_access(inst, plan.params.rules).to_numpy(bool)
    served = inst["people_served"].astype(float).fillna(0.0).to_numpy()
    areas = plan.summary["gaps_by_area"]
    assert set(areas) == {"urban", "rural"}
    kits = set(plan.kits["inst_id"])
    after = access | inst["inst_id"].isin(kits).to_numpy()
    for area in ("urban", "rural"):
        sel = (inst["area_type"] == area).to_numpy()
        a = areas[area]
        assert a["institutions"] == sel.sum()
        assert a["institutional_gap_before"] == pytest.approx(
            1 - served[sel & access].sum() / served[sel].sum())
        assert a["institutional_gap_after"] == pytest.approx(
            1 - served[sel & after].sum() / served[sel].sum())
        schools = sel & (inst["type"] == "school").to_numpy()
        assert a["school_coverage_before"] == pytest.approx((schools & access).sum()
                                                            / schools.sum())
        assert a["school_targets"]["2021"] == 1.0
    assert areas["urban"]["school_reported"] == {"2018": 0.65}
    assert areas["rural"]["school_targets"] == {"2019": 0.67, "2020": 0.93, "2021": 1.0}
    without = replace(sample_dataset, institutions=inst.assign(area_type=None))
    assert make_plan(without, PlanParams(budget_kzt=3e8)).summary["gaps_by_area"] == {}


def test_workbook_and_text_show_urban_and_rural_with_targets(tmp_path, sample_dataset, plan,
                                                            capsys):
    path = write_plan_workbook(tmp_path / "plan.xlsx", sample_dataset, plan, lang="en")
    ws = openpyxl.load_workbook(path)["Summary"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(values_only=True) if r[0]}
    header = next(r for r in ws.iter_rows(values_only=True) if "Target 2021" in r)
    assert header[4:8] == ("Reported 2018", "Target 2019", "Target 2020", "Target 2021")
    rural = rows["Schools with access, rural"]
    assert rural[0] == pytest.approx(plan.summary["gaps_by_area"]["rural"]
                                     ["school_coverage_before"])
    assert rural[3:7] == (0.35, 0.67, 0.93, 1)
    urban_gap = rows["Institutional access gap, urban institutions"]
    assert urban_gap[1] == pytest.approx(plan.summary["gaps_by_area"]["urban"]
                                         ["institutional_gap_after"])
    assert any(isinstance(v, str) and "doi:10.52536/2415-8216.2022-3.04" in v
               for r in ws.iter_rows(values_only=True) for v in r)
    assert main([*ARGS, "--lang", "ru"]) == 0
    text = capsys.readouterr().out
    assert "Разрыв институционального доступа, сельские учреждения:" in text
    assert "(цель 2021: 100 %)" in text.lower().replace("\u00a0", " ")


def test_json_is_finite_and_every_measure_present(capsys):
    assert main([*ARGS, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("device", "internet", "institutions"):
        entry = data["measures"][key]
        assert entry["newly"] > 0 and math.isfinite(entry["kzt_per_unit"])
    assert data["objective"]["kind"] == "rule"
    assert data["objective"]["weights"]["institutional"] == 0.5


def test_seed_002_indicator_can_be_entered_in_a_statistics_table(tmp_path):
    from kzplanner.core.catalogue import INDICATOR_KINDS
    from kzplanner.core.dataset import load_dataset

    wb = openpyxl.load_workbook(paths.sample_statistics())
    ws = wb["statistics"]
    col = ws.max_column + 1
    ws.cell(4, col, "school_internet_share_urban")  # the header row of the sample's table
    ws.cell(4, col + 1, "school_internet_share_rural")
    rows = range(5, ws.max_row + 1)
    for r in rows:
        ws.cell(r, col, 0.65)
        ws.cell(r, col + 1, 0.35)
    path = tmp_path / "статистика.xlsx"
    wb.save(path)
    ds = load_dataset(None, path, None)
    assert ds.units["school_internet_share_urban"].tolist() == [0.65] * len(rows)
    assert ds.units["school_internet_share_rural"].tolist() == [0.35] * len(rows)
    assert INDICATOR_KINDS["school_internet_share_rural"] == "share"  # drawn as a percentage


def test_people_served_over_several_types_is_called_a_sum_where_it_is_shown(sample_dataset):
    """A person served by a school and a FAP is in both types' people served: where the plan
    connects two or more types, the headline, the measures row and its note say the figure is
    summed over types; with one type it is a plain count and says nothing more."""
    import copy

    from kzplanner.core.planning.summary_text import measure_lines, measure_rows

    s = make_plan(sample_dataset, PlanParams(budget_kzt=BUDGET)).summary
    inst = s["measures"]["institutions"]
    types = [t for t, part in inst["by_type"].items() if part["connected"]]
    assert len(types) >= 2
    for lang in ("en", "ru", "kk"):
        people = format_number(inst["people_served"], lang)
        assert label("hl.institutions.gain.summed", lang).split("{people}")[1] in headline(s, lang)
        assert people in headline(s, lang)
        row = next(r for r in measure_rows(s, lang) if r.key == "institutions")
        assert row.served_as == label("served.summed", lang)
        assert any(label("served.summed", lang) in v for _c, v in measure_lines(s, lang))
    one = copy.deepcopy(s)
    for t in types[1:]:
        one["measures"]["institutions"]["by_type"][t]["connected"] = 0
    text = headline(one, "en")
    assert f"serving {format_number(inst['people_served'], 'en')} people;" in text
    assert "counted at each type" not in text
    assert next(r for r in measure_rows(one, "en") if r.key == "institutions").served_as == ""


def _schools_only(ds, budget):
    """A plan that can connect schools only: every other institution excluded."""
    inst = ds.institutions
    others = tuple(inst.loc[inst["type"] != "school", "inst_id"].astype(str))
    params = PlanParams(budget_kzt=budget)
    return make_plan(ds, replace(params, constraints=replace(params.constraints,
                                                             excluded=others)))


def test_workbook_and_comparison_call_people_served_a_sum_over_types(tmp_path, sample_dataset):
    """The allocation and indicators sheets' people-served column, and the comparison's row,
    say "counted at each type" where a plan connects two or more types (their totals add the
    types' people), and keep the plain label where it connects one."""
    from kzplanner.app.compare_text import comparison_text, row_labels
    from kzplanner.app.strings import tr

    several = make_plan(sample_dataset, PlanParams(budget_kzt=BUDGET))
    one = _schools_only(sample_dataset, BUDGET)
    by_type = one.summary["measures"]["institutions"]["by_type"]
    assert by_type["school"]["connected"] > 0
    assert [t for t, part in by_type.items() if part["connected"]] == ["school"]
    for lang in ("ru", "kk"):
        summed, plain = (label("col.people_served_by_kits.summed", lang),
                         label("col.people_served_by_kits", lang))
        for result, wanted, unwanted in ((several, summed, plain), (one, plain, summed)):
            path = write_plan_workbook(tmp_path / f"план-{lang}.xlsx", sample_dataset, result,
                                       lang)
            wb = openpyxl.load_workbook(path, read_only=True)
            for sheet in (label("sheet.allocation", lang), label("sheet.indicators", lang)):
                headers = [c for row in wb[sheet].iter_rows(max_row=3, values_only=True)
                           for c in row if isinstance(c, str)]
                assert wanted in headers, (sheet, headers)
                assert unwanted not in headers
            wb.close()
        keys = ["institutions_connected", "people_served_by_kits"]
        both = row_labels(keys, {"A": one, "B": several}, lang)
        alone = row_labels(keys, {"A": one}, lang)
        assert both[1] == tr("cmp.h_people_served_by_kits.summed", lang)
        assert alone[1] == tr("cmp.h_people_served_by_kits", lang)
        assert both[0] == alone[0] == tr("cmp.h_institutions_connected", lang)
        headlines, _ = compare_scenarios({"A": one, "B": several})
        assert tr("cmp.h_people_served_by_kits.summed", lang) in comparison_text(
            headlines, {"A": one, "B": several}, lang)
