"""Memory handed back to the system: after a large, short-lived read, and for every large block.

A register of 200,000 institutions is read as millions of short-lived Python objects; once
they are gone, glibc's allocator keeps the freed pages of its heap for later allocations, so
the process stays ~50 MB larger than what it holds. `give_back` asks glibc to return them
(malloc_trim). Elsewhere (Windows, macOS, musl) it does nothing: their allocators return
memory on their own or offer no such call.

`large_blocks_apart` keeps every block of LARGE_BLOCK bytes or more in memory of its own
(mmap), returned to the system the moment it is freed. glibc's default raises that threshold
each time such a block is freed (up to 32 MB), after which the arrays of a plan or a read
(1–30 MB each at 200,000 institutions) are cut from the heap, where freed space stays with the
process: at the stress size that kept ~85 MB (656 MB against 570 MB at the peak of a start
with an empty input cache). Fixing that threshold also fixes the heap's trim threshold, at
glibc's 128 KB: the heap's top was then given back and taken again on every read, ~4 % of a
statistics read (1.18× → 1.21× calamine's time); TRIM_AT keeps 8 MB of it (32 MB cost ~25 MB
at the stress peak, 8 MB nothing measurable).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_TRIM: list[Any] = []  # [] not looked up yet; [None] no malloc_trim here; [fn]
_MALLOPT: list[Any] = []  # the same for mallopt
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h
LARGE_BLOCK = 256 * 1024  # glibc starts at 128 KB; 128 KB–1 MB measured alike at stress size
TRIM_AT = 8 * 1024 * 1024  # free heap top kept before it is given back


def _glibc(name: str, argtypes: list[Any], cache: list[Any]) -> Any:
    """glibc's function `name` (looked up once, into `cache`), None elsewhere."""
    if not cache:
        fn = None
        if sys.platform.startswith("linux"):
            try:
                # the process's own symbols, libc's among them: ctypes.util.find_library
                # cost ~15 ms of every start (its imports, and ldconfig run in a subprocess)
                libc = ctypes.CDLL(None)
                fn = getattr(libc, name, None)  # glibc only
            except OSError:
                fn = None
            if fn is not None:
                fn.argtypes = argtypes
                fn.restype = ctypes.c_int
        cache.append(fn)
    return cache[0]


def _malloc_trim() -> Any:
    return _glibc("malloc_trim", [ctypes.c_size_t], _TRIM)


def give_back() -> bool:
    """Return the allocator's free heap pages to the system; True when that was done (glibc),
    False where there is no such call."""
    fn = _malloc_trim()
    if fn is None:
        return False
    fn(0)
    return True


def large_blocks_apart() -> bool:
    """Serve every block of LARGE_BLOCK bytes or more by mmap from now on, whatever was freed
    before (the window and the command line call it first thing); True when that was done
    (glibc), False where there is no such setting."""
    fn = _glibc("mallopt", [ctypes.c_int, ctypes.c_int], _MALLOPT)
    return fn is not None and bool(fn(M_MMAP_THRESHOLD, LARGE_BLOCK)) and bool(
        fn(M_TRIM_THRESHOLD, TRIM_AT))
