"""Mapping you can trust (issue 14, item 5): a column maps to an indicator only when the table
says so, with the evidence named; the year column is the latest unless --year chooses; a sheet
or a year the workbook lacks is an error naming what it has; a legacy .xls with a metadata block
above the table is read like an .xlsx.

Every value is compared with the cell read independently (openpyxl / xlrd), never with what the
code under test read."""

from __future__ import annotations

import json
import re

import openpyxl
import pytest

from kzplanner import paths
from kzplanner.cli import main
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.read import layout
from kzplanner.errors import MESSAGES, KZError

# The 20 regions as the Bureau lists them since 2022, and the 16 of the bundled (pre-2018) map.
REGIONS_2024 = ["Абай", "Акмолинская", "Актюбинская", "Алматинская", "Атырауская",
                "Западно-Казахстанская", "Жамбылская", "Жетісу", "Карагандинская",
                "Костанайская", "Кызылординская", "Мангистауская", "Павлодарская",
                "Северо-Казахстанская", "Туркестанская", "Ұлытау", "Восточно-Казахстанская",
                "г.Астана", "г.Алматы", "г.Шымкент"]
REGIONS_2017 = ["Акмолинская", "Актюбинская", "Алматинская", "Атырауская",
                "Западно-Казахстанская", "Жамбылская", "Карагандинская", "Костанайская",
                "Кызылординская", "Мангистауская", "Южно-Казахстанская", "Павлодарская",
                "Северо-Казахстанская", "Восточно-Казахстанская", "г.Астана", "г.Алматы"]
DOCTOR_TITLES = ["Численность врачей всех специальностей по регионам",
                 "Дәрігерлер саны", "Number of physicians",
                 "Барлық мамандықтағы дәрігерлер саны / Численность врачей всех специальностей"]


def _bulletin(path, title, years, regions, caption="человек", header=None):
    """A Bureau-style sheet: title, unit line, a row of years (or `header`), the republic row and
    one row per region with a different value in every cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Кесте 1"
    ws.append([title])
    ws.append([None] * len(years) + [caption])
    ws.append([None, *(header or years)])
    rows = [[name, *(1000 * (i + 1) + 7 * k + 3 for k in range(len(years)))]
            for i, name in enumerate(regions)]
    ws.append(["Республика Казахстан", *(sum(r[k + 1] for r in rows) for k in range(len(years)))])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _cell(path, label, year, sheet=None):
    """The cell of `label`'s row under the header `year`, read by openpyxl alone."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    col = row = None
    for r in ws.iter_rows():
        for c in r:
            if col is None and str(c.value).strip() == str(year):
                col = c.column
        if r[0].value is not None and str(r[0].value).strip() == label:
            row = r[0].row
    assert col is not None and row is not None, (label, year)
    return ws.cell(row, col).value


# ---------------------------------------------------------------- 1. evidence, not stems

@pytest.mark.parametrize("title", DOCTOR_TITLES)
def test_a_table_of_doctors_is_not_population(tmp_path, title):
    path = _bulletin(tmp_path / "врачи.xlsx", title, [2021, 2022, 2023], REGIONS_2024)
    p = layout.detect_layout(path)
    assert len(p.columns) == 3 and [c.period for c in p.columns] == ["2021", "2022", "2023"]
    assert p.mapping.columns == []
    assert all(c.suggestion is None and not c.evidence for c in p.columns)
    assert "no column suggested an indicator: map the columns by hand" in p.warnings
    assert p.confidence < 1
    with pytest.raises(KZError) as info:
        load_dataset(paths.natural_earth_boundaries(), path)
    assert info.value.code == "header_not_found"


def test_the_same_table_of_population_is_population_from_its_title(tmp_path):
    """The control of the test above: only the title differs, and population is found, with
    confidence below 1 and a warning saying it rests on the title."""
    title = "Численность населения по регионам"
    path = _bulletin(tmp_path / "население.xlsx", title, [2021, 2022, 2023], REGIONS_2024)
    p = layout.detect_layout(path)
    assert [(c.indicator, c.column, c.select) for c in p.mapping.columns] == \
        [("population", "D", "latest_period")]
    assert p.mapping.columns[0].evidence == f"the title “{title}”"
    assert f"population: from the title “{title}”" in p.warnings
    assert "year column: 2023 (latest of 2021–2023)" in p.warnings
    assert p.confidence < 1


