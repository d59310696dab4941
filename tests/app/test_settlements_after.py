"""Settlements after the plan (issue 17): in the map's "after the plan" and "change" views the
settlement symbols, their legend and the villages list show the coverage the plan's kits
reach — covered before, newly covered by this plan, still not covered — recounted here with a
haversine matrix written apart from core.settlements; the baseline view keeps the coverage
before any plan."""

from __future__ import annotations

import numpy as np
import pytest

from kzplanner import paths
from tests.core.settlement_fixture import haversine_matrix

pytestmark = pytest.mark.skipif(not paths.sample_settlements().is_file(),
                                reason="no bundled settlement layer")


_km = haversine_matrix


@pytest.fixture(scope="module")
def planned(sample_dataset):
    from kzplanner.app.settlements import attach_settlements
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = attach_settlements(sample_dataset, paths.sample_settlements())
    return ds, make_plan(ds, PlanParams(budget_kzt=3e9))


@pytest.fixture(scope="module")
def recount(planned):
    """Per type: (covered before, covered after) per settlement of the layer's table, from
    the institutions with access and the plan's chosen kits within reach."""
    ds, result = planned
    t = ds.settlements.table
    inst = ds.institutions
    access = result.items.access.to_numpy(bool)
    out = {}
    for kind in ("school", "fap", "psc"):
        sel = (inst["type"] == kind).to_numpy() & inst["lat"].notna().to_numpy()
        d = _km(t["lat"].to_numpy(float), t["lon"].to_numpy(float),
                inst["lat"].to_numpy(float)[sel], inst["lon"].to_numpy(float)[sel])
        chosen = np.isin(inst["inst_id"].astype(str).to_numpy()[sel],
                         result.kits.loc[result.kits["type"] == kind, "inst_id"].astype(str))
        reach = ds.coverage.reach_km[kind]
        before = (d[:, access[sel]] <= reach).any(axis=1)
        after = (d[:, access[sel] | chosen] <= reach).any(axis=1)
        out[kind] = (before, after)
    return out


def _n(text: str) -> int:
    return int(text.replace("\u00a0", "").replace("\u202f", "").replace(" ", ""))


@pytest.mark.parametrize("kind", ["school", "fap", "psc"])
def test_legend_counts_after_the_plan_equal_a_haversine_recount(planned, recount, kind):
    from kzplanner.app.display.settlement_points import (
        COVER_COLOURS,
        points_after_plan,
        settlement_points,
        shows_after,
    )
    from kzplanner.app.display.settlement_text import legend_rows

    ds, result = planned
    before, after = recount[kind]
    base = settlement_points(ds.settlements.table, ds.coverage.per_settlement)
    assert shows_after("projected", result) and shows_after("change", result)
    assert not shows_after("baseline", result) and not shows_after("projected", None)
    pts = points_after_plan(base, result)
    assert pts.after and not base.after
    assert (pts.covered_for(kind) == after).all()
    assert (pts.newly_for(kind) == (after & ~before)).all()
    rows = legend_rows(pts, kind, "kk")
    assert [r[1] for r in rows[:3]] == [COVER_COLOURS[s] for s in ("covered", "newly",
                                                                   "uncovered")]
    assert [_n(r[2]) for r in rows[:3]] == [int(before.sum()), int((after & ~before).sum()),
                                            int((~after).sum())]
    assert len({r[0] for r in rows}) == len(rows)  # three distinct texts (and the ring's)
    # the baseline view: the coverage before the plan, two rows as before
    rows0 = legend_rows(base, kind, "kk")
    assert [_n(r[2]) for r in rows0[:2]] == [int(before.sum()), int((~before).sum())]
    assert COVER_COLOURS["newly"] not in [r[1] for r in rows0]
    if kind != "school":
        assert (after & ~before).any()  # the plan does newly cover villages on the sample


