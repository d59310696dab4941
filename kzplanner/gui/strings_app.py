"""UI strings (en/ru/kk) of the app features; merged into strings.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {}
