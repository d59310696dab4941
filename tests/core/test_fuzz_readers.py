"""Property-based fuzzing of the statistics readers: whatever the bytes, only KZError escapes.

Generated CSV text (quotes, delimiters, marks, huge and odd numbers, line breaks, encodings) and
small generated workbooks (cells of every type, merges anywhere, far addresses) go through
read_grid → detect_layout → apply_mapping and through read_statistics / read_institutions.
Settings stay small (50 examples, no deadline) so the suite stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzplanner.core.io.read import layout
from kzplanner.core.io.read.institutions import read_institutions
from kzplanner.core.io.read.statistics import read_statistics
from kzplanner.errors import KZError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))  # make_corpus

FUZZ = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

WORDS = ["unit_code", "unit_name", "population", "households", "households_no_internet",
         "schools_total", "schools_connected", "pwd_eligible", "pwd_no_device", "Регион",
         "Население", "Число школ", "Всего", "городское", "сельское", "Ақмола облысы",
         "Акмолинская", "г. Астана", "110000000", "150000000", "2021", "2022/23", "-", "x", "…",
         "inf", "-inf", "nan", "NaN", "1e308", "1e400", "TRUE", "FALSE", "ИСТИНА", "12,5%",
         "788 023", "=SUM(A1)", "", " ", "\"", "\"\"", "1)", "Примечание: данные"]
NUMBERS = st.one_of(st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([0, 1, 1e15, 1e16, 1e308, -1e308, 5e-324]))
CELL_TEXT = st.one_of(st.sampled_from(WORDS), st.text(max_size=12), NUMBERS.map(str))


def _readers(path: Path) -> None:
    """Every statistics entry on `path`; KZError is the only exception allowed."""
    for fn in (lambda: layout.read_grid(path), lambda: read_statistics(path),
               lambda: read_institutions(path), lambda: layout.list_sheets(path)):
        try:
            fn()
        except KZError:
            pass
    try:
        proposal = layout.detect_layout(path)
    except KZError:
        return
    try:
        layout.apply_mapping(path, proposal.mapping)
    except KZError:
        pass


@st.composite
def csv_text(draw) -> str:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    rows = draw(st.lists(st.lists(CELL_TEXT, min_size=0, max_size=7), min_size=0, max_size=12))
    quoted = draw(st.booleans())
    lines = []
    for row in rows:
        cells = [f'"{c}"' if quoted and draw(st.booleans()) else c for c in row]
        lines.append(delimiter.join(cells))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return end.join(lines) + draw(st.sampled_from(["", end]))


@FUZZ
@given(text=csv_text(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
def test_csv_text_never_escapes_as_anything_but_kzerror(tmp_path, text, encoding):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _readers(path)


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".txt"]))
def test_arbitrary_bytes_never_escape_as_anything_but_kzerror(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _readers(path)


@FUZZ
@given(rows=st.lists(st.lists(st.one_of(st.none(), CELL_TEXT, NUMBERS, st.booleans()),
                              max_size=6), max_size=10),
       merges=st.lists(st.tuples(st.integers(1, 40), st.integers(0, 30), st.integers(1, 1048576),
                                 st.integers(0, 16383)), max_size=4),
       far=st.lists(st.tuples(st.integers(0, 16383), st.integers(1, 1048576), NUMBERS),
                    max_size=2))
def test_small_workbooks_never_escape_as_anything_but_kzerror(tmp_path, rows, merges, far):
    from make_corpus import _col, raw_xlsx, sheet_xml

    clean = [[v if not isinstance(v, float) or v == v and abs(v) != float("inf") else str(v)
              for v in row] for row in rows]
    clean = [[(v.replace("&", "&amp;").replace("<", "&lt;") if isinstance(v, str) else v)
              for v in row] for row in clean]
    merge_refs = [f"{_col(c0)}{r0}:{_col(c1)}{max(r0, r1)}" for r0, c0, r1, c1 in merges]
    far_cells = [(f"{_col(c)}{r}", v) for c, r, v in far
                 if not isinstance(v, float) or (v == v and abs(v) != float("inf"))]
    try:
        xml = sheet_xml(clean, merges=merge_refs, far=far_cells)
    except ValueError:
        return
    if any(ch in xml for ch in "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"):
        return  # not well-formed XML: no workbook program writes it
    path = raw_xlsx(tmp_path / "fuzz.xlsx", {"statistics": xml})
    _readers(path)


@pytest.mark.parametrize("value", ["inf", "1e400", "nan", "TRUE", "1e308", "-1e308"])
def test_each_hostile_number_is_a_kzerror_in_every_reader(tmp_path, value):
    path = tmp_path / "n.csv"
    path.write_text("unit_code,unit_name,population\n110000000,Ақмола," + value + "\n",
                    encoding="utf-8")
    with pytest.raises(KZError):
        read_statistics(path)
