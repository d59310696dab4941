"""The in-memory workbook written by XlsxWriter (core/io/write/xlsx_book.py, xlsx_emit.py),
read back with openpyxl: formulas stay formulas with the right cached values, text stays text,
styles, widths, merges and page setup survive."""

from __future__ import annotations

import random

import openpyxl
import pytest

from kzplanner.core.io.write.workbook_cells import Formula, put
from kzplanner.core.io.write.xlsx_book import Alignment, Book, Border, Font, PatternFill, Side
from kzplanner.core.io.write.xlsx_emit import write_book

pytest.importorskip("xlsxwriter")


def _book(rng: random.Random) -> tuple[Book, list[list[float]]]:
    book = Book()
    ws = book.create_sheet("Кесте 'Ә' жиыны")
    blocks = []
    r = 2
    for _ in range(4):  # groups with a SUBTOTAL each, then a grand SUBTOTAL over them all
        first = r
        values = [round(rng.uniform(-1e6, 1e6), 2) for _ in range(rng.randint(1, 6))]
        for v in values:
            put(ws, r, 1, "Қала")
            put(ws, r, 2, v, "#,##0.00")
            r += 1
        put(ws, r, 2, Formula(f"=SUBTOTAL(9,B{first}:B{r - 1})")).font = Font(bold=True)
        blocks.append(values)
        r += 1
    put(ws, r, 2, Formula(f"=SUBTOTAL(9,B2:B{r - 1})"))
    put(ws, r + 1, 2, Formula(f"=SUM(B2:B{r - 1})"))  # SUM counts the subtotals too
    put(ws, r + 2, 2, Formula(f"=B{r + 1}-B{r}"))
    other = book.create_sheet("Жиынтық")
    put(other, 1, 1, Formula(f"='{ws.title.replace(chr(39), chr(39) * 2)}'!B{r}"))
    put(other, 2, 1, "=1+1")  # text that looks like a formula stays text
    put(other, 3, 1, "http://example.kz")
    return book, blocks


def test_formulas_keep_their_text_and_carry_values_computed_independently(tmp_path):
    book, blocks = _book(random.Random(7))
    path = tmp_path / "b.xlsx"
    write_book(book, path)
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    ws, wv = formulas.worksheets[0], values.worksheets[0]
    grand = sum(sum(b) for b in blocks)
    last = ws.max_row
    assert str(ws.cell(last - 2, 2).value).startswith("=SUBTOTAL(9,B2:")
    assert wv.cell(last - 2, 2).value == pytest.approx(grand)
    assert wv.cell(last - 1, 2).value == pytest.approx(2 * grand)  # SUM adds the subtotals
    assert wv.cell(last, 2).value == pytest.approx(grand)
    # every group's subtotal, read back, is the sum of the numbers above it
    subtotals = [c.value for c in wv["B"][1:-3] if c.font.b]
    assert subtotals == pytest.approx([sum(b) for b in blocks])
    other, other_v = formulas.worksheets[1], values.worksheets[1]
    assert other["A1"].value.startswith("='")
    assert other_v["A1"].value == pytest.approx(grand)
    assert other["A2"].value == "=1+1" and other["A2"].data_type == "s"
    assert other["A3"].value == "http://example.kz" and not other["A3"].hyperlink


