"""The window's error box says, in the planner's language, what the system refused."""

from __future__ import annotations

import errno


def test_the_window_says_what_the_system_refused(qapp):
    from kzplanner.gui.messages import show_error

    box = show_error(None, OSError(errno.ENOSPC, "No space left on device", "C:/plan.xlsx"), "kk")
    assert "диск толы" in box.text() and "plan.xlsx" in box.text()
    box = show_error(None, IsADirectoryError(errno.EISDIR, "Is a directory", "/tmp/x"), "en")
    assert "is a folder" in box.text()
    box.close()
