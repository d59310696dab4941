"""Reading an institution register (schools, FAPs, PSCs) with positions and connection status."""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from kzplanner.core.background import in_background
from kzplanner.core.io.read.table import Provenance, Table, read_table_parts
from kzplanner.core.io.read.values import normalise_code, parse_flag, parse_numbers
from kzplanner.errors import KZError

if TYPE_CHECKING:
    from concurrent.futures import Future

_TYPE_WORDS = {
    "school": ("school", "школа", "мектеп", "сош", "оош", "нош", "гимназия", "лицей", "sch"),
    "fap": ("fap", "фап", "фельдшер", "медпункт", "мп", "health post", "медициналық пункт"),
    "psc": ("psc", "цон", "хқко", "хкко", "public service", "центр обслуживания"),
}
REGISTER_COLUMNS = ("inst_id", "name", "type", "unit_code", "lat", "lon", "area_type",
                    "people_served", "connected", "download_mbps", "connection_type",
                    "has_equipment", "has_licences", "kit_cost")


def normalise_type(value: object) -> str | None:
    """'Школа', 'мектеп', 'ФАП', 'ХҚКО'… → 'school' | 'fap' | 'psc'; None if unknown.

    >>> normalise_type("Мектеп"), normalise_type("ЦОН"), normalise_type("Фельдшерско-акушерский пункт")
    ('school', 'psc', 'fap')
    """
    if value is None:
        return None
    text = str(value).strip().lower()
    for kind, words in _TYPE_WORDS.items():
        if text == kind or any(text.startswith(w) or w == text for w in words):
            return kind
    return None


def each(fn: Callable[[Any], Any], values: list[Any],
         memo: dict[tuple[type, Any], Any] | None = None) -> list[Any]:
    """[fn(v) for v in values], fn called once per distinct value (a register's flags, types,
    area types and unit codes repeat: 200,000 rows hold a few thousand distinct values). Keyed
    by type and value, so that 1, 1.0 and True stay apart; fn must be pure. `memo` (one per fn)
    carries the results over calls, so that the parts of one register share them."""
    memo = {} if memo is None else memo
    missing = object()
    if len(set(map(type, values)) - {type(None)}) <= 1:
        # values of one kind (and None): no two of different kinds to keep apart, so the
        # distinct values and the lookups are C loops (dict.fromkeys keeps each first object;
        # a NaN, unequal to itself, is found by identity)
        try:
            distinct = dict.fromkeys(values)
        except TypeError:  # unhashable: the loop below
            pass
        else:
            for v in distinct:
                key = (v.__class__, v)
                r = memo.get(key, missing)
                if r is missing:
                    memo[key] = r = fn(v)
                distinct[v] = r
            return list(map(distinct.__getitem__, values))
    out = []
    append = out.append
    for v in values:
        key = (v.__class__, v)
        try:
            r = memo.get(key, missing)
        except TypeError:  # unhashable: no memo
            r = fn(v)
        else:
            if r is missing:
                memo[key] = r = fn(v)
        append(r)
    return out


def _text(v: object) -> str | None:
    return None if v is None else str(v)


def _lower_text(v: object) -> str | None:
    return None if v is None else str(v).strip().lower()


