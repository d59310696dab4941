"""KZ Planner's benchmarks beside anchors that do the same work, measured in the same run.

    python bench/run.py [--quick] [--repeats N] [--sizes ...] [--only ...] [--no-qgis]
                        [--inputs DIR] [--json PATH] [--write-doc docs/performance.md]

Every figure printed — ours and every anchor (QGIS, calamine, scipy milp, geopandas/pandas,
DataFrame.to_excel) — is the median of a measurement record of THIS run (`Measure`: id, raw runs,
how it was taken). Rows name the records they compare; ratios (ours / anchor) and the verdict
against each target are computed from the records; results.json stores the records and the rows.
An anchor that cannot be measured here (e.g. QGIS not installed) is a record with no runs and a
reason, printed as "skipped: <reason>", and no ratio or verdict depending on it is computed.

Inputs come from bench/generate.py (generated on first use into bench/out/). In-process figures
are taken warm (imports done, one discarded run first); start-up figures are whole processes.
`--write-doc PATH` writes docs/performance.md from this one run.
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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# This worktree's package, not whatever the environment has installed (an editable install
# of another checkout would otherwise be measured).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent
PY = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
       "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
INPUTS = {"dir": HERE / "out"}
SLOW_S = 1.0  # a call slower than this is measured once (its first call), not repeatedly
BUDGETS_BN = (0.5, 2.0, 10.0)
STRATEGIES = ("proportional", "equal", "worst_first")
MINIMUM_UNITS = (3, 10)
REPLAN_FACTORS = (0.2, 0.6, 1.0, 1.4, 1.8)  # × the default budget; the milp anchor solves each


# --------------------------------------------------------------------------- records
@dataclass
class Measure:
    """One measurement of this run: raw runs (seconds, or MB when unit is "MB") and how."""

    id: str
    runs: list[float]
    how: str
    unit: str = "s"
    skipped: str = ""  # why nothing was measured ("" = measured)
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float | None:
        if self.skipped or not self.runs:
            return None
        return float(statistics.median(self.runs))


class Records:
    """The run's measurements, by id. Every printed figure is the median of one of these."""

    def __init__(self) -> None:
        self.items: dict[str, Measure] = {}

    def add(self, id_: str, runs: list[float], how: str, unit: str = "s",
            **info: Any) -> Measure:
        m = Measure(id_, [float(r) for r in runs], how, unit, "", info)
        self.items[id_] = m
        return m

    def skip(self, id_: str, reason: str, how: str) -> Measure:
        m = Measure(id_, [], how, "s", reason)
        self.items[id_] = m
        return m

    def get(self, id_: str | None) -> Measure | None:
        return self.items.get(id_) if id_ else None


@dataclass
class Row:
    """One printed line: our record beside an anchor record, with a target.

    target: conditions on our median: ("max", seconds) = at most that; ("×anchor", f) = at most
    f times the anchor's median. `target_text` is how the target reads in the table.
    """

    bench: str
    size: str
    ours: str
    anchor: str | None = None
    anchor_label: str = ""
    target: tuple[tuple[str, float], ...] = ()
    target_text: str = ""
    note: str = ""


def verdict(row: Row, rec: Records) -> str:
    """'met', 'not met', '—' (no target) or why it cannot be said, from this run's records."""
    if not row.target:
        return "—"
    ours = rec.get(row.ours)
    if ours is None or ours.median is None:
        return "not measured"
    anchor = rec.get(row.anchor)
    unknown = ""
    for kind, value in row.target:
        if kind == "max":
            if ours.median > value:
                return "not met"
        elif kind == "×anchor":
            if anchor is None or anchor.median is None:
                unknown = f"unknown: anchor {anchor.skipped if anchor else 'missing'}"
            elif ours.median > value * anchor.median:
                return "not met"
        else:
            raise ValueError(kind)
    return unknown or "met"


def ratio(row: Row, rec: Records) -> float | None:
    ours, anchor = rec.get(row.ours), rec.get(row.anchor)
    if ours is None or anchor is None or ours.median is None or not anchor.median:
        return None
    return ours.median / anchor.median


