"""Difference-in-differences against seed 001's Table 1, cluster-robust errors by hand,
correlations against scipy, pre-trends and the gender gap."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import scipy.stats

from kzplanner.core.correlation import (
    correlations,
    correlations_by_gender,
    gender_gaps,
    gender_pairs,
)
from kzplanner.core.evaluation import TERMS, estimate_did, pre_trends
from kzplanner.errors import KZError

# Seed 001, Table 1 ("Регрессия нәтижелері"): coefficient, SE, t, p as printed.
SEED_TABLE_1 = {
    "alpha": (62.2000, 2.7368, 22.7274, 0.0000),
    "post": (2.4000, 3.8704, 0.6201, 0.5439),
    "treated": (-11.6000, 3.8704, -2.9971, 0.0085),
    "post_treated": (1.0000, 5.4736, 0.1827, 0.8573),
}


def seed_001_panel() -> pd.DataFrame:
    """Enrolment by gender, 2015–2024: 2 groups × (2015–19, 2020–24) × 5 years per cell.

    Cell means are the table's: men 62.2 → 64.6, women 50.6 → 54.0. Residuals within a cell are
    a permutation of s·(−2, −1, 0, 1, 2): they sum to zero (cell means exact) and give a pooled
    residual variance σ² = 4·10·s² / (20 − 4). σ is fixed by α's printed t: SE(α) = σ/√5 =
    62.2 / 22.7274, so σ ≈ 6.1196 (the "≈ 6.12" of the design notes).
    """
    sigma = math.sqrt(5) * 62.2 / 22.7274
    s = sigma / math.sqrt(2.5)
    means = {("male", 0): 62.2, ("male", 1): 64.6, ("female", 0): 50.6, ("female", 1): 54.0}
    patterns = {("male", 0): (-1, 2, -2, 0, 1), ("male", 1): (0, -2, 1, 2, -1),
                ("female", 0): (2, -1, 0, -2, 1), ("female", 1): (-2, 1, 2, -1, 0)}
    rows = []
    for sex in ("male", "female"):
        for year in range(2015, 2025):
            post = int(year >= 2020)
            resid = patterns[(sex, post)][(year - 2015) % 5]
            rows.append({"sex": sex, "year": year, "enrolment": means[(sex, post)] + s * resid,
                         "female": int(sex == "female")})
    return pd.DataFrame(rows)


def test_seed_001_table_1_is_reproduced_exactly():
    result = estimate_did(seed_001_panel(), "enrolment", "sex", "year", {"female"},
                          post_from=2020)
    assert result.n == 20 and result.df_resid == 16 and result.n_clusters == 2
    for term, (coef, se, t, p) in SEED_TABLE_1.items():
        row = result.table.loc[term]
        assert round(row["coef"], 4) == coef, term
        assert round(row["se"], 4) == se, term
        assert round(row["t"], 4) == t, term
        assert round(row["p"], 4) == p, term
    # the printed p-values are two-sided t(16) tails, and the CIs use the same distribution
    row = result.table.loc["post_treated"]
    q = scipy.stats.t.ppf(0.975, 16)
    assert row["ci_low"] == pytest.approx(1.0 - q * row["se"])
    assert row["ci_high"] == pytest.approx(1.0 + q * row["se"])
    assert result.cell_means.loc["treated", "after"] == pytest.approx(54.0)
    assert result.effect == pytest.approx(
        (54.0 - 50.6) - (64.6 - 62.2))  # β3 is the difference of the differences
    assert result.clustered is None  # one unit per arm: cluster-robust errors are undefined


def test_treated_column_gives_the_same_fit_as_a_set_of_units():
    panel = seed_001_panel()
    by_set = estimate_did(panel, "enrolment", "sex", "year", {"female"}, post_from=2020)
    by_col = estimate_did(panel, "enrolment", "sex", "year", "female", post_from=2020)
    pd.testing.assert_frame_equal(by_set.table, by_col.table)


def test_seed_reading_says_not_significant_and_warns_about_parallel_trends():
    result = estimate_did(seed_001_panel(), "enrolment", "sex", "year", {"female"}, 2020)
    en = result.reading("en")
    assert "not statistically significant" in en and "parallel" in en and "2020" in en
    assert "1.00" in en
    assert "параллельн" in result.reading("ru") and "0,8573" in result.reading("ru")
    assert "параллель" in result.reading("kk")


def _random_panel(units: int = 12, periods: int = 6, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for u in range(units):
        level = rng.normal(50, 5)
        for t in range(2018, 2018 + periods):
            treated = u < units // 2
            effect = 4.0 if (treated and t >= 2021) else 0.0
            rows.append({"unit": f"U{u:02d}", "year": t, "treated": "yes" if treated else "no",
                         "y": level + 0.8 * (t - 2018) + effect + rng.normal(0, 1.5)})
    return pd.DataFrame(rows)


def test_cluster_robust_errors_match_the_sandwich_formula():
    panel = _random_panel()
    result = estimate_did(panel, "y", "unit", "year", "treated", post_from=2021, cluster=True)
    post = (panel["year"] >= 2021).astype(float).to_numpy()
    trt = (panel["treated"] == "yes").astype(float).to_numpy()
    x = np.column_stack([np.ones(len(panel)), post, trt, post * trt])
    y = panel["y"].to_numpy()
    bread = np.linalg.inv(x.T @ x)
    beta = bread @ x.T @ y
    resid = y - x @ beta
    meat = np.zeros((4, 4))
    for _, idx in panel.groupby("unit").indices.items():
        score = x[idx].T @ resid[idx]
        meat += np.outer(score, score)
    n, k, g = len(y), 4, panel["unit"].nunique()
    cov = bread @ meat @ bread * (g / (g - 1)) * ((n - 1) / (n - k))
    se = np.sqrt(np.diag(cov))
    assert result.table["coef"].to_numpy() == pytest.approx(beta)
    assert result.table["se"].to_numpy() == pytest.approx(se)
    t = beta / se
    p = 2 * scipy.stats.t.sf(np.abs(t), g - 1)  # inference with G − 1 degrees of freedom
    assert result.table["p"].to_numpy() == pytest.approx(p)
    assert result.clustered is not None and result.table is result.clustered
    assert result.classical["coef"].to_numpy() == pytest.approx(beta)
    assert "few_clusters" in result.notes  # 12 units < 30
    assert "12 units" in result.reading("en")
    assert result.effect == pytest.approx(4.0, abs=1.5)
    assert result.table.loc["post_treated", "p"] < 0.05


def test_classical_fit_notes_that_it_ignores_clustering():
    result = estimate_did(_random_panel(), "y", "unit", "year", "treated", post_from=2021)
    assert "classical_ignores_clustering" in result.notes
    assert list(result.table.index) == list(TERMS)


def test_diverging_pre_trends_are_flagged():
    panel = _random_panel(units=20, periods=8)
    panel.loc[panel["treated"] == "yes", "y"] += 3.0 * (panel["year"] - 2018)
    result = estimate_did(panel, "y", "unit", "year", "treated", post_from=2023)
    assert "pretrends_differ" in result.notes
    assert "doubtful" in result.reading("en")


def test_pre_trends_give_group_means_per_period():
    panel = seed_001_panel()
    trends = pre_trends(panel, "enrolment", "sex", "year", {"female"}, post_from=2020)
    assert list(trends["time"]) == list(range(2015, 2025))
    assert list(trends["post"]) == [False] * 5 + [True] * 5
    assert (trends["treated_n"] == 1).all() and (trends["comparison_n"] == 1).all()
    women = panel[panel["sex"] == "female"].set_index("year")["enrolment"]
    assert trends.set_index("time")["treated_mean"].to_numpy() == pytest.approx(women.to_numpy())
    assert trends["difference"].to_numpy() == pytest.approx(
        (trends["treated_mean"] - trends["comparison_mean"]).to_numpy())
    assert trends[~trends["post"]]["treated_mean"].mean() == pytest.approx(50.6)


def test_did_errors_are_codes():
    panel = seed_001_panel()
    with pytest.raises(KZError) as err:
        estimate_did(panel, "enrolment", "sex", "year", {"female"}, post_from=2030)
    assert err.value.code == "did_empty_cell"
    with pytest.raises(KZError) as err:
        estimate_did(panel, "enrolment", "sex", "year", {"nobody"}, post_from=2020)
    assert err.value.code == "unknown_units" and "nobody" in err.value.detail
    with pytest.raises(KZError) as err:
        estimate_did(panel, "enrolment", "sex", "year", {"female"}, 2020, cluster=True)
    assert err.value.code == "too_few_clusters"
    moving = panel.assign(flag=(panel["year"] >= 2020).astype(int))
    with pytest.raises(KZError) as err:
        estimate_did(moving, "enrolment", "sex", "year", "flag", 2020)
    assert err.value.code == "treatment_not_constant"
    with pytest.raises(KZError) as err:
        estimate_did(panel, "missing", "sex", "year", {"female"}, 2020)
    assert err.value.code == "missing_column"
    for code in ("did_empty_cell", "unknown_units", "too_few_clusters",
                 "treatment_not_constant"):
        for lang in ("en", "ru", "kk"):
            assert KZError(code, column="c", detail="d").message(lang) != code


def _indicator_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    n = 40
    a = rng.normal(size=n)
    frame = pd.DataFrame({"internet": a, "literacy": 0.9 * a + rng.normal(0, 0.3, n),
                          "enrolment": -0.6 * a + rng.normal(0, 1, n),
                          "employment": rng.normal(size=n)})
    frame.loc[[1, 5, 9], "literacy"] = np.nan
    frame.loc[[5, 12], "enrolment"] = np.nan
    return frame


@pytest.mark.parametrize("method", ["pearson", "spearman"])
def test_correlations_equal_scipy_on_pairwise_complete_rows(method):
    frame = _indicator_frame()
    cols = list(frame.columns)
    r, p, n = correlations(frame, cols, method=method)
    test = scipy.stats.pearsonr if method == "pearson" else scipy.stats.spearmanr
    for a in cols:
        for b in cols:
            mask = frame[a].notna() & frame[b].notna()
            assert n.loc[a, b] == mask.sum()
            if a == b:
                assert r.loc[a, b] == 1.0 and p.loc[a, b] == 0.0
                continue
            expected = test(frame.loc[mask, a], frame.loc[mask, b])
            assert r.loc[a, b] == pytest.approx(expected[0], abs=1e-12)
            assert p.loc[a, b] == pytest.approx(expected[1], rel=1e-9, abs=1e-300)
    assert (r.to_numpy() == r.to_numpy().T).all()
    assert n.loc["literacy", "enrolment"] == 40 - 4


def test_correlations_leave_undefined_pairs_empty():
    frame = pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0], "const": [5.0] * 4,
                          "short": [1.0, None, None, 2.0]})
    r, p, n = correlations(frame, ["a", "const", "short"])
    assert math.isnan(r.loc["a", "const"]) and math.isnan(p.loc["a", "const"])
    assert math.isnan(r.loc["a", "short"]) and n.loc["a", "short"] == 2
    with pytest.raises(KZError) as err:
        correlations(frame, ["a"], method="kendall")
    assert err.value.code == "bad_parameter"


def test_gender_gap_by_period_like_seed_001_figure_2():
    frame = pd.DataFrame({
        "year": [2015, 2016, 2024, 2024],
        "internet_use_female": [70.0, 75.0, 93.0, 95.0],
        "internet_use_male": [72.8, 77.0, 94.6, 94.6],
        "mobile_female": [80.0, 81.0, 99.0, 99.0],
        "mobile_male": [81.0, 82.6, 83.2, 83.2],
        "population": [1, 2, 3, 4],
    })
    assert gender_pairs(frame.columns) == {"internet_use": ("internet_use_female",
                                                            "internet_use_male"),
                                           "mobile": ("mobile_female", "mobile_male")}
    gaps = gender_gaps(frame, "year").set_index(["indicator", "time"])["gap"]
    assert gaps[("internet_use", 2015)] == pytest.approx(2.8)
    assert gaps[("internet_use", 2024)] == pytest.approx(0.6)  # mean of two rows in 2024
    assert gaps[("mobile", 2016)] == pytest.approx(1.6)
    assert gaps[("mobile", 2024)] == pytest.approx(-15.8)  # women ahead


def test_correlations_by_gender_use_each_side_separately():
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({f"{s}_{g}": rng.normal(size=12) for s in ("a", "b")
                          for g in ("female", "male")})
    by = correlations_by_gender(frame, ["a", "b"])
    expected = scipy.stats.pearsonr(frame["a_male"], frame["b_male"])
    assert by["male"][0].loc["a", "b"] == pytest.approx(expected[0])
    assert by["female"][0].loc["a", "b"] == pytest.approx(
        scipy.stats.pearsonr(frame["a_female"], frame["b_female"])[0])
