"""Kinds of administrative unit, from the KATO code's structure and from the name's words.

A statistics row may only join a boundary unit of a compatible kind: an oblast's header row never
lands on its centre city of the same name, a city district of Astana never on an oblast.

KATO (9 digits, AABBCCDDD): AA is the oblast or city of republican significance (71 Astana,
75 Almaty, 79 Shymkent), `AA0000000` the unit itself. Below an oblast, a third digit 1 or 2
marks a city of oblast significance (Семей 101000000, Теміртау 352400000) or a unit under its
administration (Жаңасемей 101010000 — so the code's city/district line is evidence, not proof:
a join uses it only to choose between same-named units), 3–9 a district. Below a city of
republican significance every unit is a city district.
"""

from __future__ import annotations

import re

COUNTRY = "country"
OBLAST = "oblast"
REP_CITY = "rep_city"  # city of republican significance: Astana, Almaty, Shymkent
DISTRICT = "district"
CITY = "city"  # city of oblast significance (қ.ә. / г.а.)
CITY_DISTRICT = "city_district"
KINDS = (COUNTRY, OBLAST, REP_CITY, DISTRICT, CITY, CITY_DISTRICT)
TOP = frozenset({OBLAST, REP_CITY})  # the units directly below the country
BELOW_TOP = frozenset({DISTRICT, CITY, CITY_DISTRICT})

REP_CITY_PREFIXES = frozenset({"71", "75", "79"})
# canonical names (names.canonical_name) of the three cities of republican significance
REP_CITY_NAMES = {"астана": "710000000", "алматы": "750000000", "шымкент": "790000000"}

_KATO = re.compile(r"^\d{9}$")


def kind_from_code(code: str | None) -> str | None:
    """The kind a 9-digit KATO code stands for, or None for anything else.

    >>> kind_from_code("150000000"), kind_from_code("710000000"), kind_from_code("711210000")
    ('oblast', 'rep_city', 'city_district')
    >>> kind_from_code("151000000"), kind_from_code("153200000"), kind_from_code("352400000")
    ('city', 'district', 'city')
    >>> kind_from_code("000000000"), kind_from_code("U0001")
    ('country', None)
    """
    if not code or not _KATO.match(code):
        return None
    if code == "000000000":
        return COUNTRY
    top, rest = code[:2], code[2:]
    if set(rest) == {"0"}:
        return REP_CITY if top in REP_CITY_PREFIXES else OBLAST
    if top in REP_CITY_PREFIXES:
        return CITY_DISTRICT
    if code[2] in "12":
        return CITY
    return DISTRICT


def top_code(code: str | None) -> str | None:
    """The oblast or city of republican significance a KATO code lies in: '151000000' → '150000000'."""
    if not code or not _KATO.match(code) or code == "000000000":
        return None
    return code[:2] + "0000000"


# Kind words in labels (lower case). Order matters: "қ.ә." (city of oblast significance) before the
# plain city words, and a rep city's name with a city word is a rep city, not a city.
_OBLAST_WORDS = re.compile(r"област|облыс|\bregion\b|\boblast|\boblysy")
_CITY_OF_OBLAST = re.compile(r"қ\.\s?ә\b|г\.\s?а\b|қалалық әкімдіг|қалалық әкімшілі|"
                             r"городская администрация|горадминистрац|city administration")
_CITY_WORDS = re.compile(r"(^|\s)(г\.|г |гор\.|город|қаласы|қ\.|city|qalasy)(\s|$)|"
                         r"\(қала\)|\(city\)|\(город\)|\bқаласы\b|^г\.")
_OBLAST_ADJECTIVE = re.compile(r"^[а-яё]+(-[а-яё]+)?ская(\s*\d{1,2}\)?|\*+)?$")
_DISTRICT_WORDS = re.compile(r"район|р-н|ауданы|аудан\b|district|audany")


def kind_from_name(name: str | None) -> str | None:
    """The kind a label's own words say (None when the label is a bare name).

    >>> kind_from_name("Ақтөбе облысы"), kind_from_name("Семей қ.ә."), kind_from_name("г.а. Семей")
    ('oblast', 'city', 'city')
    >>> kind_from_name("Астана қаласы"), kind_from_name("г. Алматы"), kind_from_name("Абай ауданы")
    ('rep_city', 'rep_city', 'district')
    >>> kind_from_name("Семей қалалық әкімдігі"), kind_from_name("Ақтөбе")
    ('city', None)
    >>> kind_from_name("Жамбылская"), kind_from_name("Туркестанская 1"), kind_from_name("Абайский")
    ('oblast', 'oblast', None)
    """
    if not name:
        return None
    from kzplanner.core.names import canonical_name

    text = re.sub(r"\s+", " ", str(name).lower()).strip()
    if _OBLAST_WORDS.search(text):
        return OBLAST
    if _CITY_OF_OBLAST.search(text):
        return CITY
    if _DISTRICT_WORDS.search(text):
        return DISTRICT
    if _CITY_WORDS.search(text):
        return REP_CITY if canonical_name(name) in REP_CITY_NAMES else CITY
    if _OBLAST_ADJECTIVE.search(text):
        return OBLAST  # "Жамбылская", "Западно-Казахстанская": область is understood
    return None


# Which unit kinds a row of a given kind may join.
COMPATIBLE: dict[str, frozenset[str]] = {
    COUNTRY: frozenset({COUNTRY}),
    OBLAST: frozenset({OBLAST}),
    REP_CITY: frozenset({REP_CITY}),
    CITY: frozenset({CITY, REP_CITY}),
    DISTRICT: frozenset({DISTRICT, CITY_DISTRICT}),
    CITY_DISTRICT: frozenset({CITY_DISTRICT, DISTRICT}),
}


def compatible(row_kind: str | None, unit_kind: str | None) -> bool:
    """True when a row of `row_kind` may join a unit of `unit_kind` (unknown kinds never block)."""
    if not row_kind or not unit_kind:
        return True
    return unit_kind in COMPATIBLE.get(row_kind, frozenset({unit_kind}))


def unit_kind(code: str | None, names: tuple[str | None, ...] = (), *,
              adm_level: int | None = None) -> str | None:
    """A boundary unit's kind: from its KATO code where it has one, else from its names' words,
    else from the file's admin level (1 → oblast, 2 → district)."""
    kind = kind_from_code(code)
    if kind:
        return kind
    for name in names:
        k = kind_from_name(name)
        if k:
            return k
    if adm_level == 1:
        return OBLAST
    if adm_level == 2:
        return DISTRICT
    return None
