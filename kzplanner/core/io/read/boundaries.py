"""Reading boundary files (GeoPackage, shapefile, GeoJSON) into units with codes and names.

Files from the usual sources are read with their own schema, names kept in their language:
- UN COD-AB (HDX, geokz): ADMn_EN / ADMn_KK / ADMn_RU, ADMn_PCODE (geokz's "KZ101000" is "KZ"
  and the first digits of the KATO code: a 9-digit KATO code is rebuilt from it when the file
  has no KATO column);
- geoBoundaries: shapeName (its script decides the language), shapeISO (ISO 3166-2, turned into
  the KATO code of an oblast or city of republican significance at admin level 1), shapeID,
  shapeType (ADM1 / ADM2);
- GADM: NAME_n (Latin), NL_NAME_n (native names, Cyrillic: Kazakh or Russian by the letters),
  VARNAME_n (kept as a column, never a name), GID_n; the deepest n is the unit level;
- OpenStreetMap exports: name (local: Kazakh or Russian by the letters), name:kk / name:ru /
  name:en (also name_kk… as GDAL writes them to a shapefile), admin_level (4 oblasts, 6
  districts), a KATO code in kato / ref:kato.
A layer of points or lines, a mixed layer, an archive with several layers and no choice, and a
layer whose coordinates lie far from Kazakhstan (a missing or wrong .prj) are refused.
"""

from __future__ import annotations

import math
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from kzplanner.core.io.read.values import normalise_code
from kzplanner.core.names import LEGACY_KAZAKH, name_kind
from kzplanner.errors import KZError

if TYPE_CHECKING:
    import geopandas as gpd

UNIT_COLUMNS = ("unit_code", "name_en", "name_ru", "name_kk", "level", "kind", "parent_code")
# Columns named with the code itself (KATO); OSM tags as GDAL writes them (ref:kato → ref_kato).
_CODE_CANDIDATES = ("unit_code", "kato", "kato_code", "te", "code", "ref_kato", "kato_ref")
# Columns whose language is named (column names lower-cased, ':' read as '_').
_NAME_PATTERNS = {
    "name_en": (r"^name_en$", r"^adm(\d)_en$", r"^admin(\d)name_en$"),
    "name_ru": (r"^name_ru$", r"^adm(\d)_ru$", r"^admin(\d)name_ru$"),
    "name_kk": (r"^name_kk$", r"^name_kz$", r"^adm(\d)_kk$", r"^adm(\d)_kz$",
                r"^admin(\d)name_kk$", r"^admin(\d)name_kz$"),
}
# Columns of names in no stated language: the script and letters of each name decide.
_GENERIC_NAME_PATTERNS = (r"^name$", r"^shapename$", r"^nl_name_(\d)$", r"^name_(\d)$",
                          r"^adm(\d)_name$", r"^official_name$")
_PCODE_PATTERNS = (r"^adm(\d)_pcode$", r"^admin(\d)pcode$")
_ISO_COLUMNS = ("shapeiso", "iso_3166_2", "iso3166_2", "iso_code", "iso")
_ID_COLUMNS = (("shapeid", "shapeID"), ("osm_id", "osm_id"), ("@id", "osm_id"),
               ("full_id", "osm_id"))
# Kazakhstan's extent in degrees (46–88° E, 40–56° N) with a margin of 2°.
KZ_EXTENT = (44.0, 38.0, 90.0, 58.0)

# ISO 3166-2 codes of the oblasts and cities of republican significance → KATO. The letter codes
# are those used until 2022 (geoBoundaries, geokz, Natural Earth); ISO now uses the KATO digits
# themselves (KZ-11 …). KZ-YUZ is South Kazakhstan (51) before 2018 and, in files that kept the
# code, Turkestan (61) after: the unit's name decides.
ISO_TO_KATO = {
    "KZ-ABY": "100000000", "KZ-AKM": "110000000", "KZ-AKT": "150000000",
    "KZ-ALM": "190000000", "KZ-ATY": "230000000", "KZ-ZAP": "270000000",
    "KZ-ZHA": "310000000", "KZ-ZHT": "330000000", "KZ-KAR": "350000000",
    "KZ-KUS": "390000000", "KZ-KZY": "430000000", "KZ-MAN": "470000000",
    "KZ-PAV": "550000000", "KZ-SEV": "590000000", "KZ-TUR": "610000000",
    "KZ-ULT": "620000000", "KZ-VOS": "630000000", "KZ-AST": "710000000",
    "KZ-ALA": "750000000", "KZ-SHY": "790000000",
}
_TOP_PREFIXES = frozenset(v[:2] for v in ISO_TO_KATO.values()) | {"51"}
_TURKESTAN = re.compile(r"туркест|түркіст|turkest|turkist|türkist")
_SOUTH_KZ = re.compile(r"south|южн|оңтүстік|ontustik|ongtustik")

