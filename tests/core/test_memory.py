"""core.memory.give_back: glibc's malloc_trim where there is one, nothing elsewhere."""

from __future__ import annotations

import sys

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
