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
from kzplanner.core.io.write.atomic import write_atomically
from kzplanner.core.io.write.workbook_cells import (
    FMT_COORD,
    FMT_INDEX,
    FMT_INT,
    FMT_KZT,
    FMT_PCT,
    FMT_RATE,
    TABLE_COLUMNS,
    Formula,
    finite,
    fit_columns,
    flatten,
    header_row,
    note,
    print_setup,
    put,
    table_sheet,
)
from kzplanner.core.planning.result import PlanResult, allocation_by_measure
from kzplanner.core.planning.summary_text import (
    area_rows,
    assumptions,
    exchange_rate_text,
    headline,
    measure_rows,
    objective_text,
)

if TYPE_CHECKING:
    pass

def _internet_column(result: PlanResult) -> str:
    unit = result.summary["measures"]["internet"]["unit"]
    return f"col.newly_internet.{unit if unit in ('households', 'people') else 'mixed'}"


# The measure columns of the allocation and indicators sheets: one measure each, so that each
# column's total adds like things only.
def _measure_headers(result: PlanResult, lang: str) -> list[str]:
    return [label(k, lang) for k in ("col.newly_device", _internet_column(result),
                                     "col.institutions_connected", "col.people_served_by_kits")]


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

    Sheets: summary (objective and exchange rate, each measure apart with its ₸ per unit),
    allocation (unit × instrument × group), kits, indicators before/after, assumptions (in
    words), parameters, sources, map (when `map_png` is given). Totals are formulas that
    recalculate in Excel and LibreOffice; the summary's spent/unspent refer to the allocation
    sheet. No cell adds people across measures.
    """
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    names = _unit_names(ds, lang)
    s = result.summary

    # --- allocation: the people of each line in the column of its own measure; the total row
    # adds money and each measure's column, never the counts of vouchers and kits together.
    by_measure = allocation_by_measure(result.allocation)
    alloc_rows = [[code, names.get(str(code), str(code)), label(inst, lang),
                   label(grp, lang), int(cnt), float(uc), float(cost), float(dev), float(net),
                   float(n_inst), float(served)]
                  for code, inst, grp, cnt, uc, cost, dev, net, n_inst, served in by_measure[
                      ["unit_code", "instrument", "group", "count", "unit_cost_kzt", "cost_kzt",
                       "newly_with_device", "newly_with_internet", "institutions_connected",
                       "people_served_by_kits"]].itertuples(index=False)]
    alloc_headers = [label(k, lang) for k in ("col.unit_code", "col.unit", "col.instrument",
                                              "col.group", "col.count", "col.unit_cost",
                                              "col.cost")] + _measure_headers(result, lang)
    summary_ws = wb.create_sheet(label("sheet.summary", lang))
    alloc_ws = table_sheet(wb, label("sheet.allocation", lang), alloc_headers, alloc_rows,
                            [None, None, None, None, FMT_INT, FMT_KZT, FMT_KZT]
                            + [FMT_INT] * 4, [7, 8, 9, 10, 11], lang)
    alloc_total_row = len(alloc_rows) + 2

    # --- kits
    # Why each kit: people reached per 1 M ₸ (what every strategy ranks kits by), and whether
    # the planner locked it in.
    k = result.kits
    locked = set(result.params.constraints.locked)
    has_package = "package" in k.columns
    kit_rows = [[row.inst_id, row.name, label(row.type, lang), row.unit_code,
                 names.get(str(row.unit_code), str(row.unit_code)), float(row.cost_kzt),
                 float(row.people_served), 1e6 * float(row.people_served) / float(row.cost_kzt),
                 label("yes", lang) if row.inst_id in locked else "", row.lat, row.lon]
                + ([label(f"package.{row.package}", lang)] if has_package else [])
                for row in k.itertuples(index=False)]
    kit_headers = [label(x, lang) for x in ("col.inst_id", "col.name", "col.type",
                                            "col.unit_code", "col.unit", "col.cost",
                                            "col.people_served", "col.per_million",
                                            "col.locked", "col.lat", "col.lon")
                   + (("col.package",) if has_package else ())]
    table_sheet(wb, label("sheet.kits", lang), kit_headers, kit_rows,
                 [None, None, None, None, None, FMT_KZT, FMT_INT, FMT_RATE, None, FMT_COORD,
                  FMT_COORD] + ([None] if has_package else []), [6, 7], lang)

    # --- indicators per unit (and every indicator the statistics sources gave)
    from kzplanner.core.sources import indicators_by_file, loaded_indicators

    loaded = loaded_indicators(ds)
    per_unit = result.per_unit()
    ind_rows = []
    for code, row in per_unit.iterrows():
        ind_rows.append([code, names.get(str(code), str(code)),
                         float(ds.units.loc[code, "population"]),
                         row["combined_gap_before"], row["combined_gap_after"],
                         row["institutional_gap_before"], row["institutional_gap_after"],
                         row["device_gap_before"], row["device_gap_after"],
                         row["internet_gap_before"], row["internet_gap_after"],
                         row["spent_kzt"], row["newly_with_device"], row["newly_with_internet"],
                         row["institutions_connected"], row["people_served_by_kits"]]
                        + [finite(ds.units.loc[code, c]) for c in loaded])
    ba = f" — {label('before', lang)}", f" — {label('after', lang)}"
    ind_headers = [label("col.unit_code", lang), label("col.unit", lang),
                   label("col.population", lang)]
    for key in ("combined_gap", "institutional_gap", "device_gap", "internet_gap"):
        ind_headers += [label(key, lang) + ba[0], label(key, lang) + ba[1]]
    ind_headers += [label("col.cost", lang)] + _measure_headers(result, lang)
    ind_headers += [label(c, lang) for c in loaded]
    table_sheet(wb, label("sheet.indicators", lang), ind_headers, ind_rows,
                 [None, None, FMT_INT, FMT_INDEX, FMT_INDEX] + [FMT_PCT] * 6 + [FMT_KZT]
                 + [FMT_INT] * 4 + [None] * len(loaded), [3, 12, 13, 14, 15, 16], lang)

    # --- summary
    from openpyxl.styles import Font

    ws = summary_ws
    put(ws, 1, 1, label("plan_title", lang)).font = Font(bold=True, size=14)
    row = 2
    if ds.illustrative:
        put(ws, row, 1, label("illustrative_warning", lang)).font = Font(bold=True,
                                                                          color="B00020")
        row += 1
    for doubt in ds.reconciliation.doubts:  # the statistics' checks that failed, first
        from kzplanner.core.reconcile_text import issue_text

        put(ws, row, 1, f"⛔ {label('doubts_warning', lang)}: {issue_text(doubt, lang)}"
             ).font = Font(bold=True, color="B00020")
        row += 1
    if ds.reconciliation.missing_inputs:
        from kzplanner.core.reconcile_text import missing_inputs_warning

        put(ws, row, 1, missing_inputs_warning(ds.reconciliation.missing_inputs, lang)
             ).font = Font(bold=True, color="B00020")
        row += 1
    if ds.boundaries_predate_2018:
        note(ws, row, label("pre2018_note", lang))
        row += 1
    row += 1
    alloc_ref = f"'{alloc_ws.title}'!G{alloc_total_row}"
    objective = s.get("objective", {})
    lines: list[tuple[str, Any, str | None]] = [
        (label("created", lang), dt.datetime.now().strftime("%Y-%m-%d %H:%M"), None),
        (label("strategy", lang), label(result.params.strategy, lang), None),
        (label("objective", lang), objective_text(s, lang), None),
        (label("exchange_rate", lang), exchange_rate_text(objective.get("weights", {}), lang),
         None),
    ]
    if objective.get("envelope_shares"):
        lines.append((label("envelope_shares", lang), ", ".join(
            f"{label(k, lang)} {v:.0%}" for k, v in objective["envelope_shares"].items()), None))
    from kzplanner.core.planning.capabilities import equity_applies

    lines += [
        (label("equity", lang), float(result.params.equity) if equity_applies(
            result.params.strategy) else label("equity_not_used", lang), "0.00"),
        (label("solver", lang), _solver_text(result, lang), None),
        (label("budget", lang), float(s["budget"]), FMT_KZT),
        (label("spent", lang), Formula("=" + alloc_ref), FMT_KZT),
    ]
    if scenario:
        lines.insert(1, ("Scenario", scenario, None))
    for name, value, fmt in lines:
        put(ws, row, 1, name)
        put(ws, row, 2, value, fmt)
        row += 1
    budget_row, spent_row = row - 2, row - 1
    put(ws, row, 1, label("unspent", lang))
    put(ws, row, 2, Formula(f"=B{budget_row}-B{spent_row}"), FMT_KZT)
    row += 1
    put(ws, row, 1, label("unspent_reason", lang))
    put(ws, row, 2, label(f"reason.{s['unspent_reason']}", lang))
    row += 2
    # What the plan buys: each measure apart, with its own ₸ per unit; no total across them.
    put(ws, row, 1, label("headline", lang)).font = Font(bold=True)
    row += 1
    note(ws, row, headline(s, lang), columns=TABLE_COLUMNS, italic=False)
    row += 2
    header_row(ws, row, [label(k, lang) for k in ("col.measure", "col.bought", "col.newly",
                                               "col.unit_of_measure", "col.cost",
                                               "col.kzt_per_unit", "col.served",
                                               "col.served_as")])
    row += 1
    for m in measure_rows(s, lang):
        put(ws, row, 1, m.name).font = Font(bold=m.key in ("device", "internet", "institutions"))
        put(ws, row, 2, int(m.bought), FMT_INT)
        put(ws, row, 3, None if m.newly is None else float(m.newly), FMT_INT)
        put(ws, row, 4, m.unit)
        put(ws, row, 5, float(m.spent_kzt), FMT_KZT)
        put(ws, row, 6, None if m.kzt_per_unit is None else float(m.kzt_per_unit), FMT_KZT)
        put(ws, row, 7, None if m.served is None else float(m.served), FMT_INT)
        put(ws, row, 8, m.served_as)
        row += 1
    note(ws, row, label("measures_note", lang), columns=TABLE_COLUMNS)
    row += 2
    put(ws, row, 1, label("expected_unredeemed", lang))
    put(ws, row, 2, float(s["expected_unredeemed_kzt"]), FMT_KZT)
    row += 1
    if objective.get("gap_reduction_mean_points") is not None:
        put(ws, row, 1, label("gap_reduction_mean_points", lang))
        put(ws, row, 2, float(objective["gap_reduction_mean_points"]), "0.00")
        row += 1
    row += 1
    header_row(ws, row, ["", label("before", lang), label("after", lang), label("change", lang)])
    row += 1
    gap_rows = [(label("combined_gap", lang), s["combined_gap_before"], s["combined_gap_after"],
                 FMT_INDEX)]
    for key in ("institutional_gap", "device_gap", "internet_gap"):
        gap_rows.append((label(key, lang), s["gaps_before"][key], s["gaps_after"][key], FMT_PCT))
    gap_rows.append((label("gini", lang), s["disparity_before"]["gini"],
                     s["disparity_after"]["gini"], "0.000"))
    for name, before, after, fmt in gap_rows:
        put(ws, row, 1, name)
        put(ws, row, 2, float(before), fmt)
        put(ws, row, 3, float(after), fmt)
        known = not (pd.isna(before) or pd.isna(after))  # unknown stays empty, not "0"
        put(ws, row, 4, Formula(f"=C{row}-B{row}") if known else None, fmt)
        row += 1
    w = result.params.rules.gap_weights
    note(ws, row + 1, label("gap_note", lang).format(
        wi=w.get("institutional", 0), wd=w.get("device", 0), wn=w.get("internet", 0)))
    row += 3
    areas = area_rows(s, lang)
    if areas:  # urban and rural institutions apart, with seed 002's figures for schools
        years_rep = sorted({y for a in areas for y in a["reported"]}, key=int)
        years_tgt = sorted({y for a in areas for y in a["targets"]}, key=int)
        put(ws, row, 1, label("area_block", lang)).font = Font(bold=True)
        row += 1
        header_row(ws, row, ["", label("before", lang), label("after", lang), label("change", lang)]
                + [label("col.reported", lang).format(year=y) for y in years_rep]
                + [label("col.target", lang).format(year=y) for y in years_tgt])
        row += 1
        for a in areas:
            put(ws, row, 1, a["name"])
            put(ws, row, 2, a["before"], FMT_PCT)
            put(ws, row, 3, a["after"], FMT_PCT)
            known = a["before"] is not None and a["after"] is not None
            put(ws, row, 4, Formula(f"=C{row}-B{row}") if known else None, FMT_PCT)
            values = ([a["reported"].get(y) for y in years_rep]
                      + [a["targets"].get(y) for y in years_tgt])
            for c, value in enumerate(values, start=5):
                put(ws, row, c, value, FMT_PCT)
            row += 1
        note(ws, row, label("seed002_note", lang), columns=TABLE_COLUMNS)
        row += 1
    merged = {r.min_row for r in ws.merged_cells.ranges}
    longest = max((len(str(c.value)) for c in ws["A"] if isinstance(c.value, str)
                   and c.row not in merged and c.row > 1), default=40)
    ws.column_dimensions["A"].width = min(max(longest + 2, 40), 80)
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 20
    print_setup(ws, None)

    # --- assumptions, in words a planner reads
    aw = wb.create_sheet(label("sheet.assumptions", lang))
    put(aw, 1, 1, label("assume.title", lang)).font = Font(bold=True, size=13)
    aw.column_dimensions["A"].width = 110
    from openpyxl.styles import Alignment

    for r, text in enumerate(assumptions(result.params, s, lang, ds.groups), start=3):
        cell = put(aw, r, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        aw.row_dimensions[r].height = 15 * (1 + len(text) // 100)
    print_setup(aw, None)

    # --- parameters
    pw = wb.create_sheet(label("sheet.parameters", lang))
    header_row(pw, 1, [label("col.parameter", lang), label("col.value", lang)])
    r = 2
    for key, value in flatten(asdict(result.params)):
        put(pw, r, 1, key)
        put(pw, r, 2, value if isinstance(value, (int, float)) else str(value))
        r += 1
    put(pw, r + 1, 1, f"KZ Planner {__version__}")
    pw.freeze_panes = "A2"
    fit_columns(pw)
    print_setup(pw, 1)

    # --- sources
    sw = wb.create_sheet(label("sheet.sources", lang))
    header_row(sw, 1, [label("col.kind", lang), label("col.file", lang), label("col.sheet", lang),
                    label("col.attribution", lang), label("col.status", lang),
                    label("sheet.indicators", lang)])
    supplied = indicators_by_file(ds)
    for r, src in enumerate(ds.sources, start=2):
        if src.kind == "statistics" and supplied.get(str(src.file)):
            put(sw, r, 6, ", ".join(label(c, lang) for c in supplied[str(src.file)]))
        put(sw, r, 1, label(src.kind, lang))
        put(sw, r, 2, Path(src.file).name)
        put(sw, r, 3, " ".join(x for x in (src.sheet, src.cells) if x))
        put(sw, r, 4, src.attribution)
        put(sw, r, 5, label(_source_status(src), lang))
    sw.freeze_panes = "A2"
    fit_columns(sw)
    print_setup(sw, 1)

    if map_png:
        from openpyxl.drawing.image import Image

        mw = wb.create_sheet(label("sheet.map", lang))
        img = Image(io.BytesIO(map_png))
        scale = min(1.0, 1000 / max(img.width, 1))
        img.width, img.height = img.width * scale, img.height * scale
        mw.add_image(img, "A1")
        print_setup(mw, None)

    wb.active = 0
    return write_atomically(path, lambda tmp: wb.save(tmp))


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
