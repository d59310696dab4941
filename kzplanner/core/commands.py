"""Edits of a planning session as plain values: apply(command, workspace) → (new, inverse).

A Workspace is what the planner edits: the working parameters and allocation, the scenarios of
the project and which one is active. Invariant: when a scenario is active, its stored params and
allocation equal the working ones (every command keeps it so), which makes each inverse exact:
apply(inverse, apply(command, w)[0])[0] == w. The GUI wraps these in one QUndoCommand; the
solver's own result is adopted outside the undo history (it follows from the parameters).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.scenario import Allocation, Scenario

MANUAL_SOLVER: dict[str, Any] = {"method": "manual", "status": "edited", "optimal": False,
                                 "mip_gap": None, "seconds": 0.0}


@dataclass(frozen=True)
class Workspace:
    params: PlanParams
    allocation: Allocation | None = None  # None: a plan for `params` is still being computed
    scenarios: tuple[Scenario, ...] = ()
    active: str | None = None

    def scenario(self, name: str) -> Scenario:
        for s in self.scenarios:
            if s.name == name:
                return s
        raise ValueError(f"no scenario {name!r}")

    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.scenarios)

    def with_working(self, params: PlanParams, allocation: Allocation | None) -> Workspace:
        """New working values, copied into the active scenario (keeps the invariant)."""
        scenarios = self.scenarios
        if self.active is not None:
            scenarios = tuple(replace(s, params=params, allocation=allocation)
                              if s.name == self.active else s for s in scenarios)
        return replace(self, params=params, allocation=allocation, scenarios=scenarios)

    def is_consistent(self) -> bool:
        """The invariant: unique names; the active scenario exists and mirrors the working state."""
        if len(set(self.names())) != len(self.scenarios):
            return False
        if self.active is None:
            return True
        if self.active not in self.names():
            return False
        s = self.scenario(self.active)
        return s.params == self.params and s.allocation == self.allocation


@dataclass(frozen=True)
class SetParams:
    """New parameters with their allocation (None: to be planned)."""

    params: PlanParams
    allocation: Allocation | None = None


@dataclass(frozen=True)
class EditAllocation:
    """Set voucher counts per (unit, instrument, group) and switch kits on or off by inst_id."""

    counts: tuple[tuple[str, str, str, int], ...] = ()
    kits: tuple[tuple[str, bool], ...] = ()
    solver: tuple[tuple[str, Any], ...] | None = None  # None: marked as a manual edit


@dataclass(frozen=True)
class AddScenario:
    """Append a scenario; with activate, it becomes active and its values the working ones."""

    scenario: Scenario
    activate: bool = True


@dataclass(frozen=True)
class SetScenarios:
    """Replace the scenario list and the active name; `working` (params, allocation) too when
    given, else the working values stay."""

    scenarios: tuple[Scenario, ...]
    active: str | None
    working: tuple[PlanParams, Allocation | None] | None = None


@dataclass(frozen=True)
class RenameScenario:
    old: str
    new: str


@dataclass(frozen=True)
class SetNotes:
    name: str
    notes: str


@dataclass(frozen=True)
class ChooseScenario:
    """Mark one scenario as the chosen plan (None: none chosen)."""

    name: str | None


@dataclass(frozen=True)
class SwitchScenario:
    """Make `name` active (its values become the working ones); with name None, detach and load
    the given working values instead."""

    name: str | None
    params: PlanParams | None = None
    allocation: Allocation | None = None


Command = (SetParams | EditAllocation | AddScenario | SetScenarios | RenameScenario | SetNotes
           | ChooseScenario | SwitchScenario)


def _edit_allocation(alloc: Allocation, cmd: EditAllocation) -> Allocation:
    counts = {(u, i, g): c for u, i, g, c in alloc.vouchers}
    for u, i, g, c in cmd.counts:
        if c < 0:
            raise ValueError("voucher counts are whole numbers ≥ 0")
        counts[(u, i, g)] = int(c)
    kits = dict.fromkeys(alloc.kits)
    for k, on in cmd.kits:
        if on:
            kits[k] = None
        else:
            kits.pop(k, None)
    vouchers = tuple((u, i, g, c) for (u, i, g), c in counts.items() if c > 0)
    solver = dict(cmd.solver) if cmd.solver is not None else dict(MANUAL_SOLVER)
    return Allocation(vouchers=vouchers, kits=tuple(kits), solver=solver)


def apply(command: Command, ws: Workspace) -> tuple[Workspace, Command]:
    """Apply `command` to `ws`; return the new workspace and the command that undoes it."""
    if isinstance(command, SetParams):
        return (ws.with_working(command.params, command.allocation),
                SetParams(ws.params, ws.allocation))
    if isinstance(command, EditAllocation):
        if ws.allocation is None:
            raise ValueError("no allocation to edit yet")
        # The inverse keeps the old allocation itself: a shared immutable value, exact and cheap.
        return (ws.with_working(ws.params, _edit_allocation(ws.allocation, command)),
                SetParams(ws.params, ws.allocation))
    if isinstance(command, AddScenario):
        s = command.scenario
        if s.name in ws.names():
            raise ValueError(f"scenario {s.name!r} exists")
        inverse = SetScenarios(ws.scenarios, ws.active, (ws.params, ws.allocation))
        if command.activate:
            return replace(ws, scenarios=(*ws.scenarios, s), active=s.name, params=s.params,
                           allocation=s.allocation), inverse
        return replace(ws, scenarios=(*ws.scenarios, s)), inverse
    if isinstance(command, SetScenarios):
        inverse = SetScenarios(ws.scenarios, ws.active,
                               None if command.working is None else (ws.params, ws.allocation))
        new = replace(ws, scenarios=command.scenarios, active=command.active)
        if command.working is not None:
            new = replace(new, params=command.working[0], allocation=command.working[1])
        return new, inverse
    if isinstance(command, RenameScenario):
        if command.new in ws.names() and command.new != command.old:
            raise ValueError(f"scenario {command.new!r} exists")
        ws.scenario(command.old)
        scenarios = tuple(s.renamed(command.new) if s.name == command.old else s
                          for s in ws.scenarios)
        active = command.new if ws.active == command.old else ws.active
        return (replace(ws, scenarios=scenarios, active=active),
                RenameScenario(command.new, command.old))
    if isinstance(command, SetNotes):
        old = ws.scenario(command.name).notes
        scenarios = tuple(replace(s, notes=command.notes) if s.name == command.name else s
                          for s in ws.scenarios)
        return replace(ws, scenarios=scenarios), SetNotes(command.name, old)
    if isinstance(command, ChooseScenario):
        if command.name is not None:
            ws.scenario(command.name)
        scenarios = tuple(replace(s, chosen=(s.name == command.name)) for s in ws.scenarios)
        return replace(ws, scenarios=scenarios), SetScenarios(ws.scenarios, ws.active)
    if isinstance(command, SwitchScenario):
        inverse = (SwitchScenario(None, ws.params, ws.allocation) if ws.active is None
                   else SwitchScenario(ws.active))
        if command.name is None:
            if command.params is None:
                raise ValueError("detaching needs working parameters")
            return (replace(ws, active=None, params=command.params,
                            allocation=command.allocation), inverse)
        s = ws.scenario(command.name)
        return replace(ws, active=s.name, params=s.params, allocation=s.allocation), inverse
    raise TypeError(f"not a command: {command!r}")


def unique_name(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base (2)`, `base (3)` … whichever is free.

    >>> unique_name("Plan", ["Plan", "Plan (2)"])
    'Plan (3)'
    """
    names = set(taken)
    if base not in names:
        return base
    n = 2
    while f"{base} ({n})" in names:
        n += 1
    return f"{base} ({n})"
