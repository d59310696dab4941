"""The combined gap per unit after counts x, for worst first: all units, or a few of them.

Same formula as indicators.gaps_from_counts (gap_arrays on the before counts, updated by
vectors instead of re-counting): a voucher's expected gain leaves its group's lacking people
and those of every group it is "of which"; a kit gives its institution access. A unit's gap
depends on its own columns only, so `at(x, units)` computes a few units from their columns
alone — the same floats as the whole table gives them (the per-unit sums add the same values
in the same order; gap_arrays works row by row).
"""

from __future__ import annotations

import numpy as np

from kzplanner.core.catalogue import group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.indicators import gap_arrays, parent_chain
from kzplanner.core.planning.items import PlanItems
from kzplanner.core.planning.optimiser import item_unit
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.lazy import pd


class UnitGaps:
    """`gaps(x)`: the combined gap of every unit (a Series on the dataset's units) after counts
    x (vouchers then kits); `gaps.at(x, upos)`: the same for the units at positions `upos`."""

    def __init__(self, ds: Dataset, params: PlanParams, items: PlanItems) -> None:
        self.units = list(ds.units.index)
        pos = {u: i for i, u in enumerate(self.units)}
        self.col_unit = np.array([pos[u] for u in item_unit(items)], dtype=int)
        self.n_v = n_v = len(items.vouchers)
        self.base = {c: items.counts_before[c].to_numpy(dtype=float)
                     for c in items.counts_before.columns}
        self.takeup = items.vouchers["takeup"].to_numpy(float)
        self.served = np.nan_to_num(items.kits["people_served"].to_numpy(float))
        kit_type = items.kits["type"].to_numpy(dtype=object)
        # Per statistics column of lacking people, the voucher columns whose gain it loses.
        self.reduce: dict[str, np.ndarray] = {}
        groups = items.vouchers["group"].to_numpy(dtype=object)
        dims = items.vouchers["dimension"].to_numpy(dtype=object)
        for g in ds.groups:
            for dim, k in (("device", 1), ("internet", 2)):
                sel = (groups == g) & (dims == dim)
                for h in parent_chain(g, ds.groups, params.rules):
                    col = group_columns(h)[k]
                    self.reduce[col] = self.reduce.get(col, np.zeros(n_v, dtype=bool)) | sel
        self.kit_cols = {t: kit_type == t for t in ("school", "fap", "psc")}
        self.groups = ds.groups
        self.rules = params.rules
        # columns grouped by unit (each unit's in their order), for `at`
        self.by_unit = np.argsort(self.col_unit, kind="stable")
        self.start = np.searchsorted(self.col_unit[self.by_unit], np.arange(len(self.units) + 1))

    def _gaps(self, x: np.ndarray, cols: np.ndarray, local: np.ndarray,
              rows: np.ndarray | None, n: int) -> np.ndarray:
        """Combined gaps of `n` rows: columns `cols` counted into rows `local` (aligned)."""
        n_v = self.n_v
        base = self.base if rows is None else {c: v[rows] for c, v in self.base.items()}
        c = dict(base)
        is_v = cols < n_v
        vc, kc = cols[is_v], cols[~is_v] - n_v
        lv, lk = local[is_v], local[~is_v]
        xv, xk = x[cols[is_v]], x[cols[~is_v]]
        takeup, served = self.takeup[vc], self.served[kc]
        for col, sel in self.reduce.items():
            s = sel[vc]
            c[col] = base[col] - np.bincount(lv[s], weights=takeup[s] * xv[s], minlength=n)
        for t, sel in self.kit_cols.items():
            s = sel[kc]
            c[f"{t}_access"] = base[f"{t}_access"] + np.bincount(lk[s], weights=xk[s],
                                                                 minlength=n)
            c[f"{t}_people_access"] = base[f"{t}_people_access"] + np.bincount(
                lk[s], weights=served[s] * xk[s], minlength=n)
        return gap_arrays(c, self.groups, self.rules)["combined_gap"]

    def __call__(self, x: np.ndarray) -> pd.Series:
        gaps = self._gaps(x, np.arange(len(x)), self.col_unit, None, len(self.units))
        return pd.Series(gaps, index=self.units)

    def at(self, x: np.ndarray, upos: np.ndarray) -> np.ndarray:
        """Combined gaps of the units at positions `upos` (into the dataset's units)."""
        upos = np.asarray(upos, dtype=int)
        lens = self.start[upos + 1] - self.start[upos]
        first = np.repeat(self.start[upos] - (np.cumsum(lens) - lens), lens)
        cols = self.by_unit[first + np.arange(int(lens.sum()))]
        return self._gaps(x, cols, np.repeat(np.arange(len(upos)), lens), upos, len(upos))


def combined_gap_function(ds: Dataset, params: PlanParams, items: PlanItems) -> UnitGaps:
    """Fast per-unit combined gap after counts x (vouchers then kits), for worst-first steps."""
    return UnitGaps(ds, params, items)
