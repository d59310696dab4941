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


_CITY = re.compile(r"(^|\s)(г\.|г |город|қаласы|қ\.|city|qalasy)(\s|$)|\(қала\)|\(city\)")
_OBLAST = re.compile(r"област|облыс|region|oblast|oblysy")
_DISTRICT = re.compile(r"район|р-н|ауданы|district|audany")


def name_kind(name: str | None) -> str | None:
    """'city', 'oblast' or 'district' when the name says so, else None.

    >>> name_kind("г. Алматы"), name_kind("Алматы облысы"), name_kind("Алматы")
    ('city', 'oblast', None)
    """
    if not name:
        return None
    text = str(name).lower()
    if _CITY.search(text):
        return "city"
    if _OBLAST.search(text):
        return "oblast"
    if _DISTRICT.search(text):
        return "district"
    return None


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
