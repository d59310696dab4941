"""The installed Qt binding survives a long session of void calls.

PySide6/shiboken6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call and the
process aborts with "none_dealloc" after a few thousand; pyproject.toml keeps PySide6 below 6.12.
This test fails if a broken release slips back in.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(50_000):
    label.setVisible(False)
print("alive")
"""


def test_many_void_qt_calls_do_not_abort_the_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "alive" in done.stdout
