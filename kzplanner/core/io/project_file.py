"""The project file (.kzp): data as loaded, provenance, scenarios; a zip of JSON/GeoJSON/CSV.

Nothing in it is executed on load (no pickle); members are read by name with size limits; saves
are atomic. Schema changes bump PROJECT_SCHEMA and add a migration step to _MIGRATIONS.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import pandas as pd

from kzplanner import __version__
from kzplanner.core.dataset import Dataset, Reconciliation, Source
from kzplanner.core.io.atomic import write_atomically
from kzplanner.core.io.params_file import params_from_dict, params_to_dict
from kzplanner.core.scenario import Allocation, Scenario
from kzplanner.errors import KZError

FORMAT = "kzplanner-project"
# Bump when a member or key changes meaning; add a function old → new to _MIGRATIONS.
PROJECT_SCHEMA = 2


def _schema_1_to_2(manifest: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 keeps the list of statistics sources (core.sources) and the planner's choice
    of source per indicator. A schema-1 project had one statistics file: it becomes the one
    source, with the wizard's mapping when the project kept one for that file."""
    out = dict(manifest)
    stats = [s for s in manifest.get("sources", []) if isinstance(s, dict)
             and s.get("kind") == "statistics"]
    mappings = manifest.get("mappings") or {}
    out["data_sources"] = [
        {"id": f"s{k + 1}", "file": s.get("file", ""), "sheet": s.get("sheet"),
         "cells": s.get("cells") or "", "illustrative": bool(s.get("illustrative")),
         "mapping": mappings.get(s.get("file", "")) if isinstance(mappings, dict) else None}
        for k, s in enumerate(stats)]
    out["source_choices"] = {}
    return out


_MIGRATIONS: dict[int, Any] = {1: _schema_1_to_2}
_MAX_MEMBER_BYTES = 512 * 1024 * 1024
_TEXT_COLUMNS = ("inst_id", "name", "name_kk", "type", "unit_code", "area_type",
                 "connection_type")


@dataclass
class Project:
    """Everything a planner carries to another laptop."""

    dataset: Dataset
    scenarios: list[Scenario] = field(default_factory=list)
    active: str | None = None
    mappings: dict[str, Any] = field(default_factory=dict)
    notes: str = ""

    def scenario(self, name: str) -> Scenario:
        for s in self.scenarios:
            if s.name == name:
                return s
        raise KZError("scenario_missing", detail=name,
                      extra={"known": [s.name for s in self.scenarios]})

    def put(self, scenario: Scenario) -> None:
        """Add or replace the scenario of that name."""
        self.scenarios = [s for s in self.scenarios if s.name != scenario.name] + [scenario]


def _scenario_dict(s: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {"name": s.name, "notes": s.notes, "created": s.created,
                           "chosen": s.chosen, "params": params_to_dict(s.params)}
    if s.allocation is not None:
        out["allocation"] = {"vouchers": [list(v) for v in s.allocation.vouchers],
                             "kits": list(s.allocation.kits), "solver": s.allocation.solver}
    return out


def _scenario_from(d: dict[str, Any]) -> Scenario:
    alloc = d.get("allocation")
    allocation = None
    if alloc is not None:
        allocation = Allocation(
            vouchers=tuple((str(u), str(i), str(g), int(c)) for u, i, g, c in alloc["vouchers"]),
            kits=tuple(str(k) for k in alloc["kits"]), solver=dict(alloc.get("solver", {})))
    return Scenario(name=str(d["name"]), params=params_from_dict(d["params"]),
                    allocation=allocation, notes=str(d.get("notes", "")),
                    created=str(d.get("created", "")), chosen=bool(d.get("chosen", False)))


def save_project(path: str | Path, project: Project) -> Path:
    """Write the project atomically (beside the target, then replace)."""
    ds = project.dataset
    manifest = {
        "format": FORMAT, "schema": PROJECT_SCHEMA, "app_version": __version__,
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        "groups": list(ds.groups), "illustrative": ds.illustrative,
        "boundaries_predate_2018": ds.boundaries_predate_2018,
        "institutions_estimated": ds.institutions_estimated,
        "sources": [asdict(s) for s in ds.sources],
        "data_sources": [s.as_dict() if hasattr(s, "as_dict") else dict(s)
                         for s in ds.data_sources],
        "source_choices": dict(ds.source_choices),
        "reconciliation": asdict(ds.reconciliation),
        "scenarios": [_scenario_dict(s) for s in project.scenarios],
        "active": project.active, "mappings": project.mappings, "notes": project.notes,
    }
    units_json = ds.units.to_json(drop_id=False, ensure_ascii=False)
    inst_csv = ds.institutions.to_csv(index=False)

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1,
                                                    default=_json_default))
            zf.writestr("units.geojson", units_json)
            zf.writestr("institutions.csv", inst_csv)

    return write_atomically(path, write)


