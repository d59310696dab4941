"""What happened after a programme: reading actuals and panels (core.variance sets them against
the plan).

Canonical actuals layout (one row per unit, header row of ids, title rows above allowed):
unit_code and/or unit_name, then any of MEASURES (vouchers issued and redeemed per instrument,
money committed per instrument, kits installed, people newly with access); any other numeric
column is kept as a later-measured indicator (for example a monitoring indicator id from
kzplanner.core.monitoring). Money columns are on the projection's basis: issued vouchers count in
full, overhead included.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kzplanner.core.io.read.table import Provenance, read_table
from kzplanner.core.io.read.values import normalise_code, parse_numbers
from kzplanner.core.variance import INSTRUMENTS, MEASURES
from kzplanner.errors import KZError

CODE_KEYS = ("unit_code", "kato", "като", "код като", "code")
NAME_KEYS = ("unit_name", "unit_name_ru", "unit_name_kk", "unit_name_en", "region", "регион",
             "область", "наименование")
def _key_columns(frame: pd.DataFrame) -> tuple[str | None, str | None]:
    lower = {c.lower(): c for c in frame.columns}
    code_col = next((lower[k] for k in CODE_KEYS if k in lower), None)
    name_col = next((lower[k] for k in NAME_KEYS if k in lower), None)
    return code_col, name_col


def read_actuals(path: str | Path, sheet: str | None = None,
                 units: pd.DataFrame | None = None,
                 institutions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per-unit actuals indexed by unit_code, numbers as floats (NaN where blank).

    Rows are matched to `units` (the dataset's units, indexed by unit_code, with name_ru /
    name_kk / name_en) by code first, then by name, as statistics are; without `units` the file
    must carry unit codes. A file keyed by `inst_id` (one row per institution actually
    connected) is summed to its units through `institutions` (the register), see
    institution_actuals_to_units. Counts must be non-negative and redeemed ≤ issued; a bad cell
    raises KZError naming file, sheet, row and column. attrs['unmatched'] lists rows matched to
    no unit (or institution ids not in the register).
    """
    table = read_table(path, CODE_KEYS + NAME_KEYS + INSTITUTION_KEYS, sheet=sheet)
    frame = table.frame
    code_col, name_col = _key_columns(frame)
    inst_col = next((c for c in frame.columns if c.lower() in INSTITUTION_KEYS), None)
    if inst_col is not None and code_col is None and name_col is None:
        return _institution_file(table, inst_col, units, institutions)
    if code_col is None and (name_col is None or units is None):
        raise KZError("no_unit_key", file=table.file, detail=", ".join(frame.columns))
    out = pd.DataFrame(index=range(len(frame)))
    out["unit_code"] = [normalise_code(v) for v in frame[code_col]] if code_col else None
    out["unit_name"] = (frame[name_col].astype(str).str.strip().to_numpy() if name_col
                        else None)
    numeric_cols = [c for c in frame.columns if c not in (code_col, name_col)
                    and not c.startswith("column_") and c.lower() not in
                    ("parent_code", "parent_name", "level", "unit_name_ru", "unit_name_kk",
                     "unit_name_en")]
    for col in numeric_cols:
        out[col.strip()] = parse_numbers(frame[col], table=table, column=col)
    _check_actuals(out, table.file, table.sheet, table.rows, {c.strip(): c for c in numeric_cols})
    if units is None and out["unit_code"].isna().any():
        i = int(np.flatnonzero(out["unit_code"].isna().to_numpy())[0])
        raise KZError("bad_value", file=table.file, sheet=table.sheet, row=table.rows[i],
                      column=code_col, detail="the unit code is empty")
    out.attrs["source"] = Provenance({"file": table.file, "sheet": table.sheet,
                                       "rows": table.rows})
    result, _rec = _to_units(out, units)
    return result