def _runs(fn: Callable[[], Any], repeats: int) -> list[float]:
    """Seconds per call: one discarded call first, then `repeats`; a first call slower than
    SLOW_S is itself the only run (a 10 s plan is not repeated to learn that it is slow)."""
    t = time.perf_counter()
    fn()
    first = time.perf_counter() - t
    if first > SLOW_S:
        return [first]
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def _child(cmd: list[str], env: dict[str, str] | None = None,
           timeout: float = 900) -> tuple[float, str]:
    """Wall seconds and stdout of one child process. Variables given as "" in `env` are removed
    from the child's environment."""
    merged = {**ENV, **(env or {})}
    merged = {k: v for k, v in merged.items() if not (env and k in env and v == "")}
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=merged,
                          cwd=HERE.parent, check=False, timeout=timeout)
    wall = time.perf_counter() - t
    out = proc.stdout.decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: "
                           f"{proc.stderr.decode(errors='replace')[-500:]}")
    return wall, out


def _last_json(out: str) -> dict[str, Any]:
    return json.loads(out.strip().splitlines()[-1])


def _dir(size: str) -> Path:
    return INPUTS["dir"] / size


def _files(size: str) -> tuple[Path, Path, Path]:
    d = _dir(size)
    return d / "units.gpkg", d / "statistics.xlsx", d / "institutions.xlsx"


def ensure_inputs(sizes: list[str]) -> None:
    for s in sizes:
        if not all(p.exists() for p in _files(s)):
            print(f"generating {s} inputs …", file=sys.stderr, flush=True)
            subprocess.run([PY, str(HERE / "generate.py"), str(INPUTS["dir"]), "--only", s],
                           check=True, stdout=subprocess.DEVNULL)


# --------------------------------------------------------------------------- anchors: QGIS
QGIS_RECORDS = {
    "qgis_snapshot_warm": "QGIS process, `qgis --noplugins --nologo --project P.qgs --snapshot "
                          "out.png --width 1600 --height 1000` on a running Xvfb, warm profile",
    "qgis_snapshot_new_profile": "the same with a new, empty QGIS profile each run",
    "qgis_snapshot_xvfb_run": "the same under `xvfb-run -a` (the X server's start included)",
    "qgis_render_first": "PyQGIS QgsMapRendererSequentialJob 1600×1000, first render after "
                         "reading the project (one process per run)",
    "qgis_rerender": "PyQGIS QgsMapRendererSequentialJob 1600×1000, re-render",
    "qgis_project_read": "PyQGIS QgsProject.read of the same project",
}


def bench_qgis(rec: Records, repeats: int, size: str, no_qgis: str) -> dict[str, Any]:
    keys = {"qgis_snapshot_warm": "snapshot_warm_s",
            "qgis_snapshot_new_profile": "snapshot_new_profile_s",
            "qgis_snapshot_xvfb_run": "snapshot_xvfb_run_s", "qgis_render_first": "render_first_s",
            "qgis_rerender": "rerender_s", "qgis_project_read": "project_read_s"}
    if no_qgis:
        out: dict[str, Any] = {"skipped": no_qgis}
    else:
        try:
            out = _last_json(_child([PY, str(HERE / "qgis_anchor.py"), "--data", str(_dir(size)),
                                     "--repeats", str(repeats),
                                     "--work", str(INPUTS["dir"] / "qgis")])[1])
        except Exception as exc:  # noqa: BLE001 - the reason is printed in every QGIS row
            out = {"skipped": f"qgis_anchor.py failed: {exc}"[:300]}
    for rid, key in keys.items():
        if "skipped" in out:
            rec.skip(rid, out["skipped"], QGIS_RECORDS[rid])
        else:
            rec.add(rid, out[key], QGIS_RECORDS[rid], version=out["version"],
                    units=out["units"], institutions=out["institutions"])
    return out


def qgis_label(rec: Records, rid: str, what: str) -> str:
    m = rec.get(rid)
    if m is None or m.skipped:
        return f"QGIS {what}: skipped: {m.skipped if m else 'not run'}"
    return f"QGIS {m.info.get('version', '?').split('-')[0]} {what} (measured)"


