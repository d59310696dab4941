"""Cell values of a table: numbers (dashes, 'x', spaces, decimal commas, percentages; the
plausible bound of each column's kind), yes/no flags and unit codes; parts never above wholes."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import numpy as np

from kzplanner.core.io.read.table import Table
from kzplanner.errors import KZError
from kzplanner.lazy import pd

# Cell texts that statistics offices use for "nothing": "-" and dashes mean zero, the rest missing.
ZERO_MARKS = frozenset({"-", "–", "—"})
# ("nan" is not among them: a program's "not a number" written as text is refused.)
MISSING_MARKS = frozenset({"", "x", "х", "…", "...", "n/a", "na", "none"})
# Yes/no values in a numeric column are refused, never read as 1 or 0 (Excel's TRUE/FALSE in
# en/ru/kk, and as a CSV writes them).
BOOLEAN_WORDS = frozenset({"true", "false", "истина", "ложь", "ақиқат", "жалған"})
_NUMBER_JUNK = re.compile(r"[\s\u00a0\u202f']")


def parse_number(value: Any, *, table: Table, index: int, column: str) -> float:
    """A cell as float: spaces and commas tolerated, dashes mean 0, 'x'/'…'/empty mean NaN.

    Raises KZError naming file, sheet, row and column otherwise: 'bad_number' for text that is
    no finite number ("inf", "nan", "1e400" included), 'boolean_in_numbers' for TRUE/FALSE,
    'implausible_value' beyond the column's bound (LIMITS, by value_kind).
    """
    if value is None:
        return math.nan
    if isinstance(value, bool) or (isinstance(value, str) and
                                   value.strip().lower() in BOOLEAN_WORDS):
        raise _cell_error("boolean_in_numbers", table, index, column, str(value).strip().upper())
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            raise _cell_error("bad_number", table, index, column, str(value)[:40]) from None
        if math.isnan(number):
            return math.nan  # a numeric cell left empty
        if not math.isfinite(number):
            raise _cell_error("bad_number", table, index, column, str(value))
        return check_plausible(number, table=table, index=index, column=column)
    text = str(value).strip()
    low = text.lower()
    if low in MISSING_MARKS:
        return math.nan
    if text in ZERO_MARKS:
        return 0.0
    cleaned = _NUMBER_JUNK.sub("", text)
    percent = cleaned.endswith("%")
    cleaned = cleaned.rstrip("%").replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        raise _cell_error("bad_number", table, index, column, text[:100]) from None
    if not math.isfinite(number):  # inf, nan, 1e400
        raise _cell_error("bad_number", table, index, column, text[:100])
    return check_plausible(number / 100.0 if percent else number, table=table, index=index,
                           column=column)


def _cell_error(code: str, table: Table, index: int, column: str, detail: str) -> KZError:
    return KZError(code, file=table.file, sheet=table.sheet or Path(table.file).name,
                   row=table.rows[index] if index < len(table.rows) else None, column=column,
                   detail=detail)


# How large a figure may plausibly be, by what a column counts (absolute values; docs/data.md,
# "Safety and errors"). Kazakhstan: about 20 million people, 6 million households, 7,500 schools,
# a GDP of about 1.2e14 ₸; a bound is several times the country's figure, so only a typo, an
# overflow or a number in the wrong column goes beyond it.
LIMITS: dict[str, float] = {
    "people": 50e6,  # people, pupils, eligible members of a group, vouchers issued/redeemed
    "households": 20e6,
    "institutions": 1e6,  # schools, FAPs, PSCs, kits
    "money": 1e15,  # tenge
    "share": 1e3,  # a share (0–1) or a percentage; rates above 100 % (growth) stay possible
    "speed": 1e6,  # Mbit/s
    "latitude": 90.0,
    "longitude": 180.0,
    "other": 1e15,
}


def value_kind(column: str) -> str:
    """What a column counts, from its id or header: a key of LIMITS."""
    key = re.sub(r"[\s\-]+", "_", str(column).strip().lower())
    if key in ("lat", "latitude", "широта", "ендік"):
        return "latitude"
    if key in ("lon", "lng", "long", "longitude", "долгота", "бойлық"):
        return "longitude"
    if key.endswith(("_kzt", "_tenge", "_cost")) or key in ("cost", "budget", "spent"):
        return "money"
    if key.endswith(("_share", "_rate", "_pct")):
        return "share"
    if "mbps" in key:
        return "speed"
    if key.startswith("households"):
        return "households"
    if key.endswith(("_total", "_connected", "_installed")):
        return "institutions"
    if key.endswith(("_eligible", "_no_device", "_no_internet", "_issued", "_redeemed",
                     "population", "_served")) or key.startswith("people"):
        return "people"
    return "other"


def implausible(number: float, column: str) -> str | None:
    """'1e+308 > 50 000 000' when `number` is beyond the bound of `column`'s kind, else None."""
    limit = LIMITS[value_kind(column)]
    if abs(number) <= limit:
        return None
    bound = f"{limit:,.0f}".replace(",", " ")
    return f"{number:g} > {bound}" if number > 0 else f"{number:g} < −{bound}"


