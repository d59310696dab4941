"""`kzplanner evaluate did|corr`: JSON and tables from Excel and CSV files, errors exit 2."""

from __future__ import annotations

import json

import numpy as np
import openpyxl
import pandas as pd
import pytest
import scipy.stats

from kzplanner.cli import main
from tests.core.test_evaluation import SEED_TABLE_1, seed_001_panel


def _write_csv_ru(frame: pd.DataFrame, path) -> None:
    """A planner's CSV: semicolons, decimal commas, CP1251 (title rows are tested on xlsx:
    tables.read_table's delimiter sniffing does not yet see past a CSV title line)."""
    text = frame.to_csv(sep=";", index=False, decimal=",")
    path.write_bytes(text.encode("cp1251"))


def _write_xlsx(frame: pd.DataFrame, path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Жоғары білімге қамту, 2015–2024"])
    ws.append([])
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        ws.append([v.item() if hasattr(v, "item") else v for v in row])
    wb.save(path)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_evaluate_did_json_reproduces_seed_table_1(tmp_path, capsys, fmt):
    path = tmp_path / f"panel.{fmt}"
    panel = seed_001_panel()
    (_write_csv_ru if fmt == "csv" else _write_xlsx)(panel, path)
    code = main(["evaluate", "did", "--data", str(path), "--outcome", "enrolment", "--unit",
                 "sex", "--time", "year", "--treated-units", "female", "--post-from", "2020",
                 "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 20 and out["se_type"] == "classical" and out["clustered"] is None
    for term, (coef, se, t, p) in SEED_TABLE_1.items():
        row = out["coefficients"][term]
        assert [round(row[k], 4) for k in ("coef", "se", "t", "p")] == [coef, se, t, p]
    assert "parallel" in out["reading"]["en"]


def test_evaluate_did_table_with_treated_column_and_cluster(tmp_path, capsys):
    rng = np.random.default_rng(5)
    rows = [{"district": f"D{u}", "year": y, "pilot": "да" if u < 6 else "нет",
             "share": 40 + u + 2 * (y - 2019) + (5 if u < 6 and y >= 2022 else 0)
             + rng.normal(0, 1)} for u in range(12) for y in range(2019, 2025)]
    path = tmp_path / "pilot.csv"
    _write_csv_ru(pd.DataFrame(rows), path)
    code = main(["evaluate", "did", "--data", str(path), "--outcome", "share", "--unit",
                 "district", "--time", "year", "--treated", "pilot", "--post-from", "2022",
                 "--cluster"])
    assert code == 0
    text = capsys.readouterr().out
    assert "cluster-robust" in text and "n = 72" in text
    line = next(ln for ln in text.splitlines() if ln.startswith("Post × Treated"))
    coef = float(line.split()[5])
    assert coef == pytest.approx(5.0, abs=1.5)
    assert "12 units" in text  # the few-clusters caveat


def test_evaluate_corr_json_equals_scipy(tmp_path, capsys):
    rng = np.random.default_rng(2)
    x = rng.normal(size=15)
    frame = pd.DataFrame({"internet": x, "literacy": x + rng.normal(0, 0.5, 15),
                          "enrolment": -x + rng.normal(0, 1, 15)})
    frame.loc[3, "literacy"] = np.nan
    path = tmp_path / "ind.xlsx"
    _write_xlsx(frame.astype(object).where(frame.notna(), None), path)
    code = main(["evaluate", "corr", "--data", str(path), "--columns",
                 "internet,literacy,enrolment", "--method", "spearman", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    mask = frame["literacy"].notna()
    r, p = scipy.stats.spearmanr(frame.loc[mask, "internet"], frame.loc[mask, "literacy"])
    assert out["r"]["internet"]["literacy"] == pytest.approx(r)
    assert out["p"]["literacy"]["internet"] == pytest.approx(p)
    assert out["n"]["internet"]["literacy"] == 14 and out["n"]["internet"]["enrolment"] == 15


def test_evaluate_corr_prints_three_matrices(tmp_path, capsys):
    frame = pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0, 5.0], "b": [2.0, 1.0, 4.0, 3.0, 6.0]})
    path = tmp_path / "t.csv"
    _write_csv_ru(frame, path)
    assert main(["evaluate", "corr", "--data", str(path), "--columns", "a,b"]) == 0
    text = capsys.readouterr().out
    assert "Pearson" in text and "p-value" in text
    r = scipy.stats.pearsonr(frame["a"], frame["b"])[0]
    assert f"{r:.4f}" in text


def test_evaluate_errors_go_to_stderr_with_exit_2(tmp_path, capsys):
    path = tmp_path / "p.csv"
    _write_csv_ru(seed_001_panel(), path)
    code = main(["evaluate", "did", "--data", str(path), "--outcome", "enrolment", "--unit",
                 "sex", "--time", "year", "--treated-units", "female,alien", "--post-from",
                 "2020", "--lang", "ru"])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "alien" in captured.err and "нет единиц" in captured.err
    code = main(["evaluate", "corr", "--data", str(tmp_path / "none.csv"), "--columns", "a,b"])
    assert code == 2 and "not found" in capsys.readouterr().err
    code = main(["evaluate", "corr", "--data", str(path), "--columns", "enrolment,nope"])
    assert code == 2 and "nope" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("u;t;y\nA;2019;1\nA;2020;abc\nB;2019;2\nB;2020;3\n", encoding="utf-8")
    code = main(["evaluate", "did", "--data", str(bad), "--outcome", "y", "--unit", "u",
                 "--time", "t", "--treated-units", "A", "--post-from", "2020"])
    err = capsys.readouterr().err
    assert code == 2 and "row 3" in err and "abc" in err
