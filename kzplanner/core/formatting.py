"""Locale-correct numbers for kk/ru/en (space thousands, decimal comma), independent of the OS."""

from __future__ import annotations

import math

_NBSP = "\u00a0"


def _group(text: str, sep: str) -> str:
    head, _, tail = text.partition(".")
    sign = "-" if head.startswith("-") else ""
    head = head.lstrip("-")
    groups = []
    while len(head) > 3:
        groups.insert(0, head[-3:])
        head = head[:-3]
    groups.insert(0, head)
    return sign + sep.join(groups) + (("." + tail) if tail else "")


def format_number(value: float | None, lang: str = "ru", decimals: int = 0) -> str:
    """1234567.5 → '1 234 568' (ru/kk: no-break space groups, decimal comma; en: 1,234,568).

    >>> format_number(1234567.456, "ru", 1), format_number(1234567.456, "en", 1)
    ('1\\xa0234\\xa0567,5', '1,234,567.5')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:.{decimals}f}"
    if lang == "en":
        return _group(text, ",")
    return _group(text, _NBSP).replace(".", ",")


def format_kzt(value: float | None, lang: str = "ru") -> str:
    """Tenge with the ₸ sign after the number.

    >>> format_kzt(2e9, "kk")
    '2\\xa0000\\xa0000\\xa0000\\xa0₸'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{format_number(value, lang)}{_NBSP}₸"


def format_share(value: float | None, lang: str = "ru", decimals: int = 1) -> str:
    """A share 0..1 as a percentage: 0.254 → '25,4 %' (en: '25.4%')."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    number = format_number(100.0 * value, lang, decimals)
    return f"{number}%" if lang == "en" else f"{number}{_NBSP}%"


def format_indicator(value: float | None, kind: str, lang: str = "ru") -> str:
    """Format by indicator kind: 'share' as %, 'index' with one decimal, 'count' whole."""
    if kind == "share":
        return format_share(value, lang)
    if kind == "index":
        return format_number(value, lang, 1)
    return format_number(value, lang, 0)


def format_people(value: float | None, lang: str = "ru") -> str:
    """A number of people (or of institutions, vouchers): whole, rounded, grouped.

    >>> format_people(1729.2, "kk")
    '1\\xa0729'
    """
    return format_number(None if value is None else round(float(value)), lang, 0)


# Thousands separators a planner may type or paste: space, no-break space, narrow no-break
# space, thin space, figure space, punctuation space, apostrophe.
_GROUP_SEPARATORS = (" ", "\u00a0", "\u202f", "\u2009", "\u2007", "\u2008", "'", "’")


def parse_amount(text: str | float | int, lang: str | None = None) -> float:
    """An amount as a planner types it: '2 000 000 000' (spaces, no-break or thin spaces between
    thousands), '2000000000', '2e9', '1 500 000,5' (decimal comma), '2,000,000,000' (English
    groups); a trailing ₸ or 'тг' is ignored. With `lang` ru or kk a comma is always the
    decimal comma, with en always a thousands separator; without it, a comma followed by
    three digits groups thousands. Raises ValueError for anything else.

    >>> parse_amount("2 000 000 000"), parse_amount("2\\u202f000\\u202f000"), parse_amount("2e9")
    (2000000000.0, 2000000.0, 2000000000.0)
    >>> parse_amount("1 500,5"), parse_amount("2,000,000"), parse_amount("1,500", "ru")
    (1500.5, 2000000.0, 1.5)
    """
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip()
    for unit in ("₸", "тг.", "тг", "KZT", "kzt"):
        if s.endswith(unit):
            s = s[: -len(unit)].strip()
    for sep in _GROUP_SEPARATORS:
        s = s.replace(sep, "")
    if not s:
        raise ValueError(text)
    if lang in ("ru", "kk"):
        s = s.replace(",", ".")
    elif lang == "en":
        s = s.replace(",", "")
    if s.count(",") >= 1 and "." not in s:
        head, _, tail = s.rpartition(",")
        if s.count(",") == 1 and len(tail) != 3:
            s = head + "." + tail  # decimal comma: 1500,5
        elif all(len(part) == 3 for part in s.split(",")[1:]):
            s = s.replace(",", "")  # English groups: 2,000,000
        else:
            raise ValueError(text)
    elif "," in s:
        if not all(len(part) == 3 for part in s.split(".")[0].split(",")[1:]):
            raise ValueError(text)
        s = s.replace(",", "")
    value = float(s)
    if not math.isfinite(value):
        raise ValueError(text)
    return value
