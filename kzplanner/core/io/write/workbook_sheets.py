"""Sheets and blocks of the plan workbook a commission signs (issue 20): the parameters in
words with units, the sources with their credits, the approval block, and the page setup every
sheet shares (A4, landscape where wide, repeated header rows, "page N of M", the illustrative
flag on every page)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzplanner import __version__
from kzplanner.core.catalogue import label
from kzplanner.core.io.write.workbook_cells import (
    fit_columns,
    header_row,
    header_word_units,
    number_length,
    put,
    split_values,
    text_lines,
)

if TYPE_CHECKING:
    from kzplanner.core.io.write.xlsx_book import Sheet as Worksheet

# A4 holds about this many characters of column width at 100 % between 0.5" margins, as
# LibreOffice renders them with DejaVu Sans (where Calibri is missing; Excel with Calibri fits
# more): landscape 272 mm, portrait 185 mm at about 2.45 mm per character.
LANDSCAPE_CHARS = 110
PORTRAIT_CHARS = 75
MIN_SCALE = 70
# The widest table (characters of column width) that prints one landscape page wide at MIN_SCALE
PAGE_BUDGET = LANDSCAPE_CHARS * 100 / MIN_SCALE


def sheet_width(ws: Worksheet) -> float:
    """The print area's width in Excel character units (columns without a width: 8.43)."""
    from kzplanner.core.io.write.xlsx_book import column_index as column_index_from_string
    from kzplanner.core.io.write.xlsx_book import column_letter as get_column_letter

    last = ws.max_column or 1
    if ws.print_area:  # 'Sheet'!$A$1:$K$48: the table, not the flag beside it
        last = column_index_from_string(str(ws.print_area).split(":")[-1].split("$")[1])
    total = 0.0
    for col in range(1, last + 1):
        dim = ws.column_dimensions.get(get_column_letter(col))
        total += dim.width if dim is not None and dim.width else 8.43
    return total


def page_setup(ws: Worksheet, header: int | None, lang: str, illustrative: bool,
               title_columns: str | None = None) -> None:
    """A4 with 'page N of M' in the footer, the header row repeated on every page and the
    illustrative flag in the page header of every page. Portrait when the sheet fits a
    portrait page; else landscape, scaled to the page's width when that keeps at least
    MIN_SCALE %; a sheet wider still is printed in parts across pages at MIN_SCALE %, each
    part repeating `title_columns` (the unit's code and name)."""
    width = sheet_width(ws)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    if width <= PORTRAIT_CHARS:
        ws.page_setup.orientation = "portrait"
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = 100
    elif width <= PAGE_BUDGET + 1e-9:
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    else:
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = MIN_SCALE
        ws.page_setup.pageOrder = "overThenDown"
        if title_columns:
            ws.print_title_cols = title_columns
    if header:
        ws.print_title_rows = f"{header}:{header}"
    ws.oddFooter.center.text = label("page_of", lang)
    ws.oddFooter.center.size = 9
    ws.oddFooter.right.text = f"KZ Planner {__version__}"
    ws.oddFooter.right.size = 8
    if illustrative:
        ws.oddHeader.center.text = label("illustrative_flag", lang)
        ws.oddHeader.center.size = 10
        ws.oddHeader.center.color = "B00020"


def print_scale(ws: Worksheet) -> float:
    """The scale (%) a sheet prints at: its fixed scale, or the one fitting its width to the
    page (what Excel and LibreOffice compute)."""
    if not ws.sheet_properties.pageSetUpPr.fitToPage:
        return float(ws.page_setup.scale or 100)
    page = LANDSCAPE_CHARS if ws.page_setup.orientation == "landscape" else PORTRAIT_CHARS
    return min(100.0, 100.0 * page / max(sheet_width(ws), 1.0))


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
    cells: list[tuple[Any, int]] = []  # text cells outside the blocks: (cell, length)
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
            cells.append((cell, len(value)))
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

    for cell, _length in cells:
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


