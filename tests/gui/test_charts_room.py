"""The gap chart shows every unit (a bar and a readable name each, scrolling when they are many)
with a before/after key always in view (issue 19, item 3)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def gap_chart(window, qtbot):
    size = window.size()
    window.resize(1366, 768)
    window.map_features.dock.raise_()
    charts = window.map_features.charts
    qtbot.waitUntil(lambda: charts.gap.isVisible(), timeout=5000)
    qtbot.wait(50)
    yield charts.gap
    window.resize(size)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_unit_has_a_bar_and_a_name(window, gap_chart, qtbot, lang):
    from PySide6.QtGui import QFontMetrics

    from kzplanner.gui.map.unit_names import short_name

    state = window.state
    state.set_language(lang)
    qtbot.wait(30)
    gap = gap_chart
    units = [str(c) for c in state.prepared.baseline.index]
    assert sorted(gap.codes) == sorted(units)
    n = len(units)
    # a bar per unit, before and after the plan
    assert len(gap.before_bars.opts["y"]) == n and len(gap.after_bars.opts["y"]) == n
    # a name per bar, on the bar's row, in the interface language
    ticks = gap.plot.getAxis("left")._tickLevels[0]
    assert sorted(int(round(p)) for p, _ in ticks) == list(range(n))
    names = dict((int(round(p)), t) for p, t in ticks)
    for i, code in enumerate(gap.codes):
        assert names[i] == short_name(state.unit_name(code)) and names[i].strip()
    # every row can be scrolled to and is tall enough to read its name
    vb = gap.plot.getViewBox()
    (_, _), (y0, y1) = vb.viewRange()
    assert y0 <= -0.5 and y1 >= n - 0.5, "some bars are outside the plot"
    row_px = vb.height() / (y1 - y0)
    assert row_px >= QFontMetrics(gap.font()).height(), "names would overlap"
    # the bars are sorted, worst first
    before = np.asarray(gap.before_bars.opts["width"], dtype=float)
    assert (np.diff(before) <= 1e-9).all() or (np.diff(before) >= -1e-9).all()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_key_has_before_and_after(window, gap_chart, qtbot, lang):
    from kzplanner.app.strings import tr

    window.state.set_language(lang)
    qtbot.wait(30)
    key = gap_chart.key
    assert key.isVisible()
    entries = key.entries()
    texts = [t for _, t in entries]
    assert texts == [tr("charts.key_before", lang), tr("charts.key_after", lang)]
    colours = {c for c, _ in entries}
    assert len(colours) == 2
    # the key's colours are the bars' colours
    bar_before = gap_chart.before_bars.opts["brushes"][0]
    bar_after = gap_chart.after_bars.opts["brushes"][0]
    assert {bar_before.name(), bar_after.name()} == colours


def test_many_units_scroll_instead_of_being_dropped(window, gap_chart, qtbot):
    """With more units than the dock has room for, the plot grows and the area scrolls."""
    gap = gap_chart
    window.resize(1366, 768)
    qtbot.wait(30)
    n = len(gap.codes)
    assert gap.plot.minimumHeight() >= n * 12
    if gap.plot.minimumHeight() > gap.scroll.viewport().height():
        assert gap.scroll.verticalScrollBar().maximum() > 0


def test_the_wheel_scrolls_the_bars(window, gap_chart, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    gap = gap_chart
    bar = gap.scroll.verticalScrollBar()
    if bar.maximum() == 0:
        pytest.skip("every bar fits without scrolling at this size")
    bar.setValue(0)
    pos = QPointF(gap.plot.viewport().rect().center())
    event = QWheelEvent(pos, QPointF(gap.plot.viewport().mapToGlobal(pos.toPoint())),
                        QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(gap.plot.viewport(), event)
    assert bar.value() > 0


class _FakeState:
    """What GapChart reads of AppState, for a made-up country of many districts."""

    def __init__(self, n: int, lang: str) -> None:
        import pandas as pd
        from PySide6.QtCore import QObject, Signal

        class Signals(QObject):
            changed = Signal()

        self._signals = Signals()
        for name in ("dataset_changed", "result_changed", "indicator_changed",
                     "selection_changed", "language_changed"):
            setattr(self, name, self._signals.changed)
        codes = [f"{i:09d}" for i in range(1, n + 1)]
        rng = np.random.default_rng(7)
        before = pd.Series(rng.uniform(20, 60, n), index=codes)
        self.prepared = type("P", (), {"baseline": pd.DataFrame({"combined_gap": before})})()
        self.result = type("R", (), {"after": pd.DataFrame({"combined_gap": before * 0.6})})()
        self.indicator = "combined_gap"
        self.language = lang
        self.selection: tuple[str, ...] = ()
        self.names = {c: f"Ауданның ұзын атауы № {i}" for i, c in enumerate(codes, 1)}

    def unit_name(self, code: str) -> str:
        return self.names[code]

    def select_units(self, codes) -> None:
        self.selection = tuple(codes)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_224_districts_each_get_a_bar_a_name_and_the_list_scrolls(qtbot, lang):
    from PySide6.QtGui import QFontMetrics

    from kzplanner.gui.map.gap_chart import GapChart

    state = _FakeState(224, lang)
    chart = GapChart(state)  # type: ignore[arg-type]
    qtbot.addWidget(chart)
    chart.resize(1000, 240)  # the charts dock at 1366×768
    chart.show()
    qtbot.wait(30)
    assert len(chart.codes) == 224 and len(chart.before_bars.opts["y"]) == 224
    assert len(chart.after_bars.opts["y"]) == 224
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    assert sorted(t for _, t in ticks) == sorted(state.names.values())
    vb = chart.plot.getViewBox()
    (_, _), (y0, y1) = vb.viewRange()
    assert vb.height() / (y1 - y0) >= QFontMetrics(chart.font()).height()
    assert chart.scroll.verticalScrollBar().maximum() > 0  # it scrolls
    # worst first: the bars' lengths never grow down the list
    widths = np.asarray(chart.before_bars.opts["width"], dtype=float)
    assert (np.diff(widths) <= 1e-9).all()
    assert [t for _, t in chart.key.entries()] == [tr_(k, lang) for k in ("charts.key_before",
                                                                         "charts.key_after")]
    chart.click_row(223)
    assert state.selection == (chart.codes[223],)


def tr_(key: str, lang: str) -> str:
    from kzplanner.app.strings import tr

    return tr(key, lang)
