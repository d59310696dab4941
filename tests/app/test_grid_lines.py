"""The allocation grid's lines built column by column (app/display/grid_lines.py, issue 21:
142,000 lines at stress size) are the lines a row-by-row reading gives, in unit, instrument,
group order, with the same Python types."""

from __future__ import annotations

import math
import random
from types import SimpleNamespace

import numpy as np
import pandas as pd

from kzplanner.app.display.grid_lines import grid_lines


def _reference(items):
    rows = [(str(r.unit_code), str(r.instrument), str(r.group), float(r.unit_cost_kzt),
             float(r.takeup), float(r.cap_people), int(r.max_count))
            for r in items.vouchers.itertuples(index=False)]
    by = {}
    for r in items.kits.itertuples(index=False):
        by.setdefault((str(r.unit_code), str(r.type)), []).append(float(r.cost_kzt))
    rows += [(u, "kit", t, sum(c) / len(c), 1.0, math.inf, len(c)) for (u, t), c in by.items()]
    return sorted(rows, key=lambda r: r[:3])


def test_lines_match_a_row_by_row_reading():
    rng = random.Random(5)
    units = [f"U{i:03d}" for i in range(60)]
    vouchers = pd.DataFrame([
        {"unit_code": u, "instrument": ins, "group": g, "unit_cost_kzt": rng.choice([5e4, 1.2e5]),
         "takeup": rng.random(), "cap_people": float(rng.randint(0, 900)),
         "max_count": np.int64(rng.randint(0, 400))}
        for u in rng.sample(units, len(units))
        for ins in ("internet_voucher", "device_voucher") for g in ("pensioners", "large_families")
        if rng.random() < 0.8])
    kits = pd.DataFrame([
        {"inst_id": f"I{i}", "unit_code": rng.choice(units), "type": rng.choice(["school", "fap"]),
         "cost_kzt": float(rng.randint(100, 900)) * 1000}
        for i in range(500)])
    items = SimpleNamespace(vouchers=vouchers, kits=kits)
    got = grid_lines(items)
    want = _reference(items)
    assert len(got) == len(want) > 100
    for g, w in zip(got, want, strict=True):
        assert tuple(g[:3]) == w[:3] and g.max_count == w[6]
        assert [type(x) for x in g] == [type(x) for x in w]
        assert g.unit_cost == w[3] or abs(g.unit_cost - w[3]) < 1e-6 * w[3]
        assert (g.takeup, g.cap_people) == (w[4], w[5])
    # equal prices and unit codes are one object each (142,000 lines at stress size)
    prices = [g.unit_cost for g in got if g.instrument != "kit"]
    assert len({id(p) for p in prices}) == len(set(prices)) == 2
    assert len({id(g.unit) for g in got}) == len({g.unit for g in got})
