"""Map drawing at national scale: first draw, re-colour and hover repaint, offscreen.

    python bench/map_draw.py [--data bench/out/national] [--repeats 7] [--size 1600x1000]

Builds the real MapView on an AppState holding the dataset (no plan), renders the viewport into a
QImage the size of the window's map, and prints one JSON line of medians in milliseconds:
view_construction (the empty widget, once per window), first_draw (build items + fit + first
paint when the data arrives), recolour (new indicator: brushes, legend,
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


def _median_ms(fn, repeats: int, setup=None) -> float:  # noqa: ANN001
    """Median of `fn`'s time; `setup` (untimed) runs before each call."""
    times = []
    for i in range(repeats + 1):
        if setup is not None:
            setup()
        t = time.perf_counter()
        fn()
        if i:  # the first call warms up
            times.append((time.perf_counter() - t) * 1000.0)
    return round(statistics.median(times), 2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(Path(__file__).parent / "out" / "national"))
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--size", default="1600x1000")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QCoreApplication, QEvent, QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.map.map_view import MapView
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

    def construct() -> None:
        if "view" in holder:
            # Really delete the previous view: a view left alive keeps restyling on every
            # state signal and would be timed with the new one.
            holder["view"].deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        view = MapView(state)
        view.resize(width, height)
        holder["view"] = view

    def first_draw() -> None:
        # The layer's first draw, as when data arrives in the open window (QGIS's canvas
        # likewise exists before it renders): build items, fit, paint. Each run on a new
        # view: a view keeps the scene it built for the same map data.
        view = holder["view"]
        state._prepared = prepared  # noqa: SLF001 - the bench skips the loading task
        view.rebuild()
        paint(view)

    out: dict[str, object] = {"units": len(ds.units), "institutions": len(ds.institutions),
                              "size": args.size}
    out["view_construction_ms"] = _median_ms(construct, args.repeats)
    def empty_view() -> None:
        state._prepared = None  # noqa: SLF001 - a new view on no data, as before a load
        construct()

    out["first_draw_ms"] = _median_ms(first_draw, args.repeats, setup=empty_view)
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
    out["baseline_geopandas_plot_ms"] = _geopandas_plot_ms(ds, width, height, args.repeats)
    print(json.dumps(out))
    return 0


def _geopandas_plot_ms(ds, width: int, height: int, repeats: int) -> float | None:  # noqa: ANN001
    """geopandas' own plot of the same units (coloured by a numeric column) and institution
    points, rendered to an in-memory PNG at the same size: the baseline of issue 5."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import io

        import geopandas as gpd
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    units = ds.units[["population", "geometry"]]
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(ds.institutions["lon"],
                                                          ds.institutions["lat"]), crs=4326)

    def plot() -> None:
        fig, ax = plt.subplots(figsize=(width / 100, height / 100), dpi=100)
        units.plot(column="population", ax=ax, legend=True)
        points.plot(ax=ax, markersize=1, color="black")
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        plt.close(fig)

    return _median_ms(plot, repeats)


if __name__ == "__main__":
    sys.exit(main())
