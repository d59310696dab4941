"""National-scale benchmarks of KZ Planner beside their natural baselines, printed as one table.

    python bench/run.py [--quick] [--repeats N] [--no-stress] [--no-gui] [--json PATH]

Needs the inputs of bench/generate.py (generated on first use into bench/out/) and, for the
drawing baseline, matplotlib (the `bench` extra: matplotlib). Every figure is the median of
several runs; in-process benchmarks are measured warm (imports done, one discarded run first),
cold starts and peak memory are separate processes. Ratio = baseline median / ours (> 1: faster
than the baseline). Growth = stress median / national median (institutions grow ×5.2, units ×45).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PY = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


WARMUP = {"runs": 1}  # one discarded run at national size; none at stress size (already warm)


def _median_time(fn: Callable[[], Any], repeats: int) -> tuple[float, list[float]]:
    for _ in range(WARMUP["runs"]):
        fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def _child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """Wall seconds and stdout of one child process. Variables given as "" in `env` are removed
    from the child's environment. (Children report their own peak memory: the rusage Linux
    gives a parent keeps the high-water mark across fork and exec, so a child of this grown
    process would report this process's size.)"""
    merged = {**ENV, **(env or {})}
    merged = {k: v for k, v in merged.items() if not (env and k in env and v == "")}
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          env=merged, cwd=HERE.parent, check=False)
    wall = time.perf_counter() - t
    out = proc.stdout.decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {out[-500:]}")
    return wall, out


def _files(size: str) -> tuple[Path, Path, Path]:
    d = OUT / size
    return d / "units.gpkg", d / "statistics.xlsx", d / "institutions.xlsx"


def ensure_inputs(sizes: list[str]) -> None:
    missing = [s for s in sizes if not all(p.exists() for p in _files(s))]
    for s in missing:
        print(f"generating {s} inputs …", flush=True)
        subprocess.run([PY, str(HERE / "generate.py"), str(OUT), "--only", s], check=True)


# --------------------------------------------------------------------------- benchmarks
Row = dict[str, Any]


