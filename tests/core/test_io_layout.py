"""Statistics as offices publish them: detection, mapping JSON, apply, real BNS workbooks."""

from __future__ import annotations

import json
import math

import openpyxl
import pytest

from kzplanner import paths
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.read.layout import (
    StatsMapping,
    apply_mapping,
    detect_layout,
    load_mapping,
    save_mapping,
)
from kzplanner.errors import KZError


def _messy(path):
    """A bulletin: title, caption, two merged bilingual header rows, blocks, marks, notes."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Кесте 1"
    ws.append(["Число школ и домохозяйств по регионам1)"])
    ws.append([None, None, None, "единиц"])
    ws.append(["Регион", "Школы / Мектептер", None, "Домохозяйства\nҮй шаруашылықтары"])
    ws.append([None, "всего", "с интернетом", "без интернета"])
    ws.merge_cells("B3:C3")
    ws.merge_cells("A3:A4")
    ws.append(["Всего"])
    ws.append(["Республика Казахстан", "1 000", 600, 90])
    ws.append(["Акмолинская 1", 400, "–", "x"])
    ws.append(["г. Алматы", "600", "600", "…"])
    ws.append(["Сельская местность"])
    ws.append(["Акмолинская 1", 300, 0, 5])
    ws.append([])
    ws.append(["1) По данным МОН РК."])
    ws.append(["Примечание: данные предварительные"])
    wb.save(path)
    return path


def test_detection_proposes_a_mapping_for_a_messy_bulletin(tmp_path):
    path = _messy(tmp_path / "бюллетень.xlsx")
    p = detect_layout(path)
    m = p.mapping
    assert m.sheet == "Кесте 1" and m.header_rows == [3, 4] and m.unit_column == "A"
    assert [b.id for b in p.blocks] == ["all", "rural"] and m.block == "all"
    assert p.title.startswith("Число школ") and p.caption == "единиц"
    assert p.note_rows == [12, 13]
    heads = {c.column: c.header for c in p.columns}
    assert heads["B"] == "Школы / Мектептер / всего"
    by_ind = {c.indicator: c.column for c in m.columns}
    assert by_ind == {"schools_total": "B", "schools_connected": "C",
                      "households_no_internet": "D"}
    result = apply_mapping(path, m)
    f = result.frame.set_index("unit_name")
    assert list(f.index) == ["Республика Казахстан", "Акмолинская", "г. Алматы"]
    assert f.loc["Акмолинская", "schools_connected"] == 0  # "–" means zero
    assert math.isnan(f.loc["Акмолинская", "households_no_internet"])  # "x" confidential
    assert result.marks["schools_connected"]["zero"] == 1
    assert result.marks["households_no_internet"] == {"zero": 0, "confidential": 1,
                                                      "no_data": 1, "empty": 0}
    assert result.provenance["schools_total"]["cells"] == "B6:B8"
    assert result.totals["schools_total"] == 1000 and not result.warnings
    m.block = "rural"
    rural = apply_mapping(path, m).frame
    assert rural["schools_total"].tolist() == [300]


def test_mapping_json_round_trip_and_reuse(tmp_path):
    path = _messy(tmp_path / "b.xlsx")
    m = detect_layout(path).mapping
    m.decisions = {"Республика Казахстан": None}
    file = save_mapping(m, tmp_path / "b.mapping.json")
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["columns"][0]["indicator"]
    again = load_mapping(file)
    assert again == m
    ds = load_dataset(paths.natural_earth_boundaries(), path, mapping=file)
    assert ds.reconciliation.matched_by_decision == 0
    assert ds.units.loc["750000000", "schools_total"] == 600
    assert "excluded" in {x["method"] for x in ds.reconciliation.matches}


def test_mapping_errors_are_specific(tmp_path):
    path = _messy(tmp_path / "b.xlsx")
    m = detect_layout(path).mapping
    m.block = "urban"
    with pytest.raises(KZError) as info:
        apply_mapping(path, m)
    assert info.value.code == "block_missing" and "rural" in info.value.detail
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(KZError) as info:
        load_mapping(bad)
    assert info.value.code == "bad_mapping"
    m = StatsMapping(sheet="Кесте 1", header_rows=[3, 4], unit_column="A", block="all")
    m.set_indicator("B", "population", header="Население 2030")
    with pytest.raises(KZError) as info:
        apply_mapping(path, m)
    assert info.value.code == "column_missing"


@pytest.mark.realdata
def test_real_bns_schools_rural_block_joins_geokz_2024(real_data):
    src = real_data / "bns-schools" / "schools.xlsx"
    p = detect_layout(src)
    assert [b.id for b in p.blocks] == ["all", "urban", "rural"]
    assert p.mapping.columns[0].indicator == "schools_total"
    assert p.mapping.columns[0].header == "2022/23"
    assert p.note_rows[0] == 71  # footnotes below the table are not data
    m = p.mapping
    m.block = "rural"
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp", src, mapping=m)
    rec = ds.reconciliation
    # the rural block lists the 17 oblasts; the three cities have no rural rows — reported
    assert rec.matched_by_name == 17 and rec.unmatched_rows == ["Республика Казахстан"]
    assert rec.units_without_data == ["710000000", "750000000", "790000000"]
    s = ds.units["schools_total"]
    assert s.sum() == 5260  # the workbook's rural total for 2022/23
    assert s["610000000"] == 842 and s["620000000"] == 49 and s["100000000"] == 230
    stat = next(x for x in ds.sources if x.kind == "statistics")
    assert stat.cells == "schools_total: X53:X70"
    # all-population block: all 20 regions matched, counts equal to the workbook's
    m.block = "all"
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp", src, mapping=m)
    assert ds.reconciliation.matched_by_name == 20 and not ds.reconciliation.units_without_data
    assert ds.units["schools_total"].sum() == 7687
    assert ds.units.loc["790000000", "schools_total"] == 251  # "город Шымкент" vs "Чимкент"


@pytest.mark.realdata
def test_real_bns_population_detected_without_a_mapping(real_data):
    src = real_data / "bns-population-by-region" / "source.xlsx"
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp", src)
    rec = ds.reconciliation
    assert "layout_detected" in rec.notes
    assert rec.matched_by_name == 20 and ds.units["population"].sum() == 19_766_807
    p = detect_layout(src, sheet="Женщины")
    assert p.sheets == ["Все население", "Мужчины", "Женщины"]
    old = p.mapping
    old.set_indicator("B", "population", header="2000")
    res = apply_mapping(src, old)
    assert res.marks["population"]["zero"] == 4  # "-" for regions that did not exist yet
