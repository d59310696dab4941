"""Build the default map: maps/kz_geokz_2024_adm1.gpkg (20 oblasts and cities of republican
significance) and maps/kz_geokz_2024_adm2.gpkg (224 districts, cities of oblast significance and
city districts), today's units (after the 2022 reform: Abay, Zhetysu and Ulytau present).

Source: geokz 1.0.2 (A. Rodionov, CC BY 4.0, https://github.com/arodionoff/geokz), shapefiles
``kaz_admbnda_adm1_2024`` and ``kaz_admbnda_adm2_2024`` as copied into the team's
shared/data/real/geokz. Attribution "geokz (A. Rodionov), CC BY 4.0" is shown in the app's map
caption, About box and every export.

Usage:
    python scripts/build_geokz_2024.py [path/to/geokz] [-o maps/]

What it does: checks the sha256 of the files it reads and the feature counts; keeps every
attribute but the constant ADM0_* columns (KATO, ADMn_EN/_KK/_RU, ADMn_PCODE, ISO_3166_2, Year)
and adds the names a planner reads, name_en / name_ru / name_kk: geokz gives "Абайская" and
"Абайский" for an oblast and a district, so the kind's word is added ("Абайская область",
"Абайский район", "Абай облысы", "Абай ауданы", "г. Семей", "Семей қаласы"); Latin look-alike
letters inside Cyrillic names are replaced ("Aршалинский" with a Latin A, "Солтүстiк" with a
Latin i), geokz's doubled suffix is undone ("Енбекшинскийский") and Shymkent keeps its official
Russian name (geokz: "Чимкент");
repairs with shapely.make_valid; keeps the full geokz detail (these geometries place institutions
and settlements in their unit: a point near a border must land on the right side; the map
simplifies for drawing as it loads, app/display/map_geometry); writes one layer per file
(``adm1`` / ``adm2``), rows sorted by KATO, without a spatial index, with a fixed
gpkg_contents.last_change, so the output is byte-stable for one GDAL/GEOS version.
One file per level, so that every path-based record (project, recent files, input cache,
--boundaries) names the level with the file; the window's level switch swaps the file.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import geopandas as gpd
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_geokz_2018 import read_checked, write  # noqa: E402  (the same checks and writer)
from build_maps import sha256, to_multipolygon  # noqa: E402  (the same repair for every map)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzplanner.core import kinds  # noqa: E402  (the KATO structure, as the app reads it)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "real" / "geokz"
DEFAULT_OUT = ROOT / "maps"
LAYERS = {"adm1": "kaz_admbnda_adm1_2024", "adm2": "kaz_admbnda_adm2_2024"}
COUNTS = {"adm1": 20, "adm2": 224}
SHA256 = {
    "kaz_admbnda_adm1_2024.shp": "e9cd4e520b263ebe2f984be026b25850be56853ecf6e623ab041cf21d0dfe6f7",
    "kaz_admbnda_adm1_2024.dbf": "d54e7f6e68e2a0f8778b8231aba861d77794b38f0a4fc009006ac67a2010fd95",
    "kaz_admbnda_adm2_2024.shp": "6821c48a27c5c77c20d1cf71365a0c4078d48e28494b19fa9a6be4c7c2b63a49",
    "kaz_admbnda_adm2_2024.dbf": "e0fb676d93cdacb3b3a583fa64a679ce1e0a5456b464308f05a2a1c09f1c1168",
}


def out_name(layer: str) -> str:
    return f"kz_geokz_2024_{layer}.gpkg"


_LOOKALIKE = str.maketrans("AaBCcEeHKkMOoPpTXxyIi", "АаВСсЕеНКкМОоРрТХхуІі")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_RU_FIX = {"Чимкент": "Шымкент"}


def cyrillic(name: str, kazakh: bool) -> str:
    """Latin look-alikes inside a Cyrillic word made Cyrillic (I/i → І/і in Kazakh, И/и not
    guessed in Russian: such a word is left as it is)."""
    words = []
    for word in str(name).split(" "):
        if _CYRILLIC.search(word):
            fixed = word.translate(_LOOKALIKE)
            if not kazakh and re.search("[Іі]", fixed) and not re.search("[Іі]", word):
                fixed = word
            word = fixed
        words.append(word)
    text = " ".join(words)
    return re.sub("скийский$", "ский", text)


def _adjective(ru: str) -> bool:
    return bool(re.search(r"(ский|цкий|ной|ный)$", ru))


def full_names(kato: str, en: str, ru: str, kk: str) -> tuple[str, str, str]:
    """(name_en, name_ru, name_kk) with the kind's word, from the KATO code's structure."""
    ru, kk = _RU_FIX.get(ru, cyrillic(ru, False)), cyrillic(kk, True)
    kind = kinds.kind_from_code(kato)
    if kind == kinds.OBLAST:
        return f"{en} Region", f"{ru} область", f"{kk} облысы"
    if kind == kinds.REP_CITY:
        en = en.replace(" (city)", "")
        kk = kk.replace(" (қала)", "")
        return en, f"г. {ru}", f"{kk} қаласы"
    if kind == kinds.CITY and not _adjective(ru):
        return en, f"г. {ru}", f"{kk} қаласы"
    ru_full = f"{ru} район" if _adjective(ru) else f"район {ru}"
    return f"{en} District", ru_full, f"{kk} ауданы"


def build_layer(src: Path, layer: str) -> gpd.GeoDataFrame:
    gdf = read_checked(src, LAYERS[layer], SHA256, COUNTS[layer])
    n = layer[-1]
    names = [full_names(*row) for row in zip(gdf["KATO"], gdf[f"ADM{n}_EN"], gdf[f"ADM{n}_RU"],
                                             gdf[f"ADM{n}_KK"], strict=True)]
    for i, col in enumerate(("name_en", "name_ru", "name_kk")):
        gdf.insert(1 + i, col, [row[i] for row in names])
    for col in [c for c in gdf.columns if re.fullmatch(r"ADM\d_(RU|KK)", c)]:
        kazakh = col.endswith("KK")  # the same repairs in geokz's own name columns
        gdf[col] = [v if kazakh else _RU_FIX.get(v, v) for v in
                    (cyrillic(x, kazakh) for x in gdf[col])]
    valid = shapely.make_valid(gdf.geometry.to_numpy())
    gdf = gdf.set_geometry([to_multipolygon(g) for g in valid], crs="EPSG:4326")
    if not gdf.geometry.is_valid.all() or gdf.geometry.is_empty.any():
        sys.exit(f"error: {layer}: repair left an invalid or empty geometry")
    return gdf


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC,
                    help=f"folder with the geokz shapefiles (default {DEFAULT_SRC})")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, help="folder to write to")
    args = ap.parse_args(argv)
    if not args.src.is_dir():
        sys.exit(f"error: {args.src} not found")
    for layer in LAYERS:
        gdf = build_layer(args.src, layer)
        out = args.output / out_name(layer)
        write({layer: gdf}, out)
        print(f"wrote {out} ({out.stat().st_size // 1024} KB, {len(gdf)} features) "
              f"sha256 {sha256(out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
