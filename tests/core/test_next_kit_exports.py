"""The "next kit" ranking in the exports (issue 17): a sheet of the plan workbook (interface
language) and of `kzplanner coverage --out`, and the first entries in `coverage --json`. Its
first entries are checked against a brute-force recount: plain haversine distances from every
institution without access to every settlement no institution with access reaches, for every
candidate, ranked by people per ₸ independently of the code under test."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kzplanner import paths

pytestmark = pytest.mark.skipif(not paths.sample_settlements().is_file(),
                                reason="no bundled settlement layer")
R = 6371.0


@pytest.fixture(scope="module")
def planned(sample_dataset):
    from kzplanner.app.settlements import attach_settlements
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = attach_settlements(sample_dataset, paths.sample_settlements())
    return ds, make_plan(ds, PlanParams(budget_kzt=1e9))


def _hav(lat1, lon1, lat2, lon2):
    """Great-circle km between every point 1 (rows) and every point 2 (columns)."""
    p1, p2 = np.radians(lat1)[:, None], np.radians(lat2)[None, :]
    dl = np.radians(lon2)[None, :] - np.radians(lon1)[:, None]
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * R * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _brute(ds, access, costs):
    """{inst_id: (newly covered people, people per 1 M ₸)} for every positioned institution
    without access, by brute force."""
    t = ds.settlements.table
    slat, slon = t["lat"].to_numpy(float), t["lon"].to_numpy(float)
    pop = t["population"].to_numpy(float)
    inst = ds.institutions
    lat, lon = inst["lat"].to_numpy(float), inst["lon"].to_numpy(float)
    ok = np.isfinite(lat) & np.isfinite(lon)
    out = {}
    for kind, km in ds.coverage.reach_km.items():
        of_kind = (inst["type"] == kind).to_numpy() & ok
        have = np.flatnonzero(of_kind & access)
        covered = np.zeros(len(t), bool)
        for start in range(0, len(t), 2000):
            part = slice(start, start + 2000)
            if len(have):
                covered[part] = (_hav(slat[part], slon[part], lat[have], lon[have])
                                 <= km).any(axis=1)
        open_ = np.flatnonzero(~covered)
        cand = np.flatnonzero(of_kind & ~access)
        for start in range(0, len(cand), 500):
            rows = cand[start:start + 500]
            near = _hav(lat[rows], lon[rows], slat[open_], slon[open_]) <= km
            newly = near.astype(float) @ pop[open_]
            for j, n in zip(rows, newly, strict=True):
                iid = str(inst["inst_id"].iloc[j])
                out[iid] = (float(n), float(n) / costs[iid] * 1e6)
    return out


def _check_first_entries(rows, brute, n=10):
    """rows: (inst_id, newly covered, per 1 M ₸) in the export's order."""
    best = sorted((v[1] for v in brute.values()), reverse=True)
    assert len(rows) == len(brute)
    for i, (iid, newly, per) in enumerate(rows[:n]):
        assert newly == pytest.approx(brute[iid][0], rel=1e-9, abs=1e-6)
        assert per == pytest.approx(brute[iid][1], rel=1e-9)
        assert per == pytest.approx(best[i], rel=1e-9)  # the i-th best of all candidates


def test_plan_workbook_has_the_next_kit_ranking(planned, tmp_path):
    import openpyxl

    from kzplanner.core.catalogue import label
    from kzplanner.core.io.write.plan_workbook import write_plan_workbook

    ds, result = planned
    path = tmp_path / "жоспар.xlsx"
    write_plan_workbook(path, ds, result, lang="kk")
    wb = openpyxl.load_workbook(path)
    ws = wb[label("sheet.next_kits", "kk")]
    header = [c.value for c in ws[1]]
    assert header[0] == label("col.rank", "kk") and header[9] == label("col.in_plan", "kk")
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True)
            if isinstance(r[0], int)]
    items = result.items
    costs = dict(zip(items.kits["inst_id"].astype(str), items.kits["cost_kzt"].astype(float),
                     strict=True))
    brute = _brute(ds, items.access.to_numpy(bool), costs)
    _check_first_entries([(r[2], r[5], r[8]) for r in rows], brute)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    kits = set(result.kits["inst_id"].astype(str))
    assert {r[2] for r in rows if r[9] == label("yes", "kk")} == kits & set(brute)
    assert all(r[3] in {label(f"one.{t}", "kk") for t in ("school", "fap", "psc")}
               for r in rows)
    assert ws.oddHeader.center.text == label("illustrative_flag", "kk")


def test_coverage_json_and_workbook_have_the_ranking(tmp_path, capsys, sample_dataset):
    import openpyxl

    from kzplanner.app.settlements import _access
    from kzplanner.cli.commands import main
    from kzplanner.core.catalogue import label
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.parameters import PlanParams

    out = tmp_path / "ауылдар.xlsx"
    assert main(["coverage", "--settlements", str(paths.sample_settlements()), "--reach",
                 "fap=10", "--out", str(out), "--json", "--lang", "ru"]) == 0
    summary = json.loads(capsys.readouterr().out)
    from kzplanner.app.settlements import attach_settlements

    ds = attach_settlements(sample_dataset, paths.sample_settlements(), {"fap": 10.0})
    items = build_items(ds, PlanParams())
    costs = dict(zip(items.kits["inst_id"].astype(str), items.kits["cost_kzt"].astype(float),
                     strict=True))
    brute = _brute(ds, _access(ds).to_numpy(bool), costs)
    first = summary["next_kits"]
    assert len(first) == 20 and summary["next_kits_total"] == len(brute)
    best = sorted((v[1] for v in brute.values()), reverse=True)
    for i, e in enumerate(first):
        assert e["newly_covered"] == pytest.approx(brute[e["inst_id"]][0])
        assert e["per_million_kzt"] == pytest.approx(best[i])
    wb = openpyxl.load_workbook(out)
    ws = wb[label("sheet.next_kits", "ru")]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if isinstance(r[0], int)]
    assert len(rows) == summary["next_kits_total"]
    assert [r[2] for r in rows[:20]] == [e["inst_id"] for e in first]
    header = [c.value for c in ws[1]]
    assert header[8] == label("col.per_million", "ru")
    assert label("col.in_plan", "ru") not in header  # no plan, no such column
