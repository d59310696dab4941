"""The command line is thin over kzplanner.app: listing a map's indicators loads no Qt, and the
cli modules reach the gui package through gui.print_service only (issue 18)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import kzplanner

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


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return names


def test_cli_reaches_the_gui_through_print_service_only():
    root = Path(kzplanner.__file__).parent
    for path in sorted(root.glob("cli*.py")):
        gui = [m for m in _imports(path) if m.startswith("kzplanner.gui")
               or m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")]
        allowed = {"kzplanner.gui.print_service"} if path.name == "cli_map.py" else set()
        if path.name == "cli.py":
            allowed = {"kzplanner.gui.app"}  # `kzplanner gui` opens the window
        assert set(gui) <= allowed, f"{path.name} imports {gui}"


def test_app_imports_no_qt():
    root = Path(kzplanner.__file__).parent / "app"
    for path in sorted(root.rglob("*.py")):
        bad = [m for m in _imports(path) if m.startswith("kzplanner.gui")
               or m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")]
        assert not bad, f"{path.relative_to(root)} imports {bad}"


def test_cli_modules_do_not_import_each_others_entry_points():
    """cli imports cli_map's parser; cli_map must not import cli back (shared pieces live in
    cli_common and kzplanner.app)."""
    root = Path(kzplanner.__file__).parent
    assert "kzplanner.cli" not in _imports(root / "cli_map.py")
    for path in sorted(root.glob("cli_*.py")):
        assert "kzplanner.cli" not in _imports(path), path.name
