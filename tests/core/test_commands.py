"""Edits as values: every command's inverse restores the workspace exactly, and redo re-applies."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzplanner.core.commands import (
    AddScenario,
    ChooseScenario,
    EditAllocation,
    RenameScenario,
    SetNotes,
    SetParams,
    SetScenarios,
    SwitchScenario,
    Workspace,
    apply,
    unique_name,
)
from kzplanner.core.planning.parameters import STRATEGIES, PlanParams
from kzplanner.core.scenario import Allocation, Scenario

UNITS = ("110000000", "150000000", "190000000")
INSTRUMENTS = ("device_voucher", "internet_voucher")
GROUPS = ("large_families", "pwd")
KITS = ("k1", "k2", "k3", "k4")
NAMES = ("A", "B", "Базовый", "Негізгі")

params_st = st.builds(
    PlanParams,
    budget_kzt=st.floats(0, 1e10, allow_nan=False),
    strategy=st.sampled_from(STRATEGIES),
    equity=st.floats(0, 3, allow_nan=False),
)
line_st = st.tuples(st.sampled_from(UNITS), st.sampled_from(INSTRUMENTS), st.sampled_from(GROUPS))
allocation_st = st.builds(
    lambda lines, kits: Allocation(
        vouchers=tuple((u, i, g, c) for (u, i, g), c in lines.items()),
        kits=tuple(kits), solver={"method": "milp", "optimal": True}),
    st.dictionaries(line_st, st.integers(1, 500), max_size=6),
    st.lists(st.sampled_from(KITS), unique=True, max_size=4),
)
maybe_allocation_st = st.one_of(st.none(), allocation_st)


@st.composite
def workspaces(draw) -> Workspace:
    names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=4))
    scenarios = tuple(Scenario(name=n, params=draw(params_st),
                               allocation=draw(maybe_allocation_st),
                               notes=draw(st.text(max_size=8)), created="2025-01-01T00:00:00",
                               chosen=draw(st.booleans()))
                      for n in names)
    active = draw(st.one_of(st.none(), st.sampled_from(names))) if names else None
    if active is None:
        ws = Workspace(draw(params_st), draw(maybe_allocation_st), scenarios, None)
    else:
        s = next(x for x in scenarios if x.name == active)
        ws = Workspace(s.params, s.allocation, scenarios, active)
    assert ws.is_consistent()
    return ws


@st.composite
def commands(draw, ws: Workspace):
    names = list(ws.names())
    options = ["params", "scenario_add", "choose_none", "detach"]
    if ws.allocation is not None:
        options.append("edit")
    if names:
        options += ["rename", "notes", "choose", "switch", "delete"]
    kind = draw(st.sampled_from(options))
    if kind == "params":
        return SetParams(draw(params_st), draw(maybe_allocation_st))
    if kind == "edit":
        counts = draw(st.lists(st.tuples(*[st.sampled_from(x) for x in (UNITS, INSTRUMENTS,
                                                                           GROUPS)],
                                         st.integers(0, 300)), max_size=3))
        kits = draw(st.lists(st.tuples(st.sampled_from(KITS), st.booleans()), max_size=3))
        return EditAllocation(counts=tuple(counts), kits=tuple(kits))
    if kind == "scenario_add":
        name = unique_name(draw(st.sampled_from(NAMES)), names)
        return AddScenario(Scenario(name, draw(params_st), draw(maybe_allocation_st),
                                    created="2025-02-02T00:00:00"),
                           activate=draw(st.booleans()))
    if kind == "choose_none":
        return ChooseScenario(None)
    if kind == "detach":
        return SwitchScenario(None, draw(params_st), draw(maybe_allocation_st))
    name = draw(st.sampled_from(names))
    if kind == "rename":
        return RenameScenario(name, unique_name(draw(st.sampled_from(NAMES)), names))
    if kind == "notes":
        return SetNotes(name, draw(st.text(max_size=12)))
    if kind == "choose":
        return ChooseScenario(name)
    if kind == "switch":
        return SwitchScenario(name)
    rest = tuple(s for s in ws.scenarios if s.name != name)
    return SetScenarios(rest, None if ws.active == name else ws.active)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_command_round_trips(data):
    ws = data.draw(workspaces())
    cmd = data.draw(commands(ws))
    new, inverse = apply(cmd, ws)
    assert new.is_consistent()
    back, redo = apply(inverse, new)
    assert back == ws
    again, _ = apply(redo, back)
    assert again == new


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_sequences_undo_in_reverse_order(data):
    ws = data.draw(workspaces())
    history = [ws]
    inverses = []
    for _ in range(data.draw(st.integers(1, 6))):
        new, inverse = apply(data.draw(commands(history[-1])), history[-1])
        history.append(new)
        inverses.append(inverse)
    current = history[-1]
    for inverse, expected in zip(reversed(inverses), reversed(history[:-1]), strict=True):
        current, _ = apply(inverse, current)
        assert current == expected


def test_edit_marks_the_allocation_manual_and_keeps_other_lines():
    alloc = Allocation(vouchers=(("u1", "device_voucher", "pwd", 10),
                                 ("u2", "device_voucher", "pwd", 5)),
                       kits=("k1",), solver={"method": "milp"})
    ws = Workspace(PlanParams(), alloc)
    new, inverse = apply(EditAllocation(counts=(("u1", "device_voucher", "pwd", 3),
                                                ("u3", "internet_voucher", "pwd", 7)),
                                        kits=(("k1", False), ("k2", True))), ws)
    assert new.allocation is not None
    assert dict(((u, i, g), c) for u, i, g, c in new.allocation.vouchers) == {
        ("u1", "device_voucher", "pwd"): 3, ("u2", "device_voucher", "pwd"): 5,
        ("u3", "internet_voucher", "pwd"): 7}
    assert new.allocation.kits == ("k2",)
    assert new.allocation.solver["method"] == "manual"
    assert apply(inverse, new)[0] == ws


def test_commands_refuse_what_would_break_the_workspace():
    ws = Workspace(PlanParams(), None, (Scenario("A", PlanParams()), Scenario("B", PlanParams())))
    with pytest.raises(ValueError):
        apply(EditAllocation(), ws)
    with pytest.raises(ValueError):
        apply(RenameScenario("A", "B"), ws)
    with pytest.raises(ValueError):
        apply(AddScenario(Scenario("A", PlanParams())), ws)
    with pytest.raises(ValueError):
        apply(SwitchScenario("C"), ws)
    with pytest.raises(ValueError):
        apply(EditAllocation(counts=(("u", "device_voucher", "pwd", -1),)),
              replace(ws, allocation=Allocation()))


def test_working_edits_follow_the_active_scenario():
    ws = Workspace(PlanParams(), None, (Scenario("A", PlanParams()),), "A")
    new, _ = apply(SetParams(PlanParams(budget_kzt=5.0)), ws)
    assert new.scenario("A").params.budget_kzt == 5.0
    renamed, _ = apply(RenameScenario("A", "Z"), new)
    assert renamed.active == "Z" and renamed.is_consistent()
