"""Excel templates for districts to fill in (core.io.read.template reads them back, validated).

The template has a visible sheet 'statistics' (row 1 title, row 2 headers in the chosen language,
row 3 indicator ids, data from row 4: codes and names prefilled and locked by validation, numeric
cells validated as decimals ≥ 0) and a hidden sheet '_kzplanner' recording the version, the
header row and the unit codes, so that the way back checks nothing was added, lost or retyped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from kzplanner.core.io.read.template import DATA_SHEET, META_SHEET, TEMPLATE_VERSION

if TYPE_CHECKING:
    import geopandas as gpd

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
    'actuals' (what a programme reports afterwards, read back by core.io.read.actuals)."""
    if kind == "monitoring":
        from kzplanner.core.monitoring import MONITORING_INDICATORS

        return tuple(m.id for m in MONITORING_INDICATORS)
    if kind == "actuals":
        from kzplanner.core.variance import MEASURES

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
