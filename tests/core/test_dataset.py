"""Loading boundaries, statistics and the register into one dataset."""

from __future__ import annotations

import pandas as pd
import pytest

from kzplanner import paths
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.read.boundaries import read_boundaries


def test_bundled_boundaries_have_codes_and_three_languages():
    assert len(read_boundaries(paths.sample_boundaries())) == 224
    units = read_boundaries(paths.bundled_boundaries("adm1"))
    assert len(units) == 20
    assert units.index.tolist() == sorted(units.index)
    assert units.loc["590000000", "name_kk"] == "Солтүстік Қазақстан облысы"
    assert units.loc["750000000", "name_ru"] == "г. Алматы"
    assert units.crs.to_epsg() == 4326
    assert units.geometry.is_valid.all()
    # Kazakh letters are Cyrillic, never Latin look-alikes
    assert not units["name_kk"].str.contains("[A-Za-z]").any()


def test_sample_joins_everything_and_is_labelled_illustrative(sample_dataset):
    ds = sample_dataset
    rec = ds.reconciliation
    assert rec.matched_by_code == 224 and not rec.unmatched_rows and not rec.units_without_data
    assert rec.institutions_outside == 0
    assert ds.illustrative and not ds.boundaries_predate_2018
    assert ds.groups == ("large_families", "hs_students", "novice_teachers", "elderly_60plus",
                         "pwd")
    assert ds.institutions["unit_code"].isin(ds.units.index).all()
    # official BNS population 1 Jan 2023, shared among today's districts
    assert ds.units["population"].sum() == 19_766_807
    assert {s.kind for s in ds.sources} == {"boundaries", "statistics", "institutions"}
    assert any("geokz (A. Rodionov), CC BY 4.0" in s.attribution for s in ds.sources)


def test_statistics_without_register_become_counted_institutions(tmp_path, sample_dataset):
    stats = tmp_path / "stats.csv"
    frame = sample_dataset.units.drop(columns="geometry")
    cols = ["unit_code", "population", "schools_total", "schools_connected", "faps_total",
            "faps_connected", "pscs_total", "pscs_connected", "hs_students_eligible",
            "hs_students_no_device", "hs_students_no_internet"]
    frame[cols].to_csv(stats, index=False)
    ds = load_dataset(paths.sample_boundaries(), stats)
    assert ds.institutions_estimated and not ds.illustrative
    per_unit = ds.institutions.groupby(["unit_code", "type"]).size().unstack()
    assert (per_unit["school"].reindex(frame.index).fillna(0)
            == frame["schools_total"]).all()
    assert ds.groups == ("hs_students",)


def test_statistics_matched_by_name_when_codes_are_absent(tmp_path):
    stats = tmp_path / "stats.csv"
    pd.DataFrame({"unit_name": ["Акмолинская область", "Ақтөбе облысы", "Almaty City"],
                  "population": [1, 2, 3]}).to_csv(stats, index=False)
    ds = load_dataset(paths.bundled_boundaries("adm1"), stats)
    rec = ds.reconciliation
    assert rec.matched_by_name == 3
    assert ds.units.loc["150000000", "population"] == 2
    assert ds.units.loc["750000000", "population"] == 3
    assert len(rec.units_without_data) == 17


@pytest.mark.realdata
def test_real_geokz_districts_load_with_kato_text_codes(real_data):
    units = read_boundaries(real_data / "geokz" / "kaz_admbnda_adm2_2024.shp")
    assert len(units) == 224
    assert units["level"].eq("district").all()
    assert units.index.str.fullmatch(r"\d{9}").all()
    assert units["name_kk"].str.contains("[ӘҒҚҢӨҰҮҺІәғқңөұүһі]").any()
    assert units.geometry.is_valid.all()  # the one invalid polygon is repaired on load


@pytest.mark.realdata
def test_real_bns_population_joins_current_oblasts_by_name(real_data, tmp_path):
    src = pd.read_csv(real_data / "bns-population-by-region" / "kazpop.csv")
    latest = src[src["Год"] == 2023].rename(columns={"Область": "unit_name",
                                                     "Население": "population"})
    stats = tmp_path / "pop.csv"
    latest[["unit_name", "population"]].to_csv(stats, index=False)
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp", stats)
    assert len(ds.units) == 20
    matched = ds.reconciliation.matched_by_name
    # report what did not match rather than dropping it silently
    assert matched + len(ds.reconciliation.units_without_data) == 20
    assert matched >= 19  # "г. Шымкент" vs the old "Чимкент" in geokz is reported, not guessed
    assert "Республика Казахстан" in " ".join(ds.reconciliation.unmatched_rows)


