"""The broken-file corpus: every file gets its own KZError code and a message naming the place,
in en/ru/kk — never a traceback, never minutes or gigabytes. Regenerate with
tests/data/make_corpus.py.

The cases run in one child process (tests/core/corpus_runner.py) under a 2 GB address-space
limit, each with its own alarm; a case that crashes the child (a library aborting on a huge
allocation) is reported by name and the rest run on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzplanner import paths
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.read.boundaries import read_boundaries
from kzplanner.core.io.read.layout import detect_layout
from kzplanner.errors import MESSAGES, KZError

HERE = Path(__file__).resolve().parent
BROKEN = HERE.parents[0] / "data" / "broken"
RUNNER = HERE / "corpus_runner.py"
CASE_BUDGET_S = 10.0  # each case, measured in the child (the alarm there stops it at 20 s)

# (file, entry point, keyword arguments, expected code). Entry points: corpus_runner._entries.
CASES: list[tuple[str, str, dict, str]] = [
    # -- statistics: files that are not what their name says, or not there at all
    ("empty.xlsx", "stats", {}, "file_empty"),
    ("empty.csv", "stats", {}, "file_empty"),
    ("empty.xls", "stats", {}, "file_empty"),
    ("truncated.xlsx", "stats", {}, "file_corrupt"),
    ("truncated.xls", "stats", {}, "file_corrupt"),
    ("password_protected.xlsx", "stats", {}, "workbook_encrypted"),
    ("password_protected.xls", "stats", {}, "workbook_encrypted"),
    ("word_document.xls", "stats", {}, "not_a_table_file"),
    ("entity_bomb.xlsx", "stats", {}, "xml_entities"),
    ("zip_slip.xlsx", "stats", {}, "unsafe_archive"),
    ("no_workbook_xml.xlsx", "stats", {}, "file_corrupt"),
    ("workbook_xml_broken.xlsx", "stats", {}, "file_corrupt"),
    ("sheet_part_missing.xlsx", "stats", {}, "file_corrupt"),
    ("chart_sheet_only.xlsx", "stats", {}, "workbook_empty"),
    ("web_page.xls", "stats", {}, "html_as_table"),
    ("web_page.csv", "stats", {}, "html_as_table"),
    ("web_page.xlsx", "stats", {}, "html_as_table"),
    ("web_page_doctype.xls", "stats", {}, "html_as_table"),
    ("web_page_utf16.xls", "stats", {}, "html_as_table"),
    ("mhtml.xls", "stats", {}, "html_as_table"),
    ("web_page.xls", "sheets", {}, "html_as_table"),
    ("xml_spreadsheet_2003.xls", "stats", {}, "not_a_table_file"),
    ("pdf_named.xlsx", "stats", {}, "not_a_table_file"),
    ("png_named.csv", "stats", {}, "not_a_table_file"),
    ("binary_named.csv", "stats", {}, "not_a_table_file"),
    ("gzip_named.csv", "stats", {}, "not_a_table_file"),
    ("docx_named.xlsx", "stats", {}, "not_a_table_file"),
    ("ods_named.xlsx", "stats", {}, "not_a_table_file"),
    ("zip_of_csv.xlsx", "stats", {}, "not_a_table_file"),
    ("missing_file.csv", "stats", {}, "file_not_found"),
    ("Статистика облысы", "stats", {}, "file_unreadable"),  # a folder: no table suffix
    ("folder_named.csv", "stats", {}, "path_is_folder"),
    ("missing_shx.shp", "stats", {}, "file_unreadable"),
    # -- statistics: structure
    ("empty_workbook.xlsx", "stats", {}, "header_not_found"),
    ("not_a_table.csv", "stats", {}, "header_not_found"),
    ("duplicate_column.csv", "stats", {}, "duplicate_column"),
    ("header_only.xlsx", "dataset", {}, "no_units_matched"),
    ("wrong_sheet.xlsx", "detect", {"sheet": "statistics"}, "sheet_missing"),
    ("wrong_sheet.xlsx", "grid", {"sheet": "statistics", "sheets_only": True}, "sheet_missing"),
    ("xls_wrong_sheet.xls", "detect", {"sheet": "statistics"}, "sheet_missing"),
    ("merge_whole_sheet_title_only.xlsx", "detect", {}, "no_data_rows"),
    ("merge_whole_sheet_title_only.xlsx", "stats", {}, "header_not_found"),
    # -- statistics: beyond the limits (refused at once, never expanded)
    ("value_at_xfd1048576.xlsx", "stats", {}, "sheet_too_large"),
    ("value_at_xfd1048576.xlsx", "detect", {}, "sheet_too_large"),
    ("value_at_row_1048576.xlsx", "stats", {}, "sheet_too_large"),
    ("value_at_column_amk.xlsx", "stats", {}, "sheet_too_large"),
    ("area_6m_cells.xlsx", "detect", {}, "sheet_too_large"),
    ("unaddressed_far_row.xlsx", "detect", {}, "sheet_too_large"),
    ("@many_merges.xlsx", "detect", {}, "too_many_merged_cells"),
    ("@rows_1000001.csv", "stats", {}, "sheet_too_large"),
    ("@cells_too_many.csv", "detect", {}, "sheet_too_large"),
    ("@zip_bomb.xlsx", "stats", {}, "archive_bomb"),
    # -- statistics: CSV damage
    ("unbalanced_quote.csv", "stats", {}, "csv_unbalanced_quote"),
    ("unbalanced_quote.csv", "detect", {}, "csv_unbalanced_quote"),
    ("unbalanced_quote_eof.csv", "stats", {}, "csv_unbalanced_quote"),
    ("unbalanced_quote_cp1251.csv", "stats", {}, "csv_unbalanced_quote"),
    ("@field_200k.csv", "stats", {}, "csv_field_too_long"),
    ("@field_200k.csv", "detect", {}, "csv_field_too_long"),
    ("@field_unclosed_long.csv", "stats", {}, "csv_field_too_long"),
    # -- statistics: numbers no table can mean
    ("text_in_numbers.xlsx", "stats", {}, "bad_number"),
    ("negative_counts.xlsx", "stats", {}, "negative_value"),
    ("number_inf.csv", "stats", {}, "bad_number"),
    ("number_minus_inf.csv", "stats", {}, "bad_number"),
    ("number_infinity.csv", "stats", {}, "bad_number"),
    ("number_nan.csv", "stats", {}, "bad_number"),
    ("number_e400.csv", "stats", {}, "bad_number"),
    ("number_digits400.csv", "stats", {}, "bad_number"),
    ("number_e308.csv", "stats", {}, "implausible_value"),
    ("population_2e9.csv", "stats", {}, "implausible_value"),
    ("schools_2e6.csv", "stats", {}, "implausible_value"),
    ("population_1e12.xlsx", "stats", {}, "implausible_value"),
    ("numeric_1e308.xlsx", "stats", {}, "implausible_value"),
    ("numeric_1e400.xlsx", "stats", {}, "bad_number"),
    ("date_in_numbers.xlsx", "stats", {}, "bad_number"),
    ("true_text.csv", "stats", {}, "boolean_in_numbers"),
    ("istina_text.csv", "stats", {}, "boolean_in_numbers"),
    ("true_in_numbers.xlsx", "stats", {}, "boolean_in_numbers"),
    ("false_in_numbers.xlsx", "stats", {}, "boolean_in_numbers"),
    ("xls_true.xls", "stats", {}, "boolean_in_numbers"),
    ("xlsx_named_xls_true.xls", "stats", {}, "boolean_in_numbers"),
    ("xlsx_named_csv_1e12.csv", "stats", {}, "implausible_value"),
    ("csv_named_xls_nan.xls", "stats", {}, "bad_number"),
    ("utf16_inf.csv", "stats", {}, "bad_number"),
    ("utf16le_nobom_true.csv", "stats", {}, "boolean_in_numbers"),
    ("xls_named_xlsx_inf.xlsx", "stats", {}, "bad_number"),
    ("bulletin_inf.xls", "stats", {}, "bad_number"),
    ("bulletin_inf.xlsx", "mapped", {}, "bad_number"),
    ("bulletin_nan.xlsx", "mapped", {}, "bad_number"),
    ("bulletin_true.xlsx", "mapped", {}, "boolean_in_numbers"),
    ("bulletin_1e12.xlsx", "mapped", {}, "implausible_value"),
    # -- statistics: a part larger than its whole, in one row
    ("connected_gt_total.xlsx", "stats", {}, "part_exceeds_whole"),
    ("households_no_internet_gt.xlsx", "stats", {}, "part_exceeds_whole"),
    ("faps_connected_gt.csv", "stats", {}, "part_exceeds_whole"),
    ("rural_gt_population.csv", "stats", {}, "part_exceeds_whole"),
    ("group_no_device_gt.xlsx", "stats", {}, "part_exceeds_whole"),
    ("group_no_internet_gt.csv", "stats", {}, "part_exceeds_whole"),
    ("xls_connected_gt.xls", "stats", {}, "part_exceeds_whole"),
    ("bulletin_connected_gt.xlsx", "mapped", {}, "part_exceeds_whole"),
    # -- institution register
    ("register_bad_type.xlsx", "register", {}, "bad_value"),
    ("register_inf_lat.csv", "register", {}, "bad_number"),
    ("register_lat_200.csv", "register", {}, "implausible_value"),
    ("register_served_1e12.csv", "register", {}, "implausible_value"),
    ("register_kit_cost_1e16.csv", "register", {}, "implausible_value"),
    ("register_kit_cost_negative.csv", "register", {}, "negative_value"),
    ("register_served_true.xlsx", "register", {}, "boolean_in_numbers"),
    ("register_no_type.csv", "register", {}, "missing_column"),
    ("register_web_page.xls", "register", {}, "html_as_table"),
    ("register_unbalanced_quote.csv", "register", {}, "csv_unbalanced_quote"),
    ("password_protected.xls", "register", {}, "workbook_encrypted"),
    ("value_at_xfd1048576.xlsx", "register", {}, "sheet_too_large"),
    # -- actuals (the same table reader)
    ("number_inf.csv", "actuals", {}, "bad_number"),
    ("web_page.csv", "actuals", {}, "html_as_table"),
    # -- saved column mappings
    ("mapping_not_json.json", "mapping", {}, "bad_mapping"),
    ("mapping_list.json", "mapping", {}, "bad_mapping"),
    ("mapping_version_9.json", "mapping", {}, "bad_mapping"),
    ("mapping_unknown_key.json", "mapping", {}, "bad_mapping"),
    ("mapping_header_rows_text.json", "mapping", {}, "bad_mapping"),
    ("mapping_unit_column_bad.json", "mapping", {}, "bad_mapping"),
    ("mapping_columns_strings.json", "mapping", {}, "bad_mapping"),
    ("mapping_first_row_negative.json", "mapping", {}, "bad_mapping"),
    ("mapping_deep.json", "mapping", {}, "bad_mapping"),
    ("mapping_utf16.json", "mapping", {}, "bad_mapping"),
    ("mapping_big_number.json", "mapping", {}, "bad_mapping"),
    ("Статистика облысы", "mapping", {}, "path_is_folder"),
    # -- parameter files
    ("params_bad_toml.toml", "params", {}, "file_unreadable"),
    ("params_utf16.toml", "params", {}, "file_unreadable"),
    ("params_deep.json", "params", {}, "file_unreadable"),
    ("params_list.json", "params", {}, "bad_parameter"),
    ("params_unknown_key.toml", "params", {}, "bad_parameter"),
    ("params_budget_text.toml", "params", {}, "bad_parameter"),
    ("params_budget_inf.toml", "params", {}, "bad_parameter"),
    ("params_budget_nan.toml", "params", {}, "bad_parameter"),
    ("params_budget_1e300.toml", "params", {}, "bad_parameter"),
    ("params_budget_true.toml", "params", {}, "bad_parameter"),
    ("params_costs_number.toml", "params", {}, "bad_parameter"),
    ("params_schema_text.toml", "params", {}, "bad_parameter"),
    ("params_schema_newer.toml", "params", {}, "bad_parameter"),
    ("params_locked_number.toml", "params", {}, "bad_parameter"),
    ("params_takeup_text.toml", "params", {}, "bad_parameter"),
    # -- boundaries (reading)
    ("zip_slip.zip", "boundaries", {}, "unsafe_archive"),
    ("corrupt.zip", "boundaries", {}, "file_corrupt"),
    ("missing_shx.shp", "boundaries", {}, "shapefile_part_missing"),
    ("missing_dbf.shp", "boundaries", {}, "shapefile_part_missing"),
    ("two_shapefiles.zip", "boundaries", {}, "archive_several_layers"),
    ("boundaries_points.geojson", "boundaries", {}, "boundaries_are_points"),
    ("boundaries_lines.geojson", "boundaries", {}, "boundaries_are_lines"),
    ("boundaries_mixed.geojson", "boundaries", {}, "boundaries_mixed_geometry"),
    ("boundaries_empty.geojson", "boundaries", {}, "no_features"),
    ("boundaries_null_geometry.geojson", "boundaries", {}, "no_features"),
    ("boundaries_mercator.geojson", "boundaries", {}, "boundaries_outside_kazakhstan"),
    ("boundaries_no_key.geojson", "boundaries", {}, "no_unit_key"),
    ("boundaries_text.geojson", "boundaries", {}, "file_unreadable"),
    ("boundaries_web_page.geojson", "boundaries", {}, "file_unreadable"),
    ("boundaries_deep.geojson", "boundaries", {}, "file_unreadable"),
    ("missing_file.geojson", "boundaries", {}, "file_not_found"),
]
IDS = [f"{entry}:{name.lstrip('@')}" + (f":{sorted(kw)[0]}" if kw else "")
       for name, entry, kw, _code in CASES]
assert len(set(IDS)) == len(IDS)
# codes whose text has no {file}: the message names the parameter or the mapping's field
NO_FILE_IN_TEXT = {"bad_parameter"}


@pytest.fixture(scope="module")
def corpus_results(tmp_path_factory) -> dict[str, dict]:
    """Every case's result line from the child process (rerun from the next case when the
    child dies, that case reported as crashed)."""
    sys.path.insert(0, str(BROKEN.parent))
    import make_corpus

    folder = tmp_path_factory.mktemp("corpus")
    large = make_corpus.build_large(folder / "large")
    (folder / "folder_named.csv").mkdir()
    todo = []
    for case_id, (name, entry, kwargs, _code) in zip(IDS, CASES, strict=True):
        if name.startswith("@"):
            path = large[name[1:]]
        elif name in ("folder_named.csv",):
            path = folder / name
        else:
            path = BROKEN / name
        todo.append({"id": case_id, "entry": entry, "path": str(path), "kwargs": kwargs})
    results: dict[str, dict] = {}
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
           "PYTHONPATH": str(HERE.parents[1])}
    while todo:
        spec = folder / "cases.json"
        spec.write_text(json.dumps(todo, ensure_ascii=False), encoding="utf-8")
        proc = subprocess.run([sys.executable, str(RUNNER), str(spec)], capture_output=True,
                              text=True, encoding="utf-8", env=env, timeout=600, check=False)
        started = None
        for line in proc.stdout.splitlines():
            if line.startswith("START "):
                started = line[6:]
            elif line.startswith("{"):
                row = json.loads(line)
                results[row["id"]] = row
                started = None
        if started is None:
            break
        results[started] = {"id": started, "code": None, "messages": {}, "secs": None,
                            "error": f"the child process died (exit {proc.returncode}): "
                                     f"{proc.stderr[-500:]}"}
        todo = [c for c in todo if c["id"] not in results]
    return results


def test_corpus_has_at_least_a_hundred_cases():
    assert len(CASES) >= 100
    assert len({c[1] for c in CASES}) >= 8  # statistics, register, mappings, params, boundaries…


@pytest.mark.parametrize(("case_id", "case"), list(zip(IDS, CASES, strict=True)), ids=IDS)
def test_broken_file_gets_its_specific_message(corpus_results, case_id, case):
    name, _entry, _kwargs, code = case
    row = corpus_results.get(case_id)
    assert row is not None, "the case did not run"
    assert row["error"] is None, row["error"]
    assert row["code"] == code, (row["code"], row["messages"].get("en"))
    assert row["secs"] is not None and row["secs"] < CASE_BUDGET_S, row["secs"]
    assert code in MESSAGES
    shown = Path(name.lstrip("@")).name
    for lang in ("en", "ru", "kk"):
        text = row["messages"][lang]
        assert "{" not in text and "Traceback" not in text
        if code not in NO_FILE_IN_TEXT:
            assert shown in text or (row.get("file") and Path(row["file"]).name in text), text


def test_text_in_numbers_names_row_and_column():
    with pytest.raises(KZError) as info:
        load_dataset(paths.natural_earth_boundaries(), BROKEN / "text_in_numbers.xlsx")
    assert info.value.row == 2 and "population" in info.value.column
    assert "«много»" in info.value.message("ru")


def test_shapefile_part_named():
    with pytest.raises(KZError) as info:
        read_boundaries(BROKEN / "missing_dbf.shp")
    assert info.value.detail == ".dbf" and ".dbf" in info.value.message("kk")


def test_duplicates_are_reported_not_raised():
    ds = load_dataset(paths.natural_earth_boundaries(), BROKEN / "duplicated_units.xlsx")
    issues = [i for i in ds.reconciliation.issues if i["code"] == "duplicate_row"]
    assert issues and issues[0]["severity"] == "error"


def test_a_part_larger_than_its_whole_names_the_row_and_both_columns():
    with pytest.raises(KZError) as info:
        load_dataset(paths.natural_earth_boundaries(), BROKEN / "faps_connected_gt.csv")
    err = info.value
    assert (err.code, err.row, err.column) == ("part_exceeds_whole", 3, "faps_connected")
    assert "faps_connected 41 > faps_total 40" in err.message("kk")


def test_cp1251_csv_and_cyrillic_path():
    ds = load_dataset(paths.natural_earth_boundaries(), BROKEN / "cp1251.csv")
    assert ds.units.loc["110000000", "population"] == 788023
    assert ds.reconciliation.matched_by_code == 2
    ds = load_dataset(paths.natural_earth_boundaries(), BROKEN / "Статистика облысы" / "деректер.csv")
    assert ds.units.loc["110000000", "population"] == 1


def test_cli_check_reports_error_without_traceback(capsys):
    from kzplanner.cli import main

    rc = main(["check", "--boundaries", str(paths.natural_earth_boundaries()),
               "--stats", str(BROKEN / "password_protected.xlsx")])
    err = capsys.readouterr().err
    assert rc == 2 and "password" in err and "Traceback" not in err


def test_oversized_file_is_refused_with_its_size(tmp_path, monkeypatch):
    from kzplanner.core.io.read import safety

    big = tmp_path / "big.csv"
    big.write_text("unit_name,population\n" + "Ақмола,1\n" * 200_000, encoding="utf-8")
    monkeypatch.setattr(safety, "MAX_FILE", 1024 * 1024)
    with pytest.raises(KZError) as info:
        load_dataset(paths.natural_earth_boundaries(), big)
    assert info.value.code == "file_too_large"
    assert "MB" in info.value.message("ru")


def test_merge_over_the_whole_sheet_is_clipped_not_expanded():
    """The issue's 5.6 KB workbook (one merge A1:XFD1048576 over a bulletin) reads as its table
    at once; the merge becomes one over the used area."""
    from kzplanner.core.io.read.layout import read_grid

    grid = read_grid(BROKEN / "merge_whole_sheet.xlsx")
    assert grid.merged == [(0, 0, len(grid.cells) - 1, 3)]
    proposal = detect_layout(BROKEN / "merge_whole_sheet.xlsx")
    assert {c.indicator for c in proposal.mapping.columns} >= {"population", "schools_total"}


def test_detection_reads_only_the_sheet_asked_for(tmp_path, monkeypatch):
    """A workbook of many sheets: only the one asked for is scanned and read."""
    sys.path.insert(0, str(BROKEN.parent))
    import make_corpus

    from kzplanner.core.io.read import grid as grid_reader
    from kzplanner.core.io.read import xlsx_scan

    path = make_corpus.many_sheets(tmp_path / "sheets.xlsx", sheets=5, rows=50, cols=4)
    seen = []
    real = xlsx_scan.scan_sheet

    def spy(zf, member, *args, **kwargs):
        seen.append(member)
        return real(zf, member, *args, **kwargs)

    monkeypatch.setattr(xlsx_scan, "scan_sheet", spy)
    grid = grid_reader.read_grid(path, "Таблица 4")
    assert seen == ["xl/worksheets/sheet4.xml"] and len(grid.cells) == 52
