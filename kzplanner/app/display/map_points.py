"""Institution symbols as numbers: status per institution, symbol size, screen-grid aggregation.

Pure numpy (no Qt), shared by the map's institution layer and the printed page.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kzplanner.lazy import pd

TYPES: tuple[str, ...] = ("school", "fap", "psc")
STATUSES: tuple[str, ...] = ("access", "below", "unconnected", "kit")
# Cool colours over the warm choropleth, told apart by lightness (colour-blind safe): dark blue
# with access, light blue connected below the benchmark, white (hollow) not connected, purple
# for the plan's kits.
STATUS_COLOURS: dict[str, str] = {"access": "#08519c", "below": "#9ecae1",
                                  "unconnected": "#ffffff", "kit": "#7b3294"}
BASE_RADIUS_PX = 3.2
MIN_SIZE, MAX_SIZE = 0.75, 1.9  # radius multipliers for the smallest and largest served
CLUSTER_CELL_PX = 22.0  # institutions closer than this on screen may be grouped
CLUSTER_MIN = 5  # a screen cell with at least this many visible institutions becomes a group
MAX_GRID_GROUPS = 120  # more groups than this on screen: one group per unit instead


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
    lookup = {t: i for i, t in enumerate(TYPES)}
    return inst["type"].map(lookup).fillna(0).to_numpy(dtype=np.int8)


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
class Decluttered:
    """What to draw at one zoom: single symbols (row indices) and groups of nearby ones."""

    singles: np.ndarray  # row indices drawn one by one
    group_xy: np.ndarray  # (g, 2) screen positions (mean of members)
    group_counts: np.ndarray  # (g, len(STATUSES)) members per status


def declutter(px: np.ndarray, status: np.ndarray, visible: np.ndarray,
              cell_px: float = CLUSTER_CELL_PX, min_group: int = CLUSTER_MIN) -> Decluttered:
    """Group visible institutions that share a screen cell of `cell_px` when there are at least
    `min_group` of them; the rest stay single. `px` holds screen positions (NaN = no place).

    >>> px = np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 1.0], [100.0, 100.0]])
    >>> d = declutter(px, np.array([0, 2, 2, 0]), np.ones(4, bool), 22.0, 3)
    >>> d.singles.tolist(), d.group_counts.tolist()
    ([3], [[1, 0, 2, 0]])
    """
    ok = visible & np.isfinite(px).all(axis=1)
    rows = np.flatnonzero(ok)
    empty = Decluttered(rows, np.zeros((0, 2)), np.zeros((0, len(STATUSES)), dtype=int))
    if rows.size == 0:
        return empty
    cells = np.floor(px[rows] / cell_px).astype(np.int64)
    key = cells[:, 0] * 1_000_003 + cells[:, 1]
    _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    grouped = counts[inverse] >= min_group
    singles = rows[~grouped]
    if not grouped.any():
        return Decluttered(singles, empty.group_xy, empty.group_counts)
    g_rows = rows[grouped]
    _, g_inv = np.unique(inverse[grouped], return_inverse=True)
    n_groups = int(g_inv.max()) + 1
    size = np.bincount(g_inv, minlength=n_groups).astype(float)
    xy = np.column_stack([np.bincount(g_inv, px[g_rows, 0], n_groups) / size,
                          np.bincount(g_inv, px[g_rows, 1], n_groups) / size])
    per_status = np.zeros((n_groups, len(STATUSES)), dtype=int)
    np.add.at(per_status, (g_inv, status[g_rows].astype(int)), 1)
    return Decluttered(singles, xy, per_status)


def group_radius_px(count: np.ndarray | int) -> np.ndarray:
    """Radius of a group's disc: area grows with the number of institutions, capped."""
    return np.clip(4.0 + 1.1 * np.sqrt(np.asarray(count, dtype=float)), 5.0, 15.0)


def unit_groups(unit_idx: np.ndarray, status: np.ndarray, visible: np.ndarray,
                unit_px: np.ndarray) -> Decluttered:
    """One group per unit (at national scale): members per status at the unit's anchor.

    >>> d = unit_groups(np.array([0, 0, 1, -1]), np.array([0, 2, 1, 0]), np.ones(4, bool),
    ...                 np.array([[5.0, 5.0], [9.0, 9.0]]))
    >>> d.group_xy.tolist(), d.group_counts.tolist()
    ([[5.0, 5.0], [9.0, 9.0]], [[1, 0, 1, 0], [0, 1, 0, 0]])
    """
    n_units = len(unit_px)
    ok = visible & (unit_idx >= 0)
    counts = np.zeros((n_units, len(STATUSES)), dtype=int)
    np.add.at(counts, (unit_idx[ok], status[ok].astype(int)), 1)
    keep = counts.sum(axis=1) > 0
    return Decluttered(np.zeros(0, dtype=int), unit_px[keep], counts[keep])


def unit_group_radius_px(count: np.ndarray) -> np.ndarray:
    """Radius of a unit's pie: area grows with its number of institutions."""
    return np.clip(5.0 + 0.42 * np.sqrt(np.asarray(count, dtype=float)), 7.0, 24.0)
