"""Institution symbols drawn on screen as pre-rendered images, one blit each.

A symbol's look depends only on its type, status and size step (and the print scale), so each
look is drawn once with the same vector calls as a printed page (map_institutions.paint_single)
into a small premultiplied image per quarter-pixel position phase; painting a view then places
9,500 symbols with one `drawImage` each, in the same order as the vector painter, instead of
building, filling and stroking 9,500 paths (~12 µs a path against ~1 µs a blit).

Compositing a symbol drawn on transparency over the map equals drawing it on the map (Porter-Duff
"over" is associative), up to rounding of the 8-bit channels; positions are rounded to a quarter
of a device pixel (at most 1/8 px off). Printed pages keep the vector paths (sharp in PDF).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

PHASES = 4  # sub-pixel positions per device pixel along each axis


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

    def _image(self, code: int) -> tuple[QImage, int]:
        """The image of `code` (look and phase); all phases of its look are drawn at once, in
        cells of one image with one painter, and cut out."""
        look = code // (PHASES * PHASES)
        pad = math.ceil(self._reach(look) * self.dpr) + 2
        size = 2 * pad + 1
        sheet = QImage(size * PHASES, size * PHASES, QImage.Format.Format_ARGB32_Premultiplied)
        sheet.fill(0)
        p = QPainter(sheet)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.scale(self.dpr, self.dpr)
        d = self.dpr
        for fy in range(PHASES):
            for fx in range(PHASES):
                self._draw(p, look, (fx * size + pad + fx / PHASES) / d,
                           (fy * size + pad + fy / PHASES) / d)
        p.end()
        base = look * PHASES * PHASES
        for fy in range(PHASES):
            for fx in range(PHASES):
                img = sheet.copy(fx * size, fy * size, size, size)
                img.setDevicePixelRatio(self.dpr)
                self._images[base + fy * PHASES + fx] = (img, pad)
        return self._images[code]

    def paint(self, painter: QPainter, xy: np.ndarray, looks: np.ndarray) -> None:
        """Blit look `looks[i]` centred on `xy[i]` (the painter's logical pixels, no world
        transform), in the order given."""
        if not len(xy):
            return
        q = np.rint(xy * (self.dpr * PHASES)).astype(np.int64)
        cell, phase = np.divmod(q, PHASES)
        codes = looks.astype(np.int64) * (PHASES * PHASES) + phase[:, 1] * PHASES + phase[:, 0]
        uniq, inverse = np.unique(codes, return_inverse=True)
        made = [self._images.get(c) or self._image(c) for c in uniq.tolist()]
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
