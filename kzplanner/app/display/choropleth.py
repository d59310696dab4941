"""Choropleth classes: one front door `classify(values, scheme, k)` with ties and NaN handled.

Schemes: quantiles, equal interval, Fisher-Jenks (natural_breaks.py, as mapclassify), box map,
user-defined breaks and policy thresholds (0 / <50 / 50–80 / 80–99 / 100 %). When ties make the
requested number of classes impossible, the classification carries the effective classes and a
`note` saying why.
Palettes are ColorBrewer and colour-blind safe: YlOrRd (red = worse, reversed for coverage), RdBu
for the box map and for change (blue = improvement). No Qt: colours are hex strings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kzplanner.app.display.natural_breaks import fisher_jenks_bounds

YLORRD = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
# ColorBrewer YlOrRd for 1 … 7 classes (the proper n-class sets, not a resampled 5-class one).
YLORRD_BY_N: dict[int, tuple[str, ...]] = {
    1: ("#fd8d3c",),
    2: ("#fecc5c", "#e31a1c"),
    3: ("#ffeda0", "#feb24c", "#f03b20"),
    4: ("#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"),
    5: YLORRD,
    6: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"),
    7: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
}
BOX_RDBU = ("#2166ac", "#67a9cf", "#d1e5f0", "#fddbc7", "#ef8a62", "#b2182b")  # low → high
IMPROVE = ("#d1e5f0", "#92c5de", "#4393c3", "#2166ac")  # RdBu blues, light → dark
WORSEN = ("#fddbc7", "#f4a582", "#d6604d", "#b2182b")  # RdBu reds, light → dark
NEUTRAL = "#f0f0f0"
NO_DATA = "#c8c8c8"
_EPS = 1e-9

SCHEMES: tuple[str, ...] = ("quantiles", "equal_interval", "fisher_jenks", "box_map",
                            "user_defined", "policy")
MIN_CLASSES, MAX_CLASSES = 2, 7
POLICY_THRESHOLDS_PCT: tuple[float, ...] = (0.0, 50.0, 80.0, 100.0)


@dataclass(frozen=True)
class ClassBin:
    """One legend row: values in [lower, upper] drawn in `colour`; `count` units fall in it.

    `style` says how to print the range: 'range' (lower – upper), 'exact' (one value),
    'below' (< upper), 'above' (> lower), 'policy' (whole percentages, e.g. 50–80 %).
    `tag` names a box-map role ('outlier_low', 'outlier_high') or is empty.
    """

    lower: float
    upper: float
    colour: str
    count: int
    style: str = "range"
    tag: str = ""


@dataclass(frozen=True)
class Classification:
    bins: tuple[ClassBin, ...]  # in ascending value order
    classes: np.ndarray  # bin index per value; -1 = no data
    no_data: int  # count of NaN values
    scheme: str = "quantiles"
    requested: int = 5  # classes asked for
    note: str = ""  # why the effective classes differ: '', 'all_equal', 'few_distinct',
    #                 'ties_merged', 'no_values', 'scheme_not_for_change'
    distinct: int = 0  # distinct finite values

    @property
    def effective(self) -> int:
        return len(self.bins)

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


def sequential_colours(n: int, bad_is_high: bool = True) -> list[str]:
    """n YlOrRd colours, light to dark (dark = worse, so reversed when high is good).

    >>> sequential_colours(3)
    ['#ffeda0', '#feb24c', '#f03b20']
    """
    if n <= 0:
        return []
    colours = list(YLORRD_BY_N[n]) if n in YLORRD_BY_N else _pick(YLORRD_BY_N[7], n)
    return colours if bad_is_high else colours[::-1]


def quantile_breaks(values: np.ndarray, k: int = 5) -> np.ndarray:
    """Class edges (ascending, unique). ≤ k distinct values: one class per value (lower = upper).

    >>> quantile_breaks(np.array([1.0, 1.0, 1.0, 2.0]))
    array([1., 2.])
    >>> np.round(quantile_breaks(np.arange(11.0), 5), 6).tolist()
    [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    """
    v = values[np.isfinite(values)]
    if v.size == 0:
        return np.array([])
    uniq = np.unique(v)
    if uniq.size <= k:
        return uniq
    return np.unique(np.quantile(v, np.linspace(0.0, 1.0, k + 1)))


def upper_bounds(values: np.ndarray, scheme: str, k: int,
                 user_breaks: tuple[float, ...] | None = None) -> np.ndarray:
    """Upper bounds of the classes (mapclassify's `bins`): class i holds ub[i-1] < v ≤ ub[i].

    Computed as mapclassify does, in numpy (no import cost on the first draw; Fisher-Jenks:
    natural_breaks.py, the same bounds as mapclassify.FisherJenks). Finite values only.

    >>> upper_bounds(np.arange(11.0), "equal_interval", 5).tolist()
    [2.0, 4.0, 6.0, 8.0, 10.0]
    """
    v = np.sort(values[np.isfinite(values)])
    vmax = float(v[-1])
    if scheme == "quantiles":
        return np.unique(np.quantile(v, np.linspace(0.0, 1.0, k + 1))[1:])
    if scheme == "equal_interval":
        width = (vmax - float(v[0])) / k
        ub = float(v[0]) + width * np.arange(1, k + 1)
        ub[-1] = vmax
        return ub
    if scheme == "box_map":
        q1, q2, q3 = np.percentile(v, [25, 50, 75])
        iqr = q3 - q1
        return np.array([q1 - 1.5 * iqr, q1, q2, q3, q3 + 1.5 * iqr, max(vmax, q3 + 1.5 * iqr)])
    if scheme == "fisher_jenks":
        return np.unique(fisher_jenks_bounds(v, k))
    if scheme == "user_defined":
        ub = sorted(float(b) for b in (user_breaks or ()) if np.isfinite(b))
        ub = [b for b in ub if b < vmax] + [vmax]
        return np.unique(np.asarray(ub, dtype=float))
    raise ValueError(f"unknown scheme {scheme!r}")


def _assign_upper(values: np.ndarray, ub: np.ndarray) -> np.ndarray:
    """Class per value by upper bounds (v ≤ ub[i]); NaN → -1."""
    out = np.full(values.shape, -1, dtype=int)
    ok = np.isfinite(values)
    if ub.size:
        out[ok] = np.minimum(np.searchsorted(ub, values[ok], side="left"), ub.size - 1)
    return out


def _exact_classes(values: np.ndarray, colours: list[str], uniq: np.ndarray
                   ) -> tuple[list[ClassBin], np.ndarray]:
    classes = np.full(values.shape, -1, dtype=int)
    ok = np.isfinite(values)
    classes[ok] = np.searchsorted(uniq, values[ok], side="left")
    bins = [ClassBin(float(u), float(u), colours[i], int((classes == i).sum()), "exact")
            for i, u in enumerate(uniq)]
    return bins, classes


def _policy(values: np.ndarray, kind: str, bad_is_high: bool) -> tuple[list[ClassBin],
                                                                          np.ndarray]:
    """0 / <50 / 50–80 / 80–99 / 100 on the percentage scale (shares ×100, the index as is)."""
    scale = 100.0 if kind == "share" else 1.0
    pct = values * scale
    ok = np.isfinite(pct)
    classes = np.full(values.shape, -1, dtype=int)
    zero = ok & (pct <= _EPS)
    full = ok & (pct >= 100.0 - _EPS)
    mid = ok & ~zero & ~full
    classes[zero] = 0
    classes[mid] = 1 + np.searchsorted(np.array([50.0, 80.0]), pct[mid], side="right")
    classes[full] = 4
    colours = sequential_colours(5, bad_is_high)
    limits = ((0.0, 0.0, "exact"), (0.0, 50.0, "below"), (50.0, 80.0, "policy"),
              (80.0, 99.0, "policy"), (100.0, 100.0, "exact"))
    bins = [ClassBin(lo / scale, hi / scale, colours[i], int((classes == i).sum()), style)
            for i, (lo, hi, style) in enumerate(limits)]
    return bins, classes


def classify(values: np.ndarray, scheme: str = "quantiles", k: int = 5, *,
             bad_is_high: bool = True, kind: str = "share",
             user_breaks: tuple[float, ...] | None = None) -> Classification:
    """Classes of `values` (NaN = no data) coloured so that dark red always means worse.

    >>> c = classify(np.array([0.0, 0.0, 0.0, 0.0, 1.0]), "quantiles", 5)
    >>> c.effective, c.note, [b.count for b in c.bins]
    (2, 'few_distinct', [4, 1])
    >>> classify(np.array([3.0, 3.0, np.nan]), k=4).note
    'all_equal'
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}")
    values = np.asarray(values, dtype=float)
    k = int(min(max(k, MIN_CLASSES), MAX_CLASSES))
    ok = np.isfinite(values)
    no_data = int((~ok).sum())
    uniq = np.unique(values[ok])
    common = {"scheme": scheme, "requested": 6 if scheme == "box_map" else
              (5 if scheme == "policy" else k), "distinct": int(uniq.size)}
    if scheme == "policy":
        bins, classes = _policy(values, kind, bad_is_high)
        return Classification(tuple(bins), classes, no_data, **common)
    if uniq.size == 0:
        return Classification((), np.full(values.shape, -1, dtype=int), no_data,
                              note="no_values", **common)
    requested = common["requested"]
    if uniq.size == 1 or (uniq.size <= requested and scheme != "user_defined"):
        colours = ([YLORRD_BY_N[1][0]] if uniq.size == 1
                   else sequential_colours(int(uniq.size), bad_is_high))
        bins, classes = _exact_classes(values, colours, uniq)
        note = "all_equal" if uniq.size == 1 else (
            "few_distinct" if uniq.size < requested else "")
        return Classification(tuple(bins), classes, no_data, note=note, **common)
    ub = upper_bounds(values, scheme, k, user_breaks)
    classes = _assign_upper(values, ub)
    vmin = float(uniq[0])
    if scheme == "box_map":
        palette = list(BOX_RDBU) if bad_is_high else list(BOX_RDBU[::-1])
        tags = ("outlier_low", "", "", "", "", "outlier_high")
        bins = []
        vmax = float(uniq[-1])
        for i in range(6):
            # inner classes are shown within the data's range; outliers as "< fence", "> fence"
            lo = float(ub[i - 1]) if i else min(vmin, float(ub[0]))
            hi = float(ub[i])
            style = "below" if i == 0 else ("above" if i == 5 else "range")
            if style == "range":
                lo, hi = max(lo, vmin), min(hi, vmax)
            bins.append(ClassBin(lo, hi, palette[i], int((classes == i).sum()), style, tags[i]))
        return Classification(tuple(bins), classes, no_data, **common)
    colours = sequential_colours(int(ub.size), bad_is_high)
    bins = []
    for i in range(ub.size):
        lo = float(ub[i - 1]) if i else vmin
        bins.append(ClassBin(lo, float(ub[i]), colours[i], int((classes == i).sum()),
                             "exact" if lo == float(ub[i]) else "range"))
    note = "ties_merged" if (scheme != "user_defined" and ub.size < requested) else ""
    return Classification(tuple(bins), classes, no_data, note=note, **common)


def classify_sequential(values: np.ndarray, bad_is_high: bool = True, k: int = 5
                        ) -> Classification:
    """Quantile classes coloured YlOrRd so that red always means worse."""
    return classify(values, "quantiles", k, bad_is_high=bad_is_high)


def classify_change(values: np.ndarray, improvement_is_negative: bool = True,
                    scheme: str = "quantiles") -> Classification:
    """Diverging classes around zero: up to 4 improving (blue), one 'no change', up to 3 worsening.

    Each side is classed by `scheme` on the magnitudes (quantiles, equal interval or Fisher-Jenks;
    the others fall back to quantiles with a note).

    >>> c = classify_change(np.array([-3.0, -1.0, 0.0, 2.0]))
    >>> [b.count for b in c.bins]
    [1, 1, 1, 1]
    """
    values = np.asarray(values, dtype=float)
    note = ""
    side_scheme = scheme
    if scheme not in ("quantiles", "equal_interval", "fisher_jenks"):
        side_scheme, note = "quantiles", "scheme_not_for_change"
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
        side = classify(mag, side_scheme, k)
        colours = _pick(palette, side.effective)
        offset = len(bins)
        neg = values[mask][0] < 0
        for b, colour in zip(side.bins, colours, strict=True):
            lo, hi = (-b.upper, -b.lower) if neg else (b.lower, b.upper)
            bins.append(ClassBin(float(lo), float(hi), colour, b.count,
                                 "exact" if b.style == "exact" else "range"))
        classes[np.flatnonzero(mask)] = side.classes + offset

    add_side(better, IMPROVE, 4)
    if same.any():
        classes[same] = len(bins)
        bins.append(ClassBin(0.0, 0.0, NEUTRAL, int(same.sum()), "exact", "no_change"))
    add_side(worse, WORSEN, 3)
    order = sorted(range(len(bins)), key=lambda i: (bins[i].lower, bins[i].upper))
    remap = np.full(len(bins) + 1, -1, dtype=int)
    for new, old in enumerate(order):
        remap[old] = new
    classes = np.where(classes >= 0, remap[classes], -1)
    return Classification(tuple(bins[i] for i in order), classes, int((~ok).sum()),
                          scheme=scheme, requested=8, note=note,
                          distinct=int(np.unique(values[ok]).size))
