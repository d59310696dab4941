"""Checks shared by the core and window tests of issue 16 ("measures are kept apart"): the sums
across measures, computed from the allocation alone, and a finder of figures equal to them."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable

from kzplanner.core.planning.result import PlanResult

MEASURES = ("device", "internet", "served")


def measure_values(result: PlanResult) -> dict[str, dict[str, float]]:
    """Per unit ('KZ' for the nation): people newly with a device, newly with home internet
    and people served by the institutions connected, summed from the allocation's lines and the
    kit list (not from the summary)."""
    alloc = result.allocation
    out: dict[str, dict[str, float]] = {}
    for code in [*sorted(set(alloc["unit_code"].astype(str))), "KZ"]:
        part = alloc if code == "KZ" else alloc[alloc["unit_code"].astype(str) == code]
        kits = result.kits if code == "KZ" else result.kits[
            result.kits["unit_code"].astype(str) == code]
        out[code] = {
            "device": float(part.loc[part["instrument"] == "device_voucher", "people"].sum()),
            "internet": float(part.loc[part["instrument"] == "internet_voucher", "people"].sum()),
            "served": float(kits["people_served"].astype(float).sum()),
        }
    return out


def forbidden_sums(result: PlanResult, national_only: bool = False,
                   with_ratio: bool = True) -> dict[float, str]:
    """Every sum of two or three measures whose addends are all > 0 (a zero addend would make
    the sum equal a measure shown on its own), per unit and nationally; with `with_ratio`, the
    old 'cost per person' over all measures too. {value: what it is}."""
    out: dict[float, str] = {}
    for code, m in measure_values(result).items():
        if national_only and code != "KZ":
            continue
        for r in (2, 3):
            for combo in itertools.combinations(MEASURES, r):
                if all(m[k] > 0 for k in combo):
                    out[sum(m[k] for k in combo)] = f"{code}: {' + '.join(combo)}"
        if with_ratio and code == "KZ" and all(m[k] > 0 for k in MEASURES):
            out[result.summary["spent"] / sum(m.values())] = "KZ: spent / (all measures)"
    return out


def matches(values: Iterable[float], forbidden: dict[float, str],
            tolerance: float) -> list[str]:
    """The values that equal a forbidden sum: within `tolerance` (absolute, for rounded text),
    or within 1e-9 relative."""
    found = []
    for v in values:
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            continue
        for f, what in forbidden.items():
            if abs(v - f) <= max(tolerance, 1e-9 * abs(f)):
                found.append(f"{v!r} = {what}")
    return found


_NUMBER = {
    "en": re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?"),
    "ru": re.compile(r"(?<![\w,])\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|(?<![\w,])\d+(?:,\d+)?"),
}


def numbers_in(text: str, lang: str) -> list[float]:
    """The numbers a reader sees in `text` (en: 1,234.5; ru/kk: 1 234,5 with no-break spaces)."""
    pattern = _NUMBER["en" if lang == "en" else "ru"]
    out = []
    for token in pattern.findall(text):
        if lang == "en":
            out.append(float(token.replace(",", "")))
        else:
            out.append(float(token.replace("\u00a0", "").replace(",", ".")))
    return out
