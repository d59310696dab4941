"""The cells of one sheet (or CSV file), read within limits, whatever the file's name says.

`read_cells` is the one reader behind layout.read_grid (detection, the import wizard, mappings)
and tables.read_table (canonical statistics, registers, actuals). It decides the format by
content (safety.sniff), reads only the sheet asked for, and refuses with a KZError naming the
limit (safety.MAX_ROWS, MAX_COLS, MAX_CELLS, MAX_MERGES, READ_SECONDS) instead of expanding a
hostile file cell by cell:

- .xlsx: the sheet's XML is scanned once (without building cells) for how far its values reach,
  its merged areas and cells without an address; python-calamine then reads the values (fast),
  or openpyxl in read-only mode row by row when cells lack addresses. Merged areas are kept as
  ranges, clipped to the used area, never expanded.
- .xls: xlrd loads only the sheet asked for (on demand, ragged rows).
- CSV/TXT: UTF-8 (with or without BOM), UTF-16/32 (BOM, or UTF-16 without one), CP1251 or
  CP866; a quotation mark that swallows lines (`csv_unbalanced_quote`) and a cell over 131,072
  characters (`csv_field_too_long`) name the line.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzplanner.core.io import safety
from kzplanner.core.io.safety import Budget, Sniffed
from kzplanner.errors import KZError

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")


@dataclass
class RawSheet:
    file: str
    sheet: str | None
    sheets: list[str]
    cells: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based, inclusive


def col_letter(index: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def _col_number(letters: bytes | str) -> int:
    """'A' → 1, 'AA' → 27 (1-based)."""
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + ord(ch) - 64
    return n


def pick_sheet(names: list[str], wanted: str | None, path: Path) -> str:
    if not names:
        raise KZError("workbook_empty", file=str(path))
    if wanted is None:
        return names[0]
    if wanted in names:
        return wanted
    low = {n.strip().lower(): n for n in names}
    if wanted.strip().lower() in low:
        return low[wanted.strip().lower()]
    raise KZError("sheet_missing", file=str(path), sheet=wanted, detail=", ".join(names))


def read_cells(path: str | Path, sheet: str | None = None, *, sheets_only: bool = False,
               seconds: float | None = None) -> RawSheet:
    """One sheet's cells (the first visible one when `sheet` is None) with its merged areas;
    with `sheets_only`, only the sheet names (a named `sheet` checked)."""
    path = Path(path)
    try:
        exists = path.exists()
    except OSError as exc:  # a path the system refuses to look at
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
    if not exists:
        raise KZError("file_not_found", file=str(path))
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + WORKBOOK_SUFFIXES:
        raise KZError("file_unreadable", file=str(path), detail=f"unsupported file type {suffix}")
    safety.check_size(path)
    budget = Budget(path, seconds)
    sniffed = safety.sniff(path)
    if sniffed.kind == "ole":
        return _read_xls(path, sheet, sheets_only, budget)
    if sniffed.kind == "zip":
        return _read_xlsx(path, sheet, sheets_only, budget)
    safety.refuse_unreadable(path, sniffed)
    return RawSheet(str(path), None, [], [] if sheets_only else _read_csv(path, sniffed, budget))


# ---------------------------------------------------------------- .xlsx

_LOCAL = re.compile(r"^\{[^}]*\}")
# Addresses in a sheet's XML: r="B12" on cells, r="12" on rows. A piece of the XML without a
# two-letter column or a six-digit row (_WIDE_OR_DEEP) reaches at most Z99999; else its
# addresses are read one by one (_ROW_NUMBER, _COLUMN).
_WIDE_OR_DEEP = re.compile(rb'\br="(?:[A-Z]{2}|[A-Z]{0,3}[0-9]{6})')
_ROW_NUMBER = re.compile(rb'\br="[A-Z]{0,3}([0-9]{1,9})"')
_COLUMN = re.compile(rb'\br="([A-Z]{1,3})[0-9]')
_CELL_WITHOUT_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])(?![^>]*\br=")')
_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref="([A-Z]{1,3})([0-9]{1,9})'
                    rb'(?::([A-Z]{1,3})([0-9]{1,9}))?"')
QUICK_ROWS, QUICK_COLS = 99_999, 26  # what a piece without _WIDE_OR_DEEP reaches at most


def _tag(element: Any) -> str:
    return _LOCAL.sub("", element.tag)


def _attr(element: Any, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _LOCAL.sub("", key) == name:
            return value
    return None


def _workbook_sheets(zf: zipfile.ZipFile, path: Path) -> list[tuple[str, str, str]]:
    """(name, state, member) of each worksheet, in workbook order, from workbook.xml and its
    relationships (small XML files, parsed without entities: safety.check_xlsx ran)."""
    import posixpath
    import xml.etree.ElementTree as ET

    def xml(member: str) -> Any:
        info = zf.getinfo(member)
        if info.file_size > 20 * 1024 * 1024:
            raise KZError("file_corrupt", file=str(path), detail=f"{member}: too large")
        try:
            return ET.fromstring(zf.read(member))
        except (ET.ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise KZError("file_corrupt", file=str(path), detail=member) from exc

    book = xml("xl/workbook.xml")
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, tuple[str, str]] = {}
    if rels_name in zf.namelist():
        for rel in xml(rels_name).iter():
            if _tag(rel) == "Relationship":
                target = (rel.get("Target") or "").replace("\\", "/")
                member = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join("xl", target))
                targets[rel.get("Id") or ""] = (member, (rel.get("Type") or "").rsplit("/", 1)[-1])
    sheets = []
    for el in book.iter():
        if _tag(el) != "sheet":
            continue
        member, kind = targets.get(_attr(el, "id") or "", ("", ""))
        if kind and kind != "worksheet":
            continue  # chart and dialog sheets hold no table
        sheets.append((el.get("name") or "", el.get("state") or "visible", member))
    return sheets


@dataclass
class _Scan:
    rows: int = 0  # how far the addressed rows and cells reach (1-based; 0: nothing)
    cols: int = 0
    exact: bool = True  # False: some pieces were only bounded (QUICK_ROWS × QUICK_COLS)
    without_ref: bool = False
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


def _pieces(zf: zipfile.ZipFile, member: str, path: Path, budget: Budget):
    """The member's XML in pieces of about 1 MB, each cut before a '<'."""
    tail = b""
    try:
        with zf.open(member) as fh:
            while True:
                budget.check()
                chunk = fh.read(1 << 20)
                buf = tail + chunk
                if not chunk:
                    if buf:
                        yield buf
                    return
                cut = buf.rfind(b"<")
                body, tail = (buf[:cut], buf[cut:]) if cut > 0 else (buf, b"")
                yield body
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as exc:
        raise KZError("file_corrupt", file=str(path), detail=member) from exc


