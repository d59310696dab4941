"""The default map is today's Kazakhstan (geokz 2024, oblasts and districts) and the bundled sample
is district-level, its official columns summing to the Bureau's oblast figures.

Checked against things the app's code did not make: the geokz shapefiles themselves, the Bureau's
CSVs in ../shared (both skipped when absent) and the sample workbook read cell by cell with
openpyxl."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from kzplanner import paths
from kzplanner.cli import main
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.read.boundaries import read_boundaries
from kzplanner.core.joining import assign_units
from kzplanner.core.reconciliation import Reconciliation

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real"
GEOKZ = REAL / "geokz"
NEW_OBLASTS = {"100000000": "Abay", "330000000": "Zhetysu", "620000000": "Ulytau"}
LATIN = re.compile(r"[A-Za-z]")


def _sample_rows() -> list[dict]:
    """The sample statistics as written: header on row 4, one row per unit (openpyxl only)."""
    ws = load_workbook(paths.sample_statistics(), read_only=True)["statistics"]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[3])
    return [dict(zip(header, r, strict=False)) for r in rows[4:] if r and r[0]]


def test_bundled_levels_are_todays_units():
    adm1 = read_boundaries(paths.bundled_boundaries("adm1"))
    adm2 = read_boundaries(paths.bundled_boundaries("adm2"))
    assert len(adm1) == 20 and len(adm2) == 224
    for code, name in NEW_OBLASTS.items():
        assert adm1.loc[code, "name_en"].startswith(name)
        assert (adm2.index.str[:2] == code[:2]).sum() >= 5  # its districts are there
    assert "510000000" not in adm1.index  # no South Kazakhstan
    # names a planner reads: the kind's word, no Latin look-alikes in Cyrillic names
    assert adm1.loc["100000000", "name_kk"] == "Абай облысы"
    assert adm1.loc["100000000", "name_ru"] == "Абайская область"
    assert adm1.loc["790000000", "name_ru"] == "г. Шымкент"
    assert adm2.loc["353200000", "name_kk"] == "Абай ауданы"
    for col in ("name_ru", "name_kk"):
        bad = [n for n in pd.concat([adm1[col], adm2[col]]) if LATIN.search(n)]
        assert not bad, bad
    assert set(adm2["parent_code"]) == set(adm1.index)
    assert paths.bundled_level(paths.sample_boundaries()) == "adm2"
    assert paths.bundled_level(paths.natural_earth_boundaries()) is None


@pytest.mark.skipif(not GEOKZ.is_dir(), reason="geokz shapefiles (../shared) absent")
@pytest.mark.parametrize("level", ["adm1", "adm2"])
def test_bundled_geometry_is_geokz_full_detail(level):
    """Full detail (institutions are placed by it): each unit's area and vertex count are the
    shapefile's."""
    src = gpd.read_file(GEOKZ / f"kaz_admbnda_{level}_2024.shp").set_index("KATO")
    ours = gpd.read_file(paths.bundled_boundaries(level)).set_index("KATO")
    assert sorted(ours.index) == sorted(src.index)
    a = src.to_crs("ESRI:102025").area
    b = ours.to_crs("ESRI:102025").area.reindex(a.index)
    assert np.allclose(a, b, rtol=1e-6)
    assert ours.geometry.count_coordinates().sum() >= 0.99 * src.geometry.count_coordinates().sum()


def test_sample_is_district_level_and_sums_to_official_oblast_figures():
    rows = _sample_rows()
    assert len(rows) == 224
    adm2 = read_boundaries(paths.sample_boundaries())
    assert {str(r["unit_code"]) for r in rows} == set(adm2.index)
    pop, schools = defaultdict(int), defaultdict(int)
    for r in rows:
        pop[str(r["unit_code"])[:2]] += r["population"]
        schools[str(r["unit_code"])[:2]] += r["schools_total"]
    assert sum(pop.values()) == 19_766_807 and sum(schools.values()) == 7_687
    # the register lists each unit's schools: as many school rows as schools_total
    ws = load_workbook(paths.sample_institutions(), read_only=True)["institutions"]
    reg = list(ws.iter_rows(min_row=4, values_only=True))
    per_unit = defaultdict(int)
    for r in reg:
        if r[3] == "school":
            per_unit[str(r[4])] += 1
    assert per_unit == {str(r["unit_code"]): r["schools_total"] for r in rows}
    if (REAL / "bns-population-by-region" / "kazpop.csv").is_file():
        official = _official_population_2023()
        adm1 = read_boundaries(paths.bundled_boundaries("adm1"))
        for code, name in adm1["name_ru"].items():
            assert pop[code[:2]] == official[_ru_key(name)], name


