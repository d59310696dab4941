"""Cell styles of one column (indent, bold) where the format keeps them (.xlsx, .xls), for the
sheet read_grid read; the sheet is chosen by sheet.pick_sheet, as for the values."""

from __future__ import annotations

from pathlib import Path

from kzplanner.core.io.read.safety import sniff
from kzplanner.core.io.read.sheet import pick_sheet


def label_styles(path: Path, sheet: str | None, column: int,
                  rows: list[int]) -> list[tuple[int, bool] | None]:
    """(indent, bold) of one column's cells at `rows`; Nones where the format has no styles."""
    none: list[tuple[int, bool] | None] = [None] * len(rows)
    try:
        kind = sniff(path).kind  # by content, as read_grid read the values
        if kind == "zip":
            import warnings

            import openpyxl

            with warnings.catch_warnings(), path.open("rb") as fh:
                warnings.simplefilter("ignore")
                wb = openpyxl.load_workbook(fh, read_only=True)
                try:
                    ws = wb[pick_sheet([w.title for w in wb.worksheets], sheet, path)]
                    wanted = set(rows)
                    found: dict[int, tuple[int, bool]] = {}
                    for r, (cell,) in enumerate(ws.iter_rows(
                            min_row=min(rows), max_row=max(rows), min_col=column + 1,
                            max_col=column + 1), start=min(rows)):
                        if r in wanted and getattr(cell, "value", None) is not None:
                            found[r] = (int(cell.alignment.indent or 0), bool(cell.font.b))
                finally:
                    wb.close()
            return [found.get(r) for r in rows]
        if kind == "ole":
            import io

            import xlrd

            book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True,
                                      logfile=io.StringIO())
            try:
                sh = book.sheet_by_name(pick_sheet(book.sheet_names(), sheet, path))
                out: list[tuple[int, bool] | None] = []
                for r in rows:
                    if r - 1 >= sh.nrows or column >= sh.row_len(r - 1):
                        out.append(None)
                        continue
                    xf = book.xf_list[sh.cell_xf_index(r - 1, column)]
                    font = book.font_list[xf.font_index]
                    out.append((int(xf.alignment.indent_level or 0), bool(font.bold)))
            finally:
                book.release_resources()
            return out
    except Exception:  # styles are evidence, never a reason to fail the import
        return none
    return none