def parameters_sheet(wb: Any, params: Any, lang: str) -> Worksheet:
    """Every parameter in words, its value as a number in a cell with its format, its unit."""
    from kzplanner.core.io.write.workbook_words import parameter_rows

    pw = wb.create_sheet(label("sheet.parameters", lang))
    header_row(pw, 1, [label("col.parameter", lang), label("col.value", lang),
                       label("col.unit_short", lang)])
    r = 2
    for name, value, fmt, unit in parameter_rows(params, lang):
        put(pw, r, 1, name)
        put(pw, r, 2, value, fmt)
        put(pw, r, 3, unit)
        r += 1
    put(pw, r + 1, 1, f"KZ Planner {__version__}")
    pw.freeze_panes = "A2"
    fit_columns(pw)
    return pw


def sources_sheet(wb: Any, ds: Any, lang: str, status: Any) -> Worksheet:
    """One row per source (kind, file, sheet and cells, attribution, status, indicators), then
    the credits: the Bureau of National Statistics for official figures, geokz for the
    boundaries and names, and the sample's illustrative nature when it is used."""
    from kzplanner.core.io.write.xlsx_book import Alignment, Font
    from kzplanner.core.sources import indicators_by_file

    sw = wb.create_sheet(label("sheet.sources", lang))
    header_row(sw, 1, [label("col.kind", lang), label("col.file", lang), label("col.sheet", lang),
                       label("col.attribution", lang), label("col.status", lang),
                       label("sheet.indicators", lang)])
    supplied = indicators_by_file(ds)
    r = 2
    for src in ds.sources:
        if src.kind == "statistics" and supplied.get(str(src.file)):
            put(sw, r, 6, ", ".join(label(c, lang) for c in supplied[str(src.file)]))
        put(sw, r, 1, label(src.kind, lang))
        put(sw, r, 2, Path(src.file).name)
        put(sw, r, 3, " ".join(x for x in (src.sheet, src.cells) if x))
        put(sw, r, 4, src.attribution)
        put(sw, r, 5, label(status(src), lang))
        r += 1
    fit_columns(sw)
    r += 1
    put(sw, r, 1, label("credits", lang)).font = Font(bold=True)
    credits = ["credit.bns", "credit.geokz"] + (["credit.illustrative"] if ds.illustrative
                                                else [])
    for key in credits:
        r += 1
        cell = put(sw, r, 1, label(key, lang))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sw.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        sw.row_dimensions[r].height = 30
    sw.freeze_panes = "A2"
    return sw


def approval_block(ws: Worksheet, row: int, lang: str) -> int:
    """Prepared by, checked by, approved by: name, position, date and signature lines to fill
    in by hand. Returns the row after the block."""
    from kzplanner.core.io.write.xlsx_book import Border, Font, Side

    line = Border(bottom=Side(style="thin", color="000000"))
    put(ws, row, 1, label("approval.title", lang)).font = Font(bold=True, size=12)
    row += 1
    heads = ["", label("approval.name", lang), label("approval.position", lang),
             label("approval.date", lang), label("approval.signature", lang)]
    for c, text in enumerate(heads, start=1):
        put(ws, row, c, text).font = Font(italic=True, color="555555")
    row += 1
    for key in ("approval.prepared", "approval.checked", "approval.approved"):
        put(ws, row, 1, label(key, lang)).font = Font(bold=True)
        for c in range(2, 6):
            ws.cell(row=row, column=c).border = line
        ws.row_dimensions[row].height = 30
        row += 1
    return row


def flag_sheet(ws: Worksheet, lang: str) -> None:
    """The illustrative flag on screen too: in the first row, right of the table's header, red
    and bold; the print area stays the table (the page header carries the flag on paper)."""
    from kzplanner.core.io.write.xlsx_book import Font
    from kzplanner.core.io.write.xlsx_book import column_letter as get_column_letter

    last = ws.max_column
    rows = ws.max_row
    if ws.print_area:  # a print area set already (a long list's first rows) keeps its rows
        rows = int(str(ws.print_area).rsplit("$", 1)[-1])
    cell = put(ws, 1, last + 2, label("illustrative_flag", lang))
    cell.font = Font(bold=True, color="B00020")
    ws.print_area = f"A1:{get_column_letter(last)}{rows}"


