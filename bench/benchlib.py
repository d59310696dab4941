"""What bench/run.py's parts share: the inputs, timing helpers and child processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# This worktree's package, not whatever the environment has installed (an editable install
# of another checkout would otherwise be measured).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent
PY = sys.executable
# The children start as a new user would: settings, autosaves (a crashed window's autosave is
# opened and checked at start) and logs in a profile of this run's own, not whatever this
# machine's earlier runs and tests left in the real one.
PROFILE = Path(tempfile.mkdtemp(prefix="kzbench-profile-"))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
       "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
       "XDG_CONFIG_HOME": str(PROFILE / "config"), "XDG_DATA_HOME": str(PROFILE / "data"),
       "KZPLANNER_AUTOSAVE_DIR": str(PROFILE / "autosave"),
       "KZPLANNER_LOG_DIR": str(PROFILE / "log")}
INPUTS = {"dir": HERE / "out"}
SLOW_S = 1.0  # a call slower than this is measured once (its first call), not repeatedly


def cpu_seconds() -> tuple[float, float] | None:
    """(CPU seconds every process of the machine has used since boot — /proc/stat, idle and
    iowait left out —, CPU seconds this process and its waited-for children have used); None
    where /proc/stat is missing. Their growth over a run, less ours, is what other processes
    took from the cores while we measured."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    ticks = [int(v) for v in fields]
    busy = sum(ticks) - ticks[3] - (ticks[4] if len(ticks) > 4 else 0)
    t = os.times()
    return busy / os.sysconf("SC_CLK_TCK"), t.user + t.system + t.children_user + \
        t.children_system


def speed_probe_ms(rounds: int = 5) -> float:
    """Milliseconds a fixed pure-Python workload takes here now (100,000 text keys put in a
    dict, sorted and looked up; the fastest of `rounds`). The host of a virtual machine lends
    it more or less speed at different hours (an idle machine ran the same starts ~20 % slower
    one hour than the hour before): runs compare by it, and so do the start and the end of one
    run. It is not an anchor and enters no ratio."""
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        table = {f"u{i:06d}": i for i in range(100_000)}
        ordered = sorted(table, reverse=True)
        total = sum(table[k] for k in ordered)
        best = min(best, time.perf_counter() - t)
    assert total == 4_999_950_000  # the work was done
    return best * 1000


def others_cores(start: tuple[float, float] | None, end: tuple[float, float] | None,
                 wall_s: float) -> float | None:
    """Cores other processes kept busy on average between `start` and `end` (cpu_seconds)."""
    if start is None or end is None or wall_s <= 0:
        return None
    return max((end[0] - start[0]) - (end[1] - start[1]), 0.0) / wall_s


def _runs(fn: Callable[[], Any], repeats: int, cut_slow: bool = True) -> list[float]:
    """Seconds per call: one discarded call first, then `repeats`; with `cut_slow`, a first
    call slower than SLOW_S is itself the only run (a 10 s plan is not repeated to learn that
    it is slow)."""
    t = time.perf_counter()
    fn()
    first = time.perf_counter() - t
    if cut_slow and first > SLOW_S:
        return [first]
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


PAIRED_MIN_RUNS = 15  # a read of a few ms varies by ~20 % between runs: more, alternated


def _paired_runs(fns: list[Callable[[], Any]], repeats: int) -> list[list[float]]:
    """Seconds per call of each of `fns`, alternated run by run (one discarded call of each
    first, then max(repeats, PAIRED_MIN_RUNS) rounds), so that a drift of the machine during
    the measurement falls on every side of a ratio alike."""
    for fn in fns:
        fn()
    out: list[list[float]] = [[] for _ in fns]
    for _ in range(max(repeats, PAIRED_MIN_RUNS)):
        for fn, times in zip(fns, out, strict=True):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
    return out


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
