"""Opening a project file (.kzp): data as loaded, provenance, scenarios; a zip of JSON/GeoJSON/CSV.

Nothing in it is executed on load (no pickle). Before anything is built from a file it is
checked: a regular zip of at most a few members, each read by name with a size limit (a symbolic
link is refused), JSON nested at most MAX_DEPTH deep with finite numbers only, the manifest
against MANIFEST_SCHEMA (jsonschema), the units as a feature collection of polygons with unique
codes, the register as a table with unique ids in known units, names as one line of text, and
every stored plan against the data it names (units, groups, institutions) and its budget. Every
problem is a KZError('project_invalid') whose detail says which, in the reader's language.

Saving (atomic, merging what another writer saved meanwhile) is core.io.write.project_save;
schema changes bump PROJECT_SCHEMA and add a migration step to core.io.read.project_schema.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kzplanner.core.dataset import Dataset, Source
from kzplanner.core.io.params_dict import params_from_dict
from kzplanner.core.io.project_errors import Localized, project_invalid
from kzplanner.core.io.project_lock import remove_stale_temp_files
from kzplanner.core.io.project_model import (
    CONTROL_CHARS,
    LINE_BREAK,
    Origin,
    Project,
    canon,
    data_key_of,
    norm_path,
    scenario_dict,
    short_error,
)
from kzplanner.core.io.read.project_container import (
    RawProject,
    parse_json,
    read_zip,
)
from kzplanner.core.io.read.project_schema import (
    SOLVER_METHODS,
    kind_label,
    kind_of,
    validate_manifest,
)
from kzplanner.core.reconciliation import Reconciliation
from kzplanner.core.scenario import Allocation, Scenario
from kzplanner.errors import KZError

_TEXT_COLUMNS = ("inst_id", "name", "name_kk", "type", "unit_code", "area_type",
                 "connection_type")
_FLAG_COLUMNS = ("connected", "has_equipment", "has_licences")
_NONNEGATIVE_COLUMNS = ("people_served", "download_mbps", "kit_cost")


def scenario_from(d: dict[str, Any], path: Path) -> Scenario:
    name = str(d["name"])
    alloc = d.get("allocation")
    allocation = None
    if alloc is not None:
        allocation = Allocation(
            vouchers=tuple((str(u), str(i), str(g), int(c)) for u, i, g, c in alloc["vouchers"]),
            kits=tuple(str(k) for k in alloc["kits"]), solver=dict(alloc.get("solver") or {}))
    try:
        params = params_from_dict(d["params"])
    except KZError as exc:
        raise project_invalid(path, "scenario_params", name=name, problem=exc) from exc
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
        problem = Localized("project_detail.params_broken", error=short_error(exc))
        raise project_invalid(path, "scenario_params", name=name, problem=problem) from exc
    return Scenario(name=name, params=params, allocation=allocation,
                    notes=str(d.get("notes", "")), created=str(d.get("created", "")),
                    chosen=bool(d.get("chosen", False)))


_POLYGONS = ("Polygon", "MultiPolygon")


def check_units_json(units: Any, path: Path) -> None:
    member = "units.geojson"
    if not isinstance(units, dict) or units.get("type") != "FeatureCollection" \
            or not isinstance(units.get("features"), list):
        raise project_invalid(path, "units_not_collection")
    features = units["features"]
    if not features:
        raise project_invalid(path, "no_units")
    seen: dict[str, int] = {}
    for n, feat in enumerate(features, 1):
        where = Localized("project_detail.at_feature", member=member, n=n)
        if not isinstance(feat, dict) or not isinstance(feat.get("properties"), dict):
            raise project_invalid(path, "field_kind", where=where, expected=kind_label("object"),
                                  found=kind_label(kind_of(feat)))
        code = feat["properties"].get("unit_code")
        if isinstance(code, bool) or not isinstance(code, (str, int)) or not str(code).strip():
            raise project_invalid(path, "unit_no_code", n=n)
        code = str(code)
        seen[code] = seen.get(code, 0) + 1
        geom = feat.get("geometry")
        if not isinstance(geom, dict) or geom.get("type") not in _POLYGONS \
                or not isinstance(geom.get("coordinates"), list) or not geom["coordinates"]:
            raise project_invalid(path, "unit_geometry", n=n, code=code)
        for key, value in feat["properties"].items():
            if isinstance(value, str) and str(key).startswith("name"):
                _check_name(value, where, path)
    twice = [(c, k) for c, k in seen.items() if k > 1]
    if twice:
        raise project_invalid(path, "unit_code_twice", code=twice[0][0], count=twice[0][1])


def _check_name(value: str, where: Any, path: Path, *, one_line: bool = False) -> None:
    if one_line and LINE_BREAK.search(value):
        raise project_invalid(path, "name_break", where=where, name=_shown(value))
    hit = CONTROL_CHARS.search(value)
    if hit:
        raise project_invalid(path, "name_control", where=where, name=_shown(value),
                              char=f"U+{ord(hit.group()):04X}")


def _shown(value: str) -> str:
    text = json.dumps(value, ensure_ascii=False)[1:-1]
    return text if len(text) <= 60 else text[:57] + "…"


def _read_units(raw: RawProject, path: Path) -> Any:
    import geopandas as gpd

    try:
        units = gpd.read_file(io.BytesIO(raw.units_bytes))
    except Exception as exc:  # GDAL's many ways of refusing a file
        raise project_invalid(path, "units_unreadable", error=short_error(exc)) from exc
    if "unit_code" not in units.columns:
        raise project_invalid(path, "unit_no_code", n=1)
    if "id" in units.columns and "unit_code" in units.columns:
        units = units.drop(columns="id")
    units["unit_code"] = units["unit_code"].astype(str)
    geom = units.geometry
    bad = geom.isna() | geom.is_empty | ~geom.geom_type.isin(list(_POLYGONS))
    if bad.any():
        n = int(np.flatnonzero(bad.to_numpy())[0])
        raise project_invalid(path, "unit_geometry", n=n + 1, code=units["unit_code"].iloc[n])
    units = units.set_index("unit_code", drop=False)
    units.index.name = None
    return units.set_crs(4326, allow_override=True)


def _read_institutions(raw: RawProject, path: Path, units: Any) -> pd.DataFrame:
    member = "institutions.csv"
    try:
        inst = pd.read_csv(io.BytesIO(raw.inst_bytes), dtype={c: str for c in _TEXT_COLUMNS},
                           keep_default_na=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, ValueError,
            OverflowError, MemoryError) as exc:
        raise project_invalid(path, "inst_unreadable", error=short_error(exc)) from exc
    for column in ("inst_id", "unit_code"):
        if column not in inst.columns:
            raise project_invalid(path, "inst_column_missing", column=column)
    ids = inst["inst_id"]
    missing = ids.isna() | (ids.astype(str).str.strip() == "")
    if missing.any():
        raise project_invalid(path, "inst_id_missing", row=int(np.flatnonzero(missing)[0]) + 2)
    dup = ids.duplicated(keep=False)
    if dup.any():
        first = ids[dup].iloc[0]
        rows = [int(r) + 2 for r in np.flatnonzero((ids == first).to_numpy())]
        shown = ", ".join(str(r) for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        raise project_invalid(path, "inst_id_twice", id=first, count=len(rows), rows=shown)
    known = set(units.index)
    outside = ~inst["unit_code"].astype(str).isin(known)
    if outside.any():
        k = int(np.flatnonzero(outside.to_numpy())[0])
        raise project_invalid(path, "inst_unknown_unit", row=k + 2, id=ids.iloc[k],
                              unit=inst["unit_code"].iloc[k])
    for column in inst.columns:
        values = inst[column]
        if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            arr = values.to_numpy(dtype=float, na_value=np.nan)
            wrong = np.isinf(arr)
            if column in _NONNEGATIVE_COLUMNS:
                wrong |= arr < 0
            if wrong.any():
                k = int(np.flatnonzero(wrong)[0])
                raise project_invalid(path, "inst_number", row=k + 2, column=column,
                                      value=values.iloc[k])
        elif column in ("name", "name_kk", "inst_id", "unit_code", "type"):
            text = values.dropna().astype(str)
            hit = text[text.str.contains(CONTROL_CHARS.pattern, regex=True)]
            if len(hit):
                k = int(inst.index.get_loc(hit.index[0])) + 2
                where = Localized("project_detail.at_row", member=member, row=k)
                _check_name(hit.iloc[0], where, path)
    for col in _FLAG_COLUMNS:
        if col in inst:
            flags = inst[col].map(_flag)
            wrong = flags.isna() & inst[col].notna()
            if wrong.any():
                k = int(np.flatnonzero(wrong.to_numpy())[0])
                raise project_invalid(path, "inst_flag", row=k + 2, column=col,
                                      value=str(inst[col].iloc[k])[:40])
            inst[col] = flags
    return inst


# --- reading: the whole project ---------------------------------------------------------------
def read_raw(path: Path) -> RawProject:
    data, members, mtime = read_zip(path)
    manifest = validate_manifest(parse_json(members["manifest.json"], "manifest.json", path),
                                 path)
    units = parse_json(members["units.geojson"], "units.geojson", path)
    check_units_json(units, path)
    return RawProject(manifest=manifest, units=units, units_bytes=members["units.geojson"],
                inst_bytes=members["institutions.csv"],
                sha256=hashlib.sha256(data).hexdigest(), size=len(data), mtime_ns=mtime,
                data_key=data_key_of(manifest, members["units.geojson"],
                                   members["institutions.csv"]))


def check_project(path: str | Path) -> None:
    """The container, the manifest and the units' structure checked, nothing built: a quick
    refusal before a window opens on a damaged project."""
    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    read_raw(path)


def open_project(path: str | Path, *, replay: bool = True, clean: bool = True,
                 settlements: bool = True) -> Project:
    """Read a project; KZError('project_invalid') with the reason for anything that is not one
    of ours or is damaged. `replay`: check every stored plan against the data and its budget.
    `clean`: remove what interrupted saves left beside it. `settlements`: read the settlement
    file it names again (project_settlements; a missing or unusable one is not fatal)."""
    from kzplanner.core.io.read.project_settlements import attach_stored, stored_settlements
    from kzplanner.core.sources import StatsSource

    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    raw = read_raw(path)
    manifest = raw.manifest
    units = _read_units(raw, path)
    inst = _read_institutions(raw, path, units)
    try:
        rec_fields = {f.name for f in fields(Reconciliation)}
        rec = Reconciliation(**{k: v for k, v in (manifest.get("reconciliation") or {}).items()
                                if k in rec_fields})
        src_fields = {f.name for f in fields(Source)}
        sources = [Source(**{k: v for k, v in s.items() if k in src_fields})
                   for s in manifest.get("sources", [])]
        data_sources = [StatsSource.from_dict(s) for s in manifest.get("data_sources", [])]
    except (TypeError, ValueError) as exc:
        raise project_invalid(path, "field_value", where="manifest.json",
                              value=short_error(exc)) from exc
    ids = [s.id for s in data_sources if s.id]
    if len(set(ids)) != len(ids):
        twice = next(i for i in ids if ids.count(i) > 1)
        raise project_invalid(path, "source_twice", id=twice)
    choices = {str(k): str(v) for k, v in (manifest.get("source_choices") or {}).items()}
    for indicator, source in choices.items():
        if source not in ids:
            raise project_invalid(path, "unknown_source_ref", indicator=indicator, source=source)
    ds = Dataset(units=units, institutions=inst, groups=tuple(manifest.get("groups", [])),
                 sources=sources, reconciliation=rec,
                 illustrative=bool(manifest.get("illustrative")),
                 boundaries_predate_2018=bool(manifest.get("boundaries_predate_2018")),
                 institutions_estimated=bool(manifest.get("institutions_estimated")))
    ds.data_sources = data_sources
    ds.source_choices = choices
    scenarios = []
    for n, d in enumerate(manifest.get("scenarios", []), 1):
        _check_name(d["name"], Localized("project_detail.at_scenario", n=n), path,
                    one_line=True)
        scenarios.append(scenario_from(d, path))
    names = [s.name for s in scenarios]
    twice = [n for n in names if names.count(n) > 1]
    if twice:
        raise project_invalid(path, "scenario_twice", name=twice[0])
    active = manifest.get("active")
    if active is not None and active not in names:
        raise project_invalid(path, "unknown_active", name=active)
    project = Project(dataset=ds, scenarios=scenarios, active=active,
                      mappings=manifest.get("mappings") or {},
                      notes=manifest.get("notes") or "")
    project.settlements = stored_settlements(manifest, ds, path)
    _relocate_inputs(project, manifest.get("input_paths"), path)
    if settlements:
        attach_stored(project)
    _check_references(project, path)
    if replay:
        _replay(project, path)
    project.origin = Origin(
        path=norm_path(path), sha256=raw.sha256, size=raw.size, mtime_ns=raw.mtime_ns,
        scenarios={s.name: canon(scenario_dict(s)) for s in scenarios},
        data_key=raw.data_key, notes=project.notes, mappings=canon(project.mappings),
        dataset=ds)
    if clean:
        remove_stale_temp_files(path)
    return project


def _relocate_inputs(project: Project, relative: Any, path: Path) -> None:
    """Inputs saved on another laptop (another user folder, drive letter or share) are looked
    for relative to the project and beside it; found ones take their new path, missing ones are
    listed in project.inputs for a "file moved" prompt (the data itself is in the project)."""
    from dataclasses import replace

    from kzplanner.core.io.winpath import relocate_inputs

    ds = project.dataset
    rel = {str(k): str(v) for k, v in relative.items()} if isinstance(relative, dict) else {}
    files = [str(s.file) for s in [*ds.sources, *ds.data_sources] if s.file]
    if project.settlements and project.settlements["file"] not in files:
        files.append(project.settlements["file"])
    project.inputs = relocate_inputs(files, rel, path)

    def moved(file: str) -> str:
        found, how = project.inputs.get(str(file), (None, "missing"))
        return found if found is not None and how != "as_saved" else file

    ds.sources = [replace(s, file=moved(s.file)) for s in ds.sources]  # frozen records
    for s in ds.data_sources:
        s.file = moved(s.file)


def _check_references(project: Project, path: Path) -> None:
    """Every unit, group and institution a stored plan names exists in the project's data."""
    from kzplanner.core.planning.parameters import INSTRUMENTS, STRATEGIES

    ds = project.dataset
    units = set(ds.units.index.astype(str))
    groups = set(ds.groups)
    institutions = set(ds.institutions["inst_id"].astype(str))
    methods = set(STRATEGIES) | set(SOLVER_METHODS)
    for s in project.scenarios:
        a = s.allocation
        if a is None:
            continue
        for unit, instrument, group, _count in a.vouchers:
            if unit not in units:
                raise project_invalid(path, "unknown_unit_ref", name=s.name, unit=unit)
            if instrument not in INSTRUMENTS or instrument == "kit":
                raise project_invalid(path, "unknown_instrument", name=s.name,
                                      instrument=instrument)
            if group not in groups:
                raise project_invalid(path, "unknown_group_ref", name=s.name, group=group)
        for kit in a.kits:
            if kit not in institutions:
                raise project_invalid(path, "unknown_kit_ref", name=s.name, id=kit)
        method = str(a.solver.get("method", "manual"))
        if method not in methods:
            raise project_invalid(path, "unknown_solver_method", name=s.name, method=method)


