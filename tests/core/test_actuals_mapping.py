"""Actuals in an office's own layout, read through the import wizard's core: detection with the
actuals measures as targets, the mapping saved and reused, names reconciled like statistics,
CP1251 CSV, a Cyrillic path, per-institution rows summed to units, and bad cells named."""

from __future__ import annotations

import math

import openpyxl
import pandas as pd
import pytest

from kzplanner.core.io.read import layout
from kzplanner.core.io.read.actuals import (
    import_actuals,
    institution_actuals_to_units,
    is_canonical_actuals,
    read_actuals,
)
from kzplanner.core.variance import TOTAL, compare_projection
from kzplanner.errors import KZError
from tests.core.actuals_files import (
    CSV_ROWS,
    MEASURE_OF,
    ROWS,
    cp1251_csv,
    odd_workbook,
    value,
)


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    """Written for oblast-level figures: the sample on today's 20 oblasts (tests/conftest.py)."""
    return oblast_sample

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ"


@pytest.fixture
def odd_path(tmp_path):
    return odd_workbook(tmp_path / "Өңірлер есебі" / "Ақмола–Қарағанды факт 2025.xlsx")


def test_the_test_files_hold_every_kazakh_letter(odd_path):
    wb = openpyxl.load_workbook(odd_path)
    text = " ".join(str(c) for row in wb.active.iter_rows(values_only=True) for c in row if c)
    assert set(KAZAKH_LETTERS) <= set(text.upper())


def test_detection_proposes_the_actuals_measures_from_kk_ru_headers(odd_path):
    proposal = layout.detect_layout(odd_path, kind="actuals")
    m = proposal.mapping
    assert m.kind == "actuals" and m.unit_column == "A" and m.unit_kind == "name"
    assert m.header_rows == [3, 4]
    assert {c.column: c.indicator for c in m.columns} == {
        "B": "device_voucher_issued", "C": "device_voucher_redeemed",
        "D": "device_voucher_spent_kzt", "E": "kits_installed", "F": "spent_kzt"}
    assert proposal.total_rows == [5] and proposal.note_rows == [14, 15]
    # the same file read as statistics proposes none of the actuals measures
    stats = layout.detect_layout(odd_path)
    assert stats.mapping.kind == "statistics"
    assert not {c.indicator for c in stats.mapping.columns} & set(MEASURE_OF)


def test_odd_workbook_reads_to_the_files_values_per_unit(odd_path, sample_dataset):
    mapping = layout.detect_layout(odd_path, kind="actuals").mapping
    result = import_actuals(odd_path, mapping, sample_dataset.units,
                            sample_dataset.institutions)
    act = result.actuals
    assert sorted(act.index) == sorted(ROWS)
    for code in ROWS:
        for measure in MEASURE_OF:
            assert act.loc[code, measure] == value(code, measure), (code, measure)
    methods = {m["label"]: m["method"] for m in result.matches}
    assert methods["Қазақстан Республикасы / Республика Казахстан"] == "total"
    assert methods["Ақмола облысы"] == "exact"  # footnote marker "1)" stripped
    assert methods["Маңғыстау обл."] == "exact"
    assert methods["Восточно-Казахстанская"] == "exact"
    assert result.imported.marks["device_voucher_redeemed"]["zero"] == 1  # "-" is zero
    assert result.imported.provenance["kits_installed"]["cells"] == "E5:E12"
    assert not result.imported.warnings  # rows sum to the total row
    assert len(result.units_without_data) == len(sample_dataset.units) - len(ROWS)


def test_saved_mapping_is_reused_with_its_decisions(odd_path, sample_dataset, tmp_path):
    mapping = layout.detect_layout(odd_path, kind="actuals").mapping
    mapping.decisions = {"Восточно-Казахстанская": None}  # the planner left the row out
    saved = layout.save_mapping(mapping, tmp_path / "Өңірлер.mapping.json")
    again = layout.load_mapping(saved)
    assert again.kind == "actuals" and again.columns == mapping.columns
    next_year = odd_workbook(tmp_path / "келесі жыл.xlsx", rows={
        code: (name, *[v * 2 for v in values]) for code, (name, *values) in ROWS.items()})
    result = import_actuals(next_year, again, sample_dataset.units)
    assert "630000000" not in result.actuals.index
    assert result.actuals.loc["350000000", "device_voucher_issued"] == 4000
    methods = {m["label"]: m["method"] for m in result.matches}
    assert methods["Восточно-Казахстанская"] == "excluded"
    # a mapping file from before 'kind' existed reads as statistics
    data = again.to_dict()
    del data["kind"]
    assert layout.StatsMapping.from_dict(data).kind == "statistics"


