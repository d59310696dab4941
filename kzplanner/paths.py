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


LEVELS = ("adm1", "adm2")  # oblasts and cities of republican significance; districts
GEOKZ_CREDIT = "geokz (A. Rodionov), CC BY 4.0"


def bundled_boundaries(level: str = "adm2") -> Path:
    """Today's units (geokz 2024, after the 2022 reform), bundled: `adm1` the 17 oblasts and 3
    cities of republican significance, `adm2` the 224 districts, cities and city districts
    (scripts/build_geokz_2024.py). Full geokz detail: institutions are placed by it."""
    if level not in LEVELS:
        raise ValueError(level)
    return maps_dir() / f"kz_geokz_2024_{level}.gpkg"


def bundled_level(path: str | Path | None) -> str | None:
    """'adm1' / 'adm2' when `path` is one of the bundled 2024 files, else None."""
    if not path:
        return None
    try:
        resolved = Path(path).resolve()
    except OSError:
        return None
    for level in LEVELS:
        if resolved == bundled_boundaries(level).resolve():
            return level
    return None


def sample_boundaries() -> Path:
    """The boundaries of a fresh start and of the bundled sample: today's districts."""
    return bundled_boundaries("adm2")


def natural_earth_boundaries() -> Path:
    """Natural Earth admin-1 polygons for Kazakhstan (pre-2018, 16 units), bundled: only for
    statistics from before the 2018 split of South Kazakhstan (core/vintage.py)."""
    return maps_dir() / "kz_admin1_naturalearth.gpkg"


def geokz_2018_boundaries() -> Path:
    """geokz oblasts (layer adm1) and districts (adm2) as of 2018–2021, bundled: for statistics
    from before the 2022 reform (scripts/build_geokz_2018.py)."""
    return maps_dir() / "kz_geokz_2018.gpkg"


def sample_statistics() -> Path:
    return resources_dir() / "sample" / "kz_sample_statistics.xlsx"


def sample_institutions() -> Path:
    return resources_dir() / "sample" / "kz_sample_institutions.xlsx"


def sample_settlements() -> Path:
    """The illustrative settlement layer of the sample (scripts/build_sample_settlements.py)."""
    return resources_dir() / "sample" / "settlements.gpkg"
