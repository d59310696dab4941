"""Shared steps of the project/scenario/undo GUI tests."""

from __future__ import annotations

from kzplanner.core.commands import Workspace
from kzplanner.core.scenario import Allocation

from .conftest import PLAN_TIMEOUT_MS


def settle(window, qtbot) -> None:
    """Wait until no task runs and the plan on screen is current."""
    state = window.state
    qtbot.waitUntil(lambda: not state.busy and state.result_is_current, timeout=PLAN_TIMEOUT_MS)


def fresh_session(window, qtbot):
    """The shared window's project put back to 'untitled, no scenarios, nothing to undo'."""
    settle(window, qtbot)
    features = window.project
    session = features.session
    state = window.state
    session.undo_stack.clear()
    session.adopt_workspace(Workspace(state.params, Allocation.from_result(state.result)),
                            sync=False)
    session.path = None
    session.undo_stack.setClean()
    session.mark_saved_elsewhere()
    session.path_changed.emit()
    return features
