"""QGIS as the anchor: the same layers the app draws, measured on this machine, never typed in.

    python bench/qgis_anchor.py [--data bench/out/national] [--repeats 3] [--work DIR]

1. Writes, with the app's own Qt-free code, the layers the app's map shows: the units with the
   combined-gap indicator (`prepare_dataset`'s baseline, the window's default indicator) and the
   app's 5 quantile classes and colours (`choropleth.classify`), and every institution with its
   access status (`prepared.map.inst_status`, the statuses the map colours points by), into one
   GeoPackage (geopandas).
2. Builds a QGIS project from it with PyQGIS in the system Python (bench/qgis_side.py: graduated
   5-class choropleth + categorised points) and, in that process, times reading the project and
   QgsMapRendererSequentialJob at WIDTH×HEIGHT: the first render and three re-renders (one
   PyQGIS process per first render: REPEATS + 1 processes, the first discarded).
3. Times whole QGIS processes: `qgis --noplugins --nologo --project P.qgs --snapshot out.png
   --width W --height H` (a) on an X server that is already running (Xvfb, started once by this
   script), with a warm profile (one discarded run first) and with a new, empty profile each
   run; (b) as the issue's exact command under `xvfb-run -a` (which also starts an X server).

Prints one JSON object: raw seconds per run for each measurement, the QGIS version, the files;
or {"skipped": "<reason>"} when QGIS cannot be run here. Medians are taken by bench/run.py.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# This worktree's package, not whatever the environment has installed (an editable install
# of another checkout would otherwise be measured).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent
SYSTEM_PY = "/usr/bin/python3"
WIDTH, HEIGHT = 1600, 1000


def unavailable() -> str | None:
    """Why QGIS cannot be measured here, or None."""
    for exe in ("qgis", "Xvfb", "xvfb-run"):
        if shutil.which(exe) is None:
            return f"`{exe}` not installed (apt-get install qgis python3-qgis xvfb xauth)"
    if not Path(SYSTEM_PY).exists():
        return f"{SYSTEM_PY} not found (PyQGIS needs the system Python)"
    probe = subprocess.run([SYSTEM_PY, "-c", "import qgis.core"], capture_output=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    if probe.returncode != 0:
        return "the system Python has no qgis module (apt-get install python3-qgis)"
    return None


def write_layers(data: Path, gpkg: Path) -> dict[str, Any]:
    """The app's layers into `gpkg`; returns the classes and colours for the QGIS project."""
    import geopandas as gpd

    from kzplanner.app.display.choropleth import classify
    from kzplanner.app.display.map_points import STATUS_COLOURS, STATUSES
    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.parameters import PlanParams

    ds = load_dataset(str(data / "units.gpkg"), str(data / "statistics.xlsx"),
                      str(data / "institutions.xlsx"))
    prepared = prepare_dataset(ds, PlanParams())
    units = ds.units[["geometry"]].copy()
    units["unit_code"] = units.index.astype(str)
    units["combined_gap"] = prepared.baseline["combined_gap"].reindex(units.index).astype(float)
    cls = classify(units["combined_gap"].to_numpy(dtype=float), "quantiles", 5)
    inst = ds.institutions
    status = [STATUSES[int(s)] for s in prepared.map.inst_status]
    points = gpd.GeoDataFrame({"inst_id": inst["inst_id"].astype(str).to_numpy(),
                               "type": inst["type"].astype(str).to_numpy(), "status": status},
                              geometry=gpd.points_from_xy(inst["lon"], inst["lat"]), crs=4326)
    gpkg.unlink(missing_ok=True)
    gpd.GeoDataFrame(units, geometry="geometry").to_crs(4326).to_file(
        gpkg, layer="units", engine="pyogrio")
    points.to_file(gpkg, layer="institutions", engine="pyogrio")
    return {"classes": [[b.lower, b.upper, b.colour] for b in cls.bins],
            "status_colours": dict(STATUS_COLOURS), "units": len(units),
            "institutions": len(points)}


