"""The window is built before the data libraries load (issue 9: paint first, then load)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("pandas", "geopandas", "pyqtgraph", "scipy", "shapely", "pyogrio", "openpyxl",
         "statsmodels", "mapclassify")

SCRIPT = f"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from kzplanner.gui.app import application
from kzplanner.gui.main_window import MainWindow
from kzplanner.gui.state import AppState
app = application()
window = MainWindow(AppState(language="kk"), None)
window.show()
app.processEvents()
print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))
sys.stdout.flush()
os._exit(0)
"""


def test_window_is_built_without_the_data_libraries(tmp_path):
    env = {**os.environ, "KZPLANNER_CACHE_DIR": str(tmp_path / "cache"),
           "KZPLANNER_AUTOSAVE_DIR": str(tmp_path / "autosave"),
           "KZPLANNER_LOG_DIR": str(tmp_path / "log")}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported before any data arrived: {loaded}"
