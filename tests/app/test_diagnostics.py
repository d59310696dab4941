"""Help → Copy diagnostics, the Qt-free half (issue 23 item 5): what support needs, offline,
headed in the interface language; the log's tail read safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzplanner import __version__
from kzplanner.app.diagnostics import LOG_TAIL_LINES, Screen, diagnostics_text, log_tail
from kzplanner.app.strings import tr

FACTS = {"os": "Windows 10 (10.0.19045, AMD64)", "python": "3.11.9 (C:\\KZPlanner\\KZPlanner.exe)",
         "build": "PyInstaller", "encoding": "utf-8 / cp866"}
SCREENS = [Screen("\\\\.\\DISPLAY1", 1093, 614, 1.25), Screen("HDMI", 1280, 720, 1.5)]


def _text(tmp_path: Path, lang: str, log: Path | None) -> str:
    return diagnostics_text(lang, qt="6.11.3 (PySide6 6.11.3, windows)", screens=SCREENS,
                            settings_path="\\HKEY_CURRENT_USER\\Software\\KZPlanner\\kzplanner",
                            log_path=log, facts=FACTS)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_fact_is_there_under_headings_in_the_language(tmp_path, lang):
    log = tmp_path / "kzplanner.log"
    log.write_text("2026-12-05 INFO started\n2026-12-05 WARNING Әлия: Қостанай ₸\n",
                   encoding="utf-8")
    text = _text(tmp_path, lang, log)
    assert __version__ in text
    for value in FACTS.values():
        assert value in text
    assert "HKEY_CURRENT_USER" in text and str(log) in text
    # logical size, the physical pixels it stands for, and the scaling
    assert "1093×614 (1366×768, 125 %)" in text and "1280×720 (1920×1080, 150 %)" in text
    assert text.rstrip().endswith("WARNING Әлия: Қостанай ₸")
    for key in ("diag.os", "diag.settings", "diag.log", "diag.screens"):
        assert tr(key, lang) in text


def test_the_tail_is_the_last_lines_only_and_survives_bad_bytes(tmp_path):
    log = tmp_path / "kzplanner.log"
    lines = [f"line {i} Ұлытау" for i in range(5000)]
    log.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b"\xff\xfe broken\n")
    tail = log_tail(log)
    assert len(tail) == LOG_TAIL_LINES
    assert tail[-1].endswith(" broken") and "\ufffd" in tail[-1]
    assert tail[-2] == "line 4999 Ұлытау" and tail[0] == f"line {5000 - LOG_TAIL_LINES + 1} Ұлытау"


def test_no_log_yet_is_said_not_failed(tmp_path):
    text = _text(tmp_path, "kk", tmp_path / "missing.log")
    assert tr("diag.log_empty", "kk") in text
    assert log_tail(None) == []
