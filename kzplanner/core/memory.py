"""Memory handed back to the system after a large, short-lived read.

A register of 200,000 institutions is read as millions of short-lived Python objects; once
they are gone, glibc's allocator keeps the freed pages of its heap for later allocations, so
the process stays ~50 MB larger than what it holds. `give_back` asks glibc to return them
(malloc_trim). Elsewhere (Windows, macOS, musl) it does nothing: their allocators return
memory on their own or offer no such call."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

_TRIM: list[Any] = []  # [] not looked up yet; [None] no malloc_trim here; [fn]


def _malloc_trim() -> Any:
    if not _TRIM:
        fn = None
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                fn = getattr(libc, "malloc_trim", None)  # glibc only
            except OSError:
                fn = None
            if fn is not None:
                fn.argtypes = [ctypes.c_size_t]
                fn.restype = ctypes.c_int
        _TRIM.append(fn)
    return _TRIM[0]


def give_back() -> bool:
    """Return the allocator's free heap pages to the system; True when that was done (glibc),
    False where there is no such call."""
    fn = _malloc_trim()
    if fn is None:
        return False
    fn(0)
    return True
