"""Joining the inputs into the dataset's tables: statistics rows onto units (as core.reconcile
matches them, post-reform rows summed through the crosswalk), a register's institutions into
units by code or coordinates, items from counts where there is no register; every repair and
doubt goes to the Reconciliation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

from kzplanner.core.catalogue import COUNT_COLUMNS, DEFAULT_GROUPS, group_columns
from kzplanner.core.reconciliation import Reconciliation
from kzplanner.lazy import pd

if TYPE_CHECKING:
    import geopandas as gpd

# What the gaps and the plan are computed from (docs/model.md); a statistics table that gives
# none of one of these leaves every gap unknown or every voucher without takers.
MISSING_INPUTS: tuple[str, ...] = ("population", "target_groups", "institutions")


def report_missing_inputs(table: pd.DataFrame, groups: tuple[str, ...], has_register: bool,
                           rec: Reconciliation, file: str) -> None:
    """A warning naming the planning inputs the statistics do not give at all."""
    given = {str(c) for c in table.columns if table[c].notna().any()}
    missing = []
    if "population" not in given:
        missing.append("population")
    if not any(set(group_columns(g)) & given for g in groups):
        missing.append("target_groups")
    if not has_register and not any(cols[0] in given for cols in COUNT_COLUMNS.values()):
        missing.append("institutions")
    if missing:
        rec.issue("warning", "inputs_missing", ", ".join(missing), file=file, missing=missing)


def detect_groups(columns: list[str]) -> tuple[str, ...]:
    found = []
    for col in columns:
        m = re.match(r"^(.+)_eligible$", col)
        if m and {f"{m.group(1)}_no_device", f"{m.group(1)}_no_internet"} <= set(columns):
            found.append(m.group(1))
    ordered = [g for g in DEFAULT_GROUPS if g in found] + [g for g in found if g not in DEFAULT_GROUPS]
    return tuple(ordered)


SHARE_SUFFIXES = ("_share", "_rate", "_pct")


def join_statistics(units: gpd.GeoDataFrame, stats: pd.DataFrame, rec: Reconciliation,
                     decisions: dict[str, str | None] | None = None) -> pd.DataFrame:
    """Stats rows re-indexed by unit_code, matched as reconcile.reconcile says.

    Rows of post-reform units matched through the crosswalk are summed into the older unit
    (shares averaged, weighted by population); everything else is one row per unit.
    """
    from kzplanner.core import vintage
    from kzplanner.core.crosswalk import aggregate
    from kzplanner.core.reconcile import STRUCTURE, reconcile
    from kzplanner.core.totals import check_totals

    sheet_rows = stats.attrs.get("source", {}).get("rows")
    result = reconcile(units, stats, decisions=decisions,
                       sheet_rows=sheet_rows if sheet_rows and len(sheet_rows) == len(stats)
                       else None)
    vintage.apply(result, stats, units, rec)  # no pre-reform total on a post-reform unit
    for m in result.matches:
        rec.matches.append(m.as_dict())
        if m.method == "code":
            rec.matched_by_code += 1
        elif m.method in ("exact", "rule", "fuzzy", "decision"):
            rec.matched_by_name += 1
        rec.matched_exact += m.method == "exact"
        rec.matched_by_rule += m.method == "rule"
        rec.matched_fuzzy += m.method == "fuzzy"
        rec.matched_by_crosswalk += m.method == "crosswalk"
        rec.matched_summed += m.method == "summed_up"
        rec.matched_by_decision += m.method == "decision"
        if m.method == "duplicate":
            rec.duplicates.append(m.label)
            rec.issue("error", "duplicate_row", f"{m.label} → {m.unit_code}", row=m.sheet_row)
        elif m.method == "wrong_parent":
            rec.unmatched_rows.append(m.label)
            head = result.matches[m.parent_row].label if m.parent_row is not None else ""
            rec.issue("error", "row_under_wrong_parent", m.rule, row=m.sheet_row, doubt=True,
                      label=m.label, head=head,
                      units=[f"{c['name']} ({c['unit_code']})" for c in m.candidates])
        elif not m.joined and m.method not in ("excluded", "pre_reform") + STRUCTURE:
            rec.unmatched_rows.append(m.label)
        if m.method == "fuzzy":
            rec.issue("warning", "fuzzy_match", f"{m.label} → {m.unit_name} ({m.score})",
                      row=m.sheet_row)
    rec.units_without_data = result.units_without_data
    text_cols = [c for c in ("unit_code", "unit_name", "parent_name", "parent_code", "_indent")
                 if c in stats]
    numeric = stats.drop(columns=text_cols)
    rec.issues.extend(check_totals(result.tree, result.matches, numeric, sheet_rows if sheet_rows
                                   and len(sheet_rows) == len(stats) else None))
    joined = [m for m in result.matches if m.joined]
    if not joined:
        return pd.DataFrame(index=units.index, columns=numeric.columns, dtype=float)
    frame = numeric.iloc[[m.row for m in joined]].copy()
    frame["_target"] = [m.unit_code for m in joined]
    if frame["_target"].duplicated().any():
        shares = [c for c in numeric.columns if str(c).endswith(SHARE_SUFFIXES)]
        out, notes = aggregate(frame, list(units.index), share_columns=shares)
        rec.notes.extend(f"crosswalk: {n}" for n in notes)
        return out[numeric.columns]
    return frame.set_index("_target")[numeric.columns].reindex(units.index)


def cells_text(source: dict[str, Any]) -> str:
    prov = source.get("provenance")
    if prov:
        return "; ".join(f"{ind}: {p['cells']}" for ind, p in prov.items())
    # Excel's own notation for whole rows: the same in every language
    return f"{source.get('first_row')}:{source.get('last_row')}"


def boundary_report(units: gpd.GeoDataFrame, rec: Reconciliation) -> None:
    """Copy what read_boundaries repaired or left out into the reconciliation."""
    rep = units.attrs.get("report", {})
    rec.geometry_repaired = list(rep.get("repaired", []))
    rec.duplicate_unit_codes = list(rep.get("duplicate_codes", []))
    for name in rec.geometry_repaired:
        rec.issue("warning", "geometry_repaired", name)
    for code in rec.duplicate_unit_codes:
        rec.issue("error", "duplicate_unit_code", code)
    for code in rep.get("empty_geometry", []):
        rec.issue("warning", "empty_geometry", code)
    for note in rep.get("notes", []):
        rec.notes.append(note)


def check_counts(table: pd.DataFrame, rec: Reconciliation) -> None:
    """connected > total is reported per row (the plan caps it; the planner should fix it)."""
    from kzplanner.core.catalogue import COUNT_COLUMNS

    rows = table.attrs.get("source", {}).get("rows")
    for total_col, conn_col in COUNT_COLUMNS.values():
        if total_col in table and conn_col in table:
            bad = table[table[conn_col] > table[total_col]]
            for i, r in bad.iterrows():
                where = rows[i] if rows and isinstance(i, int) and i < len(rows) else None
                rec.issue("error", "connected_exceeds_total",
                          f"{r.get('unit_name') or r.get('unit_code')}: {conn_col} "
                          f"{r[conn_col]:g} > {total_col} {r[total_col]:g}", row=where,
                          column=conn_col)


def assign_units(inst: pd.DataFrame, units: gpd.GeoDataFrame, rec: Reconciliation) -> pd.DataFrame:
    """Keep the given unit codes that exist; place the rest by their coordinates; one without
    coordinates whose district code lies in an oblast of these boundaries (the KATO code's first
    two digits, kinds.top_code) goes to that oblast, unless a reform split that oblast (its
    districts' codes may predate the split: Almaty's 2018 districts are partly Zhetysu's now)."""
    import geopandas as gpd

    from kzplanner.core.crosswalk import SPLITS
    from kzplanner.core.kinds import top_code

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
    bare = ~known & ~need
    if bare.any():
        split = {s.old for s in SPLITS}
        tops = inst.loc[bare, "unit_code"].map(
            lambda c: top_code(c) if isinstance(c, str) else None)
        up = tops.isin(units.index) & ~tops.isin(split)
        inst.loc[up[up].index, "unit_code"] = tops[up]
    inside = inst["unit_code"].isin(units.index)
    rec.institutions_outside = int((~inside).sum())
    for _i, r in inst[~inside].iterrows():
        rec.issue("warning", "institution_without_unit",
                  f"{r.get('inst_id')} {r.get('name') or ''}".strip(),
                  lat=None if pd.isna(r.get("lat")) else float(r["lat"]),
                  lon=None if pd.isna(r.get("lon")) else float(r["lon"]))
    return inst[inside].copy()


def institutions_from_counts(units: pd.DataFrame) -> pd.DataFrame:
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
    from kzplanner.core.io.read.institutions import REGISTER_COLUMNS

    return pd.DataFrame(rows, columns=list(REGISTER_COLUMNS))


def period_of(source: dict[str, Any]) -> str:
    """The header of the period column the table was read at ('2023', '2022/23'), or ''."""
    import re as _re

    for prov in (source.get("provenance") or {}).values():
        header = str(prov.get("header") or "")
        last = header.split(" / ")[-1]
        if _re.search(r"(19|20)\d\d", last):
            return last
    return ""
