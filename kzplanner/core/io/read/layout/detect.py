"""Detecting how a statistics sheet is laid out: the proposal the planner confirms (the package
docstring, core.io.read.layout, shows the whole wizard flow).

Layout handled: title and caption rows, headers over several merged rows (text joined), a unit
column of names or KATO codes, stacked blocks (all / urban / rural) introduced by a label-only
row, footnote markers in labels ("Туркестанская 1", "школ1)"), notes below the table, period
columns (2021/22, 2022/23 …). Cell texts: "-", "–", "—" mean zero; "x"/"х" confidential;
"…"/"..." no data; empty means missing. Every one is counted and reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kzplanner.core.io.read.grid import read_grid
from kzplanner.core.io.read.layout.blocks import scan_rows
from kzplanner.core.io.read.layout.cells import CODE, classify, strip_marker
from kzplanner.core.io.read.layout.cells import text as _text
from kzplanner.core.io.read.layout.model import ColumnInfo, ColumnMap, StatsMapping, StatsProposal
from kzplanner.core.io.read.layout.periods import (
    PERIOD,
    period_choice_text,
    resolve_period_column,
)
from kzplanner.core.io.read.layout.words import (
    _META,
    INDICATOR_WORDS,
    SUGGESTION_WORDS,
    suggest_columns,
    veto,
)
from kzplanner.core.io.read.sheet import col_index, col_letter
from kzplanner.errors import KZError


def _meta_line(row: list[Any]) -> tuple[str, str, bool] | None:
    """A metadata line above a table: ('name' | 'unit' | 'other', value, written with a colon),
    from “Единица измерения: человек” in one cell or “Код показателя | 1.01.001” in two."""
    filled = [_text(v) for v in row if _text(v)]
    if not filled or len(filled) > 2:
        return None
    m = _META.match(filled[0])
    if m is None:
        return None
    value = m.group("value").strip()
    if len(filled) == 2:
        if value:
            return None
        value = filled[1]
    elif not value and m.group("sep") != ":":
        return None
    kind = "name" if m.group("name") else "unit" if m.group("unit") else "other"
    return kind, value, bool(m.group("sep"))


def _year_row(row: list[Any], kinds: list[str]) -> bool:
    """A header row of years written as numbers ('Регион | 2021 | 2022 | 2023'), not data."""
    numbers = [v for v, k in zip(row, kinds, strict=True) if k == "number"]
    if len(numbers) < 2 or any(k in ("zero", "confidential", "no_data") for k in kinds):
        return False
    values = [classify(v)[1] for v in numbers]
    return (all(v.is_integer() and 1900 <= v <= 2100 for v in values)
            and all(a < b for a, b in zip(values, values[1:], strict=False)))


def detect_layout(path: str | Path, sheet: str | None = None,
                  kind: str = "statistics", year: str | None = None) -> StatsProposal:
    """Guess sheet layout, blocks, unit column and indicator columns; never raises on layout
    doubts (they go to `warnings` and a lower `confidence`), only on unreadable files and on a
    `year` the table has no column for (KZError 'year_missing').

    `kind` says what the file holds: 'statistics' suggests dataset indicators, 'actuals' the
    measures a programme reports afterwards (ACTUALS_WORDS); the mapping remembers it. `year`
    picks the period column proposed (default: the latest); the mapping keeps it.

    A column is suggested an indicator only when its header, the title (a metadata line
    “Наименование показателя” stands for it; the sheet's name when there is none) or the unit
    line names it; words of another subject (врач, мұғалім, student …) or of a rate veto it.
    Each mapped column says what it rests on in `warnings`; resting on the title, the sheet's
    name or the unit alone lowers `confidence`."""
    words = SUGGESTION_WORDS.get(kind, INDICATOR_WORDS)
    mapping_kind = kind
    grid = read_grid(path, sheet)
    if not grid.cells or not any(_text(v) for row in grid.cells for v in row):
        raise KZError("sheet_empty", file=grid.file, sheet=grid.sheet or Path(grid.file).name)
    width = max(len(r) for r in grid.cells)
    # rows that look like data: a text label and at least one number-like cell (above the
    # first one, metadata lines and a header row of years written as numbers are not data)
    label_hits = [0] * width
    data_rows: list[int] = []
    for r, row in enumerate(grid.cells):
        kinds = [classify(v)[0] for v in row]
        nums = sum(k in ("number", "zero", "confidential", "no_data") for k in kinds)
        texts = [c for c, k in enumerate(kinds) if k == "text" or
                 (k == "number" and CODE.match(_text(row[c])))]
        if not data_rows and nums and (_year_row(row, kinds) or _meta_line(row) is not None):
            continue
        if nums >= 1 and texts:
            data_rows.append(r)
            label_hits[texts[0]] += 1
    if not data_rows:
        raise KZError("no_data_rows", file=grid.file, sheet=grid.sheet or Path(grid.file).name)
    unit_col = max(range(width), key=lambda c: label_hits[c])
    first = min(r for r in data_rows if _text(grid.cell(r, unit_col)))
    # header rows: non-empty rows right above the first data row (block labels skipped)
    header_rows: list[int] = []
    title = caption = ""
    r = first - 1
    while r >= 0:
        row = grid.cells[r]
        filled = [c for c in range(len(row)) if _text(row[c])]
        if not filled:
            if header_rows:
                break
            r -= 1
            continue
        meta = _meta_line(row)
        if meta is not None and (meta[2] or not PERIOD.match(meta[1])):
            break  # the metadata block above the table
        if filled == [unit_col] and not header_rows:
            r -= 1  # a block label directly above the data
            continue
        if len(filled) == 1 and not any(m[0] <= r <= m[2] and m[3] > m[1] and m[1] != filled[0]
                                        for m in grid.merged):
            if header_rows:
                break
            r -= 1  # a caption ("units") between title and header
            continue
        header_rows.insert(0, r)
        r -= 1
        if len(header_rows) >= 4:
            break
    meta_title = meta_caption = ""
    for rr in range(0, (header_rows[0] if header_rows else first)):
        meta = _meta_line(grid.cells[rr])
        if meta is not None:
            if meta[0] == "name" and meta[1] and not meta_title:
                meta_title = meta[1]
            elif meta[0] == "unit" and meta[1] and not meta_caption:
                meta_caption = meta[1]
            continue
        filled = [(c, _text(v)) for c, v in enumerate(grid.cells[rr]) if _text(v)]
        if len(filled) != 1:
            continue
        c, text = filled[0]
        if c <= unit_col + 1 and not title:
            title = text
        elif c > unit_col + 1 and not caption:
            caption = text
    title = meta_title or title
    caption = caption or meta_caption
    title_source = "title" if title else "sheet name"
    title = title or (grid.sheet or "")
    start = (header_rows[-1] + 1) if header_rows else first
    blocks, notes, totals, _last = scan_rows(grid, unit_col, start)
    # value columns
    columns: list[ColumnInfo] = []
    body = [r - 1 for b in blocks for r in range(b.first_row, b.last_row + 1)]
    code_col = None
    for c in range(width):
        if c == unit_col:
            continue
        header = " / ".join(dict.fromkeys(
            _text(grid.filled(h, c)) for h in header_rows if _text(grid.filled(h, c))))
        info = ColumnInfo(col_letter(c), c, header, None)
        codes = 0
        for r in body:
            v = grid.cell(r, c)
            cell_kind, _ = classify(v)
            if cell_kind == "number" and CODE.match(_text(v)):
                codes += 1
            info.numbers += cell_kind == "number"
            info.zeros_marked += cell_kind == "zero"
            info.confidential += cell_kind == "confidential"
            info.no_data += cell_kind == "no_data"
            info.empty += cell_kind in ("empty", "formula")
            info.bad += cell_kind == "text"
        if codes and codes >= 0.8 * max(info.numbers, 1):
            code_col = col_letter(c)
            continue
        if info.numbers + info.zeros_marked + info.confidential + info.no_data == 0:
            continue
        m = PERIOD.match(strip_marker(header.split(" / ")[-1])) if header else None
        info.period = m.group(0) if m else None
        columns.append(info)
    unit_values = [_text(grid.cell(r, unit_col)) for r in body]
    unit_kind = "code" if unit_values and sum(bool(CODE.match(v)) for v in unit_values) > \
        0.8 * len(unit_values) else "name"
    weak = suggest_columns(columns, title, words, title_source=title_source, caption=caption)
    mapping = StatsMapping(
        kind=mapping_kind, sheet=grid.sheet, header_rows=[h + 1 for h in header_rows],
        unit_column=col_letter(unit_col), unit_kind=unit_kind, code_column=code_col,
        block=(blocks[0].id if blocks else None),
        first_row=blocks[0].first_row if blocks else None,
        last_row=blocks[-1].last_row if blocks else None,
        year=str(year).strip() if year is not None and str(year).strip() else None)
    headers = {c.index: c.header for c in columns if c.period}
    chosen = resolve_period_column(headers, unit_col, mapping.year)
    latest = next((c for c in columns if c.index == chosen), None)
    for c in columns:
        if c.suggestion and (not c.period or c is latest):
            if any(m.indicator == c.suggestion for m in mapping.columns):
                continue
            mapping.columns.append(ColumnMap(c.suggestion, c.column, c.header,
                                             "latest_period" if c is latest else "header",
                                             "share" if c.suggestion.endswith("_share") else
                                             "number", c.evidence))
    warnings = []
    confidence = 1.0
    if not header_rows:
        warnings.append("no header rows found")
        confidence -= 0.3
    if not mapping.columns:
        warnings.append("no column suggested an indicator: map the columns by hand")
        confidence -= 0.3
        vetoed = veto(title, "population") if words is INDICATOR_WORDS else None
        if vetoed:
            warnings.append(f"the {title_source} “{title}” names “{vetoed}”: not read as an "
                            f"indicator")
    for cm in mapping.columns:
        warnings.append(f"{cm.indicator}: from {cm.evidence}")
    if any(col_index(cm.column) in weak for cm in mapping.columns):
        confidence -= 0.2
    if any(cm.select == "latest_period" for cm in mapping.columns):
        line = period_choice_text(headers, unit_col, mapping.year)
        if line:
            warnings.append(line)
    if len(blocks) > 1:
        warnings.append("stacked blocks: " + ", ".join(f"{b.id} ({b.label})" for b in blocks)
                        + f"; proposing “{mapping.block}”")
    if any(c.bad for c in columns):
        confidence -= 0.2
        warnings.append("text in numeric columns: " + ", ".join(c.column for c in columns if c.bad))
    preview = [[_text(v) for v in row] for row in grid.cells[:60]]
    return StatsProposal(file=grid.file, sheet=grid.sheet, sheets=grid.sheets, mapping=mapping,
                         title=title, caption=caption, blocks=blocks, columns=columns,
                         note_rows=notes, total_rows=totals, preview=preview,
                         confidence=max(confidence, 0.0), warnings=warnings)
