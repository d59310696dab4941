"""How far an .xlsx sheet's values reach, read from its XML without building a cell: the
addresses of its cells and rows, its merged areas and whether some cells have no address. Pieces
of about 1 MB are first bounded by cheap patterns (never below the truth); only where a bound is
not within the limits are the addresses read one by one."""

from __future__ import annotations

import functools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from kzplanner.core.io.read import safety
from kzplanner.core.io.read.safety import Budget
from kzplanner.core.io.read.sheet import col_letter, col_number
from kzplanner.errors import KZError

# Addresses in a sheet's XML: r="B12" on cells, r="12" on rows. A piece of the XML is first
# bounded (_bound); where the bound is not within the limits, its addresses are read one by
# one (_ROW_NUMBER, _COLUMN).
_ROW_NUMBER = re.compile(rb'\br="[A-Z]{0,3}([0-9]{1,9})"')
_COLUMN = re.compile(rb'\br="([A-Z]{1,3})[0-9]')
_CELL_WITHOUT_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])(?![^>]*\br=")')
# a cell whose first attribute is not its address (or that has none): _CELL_WITHOUT_REF decides
_MAYBE_WITHOUT_REF = re.compile(rb'<c(?:>|/>|\s+(?!r="))')
_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref="([A-Z]{1,3})([0-9]{1,9})'
                    rb'(?::([A-Z]{1,3})([0-9]{1,9}))?"')
QUICK_COLS = 26  # what a piece without two- or three-letter columns reaches at most
# Bounds without a match object per cell: the same addresses found by their literal 'r="'
# (a superset of the exact patterns' matches, so a bound is never below the truth). A piece
# with no address of k digits or more stays below row 10^(k-1); with no three-letter column,
# its widest column is among its (few) two-letter ones.
_DIGITS_AT_LEAST = {k: re.compile(rb'r="[A-Z]{0,3}[0-9]{%d}' % k) for k in (3, 4, 5, 6)}
_COL3 = re.compile(rb'r="[A-Z]{3}[0-9]')
_SMALL_BEYOND = re.compile(rb'r="(?:[A-Z]{3}[0-9]|[A-Z]{0,2}[0-9]{4})')
_COL2 = re.compile(rb'r="([A-Z]{2})[0-9]')


@dataclass
class Scan:
    rows: int = 0  # how far the addressed rows and cells reach (1-based; 0: nothing)
    cols: int = 0
    exact: bool = True  # False: some pieces were only bounded (rows, cols are bounds)
    without_ref: bool = False
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


PIECE = 1 << 20  # bytes of XML a piece holds at least (the last one excepted)
# each read of the inflated XML: below core.memory.LARGE_BLOCK, so these reads are served from
# the heap and reused, not mapped and faulted in afresh each time (with 1 MB reads, four new
# 1 MB blocks a piece made the scan of a 151 MB sheet ~0.45 s slower: 1.22 s against 0.77 s)
READ = 128 * 1024


def _pieces(zf: zipfile.ZipFile, member: str, path: Path, budget: Budget):
    """The member's XML in pieces of about PIECE bytes, each cut before a '<'; one block of
    a piece's size is made per piece (the join)."""
    tail = b""
    try:
        with zf.open(member) as fh:
            while True:
                budget.check()
                chunks, size = [tail], len(tail)
                while size < PIECE:
                    chunk = fh.read1(READ)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                if size < PIECE:  # the end of the member
                    if size:
                        yield b"".join(chunks)
                    return
                cut = chunks[-1].rfind(b"<")
                if cut > 0:  # the usual case: the cut falls in the last read
                    last = chunks[-1]
                    chunks[-1], tail = last[:cut], last[cut:]
                    yield b"".join(chunks)
                    continue
                buf = b"".join(chunks)
                cut = buf.rfind(b"<")
                body, tail = (buf[:cut], buf[cut:]) if cut > 0 else (buf, b"")
                yield body
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as exc:
        raise KZError("file_corrupt", file=str(path), detail=member) from exc


def scan_sheet(zf: zipfile.ZipFile, member: str, path: Path, sheet: str,
                budget: Budget, *, exact: bool = False) -> Scan:
    """How far the sheet's addresses reach, whether some cells have none, and its merged
    areas, in one pass over its XML (no cell is built). Pieces of the XML are only bounded
    (_bound) where that is enough, unless `exact`."""
    scan = Scan()
    for body in _pieces(zf, member, path, budget):
        bound = None if exact else _carried(body, scan) or _bound(body)
        if bound is not None:
            scan.rows, scan.cols = max(scan.rows, bound[0]), max(scan.cols, bound[1])
            scan.exact = scan.exact and bound == (0, 0)
        else:
            rows = _ROW_NUMBER.findall(body)
            if rows:
                scan.rows = max(scan.rows, max(map(int, rows)))
            for letters in set(_COLUMN.findall(body)):
                scan.cols = max(scan.cols, col_number(letters))
        if not scan.without_ref and (_MAYBE_WITHOUT_REF.search(body) or b":c " in body):
            scan.without_ref = bool(_CELL_WITHOUT_REF.search(body))
        if b"mergeCell" in body:
            for c0, r0, c1, r1 in _MERGE.findall(body):
                scan.merges.append((int(r0) - 1, col_number(c0) - 1,
                                    int(r1 or r0) - 1, col_number(c1 or c0) - 1))
                if len(scan.merges) > safety.MAX_MERGES:
                    raise KZError("too_many_merged_cells", file=str(path), sheet=sheet,
                                  detail=f"> {safety.MAX_MERGES:,}".replace(",", " "))
    return scan


