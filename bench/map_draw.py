"""Map drawing at national scale in a SHOWN view of the window's map size, offscreen.

    python bench/map_draw.py [--data bench/out/national] [--repeats 7] [--size 1600x1000]

Builds the real MapView on an AppState, shows it at WIDTH×HEIGHT (the viewport is checked to be
that size) and times the paints Qt does for it (`viewport().repaint()`, synchronous):

- first_draw: the data arrive in a shown, empty view with the institution layer on: build the
  unit items and the institution layer, classify the combined gap into 5 quantile classes (the
  view's restyle: brushes, legend), fit, and paint every unit and every institution. Each run
  on a new view (a view keeps the scene it built for the same data, its labels' layouts and
  its institution symbols' images: a second paint would be cheaper).
  - as the app draws institutions at this zoom (what lies in the view; numbered clusters where
    they overlap on screen: the JSON says how many symbols and clusters were drawn);
  - with clustering switched off in this process (no overlap distance, no bounds): every
    institution painted as its own symbol, as QGIS draws them.
  Inside the window, as the app does it: the unit paths (from one numpy buffer), the unit
  labels (one layer item; each label laid out once, drawn from its glyph runs), the
  institution symbols' images (drawn once per view and look, then one blit per symbol; no
  process-wide cache, so every run makes them again). Unit tooltips are written when the
  mouse asks for one (not timed here: one unit's text, well under a millisecond).
- recolour: a new indicator (classification, brushes, legend) and the repaint.
- hover: one unit hovered (what hoverEnter/Leave do) and the repaint of its rectangle.

Prints one JSON line with the raw seconds of every run (medians are taken by bench/run.py):
wall seconds (`*_s`), this process's CPU seconds of the same runs (`*_cpu_s`: less disturbed by
other processes on a shared machine) and, for the first draws, a QElapsedTimer breakdown per
run (`*_parts`: rebuild — items, classes, legend, fit, labels — then the viewport's paint);
`restyle_s` is the restyle alone (the classes' part of both). Timing belongs here, never in
tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# This worktree's package, not whatever the environment has installed (an editable install
# of another checkout would otherwise be measured).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _runs(fn: Callable[[], None], repeats: int, setup: Callable[[], None] | None = None,
          check: Callable[[], None] | None = None, cpu: list[float] | None = None
          ) -> list[float]:
    """Wall seconds of `fn` per run after one discarded run; `setup` (untimed) runs before
    each call and `check` (untimed) after it; `cpu` gets the process CPU seconds of each."""
    times = []
    for i in range(repeats + 1):
        if setup is not None:
            setup()
        c = time.process_time()
        t = time.perf_counter()
        fn()
        took = time.perf_counter() - t
        used = time.process_time() - c
        if check is not None:
            check()
        if i:
            times.append(took)
            if cpu is not None:
                cpu.append(used)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(Path(__file__).parent / "out" / "national"))
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--png", default=None, help="save the first draw's viewport here")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QSize

    from kzplanner.gui.app import application

    # the window's own process settings (memory blocks, collector thresholds) and style: a
    # bench process with Python's default collector thresholds collected ~20× as often
    app = application()
    import kzplanner.gui.map.map_institutions as mi
    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.map.map_view import MapView
    from kzplanner.gui.state import AppState

    data = Path(args.data)
    if (data / "units.gpkg").is_file():
        ds = load_dataset(str(data / "units.gpkg"), str(data / "statistics.xlsx"),
                          str(data / "institutions.xlsx"))
    else:
        ds = load_dataset()
    prepared = prepare_dataset(ds, PlanParams())
    state = AppState(language="ru")
    state.set_auto_plan(False)
    state.set_indicator("combined_gap")
    n_inst = len(ds.institutions)

    # What the institution painter drew (counted, not changed, unless clustering is switched off).
    real_plan = mi.plan_symbols
    drawn = {"singles": 0, "pies": 0, "per_unit_pies": False}
    grouping = {"on": True}

    def plan_symbols(px, status, visible, width, height, **kw):  # noqa: ANN001, ANN003, ANN202
        if not grouping["on"]:
            kw.update(overlap_px=0.0, max_clusters=n_inst + 1, max_symbols=n_inst + 1,
                      greedy_limit=n_inst + 1)
        d = real_plan(px, status, visible, width, height, **kw)
        drawn.update(singles=len(d.singles), pies=len(d.cluster_xy), per_unit_pies=False)
        return d

    mi.plan_symbols = plan_symbols
    holder: dict[str, MapView] = {}
    # the first draw's parts, per run (the discarded first run's are dropped below)
    parts: dict[str, list[float]] = {"rebuild_s": [], "paint_s": []}

    def new_empty_view() -> None:
        if "view" in holder:
            # Really delete the previous view: a view left alive keeps restyling on every
            # state signal and would be timed with the new one.
            holder["view"].close()
            holder["view"].deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        state._prepared = None  # noqa: SLF001 - a new view on no data, as before a load
        view = MapView(state)
        view.resize(width, height)
        view.show()
        view.set_institutions_visible(True)
        app.processEvents()
        holder["view"] = view

    def first_draw() -> None:
        view = holder["view"]
        clock = QElapsedTimer()
        clock.start()
        state._prepared = prepared  # noqa: SLF001 - the bench skips the loading task
        view.rebuild()  # what map_changed does: items, fit, relabel → restyle (classes)
        built = clock.nsecsElapsed()
        view.viewport().repaint()
        painted = clock.nsecsElapsed()
        parts["rebuild_s"].append(built / 1e9)
        parts["paint_s"].append((painted - built) / 1e9)

    def take_parts() -> dict[str, list[float]]:
        """The parts of the timed runs (the first, discarded run's dropped), then reset."""
        out = {k: v[1:] for k, v in parts.items()}
        for v in parts.values():
            v.clear()
        return out

    def check_first() -> None:
        view = holder["view"]
        vp = view.viewport().size()
        if vp != QSize(width, height) or not view.isVisible():
            raise RuntimeError(f"the view was not shown at {width}×{height} but {vp}")
        if view.classification is None or view.classification.effective < 2:
            raise RuntimeError("the first draw did not classify the units")
        if view.institutions_item is None or not view.institutions_item.isVisible():
            raise RuntimeError("the institution layer was not drawn")
        if not grouping["on"] and drawn["singles"] < int(view.institution_layer.placed.sum()):
            raise RuntimeError("not every institution was drawn as its own symbol")

    out: dict[str, object] = {"units": len(ds.units), "institutions": n_inst,
                              "size": args.size}
    cpu: list[float] = []
    out["first_draw_s"] = _runs(first_draw, args.repeats, setup=new_empty_view,
                                check=check_first, cpu=cpu)
    out["first_draw_cpu_s"] = cpu
    out["first_draw_parts"] = take_parts()
    out["first_draw_drawn"] = dict(drawn)
    view = holder["view"]
    out["viewport"] = f"{view.viewport().width()}x{view.viewport().height()}"
    if args.png:
        view.viewport().grab().save(args.png)
    indicators = iter(["institutional_gap", "combined_gap"] * 1000)

    def recolour() -> None:
        state.set_indicator(next(indicators))
        view.viewport().repaint()

    # the restyle alone (classes, brushes, legend: the part of rebuild and of recolour that
    # is not items or paint), on the drawn view
    out["restyle_s"] = _runs(view.restyle, args.repeats)
    out["recolour_cpu_s"] = []
    out["recolour_s"] = _runs(recolour, args.repeats, cpu=out["recolour_cpu_s"])
    item = next(iter(view.unit_items.values()))
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect().intersected(
        view.viewport().rect())

    def hover() -> None:
        item._hovered = not item._hovered  # noqa: SLF001 - what hoverEnter/Leave do
        item.update()
        view.viewport().repaint(rect)

    out["hover_s"] = _runs(hover, args.repeats)
    grouping["on"] = False
    state.set_indicator("combined_gap")
    cpu = []
    out["first_draw_every_institution_s"] = _runs(first_draw, args.repeats,
                                                  setup=new_empty_view, check=check_first,
                                                  cpu=cpu)
    out["first_draw_every_institution_cpu_s"] = cpu
    out["first_draw_every_institution_parts"] = take_parts()
    out["every_institution_drawn"] = dict(drawn)
    mi.plan_symbols = real_plan
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
