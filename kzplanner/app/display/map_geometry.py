"""Map geometry for drawing: Albers projection for Kazakhstan and simplified, projected rings.

Pure numpy/shapely (no Qt), so it runs in the loading worker. Scene coordinates put north up:
y grows downwards as in Qt, so y = −northing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import geopandas as gpd

# Albers equal-area conic on a sphere; standard parallels bracket Kazakhstan (40.5°–55.5° N).
_LAT1, _LAT2, _LAT0, _LON0 = 45.0, 52.0, 48.0, 67.0
_R = 100.0  # scene units per radian: ~1.7 units per degree of latitude
SIMPLIFY_TOLERANCE_DEG = 0.01


def _albers_constants() -> tuple[float, float, float]:
    p1, p2, p0 = (math.radians(v) for v in (_LAT1, _LAT2, _LAT0))
    n = (math.sin(p1) + math.sin(p2)) / 2.0
    c = math.cos(p1) ** 2 + 2.0 * n * math.sin(p1)
    rho0 = math.sqrt(c - 2.0 * n * math.sin(p0)) / n
    return n, c, rho0


_N, _C, _RHO0 = _albers_constants()


def project(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude in degrees → scene x, y (Albers equal-area, y pointing south).

    >>> x, y = project(np.array([67.0]), np.array([48.0]))
    >>> float(abs(x[0])) < 1e-9, float(abs(y[0])) < 1e-9
    (True, True)
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    rho = np.sqrt(_C - 2.0 * _N * np.sin(np.radians(lat))) / _N
    theta = _N * np.radians(lon - _LON0)
    x = _R * rho * np.sin(theta)
    northing = _R * (_RHO0 - rho * np.cos(theta))
    return x, -northing


@dataclass(frozen=True)
class UnitShape:
    """One unit ready to draw: polygons as lists of rings (exterior first), projected."""

    code: str
    polygons: tuple[tuple[np.ndarray, ...], ...]  # each ring an (n, 2) array
    anchor: tuple[float, float]  # label / marker position (projected centroid)
    bounds: tuple[float, float, float, float]  # minx, miny, maxx, maxy (projected)

    @property
    def diagonal(self) -> float:
        minx, miny, maxx, maxy = self.bounds
        return math.hypot(maxx - minx, maxy - miny)


def _ring_xy(coords: np.ndarray) -> np.ndarray:
    x, y = project(coords[:, 0], coords[:, 1])
    return np.column_stack([x, y])


def simplified(units: gpd.GeoDataFrame, tolerance: float = SIMPLIFY_TOLERANCE_DEG
               ) -> tuple[Any, np.ndarray]:
    """(the units' geometries in degrees, each simplified once with its topology kept): what
    build_shapes and parent_outlines both start from."""
    import shapely

    geoms = units.geometry
    if units.crs is not None and not units.crs.equals("EPSG:4326"):
        geoms = geoms.to_crs(4326)
    return geoms, shapely.simplify(np.asarray(geoms.values), tolerance, preserve_topology=True)


def build_shapes(units: gpd.GeoDataFrame, tolerance: float = SIMPLIFY_TOLERANCE_DEG,
                 simple: tuple[Any, np.ndarray] | None = None) -> dict[str, UnitShape]:
    """Simplify each unit once (topology kept) and project its rings; anchors at the centroid
    columns when present, else at a point inside the polygon. `simple`: simplified()'s result
    when the caller has it."""
    geoms, simple_geoms = simple if simple is not None else simplified(units, tolerance)
    simple = simple_geoms
    shapes: dict[str, UnitShape] = {}
    # the anchors' columns as arrays (a row looked up per unit cost ~0.2 ms: 2 s at 10,000)
    none = [None] * len(units)
    lons = units["centroid_lon"].to_numpy() if "centroid_lon" in units.columns else none
    lats = units["centroid_lat"].to_numpy() if "centroid_lat" in units.columns else none
    for code, geom, orig, lon, lat in zip(units.index, simple, geoms.values, lons, lats,
                                          strict=True):
        if geom is None or geom.is_empty:
            geom = orig
        if geom is None or geom.is_empty:
            continue
        parts = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
        polygons = []
        for poly in parts:
            if poly.geom_type != "Polygon" or poly.is_empty:
                continue
            rings = [_ring_xy(np.asarray(poly.exterior.coords))]
            rings += [_ring_xy(np.asarray(r.coords)) for r in poly.interiors]
            polygons.append(tuple(rings))
        if not polygons:
            continue
        if lon is None or lat is None or not (np.isfinite(lon) and np.isfinite(lat)):
            pt = orig.representative_point()
            lon, lat = pt.x, pt.y
        ax, ay = project(np.array([lon]), np.array([lat]))
        allxy = np.vstack([r for p in polygons for r in p])
        bounds = (float(allxy[:, 0].min()), float(allxy[:, 1].min()),
                  float(allxy[:, 0].max()), float(allxy[:, 1].max()))
        shapes[str(code)] = UnitShape(str(code), tuple(polygons), (float(ax[0]), float(ay[0])),
                                      bounds)
    return shapes


def parent_outlines(units: gpd.GeoDataFrame, tolerance: float = SIMPLIFY_TOLERANCE_DEG,
                    simple: tuple[Any, np.ndarray] | None = None) -> tuple[np.ndarray, ...]:
    """The borders of the oblasts the units lie in, as projected rings, for drawing over a map
    of districts (a planner reads the district map by its oblasts). Empty when the units have no
    `parent_code` or are not below one (each unit its own parent: a map of oblasts).

    The units are first simplified as drawn (topology kept), then
    those of one parent dissolved (union on a 1e-4° grid, ~10 m, so that neighbours' shared
    borders vanish even where the file's vertices differ slightly) and simplified as drawn:
    the union of full-detail districts on a finer grid cost ~225 ms of a start at national
    scale for borders that differ by 0.05 % of their area."""
    import pandas as pd
    import shapely

    if "parent_code" not in units.columns:
        return ()
    parents = units["parent_code"].astype("string")
    known = parents.notna() & (parents != "")
    if known.sum() < 2 or parents[known].nunique() >= known.sum():
        return ()
    geoms, simple_geoms = simple if simple is not None else simplified(units, tolerance)
    simple_by = pd.Series(simple_geoms, index=geoms.index)
    rings: list[np.ndarray] = []
    for _parent, idx in parents[known].groupby(parents[known]).groups.items():
        merged = shapely.union_all(np.asarray(simple_by.loc[idx].values), grid_size=1e-4)
        merged = shapely.simplify(merged, tolerance, preserve_topology=True)
        for poly in getattr(merged, "geoms", [merged]):
            if poly.geom_type == "Polygon" and not poly.is_empty:
                rings.append(_ring_xy(np.asarray(poly.exterior.coords)))
    return tuple(rings)


# One scene unit in kilometres: the projection puts _R scene units on one radian of the sphere
# (true to scale along the standard parallels, within ~2 % across Kazakhstan).
SCENE_UNIT_KM = 6371.0088 / _R
_NICE_STEPS = (1.0, 2.0, 2.5, 5.0)


def scale_bar_km(km_per_px: float, max_px: float) -> tuple[float, float]:
    """The longest 'round' distance (1, 2, 2.5 or 5 × 10ⁿ km) whose bar fits in `max_px`.

    Returns (kilometres, length in pixels).

    >>> scale_bar_km(1.0, 320.0)
    (250.0, 250.0)
    >>> scale_bar_km(0.5, 120.0)
    (50.0, 100.0)
    """
    if km_per_px <= 0 or max_px <= 0:
        return 0.0, 0.0
    limit = km_per_px * max_px
    exponent = math.floor(math.log10(limit))
    best = 0.0
    for e in (exponent - 1, exponent):
        for step in _NICE_STEPS:
            km = step * 10.0 ** e
            if km <= limit + 1e-9:
                best = max(best, km)
    return best, best / km_per_px


# Holes known by name: a point inside each (lon, lat). Baikonur is a lease area cut out of
# Kyzylorda region's polygon and belongs to no unit of the statistics.
KNOWN_HOLES: dict[str, tuple[float, float]] = {"baikonur": (63.3, 45.6)}
MIN_HOLE_KM2 = 20.0  # smaller rings are slivers between neighbours' outlines, not areas


@dataclass(frozen=True)
class Hole:
    """An interior ring of a unit that no other unit covers: an area without data."""

    ring: np.ndarray  # (n, 2) projected
    anchor: tuple[float, float]  # a point inside it (label)
    name: str  # a KNOWN_HOLES key, or '' (no name: "no data")


def inside(ring: np.ndarray, x: float, y: float) -> bool:
    """Whether (x, y) lies inside a closed ring (even-odd rule).

    >>> square = np.array([[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]])
    >>> inside(square, 1.0, 2.0), inside(square, 5.0, 2.0)
    (True, False)
    """
    xs, ys = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(xs, -1), np.roll(ys, -1)
    crosses = (ys > y) != (y2 > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        at = xs + (y - ys) * (x2 - xs) / (y2 - ys)
    return bool(np.count_nonzero(crosses & (x < at)) % 2)


def _area(ring: np.ndarray) -> float:
    xs, ys = ring[:, 0], ring[:, 1]
    return abs(float((xs * np.roll(ys, -1) - np.roll(xs, -1) * ys).sum())) / 2.0


def _point_inside(ring: np.ndarray) -> tuple[float, float]:
    """A point inside a ring: its centroid when inside, else a point beside an edge."""
    xs, ys = ring[:, 0], ring[:, 1]
    cross = xs * np.roll(ys, -1) - np.roll(xs, -1) * ys
    area = cross.sum() / 2.0
    if abs(area) > 1e-12:
        cx = float(((xs + np.roll(xs, -1)) * cross).sum() / (6 * area))
        cy = float(((ys + np.roll(ys, -1)) * cross).sum() / (6 * area))
        if inside(ring, cx, cy):
            return cx, cy
    for i in range(len(ring) - 1):  # a little inside from an edge's midpoint, either side
        mx, my = (ring[i] + ring[i + 1]) / 2.0
        dx, dy = ring[i + 1] - ring[i]
        norm = float(np.hypot(dx, dy)) or 1.0
        for side in (1.0, -1.0):
            px, py = mx - side * dy / norm * 1e-3, my + side * dx / norm * 1e-3
            if inside(ring, px, py):
                return float(px), float(py)
    return float(xs.mean()), float(ys.mean())


def _covered(shape: UnitShape, x: float, y: float) -> bool:
    minx, miny, maxx, maxy = shape.bounds
    if not (minx <= x <= maxx and miny <= y <= maxy):
        return False
    for polygon in shape.polygons:
        if inside(polygon[0], x, y) and not any(inside(r, x, y) for r in polygon[1:]):
            return True
    return False


def uncovered_holes(shapes: dict[str, UnitShape]) -> list[Hole]:
    """Interior rings of unit polygons that no other unit fills (a city inside its district
    fills the district's hole; the Baikonur lease fills nothing), named when known; slivers
    under MIN_HOLE_KM2 are left out.

    >>> outer = np.array([[0.0, 0.0], [9.0, 0.0], [9.0, 9.0], [0.0, 9.0], [0.0, 0.0]])
    >>> hole = np.array([[3.0, 3.0], [6.0, 3.0], [6.0, 6.0], [3.0, 6.0], [3.0, 3.0]])
    >>> sliver = np.array([[1.0, 1.0], [1.001, 1.0], [1.0, 1.001], [1.0, 1.0]])
    >>> a = UnitShape("a", ((outer, hole, sliver),), (1.0, 1.0), (0.0, 0.0, 9.0, 9.0))
    >>> b = UnitShape("b", ((hole,),), (4.5, 4.5), (3.0, 3.0, 6.0, 6.0))
    >>> len(uncovered_holes({"a": a})), len(uncovered_holes({"a": a, "b": b}))
    (1, 0)
    """
    known = {name: project(np.array([lon]), np.array([lat]))
             for name, (lon, lat) in KNOWN_HOLES.items()}
    found: list[Hole] = []
    for code, shape in shapes.items():
        for polygon in shape.polygons:
            for ring in polygon[1:]:
                if _area(ring) * SCENE_UNIT_KM ** 2 < MIN_HOLE_KM2:
                    continue
                x, y = _point_inside(ring)
                if any(_covered(other, x, y) for c, other in shapes.items() if c != code):
                    continue
                name = next((n for n, (kx, ky) in known.items()
                             if inside(ring, float(kx[0]), float(ky[0]))), "")
                found.append(Hole(ring, (x, y), name))
    return found
