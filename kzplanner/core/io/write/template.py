"""Excel templates for districts to fill in, and reading them back with validation.

The template has a visible sheet 'statistics' (row 1 title, row 2 headers in the chosen language,
row 3 indicator ids, data from row 4: codes and names prefilled and locked by validation, numeric
cells validated as decimals ≥ 0) and a hidden sheet '_kzplanner' recording the version, the
header row and the unit codes, so that the way back checks nothing was added, lost or retyped.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from kzplanner.errors import KZError

if TYPE_CHECKING:
    import geopandas as gpd

META_SHEET = "_kzplanner"
DATA_SHEET = "statistics"
TEMPLATE_VERSION = "1"
DEFAULT_INDICATORS = ("population", "rural_population", "households", "households_no_internet",
                      "network_coverage_share", "schools_total", "schools_connected",
                      "faps_total", "faps_connected", "pscs_total", "pscs_connected")
_HEAD = {
    "unit_code": {"en": "Unit code (KATO)", "ru": "Код единицы (КАТО)", "kk": "Бірлік коды (ҚАТО)"},
    "unit_name": {"en": "Unit", "ru": "Административная единица", "kk": "Әкімшілік бірлік"},
    "network_coverage_share": {"en": "Network coverage (0–1)", "ru": "Покрытие сетью (0–1)",
                               "kk": "Желімен қамту (0–1)"},
}
_TITLE = {"en": "KZ Planner data template — fill in the white cells",
          "ru": "Шаблон данных KZ Planner — заполните белые ячейки",
          "kk": "KZ Planner деректер үлгісі — ақ ұяшықтарды толтырыңыз"}


def template_indicators(kind: str) -> tuple[str, ...]:
    """Columns of a template: 'data' (base statistics), 'monitoring' (seed 000's indicators) or
    'actuals' (what a programme reports afterwards, read back by core.io.actuals)."""
    if kind == "monitoring":
        from kzplanner.core.monitoring import MONITORING_INDICATORS

        return tuple(m.id for m in MONITORING_INDICATORS)
    if kind == "actuals":
        from kzplanner.core.io.read.actuals import MEASURES

        return MEASURES
    return DEFAULT_INDICATORS


def _header(ind: str, lang: str) -> str:
    from kzplanner.core.catalogue import DEFAULT_GROUPS, group_columns, label

    if ind in _HEAD:
        return _HEAD[ind].get(lang) or _HEAD[ind]["en"]
    for group in DEFAULT_GROUPS:
        for part, col in zip(("eligible", "no_device", "no_internet"), group_columns(group),
                             strict=True):
            if ind == col:
                return f"{label(group, lang)}: {label(f'group_part.{part}', lang)}"
    return label(ind, lang)


def given_indicators(ds: Any) -> set[str]:
    """The indicators the dataset's statistics tables gave (core.sources.StatsSource
    .indicators), or, for a dataset without that list, its units' columns with a value."""
    given = {i for s in getattr(ds, "data_sources", []) or [] for i in s.indicators}
    if given:
        return given
    units = ds.units
    return {str(c) for c in units.columns if c != "geometry" and units[c].notna().any()}


def status_missing(ds: Any) -> list[str]:
    """The institution types whose number the statistics give but not how many are connected,
    with no register: the plan counts every one of them as not connected."""
    from kzplanner.core.catalogue import COUNT_COLUMNS

    if not getattr(ds, "institutions_estimated", False):
        return []
    given = given_indicators(ds)
    return [t for t, (total, connected) in COUNT_COLUMNS.items()
            if total in given and connected not in given]


def missing_indicators(ds: Any) -> tuple[str, ...]:
    """The columns a template asks for, for what the loaded statistics lack: population and
    institution counts when missing, target groups (no published table gives them) and the
    institutions' status (how many are connected) where only their number is known."""
    from kzplanner.core.catalogue import COUNT_COLUMNS, DEFAULT_GROUPS, group_columns

    missing = list(ds.reconciliation.missing_inputs)
    out: list[str] = []
    if "population" in missing:
        out.append("population")
    if "institutions" in missing:
        out += [c for cols in COUNT_COLUMNS.values() for c in cols]
    else:
        out += [COUNT_COLUMNS[t][1] for t in status_missing(ds)]
    if "target_groups" in missing:
        out += [c for g in DEFAULT_GROUPS for c in group_columns(g)]
    return tuple(out)


def write_template(units: gpd.GeoDataFrame | pd.DataFrame, out: str | Path, *, lang: str = "ru",
                   indicators: tuple[str, ...] = DEFAULT_INDICATORS,
                   title: str | None = None) -> Path:
    """Write the template for `units` (indexed by unit code) to `out` (atomically); `title`
    replaces the first row's text (e.g. catalogue 'template.missing_title')."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from kzplanner.core.io.write.atomic import write_atomically

    lang = lang if lang in ("kk", "ru", "en") else "ru"
    name_col = f"name_{lang}" if f"name_{lang}" in units else "name_en"
    codes = [str(c) for c in units.index]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    ids = ["unit_code", "unit_name", *indicators]
    ws.append([title or _TITLE[lang]])
    ws.append([_header(i, lang) for i in ids])
    ws.append(ids)
    grey = PatternFill("solid", fgColor="DDDDDD")
    for code in codes:
        ws.append([code, str(units.loc[code, name_col]), *([None] * len(indicators))])
    ws["A1"].font = Font(bold=True, size=13)
    for c in range(1, len(ids) + 1):
        ws.cell(2, c).font = Font(bold=True)
        ws.cell(3, c).font = Font(color="888888", size=8)
        ws.column_dimensions[get_column_letter(c)].width = 34 if c == 2 else 18
    last = 3 + len(codes)
    for r in range(4, last + 1):
        ws.cell(r, 1).number_format = "@"
        for c in (1, 2):
            ws.cell(r, c).fill = grey
            ws.cell(r, c).protection = Protection(locked=True)
        for c in range(3, len(ids) + 1):
            ws.cell(r, c).protection = Protection(locked=False)
    ws.freeze_panes = "C4"
    for c, ind in enumerate(indicators, start=3):
        letter = get_column_letter(c)
        share = ind.endswith("_share")
        dv = DataValidation(type="decimal", operator="between", formula1="0",
                            formula2="1" if share else "1E15", allow_blank=True,
                            showErrorMessage=True, error=_HEAD.get(ind, {}).get(lang, ind))
        dv.add(f"{letter}4:{letter}{last}")
        ws.add_data_validation(dv)
    meta = wb.create_sheet(META_SHEET)
    meta.append(["version", TEMPLATE_VERSION])
    meta.append(["header_row", 3])
    meta.append(["lang", lang])
    meta.append(["indicators", ",".join(indicators)])
    for code in codes:
        meta.append(["unit", code])
    meta.sheet_state = "hidden"
    return write_atomically(out, lambda tmp: wb.save(tmp))


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