def _to_units(out: pd.DataFrame, units: pd.DataFrame | None,
              decisions: dict[str, str | None] | None = None) -> tuple[pd.DataFrame, Any]:
    """Rows (unit_code and/or unit_name + measures) → one row per unit, with the
    reconciliation (None without `units`: the rows' own codes are used, summed per code)."""
    source = dict(out.attrs.get("source", {}))
    if units is None:
        result = (out.drop(columns=[c for c in ("unit_name", "parent_name") if c in out])
                  .groupby("unit_code", sort=True).sum(min_count=1))
        result.attrs["unmatched"] = []
        rec = None
    else:
        from kzplanner.core.joining import join_statistics
        from kzplanner.core.reconciliation import Reconciliation

        rec = Reconciliation()
        joined = join_statistics(units, out, rec, decisions)
        result = joined[joined.notna().any(axis=1)]
        result.attrs["unmatched"] = [m["label"] for m in rec.matches  # not the total row
                                     if m["method"] in ("unmatched", "ambiguous", "duplicate")]
    result.index.name = "unit_code"
    result.attrs["source"] = {"file": source.get("file"), "sheet": source.get("sheet")}
    return result, rec


def _check_actuals(out: pd.DataFrame, file: str, sheet: str | None, rows: list[int],
                   columns: dict[str, str]) -> None:
    """Counts and money ≥ 0, redeemed ≤ issued; `columns` names each measure's column as the
    file shows it (for the message)."""
    sheet = sheet or Path(file).name
    counts = [c for c in out.columns if c.endswith(("_issued", "_redeemed", "_installed"))
              or c.endswith("_kzt")]
    for col in counts:
        neg = np.flatnonzero((out[col] < 0).to_numpy())
        if len(neg):
            raise KZError("negative_value", file=file, sheet=sheet, row=rows[neg[0]],
                          column=columns.get(col, col), detail=f"{out[col].iloc[neg[0]]:g}")
    for inst in INSTRUMENTS:
        issued, redeemed = f"{inst}_issued", f"{inst}_redeemed"
        if issued in out and redeemed in out:
            bad = np.flatnonzero((out[redeemed] > out[issued] + 1e-9).to_numpy())
            if len(bad):
                i = bad[0]
                raise KZError("redeemed_exceeds_issued", file=file, sheet=sheet, row=rows[i],
                              column=columns.get(redeemed, redeemed),
                              detail=f"{out[redeemed].iloc[i]:g} > {out[issued].iloc[i]:g}")


# ---------------------------------------------------------------- per institution

INSTITUTION_KEYS = ("inst_id",)


def institution_actuals_to_units(rows: pd.DataFrame, institutions: pd.DataFrame | None, *,
                                 file: str = "", sheet: str | None = None,
                                 sheet_rows: list[int] | None = None
                                 ) -> tuple[pd.DataFrame, list[str]]:
    """One row per institution actually connected → per-unit actuals, plus unknown ids.

    `rows` has inst_id, optionally `connected` (True/False or yes/no/да/нет/иә/жоқ/1/0; a row
    without a value counts as connected), `kit_spent_kzt` and any other numeric column;
    `institutions` is the register (inst_id, type, unit_code). Per unit: kits_installed = the
    connected institutions, school_/fap_/psc_kits_installed by the register's type,
    kit_spent_kzt and the other numeric columns summed (NaN when no row gave a value). Ids not
    in the register are returned (the view lists them), never guessed; total rows ("Итого")
    are skipped. An institution listed twice raises KZError('duplicate_institution').
    """
    from kzplanner.core.io.read.values import parse_flag
    from kzplanner.core.names import is_total_label

    sheet_rows = sheet_rows or list(range(2, len(rows) + 2))
    sheet = sheet or (Path(file).name if file else None)
    ids = ["" if v is None or (isinstance(v, float) and math.isnan(v)) else
           str(normalise_code(v) or "").strip() for v in rows["inst_id"]]
    keep = [i for i, v in enumerate(ids) if v and not is_total_label(v)]
    seen: dict[str, int] = {}
    for i in keep:
        if ids[i] in seen:
            raise KZError("duplicate_institution", file=file, sheet=sheet, row=sheet_rows[i],
                          column="inst_id",
                          detail=f"{ids[i]} ({sheet_rows[seen[ids[i]]]}, {sheet_rows[i]})")
        seen[ids[i]] = i
    register: dict[str, tuple[str, Any]] = {}
    if institutions is not None:
        for rid, code, kind in zip(institutions["inst_id"], institutions["unit_code"],
                                   institutions["type"], strict=True):
            register.setdefault(str(rid).strip(), (str(code), kind))
    unknown = [ids[i] for i in keep if ids[i] not in register]
    known = [i for i in keep if ids[i] in register]
    flags = [parse_flag(rows["connected"].iloc[i]) if "connected" in rows else None
             for i in known]
    per = pd.DataFrame({
        "unit_code": [register[ids[i]][0] for i in known],
        "type": [register[ids[i]][1] for i in known],
        "kits_installed": [0.0 if f is False else 1.0 for f in flags],
    })
    numeric = [c for c in rows.columns if c not in ("inst_id", "connected", "unit_code",
                                                     "unit_name", "parent_name")]
    for col in numeric:
        per[col] = pd.to_numeric(rows[col].iloc[known], errors="coerce").to_numpy(dtype=float)
    kits = ["kits_installed"]
    for kind in ("school", "fap", "psc"):
        per[f"{kind}_kits_installed"] = per["kits_installed"] * (per["type"] == kind)
        kits.append(f"{kind}_kits_installed")
    out = per.groupby("unit_code", sort=True)[kits + numeric].sum(min_count=1)
    out[kits] = out[kits].fillna(0.0)
    out.index.name = "unit_code"
    return out.astype(float), unknown


