"""Choropleth classes: quantile breaks (ties and NaN handled) and colour-blind-safe palettes.

Sequential ColorBrewer YlOrRd (red = worse: reversed for coverage), diverging RdBu for change
(blue = improvement). No Qt: colours are hex strings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

YLORRD = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
IMPROVE = ("#d1e5f0", "#92c5de", "#4393c3", "#2166ac")  # RdBu blues, light → dark
WORSEN = ("#fddbc7", "#f4a582", "#d6604d", "#b2182b")  # RdBu reds, light → dark
NEUTRAL = "#f0f0f0"
NO_DATA = "#c8c8c8"
_EPS = 1e-9


@dataclass(frozen=True)
class ClassBin:
    """One legend row: values in [lower, upper] drawn in `colour`; `count` units fall in it."""

    lower: float
    upper: float
    colour: str
    count: int


@dataclass(frozen=True)
class Classification:
    bins: tuple[ClassBin, ...]  # in ascending value order
    classes: np.ndarray  # bin index per value; -1 = no data
    no_data: int  # count of NaN values

    def colour_of(self, i: int) -> str | None:
        k = int(self.classes[i])
        return None if k < 0 else self.bins[k].colour


def _pick(palette: tuple[str, ...], n: int) -> list[str]:
    """n colours spread over the palette, light to dark."""
    if n <= 0:
        return []
    if n >= len(palette):
        return list(palette)
    idx = np.round(np.linspace(0, len(palette) - 1, n)).astype(int)
    return [palette[i] for i in idx]


def quantile_breaks(values: np.ndarray, k: int = 5) -> np.ndarray:
    """Class edges (ascending, unique). ≤ k distinct values: one class per value (lower = upper).

    >>> quantile_breaks(np.array([1.0, 1.0, 1.0, 2.0]))
    array([1., 2.])
    >>> quantile_breaks(np.arange(11.0), 5).tolist()
    [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    """
    v = values[np.isfinite(values)]
    if v.size == 0:
        return np.array([])
    uniq = np.unique(v)
    if uniq.size <= k:
        return uniq
    return np.unique(np.quantile(v, np.linspace(0.0, 1.0, k + 1)))


def _assign(values: np.ndarray, breaks: np.ndarray, distinct: bool) -> np.ndarray:
    out = np.full(values.shape, -1, dtype=int)
    ok = np.isfinite(values)
    if breaks.size == 0:
        return out
    if distinct:  # one class per distinct value
        out[ok] = np.searchsorted(breaks, values[ok], side="left")
    else:  # (b_i, b_{i+1}], the first class closed below
        out[ok] = np.searchsorted(breaks[1:-1], values[ok], side="left")
    return out


def _bins(values: np.ndarray, breaks: np.ndarray, colours: list[str], distinct: bool
          ) -> tuple[list[ClassBin], np.ndarray]:
    classes = _assign(values, breaks, distinct)
    if distinct:
        edges = [(b, b) for b in breaks]
    else:
        edges = list(zip(breaks[:-1], breaks[1:], strict=True))
    bins = [ClassBin(float(lo), float(hi), colours[i], int((classes == i).sum()))
            for i, (lo, hi) in enumerate(edges)]
    return bins, classes


def classify_sequential(values: np.ndarray, bad_is_high: bool = True, k: int = 5
                        ) -> Classification:
    """Quantile classes coloured YlOrRd so that red always means worse."""
    values = np.asarray(values, dtype=float)
    breaks = quantile_breaks(values, k)
    finite = values[np.isfinite(values)]
    distinct = breaks.size > 0 and np.unique(finite).size <= k
    n = breaks.size if distinct else max(breaks.size - 1, 0)
    if distinct and n == 1:
        colours = [YLORRD[2]]
    else:
        colours = _pick(YLORRD, n)
    if not bad_is_high:
        colours = colours[::-1]
    bins, classes = _bins(values, breaks, colours, distinct)
    return Classification(tuple(bins), classes, int((~np.isfinite(values)).sum()))


def classify_change(values: np.ndarray, improvement_is_negative: bool = True
                    ) -> Classification:
    """Diverging classes around zero: up to 4 improving (blue), one 'no change', up to 3 worsening.

    >>> c = classify_change(np.array([-3.0, -1.0, 0.0, 2.0]))
    >>> [b.count for b in c.bins]
    [1, 1, 1, 1]
    """
    values = np.asarray(values, dtype=float)
    sign = -1.0 if improvement_is_negative else 1.0
    gain = sign * values  # > 0 is an improvement
    ok = np.isfinite(values)
    better = ok & (gain > _EPS)
    worse = ok & (gain < -_EPS)
    same = ok & ~better & ~worse
    bins: list[ClassBin] = []
    classes = np.full(values.shape, -1, dtype=int)

    def add_side(mask: np.ndarray, palette: tuple[str, ...], k: int) -> None:
        if not mask.any():
            return
        mag = np.abs(values[mask])
        breaks = quantile_breaks(mag, k)
        distinct = np.unique(mag).size <= k
        n = breaks.size if distinct else breaks.size - 1
        colours = _pick(palette, n)
        side_bins, side_cls = _bins(mag, breaks, colours, distinct)
        offset = len(bins)
        for b in side_bins:  # back to signed values, magnitudes ascending
            lo, hi = sorted((np.copysign(b.lower, values[mask][0]),
                             np.copysign(b.upper, values[mask][0])))
            bins.append(ClassBin(float(lo), float(hi), b.colour, b.count))
        classes[np.flatnonzero(mask)] = side_cls + offset

    add_side(better, IMPROVE, 4)
    if same.any():
        classes[same] = len(bins)
        bins.append(ClassBin(0.0, 0.0, NEUTRAL, int(same.sum())))
    add_side(worse, WORSEN, 3)
    order = sorted(range(len(bins)), key=lambda i: (bins[i].lower, bins[i].upper))
    remap = np.full(len(bins) + 1, -1, dtype=int)
    for new, old in enumerate(order):
        remap[old] = new
    classes = np.where(classes >= 0, remap[classes], -1)
    return Classification(tuple(bins[i] for i in order), classes, int((~ok).sum()))
