"""Institution symbols drawn on screen as pre-rendered images, one blit each.

A symbol's look depends only on its type, status and size step (and the print scale), so each
look is drawn once with the same vector calls as a printed page (map_institutions.paint_single)
into a small premultiplied image per half-pixel position phase; painting a view then places
9,500 symbols with one `drawImage` each, in the same order as the vector painter, instead of
building, filling and stroking 9,500 paths (~12 µs a path against ~1 µs a blit).

Compositing a symbol drawn on transparency over the map equals drawing it on the map (Porter-Duff
"over" is associative), up to rounding of the 8-bit channels; positions are rounded to half a
device pixel (at most 1/4 px off: sub-pixel for a symbol of 8-15 px; quarter-pixel phases made
the first draw draw 16 images per look, ~13 of its ~60 ms with every institution a symbol, for
an offset nobody sees). Printed pages keep the vector paths (sharp in PDF).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

PHASES = 2  # sub-pixel positions per device pixel along each axis


class SymbolSprites:
    """Images of symbol looks by (look, phase), made on first use; one set per view and
    device pixel ratio (`scale` multiplies every size as in map_institutions)."""

    def __init__(self, draw: Callable[[QPainter, int, float, float], None],
                 reach: Callable[[int], float], scale: float = 1.0, dpr: float = 1.0) -> None:
        # draw(painter, look, x, y) paints look `look` centred on (x, y) in the painter's
        # pixels; reach(look) is how far (logical px) its ink can reach from the centre.
        self._draw, self._reach = draw, reach
        self.scale, self.dpr = scale, dpr
        self._images: dict[int, tuple[QImage, int]] = {}  # code → image, pad in device px
        # code = look * PHASES² + phase: every phase of a look is made with the look

    def _make(self, looks: list[int]) -> None:
        """Draw every phase of each of `looks` into one atlas image with one painter (a
        painter and an image per look cost as much as the drawing), then cut the cells out."""
        d = self.dpr
        pads = [math.ceil(self._reach(look) * d) + 2 for look in looks]
        sizes = [2 * pad + 1 for pad in pads]
        width = sum(sizes) * PHASES
        atlas = QImage(width, max(sizes) * PHASES, QImage.Format.Format_ARGB32_Premultiplied)
        atlas.fill(0)
        p = QPainter(atlas)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.scale(d, d)
        left = 0
        for look, pad, size in zip(looks, pads, sizes, strict=True):
            for fy in range(PHASES):
                for fx in range(PHASES):
                    self._draw(p, look, (left + fx * size + pad + fx / PHASES) / d,
                               (fy * size + pad + fy / PHASES) / d)
            left += size * PHASES
        p.end()
        left = 0
        for look, pad, size in zip(looks, pads, sizes, strict=True):
            base = look * PHASES * PHASES
            for fy in range(PHASES):
                for fx in range(PHASES):
                    img = atlas.copy(left + fx * size, fy * size, size, size)
                    img.setDevicePixelRatio(d)
                    self._images[base + fy * PHASES + fx] = (img, pad)
            left += size * PHASES

    def paint(self, painter: QPainter, xy: np.ndarray, looks: np.ndarray) -> None:
        """Blit look `looks[i]` centred on `xy[i]` (the painter's logical pixels, no world
        transform), in the order given."""
        if not len(xy):
            return
        q = np.rint(xy * (self.dpr * PHASES)).astype(np.int64)
        cell, phase = np.divmod(q, PHASES)
        codes = looks.astype(np.int64) * (PHASES * PHASES) + phase[:, 1] * PHASES + phase[:, 0]
        uniq, inverse = np.unique(codes, return_inverse=True)
        missing = sorted({c // (PHASES * PHASES) for c in uniq.tolist() if c not in self._images})
        if missing:
            self._make(missing)
        made = [self._images[c] for c in uniq.tolist()]
        pads = np.array([pad for _, pad in made], dtype=np.int64)[inverse]
        images = [img for img, _ in made]
        left = (cell[:, 0] - pads).tolist()
        top = (cell[:, 1] - pads).tolist()
        order = [images[k] for k in inverse.tolist()]
        if self.dpr == 1.0:
            draw = painter.drawImage
            for x, y, img in zip(left, top, order, strict=True):
                draw(x, y, img)
        else:
            d = self.dpr
            for x, y, img in zip(left, top, order, strict=True):
                painter.drawImage(QPointF(x / d, y / d), img)
