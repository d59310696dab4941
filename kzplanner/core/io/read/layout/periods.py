"""Year columns of a statistics table (2021, 2021/22, “2022 г.”): which one a mapping reads."""

from __future__ import annotations

import re
from pathlib import Path

from kzplanner.core.io.read.grid import read_grid
from kzplanner.core.io.read.layout.cells import strip_marker
from kzplanner.core.io.read.layout.cells import text as _text
from kzplanner.core.io.read.layout.model import StatsMapping
from kzplanner.core.io.read.sheet import col_index
from kzplanner.errors import KZError

PERIOD = re.compile(r"^(19|20)\d\d(\s*[/-]\s*\d{2,4})?(\s*(г|гг|ж|жыл|year)\.?)?$")
_YEAR = re.compile(r"((?:19|20)\d\d)(?:\s*[/-]\s*(\d{2,4}))?")


def _year_key(text: str) -> tuple[int, int | None] | None:
    """'2021' → (2021, None); '2021/22', '2021-2022', '2021/22 г.' → (2021, 2022)."""
    m = _YEAR.search(text)
    if m is None:
        return None
    start = int(m.group(1))
    end = m.group(2)
    if end is None:
        return start, None
    stop = int(end) if len(end) == 4 else start - start % 100 + int(end[-2:])
    return start, stop + 100 if stop < start else stop


def period_columns(headers: dict[int, str], unit_col: int) -> list[int]:
    """The columns whose (last) header part is a period (2022, 2022/23, 2022 г.), left to right."""
    return [k for k in sorted(headers) if k != unit_col and headers[k] and
            PERIOD.match(strip_marker(headers[k].split(" / ")[-1]))]


def _period_label(header: str) -> str:
    return strip_marker(header.split(" / ")[-1])


def resolve_period_column(headers: dict[int, str], unit_col: int, year: str | None) -> int | None:
    """The column of `year` ("2021" finds 2021, 2021/22 or “2021 г.”; "2021/22" finds 2021/22 or
    2021/2022) among the period columns, or the latest (right-most) when `year` is None; None
    when the table has no period columns and no year was asked for.

    Raises KZError('year_missing') naming the years found when `year` is not there."""
    periods = period_columns(headers, unit_col)
    if year is None or not str(year).strip():
        return periods[-1] if periods else None
    want = _year_key(str(year))
    if want is not None:
        keys = [(k, _year_key(_period_label(headers[k]))) for k in periods]
        exact = [k for k, key in keys if key == want]
        loose = [k for k, key in keys if key is not None and want[1] is None and key[0] == want[0]]
        if exact or loose:
            return (exact or loose)[-1]
    raise KZError("year_missing", column=str(year).strip(),
                  detail=", ".join(_period_label(headers[k]) for k in periods) or "—")


def period_choice_text(headers: dict[int, str], unit_col: int, year: str | None) -> str | None:
    """'year column: 2022/23 (latest of 2000/01–2022/23)', or '… (asked for; 2000–2023 in the
    file)' for a chosen year; None without period columns."""
    col = resolve_period_column(headers, unit_col, year)
    periods = period_columns(headers, unit_col)
    if col is None or not periods:
        return None
    label = _period_label(headers[col])
    span = _period_label(headers[periods[0]]) + "–" + _period_label(headers[periods[-1]])
    if len(periods) == 1:
        return f"year column: {label} (the only one)"
    if year is None or not str(year).strip():
        return f"year column: {label} (latest of {span})"
    return f"year column: {label} (asked for; {span} in the file)"


def period_note(path: str | Path, mapping: StatsMapping) -> str | None:
    """period_choice_text for the table as `mapping` reads it (None when no mapped column takes
    the latest period): which year column a saved mapping, with its `year`, reads."""
    if not any(cm.select == "latest_period" for cm in mapping.columns):
        return None
    grid = read_grid(path, mapping.sheet)
    rows = [h - 1 for h in mapping.header_rows]
    width = max((len(r) for r in grid.cells), default=0)
    headers = {c: " / ".join(dict.fromkeys(_text(grid.filled(h, c)) for h in rows
                                           if _text(grid.filled(h, c)))) for c in range(width)}
    return period_choice_text(headers, col_index(mapping.unit_column), mapping.year)
