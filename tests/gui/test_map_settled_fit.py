"""The map placed once when its data land (issue 21: each extra fit and label placement is
~0.3 s at 10,000 units). When the news that changes the map also changes the window around it
(the notice strip above the map hidden as the data land), the map is fitted to the size it is
shown at: the window's layout is settled inside the map's rebuild, not after the map was fitted
and painted for a size it no longer has (a second fit and paint, and a jump). The dataset
arriving with the map its preview drew does not place the labels again."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def test_the_map_is_fitted_once_to_the_size_the_layout_gives_it(qtbot, sample_dataset):
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.map.map_view import MapView
    from kzplanner.gui.state import AppState

    state = AppState(language="kk")
    state.set_auto_plan(False)
    host = QWidget()
    layout = QVBoxLayout(host)
    strip = QLabel("Ескерту: деректер жүктелуде", host)  # a notice above the map
    strip.setFixedHeight(90)
    layout.addWidget(strip)
    # connected before the view's own slot, as the window's notice strip is
    state.map_changed.connect(lambda: strip.setVisible(state.map_data is None))
    view = MapView(state)
    layout.addWidget(view, 1)
    qtbot.addWidget(host)
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    before = view.viewport().height()

    fits = []
    fit = view._fit  # noqa: SLF001 - counted, not changed

    def counted() -> None:
        fits.append(view.viewport().size().toTuple())
        fit()

    view._fit = counted  # noqa: SLF001
    state._prepared = prepare_dataset(sample_dataset, PlanParams())  # noqa: SLF001 - as a load
    state.map_changed.emit()
    shown = (view.viewport().size().toTuple(), view.transform().m11())
    for _ in range(5):
        QApplication.processEvents()
    settled = (view.viewport().size().toTuple(), view.transform().m11())
    assert settled[0][1] > before  # the strip's room went to the map
    assert shown == settled
    assert fits == [settled[0]]  # one fit, at the final size


def test_the_same_map_again_is_not_placed_again_but_a_new_language_is(qtbot, sample_dataset):
    """The dataset arriving with the map its preview drew (the same names, the same caption
    size) neither refits the map nor places its labels again (~0.3 s at 10,000 units before
    the first plan); another language does both."""
    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.map.map_view import MapView
    from kzplanner.gui.state import AppState

    state = AppState(language="kk")
    state.set_auto_plan(False)
    view = MapView(state)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    state._prepared = prepare_dataset(sample_dataset, PlanParams())  # noqa: SLF001 - as a load
    state.map_changed.emit()
    placed = []
    declutter = view._declutter  # noqa: SLF001 - counted, not changed

    def counted() -> None:
        placed.append(state.language)
        declutter()

    view._declutter = counted  # noqa: SLF001
    before = {c: lab.text() for c, lab in view.label_items.items()}
    state.map_changed.emit()  # the same map: what the dataset's arrival after its preview does
    assert placed == []
    assert {c: lab.text() for c, lab in view.label_items.items()} == before
    state.set_language("ru")
    assert placed and placed[-1] == "ru"
    assert view.label_items["351000000"].text() != before["351000000"]
