"""Issue 22: CSV exports a spreadsheet cannot run, written as a set or not at all; registers with
one id twice refused."""

from __future__ import annotations

import csv
import os
import stat

import pandas as pd
import pytest

from kzplanner.core.io.write.atomic import write_set_atomically
from kzplanner.core.io.write.plan_layers import safe_csv_frame, safe_csv_text
from kzplanner.errors import KZError


@pytest.mark.parametrize(("text", "written"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+7 701 000", "'+7 701 000"),
    ("@SUM(A1)", "'@SUM(A1)"), ("-2+3", "'-2+3"), ("\tx", "'\tx"), ("Ақсу\x07", "Ақсу "),
    ("Алматы", "Алматы")])
def test_text_cells_are_made_inert(text, written):
    assert safe_csv_text(text) == written


def test_numbers_stay_numbers_negative_ones_too(tmp_path):
    frame = safe_csv_frame(pd.DataFrame({"name": ["=1+1", "Ұлытау"], "change": [-3.5, 2.0]}))
    path = tmp_path / "t.csv"
    frame.to_csv(path, index=False)
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[1] == ["'=1+1", "-3.5"] and rows[2] == ["Ұлытау", "2.0"]


def test_a_set_is_written_whole_or_not_at_all(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("old a", encoding="utf-8")
    b.write_text("old b", encoding="utf-8")
    os.chmod(a, 0o664)

    def fail(tmp):
        raise OSError(28, "No space left on device")

    with pytest.raises(KZError):
        write_set_atomically({a: lambda t: t.write_text("new a", encoding="utf-8"), b: fail})
    assert a.read_text(encoding="utf-8") == "old a" and b.read_text(encoding="utf-8") == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]  # no leftovers
    write_set_atomically({a: lambda t: t.write_text("new a", encoding="utf-8"),
                          b: lambda t: t.write_text("new b", encoding="utf-8")})
    assert a.read_text(encoding="utf-8") == "new a" and b.read_text(encoding="utf-8") == "new b"
    assert stat.S_IMODE(a.stat().st_mode) == 0o664


def test_a_register_with_one_id_twice_is_refused(tmp_path):
    from kzplanner.core.io.read.institutions import read_institutions

    path = tmp_path / "тізілім.csv"
    path.write_text("inst_id,type,unit_code,lat,lon\nS-1,school,110000000,51,71\n"
                    "S-2,school,110000000,51,71\nS-1,fap,110000000,51,71\n", encoding="utf-8")
    with pytest.raises(KZError) as err:
        read_institutions(path)
    assert err.value.row == 4 and "S-1" in err.value.message("kk")
