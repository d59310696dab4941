"""Settlements on the map as numbers: position, symbol radius by population, coverage for the
chosen institution type, what to draw at one zoom (symbols where there is room, a dot for every
other settlement in view) and what a click meets.

Pure numpy (no Qt); the window's settlement layer (gui/map/map_settlements.py) paints from it.
Columns follow core.settlements (SettlementLayer.table, Coverage.per_settlement).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kzplanner.app.display.map_geometry import project
from kzplanner.lazy import pd

KINDS: tuple[str, ...] = ("school", "fap", "psc")  # core.settlements.INSTITUTION_TYPES
# Covered: a calm blue; not covered: magenta with a white halo. Both read over the warm YlOrRd
# choropleth and differ in lightness too (red-green colour-blind readers tell them apart); no
# institution status uses either.
# Newly covered by the plan shown (after-the-plan and change views): a green, darker than the
# choropleth's yellows and apart from both in hue and lightness.
COVER_COLOURS: dict[str, str] = {"covered": "#2c7fb8", "uncovered": "#d4006f",
                                 "newly": "#1a9641"}
STATES: tuple[str, ...] = ("covered", "newly", "uncovered")  # the legend's order
MIN_RADIUS_PX, MAX_RADIUS_PX = 2.0, 11.0
DOT_RADIUS_PX = 1.3  # a settlement without room for its symbol at this zoom
CELL_PX = 11.0  # one symbol per screen cell of this size (the most important settlement)
MAX_SYMBOLS = 350  # sized symbols drawn at most (the cell grows until it holds): a national view
PX_PER_SYMBOL = 2800.0  # … and at most one per this many square pixels of the view
UNCOVERED_WEIGHT = 3.0  # a village without access wins its cell over a covered one 3× its size


def radius_px(population: np.ndarray) -> np.ndarray:
    """Symbol radius by population: area grows with population^0.6, clipped, so a hamlet is a
    small dot and a city does not swamp its district.

    >>> radius_px(np.array([50.0, 1000.0, 20000.0, 2e6, np.nan])).round(1).tolist()
    [2.0, 2.5, 6.0, 11.0, 2.0]
    """
    p = np.nan_to_num(np.asarray(population, dtype=float), nan=0.0)
    return np.clip(2.0 * np.power(np.maximum(p, 0.0) / 500.0, 0.3), MIN_RADIUS_PX, MAX_RADIUS_PX)


@dataclass(frozen=True, eq=False)
class SettlementPoints:
    """The drawable settlements, in the layer table's row order."""

    ids: np.ndarray  # settlement_id (str objects)
    xy: np.ndarray  # (n, 2) projected like the map's units
    population: np.ndarray
    estimated: np.ndarray  # bool: the population is an estimate
    radius: np.ndarray  # symbol radius in pixels
    covered: dict[str, np.ndarray] = field(default_factory=dict)  # kind → bool per settlement
    newly: dict[str, np.ndarray] = field(default_factory=dict)  # kind → covered by the plan only
    after: bool = False  # covered/newly describe the coverage after a plan's kits

    def __len__(self) -> int:
        return len(self.ids)

    def row_of(self, settlement_id: str) -> int:
        hits = np.flatnonzero(self.ids == settlement_id)
        return int(hits[0]) if len(hits) else -1

    def covered_for(self, kind: str) -> np.ndarray:
        found = self.covered.get(kind)
        return found if found is not None else np.zeros(len(self.ids), dtype=bool)

    def newly_for(self, kind: str) -> np.ndarray:
        found = self.newly.get(kind)
        return found if found is not None else np.zeros(len(self.ids), dtype=bool)

    def states(self, kind: str) -> np.ndarray:
        """Per settlement its state for `kind` as an index into STATES (0 covered — before the
        plan in the after view —, 1 newly covered by the plan, 2 not covered)."""
        covered = self.covered_for(kind)
        return np.where(self.newly_for(kind), 1, np.where(covered, 0, 2)).astype(np.int8)

    def counts(self, kind: str) -> dict[str, int]:
        """Settlements per state for `kind` (what the legend's rows count)."""
        n = np.bincount(self.states(kind), minlength=len(STATES))
        return {s: int(n[i]) for i, s in enumerate(STATES)}


def settlement_points(table: pd.DataFrame, per_settlement: pd.DataFrame | None
                      ) -> SettlementPoints:
    """The layer's table (and its coverage, aligned on the same index) as plain arrays."""
    x, y = project(table["lon"].to_numpy(dtype=float), table["lat"].to_numpy(dtype=float))
    pop = table["population"].to_numpy(dtype=float)
    covered = {}
    if per_settlement is not None:
        for kind in KINDS:
            col = f"{kind}_covered"
            if col in per_settlement.columns:
                covered[kind] = (per_settlement[col].reindex(table.index).fillna(False)
                                 .to_numpy(dtype=bool))
    return SettlementPoints(ids=table["settlement_id"].astype(str).to_numpy(dtype=object),
                            xy=np.column_stack([x, y]), population=pop,
                            estimated=table["population_estimated"].fillna(False)
                            .to_numpy(dtype=bool),
                            radius=radius_px(pop), covered=covered)


def shows_after(mode: str, result: object) -> bool:
    """The settlements show the coverage after the plan: the map's "after the plan" or
    "change" view of a plan made with settlements."""
    return mode in ("projected", "change") and plan_basis(result) is not None


def plan_basis(result: object) -> object:
    """The plan's settlement basis (core.settlements.plan.SettlementBasis) or None."""
    return getattr(getattr(result, "items", None), "settlements", None)


