"""A unit's tooltip, written when the mouse asks for it (issue 21: not for every unit on every
restyle), says the unit, the indicator's value, its rank and population — and follows the map."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from kzplanner.core.formatting import format_number


def _hover_tip(view, code: str) -> str:
    """The tooltip Qt shows for the mouse resting on the unit's anchor."""
    shape = view.state.map_data.shapes[code]
    pos = view.mapFromScene(QPointF(*shape.anchor))
    assert view.code_at(pos) == code
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def _big_unit(view) -> str:
    """A unit drawn as a polygon (no marker) whose anchor lies inside it."""
    data = view.state.map_data
    for code, item in sorted(view.unit_items.items(),
                             key=lambda kv: -data.shapes[kv[0]].diagonal):
        if code not in view.marker_items and item.path().contains(
                QPointF(*data.shapes[code].anchor)):
            return code
    raise AssertionError("no unit has its anchor inside")


def test_hover_shows_the_units_tooltip(window, qapp):
    view = window.map_panel.view
    state = window.state
    code = _big_unit(view)
    tip = _hover_tip(view, code)
    assert tip == view.unit_items[code].toolTip()
    data = state.map_data
    i = list(view.unit_items).index(code)
    assert state.unit_name(code) in tip
    assert format_number(data.population[i], "en") in tip
    assert "Rank" in tip or "rank" in tip
    # another language and mode: the tooltip follows (no stale text from the first restyle)
    state.set_language("kk")
    state.set_map_mode("projected")
    qapp.processEvents()
    tip_kk = _hover_tip(view, code)
    assert tip_kk != tip and state.unit_name(code) in tip_kk
    assert "→" in tip_kk  # before → after a plan
