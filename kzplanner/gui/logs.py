"""Where the app writes its log (the user's own data folder; nothing is ever sent anywhere)."""

from __future__ import annotations

import os
from pathlib import Path


def log_file() -> Path:
    """Where the app writes its log.

    Windows: %LOCALAPPDATA%\\KZ Planner\\Logs\\kzplanner.log; KZPLANNER_LOG_DIR overrides it.
    """
    override = os.environ.get("KZPLANNER_LOG_DIR")
    if override:
        return Path(override) / "kzplanner.log"
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("KZ Planner", appauthor=False))
    return folder / "kzplanner.log"
