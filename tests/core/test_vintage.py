"""Statistics against boundaries of another vintage: no pre-reform total on a post-reform unit."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from kzplanner import paths
from kzplanner.core import vintage
from kzplanner.core.dataset import load_dataset
from kzplanner.core.joining import join_statistics as _join_statistics
from kzplanner.core.reconciliation import Reconciliation
from kzplanner.errors import MESSAGES

# name_ru, name_kk, name_en by KATO; a made-up square for each (no real file needed)
UNITS = {
    "110000000": ("Акмолинская", "Ақмола", "Akmola"),
    "190000000": ("Алматинская", "Алматы", "Almaty"),
    "330000000": ("Жетысуская", "Жетісу", "Zhetysu"),
    "350000000": ("Карагандинская", "Қарағанды", "Karaganda"),
    "620000000": ("Улытауская", "Ұлытау", "Ulytau"),
    "610000000": ("Туркестанская", "Түркістан", "Turkistan"),
    "790000000": ("Чимкент", "Шымкент", "Shymkent"),
}
OLD = ("330000000", "620000000")  # created in 2022: not on boundaries of 2018–2021


def make_units(codes, names=None):
    import geopandas as gpd

    names = names or UNITS
    codes = sorted(codes)
    return gpd.GeoDataFrame({
        "unit_code": codes,
        "name_ru": [names[c][0] for c in codes], "name_kk": [names[c][1] for c in codes],
        "name_en": [names[c][2] for c in codes], "level": "oblast",
    }, geometry=[box(i, 0, i + 1, 1) for i in range(len(codes))], crs=4326,
        index=codes)


def make_stats(rows, header=None):
    """A statistics frame as the import gives it: "-" already read as 0."""
    frame = pd.DataFrame(rows, columns=["unit_name", "population"])
    frame.insert(0, "unit_code", None)
    frame["population"] = frame["population"].astype(float)
    if header is not None:
        frame.attrs["source"] = {"file": "t.xlsx", "provenance": {
            "population": {"header": header, "column": "W", "block": "all"}}}
    return frame


ROWS_2021 = [("Акмолинская", 735566), ("Алматинская", 2077967), ("Жетісу", 0),
             ("Карагандинская", 1375938), ("Ұлытау", 0), ("Туркестанская", 2044742),
             ("г. Шымкент", 1074466)]


def join(units, stats, **kw):
    rec = Reconciliation()
    out = _join_statistics(units, stats, rec, **kw)
    return out, rec


def test_statistics_year_from_the_period_column_or_given():
    assert vintage.statistics_year(make_stats([], "2021")) == (2021, "header “2021”")
    assert vintage.statistics_year(make_stats([], "Все население / 2021/22"))[0] == 2021
    assert vintage.statistics_year(make_stats([], "Население"))[0] is None
    assert vintage.statistics_year(make_stats([], "2023"), 2019) == (2019, "explicit")
    stats = make_stats([])
    stats.attrs["source"] = {"year": "2020"}
    assert vintage.statistics_year(stats) == (2020, "explicit")


@pytest.mark.parametrize("header", ["2021", None])  # the year, or the "-" rows alone, tell
def test_pre_split_totals_stay_off_post_split_units(header):
    units = make_units(UNITS)
    stats = make_stats(ROWS_2021, header)
    out, rec = join(units, stats)
    pop = out["population"]
    assert math.isnan(pop["190000000"]) and math.isnan(pop["350000000"])  # not the old totals
    assert math.isnan(pop["330000000"]) and math.isnan(pop["620000000"])  # NaN, not 0
    assert pop["110000000"] == 735566 and pop["610000000"] == 2044742
    assert pop["790000000"] == 1074466  # the 2018 split is already in a 2021 table
    assert stats["population"].isna().sum() == 2  # "did not exist" is NaN in the frame itself
    got = {m["label"]: m for m in rec.matches}
    almaty = got["Алматинская"]
    assert almaty["method"] == "pre_reform" and almaty["unit_code"] == "190000000"
    assert "2022 reform" in almaty["rule"] and "Жетысуская" in almaty["rule"]
    assert {c["unit_code"] for c in almaty["candidates"]} == {"190000000", "330000000"}
    assert "did not exist" in got["Жетісу"]["rule"]
    err = [i for i in rec.errors if i["code"] == "pre_reform_statistics"]
    assert len(err) == 1 and err[0]["doubt"]
    assert set(err[0]["units"]) == {"190000000", "330000000", "350000000", "620000000"}
    assert err[0]["rows"] == ["Алматинская", "Карагандинская"]
    assert "Алматинская" in err[0]["detail"] and "Улытауская" in err[0]["detail"]
    assert ("2021" in err[0]["detail"]) == (header is not None)
    assert "kz_geokz_2018.gpkg" in err[0]["detail"] and "--layer adm1" in err[0]["detail"]
    assert set(err[0]["messages"]) == {"en", "ru", "kk"}
    assert {"190000000", "330000000"} <= set(rec.units_without_data)


def test_pre_split_statistics_on_boundaries_of_their_own_vintage_join():
    units = make_units(set(UNITS) - set(OLD))
    stats = make_stats(ROWS_2021, "2021")
    out, rec = join(units, stats)
    assert out.loc["190000000", "population"] == 2077967  # "-" for Zhetysu added nothing
    assert out.loc["350000000", "population"] == 1375938
    assert not rec.errors and not rec.units_without_data


def test_newer_statistics_on_older_boundaries_are_summed_as_before():
    units = make_units(set(UNITS) - set(OLD))
    stats = make_stats([("Алматинская", 1505968), ("Жетісу", 698729),
                        ("Карагандинская", 1134854), ("Ұлытау", 221426)], "2023")
    out, rec = join(units, stats)
    assert out.loc["190000000", "population"] == 1505968 + 698729
    assert out.loc["350000000", "population"] == 1134854 + 221426
    assert rec.matched_by_crosswalk == 2 and not rec.errors


def test_post_split_statistics_join_everything():
    units = make_units(UNITS)
    rows = [("Алматинская", 1505968), ("Жетісу", 698729), ("Карагандинская", 1134854),
            ("Ұлытау", 221426)]
    for header in ("2023", "2021", None):  # a series recalculated in new boundaries too
        out, rec = join(units, make_stats(rows, header))
        assert out.loc["190000000", "population"] == 1505968
        assert out.loc["620000000", "population"] == 221426
        assert not rec.errors


def test_absent_parts_count_when_the_year_says_so():
    units = make_units(UNITS)
    rows = [("Алматинская", 2077967), ("Акмолинская", 735566)]
    out, rec = join(units, make_stats(rows, "2021"))
    assert math.isnan(out.loc["190000000", "population"])
    assert [i["code"] for i in rec.errors] == ["pre_reform_statistics"]
    # a partial table of a later year: Almaty oblast is today's
    out, rec = join(units, make_stats(rows, "2023"))
    assert out.loc["190000000", "population"] == 2077967 and not rec.errors


def test_a_national_table_without_the_new_oblasts_is_pre_reform_only_for_counts_all_have():
    more = {f"{k}0000000": (f"Область {k}", f"Облыс {k}", f"Oblast {k}")
            for k in (15, 23, 27, 31, 39, 43, 47)}
    units = make_units([*UNITS, *more], {**UNITS, **more})
    codes = ["110000000", "190000000", "350000000", "610000000", "790000000", *sorted(more)]
    stats = pd.DataFrame({"unit_code": codes, "unit_name": None,
                          "population": np.arange(1, len(codes) + 1, dtype=float)})
    out, rec = join(units, stats)  # no year, no Zhetysu or Ulytau row: the old oblasts
    assert math.isnan(out.loc["190000000", "population"])
    assert [i["code"] for i in rec.errors] == ["pre_reform_statistics"]
    # a programme's own figures (no count every region has): absence says nothing
    out, rec = join(units, stats.rename(columns={"population": "device_voucher_issued"}))
    assert out.loc["190000000", "device_voucher_issued"] == 2 and not rec.errors


def test_turkistan_row_with_south_kazakhstan_figures_is_refused():
    units = make_units(UNITS)
    stats = make_stats([("Туркестанская 1", 2840871), ("г. Шымкент", 0),
                        ("Южно-Казахстанская", 2840871)], "2016")
    out, rec = join(units, stats)
    assert out["population"].isna().all()
    assert [m["method"] for m in rec.matches][::2] == ["pre_reform", "pre_reform"]
    assert rec.matches[1]["unit_code"] == "790000000"  # Shymkent: joined, "-" → NaN
    assert rec.matches[0]["unit_code"] == "510000000"
    err = next(i for i in rec.errors if i["code"] == "pre_reform_statistics")
    # before 2018 the bundled Natural Earth units are the ones of the statistics' vintage
    assert "kz_admin1_naturalearth.gpkg" in err["detail"] and 2018 in err["reforms"]


def test_messages_in_three_languages_name_the_bundled_file():
    text = MESSAGES["pre_reform_statistics"]
    assert set(text) == {"en", "ru", "kk"}
    assert all("{file}" in t and "{detail}" in t and "{sheet}" in t for t in text.values())


def test_shipped_geokz_2018_boundaries():
    from kzplanner.core.io.read.boundaries import read_boundaries
    from kzplanner.core.io.read.boundary_files import list_layers

    path = paths.geokz_2018_boundaries()
    assert path.is_file() and path.stat().st_size < 600 * 1024
    assert list_layers(path) == ["adm1", "adm2"]
    adm1 = read_boundaries(path)  # the first layer: oblasts
    assert len(adm1) == 17 and adm1.geometry.is_valid.all()
    assert {"190000000", "610000000", "790000000"} <= set(adm1.index)
    assert not {"100000000", "330000000", "620000000", "510000000"} & set(adm1.index)
    assert adm1.loc["190000000", "name_kk"] == "Алматы"
    adm2 = read_boundaries(path, layer="adm2")
    assert len(adm2) == 216 and adm2.index.str.fullmatch(r"\d{9}").all()
    # a 2021 table joins its old oblasts on them, without a real file
    stats = make_stats(ROWS_2021, "2021")
    out, rec = join(adm1, stats)
    assert out.loc["190000000", "population"] == 2077967 and not rec.errors


# ---------------------------------------------------------------- the Bureau's real workbook

# The workbook's labels → KATO, written out here so the check does not use the matcher
LABEL_CODES = {
    "Абай": "100000000", "Акмолинская": "110000000", "Актюбинская": "150000000",
    "Алматинская": "190000000", "Атырауская": "230000000",
    "Западно-Казахстанская": "270000000", "Жамбылская": "310000000", "Жетісу": "330000000",
    "Карагандинская": "350000000", "Костанайская": "390000000",
    "Кызылординская": "430000000", "Мангистауская": "470000000", "Павлодарская": "550000000",
    "Северо-Казахстанская": "590000000", "Туркестанская 1": "610000000",
    "Ұлытау": "620000000", "Восточно-Казахстанская": "630000000", "г. Астана": "710000000",
    "г. Алматы": "750000000", "г. Шымкент": "790000000",
}
SPLIT_2022 = {"190000000", "350000000", "630000000"}
CREATED_2022 = {"100000000", "330000000", "620000000"}


def workbook_cells(src, year: int) -> dict[str, object]:
    """The sheet's cells of `year`'s column by KATO, read with openpyxl alone."""
    import openpyxl

    wb = openpyxl.load_workbook(src, read_only=True, data_only=True)
    rows = list(wb["Все население"].iter_rows(values_only=True))
    wb.close()
    col = list(rows[0]).index(year)
    return {LABEL_CODES[str(r[0]).strip()]: r[col] for r in rows[1:]
            if r[0] and str(r[0]).strip() in LABEL_CODES}


def mapping_for(src, year: int):
    from kzplanner.core.io.read import layout

    proposal = layout.detect_layout(src)
    col = next(c for c in proposal.columns if c.header == str(year))
    mapping = proposal.mapping
    mapping.columns = [layout.ColumnMap("population", col.column, col.header, "header")]
    return mapping


@pytest.fixture
def workbook(real_data):
    return real_data / "bns-population-by-region" / "source.xlsx"


@pytest.mark.realdata
def test_real_2021_population_on_2024_boundaries_leaves_the_split_oblasts_empty(
        real_data, workbook):
    cells = workbook_cells(workbook, 2021)
    assert {cells[c] for c in CREATED_2022} == {"-"}
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp", workbook,
                      mapping=mapping_for(workbook, 2021))
    pop = ds.units["population"]
    assert len(pop) == 20
    for code in SPLIT_2022 | CREATED_2022:
        assert math.isnan(pop[code]), code  # neither the pre-split total nor 0
    for code, value in cells.items():
        if code not in SPLIT_2022 | CREATED_2022:
            assert pop[code] == value, code
    rec = ds.reconciliation
    err = [i for i in rec.errors if i["code"] == "pre_reform_statistics"]
    assert len(err) == 1 and err[0]["year"] == 2021 and err[0]["reforms"] == [2022]
    assert set(err[0]["units"]) == SPLIT_2022 | CREATED_2022
    for name in ("Алматинская", "Восточно-Казахстанская", "Карагандинская", "2021"):
        assert name in err[0]["detail"]
    assert str(paths.geokz_2018_boundaries()) in err[0]["detail"]
    refused = {m["label"] for m in rec.matches if m["method"] == "pre_reform"}
    assert refused == {"Алматинская", "Восточно-Казахстанская", "Карагандинская"}
    assert err[0]["doubt"]  # on every summary of the plan


@pytest.mark.realdata
@pytest.mark.parametrize("boundaries", ["shapefile", "shipped"])
def test_real_2021_population_joins_every_oblast_of_2018(real_data, workbook, boundaries):
    cells = workbook_cells(workbook, 2021)
    if boundaries == "shapefile":
        ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2018.shp", workbook,
                          mapping=mapping_for(workbook, 2021))
    else:
        ds = load_dataset(paths.geokz_2018_boundaries(), workbook, layer="adm1",
                          mapping=mapping_for(workbook, 2021))
    pop = ds.units["population"]
    assert len(pop) == 17 and pop.notna().all()
    for code in pop.index:
        assert pop[code] == cells[code], code  # Almaty oblast: the old oblast's own cell
    assert not [i for i in ds.reconciliation.errors if i["code"] == "pre_reform_statistics"]


@pytest.mark.realdata
def test_real_2023_population_joins_all_twenty(real_data, workbook):
    cells = workbook_cells(workbook, 2023)
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp", workbook,
                      mapping=mapping_for(workbook, 2023))
    pop = ds.units["population"]
    assert len(pop) == 20 and pop.notna().all()
    assert all(pop[code] == value for code, value in cells.items())
    assert not [i for i in ds.reconciliation.issues if i["code"] == "pre_reform_statistics"]
    assert not [m for m in ds.reconciliation.matches if m["method"] == "pre_reform"]
    assert np.isclose(pop.sum(), 19_766_807)
