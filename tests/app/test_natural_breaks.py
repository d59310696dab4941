"""Fisher-Jenks in numpy gives exactly mapclassify.FisherJenks' bounds (skipped without it), on
random, tied, sample and real data; and it is an optimum, checked by brute force."""

from __future__ import annotations

import itertools
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kzplanner import paths
from kzplanner.app.display.choropleth import classify
from kzplanner.app.display.natural_breaks import fisher_jenks_bounds

REAL = Path("/work/shared/data/real")


def _mapclassify_bounds(values: np.ndarray, k: int) -> np.ndarray:
    mapclassify = pytest.importorskip("mapclassify")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Numba not installed"
        return np.asarray(mapclassify.FisherJenks(values, k=k).bins, dtype=float)


def _random_cases(seed: int, count: int):
    rng = np.random.default_rng(seed)
    for i in range(count):
        n, k = int(rng.integers(6, 120)), int(rng.integers(2, 8))
        y = [rng.gamma(2.0, 3.0, n), rng.integers(0, 12, n).astype(float),
             np.round(rng.random(n), 2), rng.normal(0.0, 1e4, n)][i % 4]
        if np.unique(y).size >= k:
            yield y, k


def test_same_bounds_as_mapclassify_on_random_and_tied_values():
    for y, k in _random_cases(11, 160):
        assert np.array_equal(fisher_jenks_bounds(y, k), _mapclassify_bounds(y, k)), (y, k)


def _sample_values() -> list[np.ndarray]:
    table = pd.read_excel(paths.sample_statistics(), sheet_name=0, header=3, engine="openpyxl")
    out = []
    for column in table.columns[1:]:
        v = pd.to_numeric(table[column], errors="coerce").to_numpy(dtype=float)
        v = v[np.isfinite(v)]
        if np.unique(v).size >= 8:
            out.append(v)
    return out


def test_same_bounds_as_mapclassify_on_the_sample():
    columns = _sample_values()
    assert len(columns) >= 5
    for v in columns:
        for k in (3, 5, 7):
            assert np.array_equal(fisher_jenks_bounds(v, k), _mapclassify_bounds(v, k))


def test_same_bounds_as_mapclassify_on_real_data():
    shp = REAL / "geokz" / "kaz_admbnda_adm2_2024.shp"
    csv = REAL / "bns-schools" / "city_population.csv"
    if not shp.is_file() or not csv.is_file():
        pytest.skip("real data absent (/work/shared/data/real)")
    pyogrio = pytest.importorskip("pyogrio")
    import shapely

    frame = pyogrio.read_dataframe(shp)
    columns = [shapely.area(frame.geometry.values), shapely.length(frame.geometry.values),
               pd.read_csv(csv)["Total"].to_numpy(dtype=float)]
    for v in columns:
        for k in (4, 5, 7):
            assert np.array_equal(fisher_jenks_bounds(v, k), _mapclassify_bounds(v, k))


def _within_ss(x: np.ndarray, cuts: tuple[int, ...]) -> float:
    edges = (0, *cuts, x.size)
    return sum(float(((x[a:b] - x[a:b].mean()) ** 2).sum()) for a, b in itertools.pairwise(edges))


def test_bounds_are_the_least_within_class_variance_by_brute_force():
    rng = np.random.default_rng(3)
    for _ in range(25):
        x = np.sort(rng.gamma(1.5, 10.0, int(rng.integers(6, 13))))
        k = int(rng.integers(2, 5))
        best = min(_within_ss(x, c) for c in itertools.combinations(range(1, x.size), k - 1))
        ub = fisher_jenks_bounds(x, k)
        cuts = tuple(int(np.searchsorted(x, b, side="right")) for b in ub[:-1])
        assert _within_ss(x, cuts) == pytest.approx(best, rel=1e-5, abs=1e-9)


def test_too_few_distinct_values_is_refused_and_classify_falls_back():
    with pytest.raises(ValueError, match="Fewer unique values"):
        fisher_jenks_bounds(np.array([1.0, 1.0, 2.0]), 3)
    c = classify(np.array([1.0, 1.0, 2.0, np.nan]), "fisher_jenks", 3)
    assert [b.count for b in c.bins] == [2, 1]
