"""The one place that finds the bundled resources/ and maps/ (source checkout or frozen build)."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """Folder holding resources/ and maps/: the PyInstaller bundle, else the checkout root."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def maps_dir() -> Path:
    return app_root() / "maps"


def user_guide(lang: str) -> Path:
    """The bundled offline user guide (HTML with screenshots) in `lang` (kk, ru, en)."""
    return app_root() / "docs" / "user-guide" / f"{lang}.html"


def sample_boundaries() -> Path:
    """Natural Earth admin-1 polygons for Kazakhstan (pre-2018), bundled."""
    return maps_dir() / "kz_admin1_naturalearth.gpkg"


def geokz_2018_boundaries() -> Path:
    """geokz oblasts (layer adm1) and districts (adm2) as of 2018–2021, bundled: for statistics
    from before the 2022 reform (scripts/build_geokz_2018.py)."""
    return maps_dir() / "kz_geokz_2018.gpkg"


def sample_statistics() -> Path:
    return resources_dir() / "sample" / "kz_sample_statistics.xlsx"


def sample_institutions() -> Path:
    return resources_dir() / "sample" / "kz_sample_institutions.xlsx"