class Xvfb:
    """One X server for all the snapshot runs (started and stopped by this script only)."""

    def __enter__(self) -> str:
        for n in range(91, 140):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                break
        self.display = f":{n}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1920x1200x24",
                                      "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        sock = Path(f"/tmp/.X11-unix/X{n}")
        for _ in range(100):
            if sock.exists():
                break
            time.sleep(0.05)
        return self.display

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _snapshot(cmd: list[str], env: dict[str, str], png: Path) -> float:
    png.unlink(missing_ok=True)
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=300, check=False)
    wall = time.perf_counter() - t
    # QGIS 3.22 exits with status 1 after --snapshot even when it wrote the image: the image
    # (a PNG the size of a map, not of an empty frame) is the test of success.
    if not png.exists() or png.stat().st_size < 10_000:
        raise RuntimeError(f"qgis --snapshot failed ({proc.returncode}): "
                           f"{proc.stderr.decode(errors='replace')[-400:]}")
    return wall


def measure(data: Path, work: Path, repeats: int) -> dict[str, Any]:
    reason = unavailable()
    if reason:
        return {"skipped": reason}
    work.mkdir(parents=True, exist_ok=True)
    gpkg, qgs = work / "layers.gpkg", work / "anchor.qgs"
    layers = write_layers(data, gpkg)
    spec = {**layers, "gpkg": str(gpkg), "project": str(qgs), "width": WIDTH, "height": HEIGHT,
            "renders": 3, "render_png": str(work / "render.png")}
    (work / "spec.json").write_text(json.dumps(spec))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = ":".join(p for p in env.get("PATH", "").split(":") if "venv" not in p)
    runs = []
    for _ in range(repeats + 1):  # one PyQGIS process per first render; the first is discarded
        side = subprocess.run([SYSTEM_PY, str(HERE / "qgis_side.py"), str(work / "spec.json")],
                              env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True,
                              timeout=600, check=False)
        if side.returncode != 0:
            return {"skipped": "PyQGIS render failed: "
                    + side.stderr.decode(errors="replace")[-300:].replace("\n", " ")}
        runs.append(json.loads(side.stdout.decode().strip().splitlines()[-1]))
    inproc = runs[-1]
    png = work / "snapshot.png"
    args = ["qgis", "--noplugins", "--nologo", "--project", str(qgs), "--snapshot", str(png),
            "--width", str(WIDTH), "--height", str(HEIGHT)]
    warm_profile = work / "profile-warm"
    out: dict[str, Any] = {"version": inproc["version"], "units": inproc["units"],
                           "institutions": inproc["institutions"], "project": str(qgs),
                           "gpkg": str(gpkg), "snapshot_png": str(png),
                           "render_png": spec["render_png"],
                           "render_first_s": [r["first_render_s"] for r in runs[1:]],
                           "rerender_s": [t for r in runs[1:] for t in r["rerender_s"]],
                           "project_read_s": [r["project_read_s"] for r in runs[1:]],
                           "size": f"{WIDTH}x{HEIGHT}"}
    with Xvfb() as display:
        xenv = {**env, "DISPLAY": display}
        xenv.pop("QT_QPA_PLATFORM", None)
        warm_cmd = [*args[:3], "--profiles-path", str(warm_profile), *args[3:]]
        _snapshot(warm_cmd, xenv, png)  # discarded: creates the profile, fills the OS caches
        out["snapshot_warm_s"] = [_snapshot(warm_cmd, xenv, png) for _ in range(repeats)]
        fresh = []
        for _ in range(repeats):
            prof = Path(tempfile.mkdtemp(prefix="qgis-profile-", dir=work))
            fresh.append(_snapshot([*args[:3], "--profiles-path", str(prof), *args[3:]], xenv,
                                   png))
            shutil.rmtree(prof, ignore_errors=True)
        out["snapshot_new_profile_s"] = fresh
    xr_env = {**env}
    xr_env.pop("QT_QPA_PLATFORM", None)
    xr_env.pop("DISPLAY", None)
    xr_cmd = ["xvfb-run", "-a", "-s", "-screen 0 1920x1200x24", *warm_cmd]
    out["snapshot_xvfb_run_s"] = [_snapshot(xr_cmd, xr_env, png) for _ in range(repeats)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(HERE / "out" / "national"))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--work", default=str(HERE / "out" / "qgis"))
    args = parser.parse_args(argv)
    print(json.dumps(measure(Path(args.data), Path(args.work), args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
