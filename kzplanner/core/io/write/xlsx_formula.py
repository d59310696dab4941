"""The values of the workbook's own formulas (SUM, SUBTOTAL(9, …), a difference of two cells, a
reference to another sheet's cell), computed from the cells and table bodies they refer to, so
that a reader that does not recalculate (LibreOffice's default for .xlsx, previewers) shows the
right figure; Excel and LibreOffice recalculate them anyway."""

from __future__ import annotations

import math
import re
from typing import Any

from kzplanner.core.io.write.xlsx_book import Book, Formula, Sheet, column_index

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
            for v in ws.column_values(col, int(r1), int(r2)):
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
    v = ws.value_at(row, column_index(col))
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
