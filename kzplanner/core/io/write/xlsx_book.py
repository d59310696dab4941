"""A light workbook the exporters build in memory and XlsxWriter writes (issue 21).

The exporters (plan workbook, comparison) were written against openpyxl's object model; building
tens of thousands of openpyxl cells with style proxies and serialising them through its XML
tree cost most of an export. `Book` and `Sheet` keep the small part of that model the exporters
use — cells with a value, a number format, font, fill, alignment and border; column widths and
row heights; merged ranges; frozen panes; the filter; print titles, print area, page setup,
header and footer; a picture — as plain Python objects, and `Book.save` writes them with
XlsxWriter in one pass. Files written here are read back with openpyxl in the tests.

Formulas are written with their value computed here (our own totals: SUM, SUBTOTAL(9, …), a
difference of two cells, a reference to another sheet's cell), so that a reader that does not
recalculate (LibreOffice's default for .xlsx, previewers) shows the right figure; Excel and
LibreOffice recalculate them anyway.
"""

from __future__ import annotations

import math
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

    def cell(self, row: int, column: int) -> Cell:
        c = self._cells.get((row, column))
        if c is None:
            c = self._cells[(row, column)] = Cell(row, column)
        return c

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self._cells), default=1)

    @property
    def max_column(self) -> int:
        return max((c for _, c in self._cells), default=1)

    def __getitem__(self, key: str) -> list[Cell]:
        """ws['A']: the cells of a column, top down."""
        col = column_index(key)
        return sorted((c for (_, k), c in self._cells.items() if k == col), key=lambda c: c.row)

    def cells(self, min_row: int = 1) -> list[Cell]:
        """Every cell from `min_row` down, in the order they were made (a row's order does
        not matter to the column fits, and sorting 400,000 cells costs)."""
        if min_row <= 1:
            return list(self._cells.values())
        return [c for c in self._cells.values() if c.row >= min_row]

    def iter_rows(self, min_row: int = 1) -> list[list[Cell]]:
        """The sheet's cells row by row (only cells that exist: empty ones carry nothing)."""
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



# --------------------------------------------------------------------------- formula values
_SUM = re.compile(r"=(SUM|SUBTOTAL\(9,)\(?([A-Z]+)(\d+):([A-Z]+)(\d+)\)")
_DIFF = re.compile(r"=([A-Z]+)(\d+)-([A-Z]+)(\d+)")
_XREF = re.compile(r"='((?:[^']|'')+)'!([A-Z]+)(\d+)")


def formula_value(book: Book, ws: Sheet, formula: str, depth: int = 0) -> float | None:
    """The value of one of our own formulas, from the cells it refers to; None when the
    formula is not one of the forms the exporters write (the reader then recalculates)."""
    if depth > 20:
        return None
    m = _SUM.fullmatch(formula)
    if m:
        kind, c1, r1, c2, r2 = m.groups()
        subtotal = kind != "SUM"
        total = 0.0
        for col in range(column_index(c1), column_index(c2) + 1):
            for row in range(int(r1), int(r2) + 1):
                cell = ws._cells.get((row, col))
                if cell is None or cell.value is None:
                    continue
                v = cell.value
                if _is_formula(v):
                    if subtotal and v.startswith("=SUBTOTAL("):
                        continue  # SUBTOTAL leaves other subtotals out
                    v = formula_value(book, ws, v, depth + 1)
                if _number(v):
                    total += float(v)
        return total
    m = _DIFF.fullmatch(formula)
    if m:
        a = _cell_value(book, ws, m.group(1), int(m.group(2)), depth)
        b = _cell_value(book, ws, m.group(3), int(m.group(4)), depth)
        return None if a is None or b is None else a - b
    m = _XREF.fullmatch(formula)
    if m:
        title = m.group(1).replace("''", "'")
        other = next((s for s in book.worksheets if s.title == title), None)
        return None if other is None else _cell_value(book, other, m.group(2),
                                                      int(m.group(3)), depth)
    return None


def _cell_value(book: Book, ws: Sheet, col: str, row: int, depth: int) -> float | None:
    cell = ws._cells.get((row, column_index(col)))
    v = None if cell is None else cell.value
    if _is_formula(v):
        return formula_value(book, ws, v, depth + 1)
    return float(v) if _number(v) else (0.0 if v is None else None)


def _is_formula(v: Any) -> bool:
    return isinstance(v, Formula)


def _number(v: Any) -> bool:
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return False
    try:
        return math.isfinite(float(v))
    except (TypeError, ValueError):
        return False
