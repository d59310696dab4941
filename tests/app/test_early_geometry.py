"""The map's geometry worked out in a thread while the rest of the inputs are read
(app.display.prepared.EarlyGeometry, issue 21) is the geometry prepare_dataset works out itself,
and is not used for units that changed after the boundaries were read."""

from __future__ import annotations

import numpy as np


def _same_map(a, b) -> None:
    assert list(a.shapes) == list(b.shapes)
    for code in a.shapes:
        pa, pb = a.shapes[code].polygons, b.shapes[code].polygons
        assert len(pa) == len(pb)
        for ra, rb in zip(pa, pb, strict=True):
            assert all(np.array_equal(x, y) for x, y in zip(ra, rb, strict=True))
    assert len(a.outlines) == len(b.outlines) > 0
    assert all(np.array_equal(x, y) for x, y in zip(a.outlines, b.outlines, strict=True))


def test_early_geometry_is_the_geometry_prepare_works_out():
    from kzplanner.app.display.prepared import EarlyGeometry, prepare_dataset
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.parameters import PlanParams

    early = EarlyGeometry()
    ds = load_dataset(on_units=early.start)
    geometry = early.result(ds.units)
    assert geometry is not None
    with_early = prepare_dataset(ds, PlanParams(), geometry=geometry)
    alone = prepare_dataset(ds, PlanParams())
    _same_map(with_early.map, alone.map)


def test_changed_units_do_not_take_the_early_geometry(sample_dataset):
    from kzplanner.app.display.prepared import EarlyGeometry

    units = sample_dataset.units
    early = EarlyGeometry()
    early.start(units)
    assert early.result(units) is not None
    moved = units.copy()
    moved.loc[moved.index[0], "geometry"] = moved.geometry.iloc[1]
    assert early.result(moved) is None
    fewer = units.iloc[1:]
    assert early.result(fewer) is None
    other_parent = units.copy()
    other_parent.loc[other_parent.index[0], "parent_code"] = "990000000"
    assert early.result(other_parent) is None
    assert EarlyGeometry().result(units) is None  # never started


def test_the_early_shapes_follow_a_files_own_anchors(sample_dataset):
    """A file's centroid columns place the units' anchors (build_shapes): the early shapes
    are those of the anchors read, and are not used once the anchors differ."""
    from kzplanner.app.display.map_geometry import build_shapes
    from kzplanner.app.display.prepared import EarlyGeometry

    units = sample_dataset.units.copy()
    units["centroid_lon"] = 70.0 + np.arange(len(units)) * 0.01
    units["centroid_lat"] = 48.0
    early = EarlyGeometry()
    early.start(units)
    got = early.result(units)
    assert got is not None
    simple, _outlines, shapes = got
    expected = build_shapes(units, simple=simple)
    assert list(shapes) == list(expected)
    assert all(shapes[c].anchor == expected[c].anchor for c in shapes)
    moved = units.copy()
    moved.loc[moved.index[0], "centroid_lon"] = 80.0
    assert early.result(moved) is None
    without = units.drop(columns=["centroid_lon", "centroid_lat"])
    assert early.result(without) is None