# --------------------------------------------------------------------------- ours
def bench_start(rec: Records, repeats: int, sizes: list[str]) -> list[Row]:
    """Whole processes (bench/gui_start.py): to the window painted with the map, and with the
    first plan, with the input cache warm (every start after the first) and empty."""
    rows: list[Row] = []
    png = Path(tempfile.mkdtemp()) / "start.png"
    cache = Path(tempfile.mkdtemp()) / "cache"
    # An installed app runs from compiled bytecode; this sandbox sets PYTHONDONTWRITEBYTECODE,
    # so the children cache bytecode under the inputs' pycache (one discarded start fills it).
    env_cache = {"KZPLANNER_CACHE_DIR": str(cache),
                 "PYTHONPYCACHEPREFIX": str(INPUTS["dir"] / "pycache"),
                 "PYTHONDONTWRITEBYTECODE": ""}
    for size in ["sample", *sizes]:
        cmd = [PY, str(HERE / "gui_start.py"), "--screenshot", str(png)]
        if size != "sample":
            cmd += ["--data", str(_dir(size))]
        _child(cmd, env_cache)  # discarded: bytecode, OS file cache
        n = repeats if size in ("sample", "national") else 1
        empty = []
        for _ in range(n):
            shutil.rmtree(cache, ignore_errors=True)
            empty.append(_last_json(_child(cmd, env_cache)[1]))
        warm = [_last_json(_child(cmd, env_cache)[1]) for _ in range(n)]
        how = "process creation → window painted with the map (bench/gui_start.py, 1600×1000)"
        rec.add(f"start_map_warm_{size}", [r["process_to_map_s"] for r in warm],
                how + ", input cache warm", from_preview=sum(bool(r["map_from_preview"])
                                                             for r in warm))
        rec.add(f"start_map_empty_{size}", [r["process_to_map_s"] for r in empty],
                how + ", input cache empty (inputs parsed)")
        how = "process creation → window painted with the first plan (bench/gui_start.py)"
        rec.add(f"start_plan_warm_{size}", [r["process_to_painted_s"] for r in warm],
                how + ", input cache warm")
        rec.add(f"start_plan_empty_{size}", [r["process_to_painted_s"] for r in empty],
                how + ", input cache empty")
        rec.add(f"start_peak_{size}", [r["peak_rss_mb"] for r in warm],
                "peak resident memory of the window process (VmHWM), data and first plan",
                unit="MB")
        nat = size == "national"
        warm_label = (qgis_label(rec, "qgis_snapshot_warm", "--snapshot, warm profile")
                      if nat else "")
        empty_label = (qgis_label(rec, "qgis_snapshot_new_profile", "--snapshot, new profile")
                       if nat else "")
        rows += [
            Row("start → window painted with the map, cache warm", size,
                f"start_map_warm_{size}", "qgis_snapshot_warm" if nat else None, warm_label,
                (("×anchor", 0.6),) if nat else (), "≤ 0.6× QGIS" if nat else ""),
            Row("start → window painted with the map, cache empty", size,
                f"start_map_empty_{size}", "qgis_snapshot_new_profile" if nat else None,
                empty_label, (("×anchor", 0.75),) if nat else (), "≤ 0.75× QGIS" if nat else ""),
            Row("start → window painted with the first plan, cache warm", size,
                f"start_plan_warm_{size}", "qgis_snapshot_warm" if nat else None, warm_label),
            Row("start → window painted with the first plan, cache empty", size,
                f"start_plan_empty_{size}", "qgis_snapshot_new_profile" if nat else None,
                empty_label),
            Row("peak memory of the window (data + first plan)", size, f"start_peak_{size}"),
        ]
    exe = str(Path(PY).with_name("kzplanner"))
    if Path(exe).exists():
        walls = [_child([exe, "gui", "--lang", "ru", "--screenshot", str(png)], env_cache)[0]
                 for _ in range(repeats)]
        rec.add("cli_gui_screenshot_sample", walls,
                "`kzplanner gui --screenshot` wall, sample data (to the plan, then exit)")
        rows.append(Row("`kzplanner gui --screenshot` wall (to the plan, exit)", "sample",
                        "cli_gui_screenshot_sample"))
    return rows


