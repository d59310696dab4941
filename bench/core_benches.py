"""The Qt-free benchmarks of bench/run.py, each beside an anchor doing the same work.

Statistics reading (calamine), loading (geopandas/pandas reading the same files), re-planning
(scipy milp on the same grouped program), the rule strategies, plans with unit minimums and peak
memory (the export: bench/export_bench.py). Each adds records to `rec` and
returns the rows that compare them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchlib import PY, _child, _dir, _files, _paired_runs, _runs
from measures import Records, Row

BUDGETS_BN = (0.5, 2.0, 10.0)
STRATEGIES = ("proportional", "equal", "worst_first")
MINIMUM_UNITS = (3, 10)
REPLAN_FACTORS = (0.2, 0.6, 1.0, 1.4, 1.8)  # × the default budget; the milp anchor solves each


def bench_statistics(rec: Records, repeats: int, size: str) -> list[Row]:
    import pandas as pd

    from kzplanner.core.io.read.statistics import read_statistics

    _b, stats, _i = _files(size)
    ours = lambda: read_statistics(stats)  # noqa: E731
    how = "read_statistics(statistics.xlsx)"
    try:
        import python_calamine  # noqa: F401  (pandas' engine='calamine' needs it)
    except ImportError as exc:
        rec.add(f"stats_ours_{size}", _runs(ours, repeats), how)
        rec.skip(f"stats_calamine_{size}", f"python-calamine not installed ({exc})",
                 "pandas.read_excel(engine='calamine')")
    else:
        mine, theirs = _paired_runs([ours, lambda: pd.read_excel(
            stats, sheet_name="statistics", header=2, engine="calamine")], repeats)
        rec.add(f"stats_ours_{size}", mine, how + ", runs alternated with calamine's")
        rec.add(f"stats_calamine_{size}", theirs,
                "pandas.read_excel(sheet 'statistics', header=2, engine='calamine'), runs "
                "alternated with ours")
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


STRESS_BUDGETS_BN = (2.0, 10.0)
STRESS_RUNS = 3  # medians of 3 at stress size, whatever --repeats says


def _stress_dataset() -> tuple[Any, str]:
    """The stress dataset, parsed once and kept as a pickle beside its inputs (keyed by their
    sizes and times and by this checkout's commit), so that timing the rules at stress size
    does not parse 200,000 register rows on every run; and a note saying how it was read.

    The stress register has 200,000 institutions below a 3-row heading, within the reader's
    limit (core/io/read/safety.MAX_ROWS, 1,000,000 since issue 21); were the limit lower, the
    bench would raise it for its own process only and say so in the records that use it.
    """
    import pickle
    import subprocess

    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.io.read import safety

    files = _files("stress")
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                          cwd=Path(__file__).parent, check=False).stdout.strip()
    key = (head, [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files])
    cache = _dir("stress") / "dataset.pickle"
    note = ""
    if safety.MAX_ROWS < 200_003:
        note = (f"; register read with the reader's row limit raised from {safety.MAX_ROWS:,} "
                "for the bench (the stress register has 200,003 rows)")
    if cache.exists():
        try:
            with cache.open("rb") as fh:
                saved_key, ds = pickle.load(fh)
            if saved_key == key:
                return ds, note
        except Exception:  # noqa: BLE001 - a stale or broken cache is parsed again
            pass
    limit = safety.MAX_ROWS
    safety.MAX_ROWS = max(limit, 250_000)
    try:
        ds = load_dataset(*files)
    finally:
        safety.MAX_ROWS = limit
    with cache.open("wb") as fh:
        pickle.dump((key, ds), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return ds, note


def _every_run(fn: Any, repeats: int) -> list[float]:
    """One discarded call, then `repeats` timed ones however long each takes."""
    return _runs(fn, repeats, cut_slow=False)


def bench_strategies(rec: Records, repeats: int, size: str) -> list[Row]:
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.parameters import Constraints, PlanParams
    from kzplanner.core.planning.planner import make_plan

    note = ""
    if size == "stress":
        ds, note = _stress_dataset()
        budgets, repeats = STRESS_BUDGETS_BN, STRESS_RUNS
    else:
        ds, budgets = load_dataset(*_files(size)), BUDGETS_BN
    p0 = PlanParams()
    items = build_items(ds, p0)
    target = (("max", 3.0),) if size == "stress" else (("max", 0.3),)
    rows = []
    # at stress size the exact optimiser too (the national one is bench_replan's)
    for strategy in STRATEGIES + (("max_impact",) if size == "stress" else ()):
        for bn in budgets:
            params = p0.with_changes(strategy=strategy, budget_kzt=bn * 1e9)
            rid = f"plan_{strategy}_{bn:g}bn_{size}"
            runner = _every_run if size == "stress" else _runs
            rec.add(rid, runner(lambda p=params: make_plan(ds, p, items=items), repeats),
                    f"make_plan(strategy={strategy}, budget {bn:g} bn ₸, items reused; "
                    f"{len(items.vouchers):,} voucher lines, {len(items.kits):,} kits){note}")
            rows.append(Row(f"plan {strategy}, {bn:g} bn ₸", size, rid, None, "", target,
                            f"≤ {target[0][1]:g} s"))
    if size == "stress":
        for k in MINIMUM_UNITS:  # unit minimums at stress size: the exact optimiser's hardest
            mins = {str(u): 0.01 * p0.budget_kzt for u in items.gaps_before["combined_gap"]
                    .sort_values(ascending=False).index[:k]}
            params = p0.with_changes(constraints=Constraints(unit_min_kzt=mins))
            rid = f"plan_minimums_{k}_{size}"
            rec.add(rid, _every_run(lambda p=params: make_plan(ds, p, items=items), repeats),
                    f"make_plan(max_impact, 2 bn ₸, spending minimums of 1 % of the budget in "
                    f"the {k} units with the largest gaps, items reused){note}")
            rows.append(Row(f"plan with minimums in {k} units", size, rid, None, "", target,
                            "≤ 3 s"))
        rows += _rules_memory(rec, note)
    return rows


RULES_MEMORY_SCRIPT = """
import pickle, sys
from kzplanner.core.memory import large_blocks_apart
large_blocks_apart()  # as the window and the command line do
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.planner import make_plan
with open(sys.argv[1], 'rb') as fh:
    ds = pickle.load(fh)[1]
for strategy in ('proportional', 'equal', 'worst_first'):
    make_plan(ds, PlanParams(strategy=strategy, budget_kzt=float(sys.argv[2]) * 1e9))
sys.path.insert(0, 'bench')  # run from the repository's root (benchlib._child)
from proc_status import status_mb
print(status_mb('VmHWM'))  # this process's own peak (reset by exec)
"""


def _rules_memory(rec: Records, note: str) -> list[Row]:
    bn = max(STRESS_BUDGETS_BN)
    out = _child([PY, "-c", RULES_MEMORY_SCRIPT, str(_dir("stress") / "dataset.pickle"),
                  str(bn)])[1]
    rec.add("memory_rules_stress", [float(out.split()[-1])], "peak resident memory (VmHWM) of "
            f"a process that reads the parsed stress dataset and makes the three rule plans "
            f"({bn:g} bn ₸, items built by each){note}", unit="MB")
    return [Row("peak memory, rule plans", "stress", "memory_rules_stress",
                target=(("max", 500.0),), target_text="≤ 500 MB")]


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
        ours = float(solver.objective)
        same = _same_objective(ours, ref)
        # Where milp stops at its limit its plan and its bound still bracket the optimum: ours
        # must be at least its plan and at most its bound (1e-6 relative).
        ref_best = -float(ref.fun) if ref.fun is not None else None
        ref_bound = getattr(ref, "mip_dual_bound", None)
        ref_bound = -float(ref_bound) if ref_bound is not None else None
        slack = 1e-6 * max(1.0, abs(ours))
        bracketed = ((ref_best is None or ours >= ref_best - slack)
                     and (ref_bound is None or ours <= ref_bound + slack))
        rec.add(f"milp_minimums_{k}_{size}", [took], "scipy milp on the same grouped program, "
                f"time limit {params.time_limit_s:g} s as the app's (one run)",
                same_objective=same, milp_status=int(ref.status), ours_optimal=solver.optimal,
                ours_objective=ours, milp_objective=ref_best, milp_bound=ref_bound,
                within_milp_bracket=bracketed)
        if ref.status == 0:
            check = f"objective equal to milp's (proven optimal): {same}"
        else:
            check = (f"milp stopped at its limit (status {ref.status}): ours − milp's plan = "
                     f"{ours - (ref_best or 0.0):+.6g}, within milp's plan and bound: "
                     f"{bracketed}")
        rows.append(Row(f"plan with minimums in {k} units", size, rid,
                        f"milp_minimums_{k}_{size}", "scipy milp, same grouped program "
                        "(measured)", (("max", 0.5),), "≤ 0.5 s",
                        f"{check}; ours proven optimal: {solver.optimal} "
                        f"({solver.status}, {solver.seconds * 1e3:.0f} ms in the solver)"))
    return rows


MEMORY_SCRIPT = """
import sys
from kzplanner.core.memory import large_blocks_apart
large_blocks_apart()  # as the window and the command line do
from kzplanner.core.dataset import load_dataset
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.planner import make_plan
d = sys.argv[1]
ds = load_dataset(d + '/units.gpkg', d + '/statistics.xlsx', d + '/institutions.xlsx')
make_plan(ds, PlanParams())
sys.path.insert(0, 'bench')  # run from the repository's root (benchlib._child)
from proc_status import status_mb
print(status_mb('VmHWM'))  # this process's own peak (reset by exec)
"""


def bench_memory(rec: Records, size: str) -> list[Row]:
    mb = float(_child([PY, "-c", MEMORY_SCRIPT, str(_dir(size))])[1].split()[-1])
    rec.add(f"memory_core_{size}", [mb], "peak resident memory (VmHWM) of a process that "
            "loads the data and makes one plan", unit="MB")
    return [Row("peak memory, core: load + plan", size, f"memory_core_{size}",
                target=(("max", 500.0),) if size == "stress" else (),
                target_text="≤ 500 MB" if size == "stress" else "")]