def _ru_key(name: str) -> str:
    return re.sub(r"^г\. |\s*(область|облысы)$|\s*\d+$", "", name).strip().lower()


def _official_population_2023() -> dict[str, int]:
    out = {}
    with open(REAL / "bns-population-by-region" / "kazpop.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["Год"] == "2023":
                name = _ru_key(row["Область"])
                out[{"абай": "абайская", "жетісу": "жетысуская",
                     "ұлытау": "улытауская"}.get(name, name)] = int(float(row["Население"]))
    return out


def test_oblast_level_sums_the_district_rows_and_places_every_institution():
    ds = load_dataset(paths.bundled_boundaries("adm1"), paths.sample_statistics(),
                      paths.sample_institutions())
    rows = _sample_rows()
    by_top = defaultdict(int)
    for r in rows:
        by_top[str(r["unit_code"])[:2] + "0000000"] += r["households"]
    assert ds.units["households"].to_dict() == pytest.approx(dict(by_top))
    assert ds.reconciliation.matched_summed == 224
    assert len(ds.institutions) == 9537 and ds.reconciliation.institutions_outside == 0
    assert set(ds.institutions["unit_code"]) <= set(ds.units.index)


def test_a_district_code_without_coordinates_goes_to_its_oblast_unless_split():
    units = read_boundaries(paths.bundled_boundaries("adm1"))
    inst = pd.DataFrame({"inst_id": ["A", "B", "C"], "name": ["", "", ""],
                         "unit_code": ["151000000", "193600000", "353200000"],
                         "lat": [np.nan, np.nan, 49.8], "lon": [np.nan, np.nan, 73.1]})
    rec = Reconciliation()
    out = assign_units(inst, units, rec)
    # Aktobe's city → Aktobe oblast; an Almaty-oblast code (split in 2022) without coordinates
    # is not guessed; C placed by its coordinates (Karaganda)
    assert out.set_index("inst_id")["unit_code"].to_dict() == {"A": "150000000",
                                                              "C": "350000000"}
    assert rec.institutions_outside == 1


def test_plan_json_on_a_fresh_install_lists_todays_units(capsys):
    assert main(["plan", "--budget", "1e9", "--json"]) == 0
    units = json.loads(capsys.readouterr().out)["units"]
    assert len(units) == 224
    assert {u["unit_code"][:2] + "0000000" for u in units} >= set(NEW_OBLASTS)
    assert main(["plan", "--budget", "1e9", "--json", "--boundaries",
                 str(paths.bundled_boundaries("adm1")), "--stats",
                 str(paths.sample_statistics())]) == 0
    names = {u["name"] for u in json.loads(capsys.readouterr().out)["units"]}
    assert {"Абайская область", "Жетысуская область", "Улытауская область"} <= names


def test_statistics_by_oblast_on_the_default_districts_land_on_the_oblasts(tmp_path):
    """A Bureau table by oblast loaded on a fresh start (the bundled districts) is joined to the
    bundled oblasts, and says so; on a file of one's own nothing is switched."""
    stats = tmp_path / "облыстар.csv"
    pd.DataFrame({"unit_name": ["Абай облысы", "Жетісу облысы", "Ұлытау облысы"],
                  "population": [610205, 698729, 221426]}).to_csv(stats, index=False)
    ds = load_dataset(None, stats)
    assert len(ds.units) == 20
    assert ds.units.loc[list(NEW_OBLASTS), "population"].tolist() == [610205, 698729, 221426]
    assert [i["code"] for i in ds.reconciliation.issues if i["code"] == "level_oblasts"]
    boundaries = next(s.file for s in ds.sources if s.kind == "boundaries")
    assert paths.bundled_level(boundaries) == "adm1"
    import shutil

    from kzplanner.errors import KZError

    own = tmp_path / "мои районы.gpkg"
    shutil.copy(paths.sample_boundaries(), own)
    with pytest.raises(KZError) as err:
        load_dataset(own, stats)
    assert err.value.code == "no_units_matched"


def test_no_two_units_share_a_name_in_any_language(sample_dataset):
    for lang in ("kk", "ru", "en"):
        names = sample_dataset.unit_names(lang)
        assert len(set(names.values())) == len(names) == 224, lang
    ru = sample_dataset.unit_names("ru")
    assert ru["353200000"] == "Абайский район (Карагандинская)"
    assert ru["791110000"] == "Абайский район (Шымкент)"
    assert sample_dataset.unit_names("kk")["101000000"] == "Семей қаласы"  # unique: as it is