def bench_map(rec: Records, repeats: int, size: str) -> list[Row]:
    out = _last_json(_child([PY, str(HERE / "map_draw.py"), "--data", str(_dir(size)),
                             "--repeats", str(repeats)])[1])
    drawn, every = out["first_draw_drawn"], out["every_institution_drawn"]
    grouped = (f"institutions as the app draws them at this zoom: {drawn['singles']} symbols "
               f"+ {drawn['pies']} {'per-unit ' if drawn['per_unit_pies'] else ''}pies")
    rec.add("map_first_draw", out["first_draw_s"], "shown MapView " + out["viewport"]
            + ": data into an empty view, items + 5 classes + fit + paint; " + grouped)
    rec.add("map_first_draw_every", out["first_draw_every_institution_s"],
            f"the same with grouping off: {every['singles']} institutions each its own symbol")
    rec.add("map_recolour", out["recolour_s"], "new indicator: classes, brushes, legend, "
            "tooltips + viewport repaint")
    rec.add("map_hover", out["hover_s"], "one unit hovered: repaint of its rectangle")
    first = qgis_label(rec, "qgis_render_first", "first render 1600×1000")
    again = qgis_label(rec, "qgis_rerender", "re-render 1600×1000")
    target = (("max", 0.060), ("×anchor", 0.5))
    return [
        Row("map first draw 1600×1000, classes + institutions (app)", size, "map_first_draw",
            "qgis_render_first", first, target, "≤ 60 ms, ≤ 0.5× QGIS", grouped),
        Row("map first draw 1600×1000, every institution a symbol", size,
            "map_first_draw_every", "qgis_render_first", first, target, "≤ 60 ms, ≤ 0.5× QGIS"),
        Row("map recolour (new indicator)", size, "map_recolour", "qgis_rerender", again),
        Row("map hover repaint", size, "map_hover", "qgis_rerender", again, (("max", 0.016),),
            "≤ 16 ms"),
    ]


def bench_statistics(rec: Records, repeats: int, size: str) -> list[Row]:
    import pandas as pd

    from kzplanner.core.io.statistics import read_statistics

    _b, stats, _i = _files(size)
    rec.add(f"stats_ours_{size}", _runs(lambda: read_statistics(stats), repeats),
            "read_statistics(statistics.xlsx)")
    try:
        rec.add(f"stats_calamine_{size}", _runs(lambda: pd.read_excel(
            stats, sheet_name="statistics", header=2, engine="calamine"), repeats),
            "pandas.read_excel(sheet 'statistics', header=2, engine='calamine')")
    except ImportError as exc:
        rec.skip(f"stats_calamine_{size}", f"python-calamine not installed ({exc})",
                 "pandas.read_excel(engine='calamine')")
    rec.add(f"stats_openpyxl_{size}", _runs(lambda: pd.read_excel(
        stats, sheet_name="statistics", header=2, engine="openpyxl"), repeats),
        "pandas.read_excel(sheet 'statistics', header=2, engine='openpyxl')")
    return [Row("read statistics workbook", size, f"stats_ours_{size}", f"stats_calamine_{size}",
                "pandas.read_excel(calamine), same sheet (measured)", (("×anchor", 1.2),),
                "≤ calamine + 20 %"),
            Row("  (reference) read statistics workbook", size, f"stats_ours_{size}",
                f"stats_openpyxl_{size}", "pandas.read_excel(openpyxl), same sheet (measured)")]


def bench_load(rec: Records, repeats: int, size: str) -> list[Row]:
    import geopandas as gpd
    import pandas as pd

    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.parameters import PlanParams

    b, s, i = _files(size)
    rec.add(f"load_ours_{size}", _runs(lambda: load_dataset(b, s, i), repeats),
            "load_dataset(units.gpkg, statistics.xlsx, institutions.xlsx)")
    ds = load_dataset(b, s, i)
    rec.add(f"prepare_{size}", _runs(lambda: prepare_dataset(ds, PlanParams()), repeats),
            "prepare_dataset (baseline gaps, access, map shapes)")

    def read_only() -> None:
        gpd.read_file(b, engine="pyogrio")
        pd.read_excel(s, sheet_name="statistics", header=2, engine="calamine")
        reg = pd.read_excel(i, sheet_name="institutions", header=2, engine="calamine")
        gpd.GeoDataFrame(reg, geometry=gpd.points_from_xy(reg["lon"], reg["lat"]), crs=4326)

    rec.add(f"load_read_only_{size}", _runs(read_only, repeats),
            "gpd.read_file(units) + pd.read_excel(statistics, register; calamine) + points; "
            "no plotting")
    return [Row("load boundaries + statistics + register", size, f"load_ours_{size}",
                f"load_read_only_{size}", "geopandas + pandas read of the same files (measured)"),
            Row("  prepare_dataset after the load", size, f"prepare_{size}")]


