"""What a cell of a statistics table says: a number, a mark ("-" zero, "x" confidential, "…" no
data), a formula, text; labels without their footnote markers."""

from __future__ import annotations

import math
import re
from typing import Any

from kzplanner.core.io.read.values import BOOLEAN_WORDS, implausible
from kzplanner.errors import KZError

ZERO_MARKS = frozenset({"-", "–", "—", "−"})
CONFIDENTIAL_MARKS = frozenset({"x", "х", "X", "Х"})
NODATA_MARKS = frozenset({"…", "...", "..", "n/a", "н/д", "нет данных"})
_NUM = re.compile(r"^[+-]?\d+(?:[.,]\d+)?%?$")
_JUNK = re.compile(r"[\s\u00a0\u202f']")
CODE = re.compile(r"^\d{9}$")
_MARKER = re.compile(r"(\s*\d{1,2}\)|\s+\d{1,2}|\*+|[¹²³])\s*$")


def text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return re.sub(r"\s+", " ", str(v)).strip()


def classify(value: Any) -> tuple[str, float]:
    """('number'|'zero'|'confidential'|'no_data'|'empty'|'formula'|'text', value)."""
    if value is None:
        return "empty", math.nan
    if isinstance(value, bool):
        return "text", math.nan
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return "empty", math.nan
        try:
            number = float(value)
        except OverflowError:  # an int beyond any float
            return "text", math.nan
        return ("number", number) if math.isfinite(number) else ("text", math.nan)
    text = str(value).strip()
    if not text:
        return "empty", math.nan
    if text in ZERO_MARKS:
        return "zero", 0.0
    if text in CONFIDENTIAL_MARKS:
        return "confidential", math.nan
    if text in NODATA_MARKS or text.lower() in NODATA_MARKS:
        return "no_data", math.nan
    if text.startswith("="):
        return "formula", math.nan
    cleaned = _JUNK.sub("", text)
    if _NUM.match(cleaned):
        percent = cleaned.endswith("%")
        number = float(cleaned.rstrip("%").replace(",", "."))
        if not math.isfinite(number):  # hundreds of digits: beyond any float
            return "text", math.nan
        return "number", number / 100.0 if percent else number
    return "text", math.nan


def check_cell(value: Any, kind: str, number: float, indicator: str, **where: Any) -> None:
    """A mapped numeric cell that classify read, refused when it is TRUE/FALSE
    ('boolean_in_numbers') or beyond the indicator's bound ('implausible_value',
    core.io.read.values.LIMITS); text that is no number stays apply_mapping's 'bad_number'."""
    if isinstance(value, bool) or (kind == "text" and text(value).lower() in BOOLEAN_WORDS):
        raise KZError("boolean_in_numbers", detail=text(value).upper(), **where)
    if kind == "number":
        why = implausible(number, indicator)
        if why is not None:
            raise KZError("implausible_value", detail=why, **where)


def strip_marker(label: str) -> str:
    """A label without its footnote marker: 'Туркестанская 1' → 'Туркестанская'."""
    plain = text(label)
    if CODE.match(plain):
        return plain
    return _MARKER.sub("", plain).strip()
