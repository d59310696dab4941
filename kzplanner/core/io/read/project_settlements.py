"""The settlement layer of an opened project (issue 17). A project stores where its settlement
file was (absolute, and relative to the project in `input_paths`, like its other inputs), the
reach per type and the place-type weights; the layer itself is read from the file again on
opening. A file not found is listed with the other moved inputs (`Project.inputs_missing`) and a
file that cannot be used any more is kept as `Project.settlements_problem`: neither stops the
project from opening, and the record stays for the next save.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kzplanner import paths
from kzplanner.core.dataset import Dataset
from kzplanner.core.io.project_errors import project_invalid
from kzplanner.core.io.project_model import Project, short_error
from kzplanner.errors import KZError, from_os_error


def stored_settlements(manifest: dict[str, Any], ds: Dataset, path: Path) -> dict[str, Any] | None:
    """The manifest's settlement record, checked; a project saved before records were kept
    but with a settlement source gets that file with the default reach and weights."""
    from kzplanner.core.settlements.attach import record_from

    try:
        record = record_from(manifest.get("settlements"))
    except (TypeError, ValueError) as exc:
        raise project_invalid(path, "field_value", where="manifest.json",
                              value=short_error(exc)) from exc
    if record is None:
        source = next((s for s in ds.sources if s.kind == "settlements" and s.file), None)
        if source is not None:
            record = {"file": str(source.file), "reach_km": {}, "weights": {}}
    return record


def attach_stored(project: Project) -> None:
    """The settlements of the record attached to the project's dataset when the file is found
    (where saved, or relative to the project), with the stored reach and weights."""
    from kzplanner.core.settlements.attach import attach_settlements

    record = project.settlements
    if not record:
        return
    found, _how = project.inputs.get(record["file"], (None, "missing"))
    if found is None and _is_sample(record["file"]):  # the bundled sample of another install
        found = str(paths.sample_settlements())
        project.inputs[record["file"]] = (found, "bundled")
    if found is None:
        return  # in inputs_missing(): the window and the CLI say which files moved
    reach = record.get("reach_km") or None
    weights = record.get("weights") or None
    try:
        project.dataset = attach_settlements(project.dataset, found, reach, weights)
    except KZError as exc:
        project.settlements_problem = exc
    except OSError as exc:
        project.settlements_problem = from_os_error(exc, file=found, action="read")
    else:
        project.settlements = {**record, "file": found}


def _is_sample(stored: str) -> bool:
    """A stored path that names the bundled sample layer (…/sample/settlements.gpkg, from any
    installation or checkout, Windows or not) while this one has it."""
    from pathlib import PureWindowsPath

    sample = paths.sample_settlements()
    parts = PureWindowsPath(stored).parts if "\\" in stored else Path(stored).parts
    return (sample.is_file() and len(parts) >= 2
            and [p.casefold() for p in parts[-2:]] == [sample.parent.name.casefold(),
                                                       sample.name.casefold()])
