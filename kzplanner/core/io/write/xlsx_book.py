"""A light workbook the exporters build in memory and XlsxWriter writes (issue 21).

The exporters (plan workbook, comparison) were written against openpyxl's object model; building
tens of thousands of openpyxl cells with style proxies and serialising them through its XML
tree cost most of an export. `Book` and `Sheet` keep the small part of that model the exporters
use — cells with a value, a number format, font, fill, alignment and border; column widths and
row heights; merged ranges; frozen panes; the filter; print titles, print area, page setup,
header and footer; a picture — as plain Python objects, and `Book.save` writes them with
XlsxWriter in one pass. Files written here are read back with openpyxl in the tests.

A table's body (thousands of rows of plain numbers and text: the indicators of 10,000 units,
the villages) is a `Block` — rows of values with one number format per column — not a `Cell`
per value: building, fitting and writing 440,000 Cell objects cost most of a stress-size export.

Formulas are written with their value computed (core/io/write/xlsx_formula.py), so that a reader
that does not recalculate shows the right figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

PAPERSIZE_A4 = 9


class Formula(str):
    """A cell formula written by the exporter itself (input text is never one)."""


# --------------------------------------------------------------------------- styles
@dataclass(frozen=True)
class Font:
    bold: bool = False
    size: float | None = None
    color: str | None = None
    italic: bool = False

    @property
    def b(self) -> bool:  # openpyxl's name, read by fit_table
        return self.bold


@dataclass(frozen=True)
class Alignment:
    wrap_text: bool | None = None
    vertical: str | None = None
    horizontal: str | None = None


@dataclass(frozen=True)
class PatternFill:
    fill_type: str | None = None
    fgColor: str | None = None  # noqa: N815 - openpyxl's name


@dataclass(frozen=True)
class Side:
    style: str | None = None
    color: str | None = None


@dataclass(frozen=True)
class Border:
    bottom: Side | None = None


class Cell:
    __slots__ = ("row", "column", "value", "data_type", "number_format", "font", "fill",
                 "alignment", "border")

    def __init__(self, row: int, column: int) -> None:
        self.row, self.column = row, column
        self.value: Any = None
        self.data_type = "n"
        self.number_format = "General"
        self.font: Font | None = None
        self.fill: PatternFill | None = None
        self.alignment: Alignment | None = None
        self.border: Border | None = None


class Block:
    """A table body: `rows` of plain values (numbers, text, None; a NaN or infinite number
    is an empty cell) from sheet row `row`, column 1 on, with one number format per column.
    `align`: a column's horizontal alignment ("center", …; None: Excel's by type).
    `wrap`: (row, column) of texts that wrap (top-aligned); `top`: rows whose cells align at
    the top (a wrapped text made them taller) — both set by fit_table."""

    __slots__ = ("row", "last", "rows", "formats", "align", "wrap", "top")

    def __init__(self, row: int, rows: list[list[Any]], formats: list[str | None],
                 align: list[str | None] | None = None) -> None:
        self.row, self.rows, self.formats = row, rows, list(formats)
        self.last = row + len(rows) - 1  # the rows are not added to after
        self.align = list(align) if align else [None] * len(self.formats)
        self.wrap: set[tuple[int, int]] = set()
        self.top: set[int] = set()

    def column(self, col: int) -> list[Any]:
        """The values of sheet column `col` (1-based), top down."""
        return [r[col - 1] for r in self.rows]


# --------------------------------------------------------------------------- sheet parts
class _Dim:
    __slots__ = ("width", "height")

    def __init__(self) -> None:
        self.width: float | None = None
        self.height: float | None = None


class _Dims(dict):
    """column_dimensions / row_dimensions: created on first use, as openpyxl's are."""

    def __missing__(self, key: Any) -> _Dim:
        self[key] = dim = _Dim()
        return dim


@dataclass
class _Range:
    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass
class _Merged:
    ranges: list[_Range] = field(default_factory=list)


@dataclass
class _PageSetup:
    orientation: str = "portrait"
    paperSize: int | None = None  # noqa: N815
    fitToWidth: int = 1  # noqa: N815
    fitToHeight: int = 1  # noqa: N815
    scale: int | None = None
    pageOrder: str | None = None  # noqa: N815


@dataclass
class _Margins:
    left: float = 0.7
    right: float = 0.7
    top: float = 0.75
    bottom: float = 0.75


@dataclass
class _FitTo:
    fitToPage: bool = False  # noqa: N815


@dataclass
class _Props:
    pageSetUpPr: _FitTo = field(default_factory=_FitTo)  # noqa: N815


@dataclass
class _Part:
    text: str | None = None
    size: float | None = None
    color: str | None = None

    def code(self) -> str:
        """openpyxl's form: '&9 ' for the size, '&KB00020' for the colour, then the text."""
        if not self.text:
            return ""
        return ((f"&{self.size:g} " if self.size else "") + (f"&K{self.color}" if self.color
                                                               else "") + self.text)


@dataclass
class _HeaderFooter:
    left: _Part = field(default_factory=_Part)
    center: _Part = field(default_factory=_Part)
    right: _Part = field(default_factory=_Part)

    def code(self) -> str:
        return "".join(f"&{k}{p.code()}" for k, p in (("L", self.left), ("C", self.center),
                                                     ("R", self.right)) if p.text)


