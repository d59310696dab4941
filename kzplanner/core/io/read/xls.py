""".xls sheets within limits: xlrd loads only the sheet asked for (on demand, ragged rows)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from kzplanner.core.io.read import safety
from kzplanner.core.io.read.safety import Budget
from kzplanner.core.io.read.sheet import (
    Grid,
    clip_merges,
    pick_sheet,
    too_large,
    trim_row,
)
from kzplanner.errors import KZError


def read_xls(path: Path, sheet: str | None, sheets_only: bool, budget: Budget) -> Grid:
    kind = safety.ole_kind(path)
    if kind == "encrypted":
        raise KZError("workbook_encrypted", file=str(path))
    if kind != "xls":
        raise KZError("not_a_table_file", file=str(path), detail=kind)
    try:
        import xlrd
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise KZError("file_unreadable", file=str(path),
                      detail="reading .xls needs the 'xlrd' package") from exc
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True,
                                  ragged_rows=True, logfile=io.StringIO())
    except xlrd.biffh.XLRDError as exc:
        code = "workbook_encrypted" if "encrypt" in str(exc).lower() else "file_corrupt"
        raise KZError(code, file=str(path), detail=str(exc)[:200]) from exc
    except KZError:
        raise
    except Exception as exc:  # noqa: BLE001 - xlrd raises many types for damaged files
        raise KZError("file_corrupt", file=str(path), detail=type(exc).__name__) from exc
    try:
        names = book.sheet_names()
        states = list(getattr(book, "_sheet_visibility", []) or [])
        visible = [n for k, n in enumerate(names) if (states[k] if k < len(states) else 0) == 0]
        if sheets_only:
            if sheet is not None:
                pick_sheet(names, sheet, path)
            return Grid(str(path), None, names, [])
        name = pick_sheet(visible or names, None, path) if sheet is None else \
            pick_sheet(names, sheet, path)
        try:
            sh = book.sheet_by_name(name)
        except Exception as exc:  # noqa: BLE001
            raise KZError("file_corrupt", file=str(path), detail=f"sheet “{name}”") from exc
        if len(sh.merged_cells) > safety.MAX_MERGES:
            raise KZError("too_many_merged_cells", file=str(path), sheet=name,
                          detail=f"{len(sh.merged_cells):,} > {safety.MAX_MERGES:,}"
                          .replace(",", " "))
        cells: list[list[Any]] = []
        total = 0
        for r in range(sh.nrows):
            if r % 1000 == 0:
                budget.check()
            types, values = sh.row_types(r), sh.row_values(r)
            row = trim_row([_xls_value(t, v, book.datemode)
                         for t, v in zip(types, values, strict=False)])
            total += len(row)
            if r >= safety.MAX_ROWS or len(row) > safety.MAX_COLS or total > safety.MAX_CELLS:
                if row:
                    raise too_large(path, name, r + 1, len(row))
            cells.append(row)
        while cells and not cells[-1]:
            cells.pop()
        merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells]
    finally:
        book.release_resources()
    return Grid(str(path), name, names, cells, clip_merges(merged, cells))


def _xls_value(ctype: int, value: Any, datemode: int) -> Any:
    """A BIFF cell as openpyxl would give it: TRUE/FALSE as booleans (xlrd gives 1/0), an
    error as its text (#DIV/0!), a date as a date; empty and blank cells as None."""
    import xlrd

    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERROR")
    if ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, datemode)
        except Exception:  # noqa: BLE001 - an impossible date stays its serial number's text
            return f"#DATE {value}"
    return value
