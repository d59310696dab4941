"""The printable map page (PNG or PDF, A4/A3, portrait/landscape) painted with QPainter.

One renderer for the window's File → Export map and for `kzplanner map`: title, subtitle, the
choropleth with labels, the legend (with the note on ties), scale bar, north arrow, source line
and date, in the interface language. Runs without a window (QImage / QPdfWriter offscreen).
The page is built in map_page and painted in map_paint; this module writes it to a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from kzplanner import __version__
from kzplanner.errors import KZError
from kzplanner.gui.map.map_page import (
    DEFAULT_DPI,
    PAPERS_MM,
    MapPage,
    page_pixels,
)
from kzplanner.gui.map.map_paint import paint_page


# --- files --------------------------------------------------------------------------------
def export_page(path: str | Path, page: MapPage, paper: str = "A4", landscape: bool = True,
                dpi: int = DEFAULT_DPI) -> Path:
    """Write the page as PNG or PDF (by the suffix), atomically. Needs a Qt application."""
    from kzplanner.core.io.write.atomic import write_atomically

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise KZError("bad_parameter", file=str(target), column="--out",
                      detail="the map is written as .png or .pdf")
    if paper not in PAPERS_MM:
        raise KZError("bad_parameter", column="--paper", detail=f"paper {paper!r}")

    def write(tmp: Path) -> None:
        if suffix == ".png":
            _write_png(tmp, page, paper, landscape, dpi)
        else:
            _write_pdf(tmp, page, paper, landscape, dpi)

    return write_atomically(target, write)


def render_image(page: MapPage, paper: str = "A4", landscape: bool = True,
                 dpi: int = DEFAULT_DPI) -> QImage:
    w, h = page_pixels(paper, landscape, dpi)
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_page(painter, w, h, dpi, page)
    finally:
        painter.end()
    return image


def _write_png(tmp: Path, page: MapPage, paper: str, landscape: bool, dpi: int) -> None:
    image = render_image(page, paper, landscape, dpi)
    if not image.save(str(tmp), "PNG"):
        raise KZError("file_locked", file=str(tmp), detail="could not write the PNG")


def _write_pdf(tmp: Path, page: MapPage, paper: str, landscape: bool, dpi: int) -> None:
    writer = QPdfWriter(str(tmp))
    w_mm, h_mm = PAPERS_MM[paper]
    writer.setPageSize(QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, paper))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                              else QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(dpi)
    writer.setTitle(page.title)
    writer.setCreator(f"KZ Planner {__version__}")
    painter = QPainter(writer)
    try:
        paint_page(painter, writer.width(), writer.height(), dpi, page)
    finally:
        painter.end()

