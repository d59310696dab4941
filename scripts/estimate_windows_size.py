"""Estimate the Windows one-folder size from a Linux build and the Windows wheels' binaries.

No Windows machine is available (docs/windows.md), so the Windows figure is an estimate, made
reproducible here:

    pip download --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.11 \\
        -d /tmp/winwheels numpy scipy pandas pyogrio pyproj shapely pillow rapidfuzz \\
        pyside6-essentials shiboken6 python-calamine rpds-py     # the versions installed here
    python scripts/estimate_windows_size.py dist/KZPlanner /tmp/winwheels

The Linux folder's files that are not ELF libraries (data, maps, translations, the executable
with its Python archive) are counted as they are; its ELF libraries are replaced by the Windows
wheels' binaries: each extension module (.pyd) whose module the Linux build carries, each DLL
of a bundled package that build.spec's keep_in_bundle() keeps (Qt's only when the Linux build
carries that Qt library). Python's own extension modules are counted at their Linux size (the
Windows ones are smaller) and python311.dll with the C runtime at PYTHON_RUNTIME_MB. Linux-only
libraries (ICU, the X11/xcb stack, libstdc++) drop out, as they do on Windows.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_RUNTIME_MB = 6.1  # python311.dll (3.11 amd64, about 5.9 MB), vcruntime140, libffi
# wheel name → the top-level module it installs, where they differ
TOP_MODULE = {"scikit_learn": "sklearn", "pyside6_essentials": "PySide6", "pillow": "PIL",
              "rpds_py": "rpds"}
LINUX_MODULE = re.compile(r"(.+?)\.(cpython-\d+-x86_64-linux-gnu|abi3)\.so$")
WINDOWS_MODULE = re.compile(r"(\.cp\d+-win_amd64|\.abi3)?\.pyd$")
QT_LINUX = re.compile(r"libQt6(\w+)\.so\.6$")
QT_WINDOWS = re.compile(r"PySide6/Qt6(\w+)\.dll$")


def spec_namespace() -> dict:
    """build.spec's constants and keep_in_bundle(), without running PyInstaller's Analysis
    (tests/test_build.py reads the spec through this too)."""
    source = (ROOT / "build.spec").read_text(encoding="utf-8").split("\na = Analysis(")[0]
    source = "\n".join(line for line in source.splitlines()
                       if not line.startswith("from PyInstaller"))
    namespace = {"SPECPATH": str(ROOT), "collect_data_files": lambda *a, **k: [],
                 "collect_dynamic_libs": lambda *a, **k: [],
                 "collect_submodules": lambda *a, **k: []}
    exec(compile(source, "build.spec", "exec"), namespace)
    return namespace


def spec_keep_in_bundle():
    """build.spec's keep_in_bundle()."""
    return spec_namespace()["keep_in_bundle"]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def estimate(app_dir: Path, wheels: Path, keep=None) -> dict[str, float]:
    """MB by part: 'same' (carried over), 'stdlib' (Python's modules), 'runtime', one entry per
    wheel, and 'total'; 'linux' is the Linux folder's own total for comparison."""
    keep = keep or spec_keep_in_bundle()
    internal = app_dir / "_internal"
    modules: set[str] = set()
    qt_libs: set[str] = set()
    same = stdlib = linux = 0
    for path in app_dir.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        linux += size
        if path.parent == app_dir or not _is_elf(path):
            same += size  # the executable (bootloader + Python archive) and every data file
            continue
        rel = path.relative_to(internal).as_posix()
        if "lib-dynload/" in rel:
            stdlib += size
        if match := LINUX_MODULE.match(rel):
            modules.add(match.group(1).replace("/", "."))
        if match := QT_LINUX.match(path.name):
            qt_libs.add(match.group(1))
    tops = {m.split(".")[0].lower() for m in modules}
    out = {"linux": linux / 1e6, "same": same / 1e6, "stdlib": stdlib / 1e6,
           "runtime": PYTHON_RUNTIME_MB}
    for wheel in sorted(wheels.glob("*win_amd64.whl")):
        name = wheel.name.split("-")[0].lower()
        if TOP_MODULE.get(name, name).lower() not in tops:
            continue  # a package the Linux build does not carry
        total = 0
        for info in zipfile.ZipFile(wheel).infolist():
            member = info.filename
            if member.lower().endswith(".pyd"):
                if WINDOWS_MODULE.sub("", member).replace("/", ".") not in modules:
                    continue
            elif member.lower().endswith(".dll"):
                qt = QT_WINDOWS.match(member)
                if not keep(member) or (qt and qt.group(1) not in qt_libs):
                    continue
                if member.startswith("PySide6/") and member.count("/") > 1 \
                        and not member.startswith("PySide6/plugins/"):
                    continue  # QML plugins
            else:
                continue
            total += info.file_size
        out[name] = total / 1e6
    out["total"] = sum(v for k, v in out.items() if k != "linux")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_dir", type=Path, help="the Linux one-folder build (dist/KZPlanner)")
    parser.add_argument("wheels", type=Path, help="folder of win_amd64 wheels (pip download)")
    args = parser.parse_args(argv)
    parts = estimate(args.app_dir, args.wheels)
    print(f"Linux folder {parts['linux']:.1f} MB → Windows estimate {parts['total']:.1f} MB")
    for key, mb in sorted(parts.items(), key=lambda kv: -kv[1]):
        if key not in ("linux", "total"):
            print(f"  {mb:7.1f} MB  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
