"""Boundary files in any form, institution-register checks, templates and `kzplanner check`."""

from __future__ import annotations

import json
import shutil
import zipfile

import geopandas as gpd
import openpyxl
import pandas as pd
import pytest
from shapely.geometry import Polygon, box

from kzplanner import paths
from kzplanner.cli import main
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.read.boundaries import read_boundaries
from kzplanner.core.io.read.boundary_files import dbf_encoding, list_layers
from kzplanner.core.io.read.institutions import read_institutions
from kzplanner.core.io.read.template import read_template
from kzplanner.core.io.write.template import write_template
from kzplanner.errors import KZError


def _units(tmp_path, stem="обл", encoding=None, cpg=True):
    bow = Polygon([(56, 47), (60, 50), (60, 47), (56, 50)])  # self-intersecting
    gdf = gpd.GeoDataFrame({"KATO": ["110000000", "150000000", "150000000"],
                            "ADM1_RU": ["Акмолинская", "Актюбинская", "Актюбинская"],
                            "ADM1_KK": ["Ақмола", "Ақтөбе", "Ақтөбе"],
                            "ADM1_EN": ["Akmola", "Aktobe", "Aktobe"]},
                           geometry=[box(69, 51, 72, 53), bow, box(1, 1, 2, 2)], crs=4326)
    path = tmp_path / f"{stem}.shp"
    gdf.to_file(path, engine="pyogrio", **({"encoding": encoding} if encoding else {}))
    if not cpg:
        path.with_suffix(".cpg").unlink(missing_ok=True)
    return path


def test_shapefile_repairs_and_reports_and_keeps_cyrillic(tmp_path):
    u = read_boundaries(_units(tmp_path))
    rep = u.attrs["report"]
    assert rep["repaired"] == ["150000000 Aktobe"] and rep["duplicate_codes"] == ["150000000"]
    assert u.geometry.is_valid.all() and u.loc["150000000", "name_kk"] == "Ақтөбе"


@pytest.mark.filterwarnings("ignore:One or several characters:RuntimeWarning")
def test_cp1251_dbf_without_cpg_is_detected(tmp_path):
    path = _units(tmp_path, encoding="cp1251", cpg=False)
    assert dbf_encoding(path)[0] == "CP1251"
    assert read_boundaries(path).loc["110000000", "name_ru"] == "Акмолинская"


def test_zipped_shapefile_and_missing_prj(tmp_path):
    path = _units(tmp_path, stem="a")
    path.with_suffix(".prj").unlink()
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in tmp_path.glob("a.*"):
            if p.suffix != ".zip":
                zf.write(p, f"inner/{p.name}")
    assert len(read_boundaries(z)) == 2
    assert "prj_missing_assumed_wgs84" in read_boundaries(path).attrs["report"]["notes"]


def test_geopackage_layer_choice(tmp_path):
    gpkg = tmp_path / "kz.gpkg"
    shutil.copy(paths.natural_earth_boundaries(), gpkg)
    pts = gpd.GeoDataFrame({"name": ["x"]}, geometry=gpd.points_from_xy([70], [50]), crs=4326)
    pts.to_file(gpkg, layer="centres", engine="pyogrio")
    assert set(list_layers(gpkg)) == {"admin1", "centres"}
    assert len(read_boundaries(gpkg)) == 16  # the polygon layer is chosen
    assert len(read_boundaries(gpkg, layer="admin1")) == 16
    with pytest.raises(KZError) as info:
        read_boundaries(gpkg, layer="districts")
    assert info.value.code == "layer_missing" and "centres" in info.value.message("ru")


def test_dataset_reports_repaired_polygons_and_duplicate_codes(tmp_path):
    stats = tmp_path / "s.csv"
    pd.DataFrame({"unit_code": ["110000000"], "population": [5]}).to_csv(stats, index=False)
    rec = load_dataset(_units(tmp_path), stats).reconciliation
    assert rec.geometry_repaired == ["150000000 Aktobe"]
    assert rec.duplicate_unit_codes == ["150000000"]
    assert {"geometry_repaired", "duplicate_unit_code"} <= {i["code"] for i in rec.issues}


