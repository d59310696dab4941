"""Build the one-folder app with PyInstaller (build.spec) and smoke-test the frozen build.

    python scripts/build_app.py              # build dist/KZPlanner, then smoke-test it
    python scripts/build_app.py --smoke-only # only smoke-test an existing build
    python scripts/build_app.py --size-only  # only the size of an existing build (MB)
    python scripts/build_app.py --size-only --max-mb 300  # … and fail above 300 MB

The smoke test starts the frozen app as a new user whose profile folder has a Cyrillic name,
without network where the system allows it (Linux: a private network namespace), and asks for
`gui --lang kk --screenshot`; it passes when the PNG and the log file are written. The workflow
test then runs plan, export, map, coverage, evaluate and check in the frozen app the same way
(what the trimmed bundle must still do: solver, GDAL/PROJ, Qt, SciPy, Excel).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = "KZPlanner"
SMOKE_TIMEOUT_S = 300
SIZE_LIMIT_MB = 300  # issue 23: the one-folder build a district office downloads


def _files(folder: Path) -> list[Path]:
    """Every file under folder, each once (symbolic links neither counted nor followed)."""
    out = []
    for root, _dirs, files in os.walk(folder):
        out += [Path(root) / f for f in files if not (Path(root) / f).is_symlink()]
    return out


def folder_size_mb(folder: Path) -> float:
    """Bytes of every file under folder, in MB (10^6 bytes)."""
    return sum(p.stat().st_size for p in _files(folder)) / 1e6


def size_report(app_dir: Path, top: int = 12) -> str:
    """The folder's total and its largest parts (two levels under _internal), for the docs."""
    internal = app_dir / "_internal"
    parts: dict[str, float] = {}
    for path in _files(internal):
        rel = path.relative_to(internal).parts
        key = "/".join(rel[:2]) if len(rel) > 2 else rel[0]
        parts[key] = parts.get(key, 0.0) + path.stat().st_size / 1e6
    lines = [f"one-folder build {app_dir}: {folder_size_mb(app_dir):.1f} MB"]
    lines += [f"  {mb:7.1f} MB  {key}" for key, mb in sorted(parts.items(), key=lambda kv: -kv[1])[:top]]
    return "\n".join(lines)


def app_executable(dist: Path = DIST) -> Path:
    name = f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME
    return dist / APP_NAME / name


def build_translations() -> None:
    """Compile the .qm files from the .ts sources (the bundle ships the .qm)."""
    sys.path.insert(0, str(ROOT))
    from kzplanner.gui import i18n

    for lang in i18n.TRANSLATED:
        i18n.build_qm(lang)


def build(dist: Path = DIST) -> Path:
    build_translations()
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                    "--clean", "--log-level", "WARN", "--distpath", str(dist),
                    "--workpath", str(WORK)], cwd=ROOT, check=True)
    exe = app_executable(dist)
    if not exe.is_file():
        raise SystemExit(f"PyInstaller did not produce {exe}")
    strip_libpython(exe.parent)
    prune_unreached_libraries(exe.parent)
    return exe


def strip_libpython(app_dir: Path) -> None:
    """Linux: the interpreter's libpython carries its debug symbols (23 MB → 6 MB stripped).
    Only that file: the wheels' libraries (numpy.libs …) were patched by auditwheel and break
    when stripped ("ELF load command address/offset not page-aligned", measured)."""
    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None:
        return
    for lib in (app_dir / "_internal").glob("libpython3*.so*"):
        if lib.is_file() and not lib.is_symlink():
            subprocess.run([tool, "--strip-unneeded", str(lib)], check=False)


def _needed(lib: Path) -> list[str]:
    """The shared libraries an ELF file asks the loader for (DT_NEEDED), by readelf."""
    out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True,
                         check=False).stdout
    return re.findall(r"\(NEEDED\).*\[(.+?)\]", out)


