"""Persisted preferences behind one read/write pair with a defaults table (QSettings): where
Windows users expect them — the user's registry hive (HKEY_CURRENT_USER\\Software\\KZPlanner\\
kzplanner, QSettings' native format) on Windows, an INI file in the user's configuration folder
elsewhere (~/.config/KZPlanner/kzplanner.ini)."""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QSettings

# Bump SCHEMA_VERSION when a key changes meaning; `read` ignores values of an older schema.
SCHEMA_VERSION = 1
DEFAULTS: dict[str, Any] = {
    "language": "",
    "last_dir": "",
    "window/geometry": b"",
    "window/state": b"",
    "guide/dismissed": False,
    "project/recent": "",  # recent project paths, one per line (INI lists of one collapse)
    "project/autosave_minutes": 3,
}


def settings_format(platform: str | None = None) -> QSettings.Format:
    """The registry on Windows (native format), an INI file elsewhere (and wherever
    KZPLANNER_SETTINGS_INI=1: the tests, which must never write a tester's registry)."""
    if (platform or sys.platform) == "win32" and os.environ.get("KZPLANNER_SETTINGS_INI") != "1":
        return QSettings.Format.NativeFormat
    return QSettings.Format.IniFormat


def _store() -> QSettings:
    return QSettings(settings_format(), QSettings.Scope.UserScope, "KZPlanner", "kzplanner")


def _typed(value: Any, default: Any) -> Any:
    """INI files (and the registry, for some types) give back strings: turn them into the
    default's type (bool, int, float)."""
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)
    if isinstance(default, (int, float)) and not isinstance(value, (int, float)):
        try:
            return type(default)(value)
        except (TypeError, ValueError):
            return default
    return value


def read(key: str) -> Any:
    store = _store()
    try:
        schema = int(store.value("schema", SCHEMA_VERSION))
    except (TypeError, ValueError):
        schema = -1
    if schema != SCHEMA_VERSION:
        return DEFAULTS[key]
    value = store.value(key, DEFAULTS[key])
    return DEFAULTS[key] if value is None else _typed(value, DEFAULTS[key])


def write(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    store = _store()
    store.setValue("schema", SCHEMA_VERSION)
    store.setValue(key, value)


def file_path() -> str:
    """Where the settings live (shown in About and the diagnostics, for support): the INI
    file, or on Windows the registry key (\\HKEY_CURRENT_USER\\Software\\KZPlanner\\kzplanner)."""
    return _store().fileName()
