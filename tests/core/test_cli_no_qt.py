"""The command line is thin over kzplanner.app: listing a map's indicators loads no Qt (issue 18).
Which modules may import what is import-linter's (tests/test_contracts.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, sys
from kzplanner.cli import main
code = main(["map", "--list-indicators"])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")
            or m.startswith("kzplanner.gui"))
sys.stdout.write("\\n" + json.dumps({"code": code, "qt": qt}) + "\\n")
"""


def test_map_list_indicators_loads_no_qt(tmp_path):
    env = {**os.environ, "KZPLANNER_CACHE_DIR": str(tmp_path / "cache"),
           "KZPLANNER_LOG_DIR": str(tmp_path / "log")}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         env=env, timeout=300, check=True)
    lines = out.stdout.strip().splitlines()
    report = json.loads(lines[-1])
    assert report["code"] == 0
    assert report["qt"] == [], f"loaded by `map --list-indicators`: {report['qt']}"
    assert any(line.startswith("combined_gap\t") for line in lines)