def read_institutions(path: str | Path, sheet: str | None = "institutions", *,
                      on_scanned: Callable[[], None] | None = None) -> pd.DataFrame:
    """The register as a frame with the REGISTER_COLUMNS (missing ones empty).

    `connected` is True/False/None (any connection); `download_mbps` float or NaN. A row with an
    unknown type or without coordinates and unit raises KZError('bad_value') naming the row.
    Read in parts (read_table_parts): each part's cells become the frame's columns and are
    dropped before the next part is read. `on_scanned`: see grid.read_grid.
    """
    path = Path(path)
    keys = ("inst_id", "type", "тип", "түрі")
    try:
        parts = read_table_parts(path, keys, sheet=sheet, on_scanned=on_scanned)
    except KZError as exc:
        if exc.code == "sheet_missing" and sheet is not None:
            parts = read_table_parts(path, keys, sheet=None, on_scanned=on_scanned)
        else:
            raise
    memos: dict[str, dict] = {}
    pieces: list[dict[str, Any]] = []
    rows: list[int] = []
    head = None
    for part in parts:
        if head is None:
            head = part
            if not any(c.lower() == "type" for c in part.columns):
                raise KZError("missing_column", file=part.file, column="type",
                              detail=", ".join(part.columns))
        pieces.append(_part_columns(part, path, memos))
        rows += part.rows
    assert head is not None  # read_table_parts gives one part at least
    table = Table(cells=np.empty((len(rows), 0), dtype=object), columns=head.columns,
                  rows=rows, file=head.file, sheet=head.sheet, illustrative=head.illustrative)
    lower = {c.lower(): c for c in table.columns}
    columns = {key: (np.concatenate([p[key] for p in pieces]) if isinstance(first, np.ndarray)
                     else list(itertools.chain.from_iterable(p[key] for p in pieces)))
               for key, first in pieces[0].items()}
    del pieces
    name_kk = columns.pop("name_kk")
    out = pd.DataFrame(columns)
    sheet_name = table.sheet or path.name
    dup = out["inst_id"].duplicated(keep=False)
    if dup.any():  # a replayed plan would buy the same kit twice (issue 22: 18 bn on 1 bn)
        first = out.index[dup][0]
        twin = out.index[dup & (out["inst_id"] == out.at[first, "inst_id"])][1]
        raise KZError("bad_value", file=table.file, sheet=sheet_name, row=table.rows[twin],
                      column=lower.get("inst_id", "inst_id"),
                      detail=f"institution id “{out.at[first, 'inst_id']}” is also in row "
                             f"{table.rows[first]}: every institution needs its own id")
    issues = _check_register(out, table, sheet_name, lower)
    if "name_kk" in lower:
        out["name_kk"] = name_kk
    out.attrs["source"] = Provenance({"file": table.file, "sheet": table.sheet,
                                      "illustrative": table.illustrative})
    out.attrs["issues"] = issues
    return out


# A register file at least this large is scanned before the load's other reads start
# (read_institutions_in_background). Measured on the bench's inputs, empty input cache, window
# start to the painted map: 50,000 institutions (3.6 MB) 2.10 → 1.89 s and 200,000 (14.6 MB)
# ~1.4 s sooner with the wait; 9,550 (0.7 MB, a ~50 ms scan) 1.07 → 1.15 s, the other reads
# idle while the window's thread and the scan share the lock.
SCAN_FIRST_BYTES = 2 * 1024 * 1024


def read_institutions_in_background(path: Path) -> Future[pd.DataFrame]:
    """read_institutions(path) started in a thread of its own (core.background.in_background:
    its error raised where its result is collected); for a file of SCAN_FIRST_BYTES or more,
    returns once that read has scanned the sheet's extent (or ended, or read a file that is
    not scanned), else at once. python-calamine then parses the sheet without Python's lock,
    beside the caller's own reads (core.dataset: the boundaries and statistics)."""
    scanned = threading.Event()

    def read_register(p: Path) -> pd.DataFrame:
        try:
            return read_institutions(p, on_scanned=scanned.set)
        finally:
            scanned.set()

    try:
        large = Path(path).stat().st_size >= SCAN_FIRST_BYTES
    except OSError:  # the read itself says what is wrong with the file
        large = False
    future = in_background(read_register, path)
    if large:
        scanned.wait()
    return future


