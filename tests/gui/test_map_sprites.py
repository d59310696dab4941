"""Institution symbols blitted from pre-rendered images look like the same symbols drawn as
vector paths (issue 21: the view blits, a printed page draws paths)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from kzplanner.app.display.map_points import STATUSES, DrawPlan
from kzplanner.gui.map.map_institutions import InstitutionLayer, _paint_singles, symbol_sprites
from kzplanner.gui.map.map_sprites import PHASES


def _layer(n: int, rng: np.random.Generator) -> InstitutionLayer:
    data = SimpleNamespace(points_xy=rng.uniform(0, 100, (n, 2)), codes=["a"],
                           inst_unit_idx=np.zeros(n, dtype=int),
                           inst_types=rng.integers(0, 3, n).astype(np.int8),
                           inst_sizes=rng.uniform(0.75, 1.9, n),
                           inst_status=rng.integers(0, len(STATUSES), n).astype(np.int8))
    return InstitutionLayer(data)


def _render(layer: InstitutionLayer, xy: np.ndarray, sprites, dpr: float = 1.0) -> np.ndarray:
    w, h = 240, 160
    img = QImage(int(w * dpr), int(h * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(dpr)
    img.fill(QColor("#fd8d3c"))  # a choropleth class under the symbols
    plan = DrawPlan(np.arange(len(xy)), xy, np.zeros((0, 2)), np.zeros((0, len(STATUSES))),
                    np.zeros(0, dtype=int), np.zeros(0, dtype=int))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_singles(p, plan, layer, 1.0, None, sprites)
    p.end()
    ptr = img.constBits()
    return np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine())[
        :, : img.width() * 4].reshape(img.height(), img.width(), 4).astype(int)


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_blitted_symbols_match_vector_paths(qapp, dpr):
    rng = np.random.default_rng(7)
    n = 400  # dense enough that symbols overlap: the drawing order must be the same
    layer = _layer(n, rng)
    # positions on the sprites' sub-pixel grid: then only 8-bit rounding may differ
    xy = rng.uniform(5, [235, 155], (n, 2))
    xy = np.round(xy * dpr * PHASES) / (dpr * PHASES)
    vector = _render(layer, xy, None, dpr)
    blitted = _render(layer, xy, symbol_sprites(1.0, dpr), dpr)
    diff = np.abs(vector - blitted).max(axis=2)
    assert (vector != vector[0, 0]).any(axis=2).mean() > 0.3  # symbols were drawn
    assert diff.max() <= 4, f"{(diff > 4).sum()} pixels differ by more than 4 of 255"


def test_off_grid_positions_move_edges_at_most_half_a_phase(qapp):
    rng = np.random.default_rng(3)
    n = 120
    layer = _layer(n, rng)
    xy = rng.uniform(8, 150, (n, 2))
    vector = _render(layer, xy, None)
    blitted = _render(layer, xy, symbol_sprites(1.0, 1.0))
    diff = np.abs(vector - blitted).max(axis=2)
    # positions are rounded to the nearest of PHASES steps per pixel: an edge moves by at most
    # half a step and changes a pixel by at most that share of the contrast across it; two
    # edges (outline and fill) in one pixel at most twice that
    moved = 1 / (2 * PHASES)
    bound = 2 * 255 * moved + 4
    assert diff.max() <= bound
    # on average far less than symbols a whole pixel off (the change grows with the shift:
    # ≤ 1/4 px here, 1/8 px on average)
    shifted = np.abs(vector - _render(layer, xy + 1.0, None)).max(axis=2)
    assert diff.mean() < 0.25 * shifted.mean()
    assert shifted.max() > bound
