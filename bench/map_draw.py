"""Map drawing at national scale: first draw, re-colour and hover repaint, offscreen.

    python bench/map_draw.py [--data bench/out/national] [--repeats 7] [--size 1600x1000]

Builds the real MapView on an AppState holding the dataset (no plan), renders the viewport into a
QImage the size of the window's map, and prints one JSON line of medians in milliseconds:
first_draw (build items + fit + first paint), recolour (new indicator: brushes, legend,
tooltips + paint), hover_repaint (one unit hovered: repaint of its rectangle), and the same
with the institution layer on. Timing belongs here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(fn, repeats: int) -> float:  # noqa: ANN001
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000.0)
    return round(statistics.median(times), 2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(Path(__file__).parent / "out" / "national"))
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--size", default="1600x1000")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.map_view import MapView
    from kzplanner.gui.prepared import prepare_dataset
    from kzplanner.gui.state import AppState
    from kzplanner.gui.style import apply_style

    apply_style(app)
    data = Path(args.data)
    if (data / "units.gpkg").is_file():
        ds = load_dataset(str(data / "units.gpkg"), str(data / "statistics.xlsx"),
                          str(data / "institutions.xlsx"))
    else:
        ds = load_dataset()
    prepared = prepare_dataset(ds, PlanParams())
    state = AppState(language="ru")
    state.set_auto_plan(False)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)

    def paint(view: MapView, rect: QRect | None = None) -> None:
        painter = QPainter(image)
        target = rect or view.viewport().rect()
        view.render(painter, target, target)
        painter.end()

    holder: dict[str, MapView] = {}

    def first_draw() -> None:
        if "view" in holder:
            holder["view"].deleteLater()
        view = MapView(state)
        view.resize(width, height)
        state._prepared = prepared  # noqa: SLF001 - the bench skips the loading task
        view.rebuild()
        paint(view)
        holder["view"] = view

    out: dict[str, object] = {"units": len(ds.units), "institutions": len(ds.institutions),
                              "size": args.size}
    out["first_draw_ms"] = _median_ms(first_draw, args.repeats)
    view = holder["view"]
    indicators = iter(["institutional_gap", "combined_gap"] * 100)

    def recolour() -> None:
        state.set_indicator(next(indicators))
        paint(view)

    out["recolour_ms"] = _median_ms(recolour, args.repeats)
    item = next(iter(view.unit_items.values()))
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()

    def hover() -> None:
        item._hovered = not item._hovered  # noqa: SLF001 - what hoverEnter/Leave do
        item.update()
        paint(view, rect.intersected(view.viewport().rect()))

    out["hover_repaint_ms"] = _median_ms(hover, args.repeats)
    view.set_institutions_visible(True)
    out["first_draw_with_institutions_ms"] = _median_ms(lambda: paint(view), args.repeats)
    out["hover_repaint_with_institutions_ms"] = _median_ms(hover, args.repeats)
    view.zoom_by(4.0)
    out["paint_zoomed_x4_with_institutions_ms"] = _median_ms(lambda: paint(view), args.repeats)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
