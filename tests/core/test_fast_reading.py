"""The sheet scan's cheap bounds (core/io/read/xlsx_scan._bound) never fall below the addresses a
piece of sheet XML really holds, checked against every address read one by one; and a long
register's ascending rows are bounded at their last row (so it is not read twice)."""

from __future__ import annotations

import random
import re

from kzplanner.core.io.read import xlsx_scan
from kzplanner.core.io.read.sheet import col_number

ADDRESS = re.compile(rb'\br="([A-Z]{0,3})([0-9]{1,9})"')


def _letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _exact(body: bytes) -> tuple[int, int]:
    rows = cols = 0
    for letters, digits in ADDRESS.findall(body):
        rows = max(rows, int(digits))
        if letters:
            cols = max(cols, col_number(letters))
    return rows, cols


def _body(rng: random.Random, first: int, n: int, ncols: int, shuffle: bool,
          stray: tuple[int, int] | None) -> bytes:
    rows = list(range(first, first + n))
    if shuffle:
        rng.shuffle(rows)
    parts = []
    for r in rows:
        cells = "".join(f'<c r="{_letters(c)}{r}" t="n"><v>{c}</v></c>'
                        for c in range(1, ncols + 1))
        parts.append(f'<row r="{r}" spans="1:{ncols}">{cells}</row>')
    if stray is not None:
        at = rng.randrange(len(parts))
        parts.insert(at, f'<row r="{stray[0]}"><c r="{_letters(stray[1])}{stray[0]}"/></row>')
    return ("".join(parts) + '<pageMargins header="0.5" footer="0.5"/>').encode()


def test_bounds_are_never_below_the_addresses():
    rng = random.Random(21)
    for _ in range(300):
        first = rng.choice([1, 90, 950, 9_990, 99_990, 150_000, 999_990, 1_048_560])
        stray = None
        if rng.random() < 0.4:
            stray = (rng.choice([first, 5, 999_999, 1_048_576, 250_000]),
                     rng.choice([1, 14, 26, 27, 702, 703, 16_384]))
        body = _body(rng, first, rng.randint(1, 30), rng.randint(1, 30),
                     rng.random() < 0.3, stray)
        bound = xlsx_scan._bound(body)
        if bound is None:  # every address is read instead
            continue
        rows, cols = _exact(body)
        assert bound[0] >= rows and bound[1] >= cols, (bound, rows, cols)


def test_a_long_registers_rows_are_bounded_at_their_last_row():
    rng = random.Random(3)
    body = _body(rng, 199_000, 1_004, 14, False, None)
    assert xlsx_scan._bound(body) == (200_003, 14) == _exact(body)
    # a far row out of order is not hidden behind the last one
    body = _body(rng, 199_000, 1_004, 14, False, (999_999, 3))
    bound = xlsx_scan._bound(body)
    assert bound is None or bound[0] >= 999_999


def test_each_calls_once_per_distinct_value_and_keeps_types_apart():
    """read_institutions maps a column's values through `each`: the same as calling the
    function on every value, with 1, 1.0 and True kept apart and NaN and lists handled."""
    from kzplanner.core.io.read.institutions import each
    from kzplanner.core.io.read.values import normalise_code, parse_flag

    nan = float("nan")
    values = [1, 1.0, True, "1", " Да ", None, nan, float("nan"), "жоқ", 0, False, "1", 1.5,
              110000000.0, "110000000", [1]]
    for fn in (parse_flag, normalise_code, repr):
        expected = [fn(v) for v in values]
        got = each(fn, values)
        assert [repr(x) for x in got] == [repr(x) for x in expected], fn
    calls = []
    each(lambda v: calls.append(v), ["a", "b", "a", "a", "b"])
    assert calls == ["a", "b"]
    # a column of one kind (and None) takes the quick path: the same values, NaN included
    for one_kind in ([1.0, nan, 2.0, 1.0, float("nan"), None, 0.0],
                     ["a", None, "b", "a", " Да "], [True, False, None, True]):
        for fn in (parse_flag, normalise_code, repr):
            expected = [fn(v) for v in one_kind]
            assert [repr(x) for x in each(fn, one_kind)] == [repr(x) for x in expected], fn
    memo: dict = {}
    calls.clear()
    for part in (["a", "b", None], ["b", "c", None]):  # the parts of one register share it
        each(lambda v: calls.append(v) or v, part, memo)
    assert calls == ["a", "b", None, "c"]


