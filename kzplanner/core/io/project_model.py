"""What a project file (.kzp) holds and how its parts compare: the Project and the version of the
file it was read from (Origin), scenario names, and the canonical JSON that tells whether two
versions differ (core.io.read.project_open reads it, core.io.write.project_save writes it)."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from kzplanner.core.dataset import Dataset
from kzplanner.core.io.params_dict import params_to_dict
from kzplanner.core.scenario import Scenario
from kzplanner.errors import KZError

FORMAT = "kzplanner-project"
# Bump when a member or key changes meaning; add a function old → new to _MIGRATIONS.
PROJECT_SCHEMA = 2


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x85]")



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
        return cls(path=norm_path(path))

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
    # the inputs' stored paths → (where they are on this computer or None, how: 'as_saved',
    # 'relative', 'beside', 'missing'), filled on opening (core.io.winpath.relocate_inputs)
    inputs: dict[str, tuple[str | None, str]] = field(default_factory=dict, repr=False,
                                                      compare=False)
    # the settlement layer (issue 17): {"file", "reach_km", "weights"} as saved, the file found
    # again on this computer (a save writes the dataset's own when it has settlements, else
    # this: a project opened without its settlement file loses nothing on the next save)
    settlements: dict[str, Any] | None = None
    # why the settlement file named could not be used on opening (a KZError; None: it was, or
    # none is named, or it is missing: then it is in inputs_missing())
    settlements_problem: Any = field(default=None, repr=False, compare=False)

    def inputs_missing(self) -> list[str]:
        """Stored input paths not found on this computer (the data itself is in the project)."""
        return [f for f, (found, _how) in self.inputs.items() if found is None]

    def scenario(self, name: str) -> Scenario:
        for s in self.scenarios:
            if s.name == name:
                return s
        raise KZError("scenario_missing", detail=name,
                      extra={"known": [s.name for s in self.scenarios]})

    def put(self, scenario: Scenario) -> None:
        """Add or replace the scenario of that name."""
        self.scenarios = [s for s in self.scenarios if s.name != scenario.name] + [scenario]


def norm_path(path: str | Path) -> str:
    return os.path.normcase(os.path.abspath(str(path)))


def check_scenario_name(name: str) -> None:
    """KZError('scenario_name_invalid') for a name that is not one line of plain text."""
    if not isinstance(name, str) or not name.strip() or LINE_BREAK.search(name) \
            or CONTROL_CHARS.search(name) or len(name) > 500:
        shown = json.dumps(str(name), ensure_ascii=False)[:120]
        raise KZError("scenario_name_invalid", detail=shown)


def scenario_dict(s: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {"name": s.name, "notes": s.notes, "created": s.created,
                           "chosen": s.chosen, "params": params_to_dict(s.params)}
    if s.allocation is not None:
        out["allocation"] = {"vouchers": [list(v) for v in s.allocation.vouchers],
                             "kits": list(s.allocation.kits), "solver": s.allocation.solver}
    return out


def canon(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=json_default)


def short_error(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:150]}" if text else type(exc).__name__


def json_default(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


_DATA_KEYS = ("groups", "illustrative", "boundaries_predate_2018", "institutions_estimated",
              "sources", "data_sources", "source_choices", "reconciliation")


def data_key_of(manifest: dict[str, Any], units: bytes, inst: bytes) -> str:
    h = hashlib.sha256()
    h.update(canon({k: manifest.get(k) for k in _DATA_KEYS}).encode("utf-8"))
    h.update(hashlib.sha256(units).digest())
    h.update(hashlib.sha256(inst).digest())
    return h.hexdigest()