@pytest.mark.parametrize("title, expected", [
    ("Численность по регионам", None),  # a count of something: not evidence of population
    ("Численность жителей", "population"),
    ("Тұрғындар саны", "population"),
    ("Халық саны", "population"),
    ("Численность населения на одного врача", None),
    ("Число больничных коек на 10 000 населения", None),
    ("Численность учителей общеобразовательных школ", None),
    ("Численность учащихся школ", None),
    ("Число центров обслуживания населения", "pscs_total"),
    ("Халықаралық көші-қон", None),
    ("Покрытие мобильной связью, % населения", "network_coverage_share"),
    ("Сельское население, человек", "rural_population"),
    ("Число общеобразовательных школ1)", "schools_total"),
])
def test_suggestions_need_the_subject_named(title, expected):
    assert layout.suggest_indicator(title)[0] == expected


def test_a_header_is_strong_evidence_a_title_weak(tmp_path):
    path = tmp_path / "h.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Регионы в цифрах"])
    ws.append([None, "Население, человек", "на 10 000 населения"])
    for i, name in enumerate(REGIONS_2024):
        ws.append([name, 50000 + i, 12.5])
    wb.save(path)
    p = layout.detect_layout(path)
    assert [(c.indicator, c.column, c.select) for c in p.mapping.columns] == \
        [("population", "B", "header")]  # the rate column C is not population
    assert p.mapping.columns[0].evidence == "the column header “Население, человек”"
    assert "population: from the column header “Население, человек”" in p.warnings
    assert p.confidence == 1.0
    assert next(c for c in p.columns if c.column == "C").suggestion is None


def test_a_sheet_name_alone_is_weak_evidence(tmp_path):
    path = tmp_path / "s.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Население"
    ws.append([None, 2022, 2023])
    for i, name in enumerate(REGIONS_2024):
        ws.append([name, 100 + i, 200 + i])
    wb.save(path)
    p = layout.detect_layout(path)
    assert [(c.indicator, c.column) for c in p.mapping.columns] == [("population", "C")]
    assert "population: from the sheet name “Население”" in p.warnings
    assert p.confidence < 1


def test_mappings_saved_before_evidence_and_year_still_load(tmp_path):
    old = {"version": 1, "sheet": "Кесте 1", "header_rows": [3], "unit_column": "A",
           "unit_kind": "name", "code_column": None, "parent_column": None, "block": "all",
           "first_row": 4, "last_row": 24,
           "columns": [{"indicator": "population", "column": "D", "header": "2023",
                        "select": "latest_period", "type": "number"}],
           "decisions": {}}
    file = tmp_path / "old.mapping.json"
    file.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    m = layout.load_mapping(file)
    assert m.year is None and m.kind == "statistics" and m.columns[0].evidence == ""
    again = layout.load_mapping(layout.save_mapping(m, tmp_path / "again.mapping.json"))
    assert again == m


# ---------------------------------------------------------------- 2. the year column

def test_resolve_period_column_finds_the_year_in_its_forms():
    headers = {0: "", 1: "2020/21", 2: "2021/22", 3: "2022/23", 4: "Примечание"}
    assert layout.resolve_period_column(headers, 0, None) == 3
    assert layout.resolve_period_column(headers, 0, "2021") == 2
    assert layout.resolve_period_column(headers, 0, "2021/22") == 2
    assert layout.resolve_period_column(headers, 0, "2021/2022") == 2
    assert layout.resolve_period_column(headers, 0, "2021-22") == 2
    with pytest.raises(KZError) as info:
        layout.resolve_period_column(headers, 0, "2021/23")
    assert info.value.code == "year_missing"
    years = {0: "", 1: "Всего / 2020", 2: "Всего / 2021 г.", 3: "Всего / 2022"}
    assert layout.resolve_period_column(years, 0, "2021") == 2
    assert layout.resolve_period_column(years, 0, "2021 г.") == 2
    with pytest.raises(KZError) as info:
        layout.resolve_period_column(years, 0, "1999")
    assert info.value.code == "year_missing" and info.value.column == "1999"
    assert info.value.detail == "2020, 2021 г., 2022"
    assert layout.resolve_period_column({0: "", 1: "Всего"}, 0, None) is None


def _population_2017(tmp_path):
    return _bulletin(tmp_path / "население 2017.xlsx", "Численность населения по регионам",
                     [2015, 2016, 2017], REGIONS_2017)


def test_year_on_check_reaches_the_mapping_and_picks_that_column(tmp_path, capsys):
    path = _population_2017(tmp_path)
    saved = tmp_path / "m.mapping.json"
    code = main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(path),
                 "--year", "2016", "--save-mapping", str(saved)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "ℹ year column: 2016 (asked for; 2015–2017 in the file)" in out
    # the indicator by its label, as everything `check` prints (issue 20: no raw ids)
    assert "ℹ Population: from the title “Численность населения по регионам”" in out
    m = layout.load_mapping(saved)
    assert m.year == "2016"
    ds = load_dataset(paths.natural_earth_boundaries(), path, mapping=m)
    assert ds.units.loc["110000000", "population"] == _cell(path, "Акмолинская", 2016)
    assert ds.units.loc["750000000", "population"] == _cell(path, "г.Алматы", 2016)
    assert _cell(path, "Акмолинская", 2016) != _cell(path, "Акмолинская", 2017)
    # without --year: the latest, said so
    assert main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats",
                 str(path)]) == 0
    assert "ℹ year column: 2017 (latest of 2015–2017)" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["plan", "map"])
