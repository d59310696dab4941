"""Several tables, one dataset (issue 15): each statistics table a source, reconciled on its own,
indicators combined per unit, two sources for one indicator a visible choice."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from kzplanner import paths
from kzplanner.core.dataset import load_dataset
from kzplanner.core.sources import StatsSource
from tests.core.bulletins import ADM1, geokz_names, make_regional_table


def _csv(path, column: str, values: dict[str, float]) -> str:
    pd.DataFrame({"unit_code": list(values), column: list(values.values())}).to_csv(
        path, index=False)
    return str(path)


def _sample_codes() -> list[str]:
    from kzplanner.core.io.read.boundaries import read_boundaries

    return list(read_boundaries(paths.natural_earth_boundaries()).index)


def test_two_tables_join_side_by_side(tmp_path):
    codes = _sample_codes()
    pop = {c: 1000.0 * (i + 1) for i, c in enumerate(codes)}
    schools = {c: float(10 + i) for i, c in enumerate(codes)}
    ds = load_dataset(paths.natural_earth_boundaries(), [
        _csv(tmp_path / "халық.csv", "population", pop),
        _csv(tmp_path / "мектептер.csv", "schools_total", schools)])
    assert ds.units["population"].to_dict() == pop
    assert ds.units["schools_total"].to_dict() == schools
    used = {s.file.rsplit("/", 1)[-1]: s.used for s in ds.data_sources}
    assert used == {"халық.csv": ["population"], "мектептер.csv": ["schools_total"]}
    assert not [i for i in ds.reconciliation.issues
                if i["code"] == "indicator_from_several_sources"]


def test_two_sources_for_one_indicator_are_reported_never_silently_overwritten(tmp_path):
    codes = _sample_codes()
    old = {c: 100.0 + i for i, c in enumerate(codes)}
    new = {c: 200.0 + i for i, c in enumerate(codes)}
    a = _csv(tmp_path / "a.csv", "population", old)
    b = _csv(tmp_path / "b.csv", "population", new)
    ds = load_dataset(paths.natural_earth_boundaries(), [a, b])
    several = [i for i in ds.reconciliation.issues
               if i["code"] == "indicator_from_several_sources"]
    assert len(several) == 1 and several[0]["sources"] == ["s1", "s2"]
    used = several[0]["used"]
    assert ds.units["population"].to_dict() == (new if used == "s2" else old)
    # the planner's choice decides, and is said
    ds = load_dataset(paths.natural_earth_boundaries(), [a, b], choices={"population": "s1"})
    assert ds.units["population"].to_dict() == old
    issue = next(i for i in ds.reconciliation.issues
                 if i["code"] == "indicator_from_several_sources")
    assert issue["used"] == "s1" and issue["chosen_by"] == "planner"
    from kzplanner.core.reconcile_text import issue_text

    assert "a.csv" in issue_text(issue, "kk") and "b.csv" in issue_text(issue, "kk")


def test_the_latest_year_is_used_by_default(tmp_path):
    src_old = StatsSource(file="x", id="s1", period="2021")
    src_new = StatsSource(file="y", id="s2", period="2023")
    from kzplanner.core.reconciliation import Reconciliation
    from kzplanner.core.sources import combine

    idx = pd.Index(["a", "b"])
    rec = Reconciliation()
    out = combine([(src_new, pd.DataFrame({"population": [2.0, 3.0]}, index=idx)),
                   (src_old, pd.DataFrame({"population": [1.0, 1.0]}, index=idx))], None, rec)
    assert list(out["population"]) == [2.0, 3.0] and src_new.used == ["population"]


@pytest.fixture
def household_table(tmp_path):
    adm1, _ = geokz_names()
    values = {str(r["KATO"]): float(5_000 + 731 * i) for i, r in enumerate(adm1)}
    path = tmp_path / "үй шаруашылықтары интернет.xlsx"
    make_regional_table(path, "Число домашних хозяйств, не имеющих доступа к сети Интернет",
                        "Интернетке қолжетімділігі жоқ үй шаруашылықтарының саны", "единиц",
                        values)
    return path, values


def _latest_cells(src, names: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """The first block's latest-year figure of each region, read by hand with openpyxl."""
    import openpyxl

    ws = openpyxl.load_workbook(src, data_only=True).worksheets[0]
    cells = [list(r) for r in ws.iter_rows(values_only=True)]
    year_row = next(r for r in cells if any(str(v).startswith(("2023", "2022/23"))
                                            for v in r if v is not None))
    col = max(i for i, v in enumerate(year_row) if v is not None)
    out = {}
    for code, labels in names.items():
        out[code] = next(r[col] for r in cells if isinstance(r[0], str)
                         and r[0].strip() in labels)
    return out


