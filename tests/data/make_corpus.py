"""Regenerate the broken-file corpus in tests/data/broken (small files, committed).

Run: python tests/data/make_corpus.py. Each file is named for what is wrong with it; the
expected KZError code per file lives in tests/core/test_io_corpus.py.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent / "broken"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _xlsx(path: Path, rows: list[list[object]], sheet: str = "statistics") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _polygon_shapefile(folder: Path, stem: str) -> Path:
    import geopandas as gpd
    from shapely.geometry import box

    gdf = gpd.GeoDataFrame({"KATO": ["110000000", "150000000"],
                            "ADM1_RU": ["Акмолинская", "Актюбинская"],
                            "ADM1_KK": ["Ақмола", "Ақтөбе"], "ADM1_EN": ["Akmola", "Aktobe"]},
                           geometry=[box(69, 51, 72, 53), box(56, 47, 60, 50)], crs=4326)
    path = folder / f"{stem}.shp"
    gdf.to_file(path, engine="pyogrio")
    return path


def main() -> None:
    if HERE.exists():
        shutil.rmtree(HERE)
    HERE.mkdir(parents=True)
    header = ["unit_code", "unit_name", "population", "schools_total", "schools_connected"]
    openpyxl.Workbook().save(HERE / "empty_workbook.xlsx")  # one blank sheet, as Excel saves it
    _xlsx(HERE / "header_only.xlsx", [["Title"], header])
    _xlsx(HERE / "text_in_numbers.xlsx", [header, ["110000000", "Акмолинская", "много", 5, 1]])
    _xlsx(HERE / "negative_counts.xlsx", [header, ["110000000", "Акмолинская", 1000, -5, 1]])
    _xlsx(HERE / "connected_gt_total.xlsx", [header, ["110000000", "Акмолинская", 1000, 5, 9]])
    _xlsx(HERE / "duplicated_units.xlsx", [header, ["110000000", "Акмолинская", 1000, 5, 1],
                                           ["110000000", "Акмолинская", 1000, 5, 1]])
    _xlsx(HERE / "wrong_sheet.xlsx", [header, ["110000000", "Акмолинская", 1, 1, 1]],
          sheet="Лист1")
    (HERE / "empty.xlsx").write_bytes(b"")
    good = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active.append(header)
    wb.save(good)
    (HERE / "truncated.xlsx").write_bytes(good.getvalue()[: len(good.getvalue()) // 2])
    (HERE / "password_protected.xlsx").write_bytes(OLE_MAGIC + b"\x00" * 504 +
                                                   "EncryptedPackage".encode("utf-16-le"))
    # XML entity bomb: a DOCTYPE with nested entities in the sheet XML
    src = zipfile.ZipFile(io.BytesIO(good.getvalue()))
    with zipfile.ZipFile(HERE / "entity_bomb.xlsx", "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8").split("?>", 1)[-1]
                ents = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};">'
                               for i in range(1, 10))
                data = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">' + ents + "]>"
                        + text).encode("utf-8")
            out.writestr(info, data)
    with zipfile.ZipFile(HERE / "zip_slip.zip", "w") as out:
        out.writestr("../../evil.shp", b"x")
    (HERE / "corrupt.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    (HERE / "cp1251.csv").write_bytes(
        "unit_code;unit_name;population\n110000000;Акмолинская область;788 023\n"
        "150000000;Актюбинская область;928 161\n".encode("cp1251"))
    cyr = HERE / "Статистика облысы"
    cyr.mkdir()
    (cyr / "деректер.csv").write_text("unit_code,population\n110000000,1\n", encoding="utf-8")
    for missing in (".shx", ".dbf"):
        shp = _polygon_shapefile(HERE, f"missing_{missing[1:]}")
        shp.with_suffix(missing).unlink()
    (HERE / "not_a_table.csv").write_text("hello\nworld\n", encoding="utf-8")


if __name__ == "__main__":
    main()
