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

from pathlib import Path
from typing import TYPE_CHECKING

from kzplanner.core.io.read.boundary_columns import (
    UNIT_COLUMNS,
    admin_levels,
    clean_value,
    parent_codes,
    pick_column,
    unit_codes,
    unit_names,
)
from kzplanner.core.io.read.boundary_files import dbf_encoding, open_source, sidecar
from kzplanner.core.io.read.boundary_geometry import (
    check_extent,
    check_polygons,
    inside_kazakhstan,
)
from kzplanner.core.names import name_kind
from kzplanner.errors import KZError

if TYPE_CHECKING:
    import geopandas as gpd


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
    src, layer, source_notes = open_source(path, layer)
    report: dict[str, list[str]] = {"repaired": [], "duplicate_codes": [], "empty_geometry": [],
                                    "notes": list(source_notes)}
    kwargs: dict[str, object] = {}
    if path.suffix.lower() == ".shp":
        enc, how = dbf_encoding(path)
        if enc and how != "cpg":
            kwargs["encoding"] = enc
            report["notes"].append(f"dbf_encoding:{enc}:{how}")
        if not sidecar(path, ".prj"):
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
    check_polygons(gdf.geometry, str(path))
    if gdf.crs is None:
        gdf = gdf.set_crs(4326)
    elif gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    check_extent(gdf.geometry, str(path))
    columns = [c for c in gdf.columns if c != "geometry"]
    lower = {c.lower(): c for c in columns}
    notes = report["notes"]
    names, named = unit_names(gdf, columns, notes)
    # the codes need the admin level (ISO codes only at level 1) and the level may need the
    # codes (KATO structure): a first pass without the ISO codes settles the level
    levels, level_from = admin_levels(gdf, columns, path,
                                       unit_codes(gdf, columns, None, names, [])[0])
    if level_from in ("file_name", "feature_count") and "level" not in lower:
        notes.append(f"admin_level:{max((v for v in levels if v is not None), default=1)}:"
                     f"{level_from}")
    codes, code_col, identified = unit_codes(gdf, columns, levels, names, notes)
    if not identified and not named:
        raise KZError("no_unit_key", file=str(path), detail=", ".join(columns))
    invalid = ~gdf.geometry.is_valid & gdf.geometry.notna()
    geometry = gdf.geometry
    if invalid.any():  # only those repaired (GEOS rebuilds a valid one too, to the same shape)
        geometry = geometry.copy()
        geometry[invalid] = geometry[invalid].make_valid()
    out = gpd.GeoDataFrame(geometry=geometry, crs=4326)
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
        type_col = pick_column(columns, (r"^engtype_(\d)$", r"^type_(\d)$"))
        types = [clean_value(v) for v in gdf[type_col]] if type_col else [None] * len(gdf)
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
    parents = parent_codes(gdf, columns, depth)
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
    outside = out.loc[~inside_kazakhstan(out.geometry).values, "unit_code"]
    if len(outside):
        notes.append("outside_kazakhstan:" + ",".join(str(c) for c in outside))
    out.attrs["report"] = report
    return out