NAMES = {  # KATO → how the Bureau's two real tables write the region (first block)
    "100000000": ("Абай",), "110000000": ("Акмолинская",), "150000000": ("Актюбинская",),
    "190000000": ("Алматинская",), "230000000": ("Атырауская",),
    "270000000": ("Западно-Казахстанская",), "310000000": ("Жамбылская",),
    "330000000": ("Жетісу", "Жетису"), "350000000": ("Карагандинская",),
    "390000000": ("Костанайская",), "430000000": ("Кызылординская",),
    "470000000": ("Мангистауская",), "550000000": ("Павлодарская",),
    "590000000": ("Северо-Казахстанская",), "610000000": ("Туркестанская 1", "Туркестанская*"),
    "620000000": ("Ұлытау", "Улытау"), "630000000": ("Восточно-Казахстанская",),
    "710000000": ("г. Астана", "город Астана"), "750000000": ("г. Алматы", "город Алматы"),
    "790000000": ("г. Шымкент", "город Шымкент")}


@pytest.mark.realdata
def test_three_published_tables_make_one_dataset_saved_and_reopened(real_data, tmp_path,
                                                                   household_table, capsys):
    from kzplanner.cli import main

    pop_src = real_data / "bns-population-by-region" / "source.xlsx"
    sch_src = real_data / "bns-schools" / "schools.xlsx"
    hh_src, hh_values = household_table
    project = tmp_path / "Жоба үш кесте.kzp"
    argv = ["plan", "--boundaries", str(ADM1), "--stats", str(pop_src), "--stats", str(sch_src),
            "--stats", str(hh_src), "--budget", "5e8", "--project", str(project), "--json"]
    assert main(argv) == 0
    capsys.readouterr()
    code = ("import json, sys; from kzplanner.core.io.read.project_open import open_project; "
            "p = open_project(sys.argv[1]); u = p.dataset.units; "
            "print(json.dumps({'values': {c: u[c].astype(float).where(u[c].notna(), None)"
            ".to_dict() for c in ('population', 'schools_total', 'households_no_internet')}, "
            "'sources': [(s.file, s.used, s.period) for s in p.dataset.data_sources]}, "
            "ensure_ascii=False))")
    out = subprocess.run([sys.executable, "-c", code, str(project)], capture_output=True,
                         text=True, check=True, cwd=tmp_path)
    got = json.loads(out.stdout)
    assert got["values"]["population"] == _latest_cells(pop_src, NAMES)
    assert got["values"]["schools_total"] == _latest_cells(sch_src, NAMES)
    assert got["values"]["households_no_internet"] == hh_values
    assert [(f.rsplit("/", 1)[-1], used, period) for f, used, period in got["sources"]] == [
        ("source.xlsx", ["population"], "2023"),
        ("schools.xlsx", ["schools_total"], "2022/23"),
        (hh_src.name, ["households_no_internet"], "2023")]
    # the same dataset in this process, loaded directly, is identical to the reopened one
    ds = load_dataset(ADM1, [str(pop_src), str(sch_src), str(hh_src)])
    for col, values in got["values"].items():
        assert ds.units[col].to_dict() == values


def test_one_option_for_several_stats_or_one_each(tmp_path, capsys):
    from kzplanner.cli import main

    codes = _sample_codes()
    a = _csv(tmp_path / "a.csv", "population", {c: 1.0 for c in codes})
    b = _csv(tmp_path / "b.csv", "schools_total", {c: 2.0 for c in codes})
    argv = ["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats", a, "--stats", b,
            "--json"]
    assert main(argv) in (0, 1)
    report = json.loads(capsys.readouterr().out)
    assert [s["used"] for s in report["statistics_sources"]] == [["population"],
                                                                 ["schools_total"]]
    assert main([*argv, "--sheet", "x", "--sheet", "y", "--sheet", "z"]) == 2
    assert "--sheet" in capsys.readouterr().err


def test_exports_list_every_source_and_carry_every_loaded_indicator(tmp_path):
    import openpyxl

    from kzplanner.core.io.write.plan_layers import write_plan_csv
    from kzplanner.core.io.write.plan_workbook import write_plan_workbook
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    codes = _sample_codes()
    pop = {c: 1000.0 * (i + 1) for i, c in enumerate(codes)}
    hh = {c: 300.0 + i for i, c in enumerate(codes)}
    ds = load_dataset(paths.natural_earth_boundaries(), [
        _csv(tmp_path / "халық.csv", "population", pop),
        _csv(tmp_path / "үй.csv", "households_no_internet", hh)])
    result = make_plan(ds, PlanParams(budget_kzt=1e8))
    wb = openpyxl.load_workbook(write_plan_workbook(tmp_path / "plan.xlsx", ds, result,
                                                    lang="en"))
    sources = [[c.value for c in row] for row in wb["Sources"].iter_rows()]
    by_file = {r[1]: r[5] for r in sources[1:]}
    assert by_file["үй.csv"] == "Households without internet"
    assert by_file["халық.csv"] == "Population"
    ind = wb["Indicators"]
    headers = [c.value for c in ind[1]]
    col = headers.index("Households without internet")
    got = {r[0]: r[col] for r in ind.iter_rows(min_row=2, values_only=True) if r[0] in hh}
    assert got == hh
    csvs = write_plan_csv(tmp_path / "plan.csv", ds, result)
    units_csv = next(p for p in csvs if p.name == "plan.csv")
    table = pd.read_csv(units_csv, dtype={"unit_code": str})
    assert dict(zip(table["unit_code"], table["households_no_internet"], strict=True)) == hh