def fit_summary_columns(ws: Worksheet, columns: str, header_rows: list[int],
                        skip_rows: set[int], budget: float, least: int = 14,
                        most: int = 24) -> None:
    """Widths of the summary's value columns from what they hold, within `budget` characters
    in all (what prints on one landscape page at MIN_SCALE beside column A). A column is at
    least `least` wide and as wide as its headers' longest word (a header wraps between words,
    never inside one: a Kazakh header broke mid-word in columns of 14) and its numbers; its
    texts ask for up to `most` characters, and get less when the budget is short (they wrap in
    their cells, their rows made taller). A text with an empty cell to its right runs on into it
    and asks for nothing (a setting's value); rows in `skip_rows` (notes across the table) are
    left out. Each header row is made as tall as its most-wrapped header."""
    from kzplanner.core.io.write.xlsx_book import Alignment, column_index, column_letter

    headers = set(header_rows)
    hard: dict[int, int] = {column_index(c): least for c in columns}
    soft = dict(hard)
    last = max(hard)
    texts = []
    for cell in ws.cells():
        if cell.column not in hard or cell.value is None or cell.row in skip_rows:
            continue
        if cell.row in headers:  # bold, its longest word whole
            need = header_word_units(str(cell.value))
        elif isinstance(cell.value, str) and not cell.value.startswith("="):
            if cell.column != last and ws.cell(cell.row, cell.column + 1).value is None:
                continue
            texts.append(cell)
            soft[cell.column] = max(soft[cell.column], min(len(cell.value) + 2, most))
            continue
        elif isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
            need = len(f"{cell.value:,.0f}") + (2 if "₸" in (cell.number_format or "") else 1)
        else:
            need = 13  # a formula: a figure of the table
        hard[cell.column] = max(hard[cell.column], need)
    widths = {c: max(hard[c], soft[c]) for c in hard}
    if sum(widths.values()) > budget:  # texts wrap; what the budget leaves goes to them
        widths = dict(hard)
        spare = int(budget - sum(widths.values()))
        for c in sorted(hard, key=lambda c: soft[c] - hard[c], reverse=True):
            more = max(0, min(soft[c] - hard[c], spare))
            widths[c] += more
            spare -= more
    for col, width in widths.items():
        ws.column_dimensions[column_letter(col)].width = width
    wrap = Alignment(wrap_text=True, vertical="bottom")  # its last line beside the figures
    for cell in texts:
        lines = _lines(str(cell.value), widths[cell.column] - 2)
        if lines > 1:
            cell.alignment = wrap
            ws.row_dimensions[cell.row].height = max(ws.row_dimensions[cell.row].height or 15,
                                                     15 * lines)
    for row in header_rows:
        lines = max((_lines(str(ws.cell(row, c).value or ""), widths[c] - 2) for c in widths),
                    default=1)
        ws.row_dimensions[row].height = max(15, 15 * lines)


def _lines(text: str, width: int) -> int:
    """How many lines `text` takes wrapped between words at `width` characters."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def wrap_long_labels(ws: Worksheet, width: int, skip_rows: set[int]) -> None:
    """Labels in column A longer than `width` wrap, their rows made tall enough."""
    from kzplanner.core.io.write.xlsx_book import Alignment

    for cell in ws["A"]:
        if isinstance(cell.value, str) and len(cell.value) > width and cell.row not in skip_rows:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[cell.row].height = 15 * -(-len(cell.value) // (width - 4))


def png_size(png: bytes) -> tuple[int, int]:
    """A picture's width and height in pixels: a PNG's from its header, another's by Pillow."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(png)) as img:
            return img.size
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