def _part_columns(table: Table, path: Path, memos: dict[str, dict]) -> dict[str, Any]:
    """One part's columns of the frame (name_kk last); `memos` are each()'s, shared by the
    parts. A row with an unknown type raises KZError('bad_value') naming it."""
    cells = table.cells  # one 2-D array: a column is a view (no DataFrame built)
    lower = {c.lower(): c for c in table.columns}
    at = {c: i for i, c in enumerate(table.columns)}
    n = len(cells)

    def col(name: str) -> list[object]:
        return cells[:, at[lower[name]]].tolist() if name in lower else [None] * n

    def numbers(name: str) -> np.ndarray:
        if name not in lower:
            return np.full(n, math.nan)
        return parse_numbers(cells[:, at[lower[name]]], table=table, column=lower[name])

    def mapped(fn: Callable[[Any], Any], name: str) -> list[Any]:
        return each(fn, col(name), memos.setdefault(name, {}))

    raw_types = col("type")
    types = each(normalise_type, raw_types, memos.setdefault("type", {}))
    if None in types:
        i = types.index(None)
        raise KZError("bad_value", file=table.file, sheet=table.sheet or path.name,
                      row=table.rows[i], column=lower["type"],
                      detail=f"unknown institution type “{raw_types[i]}”")
    return {
        "inst_id": [normalise_code(v) or f"ROW-{table.rows[i]}" for i, v in enumerate(col("inst_id"))],
        "name": [None if v is None else str(v) for v in col("name")],
        "type": types,
        "unit_code": mapped(normalise_code, "unit_code"),
        "lat": numbers("lat"),
        "lon": numbers("lon"),
        "area_type": mapped(_lower_text, "area_type"),
        "people_served": numbers("people_served"),
        "connected": mapped(parse_flag, "connected"),
        "download_mbps": numbers("download_mbps"),
        "connection_type": mapped(_text, "connection_type"),
        "has_equipment": mapped(parse_flag, "has_equipment"),
        "has_licences": mapped(parse_flag, "has_licences"),
        "kit_cost": numbers("kit_cost"),
        "name_kk": [None if v is None else str(v) for v in col("name_kk")],
    }


# Kazakhstan's extent with a margin (degrees): lat 40.5–55.5 N, lon 46.4–87.4 E.
KZ_LAT = (40.4, 55.6)
KZ_LON = (46.3, 87.5)


def _inside(lat: pd.Series, lon: pd.Series) -> pd.Series:
    """Vectorised: is each point inside Kazakhstan's bounding box?"""
    return lat.between(*KZ_LAT) & lon.between(*KZ_LON)


def _check_register(out: pd.DataFrame, table, sheet: str, lower: dict[str, str]) -> list[dict]:
    """Fix swapped coordinates (with a note), report points outside Kazakhstan; negative
    numbers raise. Returns issue dicts for the reconciliation."""
    issues: list[dict] = []
    for col in ("people_served", "download_mbps", "kit_cost"):
        neg = out.index[out[col] < 0]
        if len(neg):
            i = int(neg[0])
            raise KZError("negative_value", file=table.file, sheet=sheet, row=table.rows[i],
                          column=lower.get(col, col), detail=f"{out.at[i, col]:g}")
    has = out["lat"].notna() & out["lon"].notna()
    swap_mask = has & ~_inside(out["lat"], out["lon"]) & _inside(out["lon"], out["lat"])
    swapped = list(out.index[swap_mask])
    if swapped:
        whole = len(swapped) > 0.5 * int(has.sum())
        out.loc[swap_mask, ["lat", "lon"]] = out.loc[swap_mask, ["lon", "lat"]].to_numpy()
        issues.append({"severity": "warning", "code": "coordinates_swapped",
                       "detail": ("latitude and longitude columns are swapped; read the other "
                                  "way round" if whole else f"{len(swapped)} rows had "
                                  "latitude and longitude swapped; corrected"),
                       "file": table.file, "sheet": sheet,
                       "rows": [table.rows[i] for i in swapped][:50]})
    outside = list(out.index[has & ~_inside(out["lat"], out["lon"])])
    for i in outside:
        issues.append({"severity": "warning", "code": "point_outside_kazakhstan",
                       "detail": f"{out.at[i, 'inst_id']}: {out.at[i, 'lat']:g}, "
                                 f"{out.at[i, 'lon']:g}",
                       "file": table.file, "sheet": sheet, "row": table.rows[i]})
    return issues
