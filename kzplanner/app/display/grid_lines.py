"""The allocation grid's lines (unit x instrument x group, kits per unit type) and the kit
switches behind an edited kit count: Qt-free, for gui/planning/allocation_grid.py."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from kzplanner.core.planning.items import PlanItems

if TYPE_CHECKING:
    import pandas as pd


class Line(NamedTuple):
    """One grid line (a tuple: 142,000 of them at stress size are made and compared at once)."""

    unit: str
    instrument: str  # device_voucher, internet_voucher, kit
    group: str  # target group, or institution type for kits
    unit_cost: float  # per voucher; mean per chosen kit for kit lines
    takeup: float
    cap_people: float
    max_count: int


def grid_lines(items: PlanItems) -> list[Line]:
    """Every line a planner may edit: voucher lines and, per unit, one kit line per type
    (column by column: row tuples from pandas took ~1 s for the stress plan's lines)."""
    v = items.vouchers
    kits = items.kits.groupby(["unit_code", "type"], sort=True).agg(
        n=("inst_id", "size"), cost=("cost_kzt", "mean")).reset_index()
    lines = list(map(Line._make, zip(
        _texts(v["unit_code"]), _texts(v["instrument"]), _texts(v["group"]),
        _floats(v["unit_cost_kzt"]), _floats(v["takeup"]), _floats(v["cap_people"]),
        _ints(v["max_count"]), strict=True)))
    k = len(kits)
    lines += map(Line._make, zip(
        _texts(kits["unit_code"]), ["kit"] * k, _texts(kits["type"]), _floats(kits["cost"]),
        [1.0] * k, [np.inf] * k, _ints(kits["n"]), strict=True))
    return sorted(lines, key=itemgetter(0, 1, 2))


def _texts(col: pd.Series) -> list[str]:
    return _shared([str(x) for x in col.tolist()])


def _floats(col: pd.Series) -> list[float]:
    return _shared([float(x) for x in col.tolist()])


def _shared(values: list) -> list:
    """Equal values as one object: the stress plan's 142,000 lines hold 2,128 prices, 5
    take-up rates and 10,000 unit codes (~9 MB less than a float or text object per cell)."""
    one: dict = {}
    return [one.setdefault(v, v) for v in values]


def _ints(col: pd.Series) -> list[int]:
    return [int(x) for x in col.tolist()]


def kit_toggles(items: PlanItems, chosen: set[str], unit: str, inst_type: str, count: int,
                excluded: set[str], locked: set[str]) -> tuple[tuple[str, bool], ...]:
    """Kits to switch so that `unit` gets `count` kits of `inst_type`: add the most people per ₸
    first (never an excluded one), drop the fewest people per ₸ first (locked ones last)."""
    k = items.kits[(items.kits["unit_code"] == unit) & (items.kits["type"] == inst_type)].copy()
    k["rate"] = k["people_served"].astype(float).fillna(0.0) / k["cost_kzt"].astype(float)
    k = k.sort_values(["rate", "inst_id"], ascending=[False, True])
    have = [i for i in k["inst_id"] if i in chosen]
    if count > len(have):
        free = [i for i in k["inst_id"] if i not in chosen and i not in excluded]
        return tuple((i, True) for i in free[:count - len(have)])
    drop = sorted(reversed(have), key=lambda i: i in locked)  # stable: lowest rate first
    return tuple((i, False) for i in drop[:len(have) - count])