def _milp(program: Any, params: Any, limit_s: float = 60.0) -> tuple[Any, float]:
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    t = time.perf_counter()
    ref = milp(c=-program.value, integrality=np.ones(program.value.size),
               bounds=Bounds(program.lb, program.ub),
               constraints=[LinearConstraint(program.a, program.lo, program.hi)],
               options={"mip_rel_gap": params.mip_rel_gap, "time_limit": limit_s})
    return ref, time.perf_counter() - t


def _same_objective(ours: float, ref: Any) -> bool:
    if ref.fun is None:
        return False
    r = -float(ref.fun)
    return abs(ours - r) <= 1e-6 * max(1.0, abs(r)) + 1e-6


def bench_replan(rec: Records, repeats: int, size: str) -> list[Row]:
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.optimiser import build_program, merge_identical_columns
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = load_dataset(*_files(size))
    p0 = PlanParams()
    items = build_items(ds, p0)
    budgets = [p0.budget_kzt * f for f in REPLAN_FACTORS]
    if size != "national":
        budgets = budgets[1::2]
    make_plan(ds, p0, items=items)  # warm-up
    replan, base, equal, cols = [], [], [], []
    for _ in range(max(1, repeats // 3) if size == "national" else 1):
        for budget in budgets:
            params = p0.with_changes(budget_kzt=budget)
            t = time.perf_counter()
            res = make_plan(ds, params, items=items)
            replan.append(time.perf_counter() - t)
            # the SAME grouped problem the app's solver gets: identical columns merged
            program = build_program(items, params)
            merged, _inverse = merge_identical_columns(program)
            cols.append((program.value.size, merged.value.size))
            ref, took = _milp(merged, params)
            base.append(took)
            equal.append(_same_objective(float(res.solver.objective), ref))
    full: list[float] = []
    for budget in budgets[:3]:
        t = time.perf_counter()
        make_plan(ds, p0.with_changes(budget_kzt=budget))
        full.append(time.perf_counter() - t)
    note = (f"objectives equal to milp's: {sum(equal)}/{len(equal)}; columns "
            f"{cols[0][0]} → {cols[0][1]} merged (first budget)")
    rec.add(f"replan_ours_{size}", replan, "make_plan(items reused) over budgets "
            f"{', '.join(f'{f:g}' for f in REPLAN_FACTORS)} × 2 bn ₸", all_equal=all(equal))
    rec.add(f"replan_milp_{size}", base, "scipy.optimize.milp on build_program + "
            "merge_identical_columns (the grouped program the app solves), same budgets",
            columns=cols)
    rec.add(f"plan_full_{size}", full, "make_plan with items rebuilt (equity/cost change)")
    return [Row("re-plan after a budget change (items reused)", size, f"replan_ours_{size}",
                f"replan_milp_{size}", "scipy milp, same grouped program (measured)",
                (("max", 0.050),), "≤ 50 ms median", note),
            Row("  full make_plan (items rebuilt)", size, f"plan_full_{size}",
                f"replan_milp_{size}", "scipy milp, same grouped program (measured)")]


def bench_strategies(rec: Records, repeats: int, size: str) -> list[Row]:
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = load_dataset(*_files(size))
    p0 = PlanParams()
    items = build_items(ds, p0)
    rows = []
    for strategy in STRATEGIES:
        for bn in BUDGETS_BN:
            params = p0.with_changes(strategy=strategy, budget_kzt=bn * 1e9)
            rid = f"plan_{strategy}_{bn:g}bn_{size}"
            rec.add(rid, _runs(lambda p=params: make_plan(ds, p, items=items), repeats),
                    f"make_plan(strategy={strategy}, budget {bn:g} bn ₸, items reused)")
            rows.append(Row(f"plan {strategy}, {bn:g} bn ₸", size, rid, None, "",
                            (("max", 0.3),), "≤ 0.3 s"))
    return rows


def bench_minimums(rec: Records, repeats: int, size: str) -> list[Row]:
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.optimiser import build_program, merge_identical_columns
    from kzplanner.core.planning.parameters import Constraints, PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = load_dataset(*_files(size))
    p0 = PlanParams()
    items = build_items(ds, p0)
    worst = items.gaps_before["combined_gap"].sort_values(ascending=False).index
    rows = []
    for k in MINIMUM_UNITS:
        # k units with the largest gaps must each get at least 1 % of the budget
        mins = {str(u): 0.01 * p0.budget_kzt for u in worst[:k]}
        params = p0.with_changes(constraints=Constraints(unit_min_kzt=mins))
        rid = f"plan_minimums_{k}_{size}"
        res_box: dict[str, Any] = {}

        def plan(p: Any = params, box: dict[str, Any] = res_box) -> None:
            box["res"] = make_plan(ds, p, items=items)

        rec.add(rid, _runs(plan, repeats), f"make_plan(max_impact, 2 bn ₸, spending minimums "
                f"of 1 % of the budget in the {k} units with the largest gaps, items reused)")
        merged, _inv = merge_identical_columns(build_program(items, params))
        ref, took = _milp(merged, params, params.time_limit_s)  # the app's own limit
        solver = res_box["res"].solver
        same = _same_objective(float(solver.objective), ref)
        rec.add(f"milp_minimums_{k}_{size}", [took], "scipy milp on the same grouped program, "
                f"time limit {params.time_limit_s:g} s as the app's (one run)",
                same_objective=same, milp_status=int(ref.status), ours_optimal=solver.optimal)
        rows.append(Row(f"plan with minimums in {k} units", size, rid,
                        f"milp_minimums_{k}_{size}", "scipy milp, same grouped program "
                        "(measured)", (("max", 0.5),), "≤ 0.5 s",
                        f"objective equal to milp's: {same}; ours proven optimal: "
                        f"{solver.optimal}; milp status {ref.status} (1 = time limit)"))
    return rows


def bench_export(rec: Records, repeats: int, size: str) -> list[Row]:
    import pandas as pd

    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.io.plan_workbook import write_plan_workbook
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    ds = load_dataset(*_files(size))
    res = make_plan(ds, PlanParams())
    tmp = Path(tempfile.mkdtemp())
    rec.add(f"export_ours_{size}", _runs(lambda: write_plan_workbook(tmp / "plan.xlsx", ds, res),
                                         repeats), "write_plan_workbook (the plan workbook)")

    def to_excel() -> None:
        with pd.ExcelWriter(tmp / "plain.xlsx", engine="openpyxl") as xw:
            res.allocation.to_excel(xw, sheet_name="allocation", index=False)
            res.kits.to_excel(xw, sheet_name="kits", index=False)
            res.per_unit().to_excel(xw, sheet_name="indicators")

    rec.add(f"export_to_excel_{size}", _runs(to_excel, repeats),
            "DataFrame.to_excel of allocation, kits, per_unit() (openpyxl)")
    nat = size == "national"
    return [Row("export plan workbook", size, f"export_ours_{size}", f"export_to_excel_{size}",
                "DataFrame.to_excel of the same tables (measured)",
                (("max", 0.5),) if nat else (("×anchor", 1.0),),
                "≤ 0.5 s" if nat else "≤ to_excel",
                f"{len(res.allocation)} allocation rows, {len(res.kits)} kits")]


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


def bench_memory(rec: Records, size: str) -> list[Row]:
    mb = float(_child([PY, "-c", MEMORY_SCRIPT, str(_dir(size))])[1].split()[-1])
    rec.add(f"memory_core_{size}", [mb], "peak resident memory (VmHWM) of a process that "
            "loads the data and makes one plan", unit="MB")
    return [Row("peak memory, core: load + plan", size, f"memory_core_{size}",
                target=(("max", 500.0),) if size == "stress" else (),
                target_text="≤ 500 MB" if size == "stress" else "")]


# --------------------------------------------------------------------------- report
def _package_version() -> str:
    import kzplanner

    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True, check=False).stdout.strip()
    return f"{Path(kzplanner.__file__).parent} @ {head or '?'}"


def machine() -> dict[str, Any]:
    import importlib.metadata as md

    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text()
                .splitlines() if ln.startswith("model name")), platform.processor())
    mem_kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                  if ln.startswith("MemTotal"))
    libs = {}
    for name in ("numpy", "pandas", "geopandas", "pyogrio", "shapely", "scipy", "highspy",
                 "openpyxl", "python-calamine", "PySide6_Essentials"):
        try:
            libs[name] = md.version(name)
        except md.PackageNotFoundError:
            pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "load_avg_start": os.getloadavg(),
            "libs": libs, "kzplanner": _package_version(), "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def fmt_value(v: float, unit: str = "s") -> str:
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v * 1000:.1f} ms" if v < 0.1 else (f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s")


