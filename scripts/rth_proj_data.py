"""PyInstaller runtime hook (build.spec): one PROJ database for pyproj and GDAL.

The bundle keeps only pyogrio's PROJ data (the newer proj.db; pyproj's copy is left out), so
pyproj is pointed at it before it is imported: pyproj looks at PROJ_DATA when its own folder is
absent, and pyogrio sets GDAL's search path to the same folder.
"""

import os
import sys

_PROJ = os.path.join(getattr(sys, "_MEIPASS", ""), "pyogrio", "proj_data")
if os.path.isfile(os.path.join(_PROJ, "proj.db")):
    os.environ["PROJ_DATA"] = _PROJ
