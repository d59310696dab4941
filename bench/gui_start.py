"""Cold start of the main window on a given dataset, for bench/run.py (one process per start).

    python bench/gui_start.py --data bench/out/national --screenshot PATH
    python bench/gui_start.py --data bench/out/stress --screenshot PATH   # 10,000 units, 200,000 inst.

Does what `kzplanner gui --screenshot` does (kzplanner.gui.app.run), except that the data come
from DATA/units.gpkg, statistics.xlsx and institutions.xlsx (AppState.load with a register).
Prints one JSON line: seconds to the window shown, to the window painted with the map (PATH.map.png;
at a start with the input cache warm, drawn from the cache's map entry while the dataset still
loads), to the whole dataset adopted (tables and panels filled) and to the window painted with the
plan (PATH), each from the first import and from process creation, the process's CPU seconds
(all threads) to the painted map, the peak resident memory, and how many input-cache entries
the start found (cache_hits).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

# This worktree's package, not whatever the environment has installed (an editable install
# of another checkout would otherwise be measured).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _since_start() -> float:
    """Seconds since this process was created (so interpreter start-up is included)."""
    with open(f"/proc/{os.getpid()}/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def _count_cache_hits() -> list[int]:
    """[how many input-cache entries this start found] (the map's and the dataset's: 2 at a
    warm start), counted around input_cache.load. A start meant to be warm that found none ran
    cold: its cache keys name the code, so a file edited during a bench run misses them."""
    from kzplanner.core.io import input_cache

    hits = [0]
    load = input_cache.load

    def counted(key):  # noqa: ANN001, ANN202 - input_cache.load's own signature
        value = load(key)
        hits[0] += value is not None
        return value

    input_cache.load = counted
    return hits


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", help="folder written by bench/generate.py (default: sample)")
    parser.add_argument("--screenshot", required=True)
    parser.add_argument("--size", default="1600x1000", help="window size (QGIS's snapshot size)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    from kzplanner.gui.app import (
        application,
        take_screenshot,
        wait_for_data,
        wait_for_map,
        wait_for_plan,
    )
    from kzplanner.gui.state import AppState

    hits = _count_cache_hits()

    app = application()
    state = AppState(language="ru")
    if args.data:  # as gui.app.run does with the sample: the load starts before the window
        d = Path(args.data)
        state.load(d / "units.gpkg", d / "statistics.xlsx", d / "institutions.xlsx")
    else:
        state.load()
    from kzplanner.gui.main_window import MainWindow  # as gui.app.run: after the load started

    window = MainWindow(state, None)
    window.resize(*(int(v) for v in args.size.split("x")))
    window.show()
    app.processEvents()
    shown = time.perf_counter() - t0
    ok_map = wait_for_map(state)
    window.repaint()  # the paint the event loop does next, done now so that it can be timed
    map_painted = time.perf_counter() - t0
    map_process = _since_start()
    map_cpu = time.process_time()  # CPU seconds of all threads: steadier than wall on a busy machine
    preview = state.prepared is None
    ok_data = wait_for_data(state)
    data_process = _since_start()
    window.grab().save(str(Path(args.screenshot).with_suffix(".map.png")))
    ok = wait_for_plan(state) and ok_map and ok_data
    take_screenshot(window, args.screenshot)
    painted = time.perf_counter() - t0
    window.close()
    from proc_status import status_mb  # bench/ (this script's folder)

    rss_mb = status_mb("VmHWM")
    ds = state.dataset
    print(json.dumps({"ok": ok, "imports_to_shown_s": shown,
                      "imports_to_map_s": map_painted, "process_to_map_s": map_process,
                      "cpu_to_map_s": map_cpu,
                      "map_from_preview": preview, "process_to_data_s": data_process,
                      "imports_to_painted_s": painted, "process_to_painted_s": _since_start(),
                      "peak_rss_mb": rss_mb, "cache_hits": hits[0],
                      "units": 0 if ds is None else len(ds.units),
                      "institutions": 0 if ds is None else len(ds.institutions)}))
    sys.stdout.flush()
    os._exit(0 if ok else 1)  # skip interpreter teardown: it is not part of a start


if __name__ == "__main__":
    main()