def fmt(m: Measure | None) -> str:
    """The printed figure of a record: its median, or 'skipped'."""
    if m is None:
        return "—"
    if m.skipped:
        return "skipped"
    return "—" if m.median is None else fmt_value(m.median, m.unit)


def table_lines(rows: list[Row], rec: Records) -> list[list[str]]:
    """Cells per row: bench, size, ours, anchor, ours/anchor, target, verdict, anchor is."""
    out = []
    for r in rows:
        anchor = rec.get(r.anchor)
        q = ratio(r, rec)
        label = r.anchor_label if anchor is None or not anchor.skipped else (
            r.anchor_label if "skipped:" in r.anchor_label else
            f"{r.anchor_label}: skipped: {anchor.skipped}")
        out.append([r.bench, r.size, fmt(rec.get(r.ours)), fmt(anchor) if r.anchor else "—",
                    f"{q:.2f}×" if q is not None else "—", r.target_text or "—",
                    verdict(r, rec), label or "—"])
    return out


def print_table(rows: list[Row], rec: Records) -> None:
    head = (f"{'benchmark':56} {'size':8} {'ours':>9} {'anchor':>9} {'ours/anc':>8}  "
            f"{'target':22} {'verdict':10} anchor is")
    print(head)
    print("-" * len(head))
    for r, cells in zip(rows, table_lines(rows, rec), strict=True):
        print(f"{cells[0][:56]:56} {cells[1]:8} {cells[2]:>9} {cells[3]:>9} {cells[4]:>8}  "
              f"{cells[5]:22} {cells[6]:10} {cells[7]}")
        if r.note:
            print(f"{'':58}{r.note}")


