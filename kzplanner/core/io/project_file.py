"""The project file (.kzp): data as loaded, provenance, scenarios; a zip of JSON/GeoJSON/CSV.

Nothing in it is executed on load (no pickle). Before anything is built from a file it is
checked: a regular zip of at most a few members, each read by name with a size limit (a symbolic
link is refused), JSON nested at most MAX_DEPTH deep with finite numbers only, the manifest
against MANIFEST_SCHEMA (jsonschema), the units as a feature collection of polygons with unique
codes, the register as a table with unique ids in known units, names as one line of text, and
every stored plan against the data it names (units, groups, institutions) and its budget. Every
problem is a KZError('project_invalid') whose detail says which, in the reader's language.

Saves are atomic and check that the file on disk is still the version this project was read
from (size, time and content hash in `Project.origin`): when another window or process wrote it
since, the scenarios are merged (new ones from both sides kept) or, when both sides changed the
same scenario or the data, the save is refused with KZError('project_changed'). Schema changes
bump PROJECT_SCHEMA and add a migration step to _MIGRATIONS.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import math
import os
import re
import stat
import zipfile
from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kzplanner import __version__
from kzplanner.core.dataset import Dataset, Source
from kzplanner.core.io.params_file import params_from_dict, params_to_dict
from kzplanner.core.io.project_errors import DetailedError, Localized, project_invalid
from kzplanner.core.io.project_lock import remove_stale_temp_files
from kzplanner.core.io.write.atomic import write_atomically
from kzplanner.core.reconciliation import Reconciliation
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
MEMBERS = ("manifest.json", "units.geojson", "institutions.csv")
_MB = 1024 * 1024
MAX_FILE_BYTES = 1024 * _MB
MAX_MEMBER_BYTES = {"manifest.json": 64 * _MB, "units.geojson": 512 * _MB,
                    "institutions.csv": 256 * _MB}
MAX_MEMBERS = 64
MAX_DEPTH = 64  # JSON nesting; a MultiPolygon feature collection needs 8
_TEXT_COLUMNS = ("inst_id", "name", "name_kk", "type", "unit_code", "area_type",
                 "connection_type")
_FLAG_COLUMNS = ("connected", "has_equipment", "has_licences")
_NONNEGATIVE_COLUMNS = ("people_served", "download_mbps", "kit_cost")
# How a statistics row was matched (core.reconcile.Match.method).
MATCH_METHODS = ("code", "exact", "rule", "fuzzy", "decision", "crosswalk", "summed_up",
                 "unmatched", "excluded", "total", "header", "above_level", "below_level",
                 "outside", "ambiguous", "wrong_parent", "duplicate", "pre_reform")
# How a stored plan was made, besides the strategies' own names.
SOLVER_METHODS = ("milp", "envelopes", "manual", "none", "stored")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x85]")


@dataclass
class Origin:
    """The version of the file a project was read from (or None: the file did not exist)."""

    path: str
    sha256: str | None = None
    size: int | None = None
    mtime_ns: int | None = None
    scenarios: dict[str, str] = field(default_factory=dict)  # name → canonical JSON
    data_key: str = ""
    notes: str = ""
    mappings: str = ""  # canonical JSON
    dataset: Any = field(default=None, repr=False, compare=False)  # the Dataset as read

    @classmethod
    def absent(cls, path: str | Path) -> Origin:
        return cls(path=_norm(path))

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("dataset", None)
        return out

    @classmethod
    def from_dict(cls, data: Any) -> Origin | None:
        if not isinstance(data, dict) or not isinstance(data.get("path"), str):
            return None
        known = {f.name for f in fields(cls)} - {"dataset"}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except TypeError:
            return None


@dataclass
class Project:
    """Everything a planner carries to another laptop."""

    dataset: Dataset
    scenarios: list[Scenario] = field(default_factory=list)
    active: str | None = None
    mappings: dict[str, Any] = field(default_factory=dict)
    notes: str = ""
    # the file version this project was read from or last saved as (checked on every save)
    origin: Origin | None = field(default=None, repr=False, compare=False)
    # scenarios that a save took over from another window's or process's version of the file
    merged: list[str] = field(default_factory=list, repr=False, compare=False)

    def scenario(self, name: str) -> Scenario:
        for s in self.scenarios:
            if s.name == name:
                return s
        raise KZError("scenario_missing", detail=name,
                      extra={"known": [s.name for s in self.scenarios]})

    def put(self, scenario: Scenario) -> None:
        """Add or replace the scenario of that name."""
        self.scenarios = [s for s in self.scenarios if s.name != scenario.name] + [scenario]


def _norm(path: str | Path) -> str:
    return os.path.normcase(os.path.abspath(str(path)))


def check_scenario_name(name: str) -> None:
    """KZError('scenario_name_invalid') for a name that is not one line of plain text."""
    if not isinstance(name, str) or not name.strip() or _LINE_BREAK.search(name) \
            or _CONTROL.search(name) or len(name) > 500:
        shown = json.dumps(str(name), ensure_ascii=False)[:120]
        raise KZError("scenario_name_invalid", detail=shown)


def _scenario_dict(s: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {"name": s.name, "notes": s.notes, "created": s.created,
                           "chosen": s.chosen, "params": params_to_dict(s.params)}
    if s.allocation is not None:
        out["allocation"] = {"vouchers": [list(v) for v in s.allocation.vouchers],
                             "kits": list(s.allocation.kits), "solver": s.allocation.solver}
    return out


def _canon(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_default)


def _scenario_from(d: dict[str, Any], path: Path) -> Scenario:
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
        problem = Localized("project_detail.params_broken", error=_short(exc))
        raise project_invalid(path, "scenario_params", name=name, problem=problem) from exc
    return Scenario(name=name, params=params, allocation=allocation,
                    notes=str(d.get("notes", "")), created=str(d.get("created", "")),
                    chosen=bool(d.get("chosen", False)))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:150]}" if text else type(exc).__name__


# --- saving -----------------------------------------------------------------------------------
def _data_manifest(ds: Dataset) -> dict[str, Any]:
    return {
        "groups": list(ds.groups), "illustrative": ds.illustrative,
        "boundaries_predate_2018": ds.boundaries_predate_2018,
        "institutions_estimated": ds.institutions_estimated,
        "sources": [asdict(s) for s in ds.sources],
        "data_sources": [s.as_dict() if hasattr(s, "as_dict") else dict(s)
                         for s in ds.data_sources],
        "source_choices": dict(ds.source_choices),
        "reconciliation": asdict(ds.reconciliation),
    }


_DATA_KEYS = ("groups", "illustrative", "boundaries_predate_2018", "institutions_estimated",
              "sources", "data_sources", "source_choices", "reconciliation")


def _data_key(manifest: dict[str, Any], units: bytes, inst: bytes) -> str:
    h = hashlib.sha256()
    h.update(_canon({k: manifest.get(k) for k in _DATA_KEYS}).encode("utf-8"))
    h.update(hashlib.sha256(units).digest())
    h.update(hashlib.sha256(inst).digest())
    return h.hexdigest()


def _payload(ds: Dataset) -> tuple[dict[str, Any], bytes, bytes]:
    units = ds.units.to_json(drop_id=False, ensure_ascii=False).encode("utf-8")
    inst = ds.institutions.to_csv(index=False).encode("utf-8")
    return _data_manifest(ds), units, inst


def _check_names_for_save(project: Project) -> None:
    for s in project.scenarios:
        check_scenario_name(s.name)


def save_project(path: str | Path, project: Project, *, check: bool = True) -> Path:
    """Write the project atomically (beside the target, then replace).

    With `check`, a target that is the file the project was read from must still be that version;
    if another window or process wrote it since, their new scenarios are merged into `project`
    (listed in `project.merged`), or KZError('project_changed') says why they cannot be. The
    target keeps its permissions. `project.origin` becomes the version written.
    """
    path = Path(path)
    _check_names_for_save(project)
    project.merged = []
    origin = project.origin
    checking = check and origin is not None and origin.path == _norm(path)
    expected = origin.sha256 if (checking and origin is not None) else None
    if checking and origin is not None:
        expected = _reconcile_with_disk(path, project, origin)
    ds = project.dataset
    data_manifest, units_bytes, inst_bytes = _payload(ds)
    scenario_dicts = [_scenario_dict(s) for s in project.scenarios]
    manifest = {
        "format": FORMAT, "schema": PROJECT_SCHEMA, "app_version": __version__,
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        **data_manifest,
        "scenarios": scenario_dicts,
        "active": project.active, "mappings": project.mappings, "notes": project.notes,
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1,
                                default=_json_default).encode("utf-8")
    written: dict[str, str] = {}

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", manifest_bytes)
            zf.writestr("units.geojson", units_bytes)
            zf.writestr("institutions.csv", inst_bytes)
        written["sha256"] = _sha256_file(tmp)
        _keep_mode(tmp, path)
        if checking:  # the last moment before the swap: nobody wrote it meanwhile
            now = fingerprint(path)
            if (now[2] if now else None) != expected:
                raise DetailedError("project_changed",
                                    Localized("project_detail.written_meanwhile"),
                                    file=str(path))

    write_atomically(path, write)
    try:
        st = path.stat()
        size, mtime = st.st_size, st.st_mtime_ns
    except OSError:
        size = mtime = None
    manifest_for_key = json.loads(json.dumps(data_manifest, default=_json_default))
    project.origin = Origin(
        path=_norm(path), sha256=written.get("sha256"), size=size, mtime_ns=mtime,
        scenarios={d["name"]: _canon(d) for d in scenario_dicts},
        data_key=_data_key(manifest_for_key, units_bytes, inst_bytes),
        notes=project.notes, mappings=_canon(project.mappings), dataset=ds)
    return path


def _keep_mode(tmp: Path, target: Path) -> None:
    """The replaced project keeps its permissions (a 0664 file stays 0664)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fingerprint(path: str | Path) -> tuple[int, int, str] | None:
    """(size, mtime in ns, SHA-256) of the file now, or None when there is none."""
    path = Path(path)
    try:
        st = path.stat()
        return st.st_size, st.st_mtime_ns, _sha256_file(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _reconcile_with_disk(path: Path, mine: Project, origin: Origin) -> str | None:
    """Merge what another writer put in `path` since `origin` into `mine`; the SHA-256 the
    file must still have at the swap."""
    now = fingerprint(path)
    if now is None or now[2] == origin.sha256:
        return None if now is None else now[2]
    try:
        theirs = open_project(path, replay=False, clean=False)
    except KZError as exc:
        raise DetailedError("project_changed",
                            Localized("project_detail.unreadable_now", error=exc),
                            file=str(path)) from exc
    assert theirs.origin is not None
    conflicts: list[str] = []
    # data: theirs unchanged, or the same as ours
    if origin.sha256 is not None and theirs.origin.data_key == origin.data_key:
        pass  # they changed scenarios only
    elif _payload(mine.dataset) == _payload(theirs.dataset):
        pass
    elif origin.dataset is not None and _payload(origin.dataset) == _payload(theirs.dataset):
        pass  # re-serialised the same data
    else:
        raise DetailedError("project_changed", Localized("project_detail.data_changed"),
                            file=str(path))
    base = dict(origin.scenarios)
    mine_by = {s.name: s for s in mine.scenarios}
    theirs_by = {s.name: s for s in theirs.scenarios}
    mine_c = {n: _canon(_scenario_dict(s)) for n, s in mine_by.items()}
    theirs_c = {n: _canon(_scenario_dict(s)) for n, s in theirs_by.items()}
    result: dict[str, Scenario] = {}
    taken: list[str] = []
    for name in list(mine_by) + [n for n in theirs_by if n not in mine_by]:
        b, m, t = base.get(name), mine_c.get(name), theirs_c.get(name)
        if m == t:
            if name in mine_by:
                result[name] = mine_by[name]
        elif m == b:  # only they changed (or added, or deleted) it
            if name in theirs_by:
                result[name] = theirs_by[name]
                taken.append(name)
        elif t == b:  # only we did
            if name in mine_by:
                result[name] = mine_by[name]
        else:
            conflicts.append(name)
    if conflicts:
        names = ", ".join(f"“{n}”" for n in conflicts)
        raise DetailedError("project_changed",
                            Localized("project_detail.same_scenarios", names=names),
                            file=str(path), extra={"scenarios": conflicts})
    mine_notes_changed = mine.notes != origin.notes
    if theirs.notes != origin.notes:
        if mine_notes_changed and mine.notes != theirs.notes:
            raise DetailedError("project_changed", Localized("project_detail.notes_changed"),
                                file=str(path))
        mine.notes = theirs.notes
    if _canon(theirs.mappings) != origin.mappings and _canon(mine.mappings) == origin.mappings:
        mine.mappings = theirs.mappings
    mine.scenarios = list(result.values())
    if mine.active not in result:
        mine.active = theirs.active if theirs.active in result else \
            (next(iter(result)) if result else None)
    mine.merged = taken
    return now[2]


def _json_default(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


# --- reading: the container -------------------------------------------------------------------
@dataclass
class _Raw:
    manifest: dict[str, Any]
    units: dict[str, Any]
    units_bytes: bytes
    inst_bytes: bytes
    sha256: str
    size: int
    mtime_ns: int
    data_key: str


def _read_zip(path: Path) -> tuple[bytes, dict[str, bytes], int]:
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if st.st_size > MAX_FILE_BYTES:
                raise project_invalid(path, "file_too_large", limit=MAX_FILE_BYTES // _MB)
            data = fh.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError as exc:
        raise KZError("path_is_folder", file=str(path)) from exc
    except PermissionError as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    if len(data) > MAX_FILE_BYTES:
        raise project_invalid(path, "file_too_large", limit=MAX_FILE_BYTES // _MB)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise project_invalid(path, "not_zip") from exc
    members: dict[str, bytes] = {}
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise project_invalid(path, "too_many_members", count=len(infos))
        by_name = {i.filename: i for i in infos}
        if "manifest.json" not in by_name:
            raise project_invalid(path, "not_ours")
        for name in MEMBERS:
            info = by_name.get(name)
            if info is None:
                raise project_invalid(path, "member_missing", member=name)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise project_invalid(path, "symlink", member=name)
            if info.is_dir():
                raise project_invalid(path, "member_missing", member=name)
            limit = MAX_MEMBER_BYTES[name]
            if info.file_size > limit:
                raise project_invalid(path, "member_too_large", member=name, limit=limit // _MB)
            try:
                with zf.open(info) as fh:
                    content = fh.read(limit + 1)  # the header's size is not trusted
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError,
                    EOFError) as exc:
                raise project_invalid(path, "not_zip") from exc
            except Exception as exc:  # zlib.error and other decompression failures
                raise project_invalid(path, "not_zip") from exc
            if len(content) > limit:
                raise project_invalid(path, "member_too_large", member=name, limit=limit // _MB)
            members[name] = content
    return data, members, st.st_mtime_ns


_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def json_depth(data: bytes) -> int:
    """How deep arrays and objects nest in JSON text (strings ignored), without parsing it."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    arr = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((arr == ord("[")) | (arr == ord("{")), 1, -1).astype(np.int64)
    return int(np.cumsum(steps).max())


class _NotFinite(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def _bounded_int(text: str) -> int:
    if len(text) > 40:
        raise _NotFinite(text[:20] + "…")
    return int(text)


def _reject_constant(text: str) -> Any:
    raise _NotFinite(text)


def parse_json(data: bytes, member: str, path: Path) -> Any:
    """JSON of a project member, or KZError('project_invalid') naming the problem."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise project_invalid(path, "not_text", member=member) from exc
    if json_depth(data) > MAX_DEPTH:
        raise project_invalid(path, "too_deep", member=member, limit=MAX_DEPTH)
    try:
        return json.loads(text, parse_float=_finite_float, parse_int=_bounded_int,
                          parse_constant=_reject_constant)
    except _NotFinite as exc:
        raise project_invalid(path, "not_finite", where=member, value=exc.text[:40]) from exc
    except json.JSONDecodeError as exc:
        raise project_invalid(path, "not_json", member=member, line=exc.lineno,
                              col=exc.colno) from exc
    except (RecursionError, ValueError) as exc:
        raise project_invalid(path, "too_deep", member=member, limit=MAX_DEPTH) from exc


# --- reading: the manifest against its schema -------------------------------------------------
_KINDS = {"object": "object", "array": "array", "string": "string", "integer": "integer",
          "number": "number", "boolean": "boolean", "null": "null"}


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _kind(name: str) -> Localized:
    return Localized(f"project_detail.kind_{_KINDS.get(name, 'object')}")


def _reconciliation_schema() -> dict[str, Any]:
    props: dict[str, Any] = {}
    for f in fields(Reconciliation):
        default: Any = f.default
        if default is MISSING and f.default_factory is not MISSING:
            default = f.default_factory()
        if isinstance(default, bool):
            props[f.name] = {"type": "boolean"}
        elif isinstance(default, int):
            props[f.name] = {"type": "integer", "minimum": 0}
        elif isinstance(default, list):
            props[f.name] = {"type": "array"}
        elif isinstance(default, dict):
            props[f.name] = {"type": "object"}
    props["matches"] = {"type": "array", "items": {
        "type": "object", "required": ["method"],
        "properties": {"method": {"enum": list(MATCH_METHODS)},
                       "label": {"type": ["string", "number", "null"]},
                       "unit_code": {"type": ["string", "null"]}}}}
    props["issues"] = {"type": "array", "items": {
        "type": "object", "required": ["severity", "code"],
        "properties": {"severity": {"type": "string"}, "code": {"type": "string"}}}}
    return {"type": "object", "properties": props}


_TEXT = {"type": "string", "maxLength": 100_000}
_OPT_TEXT = {"type": ["string", "null"], "maxLength": 100_000}


@lru_cache(maxsize=1)
def manifest_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of manifest.json at PROJECT_SCHEMA."""
    allocation = {
        "type": ["object", "null"], "required": ["vouchers", "kits"],
        "properties": {
            "vouchers": {"type": "array", "items": {
                "type": "array", "minItems": 4, "maxItems": 4,
                "prefixItems": [{"type": ["string", "integer"]}, {"type": "string"},
                                {"type": "string"}, {"type": "integer", "minimum": 0}]}},
            "kits": {"type": "array", "items": {"type": ["string", "integer"]}},
            "solver": {"type": ["object", "null"], "properties": {
                "method": {"type": "string"}}},
        }}
    scenario = {
        "type": "object", "required": ["name", "params"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 500},
            "notes": _TEXT, "created": _TEXT, "chosen": {"type": "boolean"},
            "params": {"type": "object"},
            "allocation": allocation,
        }}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["format", "schema"],
        "properties": {
            "format": {"const": FORMAT},
            "schema": {"type": "integer", "minimum": 1, "maximum": PROJECT_SCHEMA},
            "app_version": _TEXT, "saved_at": _TEXT,
            "groups": {"type": "array", "maxItems": 200, "items": {"type": "string"}},
            "illustrative": {"type": "boolean"},
            "boundaries_predate_2018": {"type": "boolean"},
            "institutions_estimated": {"type": "boolean"},
            "sources": {"type": "array", "items": {
                "type": "object", "required": ["kind", "file"],
                "properties": {"kind": {"type": "string"}, "file": _TEXT, "sheet": _OPT_TEXT,
                               "cells": _OPT_TEXT, "attribution": _TEXT,
                               "illustrative": {"type": "boolean"}}}},
            "data_sources": {"type": "array", "items": {
                "type": "object", "required": ["file"],
                "properties": {"file": _TEXT, "id": _TEXT, "sheet": _OPT_TEXT,
                               "mapping": {"type": ["object", "null"]},
                               "year": {"type": ["string", "integer", "null"]},
                               "decisions": {"type": "object"},
                               "indicators": {"type": "array", "items": {"type": "string"}},
                               "used": {"type": "array", "items": {"type": "string"}}}}},
            "source_choices": {"type": "object", "additionalProperties": {"type": "string"}},
            "reconciliation": _reconciliation_schema(),
            "scenarios": {"type": "array", "maxItems": 10_000, "items": scenario},
            "active": {"type": ["string", "null"]},
            "mappings": {"type": ["object", "null"]},
            "notes": {"type": ["string", "null"], "maxLength": 1_000_000},
        },
    }


def _where(error_path: Any) -> str:
    out = "manifest.json"
    for part in error_path:
        out += f"[{part}]" if isinstance(part, int) else f" › {part}"
    return out


def _schema_error(path: Path, error: Any) -> DetailedError:
    where = _where(error.absolute_path)
    if error.validator == "required":
        missing = next((p for p in error.validator_value
                        if isinstance(error.instance, dict) and p not in error.instance), "?")
        return project_invalid(path, "field_missing", where=where, field=missing)
    if error.validator == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else list(expected)
        return project_invalid(path, "field_kind", where=where,
                               expected=_kind(expected[0]), found=_kind(_kind_of(error.instance)))
    shown = json.dumps(error.instance, ensure_ascii=False, default=str)
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return project_invalid(path, "field_value", where=where, value=shown)


def validate_manifest(manifest: Any, path: Path) -> dict[str, Any]:
    """The manifest checked and migrated to PROJECT_SCHEMA, or KZError('project_invalid')."""
    if not isinstance(manifest, dict):
        raise project_invalid(path, "manifest_kind", kind=_kind(_kind_of(manifest)))
    if manifest.get("format") != FORMAT:
        raise project_invalid(path, "not_ours")
    schema = manifest.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise project_invalid(path, "schema_not_number", value=str(schema)[:40])
    if schema > PROJECT_SCHEMA:
        raise project_invalid(path, "schema_newer", value=schema)
    if schema < 1 or (schema < PROJECT_SCHEMA and any(
            s not in _MIGRATIONS for s in range(schema, PROJECT_SCHEMA))):
        raise project_invalid(path, "schema_unknown", value=schema, latest=PROJECT_SCHEMA)
    while schema < PROJECT_SCHEMA:
        try:
            manifest = _MIGRATIONS[schema](manifest)
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            raise project_invalid(path, "field_value", where="manifest.json",
                                  value=_short(exc)) from exc
        schema += 1
        manifest["schema"] = schema
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(manifest_schema())
    error = best_match(validator.iter_errors(manifest))
    if error is not None:
        raise _schema_error(path, error)
    return manifest


# --- reading: the units and the register ------------------------------------------------------
_POLYGONS = ("Polygon", "MultiPolygon")


def _check_units_json(units: Any, path: Path) -> None:
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
            raise project_invalid(path, "field_kind", where=where, expected=_kind("object"),
                                  found=_kind(_kind_of(feat)))
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
    if one_line and _LINE_BREAK.search(value):
        raise project_invalid(path, "name_break", where=where, name=_shown(value))
    hit = _CONTROL.search(value)
    if hit:
        raise project_invalid(path, "name_control", where=where, name=_shown(value),
                              char=f"U+{ord(hit.group()):04X}")


def _shown(value: str) -> str:
    text = json.dumps(value, ensure_ascii=False)[1:-1]
    return text if len(text) <= 60 else text[:57] + "…"


def _read_units(raw: _Raw, path: Path) -> Any:
    import geopandas as gpd

    try:
        units = gpd.read_file(io.BytesIO(raw.units_bytes))
    except Exception as exc:  # GDAL's many ways of refusing a file
        raise project_invalid(path, "units_unreadable", error=_short(exc)) from exc
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


def _read_institutions(raw: _Raw, path: Path, units: Any) -> pd.DataFrame:
    member = "institutions.csv"
    try:
        inst = pd.read_csv(io.BytesIO(raw.inst_bytes), dtype={c: str for c in _TEXT_COLUMNS},
                           keep_default_na=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, ValueError,
            OverflowError, MemoryError) as exc:
        raise project_invalid(path, "inst_unreadable", error=_short(exc)) from exc
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
            hit = text[text.str.contains(_CONTROL.pattern, regex=True)]
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
def _read_raw(path: Path) -> _Raw:
    data, members, mtime = _read_zip(path)
    manifest = validate_manifest(parse_json(members["manifest.json"], "manifest.json", path),
                                 path)
    units = parse_json(members["units.geojson"], "units.geojson", path)
    _check_units_json(units, path)
    return _Raw(manifest=manifest, units=units, units_bytes=members["units.geojson"],
                inst_bytes=members["institutions.csv"],
                sha256=hashlib.sha256(data).hexdigest(), size=len(data), mtime_ns=mtime,
                data_key=_data_key(manifest, members["units.geojson"],
                                   members["institutions.csv"]))


def check_project(path: str | Path) -> None:
    """The container, the manifest and the units' structure checked, nothing built: a quick
    refusal before a window opens on a damaged project."""
    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    _read_raw(path)


def open_project(path: str | Path, *, replay: bool = True, clean: bool = True) -> Project:
    """Read a project; KZError('project_invalid') with the reason for anything that is not one
    of ours or is damaged. `replay`: check every stored plan against the data and its budget.
    `clean`: remove what interrupted saves left beside it."""
    from kzplanner.core.sources import StatsSource

    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    raw = _read_raw(path)
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
                              value=_short(exc)) from exc
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
        scenarios.append(_scenario_from(d, path))
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
    _check_references(project, path)
    if replay:
        _replay(project, path)
    project.origin = Origin(
        path=_norm(path), sha256=raw.sha256, size=raw.size, mtime_ns=raw.mtime_ns,
        scenarios={s.name: _canon(_scenario_dict(s)) for s in scenarios},
        data_key=raw.data_key, notes=project.notes, mappings=_canon(project.mappings),
        dataset=ds)
    if clean:
        remove_stale_temp_files(path)
    return project


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
            raise project_invalid(path, "data_unplannable", problem=_short(exc)) from exc
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
