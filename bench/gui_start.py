"""Cold start of the main window on a given dataset, for bench/run.py (one process per start).

    python bench/gui_start.py --data bench/out/national --screenshot PATH

Does what `kzplanner gui --screenshot` does (kzplanner.gui.app.run), except that the data come
from DATA/units.gpkg, statistics.xlsx and institutions.xlsx: the command line and AppState.load
offer no way to open a register, so the load task is submitted through the state's task runner
exactly as AppState.load submits its own. Prints one JSON line: seconds from interpreter start to
the window shown and to the painted window with a plan, and the peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path


def _since_start() -> float:
    """Seconds since this process was created (so interpreter start-up is included)."""
    with open(f"/proc/{os.getpid()}/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", help="folder written by bench/generate.py (default: sample)")
    parser.add_argument("--screenshot", required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    from kzplanner.core.dataset import load_dataset
    from kzplanner.gui.app import application, take_screenshot, wait_for_plan
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.prepared import prepare_dataset
    from kzplanner.gui.state import AppState

    app = application()
    state = AppState(language="ru")
    window = MainWindow(state, None)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - t0
    if args.data:
        d = Path(args.data)
        params = state.params

        def work(fb):  # the same two steps as gui.prepared.load_prepared, plus the register
            with fb.sub(0.0, 0.8) as sub:
                ds = load_dataset(d / "units.gpkg", d / "statistics.xlsx", d / "institutions.xlsx",
                                  feedback=sub)
            with fb.sub(0.8, 1.0) as sub:
                return prepare_dataset(ds, params, sub)

        state.tasks.submit("load", work, state.set_dataset,
                           lambda exc: state.error_raised.emit("load", exc))
    else:
        state.load()
    ok = wait_for_plan(state)
    take_screenshot(window, args.screenshot)
    painted = time.perf_counter() - t0
    window.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ds = state.dataset
    print(json.dumps({"ok": ok, "imports_to_shown_s": shown, "imports_to_painted_s": painted,
                      "process_to_painted_s": _since_start(), "peak_rss_mb": rss_mb,
                      "units": 0 if ds is None else len(ds.units),
                      "institutions": 0 if ds is None else len(ds.institutions)}))
    sys.stdout.flush()
    os._exit(0 if ok else 1)  # skip interpreter teardown: it is not part of a start


if __name__ == "__main__":
    main()
