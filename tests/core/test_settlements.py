"""Settlements on small synthetic fixtures: exact numbers by hand, the readers' formats
(GeoJSON, GeoPackage in another CRS, Excel, CP1251 CSV, a Cyrillic path) and the refusals."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kzplanner.errors import KZError

# Two 1°×1° districts in Karaganda oblast's latitudes; A has 1,000 people, B 500.
A_BOX, B_BOX = (70.0, 50.0, 71.0, 51.0), (71.0, 50.0, 72.0, 51.0)


def units():
    import geopandas as gpd
    from shapely.geometry import box

    return gpd.GeoDataFrame({"population": [1000.0, 500.0]},
                            geometry=[box(*A_BOX), box(*B_BOX)],
                            index=pd.Index(["A", "B"], name="unit_code"), crs=4326)


def raw(**over):
    base = {"settlement_id": ["1", "2", "3", "4", "5", "6"],
            "name": ["Town", "V1", "V2", "H", "Far", "V3"], "name_kk": "", "name_ru": "",
            "place": ["town", "village", "village", "hamlet", "village", "village"],
            "kato": "", "lat": [50.5, 50.2, 50.8, 50.5, 60.0, 50.3],
            "lon": [70.5, 70.2, 71.5, 71.2, 70.0, 71.9],
            "population": [600.0, np.nan, np.nan, 100.0, np.nan, np.nan],
            "row": [1, 2, 3, 4, 5, 6]}
    base.update(over)
    return pd.DataFrame(base)


def test_estimates_by_hand():
    from kzplanner.core.settlements import place_settlements

    layer = place_settlements(raw(), units(), units()["population"])
    pop = dict(zip(layer.table["name"], layer.table["population"], strict=True))
    # A: 1000 − 600 known = 400 for its one village; B: 500 − 100 = 400 over two villages
    assert pop == {"Town": 600.0, "V1": 400.0, "V2": 200.0, "H": 100.0, "V3": 200.0}
    assert list(layer.outside["name"]) == ["Far"]
    assert layer.table.set_index("name")["population_estimated"].to_dict() == {
        "Town": False, "V1": True, "V2": True, "H": False, "V3": True}


def test_weights_share_the_rest_and_can_be_edited():
    from kzplanner.core.settlements import place_settlements

    r = raw(place=["town", "village", "town", "hamlet", "village", "hamlet"])
    layer = place_settlements(r, units(), units()["population"])
    b = layer.table[layer.table["unit_code"] == "B"].set_index("name")["population"]
    # B: 400 left, a town (15) and a hamlet (0.1)
    assert b["V2"] == pytest.approx(400 * 15 / 15.1) and b["V3"] == pytest.approx(400 * 0.1 / 15.1)
    layer = place_settlements(r, units(), units()["population"], weights={"hamlet": 15.0})
    b = layer.table[layer.table["unit_code"] == "B"].set_index("name")["population"]
    assert b["V2"] == pytest.approx(200.0) and b["V3"] == pytest.approx(200.0)
    with pytest.raises(KZError):
        place_settlements(r, units(), units()["population"], weights={"town": -1})


def test_coverage_by_hand():
    from kzplanner.core.settlements import (
        compute_coverage,
        place_settlements,
        villages_without_access,
    )

    layer = place_settlements(raw(), units(), units()["population"])
    # a FAP with access 1.3 km from V1, one without access 1.1 km from V2; a PSC without
    inst = pd.DataFrame({"inst_id": ["f1", "f2", "p1"], "name": ["a", "b", "c"],
                         "type": ["fap", "fap", "psc"], "unit_code": ["A", "B", "A"],
                         "lat": [50.21, 50.79, 50.5], "lon": [70.21, 71.5, 70.6]})
    cov = compute_coverage(layer, inst, [True, False, False])
    ps = cov.per_settlement.set_axis(layer.table["name"])
    assert ps["fap_covered"].to_dict() == {"Town": False, "V1": True, "V2": False, "H": False,
                                           "V3": False}
    assert ps.at["V2", "fap_nearest_id"] == "f2" and not ps.at["V2", "fap_nearest_access"]
    assert ps.at["V2", "fap_nearest_km"] == pytest.approx(1.112, abs=0.01)  # 0.01° of latitude
    assert (ps["school_nearest_id"] == "").all() and ps["school_nearest_km"].isna().all()
    assert cov.per_unit.at["A", "fap_covered_population"] == 400.0
    assert cov.per_unit.at["B", "fap_uncovered_population"] == 500.0
    assert cov.served.to_dict() == {"f1": 1000.0, "f2": 500.0, "p1": 1500.0}
    v = villages_without_access(layer, cov, "fap")
    assert list(v["name"]) == ["Town", "V2", "V3", "H"]  # by population, most first
    assert v.iloc[0]["nearest_id"] == "f1" and v.iloc[0]["nearest_access"]


def test_reach_is_editable_and_checked():
    from kzplanner.core.settlements import compute_coverage, place_settlements

    layer = place_settlements(raw(), units(), units()["population"])
    inst = pd.DataFrame({"inst_id": ["f1"], "name": ["a"], "type": ["fap"], "unit_code": ["A"],
                         "lat": [50.21], "lon": [70.21]})
    near = compute_coverage(layer, inst, [True], {"fap": 1.0})
    assert not near.per_settlement["fap_covered"].any()  # V1 is 1.3 km away
    wide = compute_coverage(layer, inst, [True], {"fap": 100.0})
    # Town ~38 km, V1 1.3, H ~75 km; V2 ~113 km and V3 ~120 km stay beyond 100 km
    assert wide.per_settlement["fap_covered"].tolist() == [True, True, False, True, False]
    for bad in ({"fap": 0}, {"fap": "x"}, {"clinic": 5}):
        with pytest.raises(KZError) as e:
            compute_coverage(layer, inst, [True], bad)
        assert e.value.code == "bad_reach"


def test_most_points_outside_the_units_is_refused():
    from kzplanner.core.settlements import place_settlements

    far = raw(lat=[60.0] * 6)
    with pytest.raises(KZError) as e:
        place_settlements(far, units(), units()["population"], source="x.geojson")
    assert e.value.code == "settlements_outside_units"
    assert "x.geojson" in e.value.message("ru")


def _write_geojson(path, points, crs=None):
    import geopandas as gpd
    from shapely.geometry import Point

    gdf = gpd.GeoDataFrame({"name": [f"Ауыл {i}" for i in range(len(points))],
                            "place": ["village"] * len(points),
                            "population": ["1 200"] * len(points)},
                           geometry=[Point(x, y) for x, y in points], crs=4326)
    if crs is not None:
        gdf = gdf.to_crs(crs)
    gdf.to_file(path)


def test_reader_reprojects_a_gpkg_in_metres_and_reads_osm_population(tmp_path):
    from kzplanner.core.io.read.settlements import read_settlements

    path = tmp_path / "елді мекендер.gpkg"  # a Cyrillic path
    _write_geojson(path, [(70.5, 50.5), (71.5, 50.8)], crs=32642)
    frame = read_settlements(path)
    assert frame["lon"].round(6).tolist() == [70.5, 71.5]
    assert frame["lat"].round(6).tolist() == [50.5, 50.8]
    assert frame["population"].tolist() == [1200.0, 1200.0]
    assert frame["name"].tolist() == ["Ауыл 0", "Ауыл 1"]
    assert frame["settlement_id"].is_unique


def test_swapped_coordinates_are_refused(tmp_path):
    from kzplanner.core.io.read.settlements import read_settlements

    path = tmp_path / "swapped.geojson"
    _write_geojson(path, [(50.5, 70.5), (50.8, 71.5), (43.2, 76.9)])
    with pytest.raises(KZError) as e:
        read_settlements(path)
    assert e.value.code == "settlements_swapped"
    for lang in ("kk", "ru", "en"):
        assert "swapped.geojson" in e.value.message(lang)
    assert "широт" in e.value.message("ru")


def test_metres_read_as_degrees_are_refused(tmp_path):
    from kzplanner.core.io.read.settlements import read_settlements

    path = tmp_path / "metres.csv"
    path.write_text("name;lat;lon\nA;5594000;500000\nB;5600000;510000\n", encoding="utf-8")
    with pytest.raises(KZError) as e:
        read_settlements(path)
    assert e.value.code == "settlements_outside_kazakhstan"
    assert "EPSG:4326" in e.value.message("en") and "metres.csv" in e.value.message("kk")


def test_cp1251_csv_with_russian_headers(tmp_path):
    from kzplanner.core.io.read.settlements import read_settlements

    text = ("Код КАТО;Наименование;Тип;Широта;Долгота;Население\n"
            "354000000;Қарағанды;город;49,80;73,10;500 000\n"
            "354040100;Аул Жаңа;село;49,90;73,30;\n")
    path = tmp_path / "нп.csv"
    path.write_bytes(text.encode("cp1251", errors="strict") if _cp1251_ok(text)
                     else text.encode("utf-8"))
    frame = read_settlements(path)
    assert frame["kato"].tolist() == ["354000000", "354040100"]
    assert frame["place"].tolist() == ["city", "village"]
    assert frame["lat"].tolist() == [49.8, 49.9]
    assert frame["population"].iloc[0] == 500000.0 and math.isnan(frame["population"].iloc[1])
    assert frame["settlement_id"].tolist() == ["KATO-354000000", "KATO-354040100"]


def _cp1251_ok(text):
    try:
        text.encode("cp1251")
        return True
    except UnicodeEncodeError:
        return False


def test_cp1251_csv_plain_russian(tmp_path):
    from kzplanner.core.io.read.settlements import read_settlements

    text = ("КАТО;Название;Широта;Долгота\n"
            "1;Сарань;49,79;72,85\n2;Шахтинск;49,71;72,59\n")
    path = tmp_path / "список.csv"
    path.write_bytes(text.encode("cp1251"))
    frame = read_settlements(path)
    assert frame["name"].tolist() == ["Сарань", "Шахтинск"]
    assert frame["lon"].tolist() == [72.85, 72.59]


def test_excel_list_with_a_bad_coordinate_names_the_row(tmp_path):
    import openpyxl

    from kzplanner.core.io.read.settlements import read_settlements

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Елді мекендер"])
    ws.append(["KATO", "Name", "Lat", "Lon"])
    ws.append(["1", "A", 49.8, 73.1])
    ws.append(["2", "B", "солтүстік", 73.2])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    with pytest.raises(KZError) as e:
        read_settlements(path)
    assert e.value.row == 4 and e.value.column == "Lat"


def test_missing_coordinates_column_and_unknown_format(tmp_path):
    from kzplanner.core.io.read.settlements import read_settlements

    path = tmp_path / "no_lat.csv"
    path.write_text("name;lon\nA;70\n", encoding="utf-8")
    with pytest.raises(KZError) as e:
        read_settlements(path)
    assert e.value.code in ("missing_column", "header_not_found")
    odd = tmp_path / "places.kml"
    odd.write_text("<kml/>", encoding="utf-8")
    with pytest.raises(KZError) as e:
        read_settlements(odd)
    assert e.value.code == "settlements_format" and ".kml" in e.value.message("kk")