def print_records(rec: Records) -> None:
    print("\nrecords of this run (median · runs · how)")
    for m in rec.items.values():
        runs = ", ".join(fmt_value(x, m.unit) for x in m.runs[:9])
        more = " …" if len(m.runs) > 9 else ""
        state = f"skipped: {m.skipped}" if m.skipped else f"{fmt(m)} · [{runs}{more}]"
        print(f"  {m.id:34} {state} · {m.how}")


def growth_lines(rows: list[Row], rec: Records) -> list[str]:
    lines = []
    by = {(r.ours.rsplit("_", 1)[0], r.size): r for r in rows if r.ours.endswith(f"_{r.size}")}
    for other in ("register", "stress"):
        for (stem, size), r in by.items():
            if size != "national" or (stem, other) not in by:
                continue
            a, b = rec.get(r.ours), rec.get(by[(stem, other)].ours)
            if a and b and a.median and b.median:
                lines.append(f"{r.bench.strip()}: national → {other} ×{b.median / a.median:.1f}")
    return lines


def save(path: str, info: dict[str, Any], repeats: int, rec: Records, rows: list[Row]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    cells = table_lines(rows, rec)
    data = {"machine": info, "repeats": repeats,
            "records": {k: {**asdict(m), "median": m.median} for k, m in rec.items.items()},
            "rows": [{**asdict(r), "printed": dict(zip(
                ["bench", "size", "ours", "anchor", "ratio", "target", "verdict", "anchor_is"],
                c, strict=True)), "ratio": ratio(r, rec), "verdict": verdict(r, rec)}
                for r, c in zip(rows, cells, strict=True)]}
    Path(path).write_text(json.dumps(data, indent=1, default=str, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="medians of 3, national only")
    parser.add_argument("--repeats", type=int, default=None, help="runs per median")
    parser.add_argument("--sizes", nargs="*", choices=["national", "register", "stress"],
                        default=None)
    parser.add_argument("--only", nargs="*", default=None, choices=list(PARTS))
    parser.add_argument("--no-gui", action="store_true", help="skip the starts and the map")
    parser.add_argument("--no-qgis", action="store_true",
                        help="do not run QGIS (its rows say skipped)")
    parser.add_argument("--inputs", default=str(HERE / "out"), help="bench/generate.py output")
    parser.add_argument("--json", default=None, help="default: INPUTS/results.json")
    parser.add_argument("--write-doc", default=None, help="write docs/performance.md here")
    args = parser.parse_args(argv)
    INPUTS["dir"] = Path(args.inputs).resolve()
    repeats = args.repeats or (3 if args.quick else 7)
    sizes = args.sizes or (["national"] if args.quick else ["national", "register", "stress"])
    only = set(args.only or PARTS)
    if args.no_gui:
        only -= {"start", "map"}
    json_path = args.json or str(INPUTS["dir"] / "results.json")
    ensure_inputs(sizes)
    info = machine()
    info["argv"] = ["python", "bench/run.py", *(argv if argv is not None else sys.argv[1:])]
    print(f"{info['nproc']} cores · {info['cpu']} · {info['ram_gb']} GB · Python {info['python']}"
          f" · load average {info['load_avg_start'][0]:.2f} · medians of {repeats} runs")
    rec = Records()
    rows: list[Row] = []
    if only & {"start", "map", "qgis"}:
        print("… QGIS anchor", file=sys.stderr, flush=True)
        reason = "not run: --no-qgis given" if args.no_qgis else ""
        bench_qgis(rec, repeats, "national", reason)
    if "start" in only:
        print("… starts", file=sys.stderr, flush=True)
        rows += bench_start(rec, repeats, [s for s in sizes if s == "national"])
    for size in sizes:
        for key in PARTS:
            if key not in only or key in ("start", "qgis"):
                continue
            if key == "map" and size != "national":
                continue
            print(f"… {key} ({size})", file=sys.stderr, flush=True)
            n = repeats if size == "national" else 1
            try:
                rows += PARTS[key](rec, n, size)
            except Exception as exc:  # keep the other figures; say what failed
                rec.skip(f"{key}_failed_{size}", repr(exc)[:300], f"{key} bench")
                rows.append(Row(f"{key} FAILED", size, f"{key}_failed_{size}"))
            save(json_path, info, repeats, rec, rows)
    if "qgis" in only and not only & {"start", "map"}:
        rows += [Row("QGIS whole process --snapshot (anchor only)", "national",
                     "qgis_snapshot_warm")]
    info["load_avg_end"] = os.getloadavg()
    info["ended"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print()
    print_table(rows, rec)
    print_records(rec)
    growth = growth_lines(rows, rec)
    if growth:
        print("\ngrowth\n  " + "\n  ".join(growth))
    save(json_path, info, repeats, rec, rows)
    print(f"\nrecords and rows: {json_path}")
    if args.write_doc:
        from doc import write_doc  # bench/doc.py

        write_doc(Path(args.write_doc), info, repeats, rec, rows, table_lines(rows, rec),
                  growth, fmt_value)
        print(f"wrote {args.write_doc}")
    return 0


PARTS: dict[str, Callable[..., list[Row]]] = {
    "qgis": lambda *a: [], "start": lambda *a: [], "map": bench_map, "stats": bench_statistics,
    "load": bench_load, "replan": bench_replan, "strategies": bench_strategies,
    "minimums": bench_minimums, "export": bench_export,
    "memory": lambda rec, n, size: bench_memory(rec, size),
}

if __name__ == "__main__":
    sys.exit(main())
