"""The parameters dialog: shows the state's parameters, TOML round trip, apply is undoable."""

from __future__ import annotations

from .project_helpers import fresh_session, settle


def test_parameters_dialog_round_trip(window, qtbot, tmp_path):
    from kzplanner.core.io.read.params_file import read_params
    from kzplanner.gui.planning.params_dialog import ParamsDialog

    features = fresh_session(window, qtbot)
    state = window.state
    dialog = ParamsDialog(state, window)
    qtbot.addWidget(dialog)
    assert dialog.params() == state.params  # the form shows exactly what is in force
    dialog.device_cost.setValue(180_000)
    dialog.overhead.setValue(7.5)
    dialog.takeup["pwd"].setValue(60)
    dialog.priority["large_families"].setValue(2)
    dialog.cap_on["kit"].setChecked(True)
    dialog.cap["kit"].setValue(50)
    dialog.unit_table.item(0, 2).setText("300 000 000")
    first = str(state.dataset.institutions["inst_id"].iloc[0])
    dialog.picker.set_ids((first, "nope"), ())  # as a parameters file may list them
    assert "Not in the register: nope" in dialog.picker.note.text()
    dialog.picker.pick(["nope"], None)
    edited = dialog.params()
    assert edited.costs.device_voucher_kzt == 180_000
    assert abs(edited.costs.voucher_overhead_share - 0.075) < 1e-12
    assert abs(edited.takeup["pwd"] - 0.6) < 1e-12
    assert edited.priority == {"large_families": 2.0}
    assert edited.constraints.instrument_max_share == {"kit": 0.5}
    assert edited.constraints.unit_max_kzt == {dialog.units[0]: 300_000_000}

    path = tmp_path / "параметры.toml"
    assert dialog.save_to(path)
    assert read_params(path) == edited
    dialog.show_params(state.params)
    assert dialog.params() == state.params
    assert dialog.load_from(path)
    assert dialog.params() == edited

    dialog.apply()
    assert state.params == edited
    settle(window, qtbot)
    assert features.session.undo_stack.count() == 1
    features.session.undo_stack.undo()
    settle(window, qtbot)
    assert state.params != edited and state.params.costs.device_voucher_kzt == 150_000


def test_an_unreadable_unit_limit_is_named(window, qtbot):
    from kzplanner.gui.planning.params_dialog import ParamsDialog

    fresh_session(window, qtbot)
    dialog = ParamsDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.unit_table.item(1, 1).setText("сто")
    dialog.apply()
    assert dialog.last_box is not None and "сто" in dialog.last_box.text()
    assert dialog.isVisible() or dialog.result() == 0
