"""The 2018 and 2022 reforms of Kazakhstan's oblasts, for re-aggregating new units onto old ones.

2018: South Kazakhstan oblast (KATO 51) was renamed Turkistan (61) and the city of Shymkent (79)
became a city of republican significance. 2022: Abay (10) split from East Kazakhstan (63),
Zhetysu (33) from Almaty oblast (19), Ulytau (62) from Karaganda (35).

New → old is honest: the old unit is the sum of its parts (`NEW_TO_OLD`). Old → new cannot be
done by summing; `OLD_TO_NEW` only names the parts so the planner sees why an old row is left
unmatched on new boundaries (a split rule would have to be chosen and shown). `SPLITS` says,
per split, which part's row carries the old unit's figures in the Bureau's series and which
parts were created; core/vintage.py uses it to keep pre-reform totals off post-reform units.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

# new KATO → older KATO codes that contain it, newest first (the first present one is used)
NEW_TO_OLD: dict[str, tuple[str, ...]] = {
    "610000000": ("510000000",),  # Turkistan → South Kazakhstan (2018)
    "790000000": ("510000000",),  # Shymkent → South Kazakhstan (2018)
    "100000000": ("630000000",),  # Abay → East Kazakhstan (2022)
    "330000000": ("190000000",),  # Zhetysu → Almaty oblast (2022)
    "620000000": ("350000000",),  # Ulytau → Karaganda (2022)
}
# canonical names (names.canonical_name) of the units above, for files without codes
NEW_NAMES: dict[str, str] = {
    "түркістан": "610000000", "шымкент": "790000000", "абай": "100000000",
    "жетісу": "330000000", "ұлытау": "620000000",
}
OLD_TO_NEW: dict[str, tuple[str, ...]] = {
    "510000000": ("610000000", "790000000"),
    "630000000": ("630000000", "100000000"),
    "190000000": ("190000000", "330000000"),
    "350000000": ("350000000", "620000000"),
}
OLD_NAMES: dict[str, str] = {"оңтүстік қазақстан": "510000000"}
REFORM_YEAR = {"610000000": 2018, "790000000": 2018, "100000000": 2022, "330000000": 2022,
               "620000000": 2022}


@dataclass(frozen=True)
class Split:
    """One unit split by a reform, as the Bureau's time series show it.

    `successor` is the part whose row carries the old unit's figures in series published
    after the reform (Almaty oblast keeps its code; Turkistan's row holds South Kazakhstan's
    figures up to 2017); `created` are the parts that did not exist before (the Bureau writes
    "-" for them in earlier years).
    """

    old: str
    year: int
    parts: tuple[str, ...]
    successor: str
    created: tuple[str, ...]
    old_name: str  # for messages when the old unit is not in the boundaries


SPLITS: tuple[Split, ...] = (
    Split("510000000", 2018, ("610000000", "790000000"), "610000000", ("790000000",),
          "Южно-Казахстанская"),
    Split("630000000", 2022, ("630000000", "100000000"), "630000000", ("100000000",),
          "Восточно-Казахстанская"),
    Split("190000000", 2022, ("190000000", "330000000"), "190000000", ("330000000",),
          "Алматинская"),
    Split("350000000", 2022, ("350000000", "620000000"), "350000000", ("620000000",),
          "Карагандинская"),
)


def older_unit(code: str | None, canonical: str | None, available: Iterable[str]) -> str | None:
    """The unit among `available` that contains the post-reform unit `code` (or named so)."""
    available = set(available)
    code = code if code in NEW_TO_OLD else NEW_NAMES.get(canonical or "")
    if code is None or code in available:
        return None
    return next((old for old in NEW_TO_OLD[code] if old in available), None)


def newer_parts(code: str | None, canonical: str | None) -> tuple[str, ...]:
    """The post-reform units an old unit was split into (empty when it was not split)."""
    code = code if code in OLD_TO_NEW else OLD_NAMES.get(canonical or "")
    return OLD_TO_NEW.get(code or "", ())


def aggregate(frame: pd.DataFrame, target: list[str], *, weights: str | None = "population",
              share_columns: Iterable[str] = ()) -> tuple[pd.DataFrame, list[str]]:
    """Rows of `frame` (column `_target` = destination unit) summed per destination.

    Count columns are summed (NaN only when every part is NaN); share columns are averaged,
    weighted by `weights` when that column is present. Returns the frame indexed by `target`
    and notes naming every destination that was built from several rows.
    """
    shares = [c for c in share_columns if c in frame]
    counts = [c for c in frame.columns if c not in shares and c != "_target"]
    grouped = frame.groupby("_target", sort=False)
    out = grouped[counts].sum(min_count=1) if counts else pd.DataFrame(index=grouped.size().index)
    for col in shares:
        def mean(g: pd.DataFrame, col: str = col) -> float:
            vals = g[col].astype(float)
            if weights and weights in g and g[weights].notna().all() and g[weights].sum() > 0:
                w = g[weights].astype(float)
                ok = vals.notna()
                return float(np.average(vals[ok], weights=w[ok])) if ok.any() else np.nan
            return float(vals.mean())
        out[col] = [mean(g) for _k, g in grouped]
    sizes = grouped.size()
    notes = [f"{code}: {int(n)} rows summed" for code, n in sizes.items() if n > 1]
    return out.reindex(target), notes