def test_cp1251_csv_with_legacy_kazakh_letters(tmp_path, sample_dataset):
    path = cp1251_csv(tmp_path / "акимат" / "ваучеры интернет.csv")
    assert not is_canonical_actuals(path)
    proposal = layout.detect_layout(path, kind="actuals")
    assert {c.column: c.indicator for c in proposal.mapping.columns} == {
        "B": "internet_voucher_issued", "C": "internet_voucher_redeemed", "D": "kits_installed"}
    result = import_actuals(path, proposal.mapping, sample_dataset.units)
    act = result.actuals
    for code, (_name, issued, redeemed, kits) in CSV_ROWS.items():
        assert act.loc[code, "internet_voucher_issued"] == issued
        assert act.loc[code, "internet_voucher_redeemed"] == redeemed  # 999,5 and "-"
        assert act.loc[code, "kits_installed"] == kits
    match = next(m for m in result.matches if m["unit_code"] == "390000000")
    assert (match["label"], match["method"], match["rule"]) == \
        ("Ќостанай облысы", "rule", "legacy_encoding")


def test_canonical_files_need_no_wizard(tmp_path, sample_dataset, odd_path):
    from kzplanner.core.io.write.template import template_indicators, write_template

    tmpl = write_template(sample_dataset.units, tmp_path / "үлгі.xlsx", lang="kk",
                          indicators=template_indicators("actuals"))
    assert is_canonical_actuals(tmpl)
    assert not is_canonical_actuals(odd_path)
    wb = openpyxl.Workbook()
    wb.active.append(["Факт"])
    wb.active.append(["unit_code", "kits_installed"])
    wb.active.append(["110000000", 3])
    wb.save(tmp_path / "ids.xlsx")
    assert is_canonical_actuals(tmp_path / "ids.xlsx")
    # a unit key but office headers: the wizard, not a silent read of nothing
    wb = openpyxl.Workbook()
    wb.active.append(["регион", "Выдано ваучеров на устройства"])
    wb.active.append(["Ақмола облысы", 3])
    wb.save(tmp_path / "office.xlsx")
    assert not is_canonical_actuals(tmp_path / "office.xlsx")


@pytest.mark.parametrize("column,raw,code,text_ru", [
    (2, 5000, "redeemed_exceeds_issued", "погашено больше ваучеров, чем выдано (5000 > 2000)"),
    (1, "две тысячи", "bad_number", "«две тысячи» — не число"),
    (4, -3, "negative_value", "«-3» отрицательно"),
])
def test_bad_cells_name_file_sheet_row_and_column(tmp_path, sample_dataset, column, raw, code,
                                                  text_ru):
    path = odd_workbook(tmp_path / "қате.xlsx", overrides={("350000000", column): raw})
    mapping = layout.detect_layout(path, kind="actuals").mapping
    with pytest.raises(KZError) as err:
        import_actuals(path, mapping, sample_dataset.units)
    e = err.value
    assert e.code == code and e.row == 8 and e.sheet == "Факт 2025"
    assert e.column.startswith("BCDE"[column - 1])
    assert text_ru in e.message("ru")
    kk = e.message("kk")
    assert "қате.xlsx" in kk and "8-жол" in kk and "«Факт 2025» парағы" in kk


# ---------------------------------------------------------------- per institution

@pytest.fixture
def register():
    return pd.DataFrame({
        "inst_id": ["SCH-1", "SCH-2", "FAP-1", "PSC-1", "SCH-3"],
        "type": ["school", "school", "fap", "psc", "school"],
        "unit_code": ["110000000", "110000000", "110000000", "350000000", "350000000"],
    })


