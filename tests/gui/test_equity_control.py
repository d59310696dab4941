"""The equity control is live only where λ changes the plan; elsewhere it says why not."""

from __future__ import annotations

import pytest

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.planning.capabilities import equity_applies, equity_reason
from kzplanner.core.planning.parameters import STRATEGIES
from kzplanner.gui.planning.allocation_panel import HINT_MIN_WIDTH_PX


@pytest.fixture
def panel(qtbot):
    from kzplanner.gui.planning.allocation_panel import AllocationPanel
    from kzplanner.gui.state import AppState

    state = AppState(language="en")
    state.set_auto_plan(False)
    widget = AllocationPanel(state)
    qtbot.addWidget(widget)
    widget.resize(420, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _choose(panel, strategy: str) -> None:
    combo = panel.strategy_combo
    combo.setCurrentIndex(combo.findData(strategy))  # as a user picks it


def test_lambda_is_disabled_with_its_reason_where_it_changes_nothing(panel):
    panel.equity_slider.setValue(10)  # λ = 1 set under maximum impact
    assert panel.state.params.equity == 1.0
    for strategy in STRATEGIES:
        _choose(panel, strategy)
        assert panel.state.params.strategy == strategy
        live = equity_applies(strategy)
        assert panel.equity_slider.isEnabled() is live
        assert panel.equity_value.isEnabled() is live
        hint = panel.equity_hint
        assert hint.isVisible()
        if live:
            assert hint.text() == tr("alloc.equity_hint", "en")
        else:
            reason = label(equity_reason(strategy), "en")
            assert hint.text() == reason and reason.startswith("Not used")
            assert panel.equity_slider.toolTip() == reason
    for strategy in ("proportional", "equal", "worst_first"):
        assert not equity_applies(strategy)
    _choose(panel, "max_impact")  # λ was kept while greyed out, and is live again
    assert panel.equity_slider.isEnabled() and panel.state.params.equity == 1.0


def test_the_reason_follows_the_language_and_keeps_the_panel_still(panel, qtbot):
    _choose(panel, "worst_first")
    height = panel.equity_hint.minimumHeight()
    for lang in ("ru", "kk"):
        panel.state.set_language(lang)
        assert panel.equity_hint.text() == label("equity_off.worst_first", lang)
        assert not panel.equity_slider.isEnabled()
    panel.state.set_language("en")
    assert panel.equity_hint.minimumHeight() == height
    _choose(panel, "max_impact")
    assert panel.equity_hint.minimumHeight() == height  # room for every text: nothing jumps
    # every reason fits the room the hint keeps at the panel's narrowest width
    hint = panel.equity_hint
    for lang in ("en", "ru", "kk"):
        panel.state.set_language(lang)
        room = hint.minimumHeight()
        hint.setMinimumHeight(0)  # else heightForWidth answers at least the minimum
        for key in ("equity_off.proportional", "equity_off.equal", "equity_off.worst_first"):
            hint.setText(label(key, lang))
            assert hint.heightForWidth(HINT_MIN_WIDTH_PX) < room
        hint.setMinimumHeight(room)
    panel.state.set_language("en")
