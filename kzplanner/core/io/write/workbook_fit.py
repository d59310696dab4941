"""A table sheet's column widths and row heights (fit_table): from its figures, texts and
header words, wrapping long text, and narrowing text columns where that lets the table print one
landscape page wide (workbook_sheets.PAGE_BUDGET)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from kzplanner.core.io.write.workbook_cells import (
    header_word_units,
    number_length,
    split_values,
    text_lines,
)

if TYPE_CHECKING:
    from kzplanner.core.io.write.xlsx_book import Sheet as Worksheet

# A text column narrowed to fit a page (fit_table's budget) keeps at least this width, and its
# longest word
SHRINK_FLOOR = 12


def fit_table(ws: Worksheet, header: int = 1, cap: int = 10, text_cap: int = 26,
              budget: float | None = None) -> None:
    """Column widths from the data, the header row wrapping onto up to three lines (a header
    counts at most `cap` characters, or its longest word), so that long headers do not make a
    table too wide to print; longer text wraps within `text_cap` characters.

    `budget` (characters of column width, e.g. what one landscape page holds at MIN_SCALE):
    where the columns come to more, and the text columns can give up enough (each down to its
    longest word, never below SHRINK_FLOOR), the widest text columns are narrowed until the
    table fits, their text wrapping onto more lines. A table a few characters too wide then
    prints one page wide instead of in parts across two pages (every row printed twice, the
    unit's columns repeated)."""
    from kzplanner.core.io.write.xlsx_book import Alignment
    from kzplanner.core.io.write.xlsx_book import column_letter as get_column_letter

    fixed: dict[int, float] = {}  # widths numbers, formulas and the header need
    text_len: dict[int, int] = {}  # a column's longest text (at most text_cap)
    word_len: dict[int, int] = {}  # … and its longest word
    cells: list[Any] = []  # text cells outside the blocks
    lines = 1
    merged = {(r, c) for rng in ws.merged_cells.ranges
              for r in range(rng.min_row, rng.max_row + 1)
              for c in range(rng.min_col, rng.max_col + 1)}

    def need(col: int, width: float) -> None:
        fixed[col] = max(fixed.get(col, 6), width)

    def text(col: int, value: str) -> None:
        text_len[col] = max(text_len.get(col, 0), min(len(value), text_cap))
        word_len[col] = max(word_len.get(col, 0), max((len(w) for w in value.split()),
                                                      default=0))

    for cell in ws.cells(min_row=header):  # in no particular order
        if cell.value is None or (cell.row, cell.column) in merged:
            continue
        if cell.row != header and cell.font is not None and cell.font.b \
                and isinstance(cell.value, str):
            continue  # a subtotal's or total's label runs into the empty cells beside it
        if cell.row != header and isinstance(cell.value, (int, float)):
            length = len(f"{cell.value:,.0f}") + (2 if "₸" in cell.number_format else 0)
            need(cell.column, length + 2)
            continue
        value = str(cell.value)
        if cell.row == header:
            longest_word = max((len(w) for w in value.split()), default=0)
            length = max(min(len(value), cap), longest_word, header_word_units(value) - 2)
            lines = max(lines, min(6, -(-len(value) // max(length, 1)) + 1))
            need(cell.column, length + 2)
        elif value.startswith("="):
            need(cell.column, 15)
        else:
            text(cell.column, value)
            cells.append(cell)
    for b in ws.blocks:  # table bodies: a column at a time
        for col in range(1, len(b.formats) + 1):
            nums, texts = split_values(b.column(col))
            n = number_length(nums)
            if n is not None:
                n += 2 if "₸" in (b.formats[col - 1] or "") else 0
                need(col, n + 2)
            for t in texts:
                if t.startswith("="):
                    need(col, 15)
                else:
                    text(col, t)
    widths = {col: max(fixed.get(col, 6), text_len.get(col, -6) + 2)
              for col in set(fixed) | set(text_len)}
    caps = {col: text_cap for col in text_len}
    if budget is not None and widths:
        narrowed = _narrowed(widths, {col: max(fixed.get(col, 6), SHRINK_FLOOR,
                                               min(word_len[col], text_cap) + 2)
                                      for col in text_len}, budget)
        for col, width in narrowed.items():
            if width < widths[col]:
                caps[col] = int(width) - 2
        widths = narrowed

    tall: dict[int, int] = {}
    wrap = Alignment(wrap_text=True, vertical="top")

    def wraps(col: int, value: str) -> int:
        """Lines a text takes in its column (1: it is not wrapped): one longer than the
        column's cap wraps, onto as many lines as its words need at the column's width."""
        if len(value) <= caps.get(col, text_cap) + 1:
            return 1
        return max(2, text_lines(value, widths.get(col, text_cap + 2)))

    for cell in cells:
        n = wraps(cell.column, str(cell.value))
        if n > 1:  # a long name wraps in its cell, its row taller
            cell.alignment = wrap
            tall[cell.row] = max(tall.get(cell.row, 1), n)
    for b in ws.blocks:
        for col in range(1, len(b.formats) + 1):
            if col not in caps:
                continue
            for i, v in enumerate(b.column(col)):
                if isinstance(v, str) and not v.startswith("="):
                    n = wraps(col, v)
                    if n > 1:  # long names wrap, their rows taller
                        row = b.row + i
                        b.wrap.add((row, col))
                        b.top.add(row)
                        tall[row] = max(tall.get(row, 1), n)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[header].height = 15 * lines
    top = Alignment(vertical="top")
    last = ws.max_column  # once: openpyxl computes it over every cell
    for row, n in tall.items():
        ws.row_dimensions[row].height = 13 * n
        for c in range(1, last + 1):  # the row's cells aligned at the top, as its text is
            cell = ws._cells.get((row, c))
            if cell is not None and cell.value is not None \
                    and not (cell.alignment and cell.alignment.wrap_text):
                cell.alignment = top


def _narrowed(widths: dict[int, float], floors: dict[int, float], budget: float
              ) -> dict[int, float]:
    """`widths` with the widest of the `floors`' columns lowered to one common ceiling (each
    to no less than its floor) so that all the columns, those without a width at 8.43, come to
    at most `budget`; `widths` unchanged when they fit already or cannot be made to."""
    last = max(widths)
    others = sum(8.43 for col in range(1, last + 1) if col not in widths)

    def total(ceiling: float) -> float:
        return others + sum(max(floors[c], min(w, ceiling)) if c in floors else w
                            for c, w in widths.items())

    if total(float("inf")) <= budget or total(0.0) > budget:
        return widths
    ceiling = float(math.floor(max(widths[c] for c in floors)))
    while total(ceiling) > budget:  # ends: at 0 every column is at its floor, within budget
        ceiling -= 1
    return {c: max(floors[c], min(w, ceiling)) if c in floors else w
            for c, w in widths.items()}
