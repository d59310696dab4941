"""Issue 16 in the window: the exchange rate and the envelopes' shares next to the strategy,
edited in the parameters dialog with equipment prices and "of which" groups."""

from __future__ import annotations

from .project_helpers import fresh_session, settle


def _panel(window):
    return next(w for w in window.findChildren(object) if w.objectName() == "allocationPanel")


def test_the_strategy_shows_its_exchange_rate_or_its_envelopes(window, qtbot):
    fresh_session(window, qtbot)
    state = window.state
    panel = _panel(window)
    assert panel.strategy_note.full_text() == (
        "Exchange rate: institutions 0.5 · devices 0.25 · internet 0.25")
    assert "Parameters → Weights" in panel.strategy_note.toolTip()
    assert panel.strategy_combo.findData("envelopes") >= 0
    state.set_strategy("envelopes")
    settle(window, qtbot)
    assert panel.strategy_note.full_text() == "Envelopes: kits 40% · devices 35% · internet 25%"
    assert state.result.envelopes is not None  # each envelope's budget, spending and leftover
    state.set_strategy("proportional")
    assert panel.strategy_note.full_text() == ""
    state.set_language("ru")
    state.set_strategy("max_impact")
    assert panel.strategy_note.full_text().startswith("Курс: учреждения 0,5")
    state.set_language("en")
    settle(window, qtbot)


def test_dialog_edits_equipment_envelopes_groups_and_the_rate(window, qtbot):
    from kzplanner.gui.planning.params_dialog import ParamsDialog

    fresh_session(window, qtbot)
    state = window.state
    dialog = ParamsDialog(state, window)
    qtbot.addWidget(dialog)
    assert dialog.params() == state.params
    dialog.equipment_cost[("school", "rural")].setValue(4_000_000)
    dialog.envelope["kit"].setValue(50)
    dialog.envelope["device_voucher"].setValue(30)
    dialog.envelope["internet_voucher"].setValue(20)
    dialog.gap_weight["institutional"].setValue(0.2)
    combo = dialog.part_of["elderly_60plus"]
    combo.setCurrentIndex(combo.findData("pwd"))
    edited = dialog.params()
    assert edited.costs.equipment_kzt["school"]["rural"] == 4_000_000
    assert edited.envelope_shares == {"kit": 0.5, "device_voucher": 0.3,
                                      "internet_voucher": 0.2}
    assert edited.rules.gap_weights["institutional"] == 0.2
    assert edited.rules.group_part_of["elderly_60plus"] == "pwd"
    # declarations of groups not loaded are kept
    assert edited.rules.group_part_of["elderly_with_disabilities"] == "pwd"
    dialog.show_params(edited)
    assert dialog.params() == edited
    dialog.apply()
    assert "institutions 0.2" in _panel(window).strategy_note.full_text()
    settle(window, qtbot)
    window.project.session.undo_stack.undo()
    settle(window, qtbot)
