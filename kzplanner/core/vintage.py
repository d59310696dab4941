"""The vintage of statistics against the boundaries they are joined to (2018 and 2022 reforms).

A table of 2021 has one row for Almaty oblast as it was then, Zhetysu included; on 2024
boundaries that row must not land on today's smaller Almaty oblast. `apply` runs right after
reconcile.reconcile, on its result, and for every split in crosswalk.SPLITS:

1. The statistics' year: given explicitly (`year`, or `attrs["source"]["year"]`), else the year
   of the period column each indicator came from (StatsImport provenance header: "2021",
   "2021/22" → 2021; the earliest when indicators differ), else unknown.
2. Whether the figures predate the split, from the rows themselves:
   - a created part's row ("Жетісу") with 0 in a count that no existing oblast has as 0
     (population, households, schools) and nothing positive: the Bureau's "-" for a region
     that did not exist yet → pre-reform, whatever the header says;
   - every created part with a positive figure → after the reform (a series recalculated in
     new boundaries), whatever the year says;
   - created parts absent or without figures: the year decides (before the reform year →
     pre-reform); with no year, a national oblast table (≥ NATIONAL_MIN oblast rows) of a count
     every region has, whose old unit kept its name (Almaty, East Kazakhstan, Karaganda), is
     taken as pre-reform.
   A row named as the old unit itself (South Kazakhstan) is pre-reform by its name.
3. When pre-reform: the created parts' zeros become NaN ("did not exist", not 0), on any
   boundaries. On boundaries after the reform (they hold a created part) the row carrying the
   old unit (Almaty oblast's, or Turkistan's with South Kazakhstan's figures) is not joined:
   its match becomes `pre_reform` with a rule naming the reform and the parts, the units are
   listed without data, and one error-level `pre_reform_statistics` issue names them, the year
   and what to do: plan on boundaries of the statistics' own vintage (the bundled geokz 2018
   file, or Natural Earth's pre-2018 units) or choose a later year column.

On boundaries before the reform nothing else changes: new → old stays the crosswalk's sum.
District-level changes are not covered (crosswalk.SPLITS lists oblasts only).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from kzplanner.core import crosswalk
from kzplanner.core.io.read.values import normalise_code
from kzplanner.core.names import canonical_name

TEXT_COLUMNS = ("unit_code", "unit_name", "parent_name", "parent_code", "inst_id", "_indent")
# counts an existing oblast never has as 0 (a city of republican significance: only the first two)
NEVER_ZERO = ("population", "households", "schools_total")
CITY_NEVER_ZERO = ("population", "households")
NATIONAL_MIN = 10  # oblast-level rows that make a table national
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_CITIES = {"710000000", "750000000", "790000000"}
_KNOWN = {s.old for s in crosswalk.SPLITS} | {p for s in crosswalk.SPLITS for p in s.parts}


@dataclass
class Vintage:
    """What `apply` found and did."""

    year: int | None = None
    year_from: str = ""  # 'explicit' | 'header “…”' | ''
    pre_reform: list[int] = field(default_factory=list)  # reform years the figures predate
    refused: list[dict[str, Any]] = field(default_factory=list)  # one per split refused
    did_not_exist: list[str] = field(default_factory=list)  # unit codes whose "-" became NaN


def statistics_year(stats: pd.DataFrame, year: int | str | None = None) -> tuple[int | None, str]:
    """The year the statistics describe, and where it was read."""
    source = stats.attrs.get("source") or {}
    for given in (year, source.get("year")):
        found = _year_of(given)
        if found is not None:
            return found, "explicit"
    years = []
    for prov in (source.get("provenance") or {}).values():
        header = str(prov.get("header") or "")
        found = _year_of(header.split(" / ")[-1]) or _year_of(header)
        if found is not None:
            years.append((found, header))
    if years:
        found, header = min(years)
        return found, f"header “{header}”"
    return None, ""


def _year_of(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (int, np.integer)) or (isinstance(value, float) and value.is_integer()):
        return int(value) if 1900 <= int(value) <= 2099 else None
    m = _YEAR.search(str(value))
    return int(m.group(1)) if m else None


def _identity(m: Any, code: str | None, label: str) -> str | None:
    """The reform-relevant unit a row stands for (None for all others)."""
    if m.joined and m.method != "crosswalk":
        return m.unit_code
    if code in _KNOWN:
        return code
    canon = canonical_name(label) if label else ""
    if m.method == "crosswalk":
        return crosswalk.NEW_NAMES.get(canon)
    return crosswalk.OLD_NAMES.get(canon)


def _state(pos: list[int], values: pd.DataFrame, city: bool, rural: bool) -> str:
    """'positive', 'zero' (did not exist), 'unknown' or 'absent' for a created part's rows."""
    if not pos:
        return "absent"
    block = values.iloc[pos]
    if (block > 0).to_numpy().any():
        return "positive"
    never = [c for c in (CITY_NEVER_ZERO if city else NEVER_ZERO) if c in block]
    if never and not (city and rural) and (block[never] == 0).to_numpy().any():
        return "zero"
    return "unknown"


