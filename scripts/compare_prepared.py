"""Check that two checkouts load and prepare the same inputs into the same dataset (issue 21:
the start-up work was made faster without changing results).

    python scripts/compare_prepared.py OLD_CHECKOUT NEW_CHECKOUT DATA_DIR

DATA_DIR holds units.gpkg, statistics.xlsx and institutions.xlsx (bench/generate.py's output).
Each checkout runs in its own process (PYTHONPATH=checkout) with the input cache off; the units,
institutions, baseline, access, every map array and the plan items (kits, vouchers) are compared exactly (NaN equal to NaN).
Exit status 0 when equal, 1 with the first difference otherwise.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

DUMP = """
import pickle, sys
from dataclasses import fields
from kzplanner.app.display.prepared import load_prepared
from kzplanner.core.io.read import safety
from kzplanner.core.planning.parameters import PlanParams
safety.MAX_ROWS = max(safety.MAX_ROWS, 1_000_000)  # an old checkout refused the stress register
d = sys.argv[1]
# the window's own path (load_prepared), the input cache off (KZPLANNER_CACHE_DIR=off)
p = load_prepared(d + "/units.gpkg", d + "/statistics.xlsx", PlanParams(),
                  institutions=d + "/institutions.xlsx")
ds = p.dataset
m = {f.name: getattr(p.map, f.name) for f in fields(p.map)}
units = ds.units.drop(columns="geometry")
out = {"units": units, "geometry_wkb": [g.wkb for g in ds.units.geometry],
       "institutions": ds.institutions, "baseline": p.baseline, "access": p.access, "map": m,
       "issues": ds.reconciliation.issues}
from kzplanner.core.planning.items import build_items
items = build_items(ds, PlanParams())
out["kits"], out["vouchers"] = items.kits, items.vouchers
with open(sys.argv[2], "wb") as fh:
    pickle.dump(out, fh)
"""


def dump(checkout: Path, data: Path, target: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout), "KZPLANNER_CACHE_DIR": "off"}
    subprocess.run([sys.executable, "-c", DUMP, str(data), str(target)], env=env, check=True,
                   cwd=checkout)
    with target.open("rb") as fh:
        return pickle.load(fh)


def same(a: object, b: object, where: str) -> str | None:
    """The first difference between a and b, or None."""
    import numpy as np
    import pandas as pd

    if isinstance(a, pd.DataFrame | pd.Series):
        try:
            pd.testing.assert_frame_equal(a, b) if isinstance(a, pd.DataFrame) else \
                pd.testing.assert_series_equal(a, b)
        except AssertionError as exc:
            return f"{where}: {str(exc)[:400]}"
        return None
    if isinstance(a, np.ndarray):
        ok = a.shape == b.shape and (np.array_equal(a, b, equal_nan=a.dtype.kind == "f")
                                     if a.dtype.kind != "O" else all(
                                         same(x, y, where) is None for x, y in zip(a, b, strict=True)))
        return None if ok else f"{where}: arrays differ"
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return f"{where}: keys {sorted(a)[:5]} vs {sorted(b)[:5]}"
        for k in a:
            d = same(a[k], b[k], f"{where}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list | tuple):
        if len(a) != len(b):
            return f"{where}: lengths {len(a)} vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            d = same(x, y, f"{where}[{i}]")
            if d:
                return d
        return None
    if hasattr(a, "__dataclass_fields__"):
        return same(vars(a), vars(b), where)
    if isinstance(a, float) and isinstance(b, float) and a != a and b != b:
        return None
    return None if a == b else f"{where}: {a!r} vs {b!r}"


def main() -> int:
    old, new, data = (Path(a).resolve() for a in sys.argv[1:4])
    with tempfile.TemporaryDirectory() as tmp:
        a = dump(old, data, Path(tmp) / "old.pickle")
        b = dump(new, data, Path(tmp) / "new.pickle")
    diff = same(a, b, "prepared")
    print(diff or f"same: {len(a['units'])} units, {len(a['institutions'])} institutions, "
          f"{len(a['map'])} map fields")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