def _scan_sheet(zf: zipfile.ZipFile, member: str, path: Path, sheet: str,
                budget: Budget, *, exact: bool = False) -> _Scan:
    """How far the sheet's addresses reach, whether some cells have none, and its merged
    areas, in one pass over its XML (no cell is built). Pieces of the XML that stay within
    Z99999 are only bounded, unless `exact`."""
    scan = _Scan()
    for body in _pieces(zf, member, path, budget):
        if exact or _WIDE_OR_DEEP.search(body):
            rows = _ROW_NUMBER.findall(body)
            if rows:
                scan.rows = max(scan.rows, max(map(int, rows)))
            for letters in set(_COLUMN.findall(body)):
                scan.cols = max(scan.cols, _col_number(letters))
        elif b' r="' in body:
            scan.exact = False
        if not scan.without_ref:
            plain = body.count(b"<c ") + body.count(b"<c>") + body.count(b"<c/>")
            if plain != body.count(b'<c r="') or (not plain and b":c " in body):
                scan.without_ref = bool(_CELL_WITHOUT_REF.search(body))
        if b"mergeCell" in body:
            for c0, r0, c1, r1 in _MERGE.findall(body):
                scan.merges.append((int(r0) - 1, _col_number(c0) - 1,
                                    int(r1 or r0) - 1, _col_number(c1 or c0) - 1))
                if len(scan.merges) > safety.MAX_MERGES:
                    raise KZError("too_many_merged_cells", file=str(path), sheet=sheet,
                                  detail=f"> {safety.MAX_MERGES:,}".replace(",", " "))
    return scan


