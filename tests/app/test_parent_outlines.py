"""Oblast borders over the district map: the districts dissolved by parent match the oblast file."""

from __future__ import annotations

import numpy as np
import shapely

from kzplanner import paths
from kzplanner.app.display.map_geometry import parent_outlines, project
from kzplanner.core.io.read.boundaries import read_boundaries


def _area(ring: np.ndarray) -> float:
    return shapely.Polygon(ring).area


def test_district_map_gets_its_oblasts_borders_and_an_oblast_map_none():
    districts = read_boundaries(paths.bundled_boundaries("adm2"))
    oblasts = read_boundaries(paths.bundled_boundaries("adm1"))
    rings = parent_outlines(districts)
    assert parent_outlines(oblasts) == ()
    assert len(rings) >= 20
    # against the oblast file itself (projected the same way): each oblast's largest part has a
    # dissolved ring of the same area within 2 % (simplification), and no ring is left over
    expected = []
    for geom in oblasts.geometry:
        big = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
        x, y = project(*np.asarray(big.exterior.coords).T)
        expected.append(shapely.Polygon(np.column_stack([x, y])).area)
    got = sorted((_area(r) for r in rings), reverse=True)[:20]
    assert np.allclose(sorted(expected, reverse=True), got, rtol=0.02)
