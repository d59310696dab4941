"""core.ols gives statsmodels' OLS numbers (classical and cluster-robust; compared with
statsmodels when installed, skipped otherwise) and textbook formulas computed by hand."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from kzplanner.core.evaluation import estimate_did
from kzplanner.core.ols import Ols

RTOL = 1e-9


def _did_design(rng: np.random.Generator, units: int, periods: int, missing: float = 0.0):
    unit = np.repeat(np.arange(units), periods)
    time = np.tile(np.arange(periods), units)
    treated = (unit < units // 2).astype(float)
    post = (time >= periods // 2).astype(float)
    effect = rng.normal(0, 1, units)[unit]  # unit shocks: clustering matters
    y = 2.0 + 0.5 * post + 0.3 * treated + 1.2 * post * treated + effect + rng.normal(0, 1,
                                                                                     unit.size)
    keep = rng.random(unit.size) >= missing
    x = np.column_stack([np.ones(unit.size), post, treated, post * treated])
    return y[keep], x[keep], unit[keep]


def _statsmodels_fits(y, x, groups):
    sm = pytest.importorskip("statsmodels.api")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = sm.OLS(y, x)
        return model.fit(), model.fit(cov_type="cluster", cov_kwds={"groups": groups},
                                      use_t=True)


def _assert_same(ours, theirs):
    for name in ("params", "bse", "tvalues", "pvalues"):
        np.testing.assert_allclose(getattr(ours, name), np.asarray(getattr(theirs, name)),
                                   rtol=RTOL, atol=1e-12, err_msg=name)
    np.testing.assert_allclose(ours.conf_int(0.05), np.asarray(theirs.conf_int(0.05)),
                               rtol=RTOL, atol=1e-12)
    assert ours.ssr == pytest.approx(float(theirs.ssr), rel=RTOL)
    assert ours.rsquared == pytest.approx(float(theirs.rsquared), rel=RTOL)
    assert ours.df_resid == float(theirs.df_resid)


@pytest.mark.parametrize("units,periods,missing", [(6, 2, 0.0), (10, 4, 0.0), (40, 6, 0.1),
                                                   (5, 3, 0.2), (224, 2, 0.05)])
def test_same_numbers_as_statsmodels(units, periods, missing):
    rng = np.random.default_rng(units * 100 + periods)
    y, x, unit = _did_design(rng, units, periods, missing)
    classical, clustered = _statsmodels_fits(y, x, unit)
    model = Ols(y, x)
    _assert_same(model.classical(), classical)
    _assert_same(model.clustered(unit), clustered)


def test_rank_deficient_design_matches_statsmodels():
    """Every unit treated: Treated equals the constant, Post × Treated equals Post (rank 2)."""
    rng = np.random.default_rng(5)
    y, x, unit = _did_design(rng, 8, 4)
    x[:, 2] = 1.0
    x[:, 3] = x[:, 1]
    classical, _ = _statsmodels_fits(y, x, unit)
    fit = Ols(y, x).classical()
    assert fit.df_resid == y.size - 2
    _assert_same(fit, classical)


def test_classical_and_clustered_errors_by_hand():
    """σ̂²(XᵀX)⁻¹ and the CR1 sandwich written out with np.linalg.inv, independent of ols.py."""
    rng = np.random.default_rng(9)
    y, x, unit = _did_design(rng, 12, 4)
    n, k = x.shape
    xtx_inv = np.linalg.inv(x.T @ x)
    beta = xtx_inv @ x.T @ y
    e = y - x @ beta
    sigma2 = e @ e / (n - k)
    meat = sum(np.outer(x[unit == g].T @ e[unit == g], x[unit == g].T @ e[unit == g])
               for g in np.unique(unit))
    g = np.unique(unit).size
    cr1 = xtx_inv @ meat @ xtx_inv * g / (g - 1) * (n - 1) / (n - k)
    model = Ols(y, x)
    np.testing.assert_allclose(model.classical().params, beta, rtol=1e-9)
    np.testing.assert_allclose(model.classical().bse, np.sqrt(np.diag(xtx_inv) * sigma2),
                               rtol=1e-9)
    np.testing.assert_allclose(model.clustered(unit).bse, np.sqrt(np.diag(cr1)), rtol=1e-9)
    assert model.clustered(unit).df_inference == g - 1


def test_did_effect_is_the_difference_of_cell_mean_changes():
    rng = np.random.default_rng(2)
    rows = [{"u": u, "t": t, "y": float(rng.normal(10 + (u < 4) * (t >= 2) * 3, 1))}
            for u in range(8) for t in range(4)]
    panel = pd.DataFrame(rows)
    result = estimate_did(panel, "y", "u", "t", set(range(4)), post_from=2)
    m = panel.assign(tr=panel["u"] < 4, po=panel["t"] >= 2).groupby(["tr", "po"])["y"].mean()
    expected = (m[(True, True)] - m[(True, False)]) - (m[(False, True)] - m[(False, False)])
    assert result.effect == pytest.approx(expected, rel=1e-12)
    assert result.clustered is not None and result.n_clusters == 8