def test_institutions_connected_sum_to_their_units(register):
    rows = pd.DataFrame({"inst_id": ["SCH-1", "SCH-2", "FAP-1", "PSC-1", "SCH-3", "XX-9",
                                     "Итого"],
                         "connected": ["иә", "жоқ", "да", None, 1, "да", None],
                         "kit_spent_kzt": [1e6, 2e6, 5e5, 3e6, math.nan, 9e9, 1.6e7]})
    out, unknown = institution_actuals_to_units(rows, register)
    assert unknown == ["XX-9"]
    assert out.loc["110000000", "kits_installed"] == 2  # SCH-2 said "жоқ"
    assert out.loc["110000000", "school_kits_installed"] == 1
    assert out.loc["110000000", "fap_kits_installed"] == 1
    assert out.loc["350000000", "psc_kits_installed"] == 1
    assert out.loc["350000000", "school_kits_installed"] == 1
    assert out.loc["110000000", "kit_spent_kzt"] == 3.5e6
    assert out.loc["350000000", "kit_spent_kzt"] == 3e6
    dup = pd.DataFrame({"inst_id": ["SCH-1", "FAP-1", "SCH-1"]})
    with pytest.raises(KZError) as err:
        institution_actuals_to_units(dup, register, file="f.xlsx", sheet="s",
                                     sheet_rows=[4, 5, 6])
    assert err.value.code == "duplicate_institution" and err.value.row == 6
    assert "SCH-1 (4, 6)" in err.value.message("ru")


def _institution_workbook(path, rows, header=("inst_id", "connected", "kit_spent_kzt")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "мекемелер"
    ws.append(["Қосылған мекемелер тізімі"])
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_canonical_and_mapped_institution_files(tmp_path, sample_dataset):
    inst = sample_dataset.institutions
    ids = list(inst["inst_id"].iloc[:3]) + list(inst["inst_id"].iloc[-2:])
    expected = inst.set_index("inst_id").loc[ids].groupby("unit_code").size()
    canonical = _institution_workbook(tmp_path / "мекемелер.xlsx",
                                      [(i, "иә", 1_000_000) for i in ids] + [("ЖОҚ-1", "иә", 1)])
    assert is_canonical_actuals(canonical)
    act = read_actuals(canonical, units=sample_dataset.units, institutions=inst)
    assert act["kits_installed"].to_dict() == expected.astype(float).to_dict()
    assert act.attrs["unmatched"] == ["ЖОҚ-1"]
    with pytest.raises(KZError) as err:
        read_actuals(canonical, units=sample_dataset.units)
    assert err.value.code == "no_register"
    # the same through the wizard: an office header, the unit column holds institution ids
    office = _institution_workbook(
        tmp_path / "подключено.xlsx", [(i, f"Мекеме {n}", "1 000 000") for n, i in enumerate(ids)],
        header=("Код учреждения", "Наименование", "Стоимость подключения, тенге"))
    assert not is_canonical_actuals(office)
    mapping = layout.detect_layout(office, kind="actuals").mapping
    assert [(c.column, c.indicator) for c in mapping.columns] == [("C", "kit_spent_kzt")]
    mapping.unit_kind = "institution"
    result = import_actuals(office, mapping, sample_dataset.units, inst)
    assert result.actuals["kits_installed"].to_dict() == expected.astype(float).to_dict()
    assert result.actuals["kit_spent_kzt"].sum() == 5_000_000
    assert [m["unit_code"] for m in result.matches] == list(expected.index)


def test_comparison_of_imported_actuals_holds_the_files_values(odd_path, sample_dataset):
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan
    from kzplanner.core.variance import projection_per_unit

    plan = make_plan(sample_dataset, PlanParams(budget_kzt=2e9, strategy="proportional"))
    projected = projection_per_unit(plan)
    mapping = layout.detect_layout(odd_path, kind="actuals").mapping
    actuals = import_actuals(odd_path, mapping, sample_dataset.units).actuals
    cmp = compare_projection(projected, actuals)
    for code in ROWS:
        assert cmp.loc[code, "device_voucher_issued_actual"] == value(code,
                                                                      "device_voucher_issued")
        assert cmp.loc[code, "kits_installed_difference"] == pytest.approx(
            value(code, "kits_installed") - projected.loc[code, "kits_installed"])
    assert cmp.loc[TOTAL, "spent_kzt_actual"] == sum(value(c, "spent_kzt") for c in ROWS)
    assert cmp.loc[TOTAL, "units_not_reported"] == sum(
        1 for c in projected.index if c not in ROWS and projected.loc[c].sum() > 0)
