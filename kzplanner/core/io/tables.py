"""Reading a table (xlsx, xls, csv) whose header row sits below title lines, keeping sheet rows."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kzplanner.errors import KZError
from kzplanner.lazy import pd

HEADER_SEARCH_ROWS = 30
# Cell texts that statistics offices use for "nothing": "-" and dashes mean zero, the rest missing.
ZERO_MARKS = frozenset({"-", "–", "—"})
# ("nan" is not among them: a program's "not a number" written as text is refused.)
MISSING_MARKS = frozenset({"", "x", "х", "…", "...", "n/a", "na", "none"})
# Yes/no values in a numeric column are refused, never read as 1 or 0 (Excel's TRUE/FALSE in
# en/ru/kk, and as a CSV writes them).
BOOLEAN_WORDS = frozenset({"true", "false", "истина", "ложь", "ақиқат", "жалған"})
_NUMBER_JUNK = re.compile(r"[\s\u00a0\u202f']")
# The title row of the app's own sample workbooks (and of copies a planner saves elsewhere).
ILLUSTRATIVE_MARK = "ILLUSTRATIVE SAMPLE DATA"


@dataclass(frozen=True)
class Table:
    """Cells under the header as objects; `rows` holds each row's 1-based number in the sheet."""

    frame: pd.DataFrame
    rows: list[int]
    file: str
    sheet: str | None
    illustrative: bool = False  # a title row above the header carries ILLUSTRATIVE_MARK


def _read_raw(path: Path, sheet: str | None) -> tuple[list[list[Any]], str | None]:
    """The cells of the sheet (or CSV file), read by content within core.io.safety's limits."""
    from kzplanner.core.io.readers import read_cells

    raw = read_cells(path, sheet)
    return raw.cells, raw.sheet


_CYRILLIC_OR_ASCII = re.compile(r"[A-Za-z0-9\s.,;:%()\"'\-–—№/а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a CSV file and its encoding: UTF-8 (with or without BOM), else CP1251 or CP866,
    whichever reads as more Cyrillic/Latin letters (both decode any byte string)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = max(("cp1251", "cp866"),
               key=lambda enc: len(_CYRILLIC_OR_ASCII.findall(data.decode(enc, errors="replace"))))
    return data.decode(best, errors="replace"), best


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number (> 1) of fields.

    Title lines above the table and decimal commas do not fool it, unlike csv.Sniffer.
    """
    import csv
    from collections import Counter

    sample = [line for line in lines[:200] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in (";", ",", "\t", "|"):
        widths: Counter[int] = Counter()
        try:
            for row in csv.reader(sample, delimiter=delimiter):
                widths[len(row)] += 1
        except csv.Error:  # a cell over the field limit: the reader names its line
            pass
        width, count = max(((w, c) for w, c in widths.items() if w > 1),
                           key=lambda wc: (wc[1], wc[0]), default=(0, 0))
        if (count, width) > best_score:
            best, best_score = delimiter, (count, width)
    return best


def _clean_header(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""


def read_table(path: str | Path, header_keys: tuple[str, ...], sheet: str | None = None) -> Table:
    """Read the table whose header row contains any of `header_keys` (case-insensitive).

    Title rows above the header and empty rows are skipped; rows keep their sheet numbers so
    messages can name them.
    """
    path = Path(path)
    raw, sheet_name = _read_raw(path, sheet)
    keys = {k.lower() for k in header_keys}
    header_at = None
    for i, row in enumerate(raw[:HEADER_SEARCH_ROWS]):
        if any(_clean_header(v).lower() in keys for v in row):
            header_at = i
            break
    if header_at is None:
        raise KZError("header_not_found", file=str(path), sheet=sheet_name or path.name,
                      column=" / ".join(header_keys), detail=str(HEADER_SEARCH_ROWS))
    header = [_clean_header(v) for v in raw[header_at]]
    width = len(header)
    body: list[list[Any]] = []
    rows: list[int] = []
    for offset, row in enumerate(raw[header_at + 1:], start=header_at + 2):
        cells = (list(row) + [None] * width)[:width]
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        body.append(cells)
        rows.append(offset)
    names = [h if h else f"column_{i + 1}" for i, h in enumerate(header)]
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        key = name.lower()
        if key in seen:
            from kzplanner.core.io.readers import col_letter

            raise KZError("duplicate_column", file=str(path), sheet=sheet_name or path.name,
                          row=header_at + 1, column=name,
                          detail=f"{col_letter(seen[key])}, {col_letter(i)}")
        seen[key] = i
    frame = pd.DataFrame(body, columns=names, dtype=object)
    illustrative = any(isinstance(v, str) and v.lstrip().upper().startswith(ILLUSTRATIVE_MARK)
                       for row in raw[:header_at] for v in row)
    return Table(frame=frame, rows=rows, file=str(path), sheet=sheet_name,
                 illustrative=illustrative)


class Provenance(dict):
    """Where a frame came from, kept in `DataFrame.attrs`. pandas deep-copies attrs into every
    derived frame and column; provenance is written once and never changed, so it is shared
    instead (copying 10,000 row numbers on each column access took 1.4 s of a 10,000-unit load).
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> Provenance:
        return self


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


def parse_numbers(values: Any, *, table: Table, column: str) -> np.ndarray:
    """A column as floats. A column of numbers (or blanks) converts in one numpy step and is
    checked as a whole (finite, within the column's bound); any other goes cell by cell
    through parse_number, which knows dashes, 'x', spaces, commas and percentages and names
    the bad cell."""
    cells = np.asarray(values, dtype=object)
    if all(type(v) in _PLAIN for v in cells):
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
    for part, whole in part_whole_pairs(frame.columns):
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
