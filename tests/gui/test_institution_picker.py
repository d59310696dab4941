"""Locking and excluding institutions by picking them in a searchable list, not typing ids
(issue 19, item 4)."""

from __future__ import annotations

import pytest

from .project_helpers import fresh_session

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402


def _dialog(window, qtbot, lang):
    from kzplanner.gui.planning.params_dialog import ParamsDialog

    fresh_session(window, qtbot)
    window.state.set_language(lang)
    dialog = ParamsDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.picker.parentWidget())
    return dialog


def _type(widget, text: str) -> None:
    """Key presses carrying each character, as a Kazakh keyboard sends them (QTest.keyClicks
    only knows Latin keys)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def _tick(picker, row: int, column: int) -> None:
    index = picker.proxy.index(row, column)
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert picker.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_type_part_of_a_kazakh_name_tick_it_and_it_is_locked(window, qtbot):
    from kzplanner.gui.planning.institution_picker import LOCK, NAME

    dialog = _dialog(window, qtbot, "kk")
    picker = dialog.picker
    inst = window.state.dataset.institutions
    if "name_kk" not in inst or inst["name_kk"].isna().all():
        pytest.skip("the register has no Kazakh names")
    # an institution whose Kazakh name has a word the Russian one lacks
    row = next(r for r in inst.itertuples() if isinstance(r.name_kk, str)
               and r.name_kk != r.name)
    wanted, kk_name = str(row.inst_id), str(row.name_kk)
    part = kk_name[:max(6, len(kk_name) * 2 // 3)].strip()  # the start of its Kazakh name
    assert part.casefold() not in str(row.name).casefold()  # only the Kazakh name has it
    _type(picker.filter, part)
    assert picker.filter.text() == part
    shown = picker.visible_ids()
    assert 0 < len(shown) < len(inst), "the filter did not narrow the list"
    assert wanted in shown
    # every shown row has the typed text in its Kazakh name, type, unit or id
    r = shown.index(wanted)
    assert picker.proxy.index(r, NAME).data() == kk_name  # the name in the interface language
    _tick(picker, r, LOCK)
    params = dialog.params()
    assert params.constraints.locked == (wanted,)
    assert wanted not in params.constraints.excluded
    dialog.apply()
    assert window.state.params.constraints.locked == (wanted,)


def test_lock_and_exclude_are_exclusive_and_buttons_act_on_the_selection(window, qtbot):
    from kzplanner.gui.planning.institution_picker import EXCL, LOCK

    dialog = _dialog(window, qtbot, "ru")
    picker = dialog.picker
    first = str(window.state.dataset.institutions["inst_id"].iloc[0])
    qtbot.keyClicks(picker.filter, first)
    assert picker.visible_ids()[0] == first
    _tick(picker, 0, EXCL)
    assert dialog.params().constraints.excluded == (first,)
    _tick(picker, 0, LOCK)  # locking it takes it off the excluded list
    c = dialog.params().constraints
    assert c.locked == (first,) and c.excluded == ()
    assert picker.proxy.index(0, EXCL).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    # select two rows of a wider filter and exclude them with the button
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, first.rsplit("-", 1)[0])
    ids = picker.visible_ids()[:2]
    assert len(ids) == 2
    sel = picker.table.selectionModel()
    for r in range(2):
        sel.select(picker.proxy.index(r, 2), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    picker.buttons["excluded"].click()
    assert set(ids) <= set(dialog.params().constraints.excluded)
    picker.picked_only.setChecked(True)
    assert set(picker.visible_ids()) == set(ids) | {first} - set(ids) | set(ids)
    picker.buttons[None].click()
    assert not set(ids) & set(dialog.params().constraints.excluded)


def test_pick_in_plan_is_the_map_s_slot(window, qtbot):
    from kzplanner.gui.planning.institution_picker import pick_in_plan

    features = fresh_session(window, qtbot)
    state = window.state
    ids = [str(i) for i in state.dataset.institutions["inst_id"].iloc[:2]]
    pick_in_plan(state, ids, "excluded")
    assert state.params.constraints.excluded == tuple(ids)
    pick_in_plan(state, ids[:1], "locked")
    c = state.params.constraints
    assert c.locked == (ids[0],) and c.excluded == (ids[1],)
    pick_in_plan(state, ids, None)
    assert state.params.constraints.locked == () == state.params.constraints.excluded
    assert features.session.undo_stack.count() >= 1  # the session records it as edits
