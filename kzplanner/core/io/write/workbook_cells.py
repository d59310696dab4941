"""Cells and sheets of an exported workbook: number formats, header rows, column widths, print
setup, notes, formulas kept as formulas, and values made fit for a cell."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd

from kzplanner.core.catalogue import label
from kzplanner.core.io.write.xlsx_book import Formula

__all__ = ["Formula"]  # defined beside the book that computes its values

if TYPE_CHECKING:
    from kzplanner.core.io.write.xlsx_book import Sheet as Worksheet

FMT_KZT = '#,##0" ₸"'
FMT_INT = "#,##0"
FMT_PCT = "0.0%"
FMT_INDEX = "0.0"
FMT_COORD = "0.0000"
FMT_RATE = "#,##0.0"
MAX_WIDTH = 60
TABLE_COLUMNS = 8  # the summary's measures table is this wide




def put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Any:
    """Write one cell; text is always text (a name starting with '=' never becomes a formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Formula):
        cell.value = value  # kept a Formula: the writer computes its value
    elif isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
    elif value is None or (isinstance(value, float) and pd.isna(value)):
        cell.value = None
    else:
        cell.value = value
    if fmt:
        cell.number_format = fmt
    return cell


def header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    from kzplanner.core.io.write.xlsx_book import Alignment, Border, Font, PatternFill, Side

    fill = PatternFill("solid", fgColor="DDE6F0")
    thin = Side(style="thin", color="8EA2B8")
    for col, text in enumerate(headers, start=1):
        cell = put(ws, row, col, text)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(bottom=thin)


def split_values(values: list[Any]) -> tuple[list[float], list[str]]:
    """A column's finite numbers and its texts (formulas among them); empty cells left out."""
    nums, texts = [], []
    for v in values:
        if v is None or isinstance(v, bool):
            continue
        if isinstance(v, str):
            texts.append(v)
        elif isinstance(v, (int, float)) and v == v and abs(v) != float("inf"):
            nums.append(v)
    return nums, texts


def number_length(nums: list[float]) -> int | None:
    """The length of the widest of `nums` written as "#,##0" (the largest and the most negative
    are the widest: rounding and the digit count grow with the size), None when empty."""
    if not nums:
        return None
    return max(len(f"{max(nums):,.0f}"), len(f"{min(nums):,.0f}"))


@functools.lru_cache(maxsize=4096)
def text_units(text: str, bold: bool = False) -> float:
    """`text`'s width in column-width units (widths of '0' in DejaVu Sans, the bundled font
    LibreOffice prints these workbooks with where Calibri is missing), measured with Pillow;
    len(text) where the font cannot be read. Cyrillic runs wider than a character per unit:
    bold 'шаруашылығы' is 13.9, and broke inside the word in a column of 13."""
    fonts = _fonts()
    if fonts is None:
        return float(len(text))
    regular, heavy, zero = fonts
    return (heavy if bold else regular).getlength(text) / zero


@functools.cache
def _fonts() -> tuple[Any, Any, float] | None:
    """DejaVu Sans and DejaVu Sans Bold at 100 px and the width of '0', read once."""
    try:
        from PIL import ImageFont

        from kzplanner import paths

        folder = paths.resources_dir() / "fonts"
        regular = ImageFont.truetype(str(folder / "DejaVuSans.ttf"), 100)
        heavy = ImageFont.truetype(str(folder / "DejaVuSans-Bold.ttf"), 100)
    except (ImportError, OSError):
        return None
    return regular, heavy, regular.getlength("0")


def wrapped_lines(text: str, room: float, measure: Callable[[str], float] = len) -> int:
    """Lines `text` takes wrapped between words within `room`, each word `measure`d (characters
    by default) and a space as measure(" "); a word wider than the room takes as many lines as
    it needs; a line break in the text starts a line."""
    space = measure(" ")
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            w = measure(word)
            if used and used + space + w > room:
                lines += 1
                used = 0.0
            if w > room:  # broken inside the word
                lines += math.ceil(w / room) - 1
                used = w - (math.ceil(w / room) - 1) * room
            else:
                used += (space if used else 0.0) + w
    return max(lines, 1)