def _institution_file(table: Any, inst_col: str, units: pd.DataFrame | None,
                      institutions: pd.DataFrame | None) -> pd.DataFrame:
    """read_actuals for a canonical file with one row per institution (inst_id)."""
    frame = table.frame
    rows = pd.DataFrame({"inst_id": frame[inst_col].to_numpy()})
    columns: dict[str, str] = {}
    for col in frame.columns:
        low = col.strip().lower()
        if low == "connected":
            rows["connected"] = frame[col].to_numpy()
        elif col != inst_col and not col.startswith("column_") and \
                low not in ("type", "name", "unit_code", "date"):
            columns[col.strip()] = col
            rows[col.strip()] = parse_numbers(frame[col], table=table, column=col)
    _check_actuals(rows, table.file, table.sheet, table.rows, columns)
    return _institutions_to_units(rows, institutions, units, table.file, table.sheet,
                                  table.rows, inst_col)[0]


def _institutions_to_units(rows: pd.DataFrame, institutions: pd.DataFrame | None,
                           units: pd.DataFrame | None, file: str, sheet: str | None,
                           sheet_rows: list[int], inst_col: str
                           ) -> tuple[pd.DataFrame, list[str]]:
    if institutions is None:
        raise KZError("no_register", file=file, sheet=sheet or Path(file).name, column=inst_col)
    result, unknown = institution_actuals_to_units(rows, institutions, file=file, sheet=sheet,
                                                   sheet_rows=sheet_rows)
    if units is not None:
        result = result[result.index.isin(units.index)]
    result.attrs["unmatched"] = unknown
    result.attrs["source"] = {"file": file, "sheet": sheet}
    return result, unknown


# ---------------------------------------------------------------- through the import wizard

@dataclass
class ActualsImport:
    """Actuals read through a confirmed mapping (core.io.read.layout): the per-unit frame, where
    every value came from, how the rows met the units and the institution ids not found."""

    actuals: pd.DataFrame  # per unit_code, as read_actuals returns
    imported: Any  # layout.StatsImport: provenance, marks, warnings, sheet rows
    matches: list[dict[str, Any]] = field(default_factory=list)  # reconcile.Match dicts
    units_without_data: list[str] = field(default_factory=list)
    unknown_institutions: list[str] = field(default_factory=list)


