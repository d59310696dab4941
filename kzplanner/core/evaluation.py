"""Effect estimation after a programme: difference-in-differences (core.correlation has the
correlations and gender gaps).

The design follows seed 001 (Qainar Journal of Social Science 4(2), 2025, Table 1 and Figures
2-3): Y_it = α + β1·Post_t + β2·Treated_i + β3·Post_t·Treated_i + ε_it, estimated by ordinary
least squares (core.ols: the same numbers as statsmodels' OLS); correlations are scipy's Pearson /
Spearman on pairwise-complete observations. See docs/evaluation.md for the formulas and caveats.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from kzplanner.core.evaluation_words import READING
from kzplanner.core.formatting import format_number
from kzplanner.core.ols import Ols, OlsFit
from kzplanner.errors import KZError

# Stable coefficient ids (rows of DidResult tables), in the order of the equation.
TERMS: tuple[str, ...] = ("alpha", "post", "treated", "post_treated")
TERM_LABELS: dict[str, dict[str, str]] = {
    "alpha": {"en": "α (comparison, before)", "ru": "α (сравнение, до)",
              "kk": "α (салыстыру, дейін)"},
    "post": {"en": "Post", "ru": "После (Post)", "kk": "Кейін (Post)"},
    "treated": {"en": "Treated", "ru": "Участники (Treated)", "kk": "Қатысушылар (Treated)"},
    "post_treated": {"en": "Post × Treated (β3, effect)", "ru": "После × Участники (β3, эффект)",
                     "kk": "Кейін × Қатысушылар (β3, әсер)"},
}
TABLE_COLUMNS: tuple[str, ...] = ("coef", "se", "t", "p", "ci_low", "ci_high")
# Below this many clusters, cluster-robust standard errors are known to be too small
# (Cameron & Miller 2015 put the comfort zone at roughly 30-50 clusters).
FEW_CLUSTERS = 30
ALPHA_LEVEL = 0.05


@dataclass(frozen=True)
class DidResult:
    """A fitted difference-in-differences model.

    `table` holds the reported standard errors (cluster-robust when `cluster` is True, else
    classical); `classical` and `clustered` hold both kinds (`clustered` is None when either
    arm has fewer than two units). Rows are TERMS, columns TABLE_COLUMNS.
    """

    outcome: str
    post_from: Any
    cluster: bool
    table: pd.DataFrame
    classical: pd.DataFrame
    clustered: pd.DataFrame | None
    n: int
    n_clusters: int
    n_treated_units: int
    n_comparison_units: int
    df_resid: float
    r_squared: float
    cell_means: pd.DataFrame  # rows comparison/treated, columns before/after
    treated_units: tuple[str, ...]
    notes: tuple[str, ...] = ()  # codes: few_clusters, unbalanced_panel, single_pre_period, …
    pretrend: dict[str, float] = field(default_factory=dict)  # slope_diff, se, p (pre-period)

    @property
    def effect(self) -> float:
        """β3, the difference-in-differences estimate."""
        return float(self.table.loc["post_treated", "coef"])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values (the same numbers the CLI prints and the GUI shows)."""
        def table(frame: pd.DataFrame | None) -> dict[str, dict[str, float]] | None:
            if frame is None:
                return None
            return {term: {c: float(frame.loc[term, c]) for c in TABLE_COLUMNS} for term in TERMS}

        return {
            "outcome": self.outcome,
            "post_from": self.post_from,
            "se_type": "cluster" if self.cluster else "classical",
            "coefficients": table(self.table),
            "classical": table(self.classical),
            "clustered": table(self.clustered),
            "n": self.n,
            "n_clusters": self.n_clusters,
            "n_treated_units": self.n_treated_units,
            "n_comparison_units": self.n_comparison_units,
            "df_resid": self.df_resid,
            "r_squared": self.r_squared,
            "cell_means": {row: {col: float(self.cell_means.loc[row, col])
                                 for col in self.cell_means.columns}
                           for row in self.cell_means.index},
            "treated_units": list(self.treated_units),
            "notes": list(self.notes),
            "pretrend": dict(self.pretrend),
            "reading": {lang: self.reading(lang) for lang in ("en", "ru", "kk")},
        }

    def reading(self, lang: str = "en") -> str:
        """β3 in plain words, with the parallel-trends caveat (and the few-clusters one)."""
        return read_effect(self, lang)


