"""Worker side of opening a project: read the file, prepare the map and evaluate the active
scenario (core.scenario.scenario_result); a schema-1 project's one data source learns what it
gave.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzplanner.app.display.prepared import PreparedDataset, prepare_dataset
from kzplanner.core.commands import Workspace
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.result import PlanResult
from kzplanner.core.scenario import Allocation, Scenario, scenario_result


@dataclass(frozen=True)
class OpenedProject:
    """What the opening worker hands back to the GUI thread."""

    prepared: PreparedDataset
    workspace: Workspace
    result: PlanResult
    items: PlanItems
    notes: str
    mappings: dict[str, Any]
    origin: Any = None  # project_file.Origin: the file's version, checked on saving
    # inputs saved on another computer not found on this one (core.io.winpath.relocate_inputs)
    inputs_missing: tuple[str, ...] = ()
    # the settlement record (file, reach, weights; issue 17) and why its file could not be used
    settlements: dict[str, Any] | None = None
    settlements_problem: Any = None


def describe_migrated_source(ds: Any) -> None:
    """A project saved before the list of data sources (schema 1) had one statistics table:
    its migrated source learns from the saved dataset what it gave and how it joined, so the
    sources panel shows the same as for a table loaded now."""
    from kzplanner.core.catalogue import BASE_INDICATORS, COUNT_COLUMNS, group_columns
    from kzplanner.core.monitoring import monitoring_ids

    sources = list(getattr(ds, "data_sources", None) or [])
    if len(sources) != 1 or sources[0].indicators:
        return
    rec = ds.reconciliation
    known = [*BASE_INDICATORS, *(c for cols in COUNT_COLUMNS.values() for c in cols),
             *(c for g in ds.groups for c in group_columns(g)), *monitoring_ids()]
    if "network_coverage_default" in rec.notes:
        known.remove("network_coverage_share")
    units = ds.units
    given = [c for c in dict.fromkeys(known) if c in units and units[c].notna().any()]
    src = sources[0]
    src.indicators, src.used = list(given), list(given)
    src.joined = rec.matched_by_code + rec.matched_by_name + rec.matched_by_crosswalk
    src.rows = len(rec.matches)
    src.errors = len(rec.errors)


def load_project(path: str | Path, feedback: Any = None) -> OpenedProject:
    """Worker side: read the file, prepare the map, and evaluate the active scenario."""
    from kzplanner.core.io.read.project_open import open_project

    project = open_project(path)
    ds = project.dataset
    describe_migrated_source(ds)
    names = [s.name for s in project.scenarios]
    active = project.active if project.active in names else (names[0] if names else None)
    scenario = project.scenario(active) if active else Scenario("", PlanParams())
    params, stored = scenario.params, scenario.allocation
    result = scenario_result(ds, scenario)
    items = result.items if result.items is not None else build_items(ds, params)
    prepared = prepare_dataset(ds, params, items=items)
    if getattr(ds, "settlements", None) is not None:  # the coverage indicators too
        from kzplanner.app.display.settlement_data import with_settlements

        prepared = with_settlements(prepared, ds, params, items)
    allocation = stored if stored is not None else Allocation.from_result(result)
    scenarios = tuple(project.scenarios)
    ws = Workspace(params, allocation, scenarios, active).with_working(params, allocation)
    return OpenedProject(prepared, ws, result, items, project.notes, project.mappings,
                         project.origin, tuple(project.inputs_missing()),
                         project.settlements, project.settlements_problem)
