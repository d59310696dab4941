"""A settlement fixture inside the real geokz adm2 2024 districts (OSM tags, some populations
missing, a few points outside the country), institutions near it, and a brute-force reference
written apart from kzplanner.core.settlements (plain haversine double loop)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real"
ADM2_2024 = REAL / "geokz" / "kaz_admbnda_adm2_2024.shp"
# Outside every district but inside Kazakhstan's bounding box, and far outside it.
OUTSIDE_POINTS = [(69.24, 41.30), (74.60, 42.87), (87.6, 43.8)]  # Tashkent, Bishkek, Urumqi
PLACES = ("city", "town", "village", "village", "village", "hamlet", "isolated_dwelling")


def points_in(units, per_unit: int, seed: int, districts: int = 40):
    """Random points inside the first `districts` units (rejection sampling in each bbox)."""
    import shapely

    rng = np.random.default_rng(seed)
    rows = []
    picked = units.iloc[np.linspace(0, len(units) - 1, districts).astype(int)]
    for code, geom in zip(picked.index, picked.geometry, strict=True):
        x0, y0, x1, y1 = geom.bounds
        shapely.prepare(geom)
        got = 0
        while got < per_unit:
            x, y = rng.uniform(x0, x1, 64), rng.uniform(y0, y1, 64)
            inside = shapely.contains_xy(geom, x, y)
            for xi, yi in zip(x[inside], y[inside], strict=True):
                if got < per_unit:
                    rows.append((str(code), float(xi), float(yi)))
                    got += 1
    return rows


def write_osm_geojson(path: Path, units, per_unit: int = 6, seed: int = 7) -> pd.DataFrame:
    """An OSM-like populated-places GeoJSON; returns what was written (unit_code: the district
    the point was drawn in, '' for the outside points)."""
    rng = np.random.default_rng(seed)
    pts = points_in(units, per_unit, seed) + [("", x, y) for x, y in OUTSIDE_POINTS]
    features, rows = [], []
    for k, (code, x, y) in enumerate(pts):
        place = PLACES[k % len(PLACES)]
        pop = None if k % 3 == 0 else int(rng.integers(20, 3000))
        props = {"@id": f"node/{1000 + k}", "place": place, "name": f"Ауыл {k}",
                 "name:kk": f"Ауыл {k}", "name:ru": f"Аул {k}"}
        if pop is not None:
            props["population"] = str(pop)
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": "Point", "coordinates": [x, y]}})
        rows.append({"settlement_id": props["@id"], "unit_code": code, "lon": x, "lat": y,
                     "place": place, "population": np.nan if pop is None else float(pop)})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                               ensure_ascii=False), encoding="utf-8")
    return pd.DataFrame(rows)


def institutions_near(drawn: pd.DataFrame, seed: int = 3) -> pd.DataFrame:
    """Schools, FAPs and PSCs scattered around the drawn settlements (some with access)."""
    rng = np.random.default_rng(seed)
    inside = drawn[drawn["unit_code"] != ""].reset_index(drop=True)
    rows = []
    for k in range(len(inside) * 2 // 3):
        s = inside.iloc[int(rng.integers(len(inside)))]
        t = ("school", "fap", "psc")[k % 3]
        rows.append({"inst_id": f"I{k:04d}", "name": f"Inst {k}", "type": t,
                     "unit_code": s["unit_code"],
                     "lat": s["lat"] + rng.normal(0, 0.08), "lon": s["lon"] + rng.normal(0, 0.12),
                     "access": bool(rng.random() < 0.45)})
    return pd.DataFrame(rows)


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def brute_coverage(settlements: pd.DataFrame, inst: pd.DataFrame, access: list[bool],
                   reach: dict[str, float]) -> dict[str, list]:
    """Per type: covered flag, nearest distance and nearest's access, by a double loop."""
    out: dict[str, list] = {}
    for t in ("school", "fap", "psc"):
        cov, near_km, near_acc = [], [], []
        for s in settlements.itertuples():
            best, best_acc, any_acc = math.inf, False, False
            for j, i in enumerate(inst.itertuples()):
                if i.type != t:
                    continue
                d = haversine(s.lat, s.lon, i.lat, i.lon)
                if d < best:
                    best, best_acc = d, access[j]
                if access[j] and d <= reach[t]:
                    any_acc = True
            cov.append(any_acc)
            near_km.append(best)
            near_acc.append(best_acc)
        out[t] = [cov, near_km, near_acc]
    return out


def haversine_matrix(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle km between every point 1 (rows) and every point 2 (columns), written apart
    from core.settlements (its KD-tree on unit vectors) for the brute-force checks."""
    p1, p2 = np.radians(lat1)[:, None], np.radians(lat2)[None, :]
    dl = np.radians(lon2)[None, :] - np.radians(lon1)[:, None]
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