def unreached_libraries(app_dir: Path) -> list[Path]:
    """Linux: bundled shared libraries no extension module, Qt plugin or libpython needs.

    PyInstaller collects a library's dependencies before build.spec drops that library (the GTK
    platform theme's cairo, pango, gio …; Qt's OpenGL and Wayland helpers), so they stay behind
    with nothing loading them. Walks DT_NEEDED from the roots (what Python or Qt opens itself)."""
    internal = app_dir / "_internal"
    libs = [p for p in _files(internal) if ".so" in p.name]
    by_name: dict[str, list[Path]] = {}
    for path in internal.rglob("*.so*"):  # the links beside _internal's folders count too
        by_name.setdefault(path.name, []).append(path.resolve())
    roots = [p for p in libs if ".cpython-" in p.name or p.name.endswith(".abi3.so")
             or "plugins" in p.relative_to(internal).parts or p.name.startswith("libpython")]
    seen: set[Path] = set()
    stack = [p.resolve() for p in roots]
    while stack:
        lib = stack.pop()
        if lib in seen:
            continue
        seen.add(lib)
        stack += [dep for name in _needed(lib) for dep in by_name.get(name, [])]
    return [p for p in libs if p.resolve() not in seen]


def prune_unreached_libraries(app_dir: Path) -> float:
    """Delete unreached_libraries() and the links to them; returns the MB removed."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return 0.0
    gone = unreached_libraries(app_dir)
    removed = sum(p.stat().st_size for p in gone) / 1e6
    targets = {p.resolve() for p in gone}
    for link in (app_dir / "_internal").rglob("*.so*"):
        if link.is_symlink() and link.resolve() in targets:
            link.unlink()
    for path in gone:
        path.unlink()
    print(f"removed {len(gone)} unreached libraries ({removed:.1f} MB)")
    return removed


def _offline_prefix() -> list[str]:
    """`unshare -rn` (no network at all) when this Linux allows it; else nothing."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return ["unshare", "-rn"]
    return []


def _user_env(home: Path) -> dict[str, str]:
    """A new user whose profile is `home`; no Python of ours leaks into the frozen app."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({"HOME": str(home), "USERPROFILE": str(home),
                "APPDATA": str(home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "XDG_STATE_HOME": str(home / ".local" / "state"),
                "XDG_CACHE_HOME": str(home / ".cache")})
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def smoke_test(exe: Path, out_dir: Path, lang: str = "kk") -> Path:
    """Run the frozen app once on the sample; return the screenshot it wrote."""
    out_dir.mkdir(parents=True, exist_ok=True)
    screenshot = out_dir / f"smoke_{lang}.png"
    screenshot.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "Әлия Пайдаланушы"  # a Cyrillic user name, as on many akimat PCs
        home.mkdir()
        env = _user_env(home)
        prefix = _offline_prefix()
        command = [*prefix, str(exe), "gui", "--lang", lang, "--screenshot", str(screenshot)]
        print("smoke test:", " ".join(command), "(offline)" if prefix else "(network not cut)")
        done = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=SMOKE_TIMEOUT_S,
                              check=False)
        logs = list(home.rglob("kzplanner.log"))
        if done.returncode != 0 or not screenshot.is_file():
            raise SystemExit(f"frozen app failed (exit {done.returncode}):\n{done.stdout}\n"
                             f"{done.stderr}")
        if not logs:
            raise SystemExit("frozen app wrote no log file in the user's folder")
        if screenshot.stat().st_size < 20_000:
            raise SystemExit(f"{screenshot} is suspiciously small")
    print(f"smoke test passed: {screenshot}")
    return screenshot


def _write_inputs(folder: Path) -> dict[str, Path]:
    """A DiD panel (CSV) and the sample's districts reprojected to UTM 42N (a GeoPackage that
    only PROJ can bring back to the map's degrees), written by this Python, not the frozen app."""
    import geopandas as gpd

    sys.path.insert(0, str(ROOT))
    from kzplanner import paths

    panel = folder / "панель.csv"
    lines = ["district,year,share,programme"]
    for unit in range(12):
        for t in range(4):
            lift = 5.0 if unit < 6 and t >= 2 else 0.0
            lines.append(f"D{unit},{2019 + t},{50 + 3 * t + lift + ((unit * 7 + t * 3) % 5) / 4},"
                         f"{int(unit < 6)}")
    panel.write_text("\n".join(lines) + "\n", encoding="utf-8")
    utm = folder / "аудандар_utm.gpkg"
    gpd.read_file(paths.sample_boundaries()).to_crs(32642).to_file(utm)
    return {"panel": panel, "utm": utm}


