"""Core never loads Qt: import every non-GUI module in a fresh interpreter and check."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kzplanner


def _non_gui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(kzplanner.__path__, "kzplanner."):
        if not info.name.startswith("kzplanner.gui") and info.name != "kzplanner.__main__":
            names.append(info.name)
    return names


def test_core_cli_and_planning_never_load_qt(tmp_path):
    modules = _non_gui_modules()
    assert "kzplanner.core.planning.optimiser" in modules and "kzplanner.cli" in modules
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "from kzplanner.core.dataset import load_dataset\n"
        "from kzplanner.core.planning.planner import make_plan\n"
        "from kzplanner.core.planning.parameters import PlanParams\n"
        "from kzplanner.core.io.write.plan_workbook import write_plan_workbook\n"
        "ds = load_dataset(); r = make_plan(ds, PlanParams(budget_kzt=1e8))\n"
        f"write_plan_workbook(r'{tmp_path / 'p.xlsx'}', ds, r)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', "
        "'pyqtgraph')]\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == ""