@pytest.mark.realdata
def test_current_boundaries_with_the_bundled_statistics_stay_illustrative(real_data):
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp")
    assert ds.illustrative and not ds.boundaries_predate_2018
    assert ds.institutions_estimated


@pytest.mark.realdata
def test_geokz_boundaries_carry_their_cc_by_attribution(real_data):
    ds = load_dataset(real_data / "geokz" / "kaz_admbnda_adm1_2024.shp")
    credit = next(s.attribution for s in ds.sources if s.kind == "boundaries")
    assert "geokz" in credit and "CC BY 4.0" in credit


def test_a_copy_of_the_sample_workbooks_stays_illustrative(tmp_path):
    """A planner who saves the sample elsewhere (to edit it) still sees it labelled: the title
    row says so. A workbook without that row is the planner's own data."""
    import shutil

    import openpyxl

    from kzplanner import paths

    folder = tmp_path / "Менің деректерім Ұлытау"
    folder.mkdir()
    stats = folder / "статистика.xlsx"
    register = folder / "мекемелер.xlsx"
    shutil.copy(paths.sample_statistics(), stats)
    shutil.copy(paths.sample_institutions(), register)
    ds = load_dataset(None, stats, register)
    assert ds.illustrative
    assert [s.illustrative for s in ds.sources] == [False, True, True]
    wb = openpyxl.load_workbook(stats)
    wb["statistics"]["A1"] = "Статистика Қостанай облысы, 2024"
    wb.save(stats)
    own = load_dataset(None, stats)
    assert not own.illustrative and not own.sources[1].illustrative


def test_statistics_without_planning_inputs_are_named(tmp_path):
    """A workbook that gives only school counts (as the BNS schools table) loads, and says
    that the population and the target groups are missing; the plan says why it spends nothing."""
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    stats = tmp_path / "мектептер.csv"
    stats.write_text("unit_code;schools_total\n" + "".join(
        f"{code};{10 + i}\n" for i, code in enumerate(load_dataset().units.index)),
        encoding="cp1251")
    ds = load_dataset(None, stats)
    assert ds.reconciliation.missing_inputs == ["population", "target_groups"]
    issue = next(i for i in ds.reconciliation.issues if i["code"] == "inputs_missing")
    assert issue["severity"] == "warning" and issue["file"] == str(stats)
    result = make_plan(ds, PlanParams(budget_kzt=1e9))
    assert result.summary["spent"] == 0
    assert result.summary["unspent_reason"] == "no_value"
    assert load_dataset().reconciliation.missing_inputs == []


def test_a_register_read_alongside_keeps_its_errors_and_their_order(tmp_path):
    """The register is read in a thread of its own while the statistics are joined: its error
    still reaches the caller as the KZError it was (naming the row), and a statistics error,
    raised first before, still is."""
    from kzplanner.core.io.read.institutions import read_institutions
    from kzplanner.errors import KZError

    sample = read_institutions(paths.sample_institutions())
    register = tmp_path / "register.csv"
    bad = sample[["inst_id", "type", "unit_code", "lat", "lon"]].copy()
    bad.loc[3, "type"] = "стадион"
    bad.to_csv(register, index=False)
    with pytest.raises(KZError) as err:
        load_dataset(None, paths.sample_statistics(), register)
    assert (err.value.code, err.value.row) == ("bad_value", 5)  # header row 1: index 3 is row 5
    assert "стадион" in err.value.detail
    stats = tmp_path / "stats.csv"
    stats.write_text("something,else\n1,2\n", encoding="utf-8")
    with pytest.raises(KZError) as err:
        load_dataset(None, stats, register)
    assert err.value.code != "bad_value"  # the statistics' own error, as before
    good = tmp_path / "good.csv"
    sample[["inst_id", "type", "unit_code", "lat", "lon"]].to_csv(good, index=False)
    ds = load_dataset(None, paths.sample_statistics(), good)
    assert len(ds.institutions) == len(sample)