def bench_cold_start(repeats: int, sizes: list[str]) -> list[Row]:
    """Fresh processes: to the window painted with the map, and with the first plan.

    The first start parses the inputs (an empty input cache, as on a new machine or after a file
    changed); the later ones read them from the cache, as every start after the first does.
    """
    rows = []
    png = Path(tempfile.mkdtemp()) / "start.png"
    cache = Path(tempfile.mkdtemp()) / "cache"
    # An installed app runs from compiled bytecode (pip compiles on install, Python caches the
    # rest on the first start, the frozen build ships it). This sandbox sets
    # PYTHONDONTWRITEBYTECODE, which would make every start compile the app's 70 modules again
    # (≈ 0.12 s), so the children cache bytecode under bench/out/pycache; the first start of
    # each size, discarded, fills it.
    env_cache = {"KZPLANNER_CACHE_DIR": str(cache), "PYTHONPYCACHEPREFIX": str(OUT / "pycache"),
                 "PYTHONDONTWRITEBYTECODE": ""}
    for size in ["sample", *sizes]:
        cmd = [PY, str(HERE / "gui_start.py"), "--screenshot", str(png)]
        if size != "sample":
            cmd += ["--data", str(OUT / size)]
        _child(cmd, env_cache)  # warm-up: bytecode
        shutil.rmtree(cache, ignore_errors=True)
        first = json.loads(_child(cmd, env_cache)[1].strip().splitlines()[-1])
        n = repeats if size in ("sample", "national") else 1
        later = [json.loads(_child(cmd, env_cache)[1].strip().splitlines()[-1]) for _ in range(n)]
        no_pyc = json.loads(_child(cmd, {"KZPLANNER_CACHE_DIR": str(cache),
                                         "PYTHONDONTWRITEBYTECODE": "1"})[1]
                            .strip().splitlines()[-1])
        to_map = [r["process_to_map_s"] for r in later]
        to_data = [r["process_to_data_s"] for r in later]
        to_plan = [r["process_to_painted_s"] for r in later]
        goal = {"sample": "≤ 0.8 s", "national": "≤ 1.0 s"}.get(size, "")
        # QGIS is not installed on this machine: its start is not measured here, so no ratio
        # is printed (a figure typed in from an earlier run is no measurement)
        qgis_note = ("QGIS 3.22: skipped (not installed on this machine)" if size == "national"
                     else "")
        rows += [
            {"bench": "cold start → window painted with the map", "size": size,
             "ours_s": statistics.median(to_map), "baseline": qgis_note,
             "base_s": None, "goal": goal, "runs": to_map,
             "shown_s": statistics.median(r["imports_to_shown_s"] for r in later),
             "from_preview": sum(bool(r["map_from_preview"]) for r in later),
             "peak_mb": statistics.median(r["peak_rss_mb"] for r in later)},
            {"bench": "  … with the whole dataset in (tables, panels)", "size": size,
             "ours_s": statistics.median(to_data), "baseline": "", "base_s": None, "goal": "",
             "runs": to_data},
            {"bench": "  … and with the first plan", "size": size,
             "ours_s": statistics.median(to_plan), "baseline": "", "base_s": None, "goal": "",
             "runs": to_plan},
            {"bench": "  first start, inputs parsed (no cache) → map", "size": size,
             "ours_s": first["process_to_map_s"], "baseline": "", "base_s": None, "goal": "",
             "runs": [first["process_to_map_s"]]},
            {"bench": "  app's bytecode not cached (this sandbox's default) → map", "size": size,
             "ours_s": no_pyc["process_to_map_s"], "baseline": "", "base_s": None, "goal": "",
             "runs": [no_pyc["process_to_map_s"]]},
        ]
    exe = str(Path(PY).with_name("kzplanner"))
    walls = [_child([exe, "gui", "--lang", "ru", "--screenshot", str(png)], env_cache)[0]
             for _ in range(repeats)]
    rows.append({"bench": "  `kzplanner gui --screenshot` wall (to the plan, then exit)",
                 "size": "sample", "ours_s": statistics.median(walls), "baseline": "",
                 "base_s": None, "goal": "", "runs": walls})
    return rows


def bench_statistics(repeats: int, size: str) -> list[Row]:
    import pandas as pd

    from kzplanner.core.io.read.statistics import read_statistics

    _b, stats, _i = _files(size)
    ours, runs = _median_time(lambda: read_statistics(stats), repeats)
    base, bruns = _median_time(lambda: pd.read_excel(stats, sheet_name="statistics", header=2,
                                                     engine="openpyxl"), repeats)
    rows = [{"bench": "read statistics workbook", "size": size, "ours_s": ours,
             "baseline": "pandas.read_excel(openpyxl)", "base_s": base, "goal": "≥ 5×",
             "runs": runs}]
    try:
        cal, _ = _median_time(lambda: pd.read_excel(stats, sheet_name="statistics", header=2,
                                                    engine="calamine"), repeats)
        rows.append({"bench": "  (reference) pandas.read_excel(calamine)", "size": size,
                     "ours_s": cal, "baseline": "pandas.read_excel(openpyxl)", "base_s": base,
                     "goal": "", "runs": []})
    except ImportError:
        pass
    return rows


