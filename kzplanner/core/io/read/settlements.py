"""Reading a settlement layer: an OSM / HOT populated-places export (GeoJSON, GeoPackage,
shapefile; tags place, name, name:kk, name:ru, population) or a list in Excel / CSV (KATO code,
name, latitude and longitude columns; CSV in UTF-8, CP1251 or CP866 through the one text path).

The result is the raw table core.settlements.place_settlements joins to the units: settlement_id,
name, name_kk, name_ru, place, kato, lat, lon (WGS 84), population (NaN where unknown), row (the
file's row or feature number, for messages). A layer whose points lie mostly outside Kazakhstan's
extent is refused as a coordinate-system problem, naming what the numbers look like (latitude and
longitude swapped, metres, another CRS)."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import numpy as np

from kzplanner.core.io.read.boundary_geometry import KZ_EXTENT
from kzplanner.errors import KZError
from kzplanner.lazy import pd

VECTOR_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".zip", ".fgb")
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt", ".tsv")
COLUMNS = ("settlement_id", "name", "name_kk", "name_ru", "place", "kato", "lat", "lon",
           "population", "row")

# header words (lower case, spaces and punctuation as written) → field
_ALIASES: dict[str, tuple[str, ...]] = {
    "settlement_id": ("settlement_id", "osm_id", "@id", "id", "osm id", "full_id"),
    "name": ("name", "название", "наименование", "атауы", "атау", "населенный пункт",
             "населённый пункт", "елді мекен", "нп"),
    "name_kk": ("name:kk", "name_kk", "name kk", "атауы (қаз)", "наименование (каз)"),
    "name_ru": ("name:ru", "name_ru", "name ru", "атауы (орыс)", "наименование (рус)"),
    "place": ("place", "тип", "түрі", "тип нп", "place type"),
    "kato": ("kato", "ref:kato", "ref_kato", "като", "код като", "kato code", "кato"),
    "lat": ("lat", "latitude", "широта", "ендік", "y"),
    "lon": ("lon", "lng", "long", "longitude", "долгота", "бойлық", "x"),
    "population": ("population", "население", "халық", "халық саны", "численность",
                   "численность населения", "pop"),
}
_HEADER_KEYS = tuple(sorted({a for k in ("lat", "lon", "name", "kato") for a in _ALIASES[k]}))

# Russian / Kazakh words for the OSM place kinds
_PLACE_WORDS = {
    "city": ("city", "город", "г.", "г", "қала"),
    "town": ("town", "поселок городского типа", "пгт", "посёлок городского типа", "кент"),
    "village": ("village", "село", "с.", "ауыл", "аул", "поселок", "посёлок", "п.", "станция"),
    "hamlet": ("hamlet", "хутор", "зимовка", "разъезд", "қыстақ"),
    "isolated_dwelling": ("isolated_dwelling", "отдельное жилище", "ферма", "farm"),
}


def _key(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().lower()


def normalise_place(value: Any) -> str:
    """'село', 'Ауыл', 'town'… → an OSM place kind; other OSM kinds (locality, suburb) as given,
    '' when empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = _key(value)
    for kind, words in _PLACE_WORDS.items():
        if text in words:
            return kind
    return text


def _pick(columns: list[str], field: str) -> str | None:
    lower = {_key(c): c for c in columns}
    for alias in _ALIASES[field]:
        if alias in lower:
            return lower[alias]
    return None


def _text(values: Any) -> list[str]:
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            out.append("")
        elif isinstance(v, float) and v.is_integer():
            out.append(str(int(v)))
        else:
            out.append(str(v).strip())
    return out


_POP_CLEAN = re.compile(r"[\s\u00a0\u202f\u2009']")


def _population(value: Any) -> float:
    """OSM's population tag as written ('1 234', '1234;1300', '~500'); NaN when unusable."""
    if value is None:
        return math.nan
    if isinstance(value, (int, float, np.integer, np.floating)):
        v = float(value)
        return v if math.isfinite(v) and v >= 0 else math.nan
    text = _POP_CLEAN.sub("", str(value)).lstrip("~≈").split(";")[0].replace(",", ".")
    try:
        v = float(text)
    except ValueError:
        return math.nan
    return v if math.isfinite(v) and v >= 0 else math.nan


def read_settlements(path: str | Path) -> pd.DataFrame:
    """The settlements of `path` as the raw table (COLUMNS); refused with a KZError naming the
    file (and row and column for a list) when it cannot be used."""
    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    suffix = path.suffix.lower()
    if suffix in VECTOR_SUFFIXES:
        frame = _read_vector(path)
    elif suffix in TABLE_SUFFIXES:
        frame = _read_list(path)
    else:
        raise KZError("settlements_format", file=str(path), detail=path.suffix or "—")
    if frame.empty:
        raise KZError("no_features", file=str(path))
    check_settlement_extent(frame, str(path))
    return _with_ids(frame)