def _replay(project: Project, path: Path) -> None:
    """Each stored plan replays on the data within its budget (a manual edit may overspend: the
    window shows it in red); the data can be planned on at all."""
    from kzplanner.core.formatting import format_number
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.parameters import PlanParams

    ds = project.dataset
    todo = [s for s in project.scenarios if s.allocation is not None] or \
        [Scenario("", project.scenarios[0].params if project.scenarios else PlanParams())]
    for s in todo:
        try:
            items = build_items(ds, s.params)
            if s.allocation is None:
                continue
            result = s.allocation.apply(ds, s.params, items)
        except KZError as exc:
            raise project_invalid(path, "data_unplannable", problem=exc) from exc
        except KeyError as exc:
            problem = Localized("project_detail.column_missing", column=str(exc).strip("'\""))
            raise project_invalid(path, "data_unplannable", problem=problem) from exc
        except (TypeError, ValueError, AttributeError, IndexError, ZeroDivisionError,
                OverflowError) as exc:
            raise project_invalid(path, "data_unplannable", problem=short_error(exc)) from exc
        method = str(s.allocation.solver.get("method", "manual"))
        spent, budget = float(result.summary["spent"]), float(s.params.budget_kzt)
        if method != "manual" and spent > budget * (1 + 1e-9) + 1.0:
            raise project_invalid(path, "over_budget", name=s.name, method=method,
                                  spent=format_number(spent, "en"),
                                  budget=format_number(budget, "en"))


def _flag(value: Any) -> bool | None:
    if isinstance(value, str):
        return {"True": True, "False": False}.get(value)
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    return None
