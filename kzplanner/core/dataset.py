"""The one in-memory model: units with indicators, institutions, target groups and provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from kzplanner import paths
from kzplanner.core.catalogue import BASE_INDICATORS, COUNT_COLUMNS, DEFAULT_GROUPS, group_columns
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.names import name_kind, normalise_name
from kzplanner.errors import KZError

if TYPE_CHECKING:
    import geopandas as gpd


@dataclass(frozen=True)
class Source:
    """Where a part of the dataset came from, and whether it is illustrative."""

    kind: str  # 'boundaries' | 'statistics' | 'institutions'
    file: str
    sheet: str | None = None
    cells: str | None = None
    attribution: str = ""
    illustrative: bool = False


@dataclass
class Reconciliation:
    """What matched between the statistics and the boundaries, and what did not."""

    matched_by_code: int = 0
    matched_by_name: int = 0
    unmatched_rows: list[str] = field(default_factory=list)  # stats rows without a unit
    units_without_data: list[str] = field(default_factory=list)
    institutions_outside: int = 0  # register rows that fell in no unit (kept out of the plan)
    notes: list[str] = field(default_factory=list)


@dataclass
class Dataset:
    """Units (GeoDataFrame indexed by unit_code), institutions, target groups, provenance."""

    units: gpd.GeoDataFrame
    institutions: pd.DataFrame
    groups: tuple[str, ...]
    sources: list[Source]
    reconciliation: Reconciliation
    illustrative: bool = False
    boundaries_predate_2018: bool = False
    institutions_estimated: bool = False  # True when built from counts, not a register

    @property
    def unit_codes(self) -> list[str]:
        return list(self.units.index)

    def unit_name(self, code: str, lang: str = "en") -> str:
        row = self.units.loc[code]
        return str(row.get(f"name_{lang}") or row["name_en"])


def _detect_groups(columns: list[str]) -> tuple[str, ...]:
    found = []
    for col in columns:
        m = re.match(r"^(.+)_eligible$", col)
        if m and {f"{m.group(1)}_no_device", f"{m.group(1)}_no_internet"} <= set(columns):
            found.append(m.group(1))
    ordered = [g for g in DEFAULT_GROUPS if g in found] + [g for g in found if g not in DEFAULT_GROUPS]
    return tuple(ordered)


def _join_statistics(units: gpd.GeoDataFrame, stats: pd.DataFrame,
                     rec: Reconciliation) -> pd.DataFrame:
    """Stats rows re-indexed by unit_code: by code first, then by normalised name.

    Names match on (name, kind) where the text says city/oblast/district, so that "г. Алматы"
    and "Алматы облысы" stay apart; a name without a kind matches only when it is unambiguous.
    """
    codes = set(units.index)
    by_key: dict[tuple[str, str | None], str] = {}
    by_base: dict[str, set[str]] = {}
    for code, row in units.iterrows():
        level = str(row.get("level") or "") or None
        for key in ("name_ru", "name_kk", "name_en"):
            base = normalise_name(row.get(key))
            if base:
                by_key.setdefault((base, name_kind(row.get(key)) or level), str(code))
                by_base.setdefault(base, set()).add(str(code))
    matched: dict[str, int] = {}
    for i, row in stats.iterrows():
        code = row.get("unit_code")
        label = str(code if isinstance(code, str) else row.get("unit_name"))
        if code in codes and code not in matched:
            matched[code] = int(i)  # type: ignore[call-overload]
            rec.matched_by_code += 1
            continue
        text = row.get("unit_name")
        base, kind = normalise_name(text), name_kind(text)
        target = by_key.get((base, kind)) if kind else None
        if target is None and kind is None and len(by_base.get(base, ())) == 1:
            target = next(iter(by_base[base]))
        if target is not None and target not in matched:
            matched[target] = int(i)  # type: ignore[call-overload]
            rec.matched_by_name += 1
        else:
            rec.unmatched_rows.append(label)
    rec.units_without_data = sorted(codes - set(matched))
    numeric = stats.drop(columns=["unit_code", "unit_name"])
    joined = numeric.loc[list(matched.values())]
    joined.index = list(matched.keys())
    return joined.reindex(units.index)


def _assign_units(inst: pd.DataFrame, units: gpd.GeoDataFrame, rec: Reconciliation) -> pd.DataFrame:
    """Keep the given unit codes that exist; place the rest by their coordinates."""
    import geopandas as gpd

    known = inst["unit_code"].isin(units.index)
    need = ~known & inst["lat"].notna() & inst["lon"].notna()
    if need.any():
        pts = gpd.GeoDataFrame(
            index=inst.index[need],
            geometry=gpd.points_from_xy(inst.loc[need, "lon"], inst.loc[need, "lat"]), crs=4326)
        hit = gpd.sjoin(pts, units[["geometry"]].assign(_code=units.index), how="left",
                        predicate="within")
        hit = hit[~hit.index.duplicated(keep="first")]
        inst.loc[need, "unit_code"] = hit["_code"].reindex(inst.index[need]).values
    inside = inst["unit_code"].isin(units.index)
    rec.institutions_outside = int((~inside).sum())
    return inst[inside].copy()


def _institutions_from_counts(units: pd.DataFrame) -> pd.DataFrame:
    """Identical items per unit and type from *_total / *_connected counts (no register)."""
    rows: list[dict[str, Any]] = []
    for code, row in units.iterrows():
        totals = {t: int(np.nan_to_num(row.get(cols[0], 0))) for t, cols in COUNT_COLUMNS.items()}
        n_all = sum(totals.values())
        for t, (_total_col, conn_col) in COUNT_COLUMNS.items():
            total = totals[t]
            connected = min(int(np.nan_to_num(row.get(conn_col, 0))), total)
            pop = float(np.nan_to_num(row.get("population", 0.0)))
            served = pop / n_all if n_all else 0.0
            for k in range(total):
                rows.append({
                    "inst_id": f"{t.upper()}-{code}-{k + 1:04d}", "name": None, "type": t,
                    "unit_code": code, "lat": np.nan, "lon": np.nan, "area_type": None,
                    "people_served": served, "connected": k < connected,
                    "download_mbps": np.nan, "connection_type": None, "has_equipment": None,
                    "has_licences": None, "kit_cost": np.nan,
                })
    from kzplanner.core.io.institutions import REGISTER_COLUMNS

    return pd.DataFrame(rows, columns=list(REGISTER_COLUMNS))


def load_dataset(boundaries: str | Path | None = None, stats: str | Path | None = None,
                 institutions: str | Path | None = None,
                 feedback: Feedback = SILENT) -> Dataset:
    """Boundaries + statistics (+ register) joined into one Dataset.

    With no arguments, the bundled sample: Natural Earth admin-1 boundaries (pre-2018) and the
    illustrative statistics and register in resources/sample. A register is used when given; the
    bundled register only goes with the bundled statistics.
    """
    from kzplanner.core.io.boundaries import read_boundaries
    from kzplanner.core.io.institutions import read_institutions
    from kzplanner.core.io.statistics import read_statistics

    sample = boundaries is None and stats is None
    bpath = Path(boundaries) if boundaries else paths.sample_boundaries()
    spath = Path(stats) if stats else paths.sample_statistics()
    ipath = Path(institutions) if institutions else (paths.sample_institutions() if sample else None)
    rec = Reconciliation()

    feedback.progress(0.0, "boundaries")
    units = read_boundaries(bpath)
    predate = bpath.resolve() == paths.sample_boundaries().resolve()
    feedback.progress(0.3, "statistics")
    table = read_statistics(spath)
    joined = _join_statistics(units, table, rec)
    if rec.matched_by_code + rec.matched_by_name == 0:
        raise KZError("no_units_matched", file=str(spath), detail=str(len(table)))
    for col in joined.columns:
        units[col] = joined[col].values
    for col in BASE_INDICATORS:
        if col not in units:
            units[col] = np.nan
    if units["network_coverage_share"].isna().all():
        units["network_coverage_share"] = 1.0
        rec.notes.append("network_coverage_default")
    groups = _detect_groups(list(units.columns))
    for g in groups:
        for c in group_columns(g):
            units[c] = units[c].fillna(0.0)
    feedback.progress(0.6, "institutions")
    estimated = ipath is None
    if ipath is not None:
        inst = read_institutions(ipath)
        inst = _assign_units(inst, units, rec)
    else:
        inst = _institutions_from_counts(units)
        rec.notes.append("institutions_from_counts")
    inst = inst.sort_values(["unit_code", "type", "inst_id"], kind="stable").reset_index(drop=True)
    missing_served = inst["people_served"].isna()
    if missing_served.any():
        per_unit = inst.groupby("unit_code")["inst_id"].transform("size")
        pop = inst["unit_code"].map(units["population"]).fillna(0.0)
        inst.loc[missing_served, "people_served"] = (pop / per_unit)[missing_served]
        rec.notes.append("people_served_estimated")
    src_b = Source("boundaries", str(bpath),
                   attribution="Made with Natural Earth" if predate else "")
    src_s = Source("statistics", str(spath), sheet=table.attrs["source"].get("sheet"),
                   cells=f"rows {table.attrs['source'].get('first_row')}–"
                         f"{table.attrs['source'].get('last_row')}", illustrative=sample)
    sources = [src_b, src_s]
    if ipath is not None:
        sources.append(Source("institutions", str(ipath), sheet="institutions",
                              illustrative=sample))
    feedback.progress(1.0, "done")
    return Dataset(units=units, institutions=inst, groups=groups, sources=sources,
                   reconciliation=rec, illustrative=sample, boundaries_predate_2018=predate,
                   institutions_estimated=estimated)
