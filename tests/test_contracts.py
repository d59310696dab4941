"""The shape of the code, checked: import-linter's contracts hold (faces over app over core; Qt only
in gui/), a Qt import planted in core/ or app/ — even inside a function — is caught, and no two
kzplanner modules import each other, directly or round a loop."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
grimp = pytest.importorskip("grimp", reason="import-linter is not installed (pip install -e .[test])")


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


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components (Tarjan) of more than one kzplanner module."""
    modules = sorted(m for m in graph.modules if m.startswith("kzplanner"))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
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

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in modules:
        if module not in index:
            visit(module)
    return found


def _graph(root: Path):
    sys.path.insert(0, str(root))
    try:
        # Imports inside functions count; imports only for type checkers do not.
        return grimp.build_graph("kzplanner", exclude_type_checking_imports=True, cache_dir=None)
    finally:
        sys.path.remove(str(root))


def test_no_import_cycle_among_kzplanner_modules():
    assert _cycles(_graph(ROOT)) == []


def test_the_cycle_check_finds_a_planted_loop(tmp_path):
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "kzplanner", copy / "kzplanner",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "kzplanner" / "core" / "formatting.py").open("a", encoding="utf-8").write(
        "\n\ndef _loop():\n    from kzplanner.core import catalogue  # noqa\n")
    # catalogue imports formatting? Plant the other direction too, so the loop is certain.
    (copy / "kzplanner" / "core" / "kinds.py").open("a", encoding="utf-8").write(
        "\n\ndef _loop():\n    from kzplanner.core import formatting  # noqa\n")
    (copy / "kzplanner" / "core" / "formatting.py").open("a", encoding="utf-8").write(
        "\n\ndef _loop2():\n    from kzplanner.core import kinds  # noqa\n")
    cycles = _cycles(_graph(copy))
    assert any({"kzplanner.core.formatting", "kzplanner.core.kinds"} <= set(c) for c in cycles)


def test_no_module_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "kzplanner").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