def bench_load(repeats: int, size: str) -> list[Row]:
    import geopandas as gpd
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.parameters import PlanParams

    b, s, i = _files(size)
    ours, runs = _median_time(lambda: load_dataset(b, s, i), repeats)

    def baseline() -> None:
        units = gpd.read_file(b, engine="pyogrio")
        reg = pd.read_excel(i, sheet_name="institutions", header=2, engine="openpyxl")
        pts = gpd.GeoDataFrame(reg, geometry=gpd.points_from_xy(reg["lon"], reg["lat"]), crs=4326)
        fig, ax = plt.subplots(figsize=(14, 9))
        # A numeric choropleth: column="unit_code" (categorical) takes 34 s for 224 units.
        units.assign(v=range(len(units))).plot(ax=ax, column="v", linewidth=0.3,
                                               edgecolor="white")
        pts.plot(ax=ax, markersize=1, color="black")
        fig.canvas.draw()
        plt.close(fig)

    base, bruns = _median_time(baseline, repeats)
    ds = load_dataset(b, s, i)
    prep, pruns = _median_time(lambda: prepare_dataset(ds, PlanParams()), repeats)
    return [{"bench": "load boundaries + statistics + register (load_dataset)", "size": size,
             "ours_s": ours, "baseline": "gpd.read_file + read_excel + plot (Agg)",
             "base_s": base, "goal": "", "runs": runs},
            {"bench": "  + prepare_dataset (baseline gaps, map shapes)", "size": size,
             "ours_s": ours + prep, "baseline": "gpd.read_file + read_excel + plot (Agg)",
             "base_s": base, "goal": "", "runs": pruns}]


