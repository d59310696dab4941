"""PNG pictures of the main window in en / ru / kk, for people to look at (not compared).

They go to $KZ_SCREENSHOT_DIR when set, else to the test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import PLAN_TIMEOUT_MS


@pytest.fixture
def shot_dir(tmp_path) -> Path:
    folder = Path(os.environ.get("KZ_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_main_window_screenshots(window, qtbot, shot_dir):
    from kzplanner.gui.app import take_screenshot

    state = window.state
    written = []
    for lang in ("en", "ru", "kk"):
        state.set_language(lang)
        qtbot.wait(50)
        written.append(take_screenshot(window, shot_dir / f"main_window_{lang}.png"))
    # the plan's effect, with institutions and a selected unit, in Kazakh
    window.map_panel.mode_buttons["change"].click()
    window.map_panel.institutions_check.setChecked(True)
    state.select_units(["550000000"])
    qtbot.waitUntil(lambda: not state.busy, timeout=PLAN_TIMEOUT_MS)
    written.append(take_screenshot(window, shot_dir / "main_window_kk_change.png"))
    for path in written:
        assert path.is_file()
        assert path.stat().st_size > 60_000, f"{path} looks empty"
    map_png = window.map_panel.view.map_png()
    assert map_png[:8] == b"\x89PNG\r\n\x1a\n" and len(map_png) > 20_000
