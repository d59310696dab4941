"""Label placement (gui/map/placed_rects.place_labels) gives exactly what the plain greedy rule
gives (every candidate place tested against every placed box), with the shortcuts that make
10,000 labels affordable: the covered-cell lookup, the overlap test before the costly `inside`
test, and labels that cannot reach the view hidden untested (issue 21, stress size)."""

from __future__ import annotations

import random

import pytest

from kzplanner.gui.map import placed_rects
from kzplanner.gui.map.placed_rects import Covered, place_labels


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _reference(order, anchors, variants, inside, obstacles):
    """The rule written plainly: all pairs, in the order the docstring gives."""
    placed = list(obstacles)
    out = {}
    for code in order:
        ax, ay = anchors[code]
        spot = None
        for variant, (x0, t, r, b) in enumerate(variants[code]):
            h = (b - t) * 0.8 / (variant + 1)
            for dy in (0.0, h, -h, 2 * h, -2 * h):
                rect = (x0 + ax, t + ay + dy, r + ax, b + ay + dy)
                if dy and not inside(code, (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2):
                    continue
                if not any(_overlaps(rect, p) for p in placed):
                    spot = (variant, 0.0, dy)
                    placed.append(rect)
                    break
            if spot is not None:
                break
        out[code] = spot
    return out


def _case(seed: int, n: int, size: float):
    rng = random.Random(seed)
    anchors, variants = {}, {}
    for i in range(n):
        code = f"u{i}"
        # whole pixels, as mapFromScene gives them: boxes meet edge to edge often
        anchors[code] = (float(rng.randint(0, int(size))), float(rng.randint(0, int(size * 0.6))))
        w = float(rng.randint(20, 90))
        one = (-w / 2 - 3, -10.0, w / 2 + 3, 10.0)
        variants[code] = [one] if rng.random() < 0.3 else [one, (-w / 4 - 3, -17.0, w / 4 + 3, 17.0)]
    order = sorted(anchors, key=lambda c: rng.random())
    blocked = {c for c in anchors if rng.random() < 0.3}

    def inside(code, x, y):  # a unit the shifted centre may leave: deterministic, not trivial
        return code not in blocked or (int(x) + int(y)) % 3 != 0

    obstacles = [(0.0, 0.0, 120.0, 80.0), (size - 200.0, size * 0.6 - 40.0, size, size * 0.6)]
    return order, anchors, variants, inside, obstacles


@pytest.mark.parametrize("cells_from", [0, 10**9])  # with the covered cells, and without
def test_same_places_as_the_plain_rule(monkeypatch, cells_from):
    monkeypatch.setattr(placed_rects, "_CELLS_FROM", cells_from)
    for seed in range(12):
        n = 40 if seed < 4 else 600  # sparse (most placed) and crowded (most hidden)
        order, anchors, variants, inside, obstacles = _case(seed, n, 900.0)
        expected = _reference(order, anchors, variants, inside, obstacles)
        got = place_labels(order, anchors, variants, inside, obstacles)
        assert got == expected, seed
        view = (-500.0, -500.0, 1500.0, 1100.0)  # the whole map in view: nothing skipped
        assert place_labels(order, anchors, variants, inside, obstacles, view) == expected
    hidden = sum(v is None for v in expected.values())
    assert 0 < hidden < len(expected)  # the crowded case really turns labels down


def test_labels_that_cannot_reach_the_view_are_hidden_and_block_nothing(monkeypatch):
    monkeypatch.setattr(placed_rects, "_CELLS_FROM", 0)
    order, anchors, variants, inside, obstacles = _case(3, 300, 900.0)
    view = (200.0, 100.0, 600.0, 400.0)
    got = place_labels(order, anchors, variants, inside, obstacles, view)
    for code, spot in got.items():
        ax, ay = anchors[code]
        far = all(r + ax <= view[0] or x0 + ax >= view[2] or b + ay + 2 * (b - t) <= view[1]
                  or t + ay - 2 * (b - t) >= view[3] for x0, t, r, b in variants[code])
        if far:
            assert spot is None, code
    # the labels that can be seen are placed as the plain rule places them among themselves
    near = [c for c in order if got[c] is not None or not all(
        r + anchors[c][0] <= view[0] or x0 + anchors[c][0] >= view[2]
        or b + anchors[c][1] + 2 * (b - t) <= view[1] or t + anchors[c][1] - 2 * (b - t) >= view[3]
        for x0, t, r, b in variants[c])]
    assert any(got[c] is not None for c in near)


def test_covered_cells_only_inside_boxes():
    rng = random.Random(7)
    cov = Covered((0.0, 0.0, 400.0, 300.0))
    boxes = []
    for _ in range(30):
        x, y = rng.uniform(-20, 380), rng.uniform(-20, 280)
        b = (x, y, x + rng.uniform(1, 70), y + rng.uniform(1, 30))
        boxes.append(b)
        cov.add(b)
    said = 0
    for _ in range(20000):
        x, y = rng.uniform(-10, 410), rng.uniform(-10, 310)
        r = (x, y, x + rng.uniform(0.5, 40), y + rng.uniform(0.5, 25))
        if cov.covers(r):  # then r overlaps a placed box
            said += 1
            assert any(_overlaps(r, b) for b in boxes), r
    assert said > 1000  # and it does say so often


def test_label_boxes_are_the_label_rects(qapp):
    """LabelItem.variant_boxes (placement's floats, made without QRectF) are its rects."""
    from PySide6.QtGui import QFont

    from kzplanner.gui.map.map_items import LabelItem

    font = QFont()
    font.setPointSizeF(8.5)
    for i, text in enumerate(["Шығыс Қазақстан", "Западно-Казахстанская", "Астана", "",
                              "Ұлытау ауданы 12", "Село 9077"]):
        lab = LabelItem("c", text, (0.0, 0.0), font, left_px=9.0 if i % 2 else None)
        for emphasis in (False, True):
            lab.set_emphasis(emphasis)
            rects = [lab.variant_rect(v) for v in range(lab.variant_count())]
            assert lab.variant_boxes() == [(r.left(), r.top(), r.right(), r.bottom())
                                           for r in rects]


def test_markers_for_the_smallest_units_at_most(window, monkeypatch):
    """Markers go to the units below TINY_UNIT_SHARE of the map's diagonal, the smallest
    MAX_MARKERS of them (a 10,000-unit map has every unit below that share)."""
    from kzplanner.gui.map import map_view

    view = window.map_panel.view
    shapes = view.state.map_data.shapes
    rect = view._content_rect
    diag = (rect.width() ** 2 + rect.height() ** 2) ** 0.5
    small = sorted((c for c, s in shapes.items() if s.diagonal < map_view.TINY_UNIT_SHARE * diag),
                   key=lambda c: shapes[c].diagonal)
    assert 2 <= len(small) <= map_view.MAX_MARKERS
    assert set(view.marker_items) == set(small)  # national: every small unit has its marker
    fewer = len(small) - 1
    monkeypatch.setattr(map_view, "MAX_MARKERS", fewer)
    view._drawn = None  # build again, as for a new map
    view.rebuild()
    assert set(view.marker_items) == set(small[:fewer])
    monkeypatch.undo()
    view._drawn = None
    view.rebuild()
    assert set(view.marker_items) == set(small)
