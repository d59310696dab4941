"""Map geometry for drawing: Albers projection for Kazakhstan and simplified, projected rings.

Pure numpy/shapely (no Qt), so it runs in the loading worker. Scene coordinates put north up:
y grows downwards as in Qt, so y = −northing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

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


def build_shapes(units: gpd.GeoDataFrame,
                 tolerance: float = SIMPLIFY_TOLERANCE_DEG) -> dict[str, UnitShape]:
    """Simplify each unit once (topology kept) and project its rings; anchors at the centroid
    columns when present, else at a point inside the polygon."""
    import shapely

    geoms = units.geometry
    if units.crs is not None and not units.crs.equals("EPSG:4326"):
        geoms = geoms.to_crs(4326)
    simple = shapely.simplify(np.asarray(geoms.values), tolerance, preserve_topology=True)
    shapes: dict[str, UnitShape] = {}
    for code, geom, orig in zip(units.index, simple, geoms.values, strict=True):
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
        row = units.loc[code]
        lon, lat = row.get("centroid_lon"), row.get("centroid_lat")
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
