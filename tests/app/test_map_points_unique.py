"""map_points._unique (counting instead of sorting for small-range integers, issue 21) gives
exactly what np.unique gives, and the national grid clusters number cells as before."""

from __future__ import annotations

import numpy as np

from kzplanner.app.display.map_points import _grid, _unique


def test_unique_matches_numpy_for_small_and_large_ranges():
    rng = np.random.default_rng(11)
    cases = [np.zeros(0, dtype=np.int64), np.array([5]), np.array([-3, -3, 2, -7]),
             rng.integers(0, 50, 1000), rng.integers(-10**12, 10**12, 500),  # sorted path
             np.concatenate([rng.integers(0, 5, 100), [10**9]])]
    for values in cases:
        got = _unique(values)
        want = np.unique(values, return_inverse=True, return_counts=True)
        for g, w in zip(got, want, strict=True):
            assert np.array_equal(g, w.reshape(-1))
        assert np.array_equal(got[0][got[1]], values)  # the inverse rebuilds the input


def test_grid_labels_cells_by_column_then_row_like_the_old_key():
    rng = np.random.default_rng(2)
    xy = rng.uniform(-50, 1650, (3000, 2))
    key = np.floor(xy / 24.0).astype(np.int64)
    _, old = np.unique(key[:, 0] * 2_000_003 + key[:, 1], return_inverse=True)
    assert np.array_equal(_grid(xy, 24.0), old.reshape(-1))
    assert len(_grid(np.zeros((0, 2)), 24.0)) == 0
