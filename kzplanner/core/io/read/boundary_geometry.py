"""Checks of a boundary layer's geometry: polygons only, and where Kazakhstan is."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from kzplanner.errors import KZError

if TYPE_CHECKING:
    import geopandas as gpd

# Kazakhstan's extent in degrees (46–88° E, 40–56° N) with a margin of 2°.
KZ_EXTENT = (44.0, 38.0, 90.0, 58.0)


def _geometry_counts(geoms: gpd.GeoSeries) -> dict[str, int]:
    """How many polygons, points and lines the layer holds (empty geometries not counted); a
    geometry collection counts as a polygon when it holds one."""
    import numpy as np
    import shapely

    arr = np.asarray(geoms.values)
    present = geoms[~shapely.is_missing(arr) & ~shapely.is_empty(arr)]
    types = present.geom_type
    counts = {"polygons": int(types.isin(["Polygon", "MultiPolygon"]).sum()),
              "points": int(types.isin(["Point", "MultiPoint"]).sum()),
              "lines": int(types.isin(["LineString", "MultiLineString", "LinearRing"]).sum())}
    for geom in present[types == "GeometryCollection"]:
        parts = {g.geom_type for g in geom.geoms}
        kind = ("polygons" if parts & {"Polygon", "MultiPolygon"} else
                "points" if parts <= {"Point", "MultiPoint"} else "lines")
        counts[kind] += 1
    return counts


def check_polygons(geoms: gpd.GeoSeries, file: str) -> None:
    """Boundaries are polygons: a layer of points or lines, or a mixed one, is refused."""
    c = _geometry_counts(geoms)
    extra = dict(c)
    if c["polygons"] == 0 and c["points"] and not c["lines"]:
        raise KZError("boundaries_are_points", file=file, detail=str(c["points"]), extra=extra)
    if c["polygons"] == 0 and c["lines"] and not c["points"]:
        raise KZError("boundaries_are_lines", file=file, detail=str(c["lines"]), extra=extra)
    if c["points"] or c["lines"]:
        raise KZError("boundaries_mixed_geometry", file=file,
                      detail=f"{c['polygons']} / {c['points']} / {c['lines']}", extra=extra)


def _fmt_coord(value: float) -> str:
    if not math.isfinite(value):
        return "∞" if value > 0 else ("-∞" if value < 0 else "?")
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.2f}"


def inside_kazakhstan(geoms: gpd.GeoSeries) -> Any:
    """Per feature: does the centre of its bounding box lie within Kazakhstan's extent (with a
    margin)? NaN-free boolean Series; empty geometries count as inside (reported elsewhere)."""
    b = geoms.bounds
    cx, cy = (b["minx"] + b["maxx"]) / 2, (b["miny"] + b["maxy"]) / 2
    x0, y0, x1, y1 = KZ_EXTENT
    return cx.isna() | (cx.between(x0, x1) & cy.between(y0, y1))


def check_extent(geoms: gpd.GeoSeries, file: str) -> None:
    """After reprojection to EPSG:4326 most features must lie in Kazakhstan; coordinates far
    away (millions: Web Mercator read as degrees; near 0: degrees read as metres) mean a missing
    or wrong .prj, and the layer is refused naming its bounds."""
    b = geoms.bounds.dropna()
    if b.empty:
        return
    inside = inside_kazakhstan(geoms)[b.index]
    if inside.sum() * 2 >= len(b):
        return
    xmin, ymin = float(b["minx"].min()), float(b["miny"].min())
    xmax, ymax = float(b["maxx"].max()), float(b["maxy"].max())
    detail = f"({_fmt_coord(xmin)}, {_fmt_coord(ymin)}) – ({_fmt_coord(xmax)}, {_fmt_coord(ymax)})"
    raise KZError("boundaries_outside_kazakhstan", file=file, detail=detail,
                  extra={"bounds": (xmin, ymin, xmax, ymax), "inside": int(inside.sum()),
                         "features": len(b)})
