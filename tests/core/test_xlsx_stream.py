"""Reading a register in parts: the rows that python-calamine gives one by one are the rows its
whole-sheet read gives (empty rows above and columns left of the table included), and a register
read in parts is the register read whole, its messages naming the same sheet rows."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from kzplanner.core.io.read import table as table_module
from kzplanner.core.io.read.grid import read_grid
from kzplanner.core.io.read.institutions import read_institutions
from kzplanner.core.io.read.table import read_table, read_table_parts
from kzplanner.errors import KZError

HEADER = ["inst_id", "name", "type", "unit_code", "lat", "lon", "area_type", "people_served",
          "connected", "download_mbps", "has_equipment", "has_licences", "name_kk"]
TYPES = ["Мектеп", "ФАП", "ХҚКО", "школа", "psc"]


def _register(path, n, *, at="A1", bad_type_row=None, sheet="institutions"):
    """A register of n institutions whose title row is at `at` (rows above it and columns left
    of it empty), one empty row in the middle and a few empty cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    cell = ws[at]
    r0, c0 = cell.row, cell.column
    rows = [["ILLUSTRATIVE SAMPLE DATA — Қазақстан"], [], HEADER]
    for i in range(n):
        kind = "unknown kind" if bad_type_row == i else TYPES[i % len(TYPES)]
        rows.append([f"I{i:05d}", f"Ұйым {i}", kind, f"{1000 + i % 7}", 43.0 + i / 1000,
                     76.0 + i / 1000, "rural" if i % 3 else "Urban", None if i % 5 == 0 else 100 + i,
                     "иә" if i % 2 else "жоқ", "" if i % 4 == 0 else 10.5, True, i % 2 == 0,
                     f"Мекеме {i} — ӘҒҚҢӨҰҮҺІ"])
        if i == n // 2:
            rows.append([])
    for dr, row in enumerate(rows):
        for dc, value in enumerate(row):
            if value is not None:
                ws.cell(r0 + dr, c0 + dc, value)
    wb.save(path)
    return path


@pytest.mark.parametrize("at", ["A1", "C4"])
def test_rows_given_one_by_one_are_the_whole_sheets_rows(tmp_path, at):
    path = _register(tmp_path / "тізілім.xlsx", 40, at=at)
    whole = read_grid(path, "institutions").cells
    streamed = read_grid(path, "institutions", head=5)
    assert streamed.rest is not None and len(streamed.cells) == 5
    assert streamed.cells + list(streamed.rest) == whole
    assert whole[0 if at == "A1" else 3][0 if at == "A1" else 2].startswith("ILLUSTRATIVE")


@pytest.mark.parametrize("at", ["A1", "C4"])
def test_a_table_read_in_parts_is_the_table_read_whole(tmp_path, at):
    path = _register(tmp_path / "тізілім.xlsx", 23, at=at)
    keys = ("inst_id", "type")
    whole = read_table(path, keys, sheet="institutions")
    parts = list(read_table_parts(path, keys, sheet="institutions", rows_per_part=5))
    assert len(parts) == 5  # 24 rows (one empty) in parts of five
    assert sum((p.rows for p in parts), []) == whole.rows
    assert all(p.columns == whole.columns and p.illustrative for p in parts)
    assert [list(r) for p in parts for r in p.cells] == [list(r) for r in whole.cells]


def test_a_register_read_in_parts_is_the_register_read_whole(tmp_path, monkeypatch):
    path = _register(tmp_path / "тізілім.xlsx", 57, at="B2")
    whole = read_institutions(path)
    monkeypatch.setattr(table_module, "PART_ROWS", 8)
    parts = read_institutions(path)
    pd.testing.assert_frame_equal(whole, parts, check_exact=True)
    assert whole.attrs["issues"] == parts.attrs["issues"]
    assert set(whole["type"]) == {"school", "fap", "psc"}


def test_an_error_in_a_later_part_names_its_sheet_row(tmp_path, monkeypatch):
    path = _register(tmp_path / "тізілім.xlsx", 30, bad_type_row=25)
    with pytest.raises(KZError) as whole:
        read_institutions(path)
    monkeypatch.setattr(table_module, "PART_ROWS", 4)
    with pytest.raises(KZError) as parts:
        read_institutions(path)
    # title, empty row, header, then 25 institutions and the empty row after the 15th
    assert whole.value.row == parts.value.row == 3 + 25 + 1 + 1
    assert "unknown kind" in parts.value.message("en")