def _treated_units(panel: pd.DataFrame, unit: str, treated: str | Iterable[Any]) -> set[str]:
    units = panel[unit].astype(str)
    if isinstance(treated, str):
        if treated not in panel.columns:
            raise KZError("missing_column", column=treated, detail=", ".join(map(str,
                                                                               panel.columns)))
        flag = panel[treated].map(_as_flag)
        if flag.isna().any():
            bad = panel.loc[flag.isna(), treated].iloc[0]
            raise KZError("bad_value", column=treated,
                          detail=f"“{bad}” is not a treatment flag (1/0, yes/no)")
        per_unit = flag.groupby(units).agg(["min", "max"])
        varying = per_unit.index[per_unit["min"] != per_unit["max"]]
        if len(varying):
            raise KZError("treatment_not_constant", column=treated,
                          detail=", ".join(map(str, varying[:5])))
        return set(per_unit.index[per_unit["max"] == 1])
    wanted = {str(u).strip() for u in treated}
    known = set(units)
    unknown = sorted(wanted - known)
    if unknown:
        raise KZError("unknown_units", column=unit, detail=", ".join(unknown[:10]))
    return wanted


def _as_flag(value: Any) -> float | None:
    if isinstance(value, (bool, np.bool_)):
        return float(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        if math.isnan(float(value)):
            return None
        return float(value) if float(value) in (0.0, 1.0) else None
    from kzplanner.core.io.read.values import parse_flag

    flag = parse_flag(value)
    return None if flag is None else float(flag)


def _post_flags(times: pd.Series, post_from: Any) -> pd.Series:
    """Post = time ≥ post_from, numerically when both read as numbers, else as text."""
    numeric = pd.to_numeric(times, errors="coerce")
    try:
        start = float(post_from)
    except (TypeError, ValueError):
        start = math.nan
    if not numeric.isna().any() and not math.isnan(start):
        return numeric >= start
    return times.astype(str) >= str(post_from)


def _prepare(panel: pd.DataFrame, outcome: str, unit: str, time: str,
             treated: str | Iterable[Any], post_from: Any) -> tuple[pd.DataFrame, set[str]]:
    for col in (outcome, unit, time):
        if col not in panel.columns:
            raise KZError("missing_column", column=col,
                          detail=", ".join(map(str, panel.columns)))
    frame = panel.copy()
    frame[unit] = frame[unit].astype(str).str.strip()
    treated_ids = _treated_units(frame, unit, treated)
    y = pd.to_numeric(frame[outcome], errors="coerce")
    bad = frame[outcome].notna() & y.isna()
    if bad.any():
        raise KZError("bad_number", column=outcome, detail=str(frame.loc[bad, outcome].iloc[0]))
    out = pd.DataFrame({
        "unit": frame[unit],
        "time": frame[time],
        "y": y.astype(float),
        "post": _post_flags(frame[time], post_from).astype(float),
        "treated": frame[unit].isin(treated_ids).astype(float),
    })
    out = out[out["y"].notna() & out["time"].notna()].reset_index(drop=True)
    for t_flag, t_name in ((1.0, "treated"), (0.0, "comparison")):
        for p_flag, p_name in ((0.0, "before"), (1.0, "after")):
            if not ((out["treated"] == t_flag) & (out["post"] == p_flag)).any():
                raise KZError("did_empty_cell", column=outcome,
                              detail=f"{t_name} × {p_name} {post_from}")
    return out, treated_ids


def _coef_table(fit: OlsFit) -> pd.DataFrame:
    ci = np.asarray(fit.conf_int(ALPHA_LEVEL))
    table = pd.DataFrame({
        "coef": np.asarray(fit.params, dtype=float),
        "se": np.asarray(fit.bse, dtype=float),
        "t": np.asarray(fit.tvalues, dtype=float),
        "p": np.asarray(fit.pvalues, dtype=float),
        "ci_low": ci[:, 0],
        "ci_high": ci[:, 1],
    }, index=list(TERMS))
    return table


def estimate_did(panel: pd.DataFrame, outcome: str, unit: str, time: str,
                 treated: str | Iterable[Any], post_from: Any,
                 cluster: bool = False) -> DidResult:
    """Fit Y = α + β1·Post + β2·Treated + β3·Post·Treated + ε by OLS (core.ols, as statsmodels).

    `panel` has one row per unit × period. `treated` is a column (1/0, yes/no; fixed per unit)
    or a set of unit ids; Post = `time` ≥ `post_from`. Classical standard errors are σ̂²(X'X)⁻¹
    with n − 4 degrees of freedom; cluster-robust ones cluster by unit (statsmodels' small-sample
    correction, t with G − 1 degrees of freedom). Rows with a missing outcome are dropped.

    >>> panel = pd.DataFrame({"u": list("aabb") * 2, "t": [1, 2] * 4,
    ...                       "y": [1.0, 2.0, 1.0, 4.0, 1.2, 2.2, 0.8, 3.8]})
    >>> round(estimate_did(panel, "y", "u", "t", {"b"}, post_from=2).effect, 6)  # (3.9-0.9)-(2.1-1.1)
    2.0
    """
    data, treated_ids = _prepare(panel, outcome, unit, time, treated, post_from)
    x = np.column_stack([np.ones(len(data)), data["post"], data["treated"],
                         data["post"] * data["treated"]])
    y = data["y"].to_numpy()
    model = Ols(y, x)
    classical_fit = model.classical()
    classical = _coef_table(classical_fit)

    units_treated = data.loc[data["treated"] == 1.0, "unit"].nunique()
    units_comparison = data.loc[data["treated"] == 0.0, "unit"].nunique()
    n_clusters = int(data["unit"].nunique())
    clustered = None
    if units_treated >= 2 and units_comparison >= 2:
        clustered_fit = model.clustered(pd.factorize(data["unit"])[0])
        clustered = _coef_table(clustered_fit)
    elif cluster:
        raise KZError("too_few_clusters", column=unit,
                      detail=f"{units_treated} treated, {units_comparison} comparison")

    notes = []
    if cluster and n_clusters < FEW_CLUSTERS:
        notes.append("few_clusters")
    if not cluster and n_clusters > 2 and len(data) > n_clusters:
        notes.append("classical_ignores_clustering")
    counts = data.groupby("unit").size()
    if counts.nunique() > 1:
        notes.append("unbalanced_panel")
    pre_periods = data.loc[data["post"] == 0.0, "time"].nunique()
    if pre_periods < 2:
        notes.append("single_pre_period")
    pretrend = _pretrend_test(data) if pre_periods >= 3 else {}
    if pretrend and pretrend["p"] < ALPHA_LEVEL:
        notes.append("pretrends_differ")

    means = data.groupby(["treated", "post"])["y"].mean()
    cell_means = pd.DataFrame(
        [[means[(0.0, 0.0)], means[(0.0, 1.0)]], [means[(1.0, 0.0)], means[(1.0, 1.0)]]],
        index=["comparison", "treated"], columns=["before", "after"])
    return DidResult(
        outcome=outcome, post_from=post_from, cluster=cluster,
        table=clustered if (cluster and clustered is not None) else classical,
        classical=classical, clustered=clustered, n=len(data), n_clusters=n_clusters,
        n_treated_units=int(units_treated), n_comparison_units=int(units_comparison),
        df_resid=float(classical_fit.df_resid), r_squared=float(classical_fit.rsquared),
        cell_means=cell_means, treated_units=tuple(sorted(treated_ids)), notes=tuple(notes),
        pretrend=pretrend)


def _pretrend_test(data: pd.DataFrame) -> dict[str, float]:
    """Slope difference treated − comparison before the programme (period rank as time)."""
    pre = data[data["post"] == 0.0]
    order = {t: i for i, t in enumerate(sorted(pre["time"].unique(), key=period_sort_key))}
    rank = pre["time"].map(order).astype(float).to_numpy()
    trt = pre["treated"].to_numpy()
    x = np.column_stack([np.ones(len(pre)), rank, trt, rank * trt])
    fit = Ols(pre["y"].to_numpy(), x).classical()
    if fit.df_resid <= 0 or not math.isfinite(float(fit.bse[3])):
        return {}
    if float(fit.ssr) <= 1e-12 * max(float(np.sum((pre["y"] - pre["y"].mean()) ** 2)), 1e-300):
        return {}  # an exact fit: no residual variation to test against
    return {"slope_diff": float(fit.params[3]), "se": float(fit.bse[3]),
            "p": float(fit.pvalues[3])}


def period_sort_key(value: Any) -> tuple[int, float, str]:
    try:
        return (0, float(value), "")
    except (TypeError, ValueError):
        return (1, 0.0, str(value))


def pre_trends(panel: pd.DataFrame, outcome: str, unit: str, time: str,
               treated: str | Iterable[Any], post_from: Any) -> pd.DataFrame:
    """Mean outcome per period for treated and comparison units (the pre-trend chart's data).

    Columns: time, treated_mean, comparison_mean, difference (treated − comparison), treated_n,
    comparison_n, post (bool). Sorted by time. Parallel lines before `post_from` support the
    parallel-trends assumption; diverging ones undermine it.
    """
    data, _ = _prepare(panel, outcome, unit, time, treated, post_from)
    grouped = data.groupby(["time", "treated"])["y"].agg(["mean", "size"]).unstack("treated")
    times = sorted(grouped.index, key=period_sort_key)
    grouped = grouped.reindex(times)
    out = pd.DataFrame({
        "time": times,
        "treated_mean": grouped[("mean", 1.0)].to_numpy() if ("mean", 1.0) in grouped else np.nan,
        "comparison_mean": grouped[("mean", 0.0)].to_numpy() if ("mean", 0.0) in grouped
        else np.nan,
        "treated_n": grouped[("size", 1.0)].fillna(0).astype(int).to_numpy()
        if ("size", 1.0) in grouped else 0,
        "comparison_n": grouped[("size", 0.0)].fillna(0).astype(int).to_numpy()
        if ("size", 0.0) in grouped else 0,
    })
    out["difference"] = out["treated_mean"] - out["comparison_mean"]
    out["post"] = _post_flags(out["time"], post_from).to_numpy()
    return out[["time", "treated_mean", "comparison_mean", "difference", "treated_n",
                "comparison_n", "post"]]


def read_effect(result: DidResult, lang: str = "en") -> str:
    """The plain-language reading of β3 in en/ru/kk (numbers formatted for the language)."""
    if lang not in ("en", "ru", "kk"):
        lang = "en"
    row = result.table.loc["post_treated"]

    def num(value: float, decimals: int = 2) -> str:
        return format_number(float(value), lang, decimals)

    b3 = float(row["coef"])
    parts = [READING["effect"][lang].format(
        b3=num(b3), abs_b3=num(abs(b3)), direction=READING["more" if b3 >= 0 else "less"][lang],
        post=result.post_from, outcome=result.outcome, lo=num(row["ci_low"]),
        hi=num(row["ci_high"]), p=num(row["p"], 4),
        se_kind=READING["cluster" if result.cluster else "classical"][lang], n=result.n)]
    significant = bool(row["p"] < ALPHA_LEVEL)
    parts.append(READING["significant" if significant else "not_significant"][lang])
    parts.append(READING["parallel"][lang].format(post=result.post_from))
    for note in result.notes:
        template = READING.get(note, {}).get(lang)
        if template:
            parts.append(template.format(post=result.post_from, g=result.n_clusters,
                                         few=FEW_CLUSTERS,
                                         pp=num(result.pretrend.get("p", math.nan), 4)))
    return " ".join(parts)


def split_ids(text: str) -> list[str]:
    """'A, B;C' → ['A', 'B', 'C'] (the CLI's --treated-units and --columns lists)."""
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def parse_period(text: str) -> Any:
    """A period typed by a person: 2020 → int, "2020,5" → float, "2020-Q1" stays text.

    >>> parse_period("2020"), parse_period("2020,5"), parse_period("2020-Q1")
    (2020, 2020.5, '2020-Q1')
    """
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return text
