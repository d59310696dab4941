""".xlsx sheets within limits: the sheet's XML is scanned once (without building cells) for how
far its values reach, its merged areas and cells without an address; python-calamine then reads
the values (fast), or openpyxl in read-only mode row by row when cells lack addresses. Merged
areas are kept as ranges, clipped to the used area, never expanded."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kzplanner.core.io.read import safety, xlsx_scan
from kzplanner.core.io.read.row_stream import RowStream, clean_row
from kzplanner.core.io.read.safety import Budget
from kzplanner.core.io.read.sheet import (
    Grid,
    check_extent,
    clip_merges,
    pick_sheet,
    too_large,
    trim_row,
)
from kzplanner.errors import KZError

_LOCAL = re.compile(r"^\{[^}]*\}")


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


def read_xlsx(path: Path, sheet: str | None, sheets_only: bool, budget: Budget,
              head: int = 0, on_scanned: Callable[[], None] | None = None) -> Grid:
    """The sheet's cells within the limits; with `head` (and a sheet python-calamine reads),
    only its first `head` rows in `cells` and the others in `rest` (see Grid). `on_scanned`
    is called once the sheet's extent is known to be within the limits, before its cells are
    parsed (python-calamine parses without Python's lock: a caller may start other work)."""
    with safety.open_checked_xlsx(path) as zf:
        sheets = _workbook_sheets(zf, path)
        names = [n for n, _state, _m in sheets]
        visible = [n for n, state, _m in sheets if state == "visible"
                   and not n.startswith("_kzplanner")]
        if sheets_only:
            if sheet is not None:
                pick_sheet(names, sheet, path)
            return Grid(str(path), None, visible, [])
        name = pick_sheet(visible or names, None, path) if sheet is None else \
            pick_sheet(names, sheet, path)
        member = next(m for n, _s, m in sheets if n == name)
        if member not in zf.namelist():
            raise KZError("file_corrupt", file=str(path), detail=f"sheet “{name}”: no {member}")
        scan = xlsx_scan.scan_sheet(zf, member, path, name, budget)
        beyond = scan.rows > safety.MAX_ROWS if scan.without_ref else not xlsx_scan.within(scan)
        if beyond and not scan.exact:  # a bound beyond the limits: the exact extent decides
            scan = xlsx_scan.scan_sheet(zf, member, path, name, budget, exact=True)
    cells = None
    if not scan.without_ref:
        check_extent(path, name, scan.rows, scan.cols)
        if on_scanned is not None:
            on_scanned()
        streamed = _calamine_stream(path, name, head, budget) if head else None
        if streamed is not None:
            first, rest = streamed
            return Grid(str(path), name, visible or names, first,
                        clip_merges(scan.merges, first), rest=rest)
        cells = _calamine_cells(path, name)
    elif scan.rows > safety.MAX_ROWS:  # rows are numbered even where cells are not
        raise too_large(path, name, scan.rows, scan.cols)
    if cells is None:
        cells = _openpyxl_cells(path, name, budget)
    budget.check()
    return Grid(str(path), name, visible or names, cells, clip_merges(scan.merges, cells))


def _open_calamine(path: Path) -> tuple[Any, Any]:
    """(workbook, open file or None) through python-calamine; the caller closes both."""
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        # by name where the name says what the content is (a zip, read_grid sniffed it):
        # calamine then reads the file without Python's lock, where a file object would call
        # back into Python (and wait for the lock) for every piece it reads
        return CalamineWorkbook.from_path(str(path)), None
    fh = path.open("rb")  # the open file: the format comes from the content, not the name
    try:
        return CalamineWorkbook.from_filelike(fh), fh
    except BaseException:
        fh.close()
        raise


def _calamine_cells(path: Path, name: str) -> list[list[Any]] | None:
    """Values through python-calamine (Rust, ~10× faster than openpyxl); None when it cannot
    read the file (openpyxl then gives the specific message). Only called once the sheet's
    extent is known to be within the limits: calamine allocates the whole rectangle."""
    try:
        wb, fh = _open_calamine(path)
        try:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        finally:
            wb.close()
            if fh is not None:
                fh.close()
    except Exception:  # noqa: BLE001 - any failure falls back to openpyxl's diagnosis
        return None
    return [clean_row(row) for row in rows]


def _calamine_stream(path: Path, name: str, head: int, budget: Budget
                     ) -> tuple[list[list[Any]], RowStream] | None:
    """The sheet's first `head` rows (each as _calamine_cells gives it) and the others as a
    RowStream; None when calamine cannot read the file. A row's Python values are made when it
    is reached, so a reader that converts the rows part by part never holds them all (a
    200,000-row register's cells took ~200 MB as Python objects at once); calamine's own copy
    of the sheet is freed when the stream ends or is dropped."""
    try:
        wb, fh = _open_calamine(path)
    except Exception:  # noqa: BLE001 - any failure falls back to openpyxl's diagnosis
        return None

    def close() -> None:
        wb.close()
        if fh is not None:
            fh.close()

    try:
        ws = wb.get_sheet_by_name(name)
        start = ws.start
        source = iter(ws.iter_rows()) if start is not None else iter(())
    except Exception:  # noqa: BLE001 - as above
        close()
        return None
    # iter_rows gives the rows above the first filled one (as empty rows) but starts each row
    # at the first filled column: the columns left of it are put back, as to_python's
    # skip_empty_area=False has them (tests/core/test_xlsx_stream.py checks the two agree)
    rest = RowStream(source, start[1] if start is not None else 0, budget, close)
    try:
        first = rest.take(head)
    except KZError:
        raise
    except Exception:  # noqa: BLE001 - as above
        rest.close()
        return None
    return first, rest


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
            values = trim_row(list(row))
            if not values:
                if i < safety.MAX_ROWS:
                    cells.append([])
                continue
            if i >= safety.MAX_ROWS or len(values) > safety.MAX_COLS:
                raise too_large(path, name, i + 1, len(values))
            total += len(values)
            if total > safety.MAX_CELLS:
                raise too_large(path, name, i + 1, max(len(r) for r in cells + [values]))
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
