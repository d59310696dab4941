"""Reading back a filled KZ Planner template (core.io.write.template writes it), validated
against its own unit list: the hidden '_kzplanner' sheet records the version, the header row and
the unit codes, so nothing added, lost or retyped goes unnoticed."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd

from kzplanner.errors import KZError

META_SHEET = "_kzplanner"
DATA_SHEET = "statistics"
TEMPLATE_VERSION = "1"


def is_template(path: str | Path) -> bool:
    """True for an .xlsx written by write_template (it has the hidden '_kzplanner' sheet)."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.exists():
        return False
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            wbxml = zf.read("xl/workbook.xml")[:20000]
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    return META_SHEET.encode() in wbxml


def read_template(path: str | Path) -> pd.DataFrame:
    """The filled template as the canonical frame, validated against its own unit list.

    KZError: template_units_changed (codes added, removed, duplicated or retyped),
    bad_number / negative_value naming row and column, bad_value for a share above 1.
    """
    import openpyxl

    from kzplanner.core.io.read.safety import check_xlsx
    from kzplanner.core.io.read.table import Provenance
    from kzplanner.core.io.read.values import normalise_code

    path = Path(path)
    check_xlsx(path)
    wb = openpyxl.load_workbook(path, data_only=True)
    try:
        meta = {r[0]: r[1] for r in wb[META_SHEET].iter_rows(values_only=True) if r[0] != "unit"}
        expected = [str(r[1]) for r in wb[META_SHEET].iter_rows(values_only=True)
                    if r[0] == "unit"]
        if DATA_SHEET not in wb.sheetnames:
            raise KZError("sheet_missing", file=str(path), sheet=DATA_SHEET,
                          detail=", ".join(wb.sheetnames))
        rows = [list(r) for r in wb[DATA_SHEET].iter_rows(values_only=True)]
    finally:
        wb.close()
    header_at = int(meta.get("header_row", 3)) - 1
    ids = [str(v).strip() if v is not None else "" for v in rows[header_at]]
    if "unit_code" not in ids:
        raise KZError("header_not_found", file=str(path), sheet=DATA_SHEET, column="unit_code",
                      detail=str(header_at + 1))
    records: list[dict[str, Any]] = []
    sheet_rows: list[int] = []
    seen: list[str] = []
    for r, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if all(v is None or str(v).strip() == "" for v in row):
            continue
        cells = dict(zip(ids, list(row) + [None] * (len(ids) - len(row)), strict=False))
        code = normalise_code(cells.get("unit_code"))
        if code is None or code in seen or code not in expected:
            why = "duplicated" if code in seen else "not in this template"
            raise KZError("template_units_changed", file=str(path), sheet=DATA_SHEET, row=r,
                          column=_col(ids, "unit_code"), detail=f"{code}: {why}")
        seen.append(code)
        rec: dict[str, Any] = {"unit_code": code, "unit_name": cells.get("unit_name")}
        for ind in ids[2:]:
            if not ind:
                continue
            rec[ind] = _number(cells.get(ind), path, r, _col(ids, ind), ind)
        records.append(rec)
        sheet_rows.append(r)
    missing = [c for c in expected if c not in seen]
    if missing:
        raise KZError("template_units_changed", file=str(path), sheet=DATA_SHEET,
                      column=_col(ids, "unit_code"), detail="missing rows: " + ", ".join(missing[:10]))
    frame = pd.DataFrame(records)
    frame.attrs["source"] = Provenance({"file": str(path), "sheet": DATA_SHEET,
                             "first_row": sheet_rows[0] if sheet_rows else None,
                             "last_row": sheet_rows[-1] if sheet_rows else None,
                             "rows": sheet_rows})
    return frame


def _col(ids: list[str], ind: str) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(ids.index(ind) + 1)} “{ind}”"


def _number(value: Any, path: Path, row: int, column: str, ind: str) -> float:
    from kzplanner.core.io.read.layout.cells import classify

    kind, number = classify(value)
    if kind == "text":
        raise KZError("bad_number", file=str(path), sheet=DATA_SHEET, row=row, column=column,
                      detail=str(value))
    if kind == "number" and number < 0:
        raise KZError("negative_value", file=str(path), sheet=DATA_SHEET, row=row, column=column,
                      detail=str(value))
    if kind == "number" and ind.endswith("_share") and number > 1:
        raise KZError("bad_value", file=str(path), sheet=DATA_SHEET, row=row, column=column,
                      detail=f"{number:g} is above 1 (a share between 0 and 1)")
    return number if not math.isnan(number) else math.nan
