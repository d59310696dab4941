"""Reading boundary files (GeoPackage, shapefile, GeoJSON) into units with codes and names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from kzplanner.core.io.tables import normalise_code
from kzplanner.core.names import name_kind
from kzplanner.errors import KZError

if TYPE_CHECKING:
    import geopandas as gpd

UNIT_COLUMNS = ("unit_code", "name_en", "name_ru", "name_kk", "level", "parent_code")
_CODE_CANDIDATES = ("unit_code", "kato", "kato_code", "te", "code")
_NAME_PATTERNS = {
    "name_en": (r"^name_en$", r"^adm(\d)_en$", r"^name$"),
    "name_ru": (r"^name_ru$", r"^adm(\d)_ru$"),
    "name_kk": (r"^name_kk$", r"^name_kz$", r"^adm(\d)_kk$", r"^adm(\d)_kz$"),
}


def _pick(columns: list[str], patterns: tuple[str, ...]) -> str | None:
    """The matching column of the deepest admin level (ADM2 before ADM1)."""
    best: tuple[int, str] | None = None
    for col in columns:
        for pat in patterns:
            m = re.match(pat, col.lower())
            if m:
                depth = int(m.group(1)) if m.groups() and m.group(1) else 99
                if best is None or depth > best[0]:
                    best = (depth, col)
    return best[1] if best else None


def read_boundaries(path: str | Path, layer: str | None = None) -> gpd.GeoDataFrame:
    """Units from a boundary file, in EPSG:4326, indexed by unit_code (text).

    Columns: unit_code, name_en, name_ru, name_kk, level ('oblast', 'city' or 'district'),
    parent_code, geometry; other attribute columns are kept after them.
    """
    import geopandas as gpd
    import pyogrio

    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    try:
        gdf = gpd.read_file(path, layer=layer, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    if gdf.crs is None:
        gdf = gdf.set_crs(4326)
    elif gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    columns = [c for c in gdf.columns if c != "geometry"]
    lower = {c.lower(): c for c in columns}
    code_col = next((lower[c] for c in _CODE_CANDIDATES if c in lower), None)
    names = {key: _pick(columns, pats) for key, pats in _NAME_PATTERNS.items()}
    if code_col is None and not any(names.values()):
        raise KZError("no_unit_key", file=str(path), detail=", ".join(columns))
    out = gpd.GeoDataFrame(geometry=gdf.geometry.make_valid(), crs=4326)
    if code_col is not None:
        out["unit_code"] = [normalise_code(v) for v in gdf[code_col]]
    else:
        out["unit_code"] = [f"U{i + 1:04d}" for i in range(len(gdf))]
    for key, col in names.items():
        out[key] = gdf[col].astype(str).str.strip() if col else None
    fallback = out["name_en"].fillna(out["name_ru"]).fillna(out["name_kk"]).fillna(out["unit_code"])
    for key in names:
        out[key] = out[key].fillna(fallback)
    adm2 = any(re.match(r"^adm2_", c.lower()) for c in columns)
    if "level" in lower:
        out["level"] = gdf[lower["level"]].astype(str)
    else:
        default = "district" if adm2 else "oblast"
        kinds = [next((k for k in (name_kind(n) for n in names_of_row) if k == "city"), default)
                 for names_of_row in zip(out["name_en"], out["name_ru"], out["name_kk"],
                                         strict=True)]
        out["level"] = kinds
    parent = lower.get("parent_code") or lower.get("adm1_pcode")
    out["parent_code"] = [normalise_code(v) for v in gdf[parent]] if parent and adm2 else None
    for col in columns:
        if col not in (code_col,) and col.lower() not in UNIT_COLUMNS and col not in out:
            out[col] = gdf[col].values
    out = out[out.geometry.notna() & ~out.geometry.is_empty]
    out = out.drop_duplicates("unit_code").set_index("unit_code", drop=False)
    out.index.name = None
    return out.sort_index()
