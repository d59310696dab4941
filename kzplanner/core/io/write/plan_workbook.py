"""Writing the Excel allocation plan a budget commission reads, prints and signs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd

from kzplanner import paths
from kzplanner.core.catalogue import label
from kzplanner.core.dataset import Dataset
from kzplanner.core.io.write.atomic import write_atomically
from kzplanner.core.io.write.workbook_cells import (
    FMT_INDEX,
    FMT_INT,
    FMT_KZT,
    FMT_PCT,
    TABLE_COLUMNS,
    Formula,
    finite,
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
    summed_over_types,
    valued_by_credits,
)


def _internet_column(result: PlanResult) -> str:
    unit = result.summary["measures"]["internet"]["unit"]
    return f"col.newly_internet.{unit if unit in ('households', 'people') else 'mixed'}"


# The measure columns of the allocation and indicators sheets: one measure each, so that each
# column's total adds like things only. People served, where the plan connects two or more
# types, adds the types' people (one served by a school and a FAP at each): the header says so.
def _measure_headers(result: PlanResult, lang: str) -> list[str]:
    served = ("col.people_served_by_kits.summed"
              if summed_over_types(result.summary["measures"]["institutions"])
              else "col.people_served_by_kits")
    return [label(k, lang) for k in ("col.newly_device", _internet_column(result),
                                     "col.institutions_connected", served)]


SUMMARY_A = 54  # the summary's label column; its seven value columns fit the rest of a page width


def write_plan_workbook(path: str | Path, ds: Dataset, result: PlanResult, lang: str = "ru",
                        map_png: bytes | None = None, scenario: str | None = None) -> Path:
    """Write the plan workbook atomically; KZError('file_locked') if the target is open elsewhere.

    Sheets: summary (objective and exchange rate, each measure apart with its ₸ per unit),
    allocation (unit × instrument × group), kits, indicators before/after, assumptions (in
    words), parameters, sources, map (when `map_png` is given). Totals are formulas that
    recalculate in Excel and LibreOffice; the summary's spent/unspent refer to the allocation
    sheet. No cell adds people across measures.
    """
    from kzplanner.core.io.write.xlsx_emit import write_book

    wb = build_plan_book(ds, result, lang, map_png, scenario)
    return write_atomically(path, lambda tmp: write_book(wb, tmp))


def build_plan_book(ds: Dataset, result: PlanResult, lang: str = "ru",
                    map_png: bytes | None = None, scenario: str | None = None) -> Any:
    """The plan workbook as a Book in memory (core/io/write/xlsx_book.py), not yet written."""
    from kzplanner.core.io.write.xlsx_book import Book

    wb = Book()
    from kzplanner.core.io.write.workbook_fit import fit_table
    from kzplanner.core.io.write.workbook_kits import kits_sheet
    from kzplanner.core.io.write.workbook_sheets import (
        PAGE_BUDGET,
        approval_block,
        fit_summary_columns,
        flag_sheet,
        page_setup,
        parameters_sheet,
        sources_sheet,
        wrap_long_labels,
    )
    from kzplanner.core.io.write.workbook_villages import coverage_note
    from kzplanner.core.io.write.workbook_words import institution_names, solver_text, unit_names

    names, units_fell_back = unit_names(ds, lang)
    inst_names, inst_fell_back = institution_names(ds, lang, result.kits["inst_id"]
                                                   if "inst_id" in result.kits else None)
    s = result.summary

    # --- allocation: the people of each line in the column of its own measure; the total row
    # adds money and each measure's column, never the counts of vouchers and kits together.
    by_measure = allocation_by_measure(result.allocation)
    # a kit line's unit price only when its kits cost the same (an average is no price);
    # otherwise it says "various" (a blank read as a missing price), each on the kits sheet
    kit_prices = result.kits.groupby([result.kits["unit_code"].astype(str),
                                      result.kits["type"]])["cost_kzt"].nunique()
    various = label("price.various", lang)
    alloc_rows = [[code, names.get(str(code), str(code)), label(inst, lang),
                   label(grp, lang), int(cnt),
                   various if inst == "kit" and kit_prices.get((str(code), grp), 1) > 1
                   else float(uc), float(cost), float(dev), float(net),
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
                            + [FMT_INT] * 4, [7, 8, 9, 10, 11], lang,
                            align=[None] * 5 + ["right"] + [None] * 5)  # "various" by prices
    alloc_total_row = len(alloc_rows) + 2

    # --- kits, grouped by unit with a subtotal each; why each kit: people reached per 1 M ₸
    # (what every strategy ranks kits by), and whether the planner locked it in.
    kits_sheet(wb, result.kits, set(result.params.constraints.locked), names, inst_names, lang)
    from kzplanner.core.io.write.workbook_villages import settlement_sheets

    village_sheets = settlement_sheets(wb, ds, result, names, inst_names, lang)

    # --- indicators per unit (and every indicator the statistics sources gave)
    from kzplanner.core.sources import loaded_indicators

    loaded = loaded_indicators(ds)
    per_unit = result.per_unit()
    cols = ["combined_gap_before", "combined_gap_after", "institutional_gap_before",
            "institutional_gap_after", "device_gap_before", "device_gap_after",
            "internet_gap_before", "internet_gap_after", "spent_kzt", "newly_with_device",
            "newly_with_internet", "institutions_connected", "people_served_by_kits"]
    units = ds.units.reindex(per_unit.index)  # one lookup for every unit, not one per cell
    population = units["population"].astype(float).tolist()
    extra = [[finite(v) for v in units[c].tolist()] for c in loaded]
    ind_rows = [[code, names.get(str(code), str(code)), population[i], *values]
                + [col[i] for col in extra]
                for i, (code, values) in enumerate(zip(per_unit.index,
                                                       per_unit[cols].itertuples(index=False),
                                                       strict=True))]
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
    from kzplanner.core.io.write.xlsx_book import Font

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
    basis = served_basis_text(result, lang)
    if basis:
        put(ws, row, 1, basis).font = Font(italic=True)
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
        (label("solver", lang), solver_text(result.solver, lang), None),
    ]
    if result.solver.method == "milp" and valued_by_credits(s):  # "optimal" for the credits
        lines.append((label("solver.credited_label", lang), label("solver.credited", lang), None))
    lines += [
        (label("budget", lang), float(s["budget"]), FMT_KZT),
        (label("spent", lang), Formula("=" + alloc_ref), FMT_KZT),
    ]
    if scenario:
        lines.insert(1, (label("scenario", lang), scenario, None))
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
    header_rows = [row]
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
    header_rows.append(row)
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
    by_coverage = coverage_note(s, lang)
    if by_coverage:  # FAPs and PSCs by coverage (settlements.plan.coverage_counts)
        note(ws, row - 1, by_coverage)
        row += 1
    areas = area_rows(s, lang)
    if areas:  # urban and rural institutions apart, with seed 002's figures for schools
        years_rep = sorted({y for a in areas for y in a["reported"]}, key=int)
        years_tgt = sorted({y for a in areas for y in a["targets"]}, key=int)
        put(ws, row, 1, label("area_block", lang)).font = Font(bold=True)
        row += 1
        header_row(ws, row, ["", label("before", lang), label("after", lang), label("change", lang)]
                + [label("col.reported", lang).format(year=y) for y in years_rep]
                + [label("col.target", lang).format(year=y) for y in years_tgt])
        header_rows.append(row)
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
    if units_fell_back or inst_fell_back:  # a name shown in another language, marked "*"
        row += 1
        note(ws, row, label("name_fallback_note", lang), columns=TABLE_COLUMNS)
        row += 1
    approval_block(ws, row + 2, lang)
    merged = {r.min_row for r in ws.merged_cells.ranges}
    longest = max((len(str(c.value)) for c in ws["A"] if isinstance(c.value, str)
                   and c.row not in merged and c.row > 1), default=40)
    ws.column_dimensions["A"].width = min(max(longest + 2, 40), SUMMARY_A)
    fit_summary_columns(ws, "BCDEFGH", header_rows, merged,
                        budget=PAGE_BUDGET - ws.column_dimensions["A"].width)
    wrap_long_labels(ws, merged)
    print_setup(ws, None)

    # --- assumptions, in words a planner reads
    aw = wb.create_sheet(label("sheet.assumptions", lang))
    put(aw, 1, 1, label("assume.title", lang)).font = Font(bold=True, size=13)
    aw.column_dimensions["A"].width = 110
    from kzplanner.core.io.write.xlsx_book import Alignment

    for r, text in enumerate(assumptions(result.params, s, lang, ds.groups), start=3):
        cell = put(aw, r, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        aw.row_dimensions[r].height = 15 * (1 + len(text) // 100)
    print_setup(aw, None)

    parameters_sheet(wb, result.params, lang)
    sources_sheet(wb, ds, lang, _source_status)

    if map_png:
        from kzplanner.core.io.write.workbook_sheets import png_size

        mw = wb.create_sheet(label("sheet.map", lang))
        mw.add_picture(map_png, "A1", min(1.0, 1000 / max(png_size(map_png)[0], 1)))
        print_setup(mw, None)

    # the village lists last (before the map): the plan's own sheets print first
    wb.worksheets.sort(key=lambda sheet: (sheet.title in village_sheets)
                       + 2 * (map_png is not None and sheet is mw))
    tables = {label(k, lang) for k in ("sheet.allocation", "sheet.kits", "sheet.indicators",
                                       "sheet.parameters", "sheet.sources")}
    headed = tables | village_sheets  # the village lists fitted by their builder (_finish)
    for sheet in wb.worksheets:
        if sheet.title in tables:
            # a table a little too wide for a landscape page at MIN_SCALE gives up text width
            # (wrapping) rather than print in parts across two pages
            fit_table(sheet, text_cap={label("sheet.parameters", lang): 44,
                                       label("sheet.kits", lang): 24,
                                       label("sheet.sources", lang): 24}.get(sheet.title, 18),
                      budget=PAGE_BUDGET)
        page_setup(sheet, 1 if sheet.title in headed else None, lang, ds.illustrative,
                   title_columns="A:B" if sheet.title != label("sheet.kits", lang) else "A:C")
        if ds.illustrative and sheet.title in headed:
            flag_sheet(sheet, lang)
    if map_png:  # the map's picture: one landscape page
        mw.page_setup.orientation = "landscape"
        mw.sheet_properties.pageSetUpPr.fitToPage = True
        mw.page_setup.fitToWidth = mw.page_setup.fitToHeight = 1
    return wb


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


def served_basis_text(result: PlanResult, lang: str) -> str:
    """'People counted from: FAP — population it newly covers; …' for the FAP and PSC kits of
    the plan's item list (register, estimate or settlements), '' without kits of those types."""
    kits = result.items.kits if result.items is not None else result.kits
    if "value_basis" not in kits or not len(kits):
        return ""
    parts = []
    for t in ("fap", "psc"):
        bases = sorted(set(kits.loc[kits["type"] == t, "value_basis"].astype(str)))
        if bases:
            parts.append(f"{label(f'one.{t}', lang)} — "
                         + ", ".join(label(f"served_basis.{b}", lang) for b in bases))
    return f"{label('col.value_basis', lang)}: " + "; ".join(parts) if parts else ""

