"""core.memory.give_back: glibc's malloc_trim where there is one, nothing elsewhere."""

from __future__ import annotations

import sys

import pytest

from kzplanner.core import memory


def test_give_back_trims_on_glibc_and_is_a_no_op_elsewhere(monkeypatch):
    calls = []

    class Trim:
        def __call__(self, pad: int) -> int:
            calls.append(pad)
            return 1

    monkeypatch.setattr(memory, "_TRIM", [Trim()])
    assert memory.give_back() is True and calls == [0]
    monkeypatch.setattr(memory, "_TRIM", [None])
    assert memory.give_back() is False and calls == [0]
    monkeypatch.setattr(memory, "_TRIM", [])
    monkeypatch.setattr(sys, "platform", "win32")
    assert memory.give_back() is False  # no libc lookup off Linux


def test_give_back_runs_here():
    memory._TRIM.clear()
    done = memory.give_back()
    assert done is (memory._TRIM[0] is not None)


_FREED_BLOCK = r"""
import sys
from kzplanner.core import memory

def rss_kb():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))

if sys.argv[1] == "apart":
    assert memory.large_blocks_apart()
big = bytearray(16 << 20)  # served by mmap; freeing it raises glibc's threshold to 16 MB
del big
before = rss_kb()
block = bytearray(8 << 20)  # by default now cut from the heap
del block
print(rss_kb() - before)
"""


def _kept_after_free(mode: str) -> int:
    import subprocess

    out = subprocess.run([sys.executable, "-c", _FREED_BLOCK, mode], capture_output=True,
                         text=True, check=True)
    return int(out.stdout.split()[-1])


def test_large_blocks_apart_returns_a_freed_large_block_to_the_system():
    if not sys.platform.startswith("linux") or memory._glibc("mallopt", [], []) is None:
        pytest.skip("glibc's mallopt only")
    kept_by_default = _kept_after_free("default")
    if kept_by_default < 6 * 1024:
        pytest.skip(f"this allocator returned the block by itself ({kept_by_default} kB kept)")
    assert _kept_after_free("apart") < 2 * 1024  # kB: the 8 MB block went back


def test_large_blocks_apart_is_a_no_op_without_glibc(monkeypatch):
    monkeypatch.setattr(memory, "_MALLOPT", [None])
    assert memory.large_blocks_apart() is False


def test_a_start_finds_glibc_without_a_subprocess():
    """large_blocks_apart runs first in every start: it finds glibc among the process's own
    symbols, without ctypes.util (its imports and the ldconfig it runs took ~15 ms)."""
    import subprocess

    script = ("import sys; from kzplanner.core import memory; "
              "done = memory.large_blocks_apart(); "
              "print(done, 'ctypes.util' in sys.modules, 'subprocess' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[1:] == ["False", "False"]
    if sys.platform.startswith("linux") and memory._glibc("mallopt", [], []) is not None:
        assert out[0] == "True"
