"""Undo/redo in the real window: manual allocation edits, budget changes, merged slider drags."""

from __future__ import annotations

from .project_helpers import fresh_session, settle


def _voucher_line(model):
    return next(ln for ln in model.lines if ln.instrument != "kit" and ln.max_count > 100)


def test_undo_and_redo_a_manual_allocation_edit(window, qtbot):
    features = fresh_session(window, qtbot)
    state = window.state
    model = features.details.model
    spent_before = state.result.summary["spent"]
    line = _voucher_line(model)
    count_before = model.count_of(line)
    assert model.set_count(line, count_before + 40)
    settle(window, qtbot)
    assert model.count_of(line) == count_before + 40
    assert state.result.solver.method == "manual"
    assert state.result.summary["spent"] == spent_before + 40 * line.unit_cost
    assert features.budget_meter.over  # the default plan spends the whole budget
    assert "Over budget" in features.budget_meter.caption.text()
    assert "edited by hand" in features.details.manual_note.text()
    assert features.act_undo.isEnabled() and "allocation edit" in features.act_undo.text()

    features.act_undo.trigger()
    settle(window, qtbot)
    assert model.count_of(line) == count_before
    assert state.result.summary["spent"] == spent_before
    assert not features.budget_meter.over
    features.act_redo.trigger()
    settle(window, qtbot)
    assert model.count_of(line) == count_before + 40
    features.act_undo.trigger()
    settle(window, qtbot)


def test_kit_count_edit_picks_and_drops_institutions(window, qtbot):
    features = fresh_session(window, qtbot)
    state = window.state
    model = features.details.model
    line = next(ln for ln in model.lines if ln.instrument == "kit"
                and 0 < model.count_of(ln) < ln.max_count)
    n = model.count_of(line)
    assert model.set_count(line, n + 1)
    settle(window, qtbot)
    assert model.count_of(line) == n + 1
    assert state.result.summary["kits"] > 0
    assert model.set_count(line, 0)
    settle(window, qtbot)
    assert model.count_of(line) == 0
    features.session.undo_stack.undo()
    features.session.undo_stack.undo()
    settle(window, qtbot)
    assert model.count_of(line) == n


def test_budget_change_undoes_without_solving_again(window, qtbot):
    features = fresh_session(window, qtbot)
    state, session = window.state, features.session
    before = state.result
    window.allocation_panel.budget_spin.setValue(1_000_000_000)
    settle(window, qtbot)
    assert state.params.budget_kzt == 1_000_000_000
    assert session.undo_stack.count() == 1
    assert features.act_undo.text().endswith("budget change")
    session.undo_stack.undo()
    settle(window, qtbot)
    assert state.params.budget_kzt == before.params.budget_kzt
    assert state.result.summary["spent"] == before.summary["spent"]
    assert state.result.allocation.equals(before.allocation)
    assert window.allocation_panel.budget_spin.value() == before.params.budget_kzt
    session.undo_stack.redo()
    settle(window, qtbot)
    assert state.params.budget_kzt == 1_000_000_000
    session.undo_stack.undo()
    settle(window, qtbot)


def test_a_slider_drag_is_one_undo_step(window, qtbot):
    features = fresh_session(window, qtbot)
    slider = window.allocation_panel.equity_slider
    for value in range(1, 11):  # one drag: ten ticks in quick succession
        slider.setValue(value)
    assert features.session.undo_stack.count() == 1
    settle(window, qtbot)
    assert window.state.params.equity == 1.0
    features.session.undo_stack.undo()
    settle(window, qtbot)  # the stored plan is re-projected, not solved again
    assert window.state.params.equity == 0.0
    assert slider.value() == 0
    settle(window, qtbot)


def test_strategy_changes_are_separate_steps(window, qtbot):
    features = fresh_session(window, qtbot)
    combo = window.allocation_panel.strategy_combo
    combo.setCurrentIndex(combo.findData("proportional"))
    combo.setCurrentIndex(combo.findData("equal"))
    assert features.session.undo_stack.count() == 2
    features.session.undo_stack.undo()
    settle(window, qtbot)
    assert window.state.params.strategy == "proportional"
    features.session.undo_stack.undo()
    settle(window, qtbot)
    assert window.state.params.strategy == "max_impact"
    settle(window, qtbot)


def test_the_working_plan_has_one_owner(window, qtbot):
    """AppState holds the working plan; the session reads that very object and its undo steps
    change it there."""
    features = fresh_session(window, qtbot)
    state, session = window.state, features.session
    assert session.workspace is state.workspace
    budget = state.params.budget_kzt
    state.set_budget(budget * 2)
    assert state.workspace.params.budget_kzt == budget * 2
    assert session.workspace is state.workspace and state.workspace.allocation is None
    settle(window, qtbot)
    assert state.workspace.allocation is not None  # the plan that landed is the working one
    features.act_undo.trigger()
    settle(window, qtbot)
    assert state.params.budget_kzt == budget and session.workspace is state.workspace
    features.act_redo.trigger()
    settle(window, qtbot)
    assert state.params.budget_kzt == budget * 2
    features.act_undo.trigger()
    settle(window, qtbot)
