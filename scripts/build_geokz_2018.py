"""Build maps/kz_geokz_2018.gpkg: geokz's 2018 oblasts and districts, simplified for drawing.

Source: geokz 1.0.2 (A. Rodionov, CC BY 4.0, https://github.com/arodionoff/geokz), files
``kaz_admbnda_adm1_2018`` and ``kaz_admbnda_adm2_2018`` (shapefiles) as copied into the team's
shared/data/real/geokz. These are the units of 2018–2021: Turkistan and Shymkent already split,
Abay, Zhetysu and Ulytau not yet (inside East Kazakhstan, Almaty oblast and Karaganda). The app
offers them for statistics from before the 2022 reform (core/vintage.py).

Usage:
    python scripts/build_geokz_2018.py [path/to/geokz] [-o maps/kz_geokz_2018.gpkg]

What it does: checks the sha256 of the four files it reads; keeps every attribute but the
constant ADM0_* columns (KATO, ADMn_EN/_KK/_RU, ADMn_PCODE, ISO_3166_2, Year); repairs with
shapely.make_valid; simplifies each layer with shapely.coverage_simplify (topology kept: a border
shared by two units is simplified once, so neighbours keep touching, no slivers), tolerance
TOLERANCE degrees; writes layers ``adm1`` then ``adm2``, rows sorted by KATO, without a spatial
index, with a fixed gpkg_contents.last_change, so the output is byte-stable for one
GDAL/GEOS version.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import geopandas as gpd
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_maps import sha256, to_multipolygon  # noqa: E402  (the same repair for both maps)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "real" / "geokz"
DEFAULT_OUT = ROOT / "maps" / "kz_geokz_2018.gpkg"
LAYERS = {"adm1": "kaz_admbnda_adm1_2018", "adm2": "kaz_admbnda_adm2_2018"}
# degrees; 0.01° ≈ 1 km: oblasts keep their coasts and rivers; districts are coarser so that the
# file stays under 600 KB (a city district of Almaty keeps its shape at that scale)
TOLERANCE = {"adm1": 0.01, "adm2": 0.02}
COUNTS = {"adm1": 17, "adm2": 216}
SHA256 = {
    "kaz_admbnda_adm1_2018.shp": "07b82daae13ca7cfd62cc5c7031b271adbe370065ef3326186f3e135e2cc1c23",
    "kaz_admbnda_adm1_2018.dbf": "1121d41cbb7eee46ffb897ed0bb4f99e01e31898a8d96b6527b0abdd078f9bf0",
    "kaz_admbnda_adm2_2018.shp": "caa866a0b227288604f30b02054c942537aead65e071675d20bb58193be2a926",
    "kaz_admbnda_adm2_2018.dbf": "4caafff36bb0a815bd134a659106790beee95f290a17cb16d83ae68e316fdfe3",
}


def read_checked(src: Path, stem: str, sha: dict[str, str], count: int) -> gpd.GeoDataFrame:
    """A geokz shapefile whose .shp and .dbf have the expected sha256, in EPSG:4326, with
    `count` features; the constant ADM0_* columns dropped, rows sorted by KATO (exits
    otherwise: the build refuses other inputs)."""
    shp = src / f"{stem}.shp"
    for name in (shp.name, shp.with_suffix(".dbf").name):
        digest = sha256(src / name)
        if digest != sha[name]:
            sys.exit(f"error: {src / name} has sha256 {digest}, expected {sha[name]} "
                     "(geokz 1.0.2); refusing to build")
    gdf = gpd.read_file(shp, engine="pyogrio")
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        sys.exit(f"error: {shp} is not in EPSG:4326 ({gdf.crs})")
    if len(gdf) != count:
        sys.exit(f"error: {shp} has {len(gdf)} features, expected {count}")
    gdf = gdf.drop(columns=[c for c in gdf.columns if c.upper().startswith("ADM0_")])
    return gdf.sort_values("KATO", kind="stable").reset_index(drop=True)


def build_layer(src: Path, layer: str) -> gpd.GeoDataFrame:
    gdf = read_checked(src, LAYERS[layer], SHA256, COUNTS[layer])
    valid = shapely.make_valid(gdf.geometry.to_numpy())
    simple = shapely.coverage_simplify(valid, TOLERANCE[layer])
    gdf = gdf.set_geometry([to_multipolygon(g) for g in simple], crs="EPSG:4326")
    if not gdf.geometry.is_valid.all() or gdf.geometry.is_empty.any():
        sys.exit(f"error: {layer}: simplification left an invalid or empty geometry")
    return gdf


def write(layers: dict[str, gpd.GeoDataFrame], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.gpkg")
    for p in (tmp, Path(str(tmp) + "-journal")):
        if p.exists():
            p.unlink()
    # Fixed timestamp in gpkg_contents.last_change -> byte-stable output.
    os.environ["OGR_CURRENT_DATE"] = "2000-01-01T00:00:00.000Z"
    for name, gdf in layers.items():
        gdf.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio",
                    layer_options={"SPATIAL_INDEX": "NO"}, promote_to_multi=True)
    os.replace(tmp, out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC,
                    help=f"folder with the geokz shapefiles (default {DEFAULT_SRC})")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not args.src.is_dir():
        sys.exit(f"error: {args.src} not found")
    layers = {name: build_layer(args.src, name) for name in LAYERS}
    write(layers, args.output)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size // 1024} KB; "
          + ", ".join(f"{n} {len(g)} features" for n, g in layers.items()) + ")")
    print(f"sha256 {sha256(args.output)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