def workflow_test(exe: Path) -> dict[str, object]:
    """The frozen app's command line through what the trimmed bundle must still do, offline, as
    the Cyrillic-named user: a plan (HiGHS) into a project and a workbook; its GeoPackage export
    (GDAL, PROJ); a Fisher-Jenks map (Qt offscreen); settlement coverage (cKDTree); a DiD with
    clustered errors (core.ols, scipy.stats); a check of boundaries in UTM metres (pyproj with
    GDAL's proj.db). Returns the parsed JSON answers; raises SystemExit on any failure."""
    import json

    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "Әлия Пайдаланушы"
        home.mkdir()
        env, prefix = _user_env(home), _offline_prefix()
        inputs = _write_inputs(Path(tmp))
        sample = exe.parent / "_internal" / "resources" / "sample"
        project, gpkg, png = home / "Жоба.kzp", home / "Жоспар.gpkg", home / "Карта.png"
        steps = {
            "plan": ["plan", "--budget", "2000000000", "--project", str(project), "--scenario",
                     "s1", "--out", str(home / "Жоспар.xlsx"), "--lang", "kk", "--json"],
            "export": ["export", "--project", str(project), "--scenario", "s1", "--out",
                       str(gpkg)],
            "map": ["map", "--scheme", "fisher_jenks", "--classes", "5", "--out", str(png),
                    "--lang", "ru"],
            "coverage": ["coverage", "--settlements", str(sample / "settlements.gpkg"), "--json"],
            "did": ["evaluate", "did", "--data", str(inputs["panel"]), "--outcome", "share",
                    "--unit", "district", "--time", "year", "--treated", "programme",
                    "--post-from", "2021", "--cluster", "--json"],
            "check": ["check", "--boundaries", str(inputs["utm"]), "--stats",
                      str(sample / "kz_sample_statistics.xlsx"), "--institutions",
                      str(sample / "kz_sample_institutions.xlsx"), "--json"],
        }
        for name, args in steps.items():
            done = subprocess.run([*prefix, str(exe), *args], env=env, cwd=home,
                                  capture_output=True, text=True, encoding="utf-8",
                                  errors="replace", timeout=SMOKE_TIMEOUT_S, check=False)
            if done.returncode != 0:
                logs = "\n".join(p.read_text(encoding="utf-8", errors="replace")[-3000:]
                                 for p in home.rglob("*.log"))
                raise SystemExit(f"frozen {name} failed (exit {done.returncode}):\n"
                                 f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}\n{logs}")
            # a windowed Windows build may have no stdout at all: then only exit codes and files
            json_answer = "--json" in args and done.stdout.strip()
            out[name] = json.loads(done.stdout) if json_answer else done.stdout
            print(f"frozen {name}: ok")
        for path in (project, home / "Жоспар.xlsx", gpkg, png):
            if not path.is_file() or path.stat().st_size < 10_000:
                raise SystemExit(f"frozen app did not write {path.name}")
        import pyogrio

        out["gpkg_layers"] = sorted(str(n) for n, _ in pyogrio.list_layers(gpkg))
        out["gpkg_crs"] = pyogrio.read_info(gpkg, layer="units")["crs"]
        out["panel"] = inputs["panel"].read_text(encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-only", action="store_true")
    parser.add_argument("--size-only", action="store_true", help="only print the folder's size")
    parser.add_argument("--max-mb", type=float, default=None,
                        help=f"fail when the folder is larger (the target: {SIZE_LIMIT_MB} MB)")
    parser.add_argument("--dist", type=Path, default=DIST)
    args = parser.parse_args(argv)
    exe = app_executable(args.dist)
    if not args.size_only:
        exe = exe if args.smoke_only else build(args.dist)
        smoke_test(exe, args.dist)
        workflow_test(exe)
    print(size_report(exe.parent))
    size = folder_size_mb(exe.parent)
    if args.max_mb is not None and size > args.max_mb:
        raise SystemExit(f"the one-folder build is {size:.0f} MB, over {args.max_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
