"""What the institution layer draws at one zoom (Qt-free): only what lies in the view, every
institution its own symbol unless another overlaps it, numbered clusters bounded in number;
hit-testing; the institution card's text; holes without data (Baikonur)."""

from __future__ import annotations

import numpy as np
import pytest

from kzplanner.app.display.legend_text import institution_card, institution_name
from kzplanner.app.display.map_geometry import UnitShape, project, uncovered_holes
from kzplanner.app.display.map_points import (
    OVERLAP_PX,
    STATUSES,
    cluster_radius_px,
    hit_test,
    plan_symbols,
)


def _lonely(px: np.ndarray, reach: float) -> np.ndarray:
    d = np.hypot(px[:, None, 0] - px[None, :, 0], px[:, None, 1] - px[None, :, 1])
    np.fill_diagonal(d, np.inf)
    return d.min(axis=1) > reach


def test_only_what_is_in_the_view_is_drawn_and_lonely_points_stay_single():
    rng = np.random.default_rng(7)
    px = rng.uniform(-300, 1100, size=(600, 2))
    px[:40] = px[40] + rng.normal(0, 1.5, size=(40, 2))  # a tight knot: must cluster
    status = rng.integers(0, len(STATUSES), size=len(px))
    plan = plan_symbols(px, status, np.ones(len(px), bool), 800, 600)
    inside = np.flatnonzero((px[:, 0] >= 0) & (px[:, 0] < 800) & (px[:, 1] >= 0)
                            & (px[:, 1] < 600))
    drawn = np.concatenate([plan.singles, plan.member_rows])
    assert sorted(drawn.tolist()) == sorted(inside.tolist())  # each once, none outside
    for xy in (plan.single_xy, plan.cluster_xy):
        assert ((xy >= 0) & (xy < [800, 600])).all()
    lonely = inside[_lonely(px[inside], OVERLAP_PX)]
    assert set(lonely.tolist()) <= set(plan.singles.tolist())
    assert len(lonely) > 100
    knot = int(plan.member_cluster[plan.member_rows == 0][0]) if 0 in inside else None
    if knot is not None:
        assert plan.cluster_counts[knot].sum() >= 30
        assert plan.cluster_counts.sum() == len(plan.member_rows)


def test_hidden_statuses_are_not_drawn():
    px = np.array([[10.0, 10.0], [50.0, 50.0], [90.0, 90.0]])
    visible = np.array([True, False, True])
    plan = plan_symbols(px, np.zeros(3, int), visible, 100, 100)
    assert sorted(plan.singles.tolist()) == [0, 2]


def test_a_whole_country_is_bounded_and_every_institution_counted():
    rng = np.random.default_rng(3)
    px = np.vstack([rng.normal([300, 200], 60, size=(15000, 2)),
                    rng.uniform(0, 1600, size=(5000, 2)) * [1, 0.6]])
    plan = plan_symbols(px, rng.integers(0, 4, len(px)), np.ones(len(px), bool), 1600, 1000,
                        max_clusters=200, max_symbols=800)
    assert len(plan.cluster_xy) <= 200
    assert len(plan.cluster_xy) + len(plan.singles) <= 800
    inside = ((px >= 0) & (px < [1600, 1000])).all(axis=1).sum()
    assert len(plan.singles) + plan.cluster_counts.sum() == inside
    # the numbered discs do not pile onto each other
    c, r = plan.cluster_xy, cluster_radius_px(plan.cluster_sizes)
    d = np.hypot(c[:, None, 0] - c[None, :, 0], c[:, None, 1] - c[None, :, 1])
    np.fill_diagonal(d, np.inf)
    assert (d >= 0.85 * (r[:, None] + r[None, :]) - 1e-9).all()


def test_clusters_split_as_the_view_zooms_in():
    rng = np.random.default_rng(5)
    scene = rng.uniform(0, 10, size=(400, 2))
    status = np.zeros(len(scene), int)
    visible = np.ones(len(scene), bool)
    far = plan_symbols(scene * 20, status, visible, 200, 200)
    near = plan_symbols(scene * 80, status, visible, 800, 800)
    assert len(near.singles) > len(far.singles)
    assert near.cluster_sizes.max(initial=0) < far.cluster_sizes.max()


def test_hit_test_finds_the_single_under_the_pointer_and_the_cluster_disc():
    px = np.array([[100.0, 100.0], [102.0, 101.0], [300.0, 40.0]])
    plan = plan_symbols(px, np.array([0, 2, 1]), np.ones(3, bool), 400, 400)
    assert hit_test(plan, (303.0, 42.0)) == ("single", 2)
    kind, k = hit_test(plan, (101.0, 100.0))
    assert kind == "cluster" and sorted(plan.members(k).tolist()) == [0, 1]
    assert hit_test(plan, (200.0, 200.0)) is None


def test_card_names_the_institution_in_the_interface_language_and_falls_back_visibly():
    record = {"inst_id": "S-1", "name": "Школа № 7", "name_kk": "№ 7 мектеп",
              "type": "school", "download_mbps": 4.5, "has_equipment": False}
    title, rows = institution_card(record, "below", True, "kk")
    assert title == "№ 7 мектеп"
    values = dict(rows)
    assert values["Күйі"] == "Жылдамдық нормадан төмен"
    assert values["Ағымдағы жоспардағы жинақ"] == "иә"
    assert "4,5" in values["Жүктеу жылдамдығы"]
    title_ru, _ = institution_card(record, "below", False, "ru")
    assert title_ru == "Школа № 7"
    no_kk = {**record, "name_kk": float("nan")}
    assert institution_name(no_kk, "kk") == ("Школа № 7", True)
    title, _ = institution_card(no_kk, "unconnected", False, "kk")
    assert title.startswith("Школа № 7 (") and "қазақша" in title


def _square(lon: float, lat: float, half: float) -> np.ndarray:
    lons = np.array([lon - half, lon + half, lon + half, lon - half, lon - half])
    lats = np.array([lat - half, lat - half, lat + half, lat + half, lat - half])
    return np.column_stack(project(lons, lats))


def _shape(code: str, *rings: np.ndarray) -> UnitShape:
    allxy = np.vstack(rings)
    return UnitShape(code, (tuple(rings),), (0.0, 0.0),
                     (allxy[:, 0].min(), allxy[:, 1].min(), allxy[:, 0].max(), allxy[:, 1].max()))


@pytest.mark.parametrize("filled", [False, True])
def test_holes_without_a_unit_are_found_and_baikonur_is_named(filled):
    outer = _square(64.0, 45.0, 3.0)
    baikonur = _square(63.3, 45.6, 0.3)
    other = _square(65.5, 44.0, 0.3)
    shapes = {"kyzylorda": _shape("kyzylorda", outer, baikonur, other)}
    if filled:  # a unit inside the second hole: that one has data
        shapes["town"] = _shape("town", other)
    holes = uncovered_holes(shapes)
    names = sorted(h.name for h in holes)
    assert names == (["baikonur"] if filled else ["", "baikonur"])
