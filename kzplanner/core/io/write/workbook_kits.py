"""The kit list of the plan workbook, grouped by unit (district) with a subtotal under each and
a grand total that adds the kits once (SUBTOTAL leaves the subtotals out), names in the
workbook's language (issue 20)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kzplanner.core.catalogue import label
from kzplanner.core.io.write.workbook_cells import (
    FMT_INT,
    FMT_KZT,
    FMT_RATE,
    Formula,
    header_row,
    put,
)

if TYPE_CHECKING:
    from kzplanner.core.io.write.xlsx_book import Sheet as Worksheet

SUM_COLUMNS = (5, 6)  # cost and people served: subtotalled per unit, totalled once
SUBTOTAL_FILL = "EEF2F7"


def kits_sheet(wb: Any, kits: Any, locked: set[str], unit_names: dict[str, str],
               inst_names: dict[str, str], lang: str) -> Worksheet:
    """Columns: unit, institution id, name, type, cost, people served, people per 1 M ₸ (why
    each kit), [locked: when the planner locked any], [package]; the coordinates are in the GeoPackage and CSV exports. Rows
    sorted by unit name, then by people per 1 M ₸ (best first); a subtotal row closes each
    unit. The caller fits the columns (fit_table)."""
    from kzplanner.core.io.write.xlsx_book import Font, PatternFill
    from kzplanner.core.io.write.xlsx_book import column_letter as get_column_letter

    has_package = "package" in kits.columns
    has_locked = bool(locked & set(kits["inst_id"].astype(str))) if len(kits) else False
    headers = [label(x, lang) for x in ("col.unit", "col.inst_id", "col.name", "col.type",
                                        "col.cost", "col.people_served", "col.per_million")
               + (("col.locked",) if has_locked else ())
               + (("col.package",) if has_package else ())]
    formats = [None, None, None, None, FMT_KZT, FMT_INT, FMT_RATE] \
        + ([None] if has_locked else []) + ([None] if has_package else [])
    ws = wb.create_sheet(label("sheet.kits", lang))
    header_row(ws, 1, headers)
    rows = []
    for k in kits.itertuples(index=False):
        code = str(k.unit_code)
        cost = float(k.cost_kzt)
        rate = 1e6 * float(k.people_served) / cost if cost else None
        rows.append((unit_names.get(code, code), code, [
            unit_names.get(code, code), k.inst_id, inst_names.get(str(k.inst_id), k.name),
            label(f"one.{k.type}", lang), cost, float(k.people_served), rate]
            + ([label("yes", lang) if str(k.inst_id) in locked else ""] if has_locked else [])
            + ([label(f"package.{k.package}", lang)] if has_package else [])))
    rows.sort(key=lambda r: (r[0], r[1], -(r[2][6] or 0.0)))
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=SUBTOTAL_FILL)
    r = 2
    k = 0
    while k < len(rows):
        name, code = rows[k][0], rows[k][1]
        first = r
        body = []
        while k < len(rows) and rows[k][1] == code:
            body.append(rows[k][2])
            k += 1
        ws.put_rows(r, body, formats)  # the unit's kits: one Block
        r += len(body)
        put(ws, r, 1, label("subtotal", lang).format(name=name)).font = bold
        for c in SUM_COLUMNS:
            letter = get_column_letter(c)
            put(ws, r, c, Formula(f"=SUBTOTAL(9,{letter}{first}:{letter}{r - 1})"),
                formats[c - 1]).font = bold
        for c in range(1, len(headers) + 1):
            ws.cell(row=r, column=c).fill = fill
        r += 1
    put(ws, r, 1, label("total", lang)).font = bold
    for c in SUM_COLUMNS:
        letter = get_column_letter(c)
        total = Formula(f"=SUBTOTAL(9,{letter}2:{letter}{r - 1})") if rows else 0
        put(ws, r, c, total, formats[c - 1]).font = bold
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(r - 1, 1)}"
    return ws  # fitted by the workbook (fit_table) with the other tables


def is_subtotal(row: tuple[Any, ...], lang: str) -> bool:
    """Whether a kit-list row (values) is a unit's subtotal or the grand total."""
    head = str(row[0] or "")
    prefix = label("subtotal", lang).split("{")[0]
    return head.startswith(prefix) or head == label("total", lang)
