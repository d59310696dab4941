"""Every visible interface string in en / ru / kk, looked up with `tr(key, lang)`.

Indicator, type, instrument and strategy names come from core.catalogue.label; this table holds the
window's own chrome. It is the developers' seed of the Qt Linguist files in resources/i18n
(scripts/build_translations.py; context = key, source = English): while a Qt application runs,
tr() asks the loaded translation (.qm) first, so a translator's edit in the .ts reaches the UI, and
falls back to this table.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
# Each language is always offered under its own name.
LANGUAGE_NAMES: dict[str, str] = {"kk": "Қазақша", "ru": "Русский", "en": "English"}

STRINGS: dict[str, dict[str, str]] = {}


def _merge_feature_strings() -> None:
    """Each area keeps its strings in its own module of this package; keys must not collide."""
    from kzplanner.app.strings import (
        checks,
        cli,
        data,
        followup,
        level,
        planning,
        project,
        settlements,
        window,
        window_main,
    )
    from kzplanner.app.strings import map as map_strings

    for part in (window_main, map_strings, project, planning, data, checks, followup, window, cli,
                 level, settlements):
        clash = set(part.STRINGS) & set(STRINGS)
        if clash:
            raise KeyError(f"UI string keys defined twice: {sorted(clash)}")
        STRINGS.update(part.STRINGS)


_merge_feature_strings()


def tr(key: str, lang: str, **values: object) -> str:
    """The string `key` in `lang` (falling back to English), with `{placeholders}` filled in.

    >>> tr("status.exported", "kk", file="plan.xlsx")
    'Жоспар сақталды: plan.xlsx'
    """
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = _translated(key, entry, lang)
    text = text.format(**values) if values else text
    return stretch(text, _pseudo_stretch) if _pseudo_stretch else text


# --- Qt Linguist translations, loaded lazily per language once a Qt application exists.
_translators: dict[str, object | None] = {}


def _translated(key: str, entry: dict[str, str], lang: str) -> str:
    if lang != "en":
        translator = _translator(lang)
        if translator is not None:
            found = translator.translate(key, entry["en"])  # type: ignore[attr-defined]
            if found:
                return str(found)
    return entry.get(lang) or entry["en"]


def _translator(lang: str) -> object | None:
    if lang in _translators:
        return _translators[lang]
    if _translator_loader is None:
        return None  # no Qt application (yet): the table alone, nothing cached
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return None
    _translators[lang] = _translator_loader(lang)
    return _translators[lang]


# The window installs how a Qt translator is loaded (gui.i18n.load_translator); without it, and
# in the CLI, the table alone answers.
_translator_loader: Callable[[str], object | None] | None = None


def install_translator_loader(loader: Callable[[str], object | None] | None) -> None:
    """Let tr() ask Qt Linguist translations loaded by `loader(lang)` (None: the table only)."""
    global _translator_loader
    _translator_loader = loader
    _translators.clear()


def reload_translations() -> None:
    """Forget loaded translations (after the .qm files were rebuilt)."""
    _translators.clear()


# --- pseudo-locale: every string made longer to find labels that cut text off (tests).
_pseudo_stretch = 0.0
_PAD = "ӘҒҚҢӨҰҮҺІ"


def set_pseudo_stretch(fraction: float) -> None:
    """Make every tr() result `fraction` longer (0.4 = +40 %); 0 turns the pseudo-locale off."""
    global _pseudo_stretch
    _pseudo_stretch = fraction


def stretch(text: str, fraction: float) -> str:
    """Each line of `text` padded by `fraction` of its length with Kazakh letters.

    >>> stretch("Budget", 0.4)
    'Budget ӘҒ'
    """
    if text.lstrip().startswith("<"):  # rich text: pad once at the end, inside the markup
        visible = len(text) // 3
        return text + " " + _pad(math.ceil(visible * fraction))
    return "\n".join(line + " " + _pad(math.ceil(len(line) * fraction) - 1) if line else line
                     for line in text.split("\n"))


def _pad(n: int) -> str:
    return (_PAD * (n // len(_PAD) + 1))[:max(n, 0)]


def plain(text: str) -> str:
    """A menu string without its '&' mnemonic marker (for labels and tooltips)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cli_tables() -> list[dict[str, dict[str, str]]]:
    """The kk/ru/en tables, besides STRINGS, core.catalogue.LABELS and the error messages, that
    the command line prints from (for the pseudo-translation of app.strings.pseudo)."""
    from kzplanner.core import layout_text
    from kzplanner.core.evaluation import TERM_LABELS
    from kzplanner.core.evaluation_words import READING

    return [layout_text.WORDS, TERM_LABELS, READING]
