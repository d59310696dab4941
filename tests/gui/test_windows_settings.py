"""Settings and logs where Windows users expect them, and Help → Copy diagnostics (issue 23
item 5): the registry (QSettings' native format) on Windows, an INI file elsewhere; the log in
%LOCALAPPDATA%; the diagnostics on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from kzplanner import __version__
from kzplanner.app.strings import tr
from kzplanner.gui import logs, settings


def test_settings_use_the_registry_on_windows_and_ini_elsewhere(monkeypatch):
    monkeypatch.delenv("KZPLANNER_SETTINGS_INI", raising=False)
    assert settings.settings_format("win32") == QSettings.Format.NativeFormat
    assert settings.settings_format("linux") == QSettings.Format.IniFormat
    monkeypatch.setenv("KZPLANNER_SETTINGS_INI", "1")  # the tests' own switch
    assert settings.settings_format("win32") == QSettings.Format.IniFormat


def test_settings_round_trip_in_this_systems_store(tmp_path):
    settings.write("project/recent", "\\\\akimat-srv\\Жоспар\\жоба.kzp\nD:\\Жоспар\\ә.kzp")
    assert settings.read("project/recent").splitlines() == [
        "\\\\akimat-srv\\Жоспар\\жоба.kzp", "D:\\Жоспар\\ә.kzp"]
    assert settings.file_path()


def test_recent_files_keep_drive_letters_and_shares_and_merge_case(monkeypatch):
    from kzplanner.gui.project.recent import recent_files, remember_recent

    settings.write("project/recent", "")
    remember_recent("D:\\Жоспар\\Жоба.kzp")
    remember_recent("\\\\akimat-srv\\share\\аудан.kzp")
    remember_recent("d:/жоспар/жоба.kzp")  # the same file as the first, typed otherwise
    assert recent_files() == ["d:/жоспар/жоба.kzp", "\\\\akimat-srv\\share\\аудан.kzp"]


def test_log_goes_to_local_appdata_on_windows(monkeypatch):
    import platformdirs.windows as pdw

    monkeypatch.setattr(pdw, "_RESOLVE_WIN_FOLDER", pdw.get_win_folder_from_env_vars)
    monkeypatch.setenv("LOCALAPPDATA", "C:\\Users\\Әлия\\AppData\\Local")
    monkeypatch.setenv("APPDATA", "C:\\Users\\Әлия\\AppData\\Roaming")
    folder = logs.log_folder("win32").replace("/", "\\")
    assert folder == "C:\\Users\\Әлия\\AppData\\Local\\KZ Planner\\Logs"  # local, not roaming
    monkeypatch.setenv("KZPLANNER_LOG_DIR", "/tmp/elsewhere")
    assert str(logs.log_file()) == "/tmp/elsewhere/kzplanner.log"


def test_copy_diagnostics_puts_the_facts_on_the_clipboard(window, tmp_path, monkeypatch):
    log = tmp_path / "kzplanner.log"
    log.write_text("INFO ашылды\nERROR Ақтөбе: test line ₸\n", encoding="utf-8")
    monkeypatch.setenv("KZPLANNER_LOG_DIR", str(tmp_path))
    QGuiApplication.clipboard().setText("")
    window.state.set_language("kk")
    try:
        action = window.app_features.act_diagnostics
        assert action.text() == tr("act.copy_diagnostics", "kk")
        assert action in window.menu_help.actions()
        action.trigger()
        text = QGuiApplication.clipboard().text()
        status = window.statusBar().currentMessage()
    finally:
        window.state.set_language("en")
    assert tr("diag.title", "kk", version=__version__) in text
    assert settings.file_path() in text and str(log) in text
    assert "ERROR Ақтөбе: test line ₸" in text
    screen = QGuiApplication.primaryScreen()
    size = f"{screen.geometry().width()}×{screen.geometry().height()}"
    assert size in text
    assert status == tr("diag.copied", "kk")