@pytest.mark.realdata
def test_real_adm2_2024_invalid_polygon_repaired_and_reported(real_data):
    u = read_boundaries(real_data / "geokz" / "kaz_admbnda_adm2_2024.shp")
    assert u.attrs["report"]["repaired"] == ["623800000 Ulytau"]
    assert u.geometry.is_valid.all() and u["name_kk"].str.contains("[ҚҰҮӘ]").any()


def test_register_swapped_coordinates_and_points_outside(tmp_path):
    path = tmp_path / "reg.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "institutions"
    ws.append(["inst_id", "type", "lat", "lon"])
    ws.append(["s1", "мектеп", 71.4, 51.1])  # swapped
    ws.append(["s2", "школа", 71.5, 51.2])  # swapped
    ws.append(["s3", "ФАП", 51.1, 71.4])
    ws.append(["s4", "ЦОН", 48.8, 2.35])  # Paris
    wb.save(path)
    inst = read_institutions(path)
    assert inst.loc[0, ["lat", "lon"]].tolist() == [51.1, 71.4]
    codes = [i["code"] for i in inst.attrs["issues"]]
    assert codes == ["coordinates_swapped", "point_outside_kazakhstan"]
    assert inst.attrs["issues"][1]["row"] == 5
    ws["C3"] = -3
    ws.cell(1, 5, "people_served")
    ws.cell(2, 5, -10)
    wb.save(path)
    with pytest.raises(KZError) as info:
        read_institutions(path)
    assert info.value.code == "negative_value" and info.value.row == 2


def test_template_round_trip_and_validation(tmp_path):
    units = read_boundaries(paths.natural_earth_boundaries())
    out = write_template(units, tmp_path / "шаблон.xlsx", lang="kk")
    wb = openpyxl.load_workbook(out)
    ws = wb["statistics"]
    assert ws["A2"].value == "Бірлік коды (ҚАТО)" and ws["A4"].value == "110000000"
    assert ws.data_validations.dataValidation  # numeric validation present
    ws["C4"] = 1000
    ws["G4"] = 0.9
    wb.save(out)
    frame = read_template(out)
    assert len(frame) == 16 and frame.loc[0, "population"] == 1000
    ds = load_dataset(paths.natural_earth_boundaries(), out)
    assert ds.reconciliation.matched_by_code == 16
    ws["A5"] = "999999999"
    wb.save(out)
    with pytest.raises(KZError) as info:
        read_template(out)
    assert info.value.code == "template_units_changed" and info.value.row == 5


def test_cli_check_json_and_template(tmp_path, capsys):
    stats = tmp_path / "s.csv"
    pd.DataFrame({"unit_name": ["Ақмола облысы", "Целиноград", "Республика Казахстан", "Марс"],
                  "population": [1, 2, 3, 4]}).to_csv(stats, index=False)
    rc = main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats", str(stats),
               "--json"])
    report = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert report["counts"]["exact"] == 1 and report["units_without_data"][0]["unit_code"]
    assert report["matches"]["rule"][0]["unit_code"] == "710000000"  # old name of Astana
    assert report["unmatched_rows"] == ["Республика Казахстан", "Марс"]
    # the text report in Kazakh: counts, rows, units (kk names), issues all in kk
    assert main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats",
                 str(stats), "--lang", "kk"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Бірліктер: 16\nСәйкестендірілді: ҚАТО коды бойынша 0, дәл 1,")
    assert "Бірлігі жоқ жолдар: Республика Казахстан; Марс" in text
    first_missing = report["units_without_data"][0]["unit_code"]
    kk_name = read_boundaries(paths.natural_earth_boundaries()).loc[first_missing, "name_kk"]
    assert f"Деректері жоқ бірліктер: {first_missing} {kk_name}" in text
    assert "⚠ Статистикада жоқ: мақсатты топтар" in text  # population only: no target groups
    assert "units:" not in text and "inputs_missing" not in text
    rc = main(["template", "--boundaries", str(paths.natural_earth_boundaries()),
               "--out", str(tmp_path / "t.xlsx"), "--lang", "en"])
    assert rc == 0 and (tmp_path / "t.xlsx").exists()
    bad = tmp_path / "dup.csv"
    pd.DataFrame({"unit_code": ["110000000", "110000000"], "population": [1, 2]}).to_csv(
        bad, index=False)
    assert main(["check", "--boundaries", str(paths.natural_earth_boundaries()), "--stats",
                 str(bad)]) == 1