def test_a_missing_sheet_or_header_is_raised_before_any_part(tmp_path):
    path = _register(tmp_path / "тізілім.xlsx", 3, sheet="другой")
    with pytest.raises(KZError) as exc:
        read_table_parts(path, ("inst_id",), sheet="institutions")
    assert exc.value.code == "sheet_missing"
    with pytest.raises(KZError) as exc:
        read_table_parts(path, ("no such column",), sheet="другой")
    assert exc.value.code == "header_not_found"
    assert len(read_institutions(path)) == 3  # the register's own sheet name is not required


def test_rows_in_blocks_are_the_rows_one_by_one():
    """RowStream.block turns calamine's rows into a table's cells at once: the same cells as
    the rows cleaned one by one, padded or cut to the table's width (ragged rows too)."""
    from kzplanner.core.io.read.row_stream import clean_row, to_block

    rows = [["a", "", 1.0, "x"], ["", "", "", ""], ["  ", "", "", ""], ["b", 2.0, "", ""],
            ["", True, "Қ", ""]]
    for given in (rows, [["a"], ["b", "", "c"], []]):
        for pad in (0, 2):
            for width in (1, 3, 7):
                block = to_block([list(r) for r in given], pad, width)
                expected = [(clean_row([None] * pad + list(r)) + [None] * width)[:width]
                            for r in given]
                assert block.shape == (len(given), width)
                assert block.tolist() == expected


def test_blank_rows_are_dropped_in_blocks_as_in_the_whole_sheet(tmp_path):
    """A row of empty cells and spaces inside a long register is skipped by the parts (read in
    blocks) as by the whole-sheet read, and the rows after it keep their sheet numbers."""
    path = _register(tmp_path / "тізілім.xlsx", 40)
    wb = openpyxl.load_workbook(path)
    ws = wb["institutions"]
    ws.insert_rows(30)
    ws.cell(30, 1, "   ")
    ws.cell(30, 5, " ")
    wb.save(path)
    keys = ("inst_id", "type")
    whole = read_table(path, keys, sheet="institutions")
    parts = list(read_table_parts(path, keys, sheet="institutions", rows_per_part=7))
    assert sum((p.rows for p in parts), []) == whole.rows
    assert 30 not in whole.rows and 31 in whole.rows
    assert [list(r) for p in parts for r in p.cells] == [list(r) for r in whole.cells]


def test_the_load_goes_on_once_the_registers_sheet_is_scanned(tmp_path, monkeypatch):
    """The register is read in a thread of its own. For a large file the load waits until its
    sheet's extent is scanned, not for calamine's parse; a read that fails early does not hold
    it. A small file's read is not waited for at all."""
    import threading

    from kzplanner.core.io.read import institutions, xlsx, xlsx_scan

    events = []
    load_went_on = threading.Event()
    scan, stream = xlsx_scan.scan_sheet, xlsx._calamine_stream

    def scanned(*args, **kwargs):
        found = scan(*args, **kwargs)
        events.append("scanned")
        return found

    def parsed(*args, **kwargs):
        events.append("parse waited" if load_went_on.wait(10) else "parse first")
        return stream(*args, **kwargs)

    monkeypatch.setattr(xlsx_scan, "scan_sheet", scanned)
    monkeypatch.setattr(xlsx, "_calamine_stream", parsed)
    path = _register(tmp_path / "тізілім.xlsx", 12)
    monkeypatch.setattr(institutions, "SCAN_FIRST_BYTES", path.stat().st_size)  # "large"
    future = institutions.read_institutions_in_background(path)
    assert events == ["scanned"]  # returned after the scan, before the parse
    load_went_on.set()
    assert len(future.result()) == 12
    assert events == ["scanned", "parse waited"]
    missing = institutions.read_institutions_in_background(tmp_path / "нет.xlsx")
    with pytest.raises(KZError) as exc:
        missing.result()
    assert exc.value.code == "file_not_found"

    # a small file: returned before the scan (which waits here until it has returned)
    events.clear()
    load_went_on.clear()
    monkeypatch.setattr(institutions, "SCAN_FIRST_BYTES", path.stat().st_size + 1)

    def scanned_later(*args, **kwargs):
        events.append("scan waited" if load_went_on.wait(10) else "scan first")
        return scan(*args, **kwargs)

    monkeypatch.setattr(xlsx_scan, "scan_sheet", scanned_later)
    small = institutions.read_institutions_in_background(path)
    load_went_on.set()
    assert len(small.result()) == 12
    assert events == ["scan waited", "parse waited"]
