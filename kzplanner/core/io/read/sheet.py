"""One sheet's cells (`Grid`) and what every format's reader shares: column letters, the one
sheet picker, and the limits of core.io.read.safety applied to the area read (rows, columns,
cells; merged areas clipped to the used area)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzplanner.core.io.read import safety
from kzplanner.errors import KZError

if TYPE_CHECKING:
    from kzplanner.core.io.read.row_stream import RowStream


@dataclass
class Grid:
    """The cells of one sheet (or CSV file) as stored, with its merged areas."""

    file: str
    sheet: str | None
    sheets: list[str]
    cells: list[list[Any]]  # as stored; merged areas only in their top-left cell
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (min_row, min_col,
    #   max_row, max_col), 0-based, inclusive
    # read with `head` (read_grid): `cells` are the sheet's first rows and `rest` gives the
    # others one by one or in blocks, their values made only when reached; merged areas are
    # the head's
    rest: RowStream | None = field(default=None, repr=False, compare=False)
    _merged_by_row: dict[int, list[tuple[int, int, int, int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def filled(self, r: int, c: int) -> Any:
        """The cell's value, or the value of the merged area it belongs to."""
        value = self.cell(r, c)
        if value is None and self.merged:
            areas = self._merged_by_row.get(r)
            if areas is None:  # the merged areas crossing row r, found once per row
                areas = [m for m in self.merged if m[0] <= r <= m[2]]
                self._merged_by_row[r] = areas
            for r0, c0, _r1, c1 in areas:
                if c0 <= c <= c1:
                    return self.cell(r0, c0)
        return value

    def cell(self, r: int, c: int) -> Any:
        if r < len(self.cells) and c < len(self.cells[r]):
            return self.cells[r][c]
        return None


def col_letter(index: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def col_number(letters: bytes | str) -> int:
    """'A' → 1, 'AA' → 27 (1-based)."""
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + ord(ch) - 64
    return n


def col_index(letter: str) -> int:
    """'A' → 0, 'AA' → 26."""
    return col_number(letter.strip().upper()) - 1


def pick_sheet(names: list[str], wanted: str | None, path: Path) -> str:
    """The sheet asked for (exactly, else ignoring case and surrounding spaces), or the first of
    `names` when none is asked for; KZError naming the sheets found otherwise."""
    if not names:
        raise KZError("workbook_empty", file=str(path))
    if wanted is None:
        return names[0]
    if wanted in names:
        return wanted
    low = {n.strip().lower(): n for n in names}
    if wanted.strip().lower() in low:
        return low[wanted.strip().lower()]
    raise KZError("sheet_missing", file=str(path), sheet=wanted, detail=", ".join(names))


def too_large(path: Path, sheet: str, rows: int, cols: int) -> KZError:
    def n(x: int) -> str:
        return f"{x:,}".replace(",", "\u202f")

    limit = f"{n(safety.MAX_ROWS)} × {n(safety.MAX_COLS)}; {n(safety.MAX_CELLS)}"
    return KZError("sheet_too_large", file=str(path), sheet=sheet, row=rows,
                   column=col_letter(max(cols, 1) - 1), detail=limit)


def check_extent(path: Path, sheet: str, rows: int, cols: int) -> None:
    if rows > safety.MAX_ROWS or cols > safety.MAX_COLS or rows * cols > safety.MAX_CELLS:
        raise too_large(path, sheet, rows, cols)


def trim_row(row: list[Any]) -> list[Any]:
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end] if end < len(row) else row


def clip_merges(merges: list[tuple[int, int, int, int]],
          cells: list[list[Any]]) -> list[tuple[int, int, int, int]]:
    """Merged areas inside the used area, cut at its edge (a merge over the whole sheet
    becomes one over the table, never a million cells)."""
    last_row = len(cells) - 1
    last_col = max((len(r) for r in cells), default=0) - 1
    out = []
    for r0, c0, r1, c1 in merges:
        r0, r1 = min(r0, r1), max(r0, r1)
        c0, c1 = min(c0, c1), max(c0, c1)
        if r0 > last_row or c0 > last_col or r0 < 0 or c0 < 0:
            continue
        out.append((r0, c0, min(r1, last_row), min(c1, last_col)))
    return out
