"""Where the app writes its log (the user's own data folder; nothing is ever sent anywhere)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def log_folder(platform: str | None = None) -> str:
    """The user's log folder for KZ Planner (platformdirs): Windows
    %LOCALAPPDATA%\\KZ Planner\\Logs (local, not roaming: a log is of this computer), Linux
    ~/.local/state/KZ Planner/log."""
    if (platform or sys.platform) == "win32":
        from platformdirs.windows import Windows

        return Windows(appname="KZ Planner", appauthor=False).user_log_dir
    from platformdirs import user_log_dir

    return user_log_dir("KZ Planner", appauthor=False)


def log_file() -> Path:
    """Where the app writes its log; KZPLANNER_LOG_DIR overrides the folder."""
    override = os.environ.get("KZPLANNER_LOG_DIR")
    if override:
        return Path(override) / "kzplanner.log"
    return Path(log_folder()) / "kzplanner.log"
