"""The allocation grid: filters, editing through the model, explanations on selection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .project_helpers import fresh_session, settle


def test_grid_follows_selection_and_explains_it(window, qtbot):
    features = fresh_session(window, qtbot)
    details, state = features.details, window.state
    assert "Select a unit" in details.explanation.toPlainText()
    code = "110000000"
    state.select_units([code])
    rows = details.proxy.rowCount()
    assert rows > 0
    units = {details.proxy.index(r, 0).data() for r in range(rows)}
    assert units == {state.unit_name(code)}
    text = details.explanation.toPlainText()
    assert text.startswith(state.unit_name(code)) and "because" in text
    state.set_language("ru")
    assert "потому что" in details.explanation.toPlainText()
    assert details.model.headerData(3, Qt.Orientation.Horizontal) == "Количество"
    state.set_language("en")
    details.in_plan_only.setChecked(False)
    assert details.proxy.rowCount() > rows
    details.in_plan_only.setChecked(True)
    state.select_units([])


def test_typing_a_count_in_the_grid_edits_the_plan(window, qtbot):
    features = fresh_session(window, qtbot)
    details, state = features.details, window.state
    details.in_plan_only.setChecked(False)
    state.select_units(["110000000"])
    proxy = details.proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 1).data() == "Device vouchers")
    index = proxy.index(row, 3)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert proxy.setData(index, "1 000", Qt.ItemDataRole.EditRole)
    settle(window, qtbot)
    assert proxy.index(row, 3).data(Qt.ItemDataRole.EditRole) == 1000
    assert not proxy.setData(proxy.index(row, 3), "many", Qt.ItemDataRole.EditRole)
    features.session.undo_stack.undo()
    settle(window, qtbot)
    assert proxy.index(row, 3).data(Qt.ItemDataRole.EditRole) == 0
    details.in_plan_only.setChecked(True)
    state.select_units([])
