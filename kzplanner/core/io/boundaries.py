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

UNIT_COLUMNS = ("unit_code", "name_en", "name_ru", "name_kk", "level", "kind", "parent_code")
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


def list_layers(path: str | Path) -> list[str]:
    """Layer names of a GeoPackage (or any multi-layer source); one name for a shapefile."""
    import pyogrio

    src = _source(Path(path))
    try:
        return [str(n) for n, _t in pyogrio.list_layers(src)]
    except Exception as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc


def _source(path: Path) -> str:
    """What pyogrio opens: the file itself, or the shapefile inside a checked zip."""
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    if path.suffix.lower() == ".zip":
        from kzplanner.core.io.safety import check_zip

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
        shps = [n for n in names if n.lower().endswith(".shp")]
        inner = [n for n in names if n.lower().endswith((".gpkg", ".geojson", ".json"))]
        if shps:
            stem = shps[0][:-4]
            for ext in (".shx", ".dbf"):
                if not any(n.lower() == (stem + ext).lower() for n in names):
                    raise KZError("shapefile_part_missing", file=f"{path}/{shps[0]}", detail=ext)
            return f"/vsizip/{path}/{shps[0]}"
        if inner:
            return f"/vsizip/{path}/{inner[0]}"
        raise KZError("file_unreadable", file=str(path), detail="no .shp, .gpkg or .geojson inside")
    if path.suffix.lower() == ".shp":
        for ext in (".shx", ".dbf"):
            if not _sidecar(path, ext):
                raise KZError("shapefile_part_missing", file=str(path), detail=ext)
    return str(path)


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


def read_boundaries(path: str | Path, layer: str | None = None) -> gpd.GeoDataFrame:
    """Units from a boundary file, in EPSG:4326, indexed by unit_code (text).

    Shapefile (its .shx/.dbf checked, a missing .prj assumed WGS 84 and noted), zipped
    shapefile, GeoPackage (`layer`, else the first polygon layer), GeoJSON. Columns: unit_code,
    name_en, name_ru, name_kk, level ('oblast', 'city' or 'district'), parent_code, geometry;
    other attribute columns are kept after them. `attrs["report"]` lists what was repaired or
    left out: repaired (unit names), duplicate_codes, empty_geometry, notes.
    """
    import geopandas as gpd
    import pyogrio

    path = Path(path)
    src = _source(path)
    report: dict[str, list[str]] = {"repaired": [], "duplicate_codes": [], "empty_geometry": [],
                                    "notes": []}
    kwargs: dict[str, object] = {}
    if path.suffix.lower() == ".shp":
        enc, how = dbf_encoding(path)
        if enc and how != "cpg":
            kwargs["encoding"] = enc
            report["notes"].append(f"dbf_encoding:{enc}:{how}")
        if not _sidecar(path, ".prj"):
            report["notes"].append("prj_missing_assumed_wgs84")
    layers: list[str] = []
    try:
        layers = [str(n) for n, _t in pyogrio.list_layers(src)]
    except Exception as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    if layer is not None and layer not in layers:
        raise KZError("layer_missing", file=str(path), sheet=layer, detail=", ".join(layers))
    if layer is None and len(layers) > 1:
        info = pyogrio.list_layers(src)
        polys = [str(n) for n, t in info if t and "polygon" in str(t).lower()]
        layer = polys[0] if polys else layers[0]
        report["notes"].append(f"layer:{layer}")
    try:
        gdf = gpd.read_file(src, layer=layer, engine="pyogrio", **kwargs)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    except Exception as exc:  # a damaged .shp/.dbf surfaces as many error types
        raise KZError("file_corrupt", file=str(path), detail=str(exc)[:200]) from exc
    if len(gdf) == 0 or gdf.geometry.isna().all():
        raise KZError("no_features", file=str(path))
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
    invalid = ~gdf.geometry.is_valid & gdf.geometry.notna()
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
    report["repaired"] = [f"{out.at[i, 'unit_code']} {out.at[i, 'name_en']}"
                          for i in out.index[invalid.values]]
    adm2 = any(re.match(r"^adm2_", c.lower()) for c in columns)
    if "level" in lower:
        out["level"] = gdf[lower["level"]].astype(str)
    else:
        default = "district" if adm2 else "oblast"
        kinds = [next((k for k in (name_kind(n) for n in names_of_row) if k == "city"), default)
                 for names_of_row in zip(out["name_en"], out["name_ru"], out["name_kk"],
                                         strict=True)]
        out["level"] = kinds
    # The unit's kind (core.kinds): from the KATO code's structure, else the name's words, else
    # the file's admin level; geokz adm2 holds districts and city districts side by side.
    from kzplanner.core.kinds import unit_kind

    out["kind"] = [unit_kind(code, names_of_row, adm_level=2 if adm2 else 1)
                   for code, *names_of_row in zip(out["unit_code"], out["name_ru"],
                                                  out["name_kk"], out["name_en"], strict=True)]
    parent = lower.get("parent_code") or lower.get("adm1_pcode")
    out["parent_code"] = [normalise_code(v) for v in gdf[parent]] if parent and adm2 else None
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
    out.attrs["report"] = report
    return out