def apply(result: Any, stats: pd.DataFrame, units: pd.DataFrame, rec: Any, *,
          year: int | str | None = None) -> Vintage:
    """Keep pre-reform totals off post-reform units (see the module docstring); changes
    `result`'s matches and units_without_data and `stats`' "did not exist" zeros in place."""
    out = Vintage()
    out.year, out.year_from = statistics_year(stats, year)
    codes = {str(c) for c in units.index}
    numeric = [c for c in stats.columns if c not in TEXT_COLUMNS
               and pd.api.types.is_numeric_dtype(stats[c]) and not pd.api.types.is_bool_dtype(
                   stats[c])]
    values = stats[numeric].astype(float)
    row_codes = ([normalise_code(v) for v in stats["unit_code"]] if "unit_code" in stats
                 else [None] * len(stats))
    ident = [_identity(m, row_codes[m.row], m.label) for m in result.matches]
    # a national table of a count every region has (population…): a region missing from it
    # did not exist; in other tables (a programme's actuals) absence says nothing
    national = any(c in numeric for c in NEVER_ZERO) and sum(
        1 for m in result.matches if m.joined and m.unit_code
        and str(m.unit_code).endswith("0000000")) >= NATIONAL_MIN
    prov = (stats.attrs.get("source") or {}).get("provenance") or {}
    rural = any(p.get("block") == "rural" for p in prov.values())
    without: set[str] = set()
    refused: list[dict[str, Any]] = []
    for split in crosswalk.SPLITS:
        created = {p: [m.row for m, i in zip(result.matches, ident, strict=True) if i == p]
                   for p in split.created}
        states = {p: _state(rows, values, p in _CITIES, rural) for p, rows in created.items()}
        named_old = [m for m, i in zip(result.matches, ident, strict=True)
                     if i == split.old and split.old != split.successor]
        carriers = [m for m, i in zip(result.matches, ident, strict=True)
                    if i == split.successor and m.joined and m.method != "crosswalk"]
        if any(s == "zero" for s in states.values()):
            pre = True
        elif all(s == "positive" for s in states.values()):
            pre = False
        elif out.year is not None:
            pre = out.year < split.year
        else:
            pre = national and split.successor == split.old
        if not pre and not named_old:
            continue
        after = any(p in codes for p in split.created)
        parts = [p for p in split.parts if p in codes]
        gone: list[str] = []
        if pre:
            out.pre_reform.append(split.year)
            for p, rows in created.items():
                for r in rows:
                    zero = values.iloc[r] == 0
                    dash = bool(zero.any())
                    if dash:
                        for col in values.columns[zero.to_numpy()]:
                            if stats[col].dtype.kind in "iu":
                                stats[col] = stats[col].astype(float)
                            stats.iloc[r, stats.columns.get_loc(col)] = np.nan
                            values.iloc[r, values.columns.get_loc(col)] = np.nan
                        out.did_not_exist.append(p)
                    m = result.matches[r]
                    when = f"in {out.year}" if out.year is not None else "yet"
                    note = (f"did not exist {when}{' (“-”)' if dash else ''}: created by the "
                            f"{split.year} reform")
                    m.rule = f"{m.rule}; {note}" if m.rule else note
                    if m.joined and m.unit_code in codes and values.iloc[r].isna().all():
                        gone.append(m.unit_code)
        if not after:
            continue
        refuse = named_old + (carriers if pre else [])
        for m in refuse:
            was = m.unit_code if m.joined else None
            names = [_name(units, p) for p in parts]
            m.method, m.unit_code, m.unit_name = "pre_reform", split.old, split.old_name
            m.to_confirm, m.score = False, None
            m.rule = (f"{split.old_name} before the {split.year} reform (since split into "
                      f"{' + '.join(names)}): its figure covers all of them and is not put on one")
            m.candidates = [{"unit_code": p, "name": _name(units, p)} for p in parts]
            if was in codes:
                gone.append(was)
        if refuse or gone:
            refused.append({"reform": split.year, "old": split.old, "old_name": split.old_name,
                            "rows": [m.label for m in refuse], "parts": parts, "units": gone})
            without.update(gone)
    out.refused = refused
    if without:
        result.units_without_data = sorted(set(result.units_without_data) | without)
    if refused:
        _report(out, units, rec)
    return out


def _name(units: pd.DataFrame, code: str) -> str:
    if code not in units.index:
        return code
    row = units.loc[code]
    for col in ("name_ru", "name_en", "name_kk"):
        v = row.get(col)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return code


def suggested_boundaries(pre_reform: list[int]) -> tuple[str, str]:
    """The bundled boundaries of the statistics' own vintage: (path, layer)."""
    from kzplanner import paths

    if 2018 in pre_reform:  # before 2018: South Kazakhstan is one unit
        return str(paths.natural_earth_boundaries()), "admin1"
    return str(paths.geokz_2018_boundaries()), "adm1"


def _report(out: Vintage, units: pd.DataFrame, rec: Any) -> None:
    """One error-level issue naming the refused rows, the parts, the year and what to do."""
    from kzplanner.errors import KZError

    when = f"{out.year}: " if out.year is not None else ""
    splits = [f"{', '.join(r['rows']) or r['old_name']} → "
              f"{' + '.join(_name(units, p) for p in r['parts'])} ({r['reform']})"
              for r in out.refused]
    left = sorted({c for r in out.refused for c in r["units"]})
    reforms = sorted({r["reform"] for r in out.refused})
    path, layer = suggested_boundaries(reforms + out.pre_reform)
    err = KZError("pre_reform_statistics", file=path, sheet=layer,
                  column=", ".join(_name(units, c) for c in left) or "—",
                  detail=when + "; ".join(splits))
    rec.issue("error", "pre_reform_statistics", err.message("en"), doubt=True,
              year=out.year, reforms=reforms, units=left,
              rows=[label for r in out.refused for label in r["rows"]],
              boundaries=path, layer=layer,
              messages={lang: err.message(lang) for lang in ("en", "ru", "kk")})