def import_actuals(path: str | Path, mapping: Any, units: pd.DataFrame | None = None,
                   institutions: pd.DataFrame | None = None,
                   decisions: dict[str, str | None] | None = None) -> ActualsImport:
    """Actuals in any layout the import wizard maps (title rows, merged kk/ru headers, names
    instead of codes, CP1251 CSV): `mapping` (layout.StatsMapping or the path of its JSON)
    says which column feeds which measure (MEASURES ids, monitoring ids; 'connected' as text).

    Rows are reconciled with `units` as statistics are (codes, names in kk/ru/en, rules, fuzzy;
    `decisions`, by default the mapping's own); a mapping with unit_kind 'institution' reads
    inst_ids and sums them to units through `institutions` (the register). Counts and money
    must be ≥ 0 and redeemed ≤ issued; a bad cell raises KZError with file, sheet, row, column.
    """
    from kzplanner.core.io.read import layout

    if not isinstance(mapping, layout.StatsMapping):
        mapping = layout.load_mapping(mapping)
    imported = layout.apply_mapping(path, mapping)
    frame = imported.frame.copy()
    source = frame.attrs.get("source", {})
    file, sheet = source.get("file", str(path)), source.get("sheet")
    columns = {ind: f"{p['column']} “{p['header'] or ind}”"
               for ind, p in imported.provenance.items()}
    text = [cm.indicator for cm in mapping.columns if cm.type == "text" and
            cm.indicator != "connected"]
    frame = frame.drop(columns=text)
    _check_actuals(frame, file, sheet, imported.rows, columns)
    if mapping.unit_kind == "institution":
        rows = frame.drop(columns=["unit_code", "unit_name"])
        result, unknown = _institutions_to_units(rows, institutions, units, file, sheet,
                                                 imported.rows, mapping.unit_column)
        from kzplanner.core.reconcile import Match

        matches = [Match(row=i, label=code, method="code", unit_code=code, rule="inst_id")
                   .as_dict() for i, code in enumerate(result.index)]
        missing = [str(c) for c in units.index if c not in result.index] \
            if units is not None else []
        return ActualsImport(result, imported, matches, missing, unknown)
    frame = frame.drop(columns=[c for c in ("connected",) if c in frame])
    frame.attrs["source"] = Provenance({"file": file, "sheet": sheet, "rows": imported.rows})
    if units is None and frame["unit_code"].isna().any():
        raise KZError("no_unit_key", file=file, detail=", ".join(map(str, frame.columns)))
    result, rec = _to_units(frame, units, mapping.decisions if decisions is None else decisions)
    matches = list(rec.matches) if rec is not None else []
    missing = list(rec.units_without_data) if rec is not None else []
    return ActualsImport(result, imported, matches, missing, [])


def is_canonical_actuals(path: str | Path, sheet: str | None = None) -> bool:
    """True when read_actuals reads the file as it is: a KZ Planner template, or a header row
    (below any title rows) with a unit or institution key and at least one measure or
    monitoring id. Anything else goes through the import wizard."""
    from kzplanner.core.io.read.template import is_template
    from kzplanner.core.monitoring import monitoring_ids

    if is_template(path):
        return True
    try:
        table = read_table(path, CODE_KEYS + NAME_KEYS + INSTITUTION_KEYS, sheet=sheet)
    except KZError as exc:
        if exc.code in ("header_not_found", "sheet_missing"):
            return False
        raise
    known = {*MEASURES, *monitoring_ids(), "connected"}
    return any(str(c).strip().lower() in known for c in table.frame.columns)


def read_panel(path: str | Path, columns: list[str], numeric: list[str],
               sheet: str | None = None) -> pd.DataFrame:
    """A unit × period table (for difference-in-differences or correlations) with `columns`.

    The header is the first top row naming any of `columns`; `numeric` columns are parsed
    strictly (decimal commas, spaces, dashes as 0; a non-number raises KZError('bad_number')
    with its row); the others stay text, except that whole-number floats such as Excel's
    2020.0 become 2020. Returns only `columns`, in that order.
    """
    table = read_table(path, tuple(columns), sheet=sheet)
    frame = table.frame
    by_lower = {c.lower(): c for c in frame.columns}
    out = pd.DataFrame(index=range(len(frame)))
    for col in columns:
        source = col if col in frame.columns else by_lower.get(col.lower())
        if source is None:
            raise KZError("missing_column", file=table.file, column=col,
                          detail=", ".join(frame.columns))
        if col in numeric:
            out[col] = parse_numbers(frame[source], table=table, column=source)
        else:
            out[col] = [_plain(v) for v in frame[source]]
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() or (text.startswith("-") and text[1:].isdigit()):
            return int(text)
        return text or None
    return value