_KAZAKH_LETTERS = re.compile("[ӘҒҚҢӨҰҮҺІәғқңөұүһі" + "".join(LEGACY_KAZAKH) + "]")
_KAZAKH_WORDS = re.compile(r"(^|[\s(])(облысы|ауданы|аудан|ауылы|кенті)($|[\s)])")
_RUSSIAN_WORDS = re.compile(r"(област|район|город|(^|\s)г\.|(ская|ский|ское|ской|цкий|цкая)($|\s))")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def _norm(col: object) -> str:
    """A column name as the patterns see it: lower case, OSM's ':' read as GDAL's '_'."""
    return str(col).strip().lower().replace(":", "_")


def _pick(columns: list[str], patterns: tuple[str, ...]) -> str | None:
    """The matching column of the deepest admin level (ADM2 before ADM1)."""
    best: tuple[int, str] | None = None
    for col in columns:
        for pat in patterns:
            m = re.match(pat, _norm(col))
            if m:
                depth = int(m.group(1)) if m.groups() and m.group(1) else 99
                if best is None or depth > best[0]:
                    best = (depth, col)
    return best[1] if best else None


def _clean(value: Any) -> str | None:
    """A cell as text with the whitespace around it stripped; blanks (None, NaN, '') → None."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return text or None


def text_language(text: Any) -> str | None:
    """The language a name is written in, from its script and letters.

    'en' for Latin script; for Cyrillic 'kk' when it has Kazakh letters (ә ғ қ ң ө ұ ү һ і) or
    Kazakh generic words (облысы, ауданы), 'ru' for Russian generic words or adjective endings,
    'cyrillic' when nothing tells them apart (Павлодар); None for a blank.

    >>> text_language("Ақмола"), text_language("Акмолинская"), text_language("Akmola Region")
    ('kk', 'ru', 'en')
    >>> text_language("Павлодар облысы"), text_language("Павлодар"), text_language(" ")
    ('kk', 'cyrillic', None)
    """
    text = _clean(text)
    if text is None:
        return None
    cyr, lat = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if not cyr and not lat:
        return None
    if lat > cyr:
        return "en"
    if _KAZAKH_LETTERS.search(text):
        return "kk"
    low = text.lower()
    if _KAZAKH_WORDS.search(low):
        return "kk"
    if _RUSSIAN_WORDS.search(low):
        return "ru"
    return "cyrillic"


def list_layers(path: str | Path) -> list[str]:
    """Layer names of a GeoPackage (or any multi-layer source); one name for a shapefile; the
    data files inside a zip that holds several (each a valid `layer` for read_boundaries)."""
    import pyogrio

    path = Path(path)
    if path.suffix.lower() == ".zip" and path.exists():
        members, _others, _names = _zip_members(path)
        if len(members) > 1:
            return members
    src, _layer, _notes = _source(path)
    try:
        return [str(n) for n, _t in pyogrio.list_layers(src)]
    except Exception as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc


def _zip_members(path: Path) -> tuple[list[str], list[str], set[str]]:
    """The boundary files inside a checked zip: those read when none is chosen (every .shp;
    without one, every .gpkg / .geojson; without those, every .json), every data file a
    `layer` may name, and all member names in lower case. macOS's __MACOSX/ and ._ copies are
    left out."""
    from kzplanner.core.io.read.safety import check_zip

    zf = check_zip(path, kind="zipped shapefile")
    try:
        names = zf.namelist()
        bad = zf.testzip()
    except Exception as exc:
        raise KZError("file_corrupt", file=str(path), detail="zip") from exc
    finally:
        zf.close()
    if bad is not None:
        raise KZError("file_corrupt", file=str(path), detail=bad)
    lower = {n.lower() for n in names}
    names = [n for n in names if not n.startswith("__MACOSX/")
             and not PurePosixPath(n).name.startswith("._")]
    shps = [n for n in names if n.lower().endswith(".shp")]
    inner = [n for n in names if n.lower().endswith((".gpkg", ".geojson"))]
    jsons = [n for n in names if n.lower().endswith(".json")]
    return shps or inner or jsons, shps + inner + jsons, lower


def _source(path: Path, layer: str | None = None) -> tuple[str, str | None, list[str]]:
    """What pyogrio opens (the file itself, or a member of a checked zip), the layer to read in
    it, and notes. In a zip `layer` names a member ("kaz_adm1.shp", "kaz_adm1" or its path in
    the zip); a zip holding several boundary files is refused unless one is named."""
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    if path.suffix.lower() == ".zip":
        members, data_files, names = _zip_members(path)
        if not members:
            raise KZError("file_unreadable", file=str(path),
                          detail="no .shp, .gpkg or .geojson inside")
        member, inner_layer = None, layer
        if layer is not None:
            wanted = layer.strip().lower()
            hits = [m for m in data_files if wanted in
                    (m.lower(), PurePosixPath(m).name.lower(), PurePosixPath(m).stem.lower())]
            if len(hits) == 1:
                member, inner_layer = hits[0], None
            elif len(hits) > 1:
                raise KZError("archive_several_layers", file=str(path), detail=", ".join(hits))
            elif len(members) > 1:
                raise KZError("layer_missing", file=str(path), sheet=layer,
                              detail=", ".join(members))
        if member is None:
            if len(members) > 1:
                raise KZError("archive_several_layers", file=str(path),
                              detail=", ".join(members))
            member = members[0]
        notes = [f"zip_member:{member}"] if len(data_files) > 1 else []
        if member.lower().endswith(".shp"):
            stem = member[:-4].lower()
            for ext in (".shx", ".dbf"):
                if stem + ext not in names:
                    raise KZError("shapefile_part_missing", file=f"{path}/{member}", detail=ext)
            if stem + ".prj" not in names:
                notes.append("prj_missing_assumed_wgs84")
        return f"/vsizip/{path}/{member}", inner_layer, notes
    if path.suffix.lower() == ".shp":
        for ext in (".shx", ".dbf"):
            if not _sidecar(path, ext):
                raise KZError("shapefile_part_missing", file=str(path), detail=ext)
    return str(path), layer, []


def _sidecar(shp: Path, ext: str) -> Path | None:
    for cand in (shp.with_suffix(ext), shp.with_suffix(ext.upper())):
        if cand.exists():
            return cand
    return None


def dbf_encoding(shp: Path) -> tuple[str | None, str]:
    """The DBF text encoding: from the .cpg, else detected from the bytes; and how it was found.

    Returns (None, …) when GDAL's own choice should stand (a .cpg GDAL understands, or ASCII).
    """
    cpg = _sidecar(shp, ".cpg")
    if cpg is not None:
        text = cpg.read_text(encoding="ascii", errors="replace").strip().upper().replace("-", "")
        known = {"UTF8": "UTF-8", "1251": "CP1251", "CP1251": "CP1251", "WINDOWS1251": "CP1251",
                 "ANSI1251": "CP1251", "866": "CP866", "CP866": "CP866"}
        if text in known:
            return known[text], "cpg"
    dbf = _sidecar(shp, ".dbf")
    if dbf is None:
        return None, "none"
    data = dbf.read_bytes()[:2_000_000]
    if data[29:30] == b"\xc9":  # language driver id 0xC9 = Russian Windows (CP1251)
        return "CP1251", "dbf_ldid"
    high = [b for b in data[32:] if b >= 0x80]
    if not high:
        return None, "ascii"
    try:
        data[32:].decode("utf-8")
        return "UTF-8", "detected"
    except UnicodeDecodeError:
        pass
    in866 = sum(0x80 <= b <= 0xAF or 0xE0 <= b <= 0xEF for b in high) / len(high)
    return ("CP866" if in866 > 0.8 else "CP1251"), "detected"


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


def _check_polygons(geoms: gpd.GeoSeries, file: str) -> None:
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


def _inside_kazakhstan(geoms: gpd.GeoSeries) -> Any:
    """Per feature: does the centre of its bounding box lie within Kazakhstan's extent (with a
    margin)? NaN-free boolean Series; empty geometries count as inside (reported elsewhere)."""
    b = geoms.bounds
    cx, cy = (b["minx"] + b["maxx"]) / 2, (b["miny"] + b["maxy"]) / 2
    x0, y0, x1, y1 = KZ_EXTENT
    return cx.isna() | (cx.between(x0, x1) & cy.between(y0, y1))


def _check_extent(geoms: gpd.GeoSeries, file: str) -> None:
    """After reprojection to EPSG:4326 most features must lie in Kazakhstan; coordinates far
    away (millions: Web Mercator read as degrees; near 0: degrees read as metres) mean a missing
    or wrong .prj, and the layer is refused naming its bounds."""
    b = geoms.bounds.dropna()
    if b.empty:
        return
    inside = _inside_kazakhstan(geoms)[b.index]
    if inside.sum() * 2 >= len(b):
        return
    xmin, ymin = float(b["minx"].min()), float(b["miny"].min())
    xmax, ymax = float(b["maxx"].max()), float(b["maxy"].max())
    detail = f"({_fmt_coord(xmin)}, {_fmt_coord(ymin)}) – ({_fmt_coord(xmax)}, {_fmt_coord(ymax)})"
    raise KZError("boundaries_outside_kazakhstan", file=file, detail=detail,
                  extra={"bounds": (xmin, ymin, xmax, ymax), "inside": int(inside.sum()),
                         "features": len(b)})


def _admin_levels(gdf: gpd.GeoDataFrame, columns: list[str], path: Path,
                  codes: list[str | None]) -> tuple[list[int | None], str]:
    """The admin level of each feature (1 oblast level, 2 district level; 0 the country) and
    where it came from: the schema's ADMn_ / NAME_n / GID_n columns (the deepest n),
    geoBoundaries' shapeType, OSM's admin_level (4 → 1, 5 and deeper → 2),
    the KATO codes' structure, the file's name (…adm2…), or, last, the number of features."""
    from kzplanner.core.kinds import COUNTRY, OBLAST, REP_CITY, kind_from_code

    n = len(gdf)
    depth: int | None = None
    for col in columns:
        m = re.match(r"^(?:adm(\d)_(?:en|ru|kk|kz|pcode|name)|admin(\d)(?:name_\w+|pcode)|"
                     r"(?:nl_|var)?name_(\d)|gid_(\d)|(?:eng)?type_(\d))$", _norm(col))
        if m:
            d = int(next(g for g in m.groups() if g is not None))
            depth = d if depth is None else max(depth, d)
    if depth is not None:
        return [depth] * n, "columns"
    norm = {_norm(c): c for c in columns}
    if "shapetype" in norm:
        levels = [int(m.group(1)) if (m := re.search(r"(\d)", str(v or ""))) else None
                  for v in gdf[norm["shapetype"]]]
        if any(v is not None for v in levels):
            return levels, "shapeType"
    osm = norm.get("admin_level") or norm.get("admin_leve")  # a shapefile keeps 10 letters
    if osm:
        levels = []
        for v in gdf[osm]:
            text = _clean(v)
            num = int(float(text)) if text and re.fullmatch(r"\d+(\.0+)?", text) else None
            levels.append(None if num is None else (0 if num <= 2 else 1 if num <= 4 else 2))
        if any(v is not None for v in levels):
            return levels, "admin_level"
    kinds = [kind_from_code(c) for c in codes]
    if n and sum(k is not None for k in kinds) * 2 > n:
        return [None if k is None else 0 if k == COUNTRY else 1 if k in (OBLAST, REP_CITY)
                else 2 for k in kinds], "kato"
    m = re.search(r"adm(?:in)?[_\- ]?(\d)(?!\d)", path.stem, re.IGNORECASE)
    if m:
        return [int(m.group(1))] * n, "file_name"
    return [2 if n > 40 else 1] * n, "feature_count"


def _kato_from_pcode(pcode: str | None) -> str | None:
    """geokz / COD-AB pcodes are 'KZ' and the first digits of the KATO code ('KZ101000' →
    '101000000'); None for any other pcode."""
    m = re.fullmatch(r"KZ(\d{2,8})", (pcode or "").strip().upper())
    if not m or m.group(1)[:2] not in _TOP_PREFIXES:
        return None
    return m.group(1).ljust(9, "0")


def _kato_from_iso(iso: str | None, names: tuple[str | None, ...]) -> str | None:
    """The KATO code of an oblast or city of republican significance from its ISO 3166-2 code
    (KZ-AKM, or the newer KZ-11); KZ-YUZ by the name (South Kazakhstan before 2018, Turkestan)."""
    code = (iso or "").strip().upper().replace("_", "-")
    if code == "KZ-YUZ":
        text = " ".join(n for n in names if n).lower()
        if _TURKESTAN.search(text):
            return "610000000"
        if _SOUTH_KZ.search(text):
            return "510000000"
        return None
    if code in ISO_TO_KATO:
        return ISO_TO_KATO[code]
    m = re.fullmatch(r"KZ-(\d\d)", code)
    if m and m.group(1) in _TOP_PREFIXES:
        return m.group(1) + "0000000"
    return None


def _names(gdf: gpd.GeoDataFrame, columns: list[str],
           notes: list[str]) -> tuple[dict[str, list[str | None]], bool]:
    """name_en / name_ru / name_kk per feature, as written (whitespace stripped): from columns
    that name their language first, then from name columns of no stated language (OSM name,
    geoBoundaries shapeName, GADM NAME_n and NL_NAME_n, whose parts are split at '|') by each
    name's script and letters. A Cyrillic name that does not tell Kazakh from Russian goes with
    the rest of its column, or of its part of the column (Russian when they do not tell)."""
    n = len(gdf)
    out: dict[str, list[str | None]] = {k: [None] * n for k in _NAME_PATTERNS}
    found = False
    for key, pats in _NAME_PATTERNS.items():
        col = _pick(columns, pats)
        if col:
            found = True
            out[key] = [_clean(v) for v in gdf[col]]
    for pat in _GENERIC_NAME_PATTERNS:
        col = _pick(columns, (pat,))
        if not col:
            continue
        found = True
        parts = [[p.strip() for p in str(text).split("|") if p.strip()]
                 if (text := _clean(v)) else [] for v in gdf[col]]
        langs = [[text_language(p) for p in row] for row in parts]
        # the language most names in the same place of the column (the same part of GADM's
        # "Ақмола облысы|Акмолинская область") are in
        places: dict[int, list[str | None]] = {}
        for row_langs in langs:
            for j, lang in enumerate(row_langs):
                places.setdefault(j, []).append(lang)
        place_lang = {j: "kk" if ls.count("kk") > ls.count("ru") else "ru"
                      for j, ls in places.items()}
        used = {"en": 0, "ru": 0, "kk": 0}
        for i, (row, row_langs) in enumerate(zip(parts, langs, strict=True)):
            for j, (text, lang) in enumerate(zip(row, row_langs, strict=True)):
                lang = place_lang[j] if lang == "cyrillic" else lang
                if lang is None:
                    continue
                if out[f"name_{lang}"][i] is None:
                    out[f"name_{lang}"][i] = text
                    used[lang] += 1
        if any(used.values()):
            notes.append(f"names:{col}:" + ",".join(f"{k}={v}" for k, v in used.items() if v))
    return out, found


def _unit_codes(gdf: gpd.GeoDataFrame, columns: list[str], levels: list[int | None] | None,
                names: dict[str, list[str | None]],
                notes: list[str]) -> tuple[list[str], str | None, bool]:
    """Each feature's unit code, the best the file offers: its KATO column; a KATO code rebuilt
    from a geokz / COD-AB pcode; at admin level 1, the KATO code of its ISO 3166-2 code; then
    codes that are not KATO (another pcode, GADM's GID_n, geoBoundaries' shapeID, an OSM id);
    else a running number. ISO codes are used only when `levels` are given. Returns the codes,
    the KATO column's name and whether any column identified the features."""
    n = len(gdf)
    norm = {_norm(c): c for c in columns}
    code_col = next((norm[c] for c in _CODE_CANDIDATES if c in norm), None)
    sources: list[tuple[str, list[str | None]]] = []
    if code_col is not None:
        sources.append(("kato", [normalise_code(v) for v in gdf[code_col]]))
    pcode_col = _pick(columns, _PCODE_PATTERNS)
    pcodes = [_clean(v) for v in gdf[pcode_col]] if pcode_col else [None] * n
    if pcode_col:
        sources.append(("kato_from_pcode", [_kato_from_pcode(p) for p in pcodes]))
    iso_col = next((norm[c] for c in _ISO_COLUMNS if c in norm), None)
    if iso_col and levels is not None:
        row_names = list(zip(names["name_en"], names["name_ru"], names["name_kk"], strict=True))
        sources.append(("kato_from_iso", [
            _kato_from_iso(_clean(v), nm) if lvl == 1 else None
            for v, nm, lvl in zip(gdf[iso_col], row_names, levels, strict=True)]))
    if pcode_col:
        sources.append(("pcode", pcodes))
    gid_col = _pick(columns, (r"^gid_(\d)$",))
    if gid_col:
        sources.append(("gid", [_clean(v) for v in gdf[gid_col]]))
    for name, how in _ID_COLUMNS:
        if name in norm:
            sources.append((how, [_clean(v) for v in gdf[norm[name]]]))
    codes: list[str] = []
    used: dict[str, int] = {}
    for i in range(n):
        how, code = next(((h, vals[i]) for h, vals in sources if vals[i]), ("number", None))
        codes.append(code or f"U{i + 1:04d}")
        used[how] = used.get(how, 0) + 1
    for how, count in used.items():
        if how != "kato":
            notes.append(f"unit_codes:{how}:{count}")
    return codes, code_col, bool(sources)


