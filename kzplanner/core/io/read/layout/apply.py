"""Reading a statistics (or actuals) sheet as a confirmed mapping says: the canonical per-unit
frame, with where every value came from and what the marks meant."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from kzplanner.core.io.read.grid import read_grid
from kzplanner.core.io.read.layout.blocks import scan_rows
from kzplanner.core.io.read.layout.cells import check_cell, classify, strip_marker
from kzplanner.core.io.read.layout.cells import text as _text
from kzplanner.core.io.read.layout.indents import MAX_STYLED_ROWS, label_indents
from kzplanner.core.io.read.layout.model import ColumnMap, StatsImport, StatsMapping
from kzplanner.core.io.read.layout.periods import resolve_period_column
from kzplanner.core.io.read.sheet import col_index, col_letter
from kzplanner.core.io.read.table import Provenance
from kzplanner.core.io.read.values import check_parts, normalise_code
from kzplanner.errors import KZError
from kzplanner.lazy import pd


def apply_mapping(path: str | Path, mapping: StatsMapping) -> StatsImport:
    """Read the table as `mapping` says: the canonical per-unit frame with provenance.

    Raises KZError: sheet_missing, block_missing, column_missing (a mapped header not found),
    bad_number (text in a mapped numeric column, naming row and column), negative_value.
    """
    grid = read_grid(path, mapping.sheet)
    sheet_label = grid.sheet or Path(grid.file).name
    unit_c = col_index(mapping.unit_column)
    header_rows = [h - 1 for h in mapping.header_rows]
    start = (header_rows[-1] + 1) if header_rows else max((mapping.first_row or 1) - 1, 0)
    blocks, _notes, total_rows, _last = scan_rows(grid, unit_c, start)
    if mapping.block is not None and blocks:
        block = next((b for b in blocks if b.id == mapping.block), None)
        if block is None:
            raise KZError("block_missing", file=grid.file, sheet=sheet_label,
                          column=mapping.block, detail=", ".join(b.id for b in blocks))
        first, last = block.first_row, block.last_row
    else:
        first = mapping.first_row or start + 1
        last = mapping.last_row or len(grid.cells)
    width = max((len(r) for r in grid.cells), default=0)
    headers = {c: " / ".join(dict.fromkeys(_text(grid.filled(h, c)) for h in header_rows
                                           if _text(grid.filled(h, c)))) for c in range(width)}
    warnings: list[str] = []
    resolved: list[tuple[ColumnMap, int]] = []
    for cm in mapping.columns:
        c = col_index(cm.column)
        if cm.select == "latest_period":
            period = resolve_period_column(headers, unit_c, mapping.year)
            c = c if period is None else period
        elif cm.select == "header" and cm.header and headers.get(c) != cm.header:
            found = [k for k, h in headers.items() if h == cm.header]
            if not found:
                raise KZError("column_missing", file=grid.file, sheet=sheet_label,
                              column=f"{cm.column} “{cm.header}”",
                              detail=", ".join(h for h in headers.values() if h)[:300])
            c = found[0]
        if cm.header and headers.get(c) != cm.header:
            warnings.append(f"{cm.indicator}: column {col_letter(c)} “{headers.get(c)}” "
                            f"used (mapping said {cm.column} “{cm.header}”)")
        resolved.append((cm, c))
    code_c = col_index(mapping.code_column) if mapping.code_column else None
    parent_c = col_index(mapping.parent_column) if mapping.parent_column else None
    records: list[dict[str, Any]] = []
    rows: list[int] = []
    marks = {cm.indicator: {"zero": 0, "confidential": 0, "no_data": 0, "empty": 0}
             for cm, _ in resolved}
    totals: dict[str, float] = {}
    for r in range(first - 1, min(last, len(grid.cells))):
        label = _text(grid.cell(r, unit_c))
        if not label:
            continue
        values = [grid.cell(r, c) for _cm, c in resolved]
        if not any(_text(v) for v in values) and code_c is None:
            continue
        rec: dict[str, Any] = {}
        if mapping.unit_kind == "code":
            rec["unit_code"], rec["unit_name"] = normalise_code(grid.cell(r, unit_c)), None
        elif mapping.unit_kind == "institution":
            rec["unit_code"], rec["unit_name"] = None, None
            rec["inst_id"] = label
        else:
            rec["unit_name"] = strip_marker(label)
            rec["unit_code"] = normalise_code(grid.cell(r, code_c)) if code_c is not None else None
        if parent_c is not None:
            rec["parent_name"] = _text(grid.cell(r, parent_c)) or None
        is_total = (r + 1) in total_rows
        for (cm, c), v in zip(resolved, values, strict=True):
            kind, number = classify(v)
            if cm.type == "text":
                rec[cm.indicator] = _text(v) or None
                continue
            check_cell(v, kind, number, cm.indicator, file=grid.file, sheet=sheet_label,
                        row=r + 1, column=f"{col_letter(c)} “{headers.get(c) or cm.indicator}”")
            if kind == "text":
                raise KZError("bad_number", file=grid.file, sheet=sheet_label, row=r + 1,
                              column=f"{col_letter(c)} “{headers.get(c) or cm.indicator}”",
                              detail=_text(v))
            if kind == "formula":
                kind = "empty"
            if kind in marks[cm.indicator]:
                marks[cm.indicator][kind] += 1
            if kind == "number" and number < 0 and cm.type != "share":
                raise KZError("negative_value", file=grid.file, sheet=sheet_label, row=r + 1,
                              column=f"{col_letter(c)} “{headers.get(c) or cm.indicator}”",
                              detail=_text(v))
            rec[cm.indicator] = number
            if is_total:
                totals[cm.indicator] = number
        records.append(rec)
        rows.append(r + 1)
    base_cols = ["unit_code", "unit_name"] + (["parent_name"] if parent_c is not None else []) \
        + (["inst_id"] if mapping.unit_kind == "institution" else [])
    frame = pd.DataFrame(records, columns=base_cols + [cm.indicator for cm, _ in resolved])
    for cm, _c in resolved:
        if cm.type != "text":
            frame[cm.indicator] = frame[cm.indicator].astype(float)
    if mapping.kind == "statistics":
        check_parts(frame, rows, file=grid.file, sheet=sheet_label,
                    labels={cm.indicator: f"{col_letter(c)} “{headers.get(c) or cm.indicator}”"
                            for cm, c in resolved})
    provenance = {
        cm.indicator: {"file": grid.file, "sheet": grid.sheet, "column": col_letter(c),
                       "header": headers.get(c, ""), "block": mapping.block,
                       "cells": f"{col_letter(c)}{rows[0]}:{col_letter(c)}{rows[-1]}"
                       if rows else ""}
        for cm, c in resolved}
    if mapping.unit_kind == "name" and rows and len(rows) <= MAX_STYLED_ROWS:
        indents = label_indents(grid, unit_c, rows)
        if indents is not None:
            frame["_indent"] = indents
    for ind, total in totals.items():
        if mapping.kind == "statistics":
            break  # core.totals checks statistics as the tree they are (header rows included)
        parts = frame.loc[[i for i, r in enumerate(rows) if r not in total_rows], ind]
        if not math.isnan(total) and parts.notna().any() and abs(parts.sum() - total) > 0.5:
            warnings.append(f"{ind}: rows sum to {parts.sum():g}, the total row says {total:g}")
    frame.attrs["source"] = Provenance({"file": grid.file, "sheet": grid.sheet,
                             "first_row": rows[0] if rows else None,
                             "last_row": rows[-1] if rows else None,
                             "rows": rows, "provenance": provenance})
    return StatsImport(frame=frame, rows=rows, provenance=provenance, marks=marks,
                       totals=totals, warnings=warnings, mapping=mapping)
