"""Correlations among indicators (scipy's Pearson / Spearman on pairwise-complete observations)
and gender gaps: the descriptive half of an evaluation after a programme (seed 001; see
docs/evaluation.md)."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from kzplanner.core.evaluation import period_sort_key
from kzplanner.errors import KZError

FEMALE_SUFFIXES: tuple[str, ...] = ("_female", "_women", "_f")
MALE_SUFFIXES: tuple[str, ...] = ("_male", "_men", "_m")


def correlations(frame: pd.DataFrame, columns: Sequence[str], method: str = "pearson"
                 ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Correlation matrix with two-sided p-values and the n of each pair.

    Each pair uses the rows where both columns have a value (pairwise-complete), and r and p are
    exactly scipy.stats.pearsonr / spearmanr on those rows. The diagonal is r = 1, p = 0 and n
    = non-missing count; pairs with fewer than 3 rows or a constant column give NaN.

    >>> f = pd.DataFrame({"a": [1, 2, 3, 4], "b": [2, 4, 5, 9], "c": [4, 3, 2, None]})
    >>> r, p, n = correlations(f, ["a", "b", "c"])
    >>> round(float(r.loc["a", "b"]), 4), int(n.loc["a", "c"])
    (0.9648, 3)
    """
    from scipy import stats

    if method not in ("pearson", "spearman"):
        raise KZError("bad_parameter", column="method", detail=f"{method!r}: pearson or spearman")
    columns = list(columns)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KZError("missing_column", column=missing[0],
                      detail=", ".join(map(str, frame.columns)))
    values = {}
    for c in columns:
        numeric = pd.to_numeric(frame[c], errors="coerce")
        bad = frame[c].notna() & numeric.isna()
        if bad.any():
            raise KZError("bad_number", column=c, detail=str(frame.loc[bad, c].iloc[0]))
        values[c] = numeric.to_numpy(dtype=float)
    k = len(columns)
    r = np.full((k, k), np.nan)
    p = np.full((k, k), np.nan)
    n = np.zeros((k, k), dtype=int)
    test = stats.pearsonr if method == "pearson" else stats.spearmanr
    for i, a in enumerate(columns):
        for j in range(i, k):
            b = columns[j]
            mask = ~np.isnan(values[a]) & ~np.isnan(values[b])
            n[i, j] = n[j, i] = int(mask.sum())
            if i == j:
                if mask.sum() >= 1:
                    r[i, i], p[i, i] = 1.0, 0.0
                continue
            xa, xb = values[a][mask], values[b][mask]
            if mask.sum() < 3 or np.ptp(xa) == 0 or np.ptp(xb) == 0:
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = test(xa, xb)
            r[i, j] = r[j, i] = float(res[0])
            p[i, j] = p[j, i] = float(res[1])
    make = lambda m: pd.DataFrame(m, index=columns, columns=columns)  # noqa: E731
    return make(r), make(p), make(n)


def gender_pairs(columns: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Stems whose columns come as female/male pairs: {'internet_use': ('internet_use_female',
    'internet_use_male')}. Suffixes _female/_male, _women/_men, _f/_m (case-insensitive).

    >>> gender_pairs(["x_female", "x_male", "y", "z_f"])
    {'x': ('x_female', 'x_male')}
    """
    columns = list(columns)
    lower = {c.lower(): c for c in columns}
    pairs: dict[str, tuple[str, str]] = {}
    for c in columns:
        for f_suffix, m_suffix in zip(FEMALE_SUFFIXES, MALE_SUFFIXES, strict=True):
            if c.lower().endswith(f_suffix):
                stem = c[: -len(f_suffix)]
                male = lower.get((stem + m_suffix).lower())
                if male is not None and stem not in pairs:
                    pairs[stem] = (c, male)
    return pairs


def gender_gaps(frame: pd.DataFrame, time: str, stems: Sequence[str] | None = None
                ) -> pd.DataFrame:
    """The male − female gap of each paired indicator by period (seed 001's Figure 2).

    Positive = men ahead, negative = women ahead, in the indicator's own unit (percentage points
    for shares in %). With several rows per period (units), the unweighted mean is taken.
    Columns: time, indicator, female, male, gap. Sorted by indicator, then time.
    """
    if time not in frame.columns:
        raise KZError("missing_column", column=time, detail=", ".join(map(str, frame.columns)))
    pairs = gender_pairs(frame.columns)
    if stems is not None:
        unknown = [s for s in stems if s not in pairs]
        if unknown:
            raise KZError("missing_column", column=f"{unknown[0]}_female / {unknown[0]}_male",
                          detail=", ".join(map(str, frame.columns)))
        pairs = {s: pairs[s] for s in stems}
    rows = []
    for stem, (female, male) in pairs.items():
        part = pd.DataFrame({"time": frame[time],
                             "female": pd.to_numeric(frame[female], errors="coerce"),
                             "male": pd.to_numeric(frame[male], errors="coerce")})
        means = part.groupby("time", sort=False)[["female", "male"]].mean()
        for t in sorted(means.index, key=period_sort_key):
            f_val, m_val = float(means.loc[t, "female"]), float(means.loc[t, "male"])
            rows.append({"time": t, "indicator": stem, "female": f_val, "male": m_val,
                         "gap": m_val - f_val})
    return pd.DataFrame(rows, columns=["time", "indicator", "female", "male", "gap"])


def correlations_by_gender(frame: pd.DataFrame, stems: Sequence[str], method: str = "pearson"
                           ) -> dict[str, tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]]:
    """Correlations among `stems` computed separately on the female and the male columns
    (seed 001's Figure 3); matrices are labelled by stem. Keys 'female' and 'male'."""
    pairs = gender_pairs(frame.columns)
    unknown = [s for s in stems if s not in pairs]
    if unknown:
        raise KZError("missing_column", column=f"{unknown[0]}_female / {unknown[0]}_male",
                      detail=", ".join(map(str, frame.columns)))
    out = {}
    for side, pos in (("female", 0), ("male", 1)):
        renamed = frame[[pairs[s][pos] for s in stems]].copy()
        renamed.columns = list(stems)
        out[side] = correlations(renamed, list(stems), method)
    return out