def test_year_and_sheet_on_plan_and_map_reach_the_mapping(tmp_path, monkeypatch, command):
    path = _population_2017(tmp_path)
    seen = {}

    class Stop(Exception):
        pass

    def fake_load(*args, **kwargs):
        seen.update(kwargs)
        raise Stop

    import kzplanner.core.dataset as dataset

    monkeypatch.setattr(dataset, "load_dataset", fake_load)
    extra = ["--budget", "1e9"] if command == "plan" else ["--out", str(tmp_path / "m.png")]
    with pytest.raises(Stop):
        main([command, "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(path),
              "--sheet", "Кесте 1", "--year", "2015", *extra])
    assert seen["sheet"] == "Кесте 1" and seen["mapping"].year == "2015"
    frame = layout.apply_mapping(path, seen["mapping"]).frame.set_index("unit_name")
    assert frame.loc["Акмолинская", "population"] == _cell(path, "Акмолинская", 2015)


@pytest.mark.parametrize("command", ["check", "plan", "map", "gui"])
def test_a_missing_year_is_an_error_naming_the_years(tmp_path, capsys, command):
    path = _population_2017(tmp_path)
    extra = {"plan": ["--budget", "1e9"], "map": ["--out", str(tmp_path / "m.png")]}
    code = main([command, "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(path),
                 "--year", "1999", "--lang", "en", *extra.get(command, [])])
    err = capsys.readouterr().err
    assert code == 2
    assert "“1999”" in err and "2015, 2016, 2017" in err


def test_a_missing_year_in_a_saved_mapping_is_an_error(tmp_path, capsys):
    path = _population_2017(tmp_path)
    m = layout.detect_layout(path).mapping
    m.year = "2030"
    with pytest.raises(KZError) as info:
        layout.apply_mapping(path, m)
    assert info.value.code == "year_missing" and info.value.detail == "2015, 2016, 2017"
    saved = layout.save_mapping(m, tmp_path / "m.mapping.json")
    code = main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(path),
                 "--mapping", str(saved), "--lang", "kk"])
    assert code == 2
    assert "«2030» жылының бағаны жоқ" in capsys.readouterr().err


# ---------------------------------------------------------------- 3. the sheet

@pytest.mark.parametrize("command", ["check", "plan", "map", "gui"])
def test_a_missing_sheet_is_an_error_naming_the_sheets(tmp_path, capsys, command):
    path = _population_2017(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("Мужчины")
    wb.save(path)
    names = openpyxl.load_workbook(path).sheetnames
    extra = {"plan": ["--budget", "1e9"], "map": ["--out", str(tmp_path / "m.png")]}
    code = main([command, "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(path),
                 "--sheet", "99", "--lang", "en", *extra.get(command, [])])
    err = capsys.readouterr().err
    assert code == 2
    assert "“99”" in err and ", ".join(names) in err


@pytest.mark.realdata
def test_real_population_sheet_99_is_an_error_not_the_cover_sheet(real_data, capsys):
    src = real_data / "bns-population-by-region" / "source.xlsx"
    code = main(["check", "--boundaries",
                 str(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp"), "--stats", str(src),
                 "--sheet", "99", "--lang", "ru"])
    err = capsys.readouterr().err
    assert code == 2
    assert "нет листа «99»" in err
    assert ", ".join(openpyxl.load_workbook(src, read_only=True).sheetnames) in err


def test_sheet_and_year_without_a_workbook_are_refused(capsys):
    assert main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats",
                 str(paths.sample_statistics()), "--year", "2021"]) == 2
    assert "2021" in capsys.readouterr().err
    assert main(["map", "--sheet", "x", "--out", "m.png"]) == 2
    assert "--stats" in capsys.readouterr().err


# ---------------------------------------------------------------- real workbooks

@pytest.mark.realdata
def test_real_bns_population_still_maps_population(real_data):
    src = real_data / "bns-population-by-region" / "source.xlsx"
    p = layout.detect_layout(src)
    assert [(c.indicator, c.column, c.select) for c in p.mapping.columns] == \
        [("population", "Y", "latest_period")]
    assert "year column: 2023 (latest of 2000–2023)" in p.warnings
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp", src)
    assert ds.reconciliation.matched_by_name == 20
    wb = openpyxl.load_workbook(src, data_only=True)
    ws = wb["Все население"]
    year_col = next(c.column for c in ws[1] if c.value == 2023)
    cells = {re.sub(r"\s+\d$", "", str(r[0].value).strip()): r[year_col - 1].value
             for r in ws.iter_rows(min_row=2) if r[0].value}  # “Туркестанская 1”: a footnote
    joined = [m for m in ds.reconciliation.matches if m.get("unit_code")]
    assert len(joined) == 20
    for m in joined:
        assert ds.units.loc[m["unit_code"], "population"] == cells[m["label"].strip()], m


