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
}


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "KZPlanner",
                     "kzplanner")


def read(key: str) -> Any:
    store = _store()
    if int(store.value("schema", SCHEMA_VERSION)) != SCHEMA_VERSION:
        return DEFAULTS[key]
    value = store.value(key, DEFAULTS[key])
    return DEFAULTS[key] if value is None else value


def write(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    store = _store()
    store.setValue("schema", SCHEMA_VERSION)
    store.setValue(key, value)
