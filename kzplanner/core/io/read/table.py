"""Reading a table (xlsx, xls, csv) whose header row sits below title lines, keeping sheet rows."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kzplanner.core.io.read.grid import read_grid
from kzplanner.core.io.read.sheet import col_letter
from kzplanner.errors import KZError
from kzplanner.lazy import pd

HEADER_SEARCH_ROWS = 30
# The title row of the app's own sample workbooks (and of copies a planner saves elsewhere).
ILLUSTRATIVE_MARK = "ILLUSTRATIVE SAMPLE DATA"


@dataclass(frozen=True)
class Table:
    """Cells under the header as objects: `cells`, one 2-D array (rows × `columns`), and
    `frame`, the same as a DataFrame, built when first asked for (a reader that works on the
    array, as read_statistics does, never pays for it); `rows` holds each row's 1-based number
    in the sheet."""

    cells: np.ndarray
    columns: list[str]
    rows: list[int]
    file: str
    sheet: str | None
    illustrative: bool = False  # a title row above the header carries ILLUSTRATIVE_MARK

    @functools.cached_property
    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.cells, columns=self.columns, dtype=object, copy=False)


def _clean_header(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""


def read_table(path: str | Path, header_keys: tuple[str, ...], sheet: str | None = None) -> Table:
    """Read the table whose header row contains any of `header_keys` (case-insensitive).

    Title rows above the header and empty rows are skipped; rows keep their sheet numbers so
    messages can name them.
    """
    path = Path(path)
    grid = read_grid(path, sheet)
    head = _head(grid, path, header_keys)
    cells, rows = _body(grid.cells[head.at + 1:], head.at + 2, len(head.names))
    return head.table(cells, rows)


# rows per part of read_table_parts: a part's cells as Python values (~20 MB at a register's
# 16 columns) are all that is held besides what the reader keeps of them
PART_ROWS = 20_000


def read_table_parts(path: str | Path, header_keys: tuple[str, ...], sheet: str | None = None,
                     rows_per_part: int | None = None,
                     on_scanned: Callable[[], None] | None = None) -> Iterator[Table]:
    """read_table's table in parts of `rows_per_part` rows, each a Table of its own (same
    columns, file and sheet; its rows' sheet numbers), read from the sheet as they are reached
    (an .xlsx that python-calamine reads; other files are read whole and cut into parts). A
    reader that converts each part and drops it never holds every cell as a Python value at
    once. The header is found, and a missing sheet or header raised, before this returns.
    `on_scanned`: see grid.read_grid."""
    path = Path(path)
    grid = read_grid(path, sheet, head=HEADER_SEARCH_ROWS + 1, on_scanned=on_scanned)
    head = _head(grid, path, header_keys)
    width = len(head.names)
    size = rows_per_part or PART_ROWS

    def parts() -> Iterator[Table]:
        listed = grid.cells[head.at + 1:]  # the head's rows under the header
        number = head.at + 2
        while True:
            taken, listed = listed[:size], listed[size:]
            cells, rows = _body(taken, number, width)
            count = len(taken)
            if count < size and grid.rest is not None:  # then the rows that follow, a block
                block = grid.rest.block(size - count, width)
                if block is not None:
                    more, more_rows = _block_body(block, number + count)
                    cells = np.concatenate([cells, more]) if len(cells) else more
                    rows += more_rows
                    count += len(block)
            if not count and number > head.at + 2:
                return
            number += count
            yield head.table(cells, rows)
            if count < size:
                return

    return parts()


@dataclass(frozen=True)
class _Head:
    at: int  # the header row's index (0-based)
    names: list[str]
    file: str
    sheet: str | None
    illustrative: bool

    def table(self, cells: np.ndarray, rows: list[int]) -> Table:
        return Table(cells=cells, columns=self.names, rows=rows, file=self.file,
                     sheet=self.sheet, illustrative=self.illustrative)


def _head(grid: Any, path: Path, header_keys: tuple[str, ...]) -> _Head:
    """Where the header is among the grid's first rows, its column names (duplicates refused)
    and whether a title row above it marks the sample illustrative."""
    raw, sheet_name = grid.cells, grid.sheet
    keys = {k.lower() for k in header_keys}
    header_at = None
    for i, row in enumerate(raw[:HEADER_SEARCH_ROWS]):
        if any(_clean_header(v).lower() in keys for v in row):
            header_at = i
            break
    if header_at is None:
        raise KZError("header_not_found", file=str(path), sheet=sheet_name or path.name,
                      column=" / ".join(header_keys), detail=str(HEADER_SEARCH_ROWS))
    header = [_clean_header(v) for v in raw[header_at]]
    names = [h if h else f"column_{i + 1}" for i, h in enumerate(header)]
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        key = name.lower()
        if key in seen:
            raise KZError("duplicate_column", file=str(path), sheet=sheet_name or path.name,
                          row=header_at + 1, column=name,
                          detail=f"{col_letter(seen[key])}, {col_letter(i)}")
        seen[key] = i
    illustrative = any(isinstance(v, str) and v.lstrip().upper().startswith(ILLUSTRATIVE_MARK)
                       for row in raw[:header_at] for v in row)
    return _Head(header_at, names, str(path), sheet_name, illustrative)


def _body(raw: Any, first_number: int, width: int) -> tuple[np.ndarray, list[int]]:
    """The rows of `raw` that are not empty, as one 2-D array of `width` columns, and their
    sheet numbers (the first row of `raw` is row `first_number`)."""
    body: list[list[Any]] = []
    rows: list[int] = []
    for offset, row in enumerate(raw, start=first_number):
        # a row of the header's width is taken as it is (a list of its own, from the reader)
        cells = row if len(row) == width and isinstance(row, list) else \
            (list(row) + [None] * width)[:width]
        first = cells[0] if cells else None  # a filled first cell: not an empty row
        if (first is None or isinstance(first, str) and not first.strip()) and all(
                c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        body.append(cells)
        rows.append(offset)
    cells = np.empty((len(body), width), dtype=object)
    for i, row in enumerate(body):  # row by row: a cell holding a sequence stays one cell
        cells[i] = row
    return cells, rows


def _block_body(block: np.ndarray, first_number: int) -> tuple[np.ndarray, list[int]]:
    """_body for a block (RowStream.block): its rows that are not empty and their sheet
    numbers, found without a Python loop over the rows whose first cell is filled."""
    first = block[:, 0].tolist()
    maybe = [i for i, v in enumerate(first)
             if v is None or (isinstance(v, str) and not v.strip())]
    empty = [i for i in maybe if all(c is None or (isinstance(c, str) and not c.strip())
                                     for c in block[i].tolist())]
    numbers = range(first_number, first_number + len(block))
    if not empty:
        return block, list(numbers)
    keep = np.ones(len(block), dtype=bool)
    keep[empty] = False
    return block[keep], [n for n, k in zip(numbers, keep.tolist(), strict=True) if k]


class Provenance(dict):
    """Where a frame came from, kept in `DataFrame.attrs`. pandas deep-copies attrs into every
    derived frame and column; provenance is written once and never changed, so it is shared
    instead (copying 10,000 row numbers on each column access took 1.4 s of a 10,000-unit load).
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> Provenance:
        return self
