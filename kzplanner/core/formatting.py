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
