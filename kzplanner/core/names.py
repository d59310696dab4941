"""Normalisation of Kazakh, Russian and Latin place names so that spellings can be matched.

Three layers, from strict to loose (reconcile.py reports which one matched):
- `normalise_name`: case, ё/е, generic words (область/облысы/region, район/ауданы, г./қ.ә.…),
  footnote digits and marks, punctuation, Russian adjective endings; it also repairs Latin
  look-alike letters inside Cyrillic words and legacy Kazakh encoding damage (Ї→Ү, Є→Ғ …).
- `canonical_name`: the key above mapped through a synonym table of oblasts and cities across
  Kazakh, Russian and Latin spellings and old names (Чимкент→Шымкент, Нур-Султан→Астана …).
- `phonetic_key`: a Latin transliteration that forgets the letters spellings disagree on
  (қ/к/q, ы/і/и/y, ұ/ү/у/u …), for rule matches and fuzzy scores.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Latin letters that look like Cyrillic ones, found inside Cyrillic names in real files.
# Kazakh letters typed with pre-Unicode "KZ" fonts over CP1251 come back as Ukrainian,
# Belarusian and Macedonian letters (REG_ADDRESS_REGION_KATO.csv: "КЇРШІМ", "СОЛ ЖАЄА").
LEGACY_KAZAKH = {"Ј": "Ә", "ј": "ә", "Є": "Ғ", "є": "ғ", "Ќ": "Қ", "ќ": "қ", "Ѕ": "Ң", "ѕ": "ң",
                 "Ґ": "Ө", "ґ": "ө", "Ў": "Ұ", "ў": "ұ", "Ї": "Ү", "ї": "ү", "Ћ": "Һ", "ћ": "һ"}
_LEGACY = str.maketrans(LEGACY_KAZAKH)
_LEGACY_CHARS = re.compile("[" + "".join(LEGACY_KAZAKH) + "]")
_GENERIC = re.compile(
    r"\b(қ\.\s?ә|г\.\s?а|область|обл|облысы|облысының|region|oblast|oblysy|province|г|гор|город|"
    r"қаласы|қала|қ|city|qalasy|район|р-н|р-на|ауданы|аудан|district|audany|rayon|городская "
    r"администрация|city of|республиканского значения|республикалық маңызы бар)\b\.?"
)
_ADJECTIVE_ENDINGS = re.compile(r"(ская|ский|ской|ского|ская обл)$")
_PUNCT = re.compile(r"[\"'«»“”()\[\].,*\d]+")
_CYRILLIC = re.compile("[а-яәғқңөұүһі]")
_LATIN = re.compile("[a-z]")

_CITY = re.compile(r"(^|\s)(г\.|г |гор\.|город|қаласы|қ\.|қ\.ә|г\.а\.|city|qalasy)(\s|$)|"
                   r"\(қала\)|\(city\)|\(город\)|\bқ\.ә\.?")
_OBLAST = re.compile(r"област|облыс|region|oblast|oblysy")
_DISTRICT = re.compile(r"район|р-н|ауданы|district|audany")
_TOTAL = re.compile(r"^(республика казахстан|қазақстан республикасы|республика|kazakhstan|"
                    r"republic of kazakhstan|всего|итого|барлығы|жиыны|total)$")


def name_kind(name: str | None) -> str | None:
    """'city', 'oblast' or 'district' when the name says so, else None.

    >>> name_kind("г. Алматы"), name_kind("Алматы облысы"), name_kind("Алматы")
    ('city', 'oblast', None)
    >>> name_kind("Семей қ.ә."), name_kind("Astana (city)")
    ('city', 'city')
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


