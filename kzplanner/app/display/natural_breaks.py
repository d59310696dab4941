"""Fisher-Jenks natural breaks in numpy: the same class bounds as mapclassify.FisherJenks.

mapclassify runs the Fisher (1958) dynamic programme in float32 (its `_fisher_jenks_means`);
this is the same programme, row by row, with the inner loops vectorised and the same float32
arithmetic and tie rule, so the bounds are the very same values of the data (checked against
mapclassify on random, tied, sample and real data: tests/app/test_natural_breaks.py). It
replaces mapclassify, which pulled scikit-learn, joblib and networkx into the Windows build
(issue 23: the one-folder build ≤ 300 MB).
"""

from __future__ import annotations

import numpy as np


def fisher_jenks_bounds(values: np.ndarray, k: int = 5) -> np.ndarray:
    """Upper bounds of k classes minimising the within-class sum of squared deviations.

    `values`: finite numbers (any order); at least k distinct values, as mapclassify requires.
    Returns k ascending bounds, each a value of the data; the last is the maximum.

    >>> fisher_jenks_bounds(np.array([1.0, 2.0, 2.5, 10.0, 11.0, 30.0]), 3).tolist()
    [2.5, 11.0, 30.0]
    """
    x = np.sort(np.asarray(values, dtype=float))
    distinct = int(np.unique(x).size)
    if distinct < k:
        raise ValueError(f"Fewer unique values ({distinct}) than specified classes ({k}).")
    n = x.size
    # best[l, j]: least within-class variance of the first l values in j classes (float32, as
    # mapclassify); start[l, j]: 1-based position where the last of those j classes starts.
    start = np.zeros((n + 1, k + 1), dtype=np.int32)
    best = np.zeros((n + 1, k + 1), dtype=np.float32)
    start[1, 1:] = 1
    best[2:, 1:] = np.inf
    x32 = x.astype(np.float32)
    columns = np.arange(k - 1)
    for last in range(2, n + 1):
        # the last class is values m..last (1-based) for m = last, last-1, …, 1: sums
        # accumulated from the top in float32, in the order mapclassify adds them
        tail = x32[last - 1::-1]
        s1 = np.cumsum(tail, dtype=np.float32)
        s2 = np.cumsum(tail * tail, dtype=np.float32)
        count = np.arange(1, last + 1, dtype=np.float32)
        var = s2 - (s1 * s1) / count
        if k > 1:
            # class start i3 = last - m + 1 for m = 1 … last-1 (m = last leaves no room)
            before = np.arange(last - 1, 0, -1)  # i4 = i3 - 1
            cand = var[:last - 1, None] + best[before, 1:k]  # float32, columns j = 2 … k
            # mapclassify keeps a candidate when it is ≤ the best so far: on ties the later
            # m (the smaller start) wins
            m_best = (last - 2) - np.argmin(cand[::-1], axis=0)
            best[last, 2:] = cand[m_best, columns]
            start[last, 2:] = last - m_best
        start[last, 1] = 1
        best[last, 1] = var[-1]
    bounds = np.zeros(k + 1, dtype=float)
    bounds[k] = x[n - 1]
    bounds[0] = x[0]
    row = n
    for j in range(k, 1, -1):
        pivot = int(start[row, j])
        bounds[j - 1] = x[pivot - 2]
        row = pivot - 1
    return bounds[1:]
