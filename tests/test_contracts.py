"""The shape of the code, checked: import-linter's contracts hold (faces over app over core; Qt only
in gui/), a Qt import planted in core/ or app/ — even inside a function — is caught, and no two
kzplanner modules import each other, directly or round a loop."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("grimp", reason="import-linter is not installed (pip install -e .[test])")


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on the kzplanner package found under `root`, with root's pyproject.toml."""
    script = ("import sys; sys.path.insert(0, sys.argv.pop(1)); "
              "from importlinter.cli import lint_imports_command; lint_imports_command()")
    return subprocess.run(
        [sys.executable, "-c", script, str(root), str(root / "pyproject.toml"), "--no-cache",
         "--no-logo"],
        cwd=root, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=300, check=False)


def test_contracts_hold():
    done = _lint_imports(ROOT)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout and "KEPT" in done.stdout


@pytest.mark.parametrize(("module", "planted"), [
    ("kzplanner/core/formatting.py", "def _planted():\n    import PySide6.QtCore  # noqa\n"),
    ("kzplanner/app/display/legend_text.py",
     "def _planted():\n    from pyqtgraph import mkPen  # noqa\n"),
    ("kzplanner/core/indicators.py", "def _planted():\n    import kzplanner.gui.state  # noqa\n"),
])
def test_a_planted_qt_import_breaks_the_contract(tmp_path, module, planted):
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "kzplanner", copy / "kzplanner",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + "\n\n" + planted, encoding="utf-8")
    done = _lint_imports(copy)
    assert done.returncode != 0, done.stdout[-3000:]
    assert "BROKEN" in done.stdout
    assert module.removesuffix(".py").replace("/", ".") in done.stdout


CYCLES = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import grimp
# Imports inside functions count; imports only for type checkers do not.
graph = grimp.build_graph("kzplanner", exclude_type_checking_imports=True, cache_dir=None)
modules = sorted(m for m in graph.modules if m.startswith("kzplanner"))
index, low, stack, on_stack, found = {}, {}, [], set(), []
sys.setrecursionlimit(10_000)

def visit(v):  # Tarjan's strongly connected components
    index[v] = low[v] = len(index)
    stack.append(v)
    on_stack.add(v)
    for w in graph.find_modules_directly_imported_by(v):
        if not w.startswith("kzplanner"):
            continue
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        component = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            component.append(w)
            if w == v:
                break
        if len(component) > 1:
            found.append(sorted(component))

for module in modules:
    if module not in index:
        visit(module)
print(json.dumps(found))
"""


def _cycles(root: Path) -> list[list[str]]:
    """Groups of kzplanner modules (under `root`) that import each other round a loop; in a
    child process, so the package found is the one under `root`."""
    done = subprocess.run([sys.executable, "-c", CYCLES, str(root)], cwd=root,
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_import_cycle_among_kzplanner_modules():
    assert _cycles(ROOT) == []


def test_the_cycle_check_finds_a_planted_loop(tmp_path):
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "kzplanner", copy / "kzplanner",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "kzplanner" / "core" / "kinds.py").open("a", encoding="utf-8").write(
        "\n\ndef _loop():\n    from kzplanner.core import formatting  # noqa\n")
    (copy / "kzplanner" / "core" / "formatting.py").open("a", encoding="utf-8").write(
        "\n\ndef _loop():\n    from kzplanner.core import kinds  # noqa\n")
    cycles = _cycles(copy)
    assert any({"kzplanner.core.formatting", "kzplanner.core.kinds"} <= set(c) for c in cycles)


def test_no_module_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "kzplanner").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
