"""Build the illustrative sample settlement layer resources/sample/settlements.gpkg.

    python scripts/build_sample_settlements.py

ILLUSTRATIVE: not real settlements. About 10,000 points inside the bundled districts
(maps/kz_geokz_2024_adm2.gpkg), made from the sample's statistics and register
(resources/sample, themselves illustrative): in each unit one town or city (where its urban
population lives, near its urban institutions), villages near the rural institutions (a
cluster of institutions within about 2 km is one village), and hamlets and isolated dwellings
scattered in the unit without an institution. Populations: the unit's urban population to its
town or city, its rural population shared among the others by random place-typed weights, rounded
so that each unit's settlements add up to its sample population exactly; then about a third of
the villages, hamlets and dwellings lose their population (the app estimates them back, flagged).
Names are generated from Kazakh toponym parts. OSM-like tags: place, name, name:kk, name:ru,
population; the layer is named settlements_illustrative and every feature's `note` says
ILLUSTRATIVE (kk, ru, en). Fixed seed; deterministic.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "sample" / "settlements.gpkg"
SEED = 20261205
NOTE = "ILLUSTRATIVE · иллюстративные · көрнекі"  # every feature; resources/sample/SOURCE.md
FIRST = ("Ақ", "Қара", "Жаңа", "Көк", "Сары", "Бес", "Кең", "Тал", "Құм", "Қызыл", "Жел", "Ала",
         "Бай", "Шол", "Ой", "Тас", "Теріс", "Қос", "Ұзын", "Жар")
SECOND = ("бұлақ", "көл", "тоғай", "өзек", "жар", "арық", "дала", "су", "қайың", "тау", "құдық",
          "тұма", "шоқы", "томар", "терек", "сай", "төбе", "ағаш", "бел", "қамыс")
RU_TYPE = {"village": "село", "hamlet": "зимовка", "isolated_dwelling": "отд. жилище",
           "town": "посёлок", "city": "город"}
KK_TYPE = {"village": "ауылы", "hamlet": "қыстағы", "isolated_dwelling": "қыстауы",
           "town": "кенті", "city": "қаласы"}
RURAL_WEIGHT = {"village": (0.0, 0.9), "hamlet": (-2.3, 0.7), "isolated_dwelling": (-4.0, 0.5)}


def _clusters(lat: np.ndarray, lon: np.ndarray, km: float = 2.0) -> np.ndarray:
    """A cluster label per point: points within `km` of each other (single linkage)."""
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    from kzplanner.core.settlements.coverage import unit_vectors

    if len(lat) == 0:
        return np.zeros(0, dtype=int)
    pairs = cKDTree(unit_vectors(lat, lon)).query_pairs(km / 6371.0, output_type="ndarray")
    import scipy.sparse as sp

    graph = sp.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])),
                          shape=(len(lat), len(lat)))
    return connected_components(graph, directed=False)[1]


def _inside(rng, geom, near_lat: float, near_lon: float, spread_km: float) -> tuple[float, float]:
    """A point near (lat, lon) inside `geom` (the given point itself after 50 misses)."""
    import shapely

    for _ in range(50):
        lat = near_lat + rng.normal(0, spread_km / 111.0)
        lon = near_lon + rng.normal(0, spread_km / (111.0 * np.cos(np.radians(near_lat))))
        if shapely.intersects_xy(geom, lon, lat):
            return lat, lon
    return near_lat, near_lon


def _anywhere(rng, geom) -> tuple[float, float]:
    import shapely

    x0, y0, x1, y1 = geom.bounds
    for _ in range(500):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        if shapely.intersects_xy(geom, x, y):
            return y, x
    p = geom.representative_point()
    return p.y, p.x


def _round_to(values: np.ndarray, total: int) -> np.ndarray:
    """Whole numbers in proportion to `values` adding up to `total` (largest remainders)."""
    if total <= 0 or values.sum() <= 0:
        return np.zeros(len(values), dtype=int)
    exact = values / values.sum() * total
    out = np.floor(exact).astype(int)
    short = total - out.sum()
    out[np.argsort(-(exact - out), kind="stable")[:short]] += 1
    return out


def build() -> list[dict]:
    import shapely

    from kzplanner.core.dataset import load_dataset

    rng = np.random.default_rng(SEED)
    ds = load_dataset()
    inst = ds.institutions
    rows: list[dict] = []
    used_names: set[str] = set()
    for code in ds.units.index:
        unit = ds.units.loc[code]
        geom = unit.geometry
        shapely.prepare(geom)
        pop = int(round(float(unit["population"])))
        rural = int(round(float(unit["rural_population"]))) if np.isfinite(
            unit["rural_population"]) else pop // 2
        urban = max(pop - rural, 0)
        mine = inst[inst["unit_code"] == code]
        here: list[dict] = []
        town_inst = mine[mine["area_type"] == "urban"]
        if urban > 0:
            if len(town_inst):
                lat, lon = float(town_inst["lat"].median()), float(town_inst["lon"].median())
                if not shapely.intersects_xy(geom, lon, lat):
                    lat, lon = float(town_inst["lat"].iloc[0]), float(town_inst["lon"].iloc[0])
            else:
                p = geom.representative_point()
                lat, lon = p.y, p.x
            name_ru = str(unit["name_ru"]).replace("г. ", "").replace(" район", "")
            name_kk = str(unit["name_kk"]).replace(" қаласы", "").replace(" ауданы", "")
            here.append({"place": "city" if urban >= 50000 else "town", "lat": lat, "lon": lon,
                         "name_ru": name_ru, "name_kk": name_kk, "true": float(urban)})
        rural_inst = mine[mine["area_type"] != "urban"]
        labels = _clusters(rural_inst["lat"].to_numpy(float), rural_inst["lon"].to_numpy(float))
        for lab in np.unique(labels):
            part = rural_inst[labels == lab]
            lat, lon = _inside(rng, geom, float(part["lat"].mean()), float(part["lon"].mean()),
                               1.0)
            here.append({"place": "village", "lat": lat, "lon": lon})
        extra = max(2, int(round(0.52 * (len(here)))))
        for _ in range(extra):
            place = "hamlet" if rng.random() < 0.8 else "isolated_dwelling"
            lat, lon = _anywhere(rng, geom)
            here.append({"place": place, "lat": lat, "lon": lon})
        rural_rows = [h for h in here if "true" not in h]
        if rural_rows:
            w = np.array([np.exp(rng.normal(*RURAL_WEIGHT[h["place"]])) for h in rural_rows])
            for h, v in zip(rural_rows, _round_to(w, rural), strict=True):
                h["true"] = float(v)
        elif here:
            here[0]["true"] = float(pop)
        for k, h in enumerate(here):
            if "name_kk" not in h:
                base = FIRST[int(rng.integers(len(FIRST)))] + SECOND[int(rng.integers(len(SECOND)))]
                while f"{code}:{base}" in used_names:
                    base = f"{base} {int(rng.integers(2, 9))}"
                used_names.add(f"{code}:{base}")
                h["name_kk"] = f"{base} {KK_TYPE[h['place']]}"
                h["name_ru"] = f"{RU_TYPE[h['place']]} {base}"
            known = h["place"] in ("city", "town") or rng.random() >= 0.33
            rows.append({"settlement_id": f"SMP-{code}-{k + 1:04d}", "place": h["place"],
                         "name": h["name_kk"], "name:kk": h["name_kk"], "name:ru": h["name_ru"],
                         "population": int(h["true"]) if known else None,
                         "unit_code": str(code), "note": NOTE, "lat": h["lat"], "lon": h["lon"]})
    return rows


def write(rows: list[dict], path: Path = OUT) -> None:
    import geopandas as gpd
    import pandas as pd

    os.environ["OGR_CURRENT_DATE"] = "2026-12-05T00:00:00Z"  # stable timestamps in the file
    frame = pd.DataFrame(rows)
    frame["population"] = frame["population"].astype("Int64")
    gdf = gpd.GeoDataFrame(frame.drop(columns=["lat", "lon"]),
                           geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs=4326)
    tmp = path.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    gdf.to_file(tmp, layer="settlements_illustrative", driver="GPKG", engine="pyogrio",
                layer_options={"SPATIAL_INDEX": "NO"})
    os.replace(tmp, path)


if __name__ == "__main__":
    out = build()
    write(out)
    n = len(out)
    missing = sum(r["population"] is None for r in out)
    print(f"{OUT}: {n} settlements, {missing} without a population (illustrative)")
