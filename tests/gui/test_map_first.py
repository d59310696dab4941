"""Start with a warm input cache: the map paints from the cache's map entry before pandas loads,
then the dataset arrives and keeps that map (issue 9: cold start to a painted map). With an
empty cache the map paints as soon as the inputs are parsed, before the dataset is adopted
(issue 21)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from kzplanner.gui.app import application, wait_for_data, wait_for_map
from kzplanner.gui.main_window import MainWindow
from kzplanner.gui.state import AppState
app = application()
state = AppState(language="kk")
state.load()
window = MainWindow(state, None)
window.resize(1200, 800)
view = window.map_panel.view
first = {}


def drawn():  # connected after the map view's own slot: the map has just been built
    if not first:
        first.update({"pandas": "pandas" in sys.modules, "dataset": state.prepared is not None,
                      "units": len(view.unit_items),
                      "filled": sum(i.brush().style() != 0 for i in view.unit_items.values()),
                      "tip": view.unit_items["351000000"].toolTip(),
                      "caption": view.caption.text()})


state.map_changed.connect(drawn)
window.show()
assert wait_for_map(state)
preview = state.map_data
assert wait_for_data(state)
then = {"same_map": state.map_data is preview, "units": len(view.unit_items),
        "tip": view.unit_items["351000000"].toolTip(),
        "name": state.unit_name("351000000")}
print(json.dumps({"first": first, "then": then}))
sys.stdout.flush()
os._exit(0)
"""


def _start(env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         env=env, timeout=180, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_map_paints_from_the_cache_before_the_data_libraries_load(tmp_path):
    env = {**os.environ, "KZPLANNER_CACHE_DIR": str(tmp_path / "кэш"),
           "KZPLANNER_AUTOSAVE_DIR": str(tmp_path / "autosave"),
           "KZPLANNER_LOG_DIR": str(tmp_path / "log")}
    # nothing cached: the map waits for the inputs to be parsed, then paints before the
    # dataset is adopted (tables, panels) and the cache written; the dataset keeps that map
    cold = _start(env)
    assert cold["first"]["pandas"] and not cold["first"]["dataset"], cold["first"]
    assert cold["first"]["units"] == 224 and cold["first"]["filled"] == 224
    assert cold["then"]["same_map"]
    warm = _start(env)
    first, then = warm["first"], warm["then"]
    assert not first["pandas"] and not first["dataset"], first
    assert first["units"] == 224 and first["filled"] == 224
    # the preview's tooltip and caption are the dataset's own
    assert first["tip"] == cold["then"]["tip"] == then["tip"]
    assert "Қарағанды" in first["tip"] and "geokz" in first["caption"]
    assert then["same_map"] and then["units"] == 224
    assert then["name"] == "Қарағанды қаласы"


def test_the_load_waits_for_the_paint_only_when_a_map_is_there_to_paint(qapp, sample_dataset):

    from PySide6.QtWidgets import QApplication

    # windows other tests left on screen would count as "a window to paint in"
    left_shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in left_shown:
        w.hide()
    try:
        _load_waits_only_with_a_map_on_screen(sample_dataset)
    finally:
        for w in left_shown:
            w.show()


def _load_waits_only_with_a_map_on_screen(sample_dataset) -> None:
    import threading

    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.state import AppState

    preview = prepare_dataset(sample_dataset, PlanParams()).map
    alone = AppState()  # nobody draws a map: the preview is not adopted, the load goes on
    gate = threading.Event()
    alone._preview_gate = gate
    alone._on_preview(gate, preview)
    assert gate.is_set() and alone.map_data is None

    state = AppState()
    seen = []
    state.map_changed.connect(lambda: seen.append(state.map_data))
    gate = threading.Event()
    state._preview_gate = gate
    state._on_preview(gate, preview)  # a listener, but no window on screen to paint it
    assert gate.is_set() and seen == [] and state.map_data is None

    from PySide6.QtWidgets import QWidget

    shown = QWidget()
    shown.show()
    try:
        gate = threading.Event()
        state._preview_gate = gate
        state._on_preview(gate, preview)
        assert seen == [preview] and not gate.is_set()  # held until the map has painted
        state.map_painted()
        assert gate.is_set()
    finally:
        shown.close()


def test_opening_something_else_takes_the_preview_down(qapp, sample_dataset):
    import threading

    from PySide6.QtWidgets import QWidget

    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.state import AppState

    shown = QWidget()  # a window on screen: the preview is taken up
    shown.show()
    state = AppState()
    changes = []
    state.map_changed.connect(lambda: changes.append(state.map_data))
    gate = threading.Event()
    state._preview_gate = gate
    state._on_preview(gate, prepare_dataset(sample_dataset, PlanParams()).map)
    state.cancel_load()  # e.g. a project is being opened instead
    shown.close()
    assert gate.is_set() and state.map_data is None and changes[-1] is None
