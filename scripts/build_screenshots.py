"""Screenshots for the user guide (docs/user-guide/img): the main window with the sample plan and
the getting-started guide, in kk, ru and en. Same path as `kzplanner gui --screenshot`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "user-guide" / "img"


def main() -> int:
    from PySide6.QtCore import QSettings

    from kzplanner.gui.app import application, take_screenshot, wait_for_plan
    from kzplanner.gui.first_run import GettingStartedDialog
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    app = application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(ROOT / "build" / "screenshot-settings"))
    state = AppState(language="kk")
    window = MainWindow(state)
    window.resize(1400, 900)
    window.show()
    state.load()
    if not wait_for_plan(state):
        print("the sample did not plan in time", file=sys.stderr)
        return 1
    for lang in ("kk", "ru", "en"):
        state.set_language(lang)
        app.processEvents()
        take_screenshot(window, OUT / f"main_{lang}.png")
        guide = GettingStartedDialog(lang, window)
        guide.go(3)
        guide.show()
        app.processEvents()
        guide.grab().save(str(OUT / f"guide_{lang}.png"))
        guide.done(0)
        print(f"wrote main_{lang}.png, guide_{lang}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
