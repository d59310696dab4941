"""Saving a project file (.kzp) atomically, checking that the file on disk is still the version
the project was read from (size, time and content hash in `Project.origin`): when another window
or process wrote it since, the scenarios are merged (new ones from both sides kept) or, when both
sides changed the same scenario or the data, the save is refused with KZError('project_changed').
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kzplanner import __version__
from kzplanner.core.dataset import Dataset
from kzplanner.core.io.project_errors import DetailedError, Localized
from kzplanner.core.io.project_model import (
    FORMAT,
    PROJECT_SCHEMA,
    Origin,
    Project,
    canon,
    check_scenario_name,
    data_key_of,
    json_default,
    norm_path,
    scenario_dict,
)
from kzplanner.core.io.read.project_open import open_project
from kzplanner.core.io.winpath import input_paths_for
from kzplanner.core.io.write.atomic import write_atomically
from kzplanner.core.scenario import Scenario
from kzplanner.core.settlements.attach import settlement_record
from kzplanner.errors import KZError


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


def _payload(ds: Dataset) -> tuple[dict[str, Any], bytes, bytes]:
    units = ds.units.to_json(drop_id=False, ensure_ascii=False).encode("utf-8")
    inst = ds.institutions.to_csv(index=False).encode("utf-8")
    return _data_manifest(ds), units, inst


def _input_files(ds: Dataset) -> list[str]:
    files = [s.file for s in ds.sources] + [s.file for s in getattr(ds, "data_sources", [])]
    return [str(f) for f in files if f]


def _settlement_file(record: dict[str, Any] | None) -> list[str]:
    return [str(record["file"])] if record and record.get("file") else []


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
    checking = check and origin is not None and origin.path == norm_path(path)
    expected = origin.sha256 if (checking and origin is not None) else None
    if checking and origin is not None:
        expected = _reconcile_with_disk(path, project, origin)
    ds = project.dataset
    data_manifest, units_bytes, inst_bytes = _payload(ds)
    scenario_dicts = [scenario_dict(s) for s in project.scenarios]
    record = settlement_record(ds) or project.settlements
    manifest = {
        "format": FORMAT, "schema": PROJECT_SCHEMA, "app_version": __version__,
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        **data_manifest,
        "scenarios": scenario_dicts,
        "active": project.active, "mappings": project.mappings, "notes": project.notes,
        # inputs relative to the project: found again on a laptop with another user folder
        "input_paths": input_paths_for(_input_files(ds) + _settlement_file(record), path),
    }
    if record is not None:  # the settlement layer: file, reach per type, place weights
        manifest["settlements"] = record
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1,
                                default=json_default).encode("utf-8")
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
    manifest_for_key = json.loads(json.dumps(data_manifest, default=json_default))
    project.origin = Origin(
        path=norm_path(path), sha256=written.get("sha256"), size=size, mtime_ns=mtime,
        scenarios={d["name"]: canon(d) for d in scenario_dicts},
        data_key=data_key_of(manifest_for_key, units_bytes, inst_bytes),
        notes=project.notes, mappings=canon(project.mappings), dataset=ds)
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
        theirs = open_project(path, replay=False, clean=False, settlements=False)
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
    mine_c = {n: canon(scenario_dict(s)) for n, s in mine_by.items()}
    theirs_c = {n: canon(scenario_dict(s)) for n, s in theirs_by.items()}
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
    if canon(theirs.mappings) != origin.mappings and canon(mine.mappings) == origin.mappings:
        mine.mappings = theirs.mappings
    mine.scenarios = list(result.values())
    if mine.active not in result:
        mine.active = theirs.active if theirs.active in result else \
            (next(iter(result)) if result else None)
    mine.merged = taken
    return now[2]