def repair_text(name: str | None) -> tuple[str, list[str]]:
    """The text with legacy-encoding damage and Latin look-alikes repaired, and the rules used.

    >>> repair_text("КЇРШІМ АУДАНЫ")
    ('КҮРШІМ АУДАНЫ', ['legacy_encoding'])
    >>> repair_text("Aлматы")  # Latin A
    ('Алматы', ['latin_lookalike'])
    """
    if not name:
        return "", []
    text = str(name)
    rules: list[str] = []
    if _LEGACY_CHARS.search(text):
        text = text.translate(_LEGACY)
        rules.append("legacy_encoding")
    low = text.lower()
    if _CYRILLIC.search(low) and _LATIN.search(low):
        fixed = "".join(_fix_word(w) for w in re.split(r"(\s+)", text))
        if fixed != text:
            text = fixed
            rules.append("latin_lookalike")
    return text, rules


def _fix_word(word: str) -> str:
    """Latin look-alikes inside a word that is otherwise Cyrillic become Cyrillic."""
    low = word.lower()
    if not (_CYRILLIC.search(low) and _LATIN.search(low)):
        return word
    upper = {k.upper(): v.upper() for k, v in _LOOKALIKES_PLAIN.items()}
    table = str.maketrans({**_LOOKALIKES_PLAIN, **upper})
    return word.translate(table)


_LOOKALIKES_PLAIN = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
                     "i": "і", "k": "к", "m": "м", "h": "һ", "t": "т", "b": "в"}


@lru_cache(maxsize=1 << 16)  # pure; unit names recur across indexes and files
def normalise_name(name: str | None) -> str:
    """Lower-case, drop generic words (oblast, облысы, г., city…), footnote digits and punctuation.

    >>> normalise_name("Акмолинская область"), normalise_name("г. Алматы"), normalise_name("Almaty City")
    ('акмолин', 'алматы', 'almaty')
    >>> normalise_name("Туркестанская 1"), normalise_name("СОЛ ЖАЄА АУДАНЫ")
    ('туркестан', 'сол жағалау')
    """
    if not name:
        return ""
    text, _rules = repair_text(name)
    text = text.lower().replace("ё", "е")
    text = text.replace("–", "-").replace("—", "-")
    text = _GENERIC.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+", " ", text).strip(" -")
    text = _ADJECTIVE_ENDINGS.sub("", text).strip()
    return _SPELLING_FIXES.get(text, text)


# Abbreviations that real files use for whole words of a name.
_SPELLING_FIXES = {"сол жаға": "сол жағалау"}

_TRANSLIT = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "і": "i", "ы": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ь": "", "э": "e", "ю": "iu", "я": "ia",
})


@lru_cache(maxsize=1 << 16)  # pure; unit names recur across indexes and files
def phonetic_key(name: str | None) -> str:
    """Latin letters only, forgetting what Kazakh/Russian/Latin spellings disagree on.

    >>> phonetic_key("Ақмола облысы") == phonetic_key("Akmola Region") == phonetic_key("Aqmola")
    True
    >>> phonetic_key("Жетысу") == phonetic_key("Жетісу") == phonetic_key("Zhetysu")
    True
    """
    text = canonical_name(name)
    text = text.translate(_TRANSLIT)
    text = text.replace("q", "k").replace("y", "i").replace("j", "zh").replace("w", "u")
    text = text.replace("kh", "h").replace("ts", "s").replace("x", "ks")
    text = re.sub(r"[^a-z ]", "", text)
    text = re.sub(r"(.)\1+", r"\1", text)  # doubled letters
    text = re.sub(r"(skaia|skii|skoi|skogo|skia|ska|ski|sk)(\s|$)", r"\2", text)  # -ская…
    return re.sub(r"\s+", " ", text).strip()