@pytest.mark.realdata
def test_real_bns_population_year_2021(real_data, tmp_path, capsys):
    src = real_data / "bns-population-by-region" / "source.xlsx"
    saved = tmp_path / "pop.mapping.json"
    code = main(["check", "--boundaries",
                 str(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp"), "--stats", str(src),
                 "--year", "2021", "--save-mapping", str(saved)])
    out = capsys.readouterr().out
    assert code in (0, 1), out  # 1: the reform check may refuse the split oblasts
    assert "ℹ year column: 2021 (asked for; 2000–2023 in the file)" in out
    m = layout.load_mapping(saved)
    frame = layout.apply_mapping(src, m).frame.set_index("unit_name")
    for region in ("Акмолинская", "Павлодарская", "Мангистауская"):
        assert frame.loc[region, "population"] == _cell(src, region, 2021, "Все население")
    assert frame.loc["Акмолинская", "population"] != _cell(src, "Акмолинская", 2023,
                                                          "Все население")


# ---------------------------------------------------------------- 4. legacy .xls

META = [("Код показателя", "1.01.001"), ("Наименование показателя", "Численность населения"),
        ("Единица измерения: человек", None), ("Периодичность: годовая", None),
        ("Источник: Бюро национальной статистики Агентства по стратегическому планированию и "
         "реформам Республики Казахстан", None), ("Дата обновления: 01.03.2024", None)]


def _legacy_rows(corner):
    rows = [[a] + ([b] if b else []) for a, b in META] + [[], [corner, 2021, 2022, 2023]]
    body = [[name, *(300000 + 1000 * i + 10 * k for k in range(3))]
            for i, name in enumerate(REGIONS_2024)]
    return rows + [["Республика Казахстан", *(sum(r[k] for r in body) for k in (1, 2, 3))]] + body


def _legacy_xls(path, corner=None):
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Лист1")
    for r, row in enumerate(_legacy_rows(corner)):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    wb.save(str(path))
    return path


@pytest.mark.parametrize("corner", [None, "Регион"])
def test_legacy_xls_with_a_metadata_block_is_detected(tmp_path, corner):
    import xlrd

    path = _legacy_xls(tmp_path / "население.xls", corner)
    p = layout.detect_layout(path)
    assert p.title == "Численность населения" and p.caption == "человек"
    assert p.mapping.header_rows == [8] and p.mapping.unit_column == "A"
    assert [(c.indicator, c.column, c.select) for c in p.mapping.columns] == \
        [("population", "D", "latest_period")]
    assert "population: from the title “Численность населения”" in p.warnings
    frame = layout.apply_mapping(path, p.mapping).frame.set_index("unit_name")
    sh = xlrd.open_workbook(str(path)).sheet_by_index(0)
    col = sh.row_values(7).index(2023)
    expected = {str(sh.cell_value(r, 0)): sh.cell_value(r, col) for r in range(9, sh.nrows)}
    assert len(expected) == 20
    for name, value in expected.items():
        assert frame.loc[name, "population"] == value
    assert frame.loc["Республика Казахстан", "population"] == sh.cell_value(8, col)
    # the same sheet as .xlsx is read the same way
    xlsx = tmp_path / "население.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Лист1"
    for row in _legacy_rows(corner):
        wb.active.append(row)
    wb.save(xlsx)
    q = layout.detect_layout(xlsx)
    assert (q.title, q.caption, q.mapping.header_rows, q.mapping.columns) == \
        (p.title, p.caption, p.mapping.header_rows, p.mapping.columns)


def test_legacy_xls_checks_from_the_command_line(tmp_path, capsys):
    path = _legacy_xls(tmp_path / "население.xls")
    code = main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(path)])
    out = capsys.readouterr().out
    assert code in (0, 1), out
    assert "ℹ Population: from the title “Численность населения”" in out
    assert "ℹ year column: 2023 (latest of 2021–2023)" in out


def test_an_unrecognised_table_points_to_what_the_cli_has(tmp_path, capsys):
    path = _bulletin(tmp_path / "врачи.xlsx", DOCTOR_TITLES[0], [2021, 2022, 2023],
                     REGIONS_2024)
    code = main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "kzplanner check … --mapping FILE" in err and "window's import wizard" in err
    assert "population" not in err
    for lang in ("en", "ru", "kk"):
        text = MESSAGES["header_not_found"][lang]
        assert "--mapping" in text and "--save-mapping" in text
