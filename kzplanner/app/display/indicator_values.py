"""Per-unit values of an indicator in baseline / projected / change mode, and how to print them.

Shared by the map, its legend, tooltips and the table so that all show the same numbers. No Qt.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

import numpy as np

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import BAD_IS_HIGH, INDICATOR_KINDS
from kzplanner.core.formatting import format_indicator, format_number
from kzplanner.core.planning.result import PlanResult
from kzplanner.lazy import pd

if TYPE_CHECKING:
    from kzplanner.app.display.map_data import MapData
    from kzplanner.app.display.prepared import PreparedDataset

# Indicators offered on the map, in menu order (all present in the gap tables).
MAP_INDICATORS: tuple[str, ...] = (
    "combined_gap", "institutional_gap", "device_gap", "internet_gap",
    "school_gap", "fap_gap", "psc_gap", "school_coverage", "fap_coverage", "psc_coverage",
)


# Unit columns that are positions or codes, never indicators to map.
_NOT_INDICATORS = re.compile(r"^(centroid_|admin_centre_|unit_code|parent_code|level|name_)")
# Target-group columns (…_eligible, …_no_device, …_no_internet): the gaps are mapped, not these;
# households without internet is the Bureau's own indicator, not a target group's column.
_GROUP_COUNTS = re.compile(r"^(?!households_no_internet$).+_(eligible|no_device|no_internet)$")


def extra_indicators(units: pd.DataFrame) -> list[str]:
    """Numeric unit columns beyond the gap indicators: population, network coverage, counts,
    monitoring indicators (seed 000) and any custom column the planner imported."""
    out = []
    for col in units.columns:
        name = str(col)
        if (name in MAP_INDICATORS or _NOT_INDICATORS.match(name) or _GROUP_COUNTS.search(name)
                or not pd.api.types.is_numeric_dtype(units[col])):
            continue
        out.append(name)
    return out


def map_indicators(extras: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What the map and charts offer: the gaps, then the dataset's extra indicators."""
    return MAP_INDICATORS + tuple(e for e in extras if e not in MAP_INDICATORS)


def projected(result: PlanResult, indicator: str, before: pd.Series) -> pd.Series:
    """The indicator after the plan; a plan does not change data-only indicators."""
    if indicator in result.after.columns:
        return result.after[indicator].astype(float).reindex(before.index)
    return before


def indicator_kind(indicator: str) -> str:
    return INDICATOR_KINDS.get(indicator, "index")


def bad_is_high(indicator: str) -> bool:
    return indicator in BAD_IS_HIGH


def effective_mode(mode: str, result: PlanResult | None) -> str:
    """Projected and change need a plan; without one the map shows the baseline."""
    return mode if result is not None else "baseline"


def unit_values(baseline: pd.DataFrame, result: PlanResult | None, indicator: str,
                mode: str) -> pd.Series:
    """Values per unit_code for `mode` (change = projected − baseline, in the indicator's units)."""
    mode = effective_mode(mode, result)
    before = baseline[indicator].astype(float)
    if mode == "baseline" or result is None:
        return before
    after = projected(result, indicator, before)
    return after if mode == "projected" else after - before


def drawn_values(data: MapData, prepared: PreparedDataset | None, result: PlanResult | None,
                 indicator: str, mode: str) -> np.ndarray:
    """unit_values in the map's unit order: the baseline straight from the map's own arrays
    (no pandas: the map may be drawing its start-up preview), projected and change from the
    plan."""
    mode = effective_mode(mode, result)
    if mode == "baseline" or prepared is None:
        return data.values(indicator)
    return unit_values(prepared.baseline, result, indicator, mode).reindex(
        list(data.codes)).to_numpy(dtype=float)


def change_in_points(value: float, indicator: str) -> float:
    """A change in percentage points: shares ×100, the 0–100 index as is."""
    return 100.0 * value if indicator_kind(indicator) == "share" else value


def format_change(value: float | None, indicator: str, lang: str, with_unit: bool = True) -> str:
    """Signed change in percentage points: '−13,9 п. п.' / '+0.4 pp'; '—' when unknown."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    points = change_in_points(float(value), indicator)
    if abs(points) < 0.05:
        points = 0.0
    text = format_number(points, lang, 1)
    if points > 0:
        text = "+" + text
    elif points < 0:
        text = "−" + text.lstrip("-")
    return f"{text}\u00a0{tr('pp', lang)}" if with_unit else text


def format_value(value: float | None, indicator: str, mode: str, lang: str) -> str:
    if mode == "change":
        return format_change(value, indicator, lang)
    return format_indicator(value, indicator_kind(indicator), lang)


def worst_first_ranks(values: np.ndarray, indicator: str, mode: str) -> np.ndarray:
    """Rank 1 = worst (largest gap, smallest coverage); in change mode 1 = largest improvement.

    Ties share the smallest rank (as pandas' method="min"); NaN values get no rank (NaN).
    """
    improving_is_low = bad_is_high(indicator)  # for gaps a negative change is an improvement
    if mode == "change":
        ascending = improving_is_low
    else:
        ascending = not bad_is_high(indicator)
    v = np.asarray(values, dtype=float)
    key = v if ascending else -v
    known = ~np.isnan(key)
    ranks = np.full(len(v), np.nan)
    ranks[known] = np.searchsorted(np.sort(key[known]), key[known], side="left") + 1
    return ranks