def after_plan(result: object) -> pd.DataFrame | None:
    """The plan's settlements_after (computed with the plan, PlanResult.settlements_after)
    indexed by settlement_id; None when the plan was made without settlements."""
    basis = plan_basis(result)
    frame = getattr(result, "settlements_after", None)
    if basis is None or frame is None:
        return None
    frame = frame.set_axis(basis.layer.table["settlement_id"].astype(str).to_numpy())  # type: ignore[attr-defined]
    return frame[~frame.index.duplicated()]


def covered_after_ids(result: object, kind: str) -> set[str] | None:
    """The settlement ids covered for `kind` once the plan's kits are installed (None without
    a plan made with settlements)."""
    frame = after_plan(result)
    if frame is None:
        return None
    return set(frame.index[frame[f"{kind}_covered"].to_numpy(dtype=bool)])


def points_after_plan(pts: SettlementPoints, result: object) -> SettlementPoints:
    """`pts` coloured by the coverage once the plan's kits are installed (after_plan, matched
    by settlement_id): covered after and newly covered per type; `pts` itself when the plan
    was made without settlements."""
    from dataclasses import replace

    frame = after_plan(result)
    if frame is None:
        return pts
    frame = frame.reindex(pts.ids)
    covered = {k: frame[f"{k}_covered"].to_numpy(dtype=bool, na_value=False) for k in KINDS}
    newly = {k: frame[f"{k}_newly"].to_numpy(dtype=bool, na_value=False) for k in KINDS}
    return replace(pts, covered=covered, newly=newly, after=True)


@dataclass(frozen=True)
class SettlementPlan:
    """What one paint draws, in viewport pixels: `symbols` (rows with room for their sized
    symbol, most important first) and `dots` (every other settlement in view)."""

    symbols: np.ndarray
    symbol_xy: np.ndarray
    dots: np.ndarray
    dot_xy: np.ndarray


def plan_settlements(px: np.ndarray, population: np.ndarray, covered: np.ndarray,
                     width: float, height: float, cell_px: float = CELL_PX,
                     pinned: int = -1, max_symbols: int = MAX_SYMBOLS) -> SettlementPlan:
    """Symbols and dots of the settlements inside the view: in each screen cell of `cell_px`
    the most important one (population, a village without access weighted UNCOVERED_WEIGHT
    times) gets its symbol, the others a dot; the cell grows until at most `max_symbols`
    symbols are drawn (the whole country); `pinned` (the selected row) always its symbol.

    >>> px = np.array([[5.0, 5.0], [7.0, 6.0], [50.0, 50.0], [500.0, 5.0]])
    >>> p = plan_settlements(px, np.array([100.0, 900.0, 10.0, 1e5]),
    ...                      np.array([True, True, False, True]), 100, 100)
    >>> p.symbols.tolist(), p.dots.tolist()
    ([1, 2], [0])
    >>> plan_settlements(px, np.array([500.0, 900.0, 10.0, 1e5]),
    ...                  np.array([False, True, True, True]), 100, 100).symbols.tolist()
    [0, 2]
    """
    with np.errstate(invalid="ignore"):
        ok = (np.isfinite(px).all(axis=1) & (px[:, 0] >= 0) & (px[:, 0] < width)
              & (px[:, 1] >= 0) & (px[:, 1] < height)) if len(px) else np.zeros(0, bool)
    rows = np.flatnonzero(ok)
    max_symbols = min(max_symbols, max(20, int(width * height / PX_PER_SYMBOL)))
    weight = np.nan_to_num(population[rows].astype(float), nan=0.0) + 1.0
    weight = np.where(covered[rows], weight, weight * UNCOVERED_WEIGHT)
    order = rows[np.lexsort((rows, -weight))]  # most important first, ties by row
    while True:
        cells = np.floor(px[order] / cell_px).astype(np.int64)
        key = cells[:, 0] * 2_000_003 + cells[:, 1]
        _, first = np.unique(key, return_index=True)
        if len(first) <= max_symbols or cell_px > max(width, height):
            break
        cell_px *= 1.25
    chosen = np.zeros(len(order), dtype=bool)
    chosen[first] = True
    if pinned >= 0 and ok[pinned]:
        chosen[order == pinned] = True
    symbols = order[chosen]
    symbols = symbols[np.argsort(-np.nan_to_num(population[symbols], nan=0.0), kind="stable")]
    dots = np.sort(order[~chosen])
    return SettlementPlan(symbols, px[symbols], dots, px[dots])


def settlement_hit(plan: SettlementPlan, radius: np.ndarray, point: tuple[float, float],
                   slack_px: float = 3.0) -> int:
    """The settlement row a click at `point` meets: the smallest symbol under it (a village
    drawn over a town is still reachable), else the nearest dot within 4 px; −1 for none.

    >>> plan = SettlementPlan(np.array([0, 1]), np.array([[10.0, 10.0], [14.0, 10.0]]),
    ...                       np.array([2]), np.array([[40.0, 40.0]]))
    >>> r = np.array([8.0, 2.0, 2.0])
    >>> settlement_hit(plan, r, (13.0, 10.0)), settlement_hit(plan, r, (5.0, 10.0)), \\
    ...     settlement_hit(plan, r, (41.0, 42.0)), settlement_hit(plan, r, (80.0, 80.0))
    (1, 0, 2, -1)
    """
    x, y = point
    if len(plan.symbols):
        d = np.hypot(plan.symbol_xy[:, 0] - x, plan.symbol_xy[:, 1] - y)
        r = radius[plan.symbols]
        under = np.flatnonzero(d <= r + slack_px)
        if len(under):
            return int(plan.symbols[under[np.argmin(r[under])]])
    if len(plan.dots):
        d = np.hypot(plan.dot_xy[:, 0] - x, plan.dot_xy[:, 1] - y)
        i = int(np.argmin(d))
        if d[i] <= 4.0:
            return int(plan.dots[i])
    return -1