def test_a_carried_bound_is_never_below_the_addresses():
    """_carried takes the bound of the pieces before over to the next with one scan: it never
    gives a bound below that piece's addresses or the bound carried (a stray far cell, a row
    out of order or a wider row in a later piece leaves the piece to _bound)."""
    rng = random.Random(7)
    decided = 0
    for _ in range(400):
        first = rng.choice([1, 90, 950, 9_990, 99_990, 150_000, 999_990, 1_048_560])
        stray = None
        if rng.random() < 0.4:
            stray = (rng.choice([first, 5, 999_999, 1_048_576, 250_000, first + 40]),
                     rng.choice([1, 14, 15, 26, 27, 52, 702, 703, 16_384]))
        ncols = rng.randint(1, 30)
        body = _body(rng, first, rng.randint(1, 30), ncols, rng.random() < 0.3, stray)
        before = xlsx_scan.Scan(rows=rng.choice([0, first - 1, first + 5, 999_000]),
                            cols=rng.choice([0, 1, ncols - 1, ncols, ncols + 3, 27, 702]))
        bound = xlsx_scan._carried(body, before)
        if bound is None:
            continue
        decided += 1
        rows, cols = _exact(body)
        assert bound[0] >= max(rows, before.rows) and bound[1] >= max(cols, before.cols), (
            bound, rows, cols, before)
    assert decided > 50  # the fast path is taken, not always left to _bound
    # pieces share a bound rounded up (one pattern compiled for many), never below the row
    assert [xlsx_scan._round_up(n) for n in (7, 57, 200_003, 1_000_000, 99)] == [
        7, 57, 209_999, 1_099_999, 99]


def test_a_far_cell_in_a_later_piece_of_a_long_sheet_is_refused(tmp_path):
    """A sheet of several pieces (1 MB each) whose later piece holds a cell far away: the
    bound carried from the first pieces does not hide it."""
    import zipfile

    from kzplanner.core.io.read.grid import read_grid
    from kzplanner.errors import KZError

    rows = []
    for r in range(1, 40_001):
        rows.append(f'<row r="{r}"><c r="A{r}" t="n"><v>{r}</v></c>'
                    f'<c r="B{r}" t="n"><v>1</v></c></row>')
        if r == 30_000:
            rows.append('<row r="30001"><c r="XFD1048576" t="n"><v>1</v></c></row>')
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="A1:B40000"/><sheetData>' + "".join(rows)
             + "</sheetData></worksheet>").encode()
    assert len(sheet) > 3 << 20  # several pieces, the far cell in a later one
    path = tmp_path / "far.xlsx"
    ns = "http://schemas.openxmlformats.org/"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", (
            f'<Types xmlns="{ns}package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        zf.writestr("_rels/.rels", (
            f'<Relationships xmlns="{ns}package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        zf.writestr("xl/workbook.xml", (
            f'<workbook xmlns="{ns}spreadsheetml/2006/main" '
            f'xmlns:r="{ns}officeDocument/2006/relationships"><sheets>'
            '<sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        zf.writestr("xl/_rels/workbook.xml.rels", (
            f'<Relationships xmlns="{ns}package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'))
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    try:
        read_grid(path)
    except KZError as err:
        assert (err.code, err.row, err.column) == ("sheet_too_large", 1048576, "XFD")
    else:
        raise AssertionError("the far cell was not seen")
    # without it, the same sheet reads whole
    (tmp_path / "near.xlsx").write_bytes(b"")
    with zipfile.ZipFile(path) as src, \
            zipfile.ZipFile(tmp_path / "near.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(b'<row r="30001"><c r="XFD1048576" t="n"><v>1</v></c>'
                                    b'</row>', b"")
            dst.writestr(info.filename, data)
    grid = read_grid(tmp_path / "near.xlsx")
    assert len(grid.cells) == 40_000 and grid.cells[-1] == [40_000, 1]


def test_pieces_give_the_whole_xml_back_cut_before_a_tag(tmp_path):
    """The scan's pieces (read in small reads, joined once a piece) are the member's XML
    again, in order, in several pieces, each cut before a '<'. Text runs longer than a read (and longer than a piece) without a '<' in them are
    kept whole across the cuts."""
    import zipfile
    from pathlib import Path

    from kzplanner.core.io.read.safety import Budget

    long_text = "Қ" * (xlsx_scan.READ * 3)  # 6 reads of bytes with no '<'
    cells = []
    for r in range(1, 30_001):
        value = long_text if r in (7, 20_000) else f"Ә{r}"
        cells.append(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{value}</t></is></c></row>')
    xml = ("<worksheet><sheetData>" + "".join(cells) + "</sheetData></worksheet>").encode()
    path = tmp_path / "кітап.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", xml)
    with zipfile.ZipFile(path) as zf:
        pieces = list(xlsx_scan._pieces(zf, "xl/worksheets/sheet1.xml", Path(path),
                                        Budget(path)))
    assert b"".join(pieces) == xml
    assert len(pieces) > 3
    assert len(pieces) <= len(xml) // (xlsx_scan.PIECE - xlsx_scan.READ) + 1
    assert all(p.startswith(b"<") for p in pieces)