def test_styles_layout_and_page_setup_survive(tmp_path):
    book = Book()
    ws = book.create_sheet("Кесте")
    c = put(ws, 1, 1, "Тақырып")
    c.font = Font(bold=True, size=14, color="B00020")
    c.fill = PatternFill("solid", fgColor="DDE6F0")
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.border = Border(bottom=Side(style="thin", color="8EA2B8"))
    put(ws, 2, 1, "ұзын мәтін " * 10)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    put(ws, 3, 3, 1234.5, '#,##0" ₸"')
    ws.column_dimensions["A"].width = 37
    ws.column_dimensions["C"].width = 14
    ws.row_dimensions[2].height = 45
    ws.freeze_panes = "B3"
    ws.auto_filter.ref = "A1:D3"
    ws.print_title_rows = "1:1"
    ws.print_title_cols = "A:B"
    ws.print_area = "A1:D3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 70
    ws.oddFooter.center.text = "Бет &P / &N"
    ws.oddFooter.center.size = 9
    ws.oddHeader.center.text = "ИЛЛЮСТРАЦИЯ"
    ws.oddHeader.center.color = "B00020"
    path = tmp_path / "s.xlsx"
    write_book(book, path)
    got = openpyxl.load_workbook(path)["Кесте"]
    a1 = got["A1"]
    assert (a1.font.b, a1.font.sz, a1.font.color.rgb[-6:]) == (True, 14, "B00020")
    assert a1.fill.fgColor.rgb[-6:] == "DDE6F0" and a1.fill.fill_type == "solid"
    assert a1.alignment.wrap_text and a1.alignment.vertical == "top"
    assert a1.border.bottom.style == "thin"
    assert [str(r) for r in got.merged_cells.ranges] == ["A2:D2"]
    assert got["C3"].value == 1234.5 and got["C3"].number_format == '#,##0" ₸"'
    assert abs(got.column_dimensions["A"].width - 37) < 0.2  # the width chosen, as stored
    assert abs(got.column_dimensions["C"].width - 14) < 0.2
    assert got.row_dimensions[2].height == 45
    assert got.freeze_panes == "B3" and got.auto_filter.ref == "A1:D3"
    assert got.print_title_rows == "$1:$1" and got.print_title_cols == "$A:$B"
    assert got.print_area.endswith("$A$1:$D$3")
    assert got.page_setup.orientation == "landscape" and int(got.page_setup.scale) == 70
    assert int(got.page_setup.paperSize) == 9
    assert got.oddFooter.center.text == "Бет &P / &N" and got.oddFooter.center.size == 9
    assert got.oddHeader.center.text == "ИЛЛЮСТРАЦИЯ"
    assert got.oddHeader.center.color == "B00020"


def test_a_table_body_block_reads_back_cell_by_cell_with_its_totals(tmp_path):
    """A Block (a table body without a Cell per value) reads back as cells: numbers with their
    column's format, text as text (a '=' name too), NaN/inf and None empty; a SUM and a
    SUBTOTAL over block rows carry the value added up here independently; long text wraps
    with its row aligned at the top; a centred column is centred."""
    from kzplanner.core.io.write.workbook_fit import fit_table

    rng = random.Random(11)
    book = Book()
    ws = book.create_sheet("Кесте")
    for c, text in enumerate(["Аудан", "Сан", "Белгі"], start=1):
        put(ws, 1, c, text)
    rows = [[rng.choice(["Қала", "=A1+1", "ауыл " * 12]),
             rng.choice([round(rng.uniform(-5e9, 4e9), 1), float("nan"), None, float("inf")]),
             rng.choice(["бағалау", ""])] for _ in range(300)]
    ws.put_rows(2, rows, [None, "#,##0", None], [None, None, "center"])
    last = len(rows) + 1
    put(ws, last + 1, 2, Formula(f"=SUM(B2:B{last})"))
    put(ws, last + 2, 2, Formula(f"=SUBTOTAL(9,B2:B{last})"))
    fit_table(ws, text_cap=24)
    path = tmp_path / "b.xlsx"
    write_book(book, path)
    got = openpyxl.load_workbook(path)["Кесте"]
    values = openpyxl.load_workbook(path, data_only=True)["Кесте"]
    expected = 0.0
    for i, (name, number, flag) in enumerate(rows, start=2):
        assert got.cell(i, 1).value == name and got.cell(i, 1).data_type == "s"
        finite = isinstance(number, float) and number == number and abs(number) != float("inf")
        assert got.cell(i, 2).value == (number if finite else None)
        expected += number if finite else 0.0
        if finite:
            assert got.cell(i, 2).number_format == "#,##0"
        assert (got.cell(i, 3).value or "") == flag
        if flag:
            assert got.cell(i, 3).alignment.horizontal == "center"
        if len(name) > 25:  # wrapped, its row taller and its cells aligned at the top
            assert got.cell(i, 1).alignment.wrap_text
            assert got.cell(i, 1).alignment.vertical == "top"
            assert got.row_dimensions[i].height and got.row_dimensions[i].height > 15
            if finite:
                assert got.cell(i, 2).alignment.vertical == "top"
    assert got.cell(last + 1, 2).value == f"=SUM(B2:B{last})"
    assert values.cell(last + 1, 2).value == pytest.approx(expected)
    assert values.cell(last + 2, 2).value == pytest.approx(expected)
    # the number column is as wide as its widest number written with separators (or the
    # totals' formulas, counted 13 characters), plus 2
    widest = max(len(f"{v:,.0f}") for v in (r[1] for r in rows)
                 if isinstance(v, float) and v == v and abs(v) != float("inf"))
    assert got.column_dimensions["B"].width == pytest.approx(max(widest, 13) + 2, abs=0.2)
