"""Sheets and blocks of the plan workbook a commission signs (issue 20): the parameters in
words with units, the sources with their credits, the approval block, and the page setup every
sheet shares (A4, landscape where wide, repeated header rows, "page N of M", the illustrative
flag on every page)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzplanner import __version__
from kzplanner.core.catalogue import label
from kzplanner.core.io.write.workbook_cells import (
    fit_columns,
    header_row,
    header_word_units,
    put,
    text_lines,
    wrapped_lines,
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
        lines = wrapped_lines(str(cell.value), widths[cell.column] - 2)
        if lines > 1:
            cell.alignment = wrap
            ws.row_dimensions[cell.row].height = max(ws.row_dimensions[cell.row].height or 15,
                                                     15 * lines)
    for row in header_rows:
        lines = max((wrapped_lines(str(ws.cell(row, c).value or ""), widths[c] - 2)
                     for c in widths),
                    default=1)
        ws.row_dimensions[row].height = max(15, 15 * lines)


def wrap_long_labels(ws: Worksheet, skip_rows: set[int]) -> None:
    """Labels in column A that do not fit its width (as LibreOffice wraps them) wrap, their
    rows made tall enough, and the row's figures aligned at the top beside the label's first
    line (as a table's wrapped rows are), each keeping its horizontal alignment."""
    from dataclasses import replace

    from kzplanner.core.io.write.xlsx_book import Alignment

    width = ws.column_dimensions["A"].width or 8.43
    last = ws.max_column
    for cell in ws["A"]:
        if not isinstance(cell.value, str) or cell.row in skip_rows:
            continue
        lines = text_lines(cell.value, width)
        if lines < 2:
            continue
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[cell.row].height = 15 * lines
        for col in range(2, last + 1):
            if ws.value_at(cell.row, col) is not None:
                figure = ws.cell(cell.row, col)
                figure.alignment = replace(figure.alignment or Alignment(), vertical="top")


def png_size(png: bytes) -> tuple[int, int]:
    """A picture's width and height in pixels: a PNG's from its header, another's by Pillow."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(png)) as img:
            return img.size
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
