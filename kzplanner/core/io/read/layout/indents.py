"""How far each label of a statistics table is indented (spaces, the cell's indent, bold for
the upper level): the evidence of a hierarchy a sheet shows only by its layout."""

from __future__ import annotations

from pathlib import Path

from kzplanner.core.io.read.sheet import Grid
from kzplanner.core.io.read.styles import label_styles

MAX_STYLED_ROWS = 5000  # cell styles are read for the label column of tables up to this size


def label_indents(grid: Grid, column: int, rows: list[int]) -> list[int] | None:
    """The indentation of the label cell of each sheet row (1-based) in `rows`, or None when the
    file does not vary it: leading spaces in the text (two make a step), the cell's indent, and,
    where neither varies, bold labels as the upper level.

    Only the label column is read for styles (openpyxl read-only for .xlsx, xlrd's formatting
    for .xls); the values come from the grid as read before.
    """
    spaces = []
    for r in rows:
        raw = grid.cell(r - 1, column)
        text = raw if isinstance(raw, str) else ""
        stripped = text.lstrip(" \u00a0\u2002\u2003")
        spaces.append((len(text) - len(stripped)) // 2)
    styles = label_styles(Path(grid.file), grid.sheet, column, rows)
    indents = [s + (st[0] if st else 0) for s, st in zip(spaces, styles, strict=True)]
    if len(set(indents)) > 1:
        return indents
    bold = [bool(st and st[1]) for st in styles]
    if 0 < sum(bold) < len(bold) and sum(bold) <= len(bold) // 2:
        return [0 if b else 1 for b in bold]
    return None