# Oblasts and cities of republican significance: every spelling real files use, old names
# included. The first entry of each row is the canonical key.
_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("абай", "Абайская", "Абай облысы", "Abay", "Abai", "Abay Region"),
    ("ақмола", "Акмолинская", "Ақмола", "Aqmola", "Akmola", "Akmolinskaya"),
    ("ақтөбе", "Актюбинская", "Ақтөбе", "Aktobe", "Aqtobe", "Aktyubinsk", "Актобе"),
    ("алматин", "Алматинская", "Almatinskaya"),  # "Алматы облысы" is told apart by kind
    ("атырау", "Атырауская", "Атырау", "Atyrau", "Гурьевская"),
    ("батыс қазақстан", "Западно-Казахстанская", "Батыс Қазақстан", "West Kazakhstan",
     "Batys Qazaqstan", "Западно Казахстанская", "ЗКО"),
    ("жамбыл", "Жамбылская", "Жамбыл", "Zhambyl", "Jambyl", "Zhambil", "Джамбулская",
     "Жамбыльская"),
    ("жетісу", "Жетысуская", "Жетісу", "Жетису", "Жетысу", "Zhetysu", "Jetisu", "Zhetisu"),
    ("қарағанды", "Карагандинская", "Қарағанды", "Karagandy", "Karaganda", "Qaragandy"),
    ("қостанай", "Костанайская", "Қостанай", "Kostanay", "Qostanay", "Kustanai",
     "Кустанайская"),
    ("қызылорда", "Кызылординская", "Қызылорда", "Kyzylorda", "Qyzylorda"),
    ("маңғыстау", "Мангистауская", "Маңғыстау", "Mangystau", "Mangghystau", "Mangistau",
     "Мангыстауская"),
    ("павлодар", "Павлодарская", "Павлодар", "Pavlodar"),
    ("солтүстік қазақстан", "Северо-Казахстанская", "Солтүстік Қазақстан", "North Kazakhstan",
     "Soltustik Qazaqstan", "Северо Казахстанская", "СКО"),
    ("түркістан", "Туркестанская", "Түркістан", "Turkistan", "Turkestan", "Туркестан"),
    ("ұлытау", "Улытауская", "Ұлытау", "Улытау", "Ulytau", "Ulytau Region"),
    ("шығыс қазақстан", "Восточно-Казахстанская", "Шығыс Қазақстан", "East Kazakhstan",
     "Shygys Qazaqstan", "Восточно Казахстанская", "ВКО"),
    ("оңтүстік қазақстан", "Южно-Казахстанская", "Оңтүстік Қазақстан", "South Kazakhstan",
     "Ontustik Qazaqstan", "Южно Казахстанская", "ЮКО"),
    ("астана", "Астана", "Нур-Султан", "Нұр-Сұлтан", "Nur-Sultan", "Nursultan", "Astana",
     "Целиноград"),
    ("алматы", "Алматы", "Almaty", "Алма-Ата", "Alma-Ata"),
    ("шымкент", "Шымкент", "Чимкент", "Shymkent", "Chimkent"),
)
_SYN_INDEX: dict[str, str] | None = None


def _syn_index() -> dict[str, str]:
    global _SYN_INDEX
    if _SYN_INDEX is None:
        index: dict[str, str] = {}
        for row in _SYNONYMS:
            canon = row[0]
            for form in row:
                index.setdefault(normalise_name(form), canon)
        _SYN_INDEX = index
    return _SYN_INDEX


@lru_cache(maxsize=1 << 16)  # pure; unit names recur across indexes and files
def canonical_name(name: str | None) -> str:
    """The normalised name mapped through the oblast/city synonym table (old names included).

    >>> canonical_name("Акмолинская область") == canonical_name("Aqmola") == "ақмола"
    True
    >>> canonical_name("Чимкент"), canonical_name("Нур-Султан")
    ('шымкент', 'астана')
    """
    base = normalise_name(name)
    return _syn_index().get(base, base)


def is_total_label(name: str | None) -> bool:
    """True for the country-total row of a statistics table ("Республика Казахстан", "Всего"),
    also written in two languages ("Қазақстан Республикасы / Республика Казахстан").

    >>> is_total_label("Республика Казахстан "), is_total_label("Алматы")
    (True, False)
    >>> is_total_label("Барлығы / Всего")
    True
    """
    if not name:
        return False
    parts = re.split(r"\s*[/\n]\s*", str(name))
    return any(bool(_TOTAL.match(re.sub(r"\s+", " ", _PUNCT.sub(" ", part.lower())).strip()))
               for part in parts if part.strip())
