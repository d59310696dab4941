"""Boundary files from the usual sources (geoBoundaries, UN COD-AB, GADM, OpenStreetMap), names in
their language, codes joined to statistics; layers that are not boundaries refused."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from kzplanner.core.io.read.boundaries import read_boundaries
from kzplanner.core.io.read.boundary_columns import text_language
from kzplanner.core.io.read.boundary_files import list_layers
from kzplanner.core.reconcile import reconcile
from kzplanner.errors import KZError

NEW_CODES = ("boundaries_are_points", "boundaries_are_lines", "boundaries_mixed_geometry",
             "archive_several_layers", "boundaries_outside_kazakhstan")


def _squares(n: int) -> list:
    """Small squares inside Kazakhstan (around 60–70° E, 48° N)."""
    return [box(60 + i, 48, 60.9 + i, 48.9) for i in range(n)]


def _geokz(real_data, level: int) -> gpd.GeoDataFrame:
    return gpd.read_file(real_data / "geokz" / f"kaz_admbnda_adm{level}_2024.shp")


def _joined(units, rows: pd.DataFrame) -> dict[str, str | None]:
    """Row label → the unit code it joined (None when it did not join)."""
    res = reconcile(units, rows)
    return {m.label: (m.unit_code if m.joined else None) for m in res.matches}


# --- geoBoundaries -------------------------------------------------------------------------


@pytest.mark.realdata
def test_geoboundaries_adm1_gets_kato_codes_from_iso_and_joins(real_data, tmp_path):
    src = _geokz(real_data, 1)
    gb = gpd.GeoDataFrame({"shapeName": src["ADM1_EN"], "shapeISO": src["ISO_3166_2"],
                           "shapeID": [f"12345B{i}" for i in range(len(src))],
                           "shapeGroup": "KAZ", "shapeType": "ADM1"},
                          geometry=src.geometry, crs=src.crs)
    path = tmp_path / "geoBoundaries-KAZ-ADM1.geojson"
    gb.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    # every ISO code became the unit's KATO code, Turkestan's old KZ-YUZ included
    assert sorted(units["unit_code"]) == sorted(src["KATO"])
    assert units.loc["610000000", "name_en"] == "Turkestan"
    assert units.loc["750000000", "name_en"] == "Almaty (city)"
    assert set(units["level"]) == {"oblast", "city"}
    assert units.loc["750000000", "kind"] == "rep_city"
    assert "shapeID" in units.columns  # kept as a column, not the code
    rows = pd.DataFrame({"unit_code": list(src["KATO"]), "unit_name": list(src["ADM1_RU"])})
    joined = _joined(units, rows)
    assert joined == dict(zip(src["ADM1_RU"], src["KATO"], strict=True))


def test_geoboundaries_cyrillic_shape_names_go_to_their_language(tmp_path):
    gb = gpd.GeoDataFrame({"shapeName": ["Ақмола облысы", "Карагандинская область",
                                         "Kostanay Region"],
                           "shapeISO": ["KZ-AKM", "KZ-KAR", "KZ-KUS"],
                           "shapeID": ["A1", "A2", "A3"], "shapeType": "ADM1"},
                          geometry=_squares(3), crs=4326)
    path = tmp_path / "gb.geojson"
    gb.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    assert list(units["unit_code"]) == ["110000000", "350000000", "390000000"]
    assert units.loc["110000000", "name_kk"] == "Ақмола облысы"
    assert units.loc["350000000", "name_ru"] == "Карагандинская область"
    assert units.loc["390000000", "name_en"] == "Kostanay Region"
    rows = pd.DataFrame({"unit_name": ["Акмолинская область", "Қарағанды облысы", "Костанай"]})
    assert _joined(units, rows) == {"Акмолинская область": "110000000",
                                    "Қарағанды облысы": "350000000",
                                    "Костанай": "390000000"}


def test_iso_codes_numeric_and_the_old_south_kazakhstan(tmp_path):
    gb = gpd.GeoDataFrame({"shapeName": ["Akmola", "South Kazakhstan", "Turkistan", "Jetisu"],
                           "shapeISO": ["KZ-11", "KZ-YUZ", "KZ-YUZ", "KZ-33"],
                           "shapeID": ["B1", "B2", "B3", "B4"], "shapeType": "ADM1"},
                          geometry=_squares(4), crs=4326)
    path = tmp_path / "gb_iso.geojson"
    gb.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    assert dict(zip(units["name_en"], units["unit_code"], strict=True)) == {
        "Akmola": "110000000", "South Kazakhstan": "510000000", "Turkistan": "610000000",
        "Jetisu": "330000000"}


def test_geoboundaries_adm2_keeps_shape_id_and_ignores_iso_below_level_1(tmp_path):
    gb = gpd.GeoDataFrame({"shapeName": ["Tselinograd", "Burabay"],
                           "shapeISO": ["KZ-AKM", "KZ-AKM"],  # the oblast's code on districts
                           "shapeID": ["KAZ-ADM2-1", "KAZ-ADM2-2"], "shapeType": "ADM2"},
                          geometry=_squares(2), crs=4326)
    path = tmp_path / "gb2.geojson"
    gb.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    assert list(units["unit_code"]) == ["KAZ-ADM2-1", "KAZ-ADM2-2"]
    assert set(units["level"]) == {"district"} and set(units["kind"]) == {"district"}
    assert any(n.startswith("unit_codes:shapeID") for n in units.attrs["report"]["notes"])


# --- UN COD-AB (geokz) ---------------------------------------------------------------------


@pytest.mark.realdata
@pytest.mark.parametrize("level", [1, 2])
def test_cod_ab_without_kato_column_gets_kato_from_pcode_and_joins(real_data, tmp_path, level):
    """geokz pcodes are 'KZ' + the KATO code's first digits: padded, they give back the KATO
    column for every unit of adm1 and adm2 2024."""
    src = _geokz(real_data, level)
    path = tmp_path / f"kaz_adm{level}_pcode_only.gpkg"
    src.drop(columns="KATO").to_file(path, engine="pyogrio")
    units = read_boundaries(path)
    assert sorted(units["unit_code"]) == sorted(src["KATO"])
    by_code = src.set_index("KATO")
    for lang in ("EN", "RU", "KK"):
        assert (units[f"name_{lang.lower()}"] == by_code.loc[units.index, f"ADM{level}_{lang}"]
                .str.strip()).all()
    if level == 2:
        assert (units["parent_code"] == units["unit_code"].str[:2] + "0000000").all()
        assert set(units["level"]) == {"district"}
        assert set(units["kind"]) == {"district", "city", "city_district"}
    rows = pd.DataFrame({"unit_code": list(src["KATO"])})
    res = reconcile(units, rows)
    assert res.count("code") == len(src) and not res.units_without_data


def test_cod_ab_names_and_pcode_on_synthetic_districts(tmp_path):
    cod = gpd.GeoDataFrame({"ADM1_EN": ["Akmola"] * 2, "ADM1_PCODE": ["KZ11"] * 2,
                            "ADM2_EN": ["Tselinograd", "Burabay"],
                            "ADM2_KK": [" Целиноград ", "Бурабай"],
                            "ADM2_RU": ["Целиноградский", "Бурабайский"],
                            "ADM2_PCODE": ["KZ115600", "KZ113600"]},
                           geometry=_squares(2), crs=4326)
    path = tmp_path / "kaz_adm2.shp"
    cod.to_file(path, engine="pyogrio")
    units = read_boundaries(path)
    assert list(units["unit_code"]) == ["113600000", "115600000"]
    assert units.loc["115600000", "name_kk"] == "Целиноград"  # whitespace stripped only
    assert units.loc["115600000", "name_ru"] == "Целиноградский"
    assert set(units["parent_code"]) == {"110000000"}
    assert set(units["level"]) == {"district"}


# --- GADM ----------------------------------------------------------------------------------


def _gadm_districts() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "GID_0": "KAZ", "NAME_0": "Kazakhstan",
        "GID_1": ["KAZ.1_1"] * 3, "NAME_1": ["Aqmola"] * 3,
        "NL_NAME_1": ["Ақмола облысы|Акмолинская область"] * 3,
        "GID_2": ["KAZ.1.1_1", "KAZ.1.2_1", "KAZ.1.3_1"],
        "NAME_2": ["Tselinogradskiy", "Burabay", "Akkol'"],
        "VARNAME_2": ["Tselinograd|Akmolinskiy", "Shchuchinskiy", ""],
        "NL_NAME_2": ["Целиноградский район", "Бурабай ауданы", "Ақкөл ауданы|Аккольский район"],
        "TYPE_2": "Audany", "ENGTYPE_2": "District",
    }, geometry=_squares(3), crs=4326)


def test_gadm_names_by_language_variants_kept_and_gid_as_code(tmp_path):
    path = tmp_path / "gadm41_KAZ_2.shp"
    _gadm_districts().to_file(path, engine="pyogrio")
    units = read_boundaries(path)
    assert list(units["unit_code"]) == ["KAZ.1.1_1", "KAZ.1.2_1", "KAZ.1.3_1"]
    u = units.set_index("unit_code")
    assert u.loc["KAZ.1.1_1", "name_en"] == "Tselinogradskiy"
    assert u.loc["KAZ.1.1_1", "name_ru"] == "Целиноградский район"
    assert u.loc["KAZ.1.2_1", "name_kk"] == "Бурабай ауданы"
    assert u.loc["KAZ.1.3_1", "name_kk"] == "Ақкөл ауданы"
    assert u.loc["KAZ.1.3_1", "name_ru"] == "Аккольский район"
    # VARNAME: alternative spellings kept as a column, never a name
    assert u.loc["KAZ.1.1_1", "VARNAME_2"] == "Tselinograd|Akmolinskiy"
    assert "Tselinograd|Akmolinskiy" not in set(u[["name_en", "name_ru", "name_kk"]].stack())
    assert set(units["level"]) == {"district"} and set(units["parent_code"]) == {"KAZ.1_1"}
    rows = pd.DataFrame({"unit_name": ["Целиноградский район", "Бурабайский район",
                                       "Ақкөл ауданы"]})
    assert _joined(units, rows) == {"Целиноградский район": "KAZ.1.1_1",
                                    "Бурабайский район": "KAZ.1.2_1",
                                    "Ақкөл ауданы": "KAZ.1.3_1"}


def test_gadm_level_1_is_oblast_level(tmp_path):
    g = _gadm_districts().drop(columns=["GID_2", "NAME_2", "VARNAME_2", "NL_NAME_2", "TYPE_2",
                                        "ENGTYPE_2"]).iloc[:1]
    path = tmp_path / "gadm41_KAZ_1.geojson"
    g.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    assert list(units["unit_code"]) == ["KAZ.1_1"]
    assert units.iloc[0][["name_en", "name_kk", "name_ru"]].tolist() == [
        "Aqmola", "Ақмола облысы", "Акмолинская область"]
    assert units.iloc[0]["level"] == "oblast" and units.iloc[0]["kind"] == "oblast"


@pytest.mark.realdata
def test_gadm_from_real_geokz_keeps_kazakh_names_and_joins_by_code(real_data, tmp_path):
    src = _geokz(real_data, 1)
    gids = [f"KAZ.{i + 1}_1" for i in range(len(src))]
    g = gpd.GeoDataFrame({"GID_0": "KAZ", "GID_1": gids, "NAME_1": src["ADM1_EN"],
                          "NL_NAME_1": src["ADM1_KK"] + "|" + src["ADM1_RU"]},
                         geometry=src.geometry, crs=src.crs)
    path = tmp_path / "gadm.gpkg"
    g.to_file(path, engine="pyogrio")
    units = read_boundaries(path)
    u = units.set_index("unit_code")
    # every Kazakh name lands in name_kk: those without a Kazakh letter (Павлодар, Атырау)
    # go with the rest of their column
    assert sum(text_language(n) != "kk" for n in src["ADM1_KK"]) >= 3
    assert (u.loc[gids, "name_kk"].values == src["ADM1_KK"].str.strip().values).all()
    rows = pd.DataFrame({"unit_code": gids})
    assert reconcile(units, rows).count("code") == len(src)


# --- OpenStreetMap -------------------------------------------------------------------------


def test_osm_export_name_tags_admin_level_and_kato_tag(tmp_path):
    osm = gpd.GeoDataFrame({
        "osm_id": ["relation/1", "relation/2", "relation/3"],
        "name": ["Целиноград ауданы", "Бурабай ауданы", "Ақкөл ауданы"],
        "name:kk": ["Целиноград ауданы", "Бурабай ауданы", None],
        "name:ru": ["Целиноградский район", "Бурабайский район", "Аккольский район"],
        "name:en": ["Tselinograd District", None, None],
        "admin_level": ["6", "6", "6"],
        "ref:kato": ["115600000", "113600000", None],
    }, geometry=_squares(3), crs=4326)
    path = tmp_path / "osm.geojson"
    osm.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    assert set(units["unit_code"]) == {"115600000", "113600000", "relation/3"}
    assert units.loc["115600000", "name_kk"] == "Целиноград ауданы"
    assert units.loc["115600000", "name_ru"] == "Целиноградский район"
    assert units.loc["115600000", "name_en"] == "Tselinograd District"
    assert units.loc["relation/3", "name_kk"] == "Ақкөл ауданы"  # from `name`, by its letters
    assert set(units["level"]) == {"district"}
    rows = pd.DataFrame({"unit_code": ["115600000", None, None],
                         "unit_name": ["x", "Бурабайский район", "Ақкөл ауданы"]})
    assert list(_joined(units, rows).values()) == ["115600000", "113600000", "relation/3"]


@pytest.mark.filterwarnings("ignore:Column names longer than 10 characters")
@pytest.mark.filterwarnings("ignore:Normalized/laundered field name")
def test_osm_shapefile_with_gdal_column_names(tmp_path):
    """In a shapefile GDAL writes name:kk as name_kk and cuts admin_level to 10 letters."""
    osm = gpd.GeoDataFrame({
        "name": ["Ақмола облысы", "Карагандинская область"],
        "name_kk": [None, "Қарағанды облысы"],
        "name_ru": ["Акмолинская область", None],
        "admin_level": [4, 4], "ref_kato": ["110000000", "350000000"],
    }, geometry=_squares(2), crs=4326)
    path = tmp_path / "boundary.shp"
    osm.to_file(path, engine="pyogrio")
    assert "admin_leve" in gpd.read_file(path).columns
    units = read_boundaries(path)
    assert units.loc["110000000", ["name_kk", "name_ru"]].tolist() == [
        "Ақмола облысы", "Акмолинская область"]
    assert units.loc["350000000", ["name_kk", "name_ru"]].tolist() == [
        "Қарағанды облысы", "Карагандинская область"]
    assert set(units["level"]) == {"oblast"} and set(units["kind"]) == {"oblast"}


@pytest.mark.realdata
def test_osm_from_real_geokz_joins_by_name(real_data, tmp_path):
    src = _geokz(real_data, 1)
    ids = [f"relation/{1000 + i}" for i in range(len(src))]
    osm = gpd.GeoDataFrame({"@id": ids, "name": src["ADM1_KK"], "name:ru": src["ADM1_RU"],
                            "name:en": src["ADM1_EN"], "admin_level": "4"},
                           geometry=src.geometry, crs=src.crs)
    path = tmp_path / "export.geojson"
    osm.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    assert sorted(units["unit_code"]) == sorted(ids)
    assert (units.set_index("unit_code").loc[ids, "name_ru"].values
            == src["ADM1_RU"].str.strip().values).all()
    # a statistics table by KATO-less names: each oblast row on its own unit
    names = ["Акмолинская", "Карагандинская", "Мангистауская", "Западно-Казахстанская"]
    rows = pd.DataFrame({"unit_name": names})
    want = {n: ids[list(src["ADM1_RU"]).index(n)] for n in names}
    assert _joined(units, rows) == want


def test_text_language_by_script_and_letters():
    assert [text_language(t) for t in ("Шығыс Қазақстан", "Восточно-Казахстанская",
                                       "East Kazakhstan", "Ұлытау", "")] == [
        "kk", "ru", "en", "kk", None]


# --- refusals ------------------------------------------------------------------------------


def _refused(path, **kw) -> KZError:
    with pytest.raises(KZError) as info:
        read_boundaries(path, **kw)
    return info.value


def test_point_layer_is_refused_saying_what_it_is(tmp_path):
    pts = gpd.GeoDataFrame({"name": ["Мектеп 1", "Мектеп 2", "Мектеп 3"]},
                           geometry=[Point(71.4, 51.1), Point(71.5, 51.2), Point(76.9, 43.2)],
                           crs=4326)
    path = tmp_path / "schools.geojson"
    pts.to_file(path, driver="GeoJSON", engine="pyogrio")
    err = _refused(path)
    assert err.code == "boundaries_are_points"
    assert "points (3 features)" in err.message("en")
    assert "точки (объектов: 3)" in err.message("ru")
    assert "нүктелер (3 объект)" in err.message("kk")


def test_line_layer_is_refused(tmp_path):
    lines = gpd.GeoDataFrame({"name": ["road"]}, geometry=[LineString([(70, 50), (71, 51)])],
                             crs=4326)
    path = tmp_path / "roads.shp"
    lines.to_file(path, engine="pyogrio")
    err = _refused(path)
    assert err.code == "boundaries_are_lines" and "lines (1 features)" in err.message("en")


def test_mixed_layer_is_refused_with_the_counts(tmp_path):
    mixed = gpd.GeoDataFrame({"KATO": ["110000000", "150000000", "x"]},
                             geometry=[*_squares(2), Point(71.4, 51.1)], crs=4326)
    path = tmp_path / "mixed.geojson"
    mixed.to_file(path, driver="GeoJSON", engine="pyogrio")
    err = _refused(path)
    assert err.code == "boundaries_mixed_geometry"
    assert "(polygons / points / lines: 2 / 1 / 0)" in err.message("en")
    assert "2 / 1 / 0" in err.message("kk") and "2 / 1 / 0" in err.message("ru")


def test_geopackage_point_layer_chosen_is_refused_and_polygon_layer_picked_and_noted(tmp_path):
    gpkg = tmp_path / "kz.gpkg"
    gpd.GeoDataFrame({"name": ["Нұра"]}, geometry=[Point(71, 50)], crs=4326).to_file(
        gpkg, layer="settlements", engine="pyogrio")
    gpd.GeoDataFrame({"KATO": ["110000000"], "ADM1_KK": ["Ақмола"]}, geometry=_squares(1),
                     crs=4326).to_file(gpkg, layer="oblystar", engine="pyogrio")
    units = read_boundaries(gpkg)
    assert list(units["unit_code"]) == ["110000000"]
    assert "layer:oblystar" in units.attrs["report"]["notes"]
    assert _refused(gpkg, layer="settlements").code == "boundaries_are_points"


def _two_shapefile_zip(tmp_path):
    for stem, code in (("kaz_adm1", "110000000"), ("kaz_adm2", "111000000")):
        gpd.GeoDataFrame({"KATO": [code]}, geometry=_squares(1), crs=4326).to_file(
            tmp_path / f"{stem}.shp", engine="pyogrio")
    z = tmp_path / "both.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in sorted(tmp_path.glob("kaz_adm*.*")):
            zf.write(p, f"data/{p.name}")
    return z


def test_zip_with_two_shapefiles_is_refused_until_one_is_chosen(tmp_path):
    z = _two_shapefile_zip(tmp_path)
    err = _refused(z)
    assert err.code == "archive_several_layers"
    for lang in ("en", "ru", "kk"):
        assert "kaz_adm1.shp" in err.message(lang) and "kaz_adm2.shp" in err.message(lang)
        assert "--layer" in err.message(lang)
    assert list(read_boundaries(z, layer="kaz_adm2.shp")["unit_code"]) == ["111000000"]
    assert list(read_boundaries(z, layer="data/kaz_adm1.shp")["unit_code"]) == ["110000000"]
    assert {"data/kaz_adm1.shp", "data/kaz_adm2.shp"} == set(list_layers(z))
    assert list(read_boundaries(z, layer="kaz_adm2")["unit_code"]) == ["111000000"]
    missing = _refused(z, layer="kaz_adm3.shp")
    assert missing.code == "layer_missing" and "kaz_adm1.shp" in missing.message("en")


def test_zip_with_one_shapefile_and_a_geojson_copy_reads_the_shapefile(tmp_path):
    gdf = gpd.GeoDataFrame({"KATO": ["110000000"]}, geometry=_squares(1), crs=4326)
    gdf.to_file(tmp_path / "a.shp", engine="pyogrio")
    gdf.assign(KATO="150000000").to_file(tmp_path / "a.geojson", driver="GeoJSON",
                                         engine="pyogrio")
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in tmp_path.glob("a.*"):
            if p.suffix != ".zip":
                zf.write(p, p.name)
    units = read_boundaries(z)
    assert list(units["unit_code"]) == ["110000000"]
    assert "zip_member:a.shp" in units.attrs["report"]["notes"]
    assert list(read_boundaries(z, layer="a.geojson")["unit_code"]) == ["150000000"]


def test_web_mercator_shapefile_without_prj_is_refused_naming_its_bounds(tmp_path):
    gdf = gpd.GeoDataFrame({"KATO": ["110000000", "150000000"]}, geometry=_squares(2),
                           crs=4326).to_crs(3857)
    path = tmp_path / "merc.shp"
    gdf.to_file(path, engine="pyogrio")
    assert read_boundaries(path).crs.to_epsg() == 4326  # with its .prj: reprojected, fine
    path.with_suffix(".prj").unlink()
    err = _refused(path)
    assert err.code == "boundaries_outside_kazakhstan"
    x0, y0, x1, y1 = gdf.total_bounds
    assert f"({x0:.0f}, {y0:.0f}) – ({x1:.0f}, {y1:.0f})" in err.message("en")
    for lang in ("en", "ru", "kk"):
        assert ".prj" in err.message(lang) and "EPSG:3857" in err.message(lang)


def test_wrong_prj_is_refused(tmp_path):
    """Degrees labelled as Web Mercator metres: a country a few metres wide near (0, 0)."""
    gdf = gpd.GeoDataFrame({"KATO": ["110000000"]}, geometry=_squares(1), crs=4326)
    path = tmp_path / "wrong.shp"
    gdf.set_crs(3857, allow_override=True).to_file(path, engine="pyogrio")
    assert _refused(path).code == "boundaries_outside_kazakhstan"


def test_a_stray_unit_outside_is_noted_not_refused(tmp_path):
    gdf = gpd.GeoDataFrame({"KATO": ["110000000", "150000000", "190000000"]},
                           geometry=[*_squares(2), box(1, 1, 2, 2)], crs=4326)
    path = tmp_path / "stray.geojson"
    gdf.to_file(path, driver="GeoJSON", engine="pyogrio")
    units = read_boundaries(path)
    assert len(units) == 3
    assert "outside_kazakhstan:190000000" in units.attrs["report"]["notes"]


@pytest.mark.parametrize("code", NEW_CODES)
def test_each_new_refusal_has_its_text_in_three_languages(code):
    err = KZError(code, file="шекаралар.shp", detail="7")
    texts = {lang: err.message(lang) for lang in ("en", "ru", "kk")}
    assert len(set(texts.values())) == 3
    for text in texts.values():
        assert "шекаралар.shp" in text and "7" in text and not text.startswith(code)
    assert text_language(texts["kk"]) == "kk" and text_language(texts["en"]) == "en"
    assert text_language(texts["ru"]) in ("ru", "cyrillic")
