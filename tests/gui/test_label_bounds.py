"""Unit labels are never drawn cut off by the map's edge: decluttering moves a label that
reaches past the viewport inside it while its centre stays on its unit, else hides it."""

from __future__ import annotations

import math

from kzplanner.gui.map.placed_rects import _inward, place_labels


def test_inward_moves_an_interval_inside_or_says_it_cannot():
    assert _inward(10, 20, 0, 100) == 0.0
    assert _inward(-5, 5, 0, 100) == 5.0
    assert _inward(95, 110, 0, 100) == -10.0
    assert math.isnan(_inward(-10, 120, 0, 100))


def test_a_label_past_the_top_edge_is_moved_down_onto_its_unit_or_hidden():
    # a label 60×14 centred on its anchor; the anchor 3 px below the view's top edge
    box = (-30.0, -7.0, 30.0, 7.0)
    anchors = {"a": (200.0, 3.0), "b": (400.0, 3.0), "c": (50.0, 50.0)}
    variants = {k: [box] for k in anchors}
    on_unit = {"a": lambda x, y: y < 20, "b": lambda x, y: y < 5, "c": lambda x, y: True}
    spots = place_labels(["a", "b", "c"], anchors, variants,
                         lambda code, x, y: on_unit[code](x, y), [], (0.0, 0.0, 500.0, 300.0))
    variant, dx, dy = spots["a"]
    assert (variant, dx) == (0, 0.0) and 3.0 + dy - 7.0 >= 0.0  # wholly inside, moved down
    assert spots["b"] is None  # moving it inside would take it off its unit
    assert spots["c"] == (0, 0.0, 0.0)  # inside already: not moved
    # without bounds (as before) the label stays where it was, cut off
    assert place_labels(["a"], anchors, variants, lambda *a: True, [])["a"] == (0, 0.0, 0.0)
