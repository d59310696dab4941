"""Start with a warm input cache: the map paints from the cache's map entry before pandas loads,
then the dataset arrives and keeps that map (issue 9: cold start to a painted map)."""

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
window.show()
assert wait_for_map(state)
view = window.map_panel.view
preview = state.map_data
first = {"pandas": "pandas" in sys.modules, "dataset": state.prepared is not None,
         "units": len(view.unit_items), "filled": sum(i.brush().style() != 0
                                                      for i in view.unit_items.values()),
         "tip": view.unit_items["350000000"].toolTip(), "caption": view.caption.text()}
assert wait_for_data(state)
then = {"same_map": state.map_data is preview, "units": len(view.unit_items),
        "tip": view.unit_items["350000000"].toolTip(),
        "name": state.unit_name("350000000")}
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
    cold = _start(env)  # nothing cached: the map waits for the dataset
    assert cold["first"]["dataset"] and cold["first"]["pandas"]
    warm = _start(env)
    first, then = warm["first"], warm["then"]
    assert not first["pandas"] and not first["dataset"], first
    assert first["units"] == 16 and first["filled"] == 16
    # the preview's tooltip and caption are the dataset's own
    assert first["tip"] == cold["then"]["tip"] == then["tip"]
    assert "Қарағанды" in first["tip"] and "Natural Earth" in first["caption"]
    assert then["same_map"] and then["units"] == 16
    assert then["name"] == "Қарағанды облысы"
