"""Plain words with tooltips, not jargon, on the planning controls in kk, ru and en (issue 19,
item 4): no "λ", solver or statistics terms on a label, and the terms that stay (the Gini index,
the method) explained in a tooltip; the kk "fit the map" button says what it does."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QAbstractButton, QLabel  # noqa: E402

JARGON = ("λ", "MILP", "MIP", "Gini", "Джини", "optimis", "optimum", "оптимиз", "оптимум",
          "оңтайлы", "оңтайландыру", "quantile", "квантил")


def _texts(widget) -> list[tuple[str, str]]:
    out = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if w.isVisibleTo(widget) and w.text():
            out.append((w.text(), w.toolTip()))
    return out


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_planning_panels_speak_plainly(window, qtbot, lang):
    window.state.set_language(lang)
    qtbot.wait(20)
    for panel in (window.allocation_panel, window.results_panel):
        for text, _tip in _texts(panel):
            low = text.casefold()
            assert not [j for j in JARGON if j.casefold() in low], (lang, text)
    alloc = window.allocation_panel
    assert alloc.equity_label.toolTip() and alloc.equity_slider.toolTip()
    res = window.results_panel
    assert res.captions["gini"].toolTip() and res.captions["solver"].toolTip()


def test_the_fit_button_means_the_whole_map():
    from kzplanner.app.strings import tr

    assert tr("map.fit", "kk") != "Толық"
    assert "карта" in tr("map.fit", "kk").casefold() and "карт" in tr("map.fit", "ru").casefold()
