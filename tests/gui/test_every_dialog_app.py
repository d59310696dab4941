"""The app's own dialogs and plumbing: first-run guide, user guide, About, font, settings, logs."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kzplanner.app.strings import tr
from kzplanner.gui import settings


def test_first_run_guide_walks_the_workflow_and_is_remembered_once_dismissed(window, qtbot):
    from kzplanner.gui.first_run import STEPS, maybe_show_guide

    settings.write("guide/dismissed", False)
    window.state.set_language("kk")
    guide = maybe_show_guide(window, "kk")
    assert guide is not None and guide.isVisible()
    assert STEPS == ("load", "check", "map", "allocate", "compare", "export")
    assert guide.heading.text() == tr("guide.step.load", "kk")
    for _ in STEPS[1:]:
        guide.next.click()
    assert guide.heading.text() == tr("guide.step.export", "kk")
    assert guide.next.text() == tr("guide.done", "kk")
    guide.next.click()  # Done
    assert not guide.isVisible()
    assert settings.read("guide/dismissed") is True
    assert maybe_show_guide(window, "kk") is None
    # Help → Getting started opens it again, in the current language
    window.state.set_language("ru")
    again = window.app_features.show_getting_started()
    assert again.isVisible() and again.windowTitle() == tr("guide.title", "ru")
    again.done(0)


def test_user_guide_opens_offline_in_each_language_with_screenshots(window):
    from kzplanner.gui.help import user_guide_path

    for lang in ("kk", "ru", "en"):
        path = user_guide_path(lang)
        assert path.name == f"{lang}.html"
        images = re.findall(r'src="([^"]+)"', path.read_text(encoding="utf-8"))
        assert images and all((path.parent / src).is_file() for src in images)
        window.state.set_language(lang)
        dialog = window.app_features.show_user_guide()
        assert dialog.windowTitle() == tr("help.title", lang)
        assert tr("guide.step.allocate", lang) in dialog.browser.toPlainText()
        dialog.done(0)


def test_about_lists_versions_licences_and_attributions(window):
    from PySide6.QtCore import qVersion

    window.state.set_language("kk")
    window.show_about()
    dialog = window.about_dialog
    text = dialog.browser.toPlainText()
    assert dialog.windowTitle() == tr("about.title", "kk")
    for needed in ("KZ Planner", "Python", qVersion(), "PySide6-Essentials", "LGPL-3.0",
                   "numpy", "pandas", "geopandas", "openpyxl", "Natural Earth", "DejaVu",
                   tr("about.kind.statistics", "kk"), "kz_sample_statistics.xlsx"):
        assert needed in text, needed
    dialog.copy_details()
    assert "Natural Earth" in QApplication.clipboard().text()
    dialog.done(0)


def test_bundled_font_covers_kazakh_and_is_the_fallback(styled_app, monkeypatch):
    from PySide6.QtGui import QFont

    from kzplanner.gui import style

    assert style.BUNDLED_FAMILY in style.register_bundled_fonts()
    assert style.covers_kazakh(QFont(style.BUNDLED_FAMILY))
    # A system whose fonts all lack the Kazakh letters gets the bundled DejaVu Sans.
    monkeypatch.setattr(style, "covers_kazakh",
                        lambda font: font.family() == style.BUNDLED_FAMILY)
    assert style.pick_font().family() == style.BUNDLED_FAMILY


def test_settings_read_back_typed_values_and_ignore_unknown_keys():
    settings.write("guide/dismissed", True)
    assert settings.read("guide/dismissed") is True
    settings.write("guide/dismissed", False)
    assert settings.read("guide/dismissed") is False
    with pytest.raises(KeyError):
        settings.write("no/such/key", 1)


def test_log_is_rotating_utf8_in_the_user_folder(tmp_path, monkeypatch):
    from kzplanner.gui import app

    folder = tmp_path / "Пайдаланушы" / "Logs"
    monkeypatch.setenv("KZPLANNER_LOG_DIR", str(folder))
    path = app._setup_logging()
    try:
        assert path == folder / "kzplanner.log"
        logging.getLogger("kzplanner").info("Қосылу жинағы — тест")
        handler = next(h for h in app.log.handlers if hasattr(h, "maxBytes"))
        handler.flush()
        assert handler.maxBytes == app.LOG_MAX_BYTES and handler.backupCount == app.LOG_BACKUPS
        assert "Қосылу жинағы — тест" in path.read_text(encoding="utf-8")
    finally:
        for handler in list(app.log.handlers):
            app.log.removeHandler(handler)
            handler.close()


def test_open_log_folder_opens_the_folder_of_the_log(tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from kzplanner.gui import help as help_module

    opened = []
    monkeypatch.setenv("KZPLANNER_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert help_module.open_log_folder()
    assert Path(opened[0].toLocalFile()) == tmp_path / "logs"


def test_no_telemetry_nothing_in_the_app_talks_to_the_network():
    root = Path(__file__).resolve().parents[2] / "kzplanner"
    pattern = re.compile(r"^\s*(import|from)\s+(socket|urllib|http\.client|requests|httpx|"
                         r"PySide6\.QtNetwork|ftplib|smtplib)\b", re.MULTILINE)
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