def _within(scan: _Scan) -> bool:
    rows = scan.rows if scan.exact else max(scan.rows, QUICK_ROWS)
    cols = scan.cols if scan.exact else max(scan.cols, QUICK_COLS)
    return rows <= safety.MAX_ROWS and cols <= safety.MAX_COLS and rows * cols <= safety.MAX_CELLS


def _too_large(path: Path, sheet: str, rows: int, cols: int) -> KZError:
    def n(x: int) -> str:
        return f"{x:,}".replace(",", "\u202f")

    limit = f"{n(safety.MAX_ROWS)} × {n(safety.MAX_COLS)}; {n(safety.MAX_CELLS)}"
    return KZError("sheet_too_large", file=str(path), sheet=sheet, row=rows,
                   column=col_letter(max(cols, 1) - 1), detail=limit)


def _check_extent(path: Path, sheet: str, rows: int, cols: int) -> None:
    if rows > safety.MAX_ROWS or cols > safety.MAX_COLS or rows * cols > safety.MAX_CELLS:
        raise _too_large(path, sheet, rows, cols)


def _read_xlsx(path: Path, sheet: str | None, sheets_only: bool, budget: Budget) -> RawSheet:
    safety.check_xlsx(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise KZError("file_corrupt", file=str(path), detail=type(exc).__name__) from exc
    with zf:
        sheets = _workbook_sheets(zf, path)
        names = [n for n, _state, _m in sheets]
        visible = [n for n, state, _m in sheets if state == "visible"
                   and not n.startswith("_kzplanner")]
        if sheets_only:
            if sheet is not None:
                pick_sheet(names, sheet, path)
            return RawSheet(str(path), None, visible, [])
        name = pick_sheet(visible or names, None, path) if sheet is None else \
            pick_sheet(names, sheet, path)
        member = next(m for n, _s, m in sheets if n == name)
        if member not in zf.namelist():
            raise KZError("file_corrupt", file=str(path), detail=f"sheet “{name}”: no {member}")
        scan = _scan_sheet(zf, member, path, name, budget)
        if not scan.without_ref and not _within(scan) and not scan.exact:
            scan = _scan_sheet(zf, member, path, name, budget, exact=True)
    cells = None
    if not scan.without_ref:
        _check_extent(path, name, scan.rows, scan.cols)
        cells = _calamine_cells(path, name)
    elif scan.rows > safety.MAX_ROWS:  # rows are numbered even where cells are not
        raise _too_large(path, name, scan.rows, scan.cols)
    if cells is None:
        cells = _openpyxl_cells(path, name, budget)
    budget.check()
    return RawSheet(str(path), name, visible or names, cells, _clip(scan.merges, cells))


def _calamine_cells(path: Path, name: str) -> list[list[Any]] | None:
    """Values through python-calamine (Rust, ~10× faster than openpyxl); None when it cannot
    read the file (openpyxl then gives the specific message). Only called once the sheet's
    extent is known to be within the limits: calamine allocates the whole rectangle."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:  # from the open file, so that the format comes from the content, not the name
        with path.open("rb") as fh, CalamineWorkbook.from_filelike(fh) as wb:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001 - any failure falls back to openpyxl's diagnosis
        return None
    return [_trim([None if (isinstance(c, str) and c == "") else c for c in row])
            for row in rows]


def _trim(row: list[Any]) -> list[Any]:
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end] if end < len(row) else row


def _openpyxl_cells(path: Path, name: str, budget: Budget) -> list[list[Any]]:
    """Values row by row through openpyxl's read-only reader, within the limits."""
    import warnings

    import openpyxl

    fh = path.open("rb")  # a file object: openpyxl refuses names not ending in .xlsx
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        fh.close()
        raise KZError("file_corrupt", file=str(path), detail=type(exc).__name__) from exc
    except Exception as exc:  # openpyxl raises many types for damaged files
        fh.close()
        raise KZError("file_unreadable", file=str(path), detail=type(exc).__name__) from exc
    cells: list[list[Any]] = []
    total = 0
    try:
        ws = wb[name]
        if not hasattr(ws, "iter_rows"):
            raise KZError("sheet_missing", file=str(path), sheet=name,
                          detail=", ".join(wb.sheetnames))
        ws.reset_dimensions()  # the stored dimension may lie, either way
        for i, row in enumerate(ws.iter_rows(values_only=True, max_row=safety.MAX_ROWS + 1,
                                             max_col=safety.MAX_COLS + 1)):
            if i % 1000 == 0:
                budget.check()
            values = _trim(list(row))
            if not values:
                if i < safety.MAX_ROWS:
                    cells.append([])
                continue
            if i >= safety.MAX_ROWS or len(values) > safety.MAX_COLS:
                raise _too_large(path, name, i + 1, len(values))
            total += len(values)
            if total > safety.MAX_CELLS:
                raise _too_large(path, name, i + 1, max(len(r) for r in cells + [values]))
            cells.append(values)
    except KZError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet surfaces as many error types
        raise KZError("file_corrupt", file=str(path), detail=type(exc).__name__) from exc
    finally:
        wb.close()
        fh.close()
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _clip(merges: list[tuple[int, int, int, int]],
          cells: list[list[Any]]) -> list[tuple[int, int, int, int]]:
    """Merged areas inside the used area, cut at its edge (a merge over the whole sheet
    becomes one over the table, never a million cells)."""
    last_row = len(cells) - 1
    last_col = max((len(r) for r in cells), default=0) - 1
    out = []
    for r0, c0, r1, c1 in merges:
        r0, r1 = min(r0, r1), max(r0, r1)
        c0, c1 = min(c0, c1), max(c0, c1)
        if r0 > last_row or c0 > last_col or r0 < 0 or c0 < 0:
            continue
        out.append((r0, c0, min(r1, last_row), min(c1, last_col)))
    return out


# ---------------------------------------------------------------- .xls

def _read_xls(path: Path, sheet: str | None, sheets_only: bool, budget: Budget) -> RawSheet:
    kind = safety.ole_kind(path)
    if kind == "encrypted":
        raise KZError("workbook_encrypted", file=str(path))
    if kind != "xls":
        raise KZError("not_a_table_file", file=str(path), detail=kind)
    try:
        import xlrd
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise KZError("file_unreadable", file=str(path),
                      detail="reading .xls needs the 'xlrd' package") from exc
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True,
                                  ragged_rows=True, logfile=io.StringIO())
    except xlrd.biffh.XLRDError as exc:
        code = "workbook_encrypted" if "encrypt" in str(exc).lower() else "file_corrupt"
        raise KZError(code, file=str(path), detail=str(exc)[:200]) from exc
    except KZError:
        raise
    except Exception as exc:  # noqa: BLE001 - xlrd raises many types for damaged files
        raise KZError("file_corrupt", file=str(path), detail=type(exc).__name__) from exc
    try:
        names = book.sheet_names()
        states = list(getattr(book, "_sheet_visibility", []) or [])
        visible = [n for k, n in enumerate(names) if (states[k] if k < len(states) else 0) == 0]
        if sheets_only:
            if sheet is not None:
                pick_sheet(names, sheet, path)
            return RawSheet(str(path), None, names, [])
        name = pick_sheet(visible or names, None, path) if sheet is None else \
            pick_sheet(names, sheet, path)
        try:
            sh = book.sheet_by_name(name)
        except Exception as exc:  # noqa: BLE001
            raise KZError("file_corrupt", file=str(path), detail=f"sheet “{name}”") from exc
        if len(sh.merged_cells) > safety.MAX_MERGES:
            raise KZError("too_many_merged_cells", file=str(path), sheet=name,
                          detail=f"{len(sh.merged_cells):,} > {safety.MAX_MERGES:,}"
                          .replace(",", " "))
        cells: list[list[Any]] = []
        total = 0
        for r in range(sh.nrows):
            if r % 1000 == 0:
                budget.check()
            types, values = sh.row_types(r), sh.row_values(r)
            row = _trim([_xls_value(t, v, book.datemode)
                         for t, v in zip(types, values, strict=False)])
            total += len(row)
            if r >= safety.MAX_ROWS or len(row) > safety.MAX_COLS or total > safety.MAX_CELLS:
                if row:
                    raise _too_large(path, name, r + 1, len(row))
            cells.append(row)
        while cells and not cells[-1]:
            cells.pop()
        merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells]
    finally:
        book.release_resources()
    return RawSheet(str(path), name, names, cells, _clip(merged, cells))