@dataclass
class _Filter:
    ref: str | None = None


def column_letter(col: int) -> str:
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


_REF = re.compile(r"\$?([A-Z]+)\$?(\d+)")


class Sheet:
    """The part of openpyxl's Worksheet the exporters use."""

    PAPERSIZE_A4 = PAPERSIZE_A4

    def __init__(self, title: str) -> None:
        self.title = title
        self._cells: dict[tuple[int, int], Cell] = {}
        self.column_dimensions = _Dims()
        self.row_dimensions = _Dims()
        self.merged_cells = _Merged()
        self.freeze_panes: str | None = None
        self.auto_filter = _Filter()
        self.print_title_rows: str | None = None
        self.print_title_cols: str | None = None
        self._print_area: str | None = None
        self.page_setup = _PageSetup()
        self.page_margins = _Margins()
        self.sheet_properties = _Props()
        self.oddHeader = _HeaderFooter()  # noqa: N815
        self.oddFooter = _HeaderFooter()  # noqa: N815
        self.pictures: list[tuple[bytes, str, float]] = []
        self.blocks: list[Block] = []

    def put_rows(self, row: int, rows: list[list[Any]], formats: list[str | None],
                 align: list[str | None] | None = None) -> Block:
        """A table body from `row` down (see Block); text is always text, as put() writes it."""
        block = Block(row, rows, formats, align)
        if rows:
            self.blocks.append(block)
        return block

    def value_at(self, row: int, column: int) -> Any:
        c = self._cells.get((row, column))
        if c is not None:
            return c.value
        for b in self.blocks:
            if b.row <= row <= b.last and column <= len(b.formats):
                return b.rows[row - b.row][column - 1]
        return None

    def column_values(self, column: int, first: int, last: int) -> list[Any]:
        """The values of a column between two rows (empty cells left out), cells and blocks."""
        out = [c.value for r in range(first, last + 1)
               if (c := self._cells.get((r, column))) is not None and c.value is not None]
        for b in self.blocks:
            if b.row > last or b.last < first:
                continue
            lo, hi = max(first, b.row), min(last, b.last)
            if column <= len(b.formats):
                out += [r[column - 1] for r in b.rows[lo - b.row:hi - b.row + 1]
                        if r[column - 1] is not None]
        return out

    def cell(self, row: int, column: int) -> Cell:
        c = self._cells.get((row, column))
        if c is None:
            c = self._cells[(row, column)] = Cell(row, column)
        return c

    @property
    def max_row(self) -> int:
        return max(max((r for r, _ in self._cells), default=1),
                   max((b.last for b in self.blocks), default=1))

    @property
    def max_column(self) -> int:
        return max(max((c for _, c in self._cells), default=1),
                   max((len(b.formats) for b in self.blocks), default=1))

    def __getitem__(self, key: str) -> list[Cell]:
        """ws['A']: the cells of a column, top down."""
        col = column_index(key)
        return sorted((c for (_, k), c in self._cells.items() if k == col), key=lambda c: c.row)

    def cells(self, min_row: int = 1) -> list[Cell]:
        """Every Cell from `min_row` down, in the order they were made (a row's order does
        not matter to the column fits); table bodies are in `blocks`."""
        if min_row <= 1:
            return list(self._cells.values())
        return [c for c in self._cells.values() if c.row >= min_row]

    def iter_rows(self, min_row: int = 1) -> list[list[Cell]]:
        """The sheet's Cells row by row (only cells that exist; table bodies are in `blocks`)."""
        rows: dict[int, list[Cell]] = {}
        for (r, _), c in self._cells.items():
            if r >= min_row:
                rows.setdefault(r, []).append(c)
        return [sorted(rows[r], key=lambda c: c.column) for r in sorted(rows)]

    def merge_cells(self, start_row: int, start_column: int, end_row: int,
                    end_column: int) -> None:
        self.merged_cells.ranges.append(_Range(start_row, start_column, end_row, end_column))

    @property
    def print_area(self) -> str | None:
        """openpyxl's form: 'Title'!$A$1:$K$48."""
        return self._print_area

    @print_area.setter
    def print_area(self, ref: str) -> None:
        a, b = ref.split(":")
        (c1, r1), (c2, r2) = _REF.fullmatch(a).groups(), _REF.fullmatch(b).groups()  # type: ignore[union-attr]
        self._print_area = f"'{self.title}'!${c1}${r1}:${c2}${r2}"

    def add_picture(self, png: bytes, anchor: str, scale: float) -> None:
        self.pictures.append((png, anchor, scale))


class Book:
    """Sheets in order; xlsx_emit.write_book writes them with XlsxWriter."""

    def __init__(self) -> None:
        self.worksheets: list[Sheet] = []

    def create_sheet(self, title: str) -> Sheet:
        # what Excel refuses in a sheet's name: []:*?/\ anywhere, an apostrophe at an end
        ws = Sheet(re.sub(r"[\[\]:*?/\\]", "_", title)[:31].strip("'") or "Sheet")
        self.worksheets.append(ws)
        return ws
