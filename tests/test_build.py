"""The Windows delivery: build.spec bundles what the app opens; text files are read as UTF-8; the
frozen build starts offline and writes its screenshot (slow: only with KZ_BUILD_TEST=1)."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("kk", "ru", "en")


def test_spec_bundles_resources_maps_user_guide_and_icon():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    targets = set(re.findall(r',\s*"([\w/-]+)"\)', spec))
    assert {"resources", "maps", "docs/user-guide"} <= targets
    assert "kzplanner.ico" in spec and (ROOT / "resources" / "icons" / "kzplanner.ico").is_file()
    assert "pyogrio" in spec and "pyproj" in spec  # GDAL/PROJ data PyInstaller misses alone


def _text_io_without_encoding(tree: ast.AST) -> list[int]:
    """Lines calling open()/read_text()/write_text() in text mode without encoding=."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        keywords = {k.arg for k in node.keywords}
        if name in ("read_text", "write_text") and "encoding" not in keywords:
            lines.append(node.lineno)
        elif name == "open" and isinstance(node.func, ast.Name) and "encoding" not in keywords:
            mode = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "mode"), None)
            text_mode = not (isinstance(mode, ast.Constant) and "b" in str(mode.value))
            if text_mode:
                lines.append(node.lineno)
    return lines


def test_text_files_are_read_and_written_as_utf8():
    """Windows' default code page is CP1251 in Kazakhstan: every text read/write names UTF-8."""
    offenders = []
    for path in sorted([*(ROOT / "kzplanner").rglob("*.py"), *(ROOT / "scripts").glob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in _text_io_without_encoding(tree)]
    assert offenders == []


def _build_script():
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "scripts" / "build_app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.build
@pytest.mark.skipif(os.environ.get("KZ_BUILD_TEST") != "1",
                    reason="slow PyInstaller build: set KZ_BUILD_TEST=1 (needs pyinstaller)")
def test_frozen_build_starts_offline_and_writes_its_screenshot(tmp_path):
    pytest.importorskip("PyInstaller")
    build_app = _build_script()
    exe = build_app.build(tmp_path / "dist")
    assert (exe.parent / "_internal" / "resources" / "i18n" / "kzplanner_kk.qm").is_file()
    assert (exe.parent / "_internal" / "docs" / "user-guide" / "kk.html").is_file()
    shot = build_app.smoke_test(exe, tmp_path / "smoke")
    assert shot.stat().st_size > 20_000
