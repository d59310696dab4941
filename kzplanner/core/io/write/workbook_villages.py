"""Settlement sheets (issue #17), in the workbook's language: the villages without an institution
with access within reach (one sheet per type), the villages per kit of a plan, and the coverage
workbook of `kzplanner coverage`. Estimated populations say “estimate” in their own column."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzplanner.core.catalogue import label
from kzplanner.core.io.write.workbook_cells import FMT_INT, header_row, put

if TYPE_CHECKING:
    from kzplanner.core.io.write.xlsx_book import Sheet as Worksheet

FMT_KM = "0.0"
# A village list prints its first rows only (the most populous first; a kit's villages by kit):
# 32,000 villages of the sample printed ~1,100 pages after a 5-page plan. The whole list stays
# in the sheet, and the page footer says how much is printed.
PRINT_ROWS = 200


def coverage_note(summary: dict[str, Any], lang: str) -> str:
    """With settlements: the summary's note that FAPs and PSCs count in the institutional gap
    by coverage, with their reach; '' without."""
    from kzplanner.core.formatting import format_number

    by_type = (summary.get("settlements") or {}).get("by_type") or {}
    km = ", ".join(f"{label(f'one.{t}', lang)} {format_number(by_type[t]['reach_km'], lang)}"
                   for t in ("fap", "psc") if t in by_type)
    return label("gap_note_settlements", lang).format(reach=km) if km else ""


def _name(row: Any, lang: str) -> str:
    for key in (f"name_{lang}", "name", "name_ru", "name_kk"):
        value = getattr(row, key, "") if hasattr(row, key) else ""
        if isinstance(value, str) and value:
            return value
    return str(row.settlement_id)


def _est(flag: Any, lang: str) -> str:
    return label("est.flag", lang) if bool(flag) else ""


def villages_sheet(wb: Any, villages: Any, kind: str, unit_names: dict[str, str],
                   lang: str) -> Worksheet:
    """One row per settlement without an institution of `kind` with access within reach, most
    populous first: unit, settlement, ID, kind, population, estimate, nearest, km, its access."""
    ws = wb.create_sheet(label(f"sheet.villages_{kind}", lang)[:31])
    header_row(ws, 1, [label(k, lang) for k in (
        "col.unit", "col.settlement", "col.settlement_id", "col.place", "col.population",
        "col.estimated", "col.nearest", "col.nearest_km", "col.nearest_access")])
    fmts = [None, None, None, None, FMT_INT, None, None, FMT_KM, None]
    est, yes = label("est.flag", lang), label("yes", lang)
    rows = []
    for v in villages.itertuples(index=False):
        code = str(v.unit_code)
        rows.append([unit_names.get(code, code), _name(v, lang), str(v.settlement_id),
                     label(f"place.{v.place}", lang) if v.place else "", float(v.population),
                     est if bool(v.population_estimated) else "", str(v.nearest_id or ""),
                     float(v.nearest_km), yes if v.nearest_access else ""])
    # the estimate flag and "yes" centred: a left-aligned flag beside the right-aligned
    # population read as one figure
    ws.put_rows(2, rows, fmts, [None] * 5 + ["center", None, None, "center"])
    _finish(ws, 9, lang)
    return ws


def kit_villages_sheet(wb: Any, villages: Any, unit_names: dict[str, str],
                       inst_names: dict[str, str], lang: str) -> Worksheet:
    """One row per (kit, settlement it newly covers): kit, type, unit, settlement, population,
    estimate, whether it counts in the kit's value."""
    ws = wb.create_sheet(label("sheet.kit_villages", lang)[:31])
    header_row(ws, 1, [label(k, lang) for k in (
        "col.kit", "col.type", "col.unit", "col.settlement", "col.place", "col.population",
        "col.estimated", "col.credited")])
    fmts = [None, None, None, None, None, FMT_INT, None, None]
    yes = label("yes", lang)
    rows = []
    for v in villages.itertuples(index=False):
        code = str(v.unit_code)
        rows.append([inst_names.get(str(v.inst_id), str(v.inst_id)),
                     label(f"one.{v.type}", lang), unit_names.get(code, code), _name(v, lang),
                     label(f"place.{v.place}", lang) if v.place else "", float(v.population),
                     _est(v.population_estimated, lang), yes if v.credited else ""])
    ws.put_rows(2, rows, fmts, [None] * 6 + ["center", "center"])
    _finish(ws, 8, lang)
    return ws


def next_kits_sheet(wb: Any, ranking: Any, unit_names: dict[str, str], lang: str,
                    in_plan: set[str] | None = None) -> Worksheet:
    """The "next kit" ranking (core.settlements.next_kits, best first): rank, institution, ID,
    type, unit, people and settlements newly covered, kit cost, people per 1 M ₸ and, for a
    plan, whether it already has the kit. The note under the header says what it counts."""
    from kzplanner.core.io.write.xlsx_book import Font

    ws = wb.create_sheet(label("sheet.next_kits", lang)[:31])
    keys = ["col.rank", "col.institution", "col.inst_id", "col.type", "col.unit",
            "col.newly_covered", "col.settlements_reached", "col.kit_cost", "col.per_million"]
    if in_plan is not None:
        keys.append("col.in_plan")
    header_row(ws, 1, [label(k, lang) for k in keys])
    fmts = [FMT_INT, None, None, None, None, FMT_INT, FMT_INT, FMT_INT, "#,##0.0", None]
    for r, v in enumerate(ranking.itertuples(index=False), start=2):
        code, inst = str(v.unit_code), str(v.inst_id)
        per = float(v.per_million_kzt)
        values = [r - 1, str(v.name), inst, label(f"one.{v.type}", lang),
                  unit_names.get(code, code), float(v.newly_covered), int(v.settlements),
                  float(v.cost_kzt), per if per == per else None]
        if in_plan is not None:
            values.append(label("yes", lang) if inst in in_plan else "")
        for c, (value, fmt) in enumerate(zip(values, fmts, strict=False), start=1):
            if value is not None:
                put(ws, r, c, value, fmt)
    _finish(ws, len(keys), lang)
    note = ws.max_row + 2
    put(ws, note, 1, label("next_kits.note", lang)).font = Font(italic=True, color="555555")
    return ws


