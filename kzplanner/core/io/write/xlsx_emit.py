"""Writing a `Book` (core/io/write/xlsx_book.py) with XlsxWriter: cells and table bodies
(blocks) with cached formats, formulas with their computed values, merged ranges, widths and
heights, frozen panes, filter, page setup, print titles and area, header and footer, pictures."""

from __future__ import annotations

import datetime as dt
import io
import math
from typing import Any

from kzplanner.core.io.write.xlsx_book import (
    _REF,
    Alignment,
    Block,
    Book,
    Cell,
    Formula,
    Sheet,
    column_index,
)
from kzplanner.core.io.write.xlsx_formula import formula_value

# XlsxWriter stores a column's width with 5 px of padding at 7 px per character; openpyxl
# stored the width as given. Handing XlsxWriter the width less that padding keeps the stored
# width (what Excel, LibreOffice and sheet_width read) the one the exporters chose.
_PAD = 5 / 7


def write_book(book: Book, path: Any) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                         "strings_to_formulas": False,
                                         "strings_to_urls": False, "nan_inf_to_errors": False})
    formats: dict[tuple[Any, ...], Any] = {}

    def style(key: tuple[Any, ...]) -> Any:
        """One XlsxWriter format per distinct (number format, font, fill, alignment, border)."""
        if key == ("General", None, None, None, None):
            return None
        f = formats.get(key)
        if f is None:
            number_format, font, fill, alignment, border = key
            props: dict[str, Any] = {}
            if number_format != "General":
                props["num_format"] = number_format
            if font:
                props.update({"bold": font.bold, "italic": font.italic})
                if font.size:
                    props["font_size"] = font.size
                if font.color:
                    props["font_color"] = "#" + font.color[-6:]
            if fill and fill.fgColor:
                props.update({"pattern": 1, "bg_color": "#" + fill.fgColor[-6:]})
            if alignment:
                if alignment.wrap_text:
                    props["text_wrap"] = True
                if alignment.vertical:
                    props["valign"] = {"center": "vcenter"}.get(alignment.vertical,
                                                                alignment.vertical)
                if getattr(alignment, "horizontal", None):
                    props["align"] = alignment.horizontal
            if border and border.bottom:
                props.update({"bottom": 1, "bottom_color": "#" + (border.bottom.color
                                                                   or "000000")[-6:]})
            f = formats[key] = wb.add_format(props)
        return f

    def fmt(cell: Cell) -> Any:
        return style((cell.number_format, cell.font, cell.fill, cell.alignment, cell.border))

    sheet_class = _numbers_sheet_class()
    for ws in book.worksheets:
        _write_sheet(book, wb, ws, fmt, style, sheet_class)
    wb.close()


def _numbers_sheet_class() -> Any:
    """XlsxWriter's Worksheet with a shorter path for the bulk of a large table, a number
    cell: the `<c r="B7" s="3"><v>1234.5</v></c>` XlsxWriter's own _write_cell writes, without
    building and escaping an attribute list per cell (every other cell is its own). It relies
    on a Book never giving a row or a column a format (set_row and set_column get heights and
    widths only), so that a number without a format of its own has none. Files are read back
    with openpyxl (tests/core/test_xlsx_book.py) and recalculated by LibreOffice."""
    from xlsxwriter.utility import xl_rowcol_to_cell_fast
    from xlsxwriter.worksheet import Worksheet

    class NumbersSheet(Worksheet):
        def _write_cell(self, row: int, col: int, cell: Any) -> None:
            if cell.__class__.__name__ != "Number":
                super()._write_cell(row, col, cell)
            elif cell.format is None:
                self.fh.write(f'<c r="{xl_rowcol_to_cell_fast(row, col)}">'
                              f"<v>{cell.number:.16G}</v></c>")
            else:
                self.fh.write(f'<c r="{xl_rowcol_to_cell_fast(row, col)}" '
                              f's="{cell.format._get_xf_index()}"><v>{cell.number:.16G}</v></c>')

    return NumbersSheet


