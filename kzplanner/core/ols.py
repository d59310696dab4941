"""Ordinary least squares with classical and cluster-robust standard errors, as statsmodels.

The difference-in-differences estimate (core.evaluation) needed only this much of statsmodels;
statsmodels and what it pulls in (patsy, formulaic, narwhals …) were a large part of the
Windows build (issue 23: the one-folder build ≤ 300 MB). The arithmetic follows statsmodels'
OLS(y, x).fit() (the SVD pseudo-inverse with rcond 1e-15, rank-based residual degrees of
freedom) and fit(cov_type="cluster", cov_kwds={"groups": g}, use_t=True) (CR1: the bread
pinv(X)·pinv(X)ᵀ around the sum over clusters of (Xᵍᵀeᵍ)(Xᵍᵀeᵍ)ᵀ, times G/(G−1)·(n−1)/(n−k), and
t with G − 1 degrees of freedom); tests/core/test_ols.py compares every number with statsmodels
when it is installed, and with formulas computed by hand when it is not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class OlsFit:
    """The parts of a statsmodels results object that the evaluation reads (same names)."""

    params: np.ndarray
    bse: np.ndarray
    df_resid: float  # n − rank(X): the scale's degrees of freedom
    df_inference: float  # the t distribution's (df_resid; G − 1 when clustered)
    ssr: float
    rsquared: float

    @property
    def tvalues(self) -> np.ndarray:
        with np.errstate(all="ignore"):
            return self.params / self.bse

    @property
    def pvalues(self) -> np.ndarray:
        from scipy import stats

        return stats.t.sf(np.abs(self.tvalues), self.df_inference) * 2

    def conf_int(self, alpha: float = 0.05) -> np.ndarray:
        """(k, 2): lower and upper bounds of the two-sided 1 − alpha interval."""
        from scipy import stats

        q = stats.t.ppf(1 - alpha / 2, self.df_inference)
        return np.column_stack([self.params - q * self.bse, self.params + q * self.bse])


def _pinv(x: np.ndarray, rcond: float = 1e-15) -> tuple[np.ndarray, np.ndarray]:
    """statsmodels' pinv_extended: the pseudo-inverse and the singular values."""
    u, s, vt = np.linalg.svd(x, full_matrices=False)
    inv = np.where(s > rcond * np.max(s), 1.0 / np.where(s > 0, s, 1.0), 0.0)
    return vt.T @ (inv[:, None] * u.T), s


class Ols:
    """One regression y on x (x holds the constant column itself)."""

    def __init__(self, y: np.ndarray, x: np.ndarray) -> None:
        self.y = np.asarray(y, dtype=float)
        self.x = np.asarray(x, dtype=float)
        pinv_x, singular = _pinv(self.x)
        self.params = pinv_x @ self.y
        self.bread = pinv_x @ pinv_x.T  # statsmodels' normalized_cov_params
        self.rank = int(np.linalg.matrix_rank(np.diag(singular)))
        self.resid = self.y - self.x @ self.params
        self.ssr = float(self.resid @ self.resid)
        self.df_resid = float(self.y.size - self.rank)
        centered = self.y - self.y.mean()
        with np.errstate(all="ignore"):
            self.rsquared = float(1 - np.float64(self.ssr) / np.float64(centered @ centered))

    def classical(self) -> OlsFit:
        """σ̂²·(XᵀX)⁺ with σ̂² = SSR / (n − rank), t with n − rank degrees of freedom."""
        with np.errstate(all="ignore"):
            scale = np.float64(self.ssr) / np.float64(self.df_resid)
            bse = np.sqrt(np.diag(self.bread * scale))
        return OlsFit(self.params, bse, self.df_resid, self.df_resid, self.ssr, self.rsquared)

    def clustered(self, groups: np.ndarray) -> OlsFit:
        """Cluster-robust (CR1) standard errors, t with G − 1 degrees of freedom."""
        _, codes = np.unique(np.asarray(groups), return_inverse=True)
        n_groups = int(codes.max()) + 1
        scores = self.x * self.resid[:, None]
        sums = np.zeros((n_groups, self.x.shape[1]))
        np.add.at(sums, codes.ravel(), scores)
        meat = sums.T @ sums
        nobs, k_params = self.x.shape
        with np.errstate(all="ignore"):
            correction = (np.float64(n_groups) / (n_groups - 1.0)
                          * ((nobs - 1.0) / np.float64(nobs - k_params)))
            cov = (self.bread @ meat @ self.bread.T) * correction
            bse = np.sqrt(np.diag(cov))
        return OlsFit(self.params, bse, self.df_resid, float(n_groups - 1), self.ssr,
                      self.rsquared)