def _carried(body: bytes, scan: Scan) -> tuple[int, int] | None:
    """The bound so far carried over a piece in one scan, when none of its addresses goes
    beyond that bound's columns or the piece's last row (the common case: a long sheet's
    later pieces, rows ascending, no wider than its first); None when one does (or nothing is
    known yet): _bound decides. The rows then reached are the piece's last row, as exact as
    the columns carried."""
    if scan.cols <= 0 or scan.cols >= 18_278 or not within(scan):
        return None
    last = _last_address(body)
    if last is None:
        return None
    number = last.group(2).lstrip(b"0") or b"0"
    rows = max(scan.rows, _round_up(int(number)))
    if _beyond(rows, scan.cols).search(body):
        return None
    return rows, scan.cols


def _round_up(rows: int) -> int:
    """`rows` with all but its first two digits made 9s (200,003 → 209,999): a bound at most
    10 % looser that a long sheet's pieces share, so its pattern is compiled once for many
    pieces, not once per piece (0.8 ms each; a bound beyond the limits is made exact by
    read_xlsx's second scan)."""
    digits = str(rows)
    return int(digits[:2] + "9" * (len(digits) - 2)) if len(digits) > 2 else rows


@functools.lru_cache(maxsize=64)
def _beyond(rows: int, cols: int) -> re.Pattern[bytes]:
    """Addresses with a row above `rows` or a column right of `cols` (a superset: the
    caller then bounds the piece the slower way, never under-counts). Compiled once per
    bound (see _round_up)."""
    letters = col_letter(cols - 1).encode()
    n = len(letters)
    alts = [rb"[A-Z]{%d,3}[0-9]" % (n + 1)] if n < 3 else []
    for i, ch in enumerate(letters):
        if ch != ord("Z"):
            alts.append(letters[:i] + rb"[%c-Z]" % (ch + 1) + rb"[A-Z]" * (n - i - 1)
                        + rb"[0-9]")
    return re.compile(rb'r="(?:' + b"|".join(alts + [_rows_above(str(rows).encode())]) + b")")


def _bound(body: bytes) -> tuple[int, int] | None:
    """(rows, columns) that a piece's addresses stay within, found by a few scans at C speed;
    None when only reading every address tells (six-digit rows or three-letter columns)."""
    if b'r="' not in body:
        return (0, 0)
    if not _SMALL_BEYOND.search(body):  # the common case in one pass: within ZZ999, which
        return 999, 702  # is within every limit (safety.MAX_ROWS, MAX_COLS, MAX_CELLS)
    for k in (4, 5, 6):
        if not _DIGITS_AT_LEAST[k].search(body):
            rows = 10 ** (k - 1) - 1
            break
    else:
        found = _rows_within(body)
        if found is None:
            return None
        rows = found
    if _COL3.search(body):
        return None
    two = set(_COL2.findall(body))
    if two:
        return rows, max(map(col_number, two))
    return rows, _one_letter_columns(body) or QUICK_COLS


_LAST = re.compile(rb'r="([A-Z]{0,3})([0-9]{1,9})"')


def _above(number: bytes) -> re.Pattern[bytes]:
    """Addresses whose row is above `number` (digits, no leading zero): as many digits and
    greater at the first digit that differs, or more digits (a leading zero there is taken as
    above too: the caller then reads every address, never under-counts)."""
    return re.compile(rb'r="' + _rows_above(number))


def _rows_above(number: bytes) -> bytes:
    """_above's pattern after 'r="'."""
    n = len(number)
    alts = [rb"[0-9]{%d,}" % (n + 1)]
    for i, ch in enumerate(number):
        if ch != ord("9"):
            alts.append(number[:i] + rb"[%c-9]" % (ch + 1) + rb"[0-9]" * (n - i - 1))
    # possessive (Python 3.11): letters are never digits, so giving some back never helps,
    # and not trying to makes the scan ~1/4 faster
    return rb'[A-Z]{0,3}+(?:' + b"|".join(alts) + rb')"'



def _last_address(body: bytes) -> re.Match[bytes] | None:
    """The piece's last address (r="N12" or r="12"; not, say, footer="0.5")."""
    end = len(body)
    for _ in range(100):
        i = body.rfind(b'r="', 0, end)
        if i < 0:
            return None
        if i == 0 or not (body[i - 1:i].isalnum() or body[i - 1:i] in b"_:-."):
            return _LAST.match(body, i)
        end = i
    return None


def _one_letter_columns(body: bytes) -> int:
    """The highest one-letter column of a piece's addresses (0: none), by halving A–Z with a
    scan each (about five scans, no match object per cell)."""
    if not re.search(rb'r="[A-Z][0-9]', body):
        return 0
    lo, hi = 1, 26  # a column in [lo, hi] is present, none above hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if re.search(rb'r="[%c-%c][0-9]' % (64 + mid, 64 + hi), body):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _rows_within(body: bytes) -> int | None:
    """The exact highest row of a piece whose rows ascend (as every writer writes them): the
    last address's row, when one scan finds none above it; None otherwise (unordered rows:
    the caller reads every address). A 200,003-row register is then bounded at its last row,
    not at 999,999 (which with a few columns would pass MAX_CELLS and make every address of
    the sheet be read)."""
    last = _last_address(body)
    if last is None:
        return None
    number = last.group(2).lstrip(b"0") or b"0"
    return None if _above(number).search(body) else int(number)


def within(scan: Scan) -> bool:
    rows, cols = scan.rows, scan.cols  # exact, or bounds (never below the truth)
    return rows <= safety.MAX_ROWS and cols <= safety.MAX_COLS and rows * cols <= safety.MAX_CELLS
