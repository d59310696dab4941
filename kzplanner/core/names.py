"""Normalisation of Kazakh, Russian and Latin place names so that spellings can be matched."""

from __future__ import annotations

import re

# Latin letters that look like Cyrillic ones, found inside Cyrillic names in real files.
_LOOKALIKES = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
                             "y": "у", "i": "і", "k": "к", "m": "м", "h": "һ", "t": "т",
                             "b": "в"})
_GENERIC = re.compile(
    r"\b(область|обл|облысы|region|oblast|oblysy|г|город|қаласы|қ|city|qalasy|район|р-н|ауданы|"
    r"district|audany|қ\.ә|г\.а|city of|республиканского значения)\b\.?"
)
_ADJECTIVE_ENDINGS = re.compile(r"(ская|ская область|ский|ской)$")
_PUNCT = re.compile(r"[\"'«»“”()\[\].,*\d]+")


def normalise_name(name: str | None) -> str:
    """Lower-case, drop generic words (oblast, облысы, г., city…), footnote digits and punctuation.

    >>> normalise_name("Акмолинская область"), normalise_name("г. Алматы"), normalise_name("Almaty City")
    ('акмолин', 'алматы', 'almaty')
    """
    if not name:
        return ""
    text = str(name).lower().replace("ё", "е")
    if re.search("[а-яәғқңөұүһі]", text):
        text = text.translate(_LOOKALIKES)
    text = _GENERIC.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _ADJECTIVE_ENDINGS.sub("", text).strip()
    return text