def check_plausible(number: float, *, table: Table, index: int, column: str) -> float:
    why = implausible(number, column)
    if why is not None:
        raise _cell_error("implausible_value", table, index, column, why)
    return number


_PLAIN = (int, float, type(None))
_PLAIN_TYPES = frozenset(_PLAIN)


def parse_numbers(values: Any, *, table: Table, column: str) -> np.ndarray:
    """A column as floats. A column of numbers (or blanks) converts in one numpy step and is
    checked as a whole (finite, within the column's bound); any other goes cell by cell
    through parse_number, which knows dashes, 'x', spaces, commas and percentages and names
    the bad cell."""
    cells = np.asarray(values, dtype=object)
    if set(map(type, cells)) <= _PLAIN_TYPES:  # one pass in C, not a generator per cell
        try:
            out = np.array(cells, dtype=float)
        except (TypeError, ValueError, OverflowError):
            out = None
        if out is not None:
            bad = np.flatnonzero(np.isinf(out) | (np.abs(np.nan_to_num(out)) >
                                                  LIMITS[value_kind(column)]))
            if not bad.size:
                return out
            i = int(bad[0])
            parse_number(cells[i], table=table, index=i, column=column)  # raises, naming it
    return np.array([parse_number(v, table=table, index=i, column=column)
                     for i, v in enumerate(cells)], dtype=float)


def parse_number_block(block: np.ndarray, columns: list[str], *, table: Table) -> list[Any]:
    """Several columns (a 2-D object array) as floats: a block of plain numbers (or blanks)
    within every column's bound converts in one numpy step; otherwise each column goes
    through parse_numbers, which names the first bad cell."""
    if block.size and set(map(type, block.ravel())) <= _PLAIN_TYPES:
        try:
            out = np.array(block, dtype=float)
        except (TypeError, ValueError, OverflowError):
            out = None
        if out is not None:
            bounds = np.array([LIMITS[value_kind(c)] for c in columns])
            with np.errstate(invalid="ignore"):
                if not (np.isinf(out) | (np.abs(np.nan_to_num(out)) > bounds)).any():
                    return list(out.T)
    return [parse_numbers(block[:, j], table=table, column=c) for j, c in enumerate(columns)]


def part_whole_pairs(columns: Any) -> list[tuple[str, str]]:
    """(part, whole) column pairs of one table that must hold part ≤ whole in every row:
    households without internet ≤ households, rural ≤ all population, connected ≤ all
    institutions of a type, a group's members without a device or without internet ≤ the
    group's eligible members."""
    from kzplanner.core.catalogue import COUNT_COLUMNS

    present = {str(c) for c in columns}
    pairs = [("households_no_internet", "households"), ("rural_population", "population")]
    pairs += [(conn, total) for total, conn in COUNT_COLUMNS.values()]
    for col in sorted(present):
        m = re.match(r"^(.+)_eligible$", col)
        if m:
            pairs += [(f"{m.group(1)}_no_device", col), (f"{m.group(1)}_no_internet", col)]
    return [(p, w) for p, w in pairs if p in present and w in present]


def check_parts(frame: pd.DataFrame, rows: list[int], *, file: str, sheet: str | None,
                labels: dict[str, str] | None = None) -> None:
    """KZError('part_exceeds_whole') naming the first row where a part is larger than its
    whole (part_whole_pairs); `labels` give the columns' names in the sheet."""
    labels = labels or {}
    for part, whole in part_whole_pairs(list(frame)):
        p = np.asarray(frame[part], dtype=float)
        w = np.asarray(frame[whole], dtype=float)
        with np.errstate(invalid="ignore"):
            over = np.flatnonzero(p > w + 1e-9 * np.abs(w) + 1e-9)
        if over.size:
            i = int(over[0])
            raise KZError("part_exceeds_whole", file=file, sheet=sheet or Path(file).name,
                          row=rows[i] if i < len(rows) else None,
                          column=labels.get(part, part),
                          detail=f"{labels.get(part, part)} {p[i]:g} > "
                                 f"{labels.get(whole, whole)} {w[i]:g}")


def parse_flag(value: Any) -> bool | None:
    """Yes/no in en/ru/kk or 1/0; None when empty or unknown."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return None if math.isnan(value) else bool(value)
    text = str(value).strip().lower()
    if text in {"yes", "y", "true", "1", "да", "д", "иә", "ия", "есть", "бар", "+"}:
        return True
    if text in {"no", "n", "false", "0", "нет", "н", "жоқ", "жок", "-"}:
        return False
    return None


def normalise_code(value: Any) -> str | None:
    """A unit code (KATO) as text: Excel's 110000000.0 becomes '110000000'; blanks become None.

    >>> normalise_code(110000000.0), normalise_code(" 0750 "), normalise_code(None)
    ('110000000', '0750', None)
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text or None
