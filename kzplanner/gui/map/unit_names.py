"""Unit names as map labels show them: short, unless two units would then read the same."""

from __future__ import annotations

import re

_SUFFIXES = re.compile(
    r"\s+(region|oblast|province|область|облысы|қаласы|city)$|^(г\.|city of)\s+",
    flags=re.IGNORECASE)


def short_name(name: str) -> str:
    """A unit's name for a map label: 'Акмолинская область' → 'Акмолинская', 'г. Астана' → 'Астана'.

    >>> short_name("Ақмола облысы"), short_name("г. Алматы"), short_name("Akmola Region")
    ('Ақмола', 'Алматы', 'Akmola')
    """
    short = _SUFFIXES.sub("", name.strip()).strip()
    return short or name


def label_names(full: dict[str, str]) -> dict[str, str]:
    """Short names for labels, except where two units would read the same (keep those full).

    >>> label_names({"a": "Almaty Region", "b": "Almaty", "c": "Aktobe Region"})
    {'a': 'Almaty Region', 'b': 'Almaty', 'c': 'Aktobe'}
    """
    short = {code: short_name(name) for code, name in full.items()}
    seen: dict[str, int] = {}
    for name in short.values():
        seen[name] = seen.get(name, 0) + 1
    return {code: (full[code] if seen[short[code]] > 1 else short[code]) for code in full}
