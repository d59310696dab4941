"""Institution symbols as numbers: status per institution, symbol size, and what to draw at
one zoom (plan_symbols: singles and clusters of what lies inside the view), hit-testing.

Pure numpy (no Qt), shared by the map's institution layer and the printed page.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kzplanner.lazy import pd

TYPES: tuple[str, ...] = ("school", "fap", "psc")
STATUSES: tuple[str, ...] = ("access", "below", "unconnected", "kit")
# Salience follows importance. Not connected: a saturated red-orange, filled, the largest, with a
# white halo so it reads over every class of the warm YlOrRd choropleth (and over the blues of
# the change map); with access: a pale grey-blue, small and thin-lined, the quietest; connected
# below the benchmark: a mid blue in between; the plan's kits: purple with a thick outline.
# Told apart by lightness as well as hue (pale < mid blue < purple; red-orange with its halo),
# so the four stay distinct for red-green colour-blind readers.
STATUS_COLOURS: dict[str, str] = {"access": "#c6d4e1", "below": "#3f83c4",
                                  "unconnected": "#ff3300", "kit": "#7b3294"}
STATUS_SIZE: dict[str, float] = {"access": 0.8, "below": 0.95, "unconnected": 1.25, "kit": 1.15}
DRAW_ORDER: tuple[int, ...] = (0, 1, 3, 2)  # quiet first, not connected last (on top)
BASE_RADIUS_PX = 3.2
MIN_SIZE, MAX_SIZE = 0.75, 1.9  # radius multipliers for the smallest and largest served
OVERLAP_PX = 6.0  # two institutions closer than this on screen overlap: drawn as one cluster
GREEDY_LIMIT = 4000  # more institutions in view than this: cluster by screen cell (national)
GRID_CELL_PX = 26.0  # the screen cell at national scale (grown until the bounds below hold)
MAX_CLUSTERS = 180  # clusters drawn at most (each carries a number; a national view stays legible)
MAX_SYMBOLS = 2500  # singles + clusters drawn at most


def institution_status(inst: pd.DataFrame, access: np.ndarray, kit: np.ndarray) -> np.ndarray:
    """Index into STATUSES per institution: the plan's kit first, then access, then whether
    the institution is connected at all (connected below the speed benchmark = 'below').

    >>> df = pd.DataFrame({"connected": [True, True, False, True]})
    >>> institution_status(df, np.array([True, False, False, True]),
    ...                    np.array([False, False, False, True])).tolist()
    [0, 1, 2, 3]
    """
    n = len(inst)
    connected = (inst["connected"].fillna(False).to_numpy(dtype=bool)
                 if "connected" in inst.columns else np.zeros(n, dtype=bool))
    status = np.full(n, 2, dtype=np.int8)
    status[connected & ~access] = 1
    status[access] = 0
    status[kit] = 3
    return status


def kit_mask(inst: pd.DataFrame, kits: pd.DataFrame | None) -> np.ndarray:
    """Bool per institution: the plan gives it a connectivity kit."""
    if kits is None or not len(kits):
        return np.zeros(len(inst), dtype=bool)
    return inst["inst_id"].isin(set(kits["inst_id"])).to_numpy()


def type_codes(inst: pd.DataFrame) -> np.ndarray:
    """Index into TYPES per institution (unknown types drawn as schools)."""
    found = pd.Index(TYPES).get_indexer(inst["type"])  # -1: not a known type
    return np.where(found < 0, 0, found).astype(np.int8)


def size_factors(inst: pd.DataFrame) -> np.ndarray:
    """Radius multiplier per institution: √(people served / the type's median), clipped, so a
    big school and a big PSC both look big (PSCs serve ~40× more people than schools).

    >>> df = pd.DataFrame({"type": ["school"] * 3, "people_served": [100.0, 400.0, 1600.0]})
    >>> size_factors(df).round(2).tolist()
    [0.75, 1.0, 1.9]
    """
    people = inst["people_served"].astype(float) if "people_served" in inst.columns \
        else pd.Series(np.nan, index=inst.index)
    median = people.groupby(inst["type"]).transform("median")
    ratio = np.sqrt((people / median.where(median > 0)).to_numpy(dtype=float))
    ratio = np.where(np.isfinite(ratio), ratio, 1.0)
    return np.clip(ratio, MIN_SIZE, MAX_SIZE)



@dataclass(frozen=True)
class DrawPlan:
    """What one paint draws: institutions inside the view, single or clustered.

    Positions are screen pixels (the view's device coordinates)."""

    singles: np.ndarray  # row indices drawn as their own symbol
    single_xy: np.ndarray  # (s, 2) their positions
    cluster_xy: np.ndarray  # (g, 2) cluster positions (mean of members)
    cluster_counts: np.ndarray  # (g, len(STATUSES)) members per status
    member_rows: np.ndarray  # row indices of every clustered institution …
    member_cluster: np.ndarray  # … and the cluster each belongs to
    reach_px: float = OVERLAP_PX  # the clustering distance used

    @property
    def cluster_sizes(self) -> np.ndarray:
        return self.cluster_counts.sum(axis=1) if len(self.cluster_counts) else \
            np.zeros(0, dtype=int)

    def members(self, k: int) -> np.ndarray:
        return self.member_rows[self.member_cluster == k]


def screen_positions(xy: np.ndarray, m11: float, m12: float, m21: float, m22: float,
                     dx: float, dy: float) -> np.ndarray:
    """Scene positions → screen pixels through an affine transform (Qt's QTransform terms)."""
    if not len(xy):
        return np.zeros((0, 2))
    return np.column_stack([xy[:, 0] * m11 + xy[:, 1] * m21 + dx,
                            xy[:, 0] * m12 + xy[:, 1] * m22 + dy])


def in_view(px: np.ndarray, width: float, height: float) -> np.ndarray:
    """Bool per position: inside the view rectangle [0, width) × [0, height).

    >>> in_view(np.array([[1.0, 1.0], [-1.0, 5.0], [5.0, 10.0], [np.nan, 1.0]]), 10, 10).tolist()
    [True, False, False, False]
    """
    with np.errstate(invalid="ignore"):
        return ((px[:, 0] >= 0) & (px[:, 0] < width) & (px[:, 1] >= 0)
                & (px[:, 1] < height))


def cluster_radius_px(count: np.ndarray | int) -> np.ndarray:
    """A cluster's disc: wide enough for its number (more digits, wider), capped.

    >>> cluster_radius_px(np.array([2, 40, 700, 5000])).tolist()
    [8.0, 9.5, 12.0, 14.5]
    """
    n = np.asarray(count, dtype=float)
    digits = np.floor(np.log10(np.maximum(n, 1.0))) + 1
    return np.choose(np.clip(digits, 1, 5).astype(int) - 1, [8.0, 9.5, 12.0, 14.5, 17.0])


def _greedy(xy: np.ndarray, reach: float) -> np.ndarray:
    """Cluster label per point: each seed (densest screen cells first) takes every unlabelled
    point within `reach`; a point with no other within `reach` stays alone."""
    n = len(xy)
    label = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return label
    cells = np.floor(xy / reach).astype(np.int64)
    key = cells[:, 0] * 2_000_003 + cells[:, 1]
    uniq, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    by_cell = np.argsort(inverse, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(counts)])
    lookup = {int(k): by_cell[bounds[i]:bounds[i + 1]] for i, k in enumerate(uniq.tolist())}
    order = np.lexsort((np.arange(n), -counts[inverse]))
    r2 = reach * reach
    next_id = 0
    for i in order.tolist():
        if label[i] >= 0:
            continue
        cx, cy = int(cells[i, 0]), int(cells[i, 1])
        near = [lookup[k] for k in ((cx + a) * 2_000_003 + cy + b
                                    for a in (-1, 0, 1) for b in (-1, 0, 1)) if k in lookup]
        cand = np.concatenate(near)
        cand = cand[label[cand] < 0]
        d2 = ((xy[cand] - xy[i]) ** 2).sum(axis=1)
        label[cand[d2 <= r2]] = next_id  # includes i itself (distance 0)
        next_id += 1
    return label


def _unique(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`np.unique(values, return_inverse=True, return_counts=True)` of integers, by counting
    when their range is small (cluster labels, screen cells: ~0.05 ms), else by sorting
    (~0.5 ms for 9,500; a national plan asked for eight of them).

    >>> [a.tolist() for a in _unique(np.array([7, 3, 7, 9, 3, 3]))]
    [[3, 7, 9], [1, 0, 1, 2, 0, 0], [3, 2, 1]]
    """
    values = np.asarray(values).reshape(-1)
    if values.size == 0 or int(values.max()) - int(values.min()) > 4 * values.size + 1024:
        uniq, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
        return uniq, inverse.reshape(-1), counts
    lo = int(values.min())
    shifted = values - lo
    counts = np.bincount(shifted)
    present = np.flatnonzero(counts)
    rank = np.zeros(len(counts), dtype=np.int64)
    rank[present] = np.arange(len(present))
    return (present + lo).astype(values.dtype), rank[shifted], counts[present]


def _grid(xy: np.ndarray, cell: float) -> np.ndarray:
    """Cluster label per point: one per screen cell of `cell` pixels, numbered by column,
    then row."""
    if not len(xy):
        return np.zeros(0, dtype=np.int64)
    key = np.floor(xy / cell).astype(np.int64)
    key -= key.min(axis=0)
    return _unique(key[:, 0] * (int(key[:, 1].max()) + 1) + key[:, 1])[1]


def _merge_discs(label: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Merge clusters whose numbered discs would overlap (the biggest absorbs), so every count
    stays readable; repeated until none overlap."""
    for _ in range(8):
        ids, inv, size = _unique(label)
        multi = size >= 2
        if multi.sum() < 2:
            return label
        centre = np.column_stack([np.bincount(inv, xy[:, 0]), np.bincount(inv, xy[:, 1])])
        centre /= size[:, None]
        cids = np.flatnonzero(multi)
        c, r = centre[cids], cluster_radius_px(size[cids])
        d = np.hypot(c[:, None, 0] - c[None, :, 0], c[:, None, 1] - c[None, :, 1])
        overlap = d < 0.85 * (r[:, None] + r[None, :])
        np.fill_diagonal(overlap, False)
        if not overlap.any():
            return label
        target = np.arange(len(ids))
        taken = np.zeros(len(cids), dtype=bool)
        for a in np.argsort(-size[cids], kind="stable").tolist():
            if taken[a]:
                continue
            for b in np.flatnonzero(overlap[a] & ~taken).tolist():
                taken[b] = True
                target[cids[b]] = cids[a]
            taken[a] = True
        label = ids[target[inv]]
    return label


def plan_symbols(px: np.ndarray, status: np.ndarray, visible: np.ndarray, width: float,
                 height: float, overlap_px: float = OVERLAP_PX,
                 max_clusters: int = MAX_CLUSTERS, max_symbols: int = MAX_SYMBOLS,
                 greedy_limit: int = GREEDY_LIMIT) -> DrawPlan:
    """Singles and clusters of the visible institutions inside the view (0..width, 0..height).

    Up to `greedy_limit` in view (a region, a district): each institution is its own symbol
    unless another lies within `overlap_px`. More (the whole country): one cluster per screen
    cell. Clusters whose discs would overlap merge; the reach grows until at most
    `max_clusters` clusters and `max_symbols` symbols are drawn.

    >>> px = np.array([[10.0, 10.0], [13.0, 10.0], [60.0, 60.0], [500.0, 5.0]])
    >>> p = plan_symbols(px, np.array([0, 2, 1, 2]), np.ones(4, bool), 100, 100)
    >>> p.singles.tolist(), p.cluster_xy.tolist(), p.cluster_counts.tolist()
    ([2], [[11.5, 10.0]], [[1, 0, 1, 0]])
    """
    rows = np.flatnonzero(visible & np.isfinite(px).all(axis=1) & in_view(px, width, height))
    xy = px[rows]
    grid = len(rows) > greedy_limit
    reach = GRID_CELL_PX * overlap_px / OVERLAP_PX if grid else overlap_px
    if grid:  # start near the cell that keeps the bound: occupied cells fall with its area
        occupied = len(_unique(_grid(xy, reach))[0])
        reach *= max(1.0, float(np.sqrt(occupied / max(max_clusters, 1))))
    while True:
        if reach <= 0:  # no clustering at all: every institution its own symbol
            label = np.arange(len(xy))
        else:
            label = _grid(xy, reach) if grid else _greedy(xy, reach)
        if len(rows) and reach > 0:
            label = _merge_discs(label, xy)
        ids, inv, size = _unique(label)
        n_clusters = int((size >= 2).sum())
        if (n_clusters <= max_clusters and len(ids) <= max_symbols) or reach <= 0 or \
                reach > 4 * max(width, height):
            break
        reach *= 1.5
    inv = inv.reshape(-1)
    alone = size[inv] == 1
    singles = rows[alone]
    grouped = ~alone
    g_inv = _unique(inv[grouped])[1]
    g_inv = g_inv.reshape(-1)
    n_groups = int(g_inv.max()) + 1 if g_inv.size else 0
    g_xy = xy[grouped]
    g_size = np.bincount(g_inv, minlength=n_groups).astype(float)
    cluster_xy = (np.column_stack([np.bincount(g_inv, g_xy[:, 0], n_groups),
                                   np.bincount(g_inv, g_xy[:, 1], n_groups)]) / g_size[:, None]
                  if n_groups else np.zeros((0, 2)))
    counts = np.zeros((n_groups, len(STATUSES)), dtype=int)
    np.add.at(counts, (g_inv, status[rows[grouped]].astype(int)), 1)
    return DrawPlan(singles, xy[alone], cluster_xy, counts, rows[grouped], g_inv,
                    float(reach))


def nearest_within(xy: np.ndarray, point: tuple[float, float], radius: float) -> int:
    """Index of the position nearest `point` if within `radius` pixels, else −1.

    >>> nearest_within(np.array([[0.0, 0.0], [10.0, 0.0], [12.0, 0.0]]), (11.4, 0.5), 3.0)
    2
    >>> nearest_within(np.array([[0.0, 0.0]]), (5.0, 0.0), 3.0)
    -1
    """
    if not len(xy):
        return -1
    d = np.hypot(xy[:, 0] - point[0], xy[:, 1] - point[1])
    d = np.where(np.isfinite(d), d, np.inf)
    i = int(np.argmin(d))
    return i if d[i] <= radius else -1


def hit_test(plan: DrawPlan, point: tuple[float, float], radius: float = 6.0
             ) -> tuple[str, int] | None:
    """What a click at `point` meets: ('cluster', k) inside a cluster's disc, else
    ('single', row) for the nearest single within `radius`, else None.

    >>> plan = plan_symbols(np.array([[10.0, 10.0], [12.0, 10.0], [50.0, 50.0]]),
    ...                     np.zeros(3, int), np.ones(3, bool), 100, 100)
    >>> hit_test(plan, (52.0, 49.0)), hit_test(plan, (11.0, 12.0)), hit_test(plan, (90.0, 9.0))
    (('single', 2), ('cluster', 0), None)
    """
    i = nearest_within(plan.single_xy, point, radius)
    if i >= 0:
        return ("single", int(plan.singles[i]))
    k = nearest_within(plan.cluster_xy, point, float("inf"))
    if k >= 0:
        r = float(cluster_radius_px(int(plan.cluster_sizes[k])))
        if np.hypot(*(plan.cluster_xy[k] - np.asarray(point))) <= r:
            return ("cluster", k)
    return None
