"""Modules that load on first use, so the window can paint before the data libraries are in.

`from kzplanner.lazy import pd` gives an object that imports pandas the first time one of its
attributes is read and then behaves as the module (`pd.DataFrame`, `pd.isna` …). Annotations are
strings everywhere (`from __future__ import annotations`), so they never trigger the import. On the
window's start the loading worker imports pandas in the background; the GUI modules only touch it
once data have arrived. Thread-safe: every access goes through importlib's locked import.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


pd: Any = LazyModule("pandas")