def _json_default(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def _read_member(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise KZError("project_invalid", file=str(path), detail=f"missing {name}") from None
    if info.file_size > _MAX_MEMBER_BYTES:
        raise KZError("project_invalid", file=str(path), detail=f"{name} is too large")
    return zf.read(name)


def open_project(path: str | Path) -> Project:
    """Read a project; KZError('project_invalid') for anything that is not one of ours."""
    import geopandas as gpd

    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(_read_member(zf, "manifest.json", path).decode("utf-8"))
            units_bytes = _read_member(zf, "units.geojson", path)
            inst_bytes = _read_member(zf, "institutions.csv", path)
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KZError("project_invalid", file=str(path), detail=type(exc).__name__) from exc
    if manifest.get("format") != FORMAT:
        raise KZError("project_invalid", file=str(path), detail="not a KZ Planner project")
    schema = int(manifest.get("schema", 0))
    if schema > PROJECT_SCHEMA:
        raise KZError("project_invalid", file=str(path),
                      detail=f"saved by a newer KZ Planner (schema {schema})")
    while schema < PROJECT_SCHEMA:
        manifest = _MIGRATIONS[schema](manifest)
        schema += 1
    units = gpd.read_file(io.BytesIO(units_bytes))
    if "id" in units.columns and "unit_code" in units.columns:
        units = units.drop(columns="id")
    units["unit_code"] = units["unit_code"].astype(str)
    units = units.set_index("unit_code", drop=False)
    units.index.name = None
    units = units.set_crs(4326, allow_override=True)
    inst = pd.read_csv(io.BytesIO(inst_bytes), dtype={c: str for c in _TEXT_COLUMNS},
                       keep_default_na=True)
    for col in ("connected", "has_equipment", "has_licences"):
        if col in inst:
            inst[col] = inst[col].map(_flag)
    rec_fields = {f.name for f in fields(Reconciliation)}
    rec = Reconciliation(**{k: v for k, v in manifest.get("reconciliation", {}).items()
                            if k in rec_fields})
    src_fields = {f.name for f in fields(Source)}
    sources = [Source(**{k: v for k, v in s.items() if k in src_fields})
               for s in manifest.get("sources", [])]
    ds = Dataset(units=units, institutions=inst, groups=tuple(manifest.get("groups", [])),
                 sources=sources, reconciliation=rec,
                 illustrative=bool(manifest.get("illustrative")),
                 boundaries_predate_2018=bool(manifest.get("boundaries_predate_2018")),
                 institutions_estimated=bool(manifest.get("institutions_estimated")))
    from kzplanner.core.sources import StatsSource

    ds.data_sources = [StatsSource.from_dict(s) for s in manifest.get("data_sources", [])
                       if isinstance(s, dict)]
    ds.source_choices = {str(k): str(v) for k, v in
                         (manifest.get("source_choices") or {}).items()}
    scenarios = [_scenario_from(d) for d in manifest.get("scenarios", [])]
    return Project(dataset=ds, scenarios=scenarios, active=manifest.get("active"),
                   mappings=manifest.get("mappings", {}), notes=manifest.get("notes", ""))


def _flag(value: Any) -> bool | None:
    if isinstance(value, str):
        return {"True": True, "False": False}.get(value)
    if isinstance(value, bool):
        return value
    return None
