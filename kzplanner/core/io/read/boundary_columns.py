"""The columns of a boundary layer, whatever source's schema: unit codes (KATO, rebuilt from
P-codes and ISO 3166-2 where there is none), names in kk/ru/en (by column or by the text's
language), admin levels and parent units."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzplanner.core.io.read.values import normalise_code
from kzplanner.core.names import LEGACY_KAZAKH

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


def pick_column(columns: list[str], patterns: tuple[str, ...]) -> str | None:
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


def clean_value(value: Any) -> str | None:
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
    text = clean_value(text)
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


def admin_levels(gdf: gpd.GeoDataFrame, columns: list[str], path: Path,
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
            text = clean_value(v)
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


def unit_names(gdf: gpd.GeoDataFrame, columns: list[str],
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
        col = pick_column(columns, pats)
        if col:
            found = True
            out[key] = [clean_value(v) for v in gdf[col]]
    for pat in _GENERIC_NAME_PATTERNS:
        col = pick_column(columns, (pat,))
        if not col:
            continue
        found = True
        parts = [[p.strip() for p in str(text).split("|") if p.strip()]
                 if (text := clean_value(v)) else [] for v in gdf[col]]
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


def unit_codes(gdf: gpd.GeoDataFrame, columns: list[str], levels: list[int | None] | None,
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
    pcode_col = pick_column(columns, _PCODE_PATTERNS)
    pcodes = [clean_value(v) for v in gdf[pcode_col]] if pcode_col else [None] * n
    if pcode_col:
        sources.append(("kato_from_pcode", [_kato_from_pcode(p) for p in pcodes]))
    iso_col = next((norm[c] for c in _ISO_COLUMNS if c in norm), None)
    if iso_col and levels is not None:
        row_names = list(zip(names["name_en"], names["name_ru"], names["name_kk"], strict=True))
        sources.append(("kato_from_iso", [
            _kato_from_iso(clean_value(v), nm) if lvl == 1 else None
            for v, nm, lvl in zip(gdf[iso_col], row_names, levels, strict=True)]))
    if pcode_col:
        sources.append(("pcode", pcodes))
    gid_col = pick_column(columns, (r"^gid_(\d)$",))
    if gid_col:
        sources.append(("gid", [clean_value(v) for v in gdf[gid_col]]))
    for name, how in _ID_COLUMNS:
        if name in norm:
            sources.append((how, [clean_value(v) for v in gdf[norm[name]]]))
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


def parent_codes(gdf: gpd.GeoDataFrame, columns: list[str],
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
        return [_kato_from_pcode(p) or p for p in (clean_value(v) for v in gdf[col])]
    col = norm.get(f"gid_{up}")
    if col:
        return [clean_value(v) for v in gdf[col]]
    return None
