"""This process's memory as Linux reports it (/proc/self/status), for the bench's child
processes (bench/gui_start.py, calamine_peak.py and core_benches.py's scripts). Standard
library only: a start being timed imports nothing more for it."""

from __future__ import annotations


def status_mb(key: str) -> float:
    """The /proc/self/status figure `key` in MB: VmHWM is this process's peak resident memory
    (not ru_maxrss: Linux keeps that across exec, so a child of a parent that had grown large
    would report the parent's peak), VmRSS what it holds now. NaN where there is none."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")
