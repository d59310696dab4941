"""The PyQGIS half of bench/qgis_anchor.py, run by the system Python that has the qgis module.

    /usr/bin/python3 bench/qgis_side.py SPEC.json

SPEC (written by qgis_anchor.py): the GeoPackage with the layers `units` (the combined-gap
indicator in column `combined_gap`) and `institutions` (access status in column `status`), the
app's class breaks and colours, the status colours, the project path to write and the number of
renders. Builds the project (5-class graduated choropleth + categorised points), writes it, then
times in this process: reading the project, the first render at WIDTH×HEIGHT with
QgsMapRendererSequentialJob and every re-render. Prints one JSON line of raw seconds.
Nothing here is imported by the app or by the venv's Python.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_project(spec: dict, QgsProject, QgsVectorLayer, qcore, QColor):  # noqa: ANN001, N803
    gpkg = spec["gpkg"]
    project = QgsProject.instance()
    project.clear()
    units = QgsVectorLayer(f"{gpkg}|layername=units", "units", "ogr")
    points = QgsVectorLayer(f"{gpkg}|layername=institutions", "institutions", "ogr")
    if not units.isValid() or not points.isValid():
        raise RuntimeError(f"QGIS could not open the layers of {gpkg}")
    ranges = []
    for lo, hi, colour in spec["classes"]:
        sym = qcore.QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff",
                                                "outline_width": "0.2"})
        ranges.append(qcore.QgsRendererRange(lo, hi, sym, f"{lo:.3f} – {hi:.3f}"))
    units.setRenderer(qcore.QgsGraduatedSymbolRenderer("combined_gap", ranges))
    cats = []
    for status, colour in spec["status_colours"].items():
        sym = qcore.QgsMarkerSymbol.createSimple({"name": "circle", "color": colour,
                                                  "outline_color": "#303030",
                                                  "size": "1.6"})
        cats.append(qcore.QgsRendererCategory(status, sym, status))
    points.setRenderer(qcore.QgsCategorizedSymbolRenderer("status", cats))
    project.addMapLayer(units)
    project.addMapLayer(points)
    project.setCrs(units.crs())
    # The view the desktop application opens the project at: the units' extent.
    project.viewSettings().setDefaultViewExtent(
        qcore.QgsReferencedRectangle(units.extent(), units.crs()))
    project.write(spec["project"])
    return units, points


def main() -> int:
    spec = json.loads(open(sys.argv[1], encoding="utf-8").read())
    t0 = time.perf_counter()
    from qgis import core as qcore
    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    init_s = time.perf_counter() - t0
    build_project(spec, QgsProject, QgsVectorLayer, qcore, QColor)
    # Read the written project back, as the desktop application does with --project.
    project = QgsProject.instance()
    project.clear()
    t = time.perf_counter()
    if not project.read(spec["project"]):
        raise RuntimeError(f"QGIS could not read {spec['project']}")
    read_s = time.perf_counter() - t
    layers = [project.mapLayersByName(n)[0] for n in ("institutions", "units")]
    n_units = layers[1].featureCount()
    n_points = layers[0].featureCount()

    def render(out: str | None = None) -> float:
        settings = QgsMapSettings()
        settings.setLayers(layers)  # first = top
        settings.setDestinationCrs(layers[1].crs())
        settings.setExtent(layers[1].extent())
        settings.setOutputSize(QSize(spec["width"], spec["height"]))
        settings.setBackgroundColor(QColor("#f4f6f8"))
        settings.setFlag(qcore.QgsMapSettings.Antialiasing, True)
        t = time.perf_counter()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        took = time.perf_counter() - t
        if out:
            image.save(out)
        return took

    first = render(spec.get("render_png"))
    again = [render() for _ in range(int(spec["renders"]))]
    print(json.dumps({"version": Qgis.QGIS_VERSION, "init_s": init_s, "project_read_s": read_s,
                      "first_render_s": first, "rerender_s": again, "units": n_units,
                      "institutions": n_points}))
    sys.stdout.flush()
    os._exit(0)  # QGIS's own teardown is not part of what is measured (and can crash offscreen)


if __name__ == "__main__":
    sys.exit(main())
