"""Everything Qt: application state, main window, map, panels, table models, task runner.

pyqtgraph picks a Qt binding when it is first imported; this package loads PySide6 first (and
names it for pyqtgraph), so import order inside gui/ modules no longer matters.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtCore  # noqa: E402,F401 - must be loaded before pyqtgraph

from kzplanner.gui.qt_import_hook import narrow as _narrow  # noqa: E402

_narrow()  # before pandas, geopandas … are imported: see qt_import_hook

from kzplanner.app import strings as _strings  # noqa: E402
from kzplanner.gui.i18n import load_translator as _load_translator  # noqa: E402

# While a Qt application runs, tr() asks the loaded Qt Linguist translation (.qm) first.
_strings.install_translator_loader(_load_translator)
