"""The one door from the command line into Qt: the printable map page, rendered without a window.

`kzplanner map` calls print_map (lazily, only when it writes a page); nothing else of the gui
package is imported by the command line, and listing indicators loads no Qt at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def print_map(prepared: Any, indicator: str, out_path: str | Path, lang: str, *,
              result: Any = None, scenario: str = "baseline", scheme: str = "quantiles",
              classes: int = 5, breaks: tuple[float, ...] = (), title: str | None = None,
              institutions: bool = False, paper: str = "A4", landscape: bool = True,
              dpi: int = 300, settlements: str | None = None) -> Path:
    """Write the map page of `indicator` (PNG or PDF by the suffix of `out_path`) for a prepared
    dataset (app.display.prepared) and, for the projected/change scenarios, its plan `result`;
    `settlements`: draw the dataset's settlements coloured by coverage for this type;
    a QApplication is made offscreen when none exists (fonts need one). Returns the path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kzplanner"])  # noqa: F841 - fonts need it
    from kzplanner.gui.map.map_page import build_page
    from kzplanner.gui.map.map_print import export_page

    page = build_page(prepared, result, indicator, scenario, lang, scheme, classes, breaks,
                      title=title, institutions=institutions, settlements=settlements)
    return Path(export_page(out_path, page, paper, landscape, dpi))
