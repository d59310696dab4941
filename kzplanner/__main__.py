"""Composition root: parse the command line, then start the CLI or the window.

The only module that joins the two faces: the CLI (kzplanner.cli) never imports the gui package,
so the window is handed to it as `open_window`, imported only when `kzplanner gui` runs.
"""

from __future__ import annotations

import sys
from typing import Any


def open_window(**options: Any) -> int:
    """Open the main window (kzplanner.gui.app.run) with the options `kzplanner gui` parsed."""
    from kzplanner.gui.app import run

    return run(**options)


def main(argv: list[str] | None = None) -> int:
    from kzplanner.cli import main as cli_main

    return cli_main(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