def _with_ids(frame: pd.DataFrame) -> pd.DataFrame:
    ids = frame["settlement_id"].astype(str).to_numpy(dtype=object)
    for i, (sid, kato, row) in enumerate(zip(ids, frame["kato"], frame["row"], strict=True)):
        if not sid:
            ids[i] = f"KATO-{kato}" if kato else f"S-{row}"
    seen: dict[str, int] = {}
    for i, sid in enumerate(ids):
        n = seen.get(sid, 0)
        seen[sid] = n + 1
        if n:
            ids[i] = f"{sid}#{n + 1}"
    frame["settlement_id"] = ids
    return frame.reset_index(drop=True)


def _read_vector(path: Path) -> pd.DataFrame:
    import geopandas as gpd
    import pyogrio

    from kzplanner.core.io.read.boundary_files import open_source

    src, layer, _notes = open_source(path, None)
    try:
        gdf = gpd.read_file(src, layer=layer, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    except Exception as exc:  # a damaged file surfaces as many error types
        raise KZError("file_corrupt", file=str(path), detail=str(exc)[:200]) from exc
    gdf = gdf[gdf.geometry.notna() & ~gdf.geometry.is_empty]
    if gdf.empty:
        raise KZError("no_features", file=str(path))
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    points = gdf.geometry
    if not points.geom_type.isin(["Point"]).all():  # areas and multipoints: a point inside
        points = points.representative_point()
    columns = [c for c in gdf.columns if c != "geometry"]
    n = len(gdf)

    def field(name: str) -> list[Any]:
        col = _pick(columns, name)
        return list(gdf[col]) if col is not None else [None] * n

    return pd.DataFrame({
        "settlement_id": _text(field("settlement_id")),
        "name": _text(field("name")), "name_kk": _text(field("name_kk")),
        "name_ru": _text(field("name_ru")),
        "place": [normalise_place(v) for v in field("place")],
        "kato": _text(field("kato")),
        "lat": points.y.to_numpy(dtype=float), "lon": points.x.to_numpy(dtype=float),
        "population": [_population(v) for v in field("population")],
        "row": np.arange(1, n + 1),
    })


def _read_list(path: Path) -> pd.DataFrame:
    from kzplanner.core.io.read.table import read_table
    from kzplanner.core.io.read.values import parse_numbers

    table = read_table(path, _HEADER_KEYS, sheet=None)
    frame = table.frame
    columns = [str(c) for c in frame.columns]
    picked = {f: _pick(columns, f) for f in _ALIASES}
    for required in ("lat", "lon"):
        if picked[required] is None:
            raise KZError("missing_column", file=table.file, sheet=table.sheet,
                          column=" / ".join(_ALIASES[required][:4]), detail=", ".join(columns))
    if picked["name"] is None and picked["kato"] is None:
        raise KZError("missing_column", file=table.file, sheet=table.sheet,
                      column="name / KATO", detail=", ".join(columns))
    n = len(frame)

    def field(name: str) -> list[Any]:
        col = picked[name]
        return list(frame[col]) if col is not None else [None] * n

    try:
        lat = parse_numbers(frame[picked["lat"]], table=table, column=picked["lat"])
        lon = parse_numbers(frame[picked["lon"]], table=table, column=picked["lon"])
    except KZError as exc:
        if exc.code != "implausible_value":
            raise
        # beyond ±90 / ±180: metres or another CRS, said as such with the layer's bounds
        coords = pd.DataFrame({k: pd.to_numeric(frame[picked[k]].astype(str).str.replace(
            ",", ".", regex=False), errors="coerce") for k in ("lat", "lon")}).dropna()
        check_settlement_extent(coords, table.file)
        raise
    for values, col in ((lat, picked["lat"]), (lon, picked["lon"])):
        bad = ~np.isfinite(values)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise KZError("bad_value", file=table.file, sheet=table.sheet, row=table.rows[i],
                          column=col, detail="a coordinate is missing")
    return pd.DataFrame({
        "settlement_id": _text(field("settlement_id")),
        "name": _text(field("name")), "name_kk": _text(field("name_kk")),
        "name_ru": _text(field("name_ru")),
        "place": [normalise_place(v) for v in field("place")],
        "kato": _text(field("kato")),
        "lat": lat, "lon": lon,
        "population": [_population(v) for v in field("population")],
        "row": list(table.rows),
    })


def _inside(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    x0, y0, x1, y1 = KZ_EXTENT
    return (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)


def check_settlement_extent(frame: pd.DataFrame, file: str) -> None:
    """Most points must lie within Kazakhstan's extent (a few outside are listed later, not
    refused). Otherwise the layer is refused: 'settlements_swapped' when swapping latitude and
    longitude puts them inside, else 'settlements_outside_kazakhstan' naming their bounds."""
    lon, lat = frame["lon"].to_numpy(float), frame["lat"].to_numpy(float)
    if _inside(lon, lat).sum() * 2 >= len(frame):
        return
    extra = {"points": len(frame), "inside": int(_inside(lon, lat).sum())}
    if _inside(lat, lon).sum() * 2 >= len(frame):
        raise KZError("settlements_swapped", file=file, extra=extra)
    detail = (f"({lon.min():.6g}, {lat.min():.6g}) – ({lon.max():.6g}, {lat.max():.6g})")
    raise KZError("settlements_outside_kazakhstan", file=file, detail=detail, extra=extra)
