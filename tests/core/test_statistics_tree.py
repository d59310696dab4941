"""Statistics as the Bureau publishes them (issue 14): bulletins read as trees, joins proven by
totals, never a silent wrong join.

The district bulletins are built from the real geokz 2024 names (tests/core/bulletins.py); the
value each unit must get is the builder's own number, independent of the reader. Tests without
../shared build a small bulletin from the bundled gazetteer's names and units in memory.
"""

from __future__ import annotations

import pandas as pd
import pytest

from kzplanner.core import kinds
from kzplanner.core.reconcile import reconcile
from kzplanner.core.tree import read_tree
from tests.core.bulletins import ADM1, ADM2, make_district_bulletin

VARIANTS = [
    pytest.param({"lang": "kk"}, id="kazakh"),
    pytest.param({"lang": "ru"}, id="russian"),
    pytest.param({"lang": "kk", "top_style": "bare"}, id="kazakh-bare-headers"),
    pytest.param({"lang": "ru", "top_style": "bare"}, id="russian-bare-headers"),
]


# ------------------------------------------------------------------ without ../shared

def _units(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Boundary units in memory: (KATO, Kazakh name, Russian name)."""
    frame = pd.DataFrame([{"unit_code": c, "name_kk": kk, "name_ru": ru, "name_en": None}
                          for c, kk, ru in rows]).set_index("unit_code", drop=False)
    frame.index.name = None
    frame["kind"] = [kinds.unit_kind(c) for c in frame.index]
    frame["level"] = ["oblast" if k in kinds.TOP else "district" for k in frame["kind"]]
    return frame


# Districts that recur by name across oblasts, and oblasts named like their centre or a district.
DISTRICTS = [
    ("103200000", "Абай", "Абайский"),            # Abay oblast
    ("151000000", "Ақтөбе", "Актобе"),            # Aktobe city (the oblast's centre)
    ("153200000", "Алға", "Алгинский"),
    ("194200000", "Жамбыл", "Жамбылский"),        # Almaty oblast's Zhambyl district
    ("196200000", "Талғар", "Талгарский"),
    ("311000000", "Тараз", "Тараз"),
    ("314000000", "Жамбыл", "Жамбылский"),        # Zhambyl oblast's Zhambyl district
    ("353200000", "Абай", "Абайский"),            # Karaganda's Abay district
    ("353600000", "Ақтоғай", "Актогайский"),
    ("711110000", "Алматы", "Алматинский"),       # Astana's Almaty city district
    ("711510000", "Нұра", "Нуринский"),
]
OBLASTS = [("100000000", "Абай", "Абайская"), ("150000000", "Ақтөбе", "Актюбинская"),
           ("190000000", "Алматы", "Алматинская"), ("310000000", "Жамбыл", "Жамбылская"),
           ("350000000", "Қарағанды", "Карагандинская"), ("710000000", "Астана", "Астана")]


def _bulletin(bare_headers: bool = True) -> tuple[pd.DataFrame, dict[str, float]]:
    """A small Kazakh bulletin: republic, oblast headers, their districts; and the truth."""
    value = {code: float(1000 + 37 * i) for i, (code, _kk, _ru) in enumerate(DISTRICTS)}
    labels: list[str] = []
    values: list[float] = []
    expected_top: list[str | None] = []
    for code, kk, _ru in OBLASTS:
        kids = [d for d in DISTRICTS if d[0][:2] == code[:2]]
        head = kk if bare_headers else (f"{kk} қаласы" if code == "710000000" else
                                        f"{kk} облысы")
        labels.append(head)
        values.append(sum(value[d[0]] for d in kids))
        expected_top.append(code)
        for d in kids:
            kind = kinds.kind_from_code(d[0])
            labels.append(f"{d[1]} қ.ә." if kind == "city" else f"{d[1]} ауданы")
            values.append(value[d[0]])
            expected_top.append(code)
    rows = pd.DataFrame({"unit_code": None, "unit_name": ["Қазақстан Республикасы", *labels],
                         "population": [sum(values) / 2, *values]})
    rows.attrs["expected_top"] = [None, *expected_top]
    return rows, value


@pytest.mark.parametrize("bare", [True, False], ids=["bare-headers", "suffixed-headers"])
def test_tree_gives_each_row_its_header(bare):
    rows, _value = _bulletin(bare_headers=bare)
    tree = read_tree(list(rows["unit_name"]))
    assert tree.country == 0
    tops = [r for r in tree.rows if r.level == "top"]
    assert [r.top for r in tops] == [c for c, _kk, _ru in OBLASTS]
    assert [r.top for r in tree.rows] == rows.attrs["expected_top"]
    # "Ақтөбе" right under the "Ақтөбе" header is the city, not a second oblast header
    aktobe = [r for r in tree.rows if r.label.startswith("Ақтөбе")]
    assert [r.level for r in aktobe] == ["top", "below"]


@pytest.mark.parametrize("bare", [True, False], ids=["bare-headers", "suffixed-headers"])
def test_district_rows_join_only_inside_their_oblast(bare):
    rows, value = _bulletin(bare_headers=bare)
    units = _units(DISTRICTS)
    res = reconcile(units, rows)
    joined = {m.unit_code: rows["population"][m.row] for m in res.matches if m.joined}
    assert joined == value  # every district on its own unit: repeated names resolved
    # the header rows are headers (not joined to a same-named district or city)
    heads = [m for m in res.matches if m.level == "top"]
    assert {m.method for m in heads} == {"header"}


def test_oblast_rows_never_take_a_districts_value_on_oblast_boundaries():
    rows, value = _bulletin(bare_headers=True)
    units = _units(OBLASTS)
    res = reconcile(units, rows)
    joined = {m.unit_code: m.label for m in res.matches if m.joined}
    assert joined == {c: kk for c, kk, _ru in OBLASTS}  # the header rows, by name
    below = [m for m in res.matches if m.level == "below"]
    assert below and {m.method for m in below} == {"below_level"}


def test_a_row_under_the_wrong_header_is_named_not_joined():
    rows, _value = _bulletin(bare_headers=False)
    # Талғар (Almaty oblast) listed under Zhambyl oblast instead
    i = rows.index[rows["unit_name"] == "Талғар ауданы"][0]
    moved = rows.loc[[i]]
    rest = rows.drop(index=i)
    j = rest.index[rest["unit_name"] == "Тараз қ.ә."][0]
    rows = pd.concat([rest.loc[:j], moved, rest.loc[j + 1:]]).reset_index(drop=True)
    res = reconcile(_units(DISTRICTS), rows)
    m = next(m for m in res.matches if m.label == "Талғар ауданы")
    assert m.method == "wrong_parent" and not m.joined
    assert [c["unit_code"] for c in m.candidates] == ["196200000"]


def test_decisions_are_keyed_by_the_rows_place_in_the_tree():
    rows, _value = _bulletin(bare_headers=False)
    units = _units(DISTRICTS)
    key = "Қарағанды облысы › Абай ауданы"
    res = reconcile(units, rows, decisions={key: None})
    abay = [m for m in res.matches if m.label == "Абай ауданы"]
    assert [(m.key, m.method) for m in abay] == [("Абай облысы › Абай ауданы", "exact"),
                                                 (key, "excluded")]
    # an old mapping's bare label is not applied to a label that occurs twice
    res = reconcile(units, rows, decisions={"Абай ауданы": None})
    assert [m.method for m in res.matches if m.label == "Абай ауданы"] == ["exact", "exact"]


def test_totals_check_names_the_header_whose_rows_do_not_add_up():
    from kzplanner.core.totals import check_totals

    rows, _value = _bulletin(bare_headers=False)
    units = _units(DISTRICTS)
    rows.loc[rows["unit_name"] == "Талғар ауданы", "population"] += 5  # a typo in the file
    res = reconcile(units, rows)
    issues = check_totals(res.tree, res.matches, rows[["population"]])
    bad = [i for i in issues if i["severity"] == "error"]
    assert {(i["check"], i["label"]) for i in bad} == {
        ("children", "Алматы облысы"), ("joined", "Алматы облысы")}
    assert all(i["doubt"] for i in bad)


def test_tolerance_is_the_files_rounding_at_most_a_thousandth():
    from kzplanner.core.totals import tolerance

    assert tolerance(100.0, [50.0, 50.0]) == 0.5  # whole numbers: half a unit
    assert tolerance(100.0, [33.3, 33.3, 33.4]) == pytest.approx(0.1)  # 0.1 % caps 3 × 0.05
    assert tolerance(1000.0, [333.3, 333.3, 333.3]) == pytest.approx(0.15)


# ------------------------------------------------------------------ real geokz names

@pytest.mark.realdata
@pytest.mark.parametrize("variant", VARIANTS)
def test_bureau_district_bulletin_on_geokz_districts(real_data, tmp_path, variant):
    from kzplanner.core.dataset import load_dataset

    path = tmp_path / "бюллетень аудандар.xlsx"
    expected = make_district_bulletin(path, **variant)
    ds = load_dataset(ADM2, path)
    got = ds.units["population"]
    codes = list(ds.units.index)
    assert len(codes) == 224
    assert {c: got[c] for c in codes} == {c: expected[c] for c in codes}  # none wrong, none lost
    rec = ds.reconciliation
    assert not rec.doubts and not [i for i in rec.issues if i["code"] == "totals_mismatch"]
    assert got.sum() == expected["000000000"]
    methods = [m["method"] for m in rec.matches if m["level"] == "top"]
    assert methods == ["header"] * 20


@pytest.mark.realdata
@pytest.mark.parametrize("variant", VARIANTS)
def test_bureau_district_bulletin_on_geokz_oblasts(real_data, tmp_path, variant):
    from kzplanner.core.dataset import load_dataset

    path = tmp_path / "bulletin.xlsx"
    expected = make_district_bulletin(path, **variant)
    ds = load_dataset(ADM1, path)
    assert {c: ds.units["population"][c] for c in ds.units.index} == \
        {c: expected[c] for c in ds.units.index}
    assert not ds.reconciliation.doubts


@pytest.mark.realdata
def test_all_bare_labels_leave_the_truly_ambiguous_rows_out_and_say_so(real_data, tmp_path):
    """"Қостанай" twice under "Қостанай" (the city and the district, both bare) cannot be told
    apart: neither is joined, and the totals check names the oblast."""
    from kzplanner.core.dataset import load_dataset

    path = tmp_path / "bare.xlsx"
    expected = make_district_bulletin(path, top_style="bare", child_style="bare")
    ds = load_dataset(ADM2, path)
    got = ds.units["population"].dropna()
    assert all(got[c] == expected[c] for c in got.index)  # what is joined is right
    doubts = {(d["check"], d["label"]) for d in ds.reconciliation.doubts}
    assert ("joined", "Қостанай") in doubts and ("joined", "Павлодар") in doubts


@pytest.mark.realdata
def test_two_districts_swapped_between_oblasts_are_named(real_data, tmp_path):
    from kzplanner.core.dataset import load_dataset

    path = tmp_path / "swapped.xlsx"
    # Aksuat (Abay oblast) and Aktogay (Karaganda) trade places
    expected = make_district_bulletin(path, swap=("103400000", "353600000"))
    ds = load_dataset(ADM2, path)
    rec = ds.reconciliation
    doubts = rec.doubts
    wrong = {d["label"] for d in doubts if d["code"] == "row_under_wrong_parent"}
    assert wrong == {"Ақсуат ауданы", "Ақтоғай ауданы"}
    children = {d["label"] for d in doubts if d.get("check") == "children"}
    assert children == {"Абай облысы", "Қарағанды облысы"}
    # the rows involved are named: each swapped row's sheet row is in its header's issue
    moved = sorted(d["row"] for d in doubts if d["code"] == "row_under_wrong_parent")
    listed = sorted(r for d in doubts if d.get("check") == "children" for r in d["rows"]
                    if r in moved)
    assert len(moved) == 2 and listed == moved
    # nothing wrong was joined: the two units have no data rather than each other's
    assert pd.isna(ds.units.loc["103400000", "population"])
    assert pd.isna(ds.units.loc["353600000", "population"])
    others = [c for c in ds.units.index if c not in ("103400000", "353600000")]
    assert all(ds.units.loc[c, "population"] == expected[c] for c in others)


@pytest.mark.realdata
@pytest.mark.parametrize("folder,file,sheet_rows", [
    ("bns-population-by-region", "source.xlsx", None),
    ("bns-schools", "schools.xlsx", None),
])
def test_real_bureau_tables_give_each_oblast_its_own_cell(real_data, folder, file, sheet_rows):
    """20 of 20 oblasts on geokz adm1 2024 with the workbook's values, each compared with the cell
    it came from (found by hand: the row whose label names the oblast, the latest year's column,
    in the first block)."""
    import openpyxl

    from kzplanner.core.dataset import load_dataset

    src = real_data / folder / file
    ds = load_dataset(ADM1, src)
    ws = openpyxl.load_workbook(src, data_only=True).worksheets[0]
    cells = [list(r) for r in ws.iter_rows(values_only=True)]
    year_row = next(r for r in cells if any(str(v).startswith(("2023", "2022/23")) for v in r
                                            if v is not None))
    col = max(i for i, v in enumerate(year_row) if v is not None)
    hand = {  # KATO → the label as the workbook writes it (first block)
        "100000000": "Абай", "110000000": "Акмолинская", "150000000": "Актюбинская",
        "190000000": "Алматинская", "230000000": "Атырауская",
        "270000000": "Западно-Казахстанская", "310000000": "Жамбылская",
        "330000000": ("Жетісу", "Жетису"), "350000000": "Карагандинская",
        "390000000": "Костанайская", "430000000": "Кызылординская",
        "470000000": "Мангистауская", "550000000": "Павлодарская",
        "590000000": "Северо-Казахстанская", "610000000": ("Туркестанская 1", "Туркестанская*"),
        "620000000": ("Ұлытау", "Улытау"), "630000000": "Восточно-Казахстанская",
        "710000000": ("г. Астана", "город Астана"), "750000000": ("г. Алматы", "город Алматы"),
        "790000000": ("г. Шымкент", "город Шымкент")}
    indicator = "population" if folder.startswith("bns-population") else "schools_total"
    for code, names in hand.items():
        names = names if isinstance(names, tuple) else (names,)
        cell = next(r[col] for r in cells if isinstance(r[0], str) and r[0].strip() in names)
        assert ds.units.loc[code, indicator] == cell, code
    assert not ds.reconciliation.doubts


@pytest.mark.realdata
def test_plan_refuses_numbers_in_doubt_unless_accepted(real_data, tmp_path, capsys):
    import json

    import openpyxl

    from kzplanner.cli import main

    stats = tmp_path / "swapped.xlsx"
    make_district_bulletin(stats, swap=("103400000", "353600000"))
    out = tmp_path / "план.xlsx"
    common = ["plan", "--boundaries", str(ADM2), "--stats", str(stats), "--budget", "1e9",
              "--out", str(out), "--lang", "kk"]
    assert main(common) == 1
    err = capsys.readouterr().err
    assert "Ақсуат ауданы" in err and "--accept-warnings" in err and "120" in err
    assert not out.exists()  # nothing written from numbers in doubt
    assert main([*common, "--accept-warnings", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert {d["code"] for d in summary["data_doubts"]} == {"row_under_wrong_parent",
                                                           "totals_mismatch"}
    ws = openpyxl.load_workbook(out).worksheets[0]
    texts = [str(c.value) for row in ws.iter_rows(max_row=15) for c in row if c.value]
    assert any(t.startswith("⛔") and "Ақсуат ауданы" in t for t in texts)
    # the statistics give population only: nothing to plan on, and the plan says so
    assert summary["unspent_reason"] == "no_data"


@pytest.mark.realdata
def test_a_clean_bulletin_plans_without_being_asked(real_data, tmp_path, capsys):
    from kzplanner.cli import main

    stats = tmp_path / "ok.xlsx"
    make_district_bulletin(stats, lang="ru")
    assert main(["plan", "--boundaries", str(ADM2), "--stats", str(stats), "--budget", "1e9",
                 "--json"]) == 0


def test_a_sheet_the_workbook_lacks_is_an_error_not_the_first_sheet(tmp_path):
    from kzplanner import paths
    from kzplanner.core.dataset import load_dataset
    from kzplanner.errors import KZError

    with pytest.raises(KZError) as err:
        load_dataset(stats=paths.sample_statistics(), sheet="99")
    assert err.value.code == "sheet_missing" and "99" in err.value.message("kk")


def _abay_units() -> dict[str, list[str]]:
    """The 2024 units inside Abay oblast as the bundled gazetteer lists them (code → names)."""
    import json

    from kzplanner import paths

    data = json.loads((paths.maps_dir() / "kato_gazetteer.json").read_text(encoding="utf-8"))
    return {c: n for c, n in data["units"]["2024"].items()
            if c.startswith("10") and c != "100000000"}


def test_a_complete_district_table_is_summed_to_its_oblast_a_partial_one_is_not():
    inside = _abay_units()
    labels = [names[0] + (" қ.ә." if kinds.kind_from_code(c) == "city" else " ауданы")
              for c, names in inside.items()]
    values = [float(100 + 7 * k) for k in range(len(labels))]
    units = _units(OBLASTS)
    rows = pd.DataFrame({"unit_code": None, "unit_name": labels, "population": values})
    res = reconcile(units, rows)
    assert {m.method for m in res.matches} == {"summed_up"}
    assert {m.unit_code for m in res.matches} == {"100000000"}
    from kzplanner.core.crosswalk import aggregate

    frame = rows[["population"]].assign(_target=[m.unit_code for m in res.matches])
    out, _notes = aggregate(frame, list(units.index))
    assert out.loc["100000000", "population"] == sum(values)
    # one district missing: nothing is summed (a part would be left out), and it says so
    res = reconcile(units, rows.iloc[1:])
    assert {m.method for m in res.matches} == {"below_level"}
    assert all("not summed" in m.rule for m in res.matches)
