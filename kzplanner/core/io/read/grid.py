"""The one grid reader: the cells of one sheet (or CSV file), read within limits, whatever the
file's name says.

`read_grid` is behind the statistics layouts (core.io.read.layout: detection, the import
wizard, mappings) and core.io.read.table.read_table (canonical statistics, registers, actuals).
It decides the format by content (safety.sniff), reads only the sheet asked for (sheet.pick_sheet,
for every format), and refuses with a KZError naming the limit (safety.MAX_ROWS, MAX_COLS,
MAX_CELLS, MAX_MERGES, READ_SECONDS) instead of expanding a hostile file cell by cell:

- .xlsx: core.io.read.xlsx (XML scanned for extent and merges, then python-calamine or openpyxl
  read-only); merged areas kept as ranges, clipped to the used area, never expanded.
- .xls: core.io.read.xls (xlrd, only the sheet asked for).
- CSV/TXT: core.io.read.text (encoding, delimiter, quotes).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kzplanner.core.io.read import safety
from kzplanner.core.io.read.safety import Budget
from kzplanner.core.io.read.sheet import Grid
from kzplanner.core.io.read.text import read_csv_cells
from kzplanner.core.io.read.xls import read_xls
from kzplanner.core.io.read.xlsx import read_xlsx
from kzplanner.errors import KZError

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def read_grid(path: str | Path, sheet: str | None = None, *, sheets_only: bool = False,
              seconds: float | None = None, head: int = 0,
              on_scanned: Callable[[], None] | None = None) -> Grid:
    """All cells of one sheet (the first visible one when `sheet` is None) with its merged
    areas; with `sheets_only`, only the sheet names (and a named `sheet` checked: KZError
    'sheet_missing' naming the sheets found). With `head`, an .xlsx sheet that python-calamine
    reads comes as its first `head` rows and the others one by one (Grid.rest); other files
    come whole (rest None). `on_scanned`: see read_xlsx (other formats never call it)."""
    path = Path(path)
    try:
        exists = path.exists()
    except OSError as exc:  # a path the system refuses to look at
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
    if not exists:
        raise KZError("file_not_found", file=str(path))
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + WORKBOOK_SUFFIXES:
        raise KZError("file_unreadable", file=str(path), detail=f"unsupported file type {suffix}")
    safety.check_size(path)
    budget = Budget(path, seconds)
    sniffed = safety.sniff(path)
    if sniffed.kind == "ole":
        return read_xls(path, sheet, sheets_only, budget)
    if sniffed.kind == "zip":
        return read_xlsx(path, sheet, sheets_only, budget, head, on_scanned)
    safety.refuse_unreadable(path, sniffed)
    return Grid(str(path), None, [], [] if sheets_only else read_csv_cells(path, sniffed, budget))


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook ([] for CSV)."""
    return read_grid(path, sheet=None, sheets_only=True).sheets