def bench_replan(repeats: int, size: str) -> list[Row]:
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.optimiser import build_program
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = load_dataset(*_files(size))
    p0 = PlanParams()
    items = build_items(ds, p0)
    budgets = [p0.budget_kzt * f for f in (0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0)]
    if size != "national":  # the one-shot MILP on 150,000 columns can take its full minute
        budgets = budgets[1::3]
    make_plan(ds, p0, items=items)  # warm-up
    replan, full, oneshot, solve, checks = [], [], [], [], []
    confirmed_within: list[float] = []
    limited: list[bool] = []
    for _ in range(max(1, repeats // 3) if size == "national" else 1):
        for budget in budgets:
            params = p0.with_changes(budget_kzt=budget)
            t = time.perf_counter()
            res = make_plan(ds, params, items=items)
            replan.append(time.perf_counter() - t)
            solve.append(res.solver.seconds)
            confirmed_within.append(res.solver.seconds if res.solver.optimal else float("inf"))
            prog = build_program(items, params)
            t = time.perf_counter()
            ref = milp(c=-prog.value, integrality=np.ones(prog.value.size),
                       bounds=Bounds(prog.lb, prog.ub),
                       constraints=[LinearConstraint(prog.a, prog.lo, prog.hi)],
                       options={"mip_rel_gap": params.mip_rel_gap, "time_limit": 60})
            oneshot.append(time.perf_counter() - t)
            limited.append(ref.status == 1 or ref.x is None)
            ours_obj = float(res.solver.objective)
            if ref.fun is None:  # the one-shot MILP found no plan within its time limit
                checks.append(False)
                continue
            ref_obj = -float(ref.fun)
            checks.append(abs(ours_obj - ref_obj) <= 1e-6 * max(1.0, abs(ref_obj)) + 1e-6)
    for budget in budgets[:3]:
        t = time.perf_counter()
        make_plan(ds, p0.with_changes(budget_kzt=budget))
        full.append(time.perf_counter() - t)
    med_oneshot = statistics.median(oneshot)
    note = (f"objectives equal to the one-shot MILP: {sum(checks)}/{len(checks)}; "
            f"items {len(items.vouchers)} vouchers + {len(items.kits)} kits; "
            f"one-shot stopped at its 60 s limit {sum(limited)}×")
    return [{"bench": "re-plan after a budget change (make_plan, items reused)", "size": size,
             "ours_s": statistics.median(replan), "baseline": "one-shot scipy milp",
             "base_s": med_oneshot, "goal": "≤ 0.1 s", "runs": replan, "note": note,
             "all_equal": all(checks), "base_runs": oneshot, "budgets": budgets,
             "oneshot_hit_time_limit": sum(limited)},
            {"bench": "  of which exact solve (solver.seconds)", "size": size,
             "ours_s": statistics.median(solve), "baseline": "one-shot scipy milp",
             "base_s": med_oneshot, "goal": "optimum ≤ 1 s", "runs": solve,
             "max_s": max(confirmed_within)},
            {"bench": "full make_plan (items rebuilt: equity/cost change)", "size": size,
             "ours_s": statistics.median(full), "baseline": "one-shot scipy milp",
             "base_s": med_oneshot, "goal": "", "runs": full}]


def bench_export(repeats: int, size: str) -> list[Row]:
    import pandas as pd

    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.io.write.plan_workbook import write_plan_workbook
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = load_dataset(*_files(size))
    res = make_plan(ds, PlanParams())
    tmp = Path(tempfile.mkdtemp())
    ours, runs = _median_time(lambda: write_plan_workbook(tmp / "plan.xlsx", ds, res), repeats)

    def baseline() -> None:
        with pd.ExcelWriter(tmp / "plain.xlsx", engine="openpyxl") as xw:
            res.allocation.to_excel(xw, sheet_name="allocation", index=False)
            res.kits.to_excel(xw, sheet_name="kits", index=False)
            res.per_unit().to_excel(xw, sheet_name="indicators")

    base, bruns = _median_time(baseline, repeats)
    return [{"bench": "export plan workbook (write_plan_workbook)", "size": size,
             "ours_s": ours, "baseline": "DataFrame.to_excel ×3 (openpyxl)", "base_s": base,
             "goal": "≤ 1 s", "runs": runs,
             "note": f"{len(res.allocation)} allocation rows, {len(res.kits)} kits"}]


MEMORY_SCRIPT = """
import sys
from kzplanner.core.dataset import load_dataset
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.planner import make_plan
d = sys.argv[1]
ds = load_dataset(d + '/units.gpkg', d + '/statistics.xlsx', d + '/institutions.xlsx')
make_plan(ds, PlanParams())
with open('/proc/self/status') as fh:  # VmHWM: this process's own peak (reset by exec)
    print(next(int(line.split()[1]) for line in fh if line.startswith('VmHWM:')) / 1024)
"""


def bench_memory(size: str) -> list[Row]:
    mb = float(_child([PY, "-c", MEMORY_SCRIPT, str(OUT / size)])[1].split()[-1])
    return [{"bench": "peak memory, core: load + plan (VmHWM, MB)", "size": size,
             "ours_s": None, "ours_mb": mb, "baseline": "—", "base_s": None, "goal": "≤ 400 MB",
             "runs": []}]


# --------------------------------------------------------------------------- report
def machine() -> dict[str, Any]:
    import importlib.metadata as md

    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text()
                .splitlines() if ln.startswith("model name")), platform.processor())
    mem_kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                  if ln.startswith("MemTotal"))
    libs = {}
    for name in ("numpy", "pandas", "geopandas", "pyogrio", "shapely", "scipy", "highspy",
                 "openpyxl", "python-calamine", "PySide6_Essentials", "matplotlib"):
        try:
            libs[name] = md.version(name)
        except md.PackageNotFoundError:
            pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "load_avg": os.getloadavg(), "libs": libs}