def _xls_value(ctype: int, value: Any, datemode: int) -> Any:
    """A BIFF cell as openpyxl would give it: TRUE/FALSE as booleans (xlrd gives 1/0), an
    error as its text (#DIV/0!), a date as a date; empty and blank cells as None."""
    import xlrd

    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERROR")
    if ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, datemode)
        except Exception:  # noqa: BLE001 - an impossible date stays its serial number's text
            return f"#DATE {value}"
    return value


# ---------------------------------------------------------------- CSV

def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text of a CSV file and its encoding: the one its first bytes announce (a BOM, UTF-16's
    zero bytes), else UTF-8, else CP1251 or CP866, whichever reads as more letters."""
    from kzplanner.core.io.tables import decode_text

    if encoding is None:
        encoding = safety.text_encoding(data[:8192]) or ""
    if encoding:
        return data.decode(encoding, errors="replace"), encoding.replace("-sig", "")
    return decode_text(data)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _read_csv(path: Path, sniffed: Sniffed, budget: Budget) -> list[list[Any]]:
    from kzplanner.core.io.tables import sniff_delimiter

    try:
        data = path.read_bytes()
    except OSError as exc:
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
    text, _encoding = decode_bytes(data, sniffed.encoding or None)
    del data
    head = text[:200_000].splitlines()[:200]
    delimiter = sniff_delimiter(head)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Any]] = []
    total = 0
    line = 0
    while True:
        if len(rows) % 2000 == 0:
            budget.check()
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise KZError("csv_field_too_long", file=str(path), sheet=path.name, row=start,
                              detail=f"{csv.field_size_limit():,}".replace(",", " ")) from exc
            raise KZError("file_corrupt", file=str(path),
                          detail=f"line {reader.line_num}: {exc}") from exc
        line = reader.line_num
        if line > start:
            _check_quotes(path, row, delimiter, start, line, text)
        cells = _trim([c if c.strip() else None for c in row])
        if cells and (len(rows) >= safety.MAX_ROWS or len(cells) > safety.MAX_COLS):
            raise _too_large(path, path.name, start, len(cells))
        total += len(cells)
        if total > safety.MAX_CELLS:
            raise _too_large(path, path.name, start, len(cells))
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _check_quotes(path: Path, row: list[str], delimiter: str, start: int, end: int,
                  text: str) -> None:
    """A row that runs over several lines: refused when a quoted cell swallowed what looks like
    other rows (a line break followed by the delimiter), or when its quote never closes. A cell
    with line breaks but no delimiter (a long header Excel saved) is kept."""
    opened = start
    for value in row:
        breaks = _LINE_BREAK.findall(value)
        if breaks and any(delimiter in part for part in _LINE_BREAK.split(value)[1:]):
            raise KZError("csv_unbalanced_quote", file=str(path), sheet=path.name, row=opened,
                          detail=str(end))
        opened += len(breaks)
    if end >= _line_count(text):  # the last row: does its quote ever close?
        lines = _LINE_BREAK.split(text)[start - 1:end]
        if sum(part.count('"') for part in lines) % 2:
            raise KZError("csv_unbalanced_quote", file=str(path), sheet=path.name, row=start,
                          detail=str(end))


def _line_count(text: str) -> int:
    return len(_LINE_BREAK.findall(text)) + (0 if _LINE_BREAK.search(text[-2:] or "x") else 1)
