"""Persisted preferences behind one read/write pair with a defaults table (QSettings, INI)."""

from __future__ import annotations

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


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "KZPlanner",
                     "kzplanner")


def _typed(value: Any, default: Any) -> Any:
    """INI files give back strings: turn them into the default's type (bool, int, float)."""
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
    """Where the settings live (shown in About, for support)."""
    return _store().fileName()
