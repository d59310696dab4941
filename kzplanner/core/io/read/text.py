"""CSV and text tables: the one path from bytes to cells. UTF-8 (with or without BOM),
UTF-16/32 (BOM, or UTF-16 without one), CP1251 or CP866; the delimiter that splits the most lines
alike; a quotation mark that swallows lines (`csv_unbalanced_quote`) and a cell over 131,072
characters (`csv_field_too_long`) name the line."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

from kzplanner.core.io.read import safety
from kzplanner.core.io.read.safety import Budget, Sniffed
from kzplanner.core.io.read.sheet import too_large, trim_row
from kzplanner.errors import KZError

_CYRILLIC_OR_ASCII = re.compile(r"[A-Za-z0-9\s.,;:%()\"'\-–—№/а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text of a CSV file and its encoding: the one given, else the one its first bytes announce
    (a BOM, UTF-16's zero bytes: safety.text_encoding), else UTF-8 (with or without BOM), else
    CP1251 or CP866, whichever reads as more Cyrillic/Latin letters (both decode any byte
    string)."""
    if encoding is None:
        encoding = safety.text_encoding(data[:8192]) or ""
    if encoding:
        return data.decode(encoding, errors="replace"), encoding.replace("-sig", "")
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



_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_csv_cells(path: Path, sniffed: Sniffed, budget: Budget) -> list[list[Any]]:
    """The rows of a CSV/TXT file as cells (blanks as None), within safety's limits."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
    text, _encoding = decode_text(data, sniffed.encoding or None)
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
        cells = trim_row([c if c.strip() else None for c in row])
        if cells and (len(rows) >= safety.MAX_ROWS or len(cells) > safety.MAX_COLS):
            raise too_large(path, path.name, start, len(cells))
        total += len(cells)
        if total > safety.MAX_CELLS:
            raise too_large(path, path.name, start, len(cells))
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