@functools.lru_cache(maxsize=8192)
def text_lines(text: str, width: float) -> int:
    """Lines `text` takes in a column `width` wide as LibreOffice wraps it: each word measured
    in DejaVu Sans (text_units), a unit of the width left for the cell's padding (as
    header_word_units allows)."""
    return wrapped_lines(text, max(width - 1.0, 1.0), text_units)


def header_word_units(text: str) -> int:
    """The width a bold header needs for its longest word to stay whole (a cell's padding
    included): the header then wraps only between words."""
    return math.ceil(max((text_units(w, True) for w in str(text).split()), default=0.0)) + 1


def fit_columns(ws: Worksheet, min_width: int = 8) -> None:
    from kzplanner.core.io.write.xlsx_book import column_letter as get_column_letter

    widths: dict[int, int] = {}
    for b in ws.blocks:  # table bodies: a column at a time
        for col in range(1, len(b.formats) + 1):
            nums, texts = split_values(b.column(col))
            n = number_length(nums)
            lengths = ([n + 3] if n is not None else []) + [
                14 if t.startswith("=") else max(len(part) for part in t.split("\n"))
                for t in texts]
            if lengths:
                widths[col] = max(widths.get(col, min_width), min(max(lengths) + 2, MAX_WIDTH))
    for cell in ws.cells():  # every cell, in no particular order
        value = cell.value
        if value is None:
            continue
        if isinstance(value, (int, float)):
            length = len(f"{value:,.0f}") + 3
        elif str(value).startswith("="):
            length = 14
        else:
            length = max(len(part) for part in str(value).split("\n"))
        widths[cell.column] = max(widths.get(cell.column, min_width), min(length + 2,
                                                                          MAX_WIDTH))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def print_setup(ws: Worksheet, header_row: int | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"


def table_sheet(wb: Any, title: str, headers: list[str], rows: list[list[Any]],
                 formats: list[str | None], sum_cols: list[int], lang: str,
                 align: list[str | None] | None = None) -> Worksheet:
    """A sheet with a header row, data (one Block; `align`: a column's horizontal alignment),
    a total row of SUM formulas, frozen header and filter; the caller fits its columns
    (fit_table) once the sheet is complete."""
    from kzplanner.core.io.write.xlsx_book import Font
    from kzplanner.core.io.write.xlsx_book import column_letter as get_column_letter

    ws = wb.create_sheet(title)
    header_row(ws, 1, headers)
    if any(len(values) != len(formats) for values in rows):
        raise ValueError(f"{title}: a row's length differs from the {len(formats)} columns")
    ws.put_rows(2, rows, formats, align)
    last = len(rows) + 1
    total_row = last + 1
    put(ws, total_row, 1, label("total", lang)).font = Font(bold=True)
    for c in sum_cols:
        letter = get_column_letter(c)
        # An empty table (a plan that bought nothing) totals 0: SUM(G2:G2) in G2 would be a
        # circular reference (LibreOffice shows Err:522, Excel a warning).
        total = Formula(f"=SUM({letter}2:{letter}{last})") if rows else 0
        cell = put(ws, total_row, c, total, formats[c - 1])
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(last, 1)}"
    print_setup(ws, 1)
    return ws


def note(ws: Worksheet, row: int, text: str, columns: int = 4, italic: bool = True) -> None:
    """A long explanatory line, wrapped across the summary's first `columns` columns."""
    from kzplanner.core.io.write.xlsx_book import Alignment, Font

    cell = put(ws, row, 1, text)
    if italic:
        cell.font = Font(italic=True, color="555555")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    # the summary's column A is at least 40 characters wide, the others 14 (set once every row
    # is written): a line holds about that many characters; one line too many is blank
    # space, one too few cut the last line off in print
    per_line = max(int(0.95 * (40 + 14 * (columns - 1))), 20)
    ws.row_dimensions[row].height = 15 * max(1, -(-len(text) // per_line))


def flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.extend(flatten(value, name + "."))
        else:
            out.append((name, value))
    return out


def finite(value: Any) -> float | None:
    """A number for a cell, or None (an empty cell) where the unit has no value."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if v == v and abs(v) != float("inf") else None