def _fmt_s(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def print_table(rows: list[Row]) -> None:
    head = f"{'benchmark':58} {'size':8} {'ours':>9} {'baseline':>9} {'ratio':>7}  {'goal':10} baseline is"
    print(head)
    print("-" * len(head))
    for r in rows:
        ours = f"{r['ours_mb']:.0f} MB" if r.get("ours_mb") else _fmt_s(r["ours_s"])
        ratio = (f"{r['base_s'] / r['ours_s']:.1f}×" if r.get("base_s") and r.get("ours_s")
                 else "")
        print(f"{r['bench'][:58]:58} {r['size']:8} {ours:>9} {_fmt_s(r['base_s']):>9} "
              f"{ratio:>7}  {r['goal']:10} {r['baseline']}")
        if r.get("note"):
            print(f"{'':60}{r['note']}")
        if r.get("max_s") is not None:
            print(f"{'':60}slowest proven optimum: {_fmt_s(r['max_s'])}")


GROWTH = {
    "register": "national → register (institutions ×5.2, same 224 units; linear in institutions "
                "≤ 5.2×)",
    "stress": "national → stress (institutions ×5.2 and units ×45)",
}


def print_growth(rows: list[Row]) -> None:
    by = {(r["bench"], r["size"]): r for r in rows}
    for other, title in GROWTH.items():
        pairs = [(r, by[(bench, other)]) for (bench, size), r in by.items()
                 if size == "national" and (bench, other) in by]
        if not pairs:
            continue
        print(f"\ngrowth {title}")
        for r, s in pairs:
            bench = r["bench"]
            if r.get("ours_mb"):
                print(f"  {bench[:58]:58} {r['ours_mb']:.0f} → {s['ours_mb']:.0f} MB "
                      f"(×{s['ours_mb'] / r['ours_mb']:.1f})")
            elif r.get("ours_s") and s.get("ours_s"):
                g = s["ours_s"] / r["ours_s"]
                bg = (f"; baseline ×{s['base_s'] / r['base_s']:.1f}" if r.get("base_s")
                      and s.get("base_s") else "")
                print(f"  {bench[:58]:58} ×{g:.1f}{bg}")


def _save(path: str, info: dict[str, Any], repeats: int, rows: list[Row]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps({"machine": info, "repeats": repeats, "rows": rows},
                                     indent=1, default=str))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, national size only")
    parser.add_argument("--repeats", type=int, default=None, help="runs per median")
    parser.add_argument("--no-stress", action="store_true")
    parser.add_argument("--sizes", nargs="*", choices=["national", "register", "stress"],
                        default=None)
    parser.add_argument("--no-gui", action="store_true", help="skip the cold starts")
    parser.add_argument("--only", nargs="*", default=None,
                        choices=["start", "stats", "load", "replan", "export", "memory"])
    parser.add_argument("--json", default=str(OUT / "results.json"))
    args = parser.parse_args(argv)
    repeats = args.repeats or (3 if args.quick else 7)
    sizes = (["national"] if (args.quick or args.no_stress)
             else ["national", "register", "stress"])
    if args.sizes:
        sizes = args.sizes
    only = set(args.only or ["start", "stats", "load", "replan", "export", "memory"])
    if args.no_gui:
        only.discard("start")
    ensure_inputs(sizes)
    info = machine()
    print(f"{info['nproc']} cores · {info['cpu']} · {info['ram_gb']} GB · Python {info['python']}"
          f" · load average {info['load_avg'][0]:.2f} · medians of {repeats} runs")
    rows: list[Row] = []
    stress_repeats = 1
    for size in sizes:
        n = repeats if size == "national" else stress_repeats
        WARMUP["runs"] = 1 if size == "national" else 0
        for key, fn in (("stats", bench_statistics), ("load", bench_load),
                        ("replan", bench_replan), ("export", bench_export)):
            if key in only:
                print(f"… {key} ({size})", file=sys.stderr, flush=True)
                try:
                    rows += fn(n, size)
                except Exception as exc:  # keep the other figures; say what failed
                    rows.append({"bench": f"{key} FAILED: {exc!r}"[:200], "size": size,
                                 "ours_s": None, "baseline": "—", "base_s": None, "goal": "",
                                 "runs": []})
                _save(args.json, info, repeats, rows)
        if "memory" in only:
            rows += bench_memory(size)
    if "start" in only:
        print("… cold starts", file=sys.stderr, flush=True)
        rows = bench_cold_start(repeats, ["national"]) + rows
    print()
    print_table(rows)
    print_growth(rows)
    _save(args.json, info, repeats, rows)
    print(f"\nraw runs: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
