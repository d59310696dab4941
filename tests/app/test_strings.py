"""The UI string catalogue without Qt: complete in en/ru/kk, the Qt Linguist sources up to date
and finished, translators' work kept on regeneration, glossary terms consistent everywhere."""

from __future__ import annotations

import re
import string

import pytest

from kzplanner.app import strings
from kzplanner.app.strings import LANGUAGES, STRINGS, linguist, tr

REGENERATE = "run `python scripts/build_translations.py` and commit resources/i18n"

def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_key_has_en_ru_kk_with_the_same_placeholders():
    missing = [(k, lang) for k, e in STRINGS.items() for lang in LANGUAGES if not e.get(lang)]
    assert missing == [], f"strings without a translation: {missing}"
    differ = [k for k, e in STRINGS.items() if len({frozenset(_fields(t)) for t in e.values()}) > 1]
    assert differ == [], f"placeholders differ between languages: {differ}"


@pytest.mark.parametrize("lang", linguist.TRANSLATED)
def test_ts_file_has_every_string_finished(lang):
    """Fails when a kk or ru string is missing from its .ts, unfinished or out of date."""
    messages = linguist.read_ts(linguist.ts_path(lang))
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


def test_regenerating_keeps_translators_work():
    catalogue = {"a": {"en": "Load", "kk": "Жүктеу"}, "b": {"en": "Save", "kk": "Сақтау"},
                 "c": {"en": "New", "kk": "Жаңа"}}
    existing = {
        "a": linguist.TsMessage("a", "Load", "Жүктеу (аудармашы)", "finished"),  # translator's edit
        "b": linguist.TsMessage("b", "Save old", "Сақтау", "finished"),  # English changed only
        "gone": linguist.TsMessage("gone", "Old", "Ескі", "finished"),
    }
    merged, drift = linguist.merge_messages(catalogue, "kk", existing)
    by_key = {m.key: m for m in merged}
    assert by_key["a"].translation == "Жүктеу (аудармашы)" and by_key["a"].state == "finished"
    assert drift == ["a"]
    assert by_key["b"].state == "unfinished" and by_key["b"].source == "Save"
    assert by_key["c"] == linguist.TsMessage("c", "New", "Жаңа", "finished")
    assert by_key["gone"].state == "vanished"


def test_ts_round_trips_through_write_and_read(tmp_path):
    messages = [linguist.TsMessage("x.y", "A & <b>{n}</b>\nline", "Ә & <b>{n}</b>\nжол", "finished"),
                linguist.TsMessage("x.z", "B", "", "unfinished")]
    path = tmp_path / "t.ts"
    linguist.write_ts(path, "kk", messages)
    assert list(linguist.read_ts(path).values()) == messages


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


