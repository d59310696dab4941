"""Statistics and register readers: title rows, messy numbers, encodings, Cyrillic paths."""

from __future__ import annotations

import math

import openpyxl
import pandas as pd
import pytest

from kzplanner.core.io.read.institutions import normalise_type, read_institutions
from kzplanner.core.io.read.statistics import read_statistics
from kzplanner.core.io.read.values import normalise_code, parse_flag
from kzplanner.errors import KZError


def _write_xlsx(path, rows, sheet="statistics"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows():
        for cell in row:  # text that looks like a formula stays text, as in a planner's file
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    wb.save(path)
    return path


def test_statistics_below_title_rows_with_messy_numbers(tmp_path):
    folder = tmp_path / "Статистика Қазақстан"
    folder.mkdir()
    path = _write_xlsx(folder / "деректер.xlsx", [
        ["Көрнекі деректер — ӘҒҚҢӨҰҮҺІ"],
        [],
        ["unit_code", "unit_name_ru", "population", "schools_total", "network_coverage_share"],
        [110000000, "Акмолинская область", "788 023", "-", "89,5%"],
        ["750000000", "г. Алматы", 2161797, "x", 0.99],
    ])
    stats = read_statistics(path)
    assert list(stats["unit_code"]) == ["110000000", "750000000"]
    assert stats.loc[0, "population"] == 788023
    assert stats.loc[0, "schools_total"] == 0.0  # "-" means zero
    assert math.isnan(stats.loc[1, "schools_total"])  # "x" means missing
    assert stats.loc[0, "network_coverage_share"] == pytest.approx(0.895)
    assert stats.attrs["source"]["first_row"] == 4


def test_bad_number_names_file_sheet_row_and_column_in_each_language(tmp_path):
    path = _write_xlsx(tmp_path / "s.xlsx", [
        ["unit_code", "population"], ["110000000", "много"]])
    with pytest.raises(KZError) as err:
        read_statistics(path)
    e = err.value
    assert (e.code, e.row, e.column, e.sheet) == ("bad_number", 2, "population", "statistics")
    assert "строка 2" in e.message("ru") and "«population»" in e.message("ru")
    assert "2-жол" in e.message("kk")
    assert "row 2" in e.message("en")


def test_csv_in_cp1251_with_semicolons(tmp_path):
    path = tmp_path / "стат.csv"
    path.write_bytes("unit_name;population\nАкмолинская область;788 023\nҚостанай;1\n"
                     .replace("Қ", "К").encode("cp1251"))
    stats = read_statistics(path)
    assert stats.loc[0, "unit_name"] == "Акмолинская область"
    assert stats.loc[0, "population"] == 788023


def test_csv_utf8_with_bom_keeps_kazakh_letters(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("unit_name,population\nҚызылорда облысы,833676\n", encoding="utf-8-sig")
    stats = read_statistics(path)
    assert stats.loc[0, "unit_name"] == "Қызылорда облысы"


def test_missing_header_and_missing_file_are_explained(tmp_path):
    path = _write_xlsx(tmp_path / "s.xlsx", [["foo", "bar"], [1, 2]])
    with pytest.raises(KZError) as err:
        read_statistics(path)
    assert err.value.code == "header_not_found"
    with pytest.raises(KZError) as err:
        read_statistics(tmp_path / "нет.xlsx")
    assert err.value.code == "file_not_found"


def test_register_types_and_flags_across_languages(tmp_path):
    path = _write_xlsx(tmp_path / "r.xlsx", [
        ["inst_id", "name", "type", "unit_code", "lat", "lon", "connected", "download_mbps"],
        ["1", "=HYPERLINK(\"x\")", "Мектеп", "110000000", 52.1, 69.1, "иә", "12,5"],
        ["2", "ФАП № 1", "ФАП", "110000000", 52.2, 69.2, "нет", None],
        ["3", "ХҚКО", "ЦОН", None, 52.3, 69.3, "да", 30],
    ], sheet="institutions")
    reg = read_institutions(path)
    assert list(reg["type"]) == ["school", "fap", "psc"]
    assert list(reg["connected"]) == [True, False, True]
    assert reg.loc[0, "download_mbps"] == 12.5
    assert reg.loc[0, "name"].startswith("=")  # kept as text, never evaluated
    assert pd.isna(reg.loc[2, "unit_code"])


def test_unknown_institution_type_names_the_row(tmp_path):
    path = _write_xlsx(tmp_path / "r.xlsx", [["inst_id", "type"], ["1", "школа"], ["2", "баня"]],
                       sheet="institutions")
    with pytest.raises(KZError) as err:
        read_institutions(path)
    assert err.value.row == 3 and "баня" in err.value.message("ru")


def test_small_parsers():
    assert normalise_code(750000000.0) == "750000000"
    assert normalise_type("Фельдшерско-акушерский пункт") == "fap"
    assert normalise_type("ХҚКО") == "psc"
    assert parse_flag("Жоқ") is False and parse_flag("") is None


def test_csv_with_title_line_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "бюллетень.csv"
    path.write_bytes(("Численность населения, 2023\n"
                      "unit_name;population;network_coverage_share\n"
                      "Акмолинская область;788 023;0,895\n"
                      "Костанайская область;832 237;0,91\n").encode("cp1251"))
    stats = read_statistics(path)
    assert stats["population"].tolist() == [788023, 832237]
    assert stats.loc[0, "network_coverage_share"] == pytest.approx(0.895)


def test_csv_in_cp866_is_told_apart_from_cp1251(tmp_path):
    path = tmp_path / "dos.csv"
    path.write_bytes("unit_name,population\nПавлодарская область,754949\n".encode("cp866"))
    assert read_statistics(path).loc[0, "unit_name"] == "Павлодарская область"