def test_the_after_view_keeps_the_settlement_order_by_id(planned):
    """Points in another order than the plan's layer (a project reopened, a layer re-read)
    are matched by settlement_id, not by position."""
    from kzplanner.app.display.settlement_points import points_after_plan, settlement_points

    ds, result = planned
    table = ds.settlements.table
    base = settlement_points(table, ds.coverage.per_settlement)
    shuffled = table.sample(frac=1.0, random_state=3)
    other = points_after_plan(settlement_points(shuffled, ds.coverage.per_settlement), result)
    mine = points_after_plan(base, result)
    pos = {sid: i for i, sid in enumerate(mine.ids)}
    at = np.array([pos[s] for s in other.ids])
    for kind in ("fap", "psc"):
        assert (other.newly_for(kind) == mine.newly_for(kind)[at]).all()


def test_villages_list_marks_and_hides_what_the_plan_covers(planned, recount):
    from kzplanner.app.display.settlement_points import covered_after_ids
    from kzplanner.app.display.settlement_text import (
        PLANNED_MARK,
        summary_line,
        village_rows,
    )
    from kzplanner.core.settlements import villages_without_access

    ds, result = planned
    table = ds.settlements.table
    before, after = recount["fap"]
    villages = villages_without_access(ds.settlements, ds.coverage, "fap")
    planned_ids = covered_after_ids(result, "fap")
    assert planned_ids == set(table["settlement_id"].astype(str)[after])
    plain = village_rows(villages, "ru", {}, {})
    marked = village_rows(villages, "ru", {}, {}, planned_ids)
    kept = village_rows(villages, "ru", {}, {}, planned_ids, hide_planned=True)
    assert len(plain) == len(marked) == int((~before).sum())
    assert all(len(r.cells) == 6 for r in plain + kept) and all(len(r.cells) == 7 for r in marked)
    newly_ids = set(table["settlement_id"].astype(str)[after & ~before])
    assert {r.settlement_id for r in marked if r.cells[6] == PLANNED_MARK} == newly_ids
    assert {r.settlement_id for r in kept} == set(table["settlement_id"].astype(str)[~after])
    people = float(table.loc[~after, "population"].sum())
    from kzplanner.core.formatting import format_number

    line = summary_line(villages, "fap", ds.coverage.reach_km["fap"], "ru", planned_ids)
    assert line.startswith("После плана")
    assert format_number(int((~after).sum()), "ru") in line
    assert format_number(people, "ru") in line
    assert summary_line(villages, "fap", 15, "ru").startswith(
        format_number(int((~before).sum()), "ru"))


@pytest.mark.parametrize("lang,word", [("kk", "жоспардан кейін"), ("ru", "после плана"),
                                       ("en", "after the plan")])
def test_legend_title_says_which_state(lang, word):
    from kzplanner.app.display.settlement_text import legend_title

    assert legend_title("fap", 15, lang, "after").endswith(word)
    assert word not in legend_title("fap", 15, lang, "before")
    assert "—" not in legend_title("fap", 15, lang)


def test_no_after_view_without_settlements_in_the_plan(sample_dataset):
    from kzplanner.app.display.settlement_points import (
        covered_after_ids,
        points_after_plan,
        shows_after,
    )
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    result = make_plan(sample_dataset, PlanParams(budget_kzt=5e8))
    assert not shows_after("projected", result)
    assert covered_after_ids(result, "fap") is None
    sentinel = object()
    assert points_after_plan(sentinel, result) is sentinel  # type: ignore[arg-type]


def test_card_says_covered_by_this_plan():
    from kzplanner.app.display.settlement_text import settlement_card

    record = {"settlement_id": "s1", "name": "Akkol", "population": 500.0}
    cov = {"fap_covered": True, "fap_newly": True, "psc_covered": True, "school_covered": False}
    _name, rows = settlement_card(record, cov, "ru", "Район", {}, "fap")
    texts = dict(rows)
    assert texts["ФАП"].startswith("охвачен этим планом")
    assert texts["ЦОН"].startswith("охвачен ·")
    assert texts["Школа"].startswith("не охвачен")
