"""PySide6's look at every imported module's source, kept to modules that may use Qt.

Once PySide6 is loaded it wraps every later import: for each new module it reads the module's
whole source (inspect.getsource, which keeps every line in linecache) to see whether it
mentions "PySide6", so that the module could opt into PySide6's `from __feature__ import
snake_case, true_property` names (this app does not). With pandas, geopandas, scipy and the
standard library imported after it, that reading took ~0.1 s of the load's thread at every
start, on the way to the first map, and left ~40 MB of source lines in memory.

`narrow()` answers "does not use PySide6" at once for the standard library and for the
scientific packages that never import Qt, and leaves every other module (this app, pyqtgraph,
pytest-qt, anything unknown) to PySide6's own check, so the answer PySide6 keeps for a module
that may use Qt is the one it would have found. Where PySide6's internals differ from these
(another version), nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

# Top-level packages that never import Qt (their modules' sources are not read).
NO_QT = frozenset(sys.stdlib_module_names) | frozenset({
    "numpy", "pandas", "geopandas", "shapely", "pyogrio", "pyproj", "scipy", "openpyxl",
    "et_xmlfile", "python_calamine", "dateutil", "pytz", "tzdata", "xlsxwriter", "PIL",
    "packaging", "six", "certifi", "platformdirs", "charset_normalizer", "highspy",
})


def narrow() -> bool:
    """Install the narrowed check; True when PySide6's check was found and narrowed (also
    when it already was), False when this PySide6 has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Any = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if getattr(original, "narrowed", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name.partition(".")[0] in NO_QT:
            return False
        return bool(original(module))

    uses_pyside.narrowed = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
