"""Writing the Excel allocation plan a budget commission reads, prints and signs."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from kzplanner import __version__, paths
from kzplanner.core.catalogue import label
from kzplanner.core.dataset import Dataset
from kzplanner.core.io.atomic import write_atomically
from kzplanner.core.planning.result import PlanResult

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FMT_KZT = '#,##0" ₸"'
FMT_INT = "#,##0"
FMT_PCT = "0.0%"
FMT_INDEX = "0.0"
FMT_COORD = "0.0000"
FMT_RATE = "#,##0.0"
_MAX_WIDTH = 60


class Formula(str):
    """A cell formula written by the exporter itself (input text is never one)."""


def _put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Any:
    """Write one cell; text is always text (a name starting with '=' never becomes a formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Formula):
        cell.value = str(value)
    elif isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
    elif value is None or (isinstance(value, float) and pd.isna(value)):
        cell.value = None
    else:
        cell.value = value
    if fmt:
        cell.number_format = fmt
    return cell


def _header(ws: Worksheet, row: int, headers: list[str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fill = PatternFill("solid", fgColor="DDE6F0")
    thin = Side(style="thin", color="8EA2B8")
    for col, text in enumerate(headers, start=1):
        cell = _put(ws, row, col, text)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(bottom=thin)


def _fit_columns(ws: Worksheet, min_width: int = 8) -> None:
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = str(cell.value)
            if text.startswith("="):
                length = 14
            elif isinstance(cell.value, (int, float)):
                length = len(f"{cell.value:,.0f}") + 3
            else:
                length = max(len(part) for part in text.split("\n"))
            widths[cell.column] = max(widths.get(cell.column, min_width), min(length + 2,
                                                                              _MAX_WIDTH))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def _print_setup(ws: Worksheet, header_row: int | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"


def _table_sheet(wb: Any, title: str, headers: list[str], rows: list[list[Any]],
                 formats: list[str | None], sum_cols: list[int], lang: str) -> Worksheet:
    """A sheet with a header row, data, a total row of SUM formulas, frozen header and filter."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    _header(ws, 1, headers)
    for r, values in enumerate(rows, start=2):
        for c, (value, fmt) in enumerate(zip(values, formats, strict=True), start=1):
            _put(ws, r, c, value, fmt)
    last = len(rows) + 1
    total_row = last + 1
    _put(ws, total_row, 1, label("total", lang)).font = Font(bold=True)
    for c in sum_cols:
        letter = get_column_letter(c)
        # An empty table (a plan that bought nothing) totals 0: SUM(G2:G2) in G2 would be a
        # circular reference (LibreOffice shows Err:522, Excel a warning).
        total = Formula(f"=SUM({letter}2:{letter}{last})") if rows else 0
        cell = _put(ws, total_row, c, total, formats[c - 1])
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(last, 1)}"
    _fit_columns(ws)
    _print_setup(ws, 1)
    return ws


def _note(ws: Worksheet, row: int, text: str) -> None:
    """A long explanatory line, wrapped across the summary's four columns."""
    from openpyxl.styles import Alignment, Font

    cell = _put(ws, row, 1, text)
    cell.font = Font(italic=True, color="555555")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    ws.row_dimensions[row].height = 15 * (1 + len(text) // 110)


def _unit_names(ds: Dataset, lang: str) -> dict[str, str]:
    """Unit code → name in `lang` (English where that name is missing), built once per export."""
    column = f"name_{lang}" if f"name_{lang}" in ds.units else "name_en"
    names = ds.units[column].fillna(ds.units["name_en"]).astype(str)
    return dict(zip(ds.units.index.astype(str), names, strict=True))


def _solver_text(result: PlanResult, lang: str) -> str:
    s = result.solver
    if s.method != "milp":
        return label("solver.rule", lang)
    key = "solver.optimal" if s.optimal else "solver.time_limit"
    gap = "" if s.mip_gap is None else f", gap {s.mip_gap:.2%}"
    return f"{label(key, lang)}{gap}, {s.seconds:.1f} s"


def write_plan_workbook(path: str | Path, ds: Dataset, result: PlanResult, lang: str = "ru",
                        map_png: bytes | None = None, scenario: str | None = None) -> Path:
    """Write the plan workbook atomically; KZError('file_locked') if the target is open elsewhere.

    Sheets: summary, allocation (unit × instrument × group), kits, indicators before/after,
    parameters, sources, map (when `map_png` is given). Totals are formulas that recalculate in
    Excel and LibreOffice; the summary's spent/unspent refer to the allocation sheet.
    """
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    names = _unit_names(ds, lang)
    s = result.summary

    # --- allocation
    alloc_rows = [[code, names.get(str(code), str(code)), label(inst, lang),
                   label(grp, lang), int(cnt), float(uc), float(cost), float(ppl)]
                  for code, inst, grp, cnt, uc, cost, ppl in result.allocation[
                      ["unit_code", "instrument", "group", "count", "unit_cost_kzt", "cost_kzt",
                       "people"]].itertuples(index=False)]
    alloc_headers = [label(k, lang) for k in ("col.unit_code", "col.unit", "col.instrument",
                                              "col.group", "col.count", "col.unit_cost",
                                              "col.cost", "col.people")]
    summary_ws = wb.create_sheet(label("sheet.summary", lang))
    alloc_ws = _table_sheet(wb, label("sheet.allocation", lang), alloc_headers, alloc_rows,
                            [None, None, None, None, FMT_INT, FMT_KZT, FMT_KZT, FMT_INT],
                            [5, 7, 8], lang)
    alloc_total_row = len(alloc_rows) + 2

    # --- kits
    # Why each kit: people reached per 1 M ₸ (what every strategy ranks kits by), and whether
    # the planner locked it in.
    k = result.kits
    locked = set(result.params.constraints.locked)
    kit_rows = [[row.inst_id, row.name, label(row.type, lang), row.unit_code,
                 names.get(str(row.unit_code), str(row.unit_code)), float(row.cost_kzt),
                 float(row.people_served), 1e6 * float(row.people_served) / float(row.cost_kzt),
                 label("yes", lang) if row.inst_id in locked else "", row.lat, row.lon]
                for row in k.itertuples(index=False)]
    kit_headers = [label(x, lang) for x in ("col.inst_id", "col.name", "col.type",
                                            "col.unit_code", "col.unit", "col.cost",
                                            "col.people_served", "col.per_million",
                                            "col.locked", "col.lat", "col.lon")]
    _table_sheet(wb, label("sheet.kits", lang), kit_headers, kit_rows,
                 [None, None, None, None, None, FMT_KZT, FMT_INT, FMT_RATE, None, FMT_COORD,
                  FMT_COORD], [6, 7], lang)

    # --- indicators per unit
    per_unit = result.per_unit()
    ind_rows = []
    for code, row in per_unit.iterrows():
        ind_rows.append([code, names.get(str(code), str(code)),
                         float(ds.units.loc[code, "population"]),
                         row["combined_gap_before"], row["combined_gap_after"],
                         row["institutional_gap_before"], row["institutional_gap_after"],
                         row["device_gap_before"], row["device_gap_after"],
                         row["internet_gap_before"], row["internet_gap_after"],
                         row["spent_kzt"], row["people_newly_with_access"]])
    ba = f" — {label('before', lang)}", f" — {label('after', lang)}"
    ind_headers = [label("col.unit_code", lang), label("col.unit", lang),
                   label("col.population", lang)]
    for key in ("combined_gap", "institutional_gap", "device_gap", "internet_gap"):
        ind_headers += [label(key, lang) + ba[0], label(key, lang) + ba[1]]
    ind_headers += [label("col.cost", lang), label("col.people", lang)]
    _table_sheet(wb, label("sheet.indicators", lang), ind_headers, ind_rows,
                 [None, None, FMT_INT, FMT_INDEX, FMT_INDEX] + [FMT_PCT] * 6 + [FMT_KZT, FMT_INT],
                 [3, 12, 13], lang)

    # --- summary
    from openpyxl.styles import Font

    ws = summary_ws
    _put(ws, 1, 1, label("plan_title", lang)).font = Font(bold=True, size=14)
    row = 2
    if ds.illustrative:
        _put(ws, row, 1, label("illustrative_warning", lang)).font = Font(bold=True,
                                                                          color="B00020")
        row += 1
    for doubt in ds.reconciliation.doubts:  # the statistics' checks that failed, first
        from kzplanner.core.reconcile_text import issue_text

        _put(ws, row, 1, f"⛔ {label('doubts_warning', lang)}: {issue_text(doubt, lang)}"
             ).font = Font(bold=True, color="B00020")
        row += 1
    if ds.reconciliation.missing_inputs:
        from kzplanner.core.reconcile_text import missing_inputs_warning

        _put(ws, row, 1, missing_inputs_warning(ds.reconciliation.missing_inputs, lang)
             ).font = Font(bold=True, color="B00020")
        row += 1
    if ds.boundaries_predate_2018:
        _note(ws, row, label("pre2018_note", lang))
        row += 1
    row += 1
    alloc_ref = f"'{alloc_ws.title}'!G{alloc_total_row}"
    lines: list[tuple[str, Any, str | None]] = [
        (label("created", lang), dt.datetime.now().strftime("%Y-%m-%d %H:%M"), None),
        (label("strategy", lang), label(result.params.strategy, lang), None),
        (label("equity", lang), float(result.params.equity), "0.00"),
        (label("solver", lang), _solver_text(result, lang), None),
        (label("budget", lang), float(s["budget"]), FMT_KZT),
        (label("spent", lang), Formula("=" + alloc_ref), FMT_KZT),
    ]
    if scenario:
        lines.insert(1, ("Scenario", scenario, None))
    for name, value, fmt in lines:
        _put(ws, row, 1, name)
        _put(ws, row, 2, value, fmt)
        row += 1
    budget_row, spent_row = row - 2, row - 1
    _put(ws, row, 1, label("unspent", lang))
    _put(ws, row, 2, Formula(f"=B{budget_row}-B{spent_row}"), FMT_KZT)
    row += 1
    _put(ws, row, 1, label("unspent_reason", lang))
    _put(ws, row, 2, label(f"reason.{s['unspent_reason']}", lang))
    row += 2
    people = s["people_newly_with_access"]
    first_people = row
    for key in ("device", "internet", "institutional"):
        _put(ws, row, 1, f"{label('people_new', lang)}: {label(key, lang)}")
        _put(ws, row, 2, float(people[key]), FMT_INT)
        row += 1
    _put(ws, row, 1, label("people_total", lang)).font = Font(bold=True)
    _put(ws, row, 2, Formula(f"=SUM(B{first_people}:B{row - 1})"), FMT_INT).font = Font(bold=True)
    total_people_row = row
    row += 1
    _put(ws, row, 1, label("cost_per_person", lang))
    _put(ws, row, 2, Formula(f"=IF(B{total_people_row}>0,B{spent_row}/B{total_people_row},0)"), FMT_KZT)
    row += 1
    _put(ws, row, 1, label("expected_unredeemed", lang))
    _put(ws, row, 2, float(s["expected_unredeemed_kzt"]), FMT_KZT)
    row += 2
    _header(ws, row, ["", label("before", lang), label("after", lang), label("change", lang)])
    row += 1
    gap_rows = [(label("combined_gap", lang), s["combined_gap_before"], s["combined_gap_after"],
                 FMT_INDEX)]
    for key in ("institutional_gap", "device_gap", "internet_gap"):
        gap_rows.append((label(key, lang), s["gaps_before"][key], s["gaps_after"][key], FMT_PCT))
    gap_rows.append((label("gini", lang), s["disparity_before"]["gini"],
                     s["disparity_after"]["gini"], "0.000"))
    for name, before, after, fmt in gap_rows:
        _put(ws, row, 1, name)
        _put(ws, row, 2, float(before), fmt)
        _put(ws, row, 3, float(after), fmt)
        known = not (pd.isna(before) or pd.isna(after))  # unknown stays empty, not "0"
        _put(ws, row, 4, Formula(f"=C{row}-B{row}") if known else None, fmt)
        row += 1
    w = result.params.rules.gap_weights
    _note(ws, row + 1, label("gap_note", lang).format(
        wi=w.get("institutional", 0), wd=w.get("device", 0), wn=w.get("internet", 0)))
    merged = {r.min_row for r in ws.merged_cells.ranges}
    longest = max((len(str(c.value)) for c in ws["A"] if isinstance(c.value, str)
                   and c.row not in merged and c.row > 1), default=40)
    ws.column_dimensions["A"].width = min(max(longest + 2, 40), 80)
    for col in "BCD":
        ws.column_dimensions[col].width = 24
    _print_setup(ws, None)

    # --- parameters
    pw = wb.create_sheet(label("sheet.parameters", lang))
    _header(pw, 1, [label("col.parameter", lang), label("col.value", lang)])
    r = 2
    for key, value in _flatten(asdict(result.params)):
        _put(pw, r, 1, key)
        _put(pw, r, 2, value if isinstance(value, (int, float)) else str(value))
        r += 1
    _put(pw, r + 1, 1, f"KZ Planner {__version__}")
    pw.freeze_panes = "A2"
    _fit_columns(pw)
    _print_setup(pw, 1)

    # --- sources
    sw = wb.create_sheet(label("sheet.sources", lang))
    _header(sw, 1, [label("col.kind", lang), label("col.file", lang), label("col.sheet", lang),
                    label("col.attribution", lang), label("col.status", lang)])
    for r, src in enumerate(ds.sources, start=2):
        _put(sw, r, 1, label(src.kind, lang))
        _put(sw, r, 2, Path(src.file).name)
        _put(sw, r, 3, " ".join(x for x in (src.sheet, src.cells) if x))
        _put(sw, r, 4, src.attribution)
        _put(sw, r, 5, label(_source_status(src), lang))
    sw.freeze_panes = "A2"
    _fit_columns(sw)
    _print_setup(sw, 1)

    if map_png:
        from openpyxl.drawing.image import Image

        mw = wb.create_sheet(label("sheet.map", lang))
        img = Image(io.BytesIO(map_png))
        scale = min(1.0, 1000 / max(img.width, 1))
        img.width, img.height = img.width * scale, img.height * scale
        mw.add_image(img, "A1")
        _print_setup(mw, None)

    wb.active = 0
    return write_atomically(path, lambda tmp: wb.save(tmp))


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.extend(_flatten(value, name + "."))
        else:
            out.append((name, value))
    return out


def _source_status(src: Any) -> str:
    """illustrative (sample figures), bundled (real data shipped with the app, e.g. Natural
    Earth boundaries) or loaded (a file the planner opened)."""
    if src.illustrative:
        return "illustrative"
    try:
        here = Path(src.file).resolve()
        bundled = any(here.is_relative_to(d.resolve())
                      for d in (paths.maps_dir(), paths.resources_dir()))
    except OSError:
        bundled = False
    return "bundled" if bundled else "loaded"
