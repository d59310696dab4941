"""Translations: catalogue complete in en/ru/kk, Qt Linguist files up to date and finished, a
translator's edit reaches the UI, run-time switching, glossary terms consistent everywhere."""

from __future__ import annotations

import re
import shutil
import string

import pytest

from kzplanner.app import strings
from kzplanner.app.strings import LANGUAGES, STRINGS, tr
from kzplanner.gui import i18n

REGENERATE = "run `python scripts/build_translations.py` and commit resources/i18n"


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_key_has_en_ru_kk_with_the_same_placeholders():
    missing = [(k, lang) for k, e in STRINGS.items() for lang in LANGUAGES if not e.get(lang)]
    assert missing == [], f"strings without a translation: {missing}"
    differ = [k for k, e in STRINGS.items() if len({frozenset(_fields(t)) for t in e.values()}) > 1]
    assert differ == [], f"placeholders differ between languages: {differ}"


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_ts_file_has_every_string_finished(lang):
    """Fails when a kk or ru string is missing from its .ts, unfinished or out of date."""
    messages = i18n.read_ts(i18n.ts_path(lang))
    missing = sorted(set(STRINGS) - set(messages))
    assert missing == [], f"{lang}: not in the .ts: {missing[:20]} — {REGENERATE}"
    stale = sorted(k for k in STRINGS if messages[k].source != STRINGS[k]["en"])
    assert stale == [], f"{lang}: English source changed: {stale[:20]} — {REGENERATE}"
    unfinished = sorted(k for k in STRINGS
                        if messages[k].state != "finished" or not messages[k].translation.strip())
    assert unfinished == [], f"{lang}: unfinished in the .ts: {unfinished[:20]} (Qt Linguist)"
    bad = sorted(k for k in STRINGS
                 if _fields(messages[k].translation) != _fields(STRINGS[k]["en"]))
    assert bad == [], f"{lang}: placeholders differ from the English source: {bad}"


@pytest.mark.skipif(i18n.lrelease_command() is None, reason="lrelease is not installed")
@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_committed_qm_matches_its_ts(lang, tmp_path):
    built = i18n.build_qm(lang, out=tmp_path / "fresh.qm")
    assert i18n.qm_path(lang).read_bytes() == built.read_bytes(), REGENERATE


def test_regenerating_keeps_translators_work():
    catalogue = {"a": {"en": "Load", "kk": "Жүктеу"}, "b": {"en": "Save", "kk": "Сақтау"},
                 "c": {"en": "New", "kk": "Жаңа"}}
    existing = {
        "a": i18n.TsMessage("a", "Load", "Жүктеу (аудармашы)", "finished"),  # translator's edit
        "b": i18n.TsMessage("b", "Save old", "Сақтау", "finished"),  # English changed only
        "gone": i18n.TsMessage("gone", "Old", "Ескі", "finished"),
    }
    merged, drift = i18n.merge_messages(catalogue, "kk", existing)
    by_key = {m.key: m for m in merged}
    assert by_key["a"].translation == "Жүктеу (аудармашы)" and by_key["a"].state == "finished"
    assert drift == ["a"]
    assert by_key["b"].state == "unfinished" and by_key["b"].source == "Save"
    assert by_key["c"] == i18n.TsMessage("c", "New", "Жаңа", "finished")
    assert by_key["gone"].state == "vanished"


def test_ts_round_trips_through_write_and_read(tmp_path):
    messages = [i18n.TsMessage("x.y", "A & <b>{n}</b>\nline", "Ә & <b>{n}</b>\nжол", "finished"),
                i18n.TsMessage("x.z", "B", "", "unfinished")]
    path = tmp_path / "t.ts"
    i18n.write_ts(path, "kk", messages)
    assert list(i18n.read_ts(path).values()) == messages


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
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    strings.reload_translations()
    try:
        assert tr("act.quit", "kk") == "Бағдарламадан ш&ығу"  # .qm built from the edited .ts
        assert i18n.qm_path("kk", tmp_path).is_file()
        assert tr("act.quit", "ru") == STRINGS["act.quit"]["ru"]
    finally:
        monkeypatch.undo()
        strings.reload_translations()


def test_pseudo_locale_stretches_and_keeps_markup():
    assert len(strings.stretch("Budget", 0.4)) >= len("Budget") * 1.4
    two = strings.stretch("Combined\ngap", 0.4)
    assert two.count("\n") == 1 and two.startswith("Combined ")
    strings.set_pseudo_stretch(0.4)
    try:
        assert tr("status.exported", "kk", file="plan.xlsx").startswith("Жоспар сақталды: plan")
    finally:
        strings.set_pseudo_stretch(0)
    assert tr("status.exported", "kk", file="p") == "Жоспар сақталды: p"


# --- glossary (product.md): a Russian term in a string asks for its Kazakh term beside it.
GLOSSARY: tuple[tuple[str, str], ...] = (
    (r"акимат", r"әкімдік|әкімдіг"),
    (r"област", r"облыс"),
    (r"район", r"аудан"),
    (r"\bЦОН", r"ХҚКО"),  # acronyms: case-sensitive, whole word (not "идентифиКАТОры")
    (r"\bКАТО\b", r"ҚАТО"),
    (r"институциональн", r"институционалдық"),
    (r"разрыв", r"алшақт"),
    (r"комплект", r"жинақ|жинағ"),
    (r"ваучер", r"ваучер"),
    (r"доступ", r"қолжетім|қол жеткіз|қосыл"),
)
# Spellings the glossary replaces in Kazakh text.
NOT_KAZAKH: tuple[str, ...] = (r"ЦОН", r"\bКАТО", r"қол жетімділі", r"ХҚО\b")


def _catalogues() -> dict[str, dict[str, dict[str, str]]]:
    from kzplanner.core.catalogue import LABELS
    from kzplanner.core.evaluation import TERM_LABELS
    from kzplanner.core.io.write import template
    from kzplanner.errors import MESSAGES

    return {"strings": STRINGS, "catalogue.LABELS": LABELS, "errors.MESSAGES": MESSAGES,
            "evaluation.TERM_LABELS": TERM_LABELS, "template headers": template._HEAD}


def test_glossary_terms_are_consistent_across_catalogues():
    problems = []
    for name, catalogue in _catalogues().items():
        for key, entry in catalogue.items():
            ru, kk = entry.get("ru", ""), entry.get("kk", "")
            for ru_term, kk_term in GLOSSARY:
                flags = 0 if any(c.isupper() for c in ru_term) else re.IGNORECASE
                if re.search(ru_term, ru, flags) and not re.search(kk_term, kk, re.IGNORECASE):
                    problems.append(f"{name}[{key}]: ru has “{ru_term}”, kk lacks “{kk_term}”")
            problems += [f"{name}[{key}]: kk uses “{bad}”" for bad in NOT_KAZAKH
                         if re.search(bad, kk)]
    assert problems == []


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
