"""Templates per missing indicator (issue 15): for what the loaded statistics lack — target
groups and institution status, which no published table gives — the template asks for just
those columns, for the loaded units; filled in, it joins as one more source and fills them."""

from __future__ import annotations

import openpyxl
import pandas as pd

from kzplanner import paths
from kzplanner.core.catalogue import DEFAULT_GROUPS, group_columns
from kzplanner.core.dataset import load_dataset
from kzplanner.core.io.write.template import missing_indicators, status_missing, write_template

GROUP_COLUMNS = tuple(c for g in DEFAULT_GROUPS for c in group_columns(g))


def _codes() -> list[str]:
    from kzplanner.core.io.read.boundaries import read_boundaries

    return list(read_boundaries(paths.natural_earth_boundaries()).index)


def _csv(path, values: dict[str, dict[str, float]]) -> str:
    """A canonical table: unit_code and one column per indicator."""
    frame = pd.DataFrame({"unit_code": list(next(iter(values.values())))})
    for col, by_code in values.items():
        frame[col] = [by_code[c] for c in frame["unit_code"]]
    frame.to_csv(path, index=False)
    return str(path)


def _published(tmp_path) -> list[str]:
    """What the Bureau publishes: population, schools (their number only), households
    without internet — one table each."""
    codes = _codes()
    return [_csv(tmp_path / "халық.csv", {"population": {c: 50_000.0 * (i + 1)
                                                         for i, c in enumerate(codes)}}),
            _csv(tmp_path / "мектептер.csv", {"schools_total": {c: 20.0 + i
                                                               for i, c in enumerate(codes)}}),
            _csv(tmp_path / "интернет.csv", {"households_no_internet": {
                c: 1_000.0 + 10 * i for i, c in enumerate(codes)}})]


def _fill(path, values: dict[str, dict[str, float]]) -> None:
    """Type figures into the template's white cells, as a district would."""
    wb = openpyxl.load_workbook(path)
    ws = wb["statistics"]
    ids = [c.value for c in ws[3]]
    for row in ws.iter_rows(min_row=4):
        code = str(row[0].value)
        for col, by_code in values.items():
            row[ids.index(col)].value = by_code[code]
    wb.save(path)


def test_missing_template_asks_for_what_the_tables_lack_and_fills_it(tmp_path):
    tables = _published(tmp_path)
    ds = load_dataset(paths.natural_earth_boundaries(), tables)
    assert ds.reconciliation.missing_inputs == ["target_groups"]
    assert status_missing(ds) == ["school"]  # a number of schools, but not which are connected
    wanted = missing_indicators(ds)
    assert wanted == ("schools_connected", *GROUP_COLUMNS)

    out = write_template(ds.units, tmp_path / "толтыру.xlsx", lang="kk", indicators=wanted)
    ws = openpyxl.load_workbook(out)["statistics"]
    assert [c.value for c in ws[3]] == ["unit_code", "unit_name", *wanted]
    assert ws["D2"].value == "Көпбалалы отбасылар: құқығы бар"
    assert [r[0].value for r in ws.iter_rows(min_row=4)] == list(ds.units.index)
    assert ws["B4"].value == ds.units.iloc[0]["name_kk"]

    codes = list(ds.units.index)
    filled = {"schools_connected": {c: 10.0 + i for i, c in enumerate(codes)}}
    for k, col in enumerate(GROUP_COLUMNS):
        filled[col] = {c: float(100 * (k + 1) + i) for i, c in enumerate(codes)}
    _fill(out, filled)

    joined = load_dataset(paths.natural_earth_boundaries(), [*tables, str(out)])
    assert joined.reconciliation.missing_inputs == []
    assert status_missing(joined) == [] and missing_indicators(joined) == ()
    assert joined.groups == DEFAULT_GROUPS
    for col, by_code in filled.items():
        assert joined.units[col].to_dict() == by_code
    # the published tables still give what they gave
    assert joined.units["population"].to_dict() == ds.units["population"].to_dict()
    template_source = joined.data_sources[-1]
    assert template_source.used == list(wanted) and template_source.joined == len(codes)


def test_without_population_or_institutions_the_template_asks_for_them(tmp_path):
    codes = _codes()
    only = _csv(tmp_path / "интернет.csv", {"households_no_internet": {c: 5.0 for c in codes}})
    ds = load_dataset(paths.natural_earth_boundaries(), only)
    assert ds.reconciliation.missing_inputs == ["population", "target_groups", "institutions"]
    assert missing_indicators(ds) == (
        "population", "schools_total", "schools_connected", "faps_total", "faps_connected",
        "pscs_total", "pscs_connected", *GROUP_COLUMNS)


def test_cli_writes_the_template_for_what_the_stats_lack(tmp_path, capsys):
    from kzplanner.cli import main

    tables = _published(tmp_path)
    out = tmp_path / "missing.xlsx"
    argv = ["template", "--boundaries", str(paths.natural_earth_boundaries()), "--out", str(out),
            "--missing", "--lang", "ru"]
    assert main([*argv, *(x for t in tables for x in ("--stats", t))]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    ws = openpyxl.load_workbook(out)["statistics"]
    assert [c.value for c in ws[3]][2:] == ["schools_connected", *GROUP_COLUMNS]
    assert ws["A1"].value.startswith("KZ Planner — чего нет")

    # statistics that give everything: nothing to write, said
    full = tmp_path / "nothing.xlsx"
    assert main(["template", "--boundaries", str(paths.natural_earth_boundaries()), "--out", str(full),
                 "--missing", "--stats", str(paths.sample_statistics()), "--lang", "kk"]) == 0
    assert not full.exists()
    assert "үлгі жасалмады" in capsys.readouterr().err
    # --missing needs the tables; --stats without --missing is refused, not ignored
    assert main(argv) == 2
    assert "--missing" in capsys.readouterr().err
    assert main(["template", "--boundaries", str(paths.natural_earth_boundaries()), "--out",
                 str(tmp_path / "x.xlsx"), "--stats", tables[0]]) == 2
    assert "--stats" in capsys.readouterr().err