def _parent_codes(gdf: gpd.GeoDataFrame, columns: list[str],
                  depth: int | None) -> list[str | None] | None:
    """The parent unit's code (a district's oblast): a parent_code column, else the pcode of the
    level above (a KATO code when it is a geokz pcode), else GADM's GID of the level above."""
    norm = {_norm(c): c for c in columns}
    if "parent_code" in norm:
        return [normalise_code(v) for v in gdf[norm["parent_code"]]]
    if not depth or depth < 2:
        return None
    up = depth - 1
    col = norm.get(f"adm{up}_pcode") or norm.get(f"admin{up}pcode")
    if col:
        return [_kato_from_pcode(p) or p for p in (_clean(v) for v in gdf[col])]
    col = norm.get(f"gid_{up}")
    if col:
        return [_clean(v) for v in gdf[col]]
    return None


def read_boundaries(path: str | Path, layer: str | None = None) -> gpd.GeoDataFrame:
    """Units from a boundary file, in EPSG:4326, indexed by unit_code (text).

    Shapefile (its .shx/.dbf checked, a missing .prj assumed WGS 84 and noted), zipped
    shapefile (`layer` names the member when the zip holds several; without it such a zip is
    refused), GeoPackage (`layer`, else the first polygon layer, noted), GeoJSON; the schemas
    of the usual sources (see the module's docstring). Columns: unit_code, name_en, name_ru,
    name_kk, level ('oblast', 'city' or 'district'), kind, parent_code, geometry; other attribute
    columns are kept after them. `attrs["report"]` lists what was repaired or left out:
    repaired (unit names), duplicate_codes, empty_geometry, notes.

    Refused with a KZError: a layer of points or lines or a mixed one, and a layer whose
    coordinates lie mostly outside Kazakhstan after reprojection (a missing or wrong .prj).
    """
    import geopandas as gpd
    import pyogrio

    path = Path(path)
    src, layer, source_notes = _source(path, layer)
    report: dict[str, list[str]] = {"repaired": [], "duplicate_codes": [], "empty_geometry": [],
                                    "notes": list(source_notes)}
    kwargs: dict[str, object] = {}
    if path.suffix.lower() == ".shp":
        enc, how = dbf_encoding(path)
        if enc and how != "cpg":
            kwargs["encoding"] = enc
            report["notes"].append(f"dbf_encoding:{enc}:{how}")
        if not _sidecar(path, ".prj"):
            report["notes"].append("prj_missing_assumed_wgs84")
    try:
        info = pyogrio.list_layers(src)
    except Exception as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    layers = [str(n) for n, _t in info]
    if layer is not None and layer not in layers:
        raise KZError("layer_missing", file=str(path), sheet=layer, detail=", ".join(layers))
    if layer is None and len(layers) > 1:
        polys = [str(n) for n, t in info if t and "polygon" in str(t).lower()]
        layer = polys[0] if polys else layers[0]
        report["notes"].append(f"layer:{layer}")
        report["notes"].append("other_layers:" + ",".join(x for x in layers if x != layer))
    try:
        gdf = gpd.read_file(src, layer=layer, engine="pyogrio", **kwargs)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    except Exception as exc:  # a damaged .shp/.dbf surfaces as many error types
        raise KZError("file_corrupt", file=str(path), detail=str(exc)[:200]) from exc
    if len(gdf) == 0 or gdf.geometry.isna().all():
        raise KZError("no_features", file=str(path))
    _check_polygons(gdf.geometry, str(path))
    if gdf.crs is None:
        gdf = gdf.set_crs(4326)
    elif gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    _check_extent(gdf.geometry, str(path))
    columns = [c for c in gdf.columns if c != "geometry"]
    lower = {c.lower(): c for c in columns}
    notes = report["notes"]
    names, named = _names(gdf, columns, notes)
    # the codes need the admin level (ISO codes only at level 1) and the level may need the
    # codes (KATO structure): a first pass without the ISO codes settles the level
    levels, level_from = _admin_levels(gdf, columns, path,
                                       _unit_codes(gdf, columns, None, names, [])[0])
    if level_from in ("file_name", "feature_count") and "level" not in lower:
        notes.append(f"admin_level:{max((v for v in levels if v is not None), default=1)}:"
                     f"{level_from}")
    codes, code_col, identified = _unit_codes(gdf, columns, levels, names, notes)
    if not identified and not named:
        raise KZError("no_unit_key", file=str(path), detail=", ".join(columns))
    invalid = ~gdf.geometry.is_valid & gdf.geometry.notna()
    out = gpd.GeoDataFrame(geometry=gdf.geometry.make_valid(), crs=4326)
    out["unit_code"] = codes
    for key, values in names.items():
        out[key] = values
    fallback = out["name_en"].fillna(out["name_ru"]).fillna(out["name_kk"]).fillna(out["unit_code"])
    for key in names:
        out[key] = out[key].fillna(fallback)
    report["repaired"] = [f"{out.at[i, 'unit_code']} {out.at[i, 'name_en']}"
                          for i in out.index[invalid.values]]
    known = [v for v in levels if v is not None]
    depth = max(known) if known else None
    adm2 = depth is not None and depth >= 2
    if len(set(known)) > 1:  # an OSM export of oblasts and districts together: they overlap
        notes.append("admin_levels:" + ",".join(str(v) for v in sorted(set(known))))
    if "level" in lower:
        out["level"] = gdf[lower["level"]].astype(str)
    else:
        type_col = _pick(columns, (r"^engtype_(\d)$", r"^type_(\d)$"))
        types = [_clean(v) for v in gdf[type_col]] if type_col else [None] * len(gdf)
        out["level"] = [
            next((k for k in (name_kind(n) for n in names_of_row) if k == "city"),
                 "district" if (lvl if lvl is not None else depth or 1) >= 2 else "oblast")
            for lvl, *names_of_row in zip(levels, out["name_en"], out["name_ru"], out["name_kk"],
                                          types, strict=True)]
    # The unit's kind (core.kinds): from the KATO code's structure, else the name's words, else
    # the file's admin level; geokz adm2 holds districts and city districts side by side.
    from kzplanner.core.kinds import unit_kind

    out["kind"] = [unit_kind(code, names_of_row, adm_level=2 if adm2 else 1)
                   for code, *names_of_row in zip(out["unit_code"], out["name_ru"],
                                                  out["name_kk"], out["name_en"], strict=True)]
    parents = _parent_codes(gdf, columns, depth)
    out["parent_code"] = parents if parents is not None and adm2 else None
    for col in columns:
        if col not in (code_col,) and col.lower() not in UNIT_COLUMNS and col not in out:
            out[col] = gdf[col].values
    empty = out.geometry.isna() | out.geometry.is_empty
    report["empty_geometry"] = [str(c) for c in out.loc[empty, "unit_code"]]
    out = out[~empty]
    dup = out["unit_code"].duplicated(keep="first")
    report["duplicate_codes"] = sorted({str(c) for c in out.loc[dup, "unit_code"]})
    out = out[~dup].set_index("unit_code", drop=False)
    out.index.name = None
    out = out.sort_index()
    outside = out.loc[~_inside_kazakhstan(out.geometry).values, "unit_code"]
    if len(outside):
        notes.append("outside_kazakhstan:" + ",".join(str(c) for c in outside))
    out.attrs["report"] = report
    return out
