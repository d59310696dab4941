"""The broken-file corpus: every file gets its own KZError code and a message naming the place,
in en/ru/kk — never a traceback. Regenerate with tests/data/make_corpus.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzplanner import paths
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.boundaries import read_boundaries
from kzplanner.core.io.layout import detect_layout
from kzplanner.errors import MESSAGES, KZError

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"


def _stats(name: str, **kw):
    return load_dataset(paths.sample_boundaries(), BROKEN / name, **kw)


CASES = [
    ("empty_workbook.xlsx", lambda p: _stats(p), "header_not_found"),
    ("empty.xlsx", lambda p: _stats(p), "file_empty"),
    ("header_only.xlsx", lambda p: _stats(p), "no_units_matched"),
    ("text_in_numbers.xlsx", lambda p: _stats(p), "bad_number"),
    ("negative_counts.xlsx", lambda p: _stats(p), "negative_value"),
    ("wrong_sheet.xlsx", lambda p: detect_layout(BROKEN / p, sheet="statistics"),
     "sheet_missing"),
    ("truncated.xlsx", lambda p: _stats(p), "file_corrupt"),
    ("password_protected.xlsx", lambda p: _stats(p), "workbook_encrypted"),
    ("entity_bomb.xlsx", lambda p: _stats(p), "xml_entities"),
    ("zip_slip.zip", lambda p: read_boundaries(BROKEN / p), "unsafe_archive"),
    ("corrupt.zip", lambda p: read_boundaries(BROKEN / p), "file_corrupt"),
    ("missing_shx.shp", lambda p: read_boundaries(BROKEN / p), "shapefile_part_missing"),
    ("missing_dbf.shp", lambda p: read_boundaries(BROKEN / p), "shapefile_part_missing"),
    ("not_a_table.csv", lambda p: _stats(p), "header_not_found"),
]


@pytest.mark.parametrize(("name", "load", "code"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_gets_its_specific_message(name, load, code):
    with pytest.raises(KZError) as info:
        load(name)
    err = info.value
    assert err.code == code, (err.code, err.detail)
    assert code in MESSAGES
    for lang in ("en", "ru", "kk"):
        text = err.message(lang)
        assert name.split(".")[0] in text or (err.file and Path(err.file).name in text)
        assert "{" not in text


def test_text_in_numbers_names_row_and_column():
    with pytest.raises(KZError) as info:
        _stats("text_in_numbers.xlsx")
    assert info.value.row == 2 and "population" in info.value.column
    assert "«много»" in info.value.message("ru")


def test_shapefile_part_named():
    with pytest.raises(KZError) as info:
        read_boundaries(BROKEN / "missing_dbf.shp")
    assert info.value.detail == ".dbf" and ".dbf" in info.value.message("kk")


@pytest.mark.parametrize(("name", "code"), [("connected_gt_total.xlsx", "connected_exceeds_total"),
                                            ("duplicated_units.xlsx", "duplicate_row")])
def test_reported_not_raised(name, code):
    ds = _stats(name)
    issues = [i for i in ds.reconciliation.issues if i["code"] == code]
    assert issues and issues[0]["severity"] == "error"


def test_cp1251_csv_and_cyrillic_path():
    ds = _stats("cp1251.csv")
    assert ds.units.loc["110000000", "population"] == 788023
    assert ds.reconciliation.matched_by_code == 2
    ds = load_dataset(paths.sample_boundaries(), BROKEN / "Статистика облысы" / "деректер.csv")
    assert ds.units.loc["110000000", "population"] == 1


def test_cli_check_reports_error_without_traceback(capsys):
    from kzplanner.cli import main

    rc = main(["check", "--boundaries", str(paths.sample_boundaries()),
               "--stats", str(BROKEN / "password_protected.xlsx")])
    err = capsys.readouterr().err
    assert rc == 2 and "password" in err and "Traceback" not in err


def test_zip_bomb_workbook_is_refused_before_it_is_opened(tmp_path):
    import zipfile

    bomb = tmp_path / "бомба.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (24 * 1024 * 1024))  # ~24 KB packed
    assert bomb.stat().st_size < 200_000
    with pytest.raises(KZError) as info:
        load_dataset(paths.sample_boundaries(), bomb)
    assert info.value.code == "archive_bomb"
    assert "бомба.xlsx" in info.value.message("kk")


def test_oversized_file_is_refused_with_its_size(tmp_path, monkeypatch):
    from kzplanner.core.io import safety

    big = tmp_path / "big.csv"
    big.write_text("unit_name,population\n" + "Ақмола,1\n" * 200_000, encoding="utf-8")
    monkeypatch.setattr(safety, "MAX_FILE", 1024 * 1024)
    with pytest.raises(KZError) as info:
        load_dataset(paths.sample_boundaries(), big)
    assert info.value.code == "file_too_large"
    assert "MB" in info.value.message("ru")
