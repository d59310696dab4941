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
MISSING_MARKS = frozenset({"", "x", "х", "…", "...", "n/a", "na", "nan", "none"})
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
    suffix = path.suffix.lower()
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    from kzplanner.core.io.safety import check_size, check_xlsx

    if suffix == ".csv" or suffix == ".txt":
        check_size(path)
        return _read_csv_raw(path), None
    if suffix in (".xlsx", ".xlsm"):
        check_xlsx(path)
        fast = _read_xlsx_calamine(path, sheet)
        if fast is not None:
            return fast
        import openpyxl

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for corrupt files
            raise KZError("file_unreadable", file=str(path), detail=type(exc).__name__) from exc
        try:
            name = _choose_sheet(wb.sheetnames, sheet, path)
            rows = [list(r) for r in wb[name].iter_rows(values_only=True)]
        finally:
            wb.close()
        return rows, name
    if suffix == ".xls":
        from kzplanner.core.io.layout import read_grid

        grid = read_grid(path, sheet)  # checked reading (encryption, damage) via xlrd
        return grid.cells, grid.sheet
    raise KZError("file_unreadable", file=str(path), detail=f"unsupported file type {suffix}")


def _read_xlsx_calamine(path: Path, sheet: str | None) -> tuple[list[list[Any]], str] | None:
    """Cell values through python-calamine (Rust, ~10× faster than openpyxl); None when it
    cannot read the file, so that openpyxl gives the specific message."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception:  # noqa: BLE001 - any failure falls back to openpyxl's diagnosis
        return None
    name = _choose_sheet(list(wb.sheet_names), sheet, path)
    try:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001
        return None
    return [[None if (isinstance(c, str) and c == "") else c for c in row] for row in rows], name


def _choose_sheet(names: list[str], wanted: str | None, path: Path) -> str:
    if wanted is None:
        return names[0]
    if wanted in names:
        return wanted
    raise KZError("sheet_missing", file=str(path), sheet=wanted, detail=", ".join(names))


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
        widths = Counter(len(row) for row in csv.reader(sample, delimiter=delimiter))
        width, count = max(((w, c) for w, c in widths.items() if w > 1),
                           key=lambda wc: (wc[1], wc[0]), default=(0, 0))
        if (count, width) > best_score:
            best, best_score = delimiter, (count, width)
    return best


def _read_csv_raw(path: Path) -> list[list[Any]]:
    import csv

    text, _encoding = decode_text(path.read_bytes())
    lines = text.splitlines()
    return [list(r) for r in csv.reader(lines, delimiter=sniff_delimiter(lines))]


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

    Raises KZError('bad_number') naming file, sheet, row and column otherwise.
    """
    if value is None:
        return math.nan
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
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
        raise KZError("bad_number", file=table.file, sheet=table.sheet or Path(table.file).name,
                      row=table.rows[index], column=column, detail=text) from None
    return number / 100.0 if percent else number


def parse_numbers(values: Any, *, table: Table, column: str) -> np.ndarray:
    """A column as floats. A column of numbers (or blanks) converts in one numpy step; any other
    goes cell by cell through parse_number, which knows dashes, 'x', spaces, commas and
    percentages and names the bad cell."""
    cells = np.asarray(values, dtype=object)
    try:
        return np.array(cells, dtype=float)
    except (TypeError, ValueError):
        return np.array([parse_number(v, table=table, index=i, column=column)
                         for i, v in enumerate(cells)], dtype=float)


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
