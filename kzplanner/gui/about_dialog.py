"""About KZ Planner: versions, licences, data attributions and where logs and settings live."""

from __future__ import annotations

import html
import platform
import sys
from importlib import metadata
from typing import Any

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from kzplanner import __version__
from kzplanner.app.strings import tr
from kzplanner.gui import settings
from kzplanner.gui.browser_dialog import BrowserDialog

# Distribution name → licence, for the libraries the app ships (frozen builds carry them all).
LIBRARIES: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", "LGPL-3.0"),
    ("numpy", "BSD-3-Clause"),
    ("pandas", "BSD-3-Clause"),
    ("geopandas", "BSD-3-Clause"),
    ("shapely", "BSD-3-Clause"),
    ("pyproj", "MIT"),
    ("pyogrio", "MIT (GDAL: MIT)"),
    ("scipy", "BSD-3-Clause (HiGHS: MIT)"),
    ("openpyxl", "MIT"),
    ("pyqtgraph", "MIT"),
    ("rapidfuzz", "MIT"),
    ("platformdirs", "MIT"),
)
FONT_LICENCE = ("DejaVu Sans (resources/fonts)", "Bitstream Vera / DejaVu licence")


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "—"


def component_rows() -> list[tuple[str, str, str]]:
    """(component, version, licence) for the app, Python, Qt and the key libraries."""
    rows = [("KZ Planner", __version__, "MIT"),
            ("Python", platform.python_version(), "PSF-2.0"),
            ("Qt", qVersion(), "LGPL-3.0")]
    rows += [(name, _version(name), licence) for name, licence in LIBRARIES]
    gdal = getattr(sys.modules.get("pyogrio"), "__gdal_version_string__", None)
    if gdal:
        rows.append(("GDAL", str(gdal), "MIT"))
    rows.append((FONT_LICENCE[0], "2.37", FONT_LICENCE[1]))
    return rows


def about_html(lang: str, dataset: Any = None, log_path: str = "") -> str:
    """The About text: summary, versions and licences, data attributions, privacy."""
    esc = html.escape
    rows = "".join(f"<tr><td>{esc(c)}</td><td>{esc(v)}</td><td>{esc(lic)}</td></tr>"
                   for c, v, lic in component_rows())
    data = [f"<li>{esc(tr('about.natural_earth', lang))}</li>"]
    for source in getattr(dataset, "sources", None) or []:
        kind = tr(f"about.kind.{source.kind}", lang) if source.kind in (
            "boundaries", "statistics", "institutions") else source.kind
        where = source.attribution or source.file
        tag = f" ({esc(tr('about.illustrative', lang))})" if source.illustrative else ""
        sheet = f", {esc(source.sheet)}" if source.sheet else ""
        data.append(f"<li>{esc(kind)}: {esc(str(where))}{sheet}{tag}</li>")
    return (
        f"<h3>KZ Planner {esc(__version__)}</h3>"
        f"<p>{esc(tr('about.summary', lang))}</p>"
        f"<p><b>{esc(tr('about.sample_note', lang))}</b></p>"
        f"<h4>{esc(tr('about.data', lang))}</h4><ul>{data[0]}</ul>"
        + (f"<p>{esc(tr('about.loaded', lang))}</p><ul>{''.join(data[1:])}</ul>"
           if len(data) > 1 else "")
        + f"<h4>{esc(tr('about.versions', lang))} · {esc(tr('about.licences', lang))}</h4>"
        f"<table cellspacing='0' cellpadding='3'><tr><th align='left'>"
        f"{esc(tr('about.component', lang))}</th><th align='left'>"
        f"{esc(tr('about.version', lang))}</th><th align='left'>"
        f"{esc(tr('about.licence', lang))}</th></tr>{rows}</table>"
        f"<p>{esc(tr('about.privacy', lang, log=log_path))}</p>"
        f"<p>{esc(tr('about.settings', lang, file=settings.file_path()))}</p>"
    )


class AboutDialog(BrowserDialog):
    def __init__(self, lang: str, dataset: Any = None, log_path: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__("aboutDialog", (640, 620), parent)
        self.dataset, self.log_path = dataset, log_path
        self.copy_button = self.action_button
        self.copy_button.clicked.connect(self.copy_details)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.setWindowTitle(tr("about.title", lang))
        self.copy_button.setText(tr("about.copy", lang))
        self.close_button.setText(tr("dlg.close", lang))
        self.browser.setHtml(about_html(lang, self.dataset, self.log_path))

    def copy_details(self) -> None:
        """Plain-text details for a support e-mail."""
        QApplication.clipboard().setText(self.browser.toPlainText())


def show_about(window: Any) -> AboutDialog:
    """Open About over the main window (non-blocking)."""
    state = window.state
    log_path = str(window.log_path) if getattr(window, "log_path", None) else ""
    dialog = AboutDialog(state.language, state.dataset, log_path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