def _finish(ws: Worksheet, width: int, lang: str) -> None:
    from kzplanner.core.io.write.workbook_fit import fit_table
    from kzplanner.core.io.write.workbook_sheets import PAGE_BUDGET
    from kzplanner.core.io.write.xlsx_book import column_letter as get_column_letter

    rows = ws.max_row
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{max(rows, 1)}"
    fit_table(ws, text_cap=24, budget=PAGE_BUDGET)  # one page wide where text can wrap
    if rows - 1 > PRINT_ROWS:
        from kzplanner.core.formatting import format_number

        ws.print_area = f"A1:{get_column_letter(width)}{PRINT_ROWS + 1}"
        ws.oddFooter.left.text = label("villages.printed", lang).format(
            n=format_number(PRINT_ROWS, lang), total=format_number(rows - 1, lang))
        ws.oddFooter.left.size = 8


def write_coverage_workbook(path: str | Path, ds: Any, summary: dict[str, Any],
                            lang: str = "ru", ranking: Any = None) -> Path:
    """`kzplanner coverage --out`: a coverage sheet (placed / estimated / outside, covered and
    not covered population per type, reach), the villages without access, one sheet per type,
    and (given) the next-kit ranking."""
    from kzplanner.core.io.write.atomic import write_atomically
    from kzplanner.core.io.write.workbook_sheets import flag_sheet, page_setup
    from kzplanner.core.io.write.workbook_words import unit_names
    from kzplanner.core.io.write.xlsx_book import Book, Font
    from kzplanner.core.io.write.xlsx_emit import write_book
    from kzplanner.core.settlements import villages_without_access

    names, _fell_back = unit_names(ds, lang)
    wb = Book()
    ws = wb.create_sheet(label("sheet.coverage", lang)[:31])
    row = 1
    if ds.illustrative:
        put(ws, row, 1, label("illustrative_flag", lang)).font = Font(bold=True, color="B00020")
        row += 2
    for key, value in (("col.settlements_placed", summary["settlements_placed"]),
                       ("col.settlements_estimated", summary["settlements_estimated"]),
                       ("col.settlements_outside", summary["settlements_outside"])):
        put(ws, row, 1, label(key, lang))
        put(ws, row, 2, int(value), FMT_INT)
        row += 1
    row += 1
    header = row
    header_row(ws, row, [label(k, lang) for k in ("col.type", "col.reach_km", "col.covered_pop",
                                                 "col.not_covered_pop")])
    for t in ("school", "fap", "psc"):
        row += 1
        by = summary["by_type"][t]
        for c, (value, fmt) in enumerate(((label(f"one.{t}", lang), None),
                                          (float(by["reach_km"]), FMT_KM),
                                          (float(by["covered_population"]), FMT_INT),
                                          (float(by["not_covered_population"]), FMT_INT)),
                                         start=1):
            put(ws, row, c, value, fmt)
    row += 2
    put(ws, row, 1, label("villages.note", lang)).font = Font(italic=True, color="555555")
    ws.column_dimensions["A"].width = 34
    for col in "BCD":
        ws.column_dimensions[col].width = 18
    sheets = [ws]
    for t in ("school", "fap", "psc"):
        sheets.append(villages_sheet(wb, villages_without_access(ds.settlements, ds.coverage, t),
                                     t, names, lang))
    if ranking is not None:
        sheets.append(next_kits_sheet(wb, ranking, names, lang))
    for i, sheet in enumerate(sheets):
        page_setup(sheet, header if i == 0 else 1, lang, ds.illustrative, title_columns="A:B")
        if ds.illustrative and i:
            flag_sheet(sheet, lang)
    return write_atomically(path, lambda tmp: write_book(wb, tmp))


def settlement_sheets(wb: Any, ds: Any, result: Any, names: dict[str, str],
                       inst_names: dict[str, str], lang: str) -> set[str]:
    """With settlements: villages per kit, and the villages without access by type (before the
    plan); their titles (for the page setup)."""
    if getattr(ds, "settlements", None) is None or getattr(ds, "coverage", None) is None:
        return set()
    from kzplanner.core.settlements import next_kits, villages_without_access
    from kzplanner.core.settlements.plan import kit_villages

    titles = {kit_villages_sheet(wb, kit_villages(result), names, inst_names, lang).title}
    for t in ("school", "fap", "psc"):
        titles.add(villages_sheet(wb, villages_without_access(ds.settlements, ds.coverage, t), t,
                                  names, lang).title)
    items = result.items
    if items is not None and "cost_kzt" in items.kits:  # as the window's "Next kit" list
        costs = items.kits.set_index(items.kits["inst_id"].astype(str))["cost_kzt"]
        ranking = next_kits(ds.settlements, ds.institutions, items.access, costs,
                            ds.coverage.reach_km)
        in_plan = set(result.kits["inst_id"].astype(str)) if len(result.kits) else set()
        titles.add(next_kits_sheet(wb, ranking, names, lang, in_plan).title)
    return titles
