"""Translations: catalogue complete in en/ru/kk, Qt Linguist files up to date and finished, a
translator's edit reaches the UI, run-time switching, glossary terms consistent everywhere."""

from __future__ import annotations

import shutil

import pytest

from kzplanner.app import strings
from kzplanner.app.strings import STRINGS, linguist, tr
from kzplanner.gui import i18n

REGENERATE = "run `python scripts/build_translations.py` and commit resources/i18n"


@pytest.mark.skipif(i18n.lrelease_command() is None, reason="lrelease is not installed")
@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_committed_qm_matches_its_ts(lang, tmp_path):
    built = i18n.build_qm(lang, out=tmp_path / "fresh.qm")
    assert i18n.qm_path(lang).read_bytes() == built.read_bytes(), REGENERATE


@pytest.mark.skipif(i18n.lrelease_command() is None, reason="lrelease is not installed")
def test_translators_edit_in_ts_reaches_tr(qapp, tmp_path, monkeypatch):
    for lang in i18n.TRANSLATED:
        shutil.copy(i18n.ts_path(lang), tmp_path)
    ts = i18n.ts_path("kk", tmp_path)
    text = ts.read_text(encoding="utf-8")
    edited = text.replace("<translation>Ш&amp;ығу</translation>",
                          "<translation>Бағдарламадан ш&amp;ығу</translation>")
    assert edited != text
    ts.write_text(edited, encoding="utf-8")
    monkeypatch.setattr(linguist, "i18n_dir", lambda: tmp_path)
    strings.reload_translations()
    try:
        assert tr("act.quit", "kk") == "Бағдарламадан ш&ығу"  # .qm built from the edited .ts
        assert i18n.qm_path("kk", tmp_path).is_file()
        assert tr("act.quit", "ru") == STRINGS["act.quit"]["ru"]
    finally:
        monkeypatch.undo()
        strings.reload_translations()



# --- the live window
def _visible_texts(win) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

    texts = [win.windowTitle()]
    for menu in win.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if a.isVisible()]
    for widget in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
        if widget.isVisibleTo(win):
            texts.append(widget.text())
    model = win.units_table.model()
    for col in range(model.columnCount()):
        texts.append(str(model.headerData(col, _horizontal())))
    return [t for t in texts if t]


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_left_in_the_window(window, lang):
    english = {strings.plain(e["en"]) for e in STRINGS.values()
               if strings.plain(e["en"]) not in {strings.plain(e["ru"]), strings.plain(e["kk"])}}
    window.state.set_language(lang)
    left = [t for t in _visible_texts(window) if strings.plain(t) in english]
    assert left == []


def test_switching_language_relabels_the_open_window_and_is_remembered(window, qtbot):
    from kzplanner.gui import settings

    window.state.set_language("kk")
    assert window.menu_file.title() == tr("menu.file", "kk")
    assert window.act_about.text() == tr("act.about", "kk")
    assert window.app_features.act_user_guide.text() == tr("act.user_guide", "kk")
    assert settings.read("language") == "kk"
    window.state.set_language("ru")
    assert window.menu_help.title() == tr("menu.help", "ru")
    assert window.app_features.act_log_folder.text() == tr("act.open_log_folder", "ru")
    assert settings.read("language") == "ru"


def test_qt_own_strings_follow_the_language(window):
    from PySide6.QtCore import QCoreApplication

    window.state.set_language("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    window.state.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