def _write_block(book: Book, wb: Any, ws: Sheet, out: Any, block: Block, style: Any) -> None:
    """A table body: the value's type read once per cell, one format per column (and per
    column for the top-aligned and wrapped cells of tall rows)."""
    def column_styles(wrap_text: bool | None, vertical: str | None) -> list[Any]:
        return [style((f or "General", None, None, Alignment(wrap_text, vertical, h)
                       if wrap_text or vertical or h else None, None))
                for f, h in zip(block.formats, block.align, strict=True)]

    plain, top, wrap = (column_styles(None, None), column_styles(None, "top"),
                        column_styles(True, "top"))
    write_string, write_number = out.write_string, out.write_number
    isfinite = math.isfinite
    for r, values in enumerate(block.rows, start=block.row - 1):
        tall = (r + 1) in block.top
        fmts = top if tall else plain
        for c, v in enumerate(values):
            if v is None:
                continue
            t = v.__class__
            if tall and (r + 1, c + 1) in block.wrap:
                f = wrap[c]
            else:
                f = fmts[c]
            if t is float or t is int:
                if isfinite(v):
                    write_number(r, c, v, f)
            elif t is str:
                write_string(r, c, v, f)
            else:
                _write_value(book, wb, ws, out, r, c, v, f)


def _write_value(book: Book, wb: Any, ws: Sheet, out: Any, r: int, c: int, v: Any,
                 f: Any) -> None:
    """One value at 0-based (r, c) by its type: formula (with its computed value), text,
    boolean, date, number (an infinite or NaN number: an empty cell, formatted)."""
    if isinstance(v, Formula):
        value = formula_value(book, ws, v)
        out.write_formula(r, c, v, f, "" if value is None else value)
    elif isinstance(v, str):
        out.write_string(r, c, v, f)
    elif isinstance(v, bool):
        out.write_boolean(r, c, v, f)
    elif isinstance(v, (dt.datetime, dt.date)):
        out.write_datetime(r, c, v, f or wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
    else:
        x = float(v)
        if math.isfinite(x):
            out.write_number(r, c, x, f)
        elif f is not None:
            out.write_blank(r, c, None, f)


def _write_sheet(book: Book, wb: Any, ws: Sheet, fmt: Any, style: Any,
                 sheet_class: Any = None) -> None:
    out = wb.add_worksheet(ws.title, worksheet_class=sheet_class)
    covered: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        first = ws._cells.get((rng.min_row, rng.min_col))
        out.merge_range(rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1, "",
                        fmt(first) if first is not None else None)
        covered.update((r, c) for r in range(rng.min_row, rng.max_row + 1)
                       for c in range(rng.min_col, rng.max_col + 1)
                       if (r, c) != (rng.min_row, rng.min_col))
    for (r, c), cell in ws._cells.items():
        if covered and (r, c) in covered:
            continue
        v, f = cell.value, fmt(cell)
        if v is None:
            if f is not None:
                out.write_blank(r - 1, c - 1, None, f)
        else:
            _write_value(book, wb, ws, out, r - 1, c - 1, v, f)
    for block in ws.blocks:
        _write_block(book, wb, ws, out, block, style)
    for letters, dim in ws.column_dimensions.items():
        if dim.width:
            col = column_index(letters) - 1
            out.set_column(col, col, max(dim.width - _PAD, 0.1))
    for row, dim in ws.row_dimensions.items():
        if dim.height:
            out.set_row(row - 1, dim.height)
    if ws.freeze_panes:
        col, row = _REF.fullmatch(ws.freeze_panes).groups()  # type: ignore[union-attr]
        out.freeze_panes(int(row) - 1, column_index(col) - 1)
    if ws.auto_filter.ref:
        out.autofilter(ws.auto_filter.ref)
    _page(ws, out)
    for png, anchor, scale in ws.pictures:
        out.insert_image(anchor, "map.png", {"image_data": io.BytesIO(png),
                                             "x_scale": scale, "y_scale": scale})


def _page(ws: Sheet, out: Any) -> None:
    ps = ws.page_setup
    if ps.paperSize:
        out.set_paper(ps.paperSize)
    if ps.orientation == "landscape":
        out.set_landscape()
    else:
        out.set_portrait()
    m = ws.page_margins
    out.set_margins(left=m.left, right=m.right, top=m.top, bottom=m.bottom)
    if ws.sheet_properties.pageSetUpPr.fitToPage:
        out.fit_to_pages(ps.fitToWidth or 0, ps.fitToHeight or 0)
    elif ps.scale:
        out.set_print_scale(ps.scale)
    if ps.pageOrder == "overThenDown":
        out.print_across()
    if ws.print_title_rows:
        first, last = ws.print_title_rows.split(":")
        out.repeat_rows(int(first) - 1, int(last) - 1)
    if ws.print_title_cols:
        out.repeat_columns(ws.print_title_cols)
    if ws.print_area:
        out.print_area(ws.print_area.split("!")[-1].replace("$", ""))
    if ws.oddHeader.code():
        out.set_header(ws.oddHeader.code())
    if ws.oddFooter.code():
        out.set_footer(ws.oddFooter.code())
