"""Effect estimation after a programme: difference-in-differences, correlations, gender gaps.

The design follows seed 001 (Qainar Journal of Social Science 4(2), 2025, Table 1 and Figures
2-3): Y_it = α + β1·Post_t + β2·Treated_i + β3·Post_t·Treated_i + ε_it, estimated by ordinary
least squares with statsmodels; correlations are scipy's Pearson / Spearman on pairwise-complete
observations. See docs/evaluation.md for the formulas and caveats.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from kzplanner.core.formatting import format_number
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
FEMALE_SUFFIXES: tuple[str, ...] = ("_female", "_women", "_f")
MALE_SUFFIXES: tuple[str, ...] = ("_male", "_men", "_m")


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


def _coef_table(fit: Any) -> pd.DataFrame:
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
    """Fit Y = α + β1·Post + β2·Treated + β3·Post·Treated + ε by OLS (statsmodels).

    `panel` has one row per unit × period. `treated` is a column (1/0, yes/no; fixed per unit)
    or a set of unit ids; Post = `time` ≥ `post_from`. Classical standard errors are σ̂²(X'X)⁻¹
    with n − 4 degrees of freedom; cluster-robust ones cluster by unit (statsmodels' small-sample
    correction, t with G − 1 degrees of freedom). Rows with a missing outcome are dropped.

    >>> panel = pd.DataFrame({"u": list("aabb") * 2, "t": [1, 2] * 4,
    ...                       "y": [1.0, 2.0, 1.0, 4.0, 1.2, 2.2, 0.8, 3.8]})
    >>> round(estimate_did(panel, "y", "u", "t", {"b"}, post_from=2).effect, 6)  # (3.9-0.9)-(2.1-1.1)
    2.0
    """
    import statsmodels.api as sm

    data, treated_ids = _prepare(panel, outcome, unit, time, treated, post_from)
    x = np.column_stack([np.ones(len(data)), data["post"], data["treated"],
                         data["post"] * data["treated"]])
    y = data["y"].to_numpy()
    model = sm.OLS(y, x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        classical_fit = model.fit()
    classical = _coef_table(classical_fit)

    units_treated = data.loc[data["treated"] == 1.0, "unit"].nunique()
    units_comparison = data.loc[data["treated"] == 0.0, "unit"].nunique()
    n_clusters = int(data["unit"].nunique())
    clustered = None
    if units_treated >= 2 and units_comparison >= 2:
        groups = pd.factorize(data["unit"])[0]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            clustered_fit = model.fit(cov_type="cluster", cov_kwds={"groups": groups},
                                      use_t=True)
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
    import statsmodels.api as sm

    pre = data[data["post"] == 0.0]
    order = {t: i for i, t in enumerate(sorted(pre["time"].unique(), key=_sort_key))}
    rank = pre["time"].map(order).astype(float).to_numpy()
    trt = pre["treated"].to_numpy()
    x = np.column_stack([np.ones(len(pre)), rank, trt, rank * trt])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fit = sm.OLS(pre["y"].to_numpy(), x).fit()
    if fit.df_resid <= 0 or not math.isfinite(float(fit.bse[3])):
        return {}
    if float(fit.ssr) <= 1e-12 * max(float(np.sum((pre["y"] - pre["y"].mean()) ** 2)), 1e-300):
        return {}  # an exact fit: no residual variation to test against
    return {"slope_diff": float(fit.params[3]), "se": float(fit.bse[3]),
            "p": float(fit.pvalues[3])}


def _sort_key(value: Any) -> tuple[int, float, str]:
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
    times = sorted(grouped.index, key=_sort_key)
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


_READING: dict[str, dict[str, str]] = {
    "effect": {
        "en": "β3 = {b3}: from {post} on, “{outcome}” changed by {abs_b3} {direction} in the treated "
              "units than in the comparison units (95 % CI {lo} to {hi}; p = {p}; {se_kind}; "
              "n = {n}).",
        "ru": "β3 = {b3}: начиная с {post} показатель «{outcome}» у участников изменился на {abs_b3} "
              "{direction}, чем в группе сравнения (95 % ДИ от {lo} до {hi}; p = {p}; {se_kind}; "
              "n = {n}).",
        "kk": "β3 = {b3}: {post} бастап «{outcome}» көрсеткіші қатысушыларда салыстыру тобына "
              "қарағанда {abs_b3} {direction} өзгерді (95 % СА: {lo} … {hi}; p = {p}; {se_kind}; "
              "n = {n}).",
    },
    "more": {"en": "more", "ru": "больше", "kk": "көбірек"},
    "less": {"en": "less", "ru": "меньше", "kk": "азырақ"},
    "classical": {"en": "classical standard errors", "ru": "классические стандартные ошибки",
                  "kk": "классикалық стандартты қателер"},
    "cluster": {"en": "standard errors clustered by unit",
                "ru": "стандартные ошибки, кластеризованные по единицам",
                "kk": "бірліктер бойынша кластерленген стандартты қателер"},
    "significant": {
        "en": "The difference is statistically significant at the 5 % level.",
        "ru": "Различие статистически значимо на уровне 5 %.",
        "kk": "Айырмашылық 5 % деңгейінде статистикалық тұрғыдан маңызды.",
    },
    "not_significant": {
        "en": "The difference is not statistically significant at the 5 % level: the data are "
              "consistent with no effect.",
        "ru": "Различие статистически незначимо на уровне 5 %: данные не противоречат отсутствию "
              "эффекта.",
        "kk": "Айырмашылық 5 % деңгейінде статистикалық тұрғыдан маңызды емес: деректер әсердің "
              "болмауына қайшы келмейді.",
    },
    "parallel": {
        "en": "This is the programme's effect only if, without it, both groups would have changed "
              "in parallel (the parallel-trends assumption) and nothing else changed for one group "
              "only at the same time. Check the pre-trend chart: before {post} the two lines should "
              "run side by side.",
        "ru": "Это эффект программы, только если без неё обе группы менялись бы параллельно "
              "(допущение о параллельных трендах) и в то же время ничто другое не изменилось лишь "
              "для одной группы. Проверьте график предварительных трендов: до {post} линии должны "
              "идти параллельно.",
        "kk": "Бұл бағдарламаның әсері болып саналады, тек егер онсыз екі топ та параллель өзгерсе "
              "(параллель трендтер болжамы) және сол уақытта тек бір топ үшін басқа ештеңе "
              "өзгермесе. Алдын ала трендтер графигін тексеріңіз: {post} дейін екі сызық қатар "
              "жүруі керек.",
    },
    "few_clusters": {
        "en": "Only {g} units: cluster-robust standard errors are unreliable with fewer than about "
              "{few} clusters and tend to be too small; read the p-value with caution.",
        "ru": "Всего {g} единиц: кластеризованные стандартные ошибки ненадёжны, когда кластеров "
              "меньше примерно {few}, и обычно занижены; осторожно трактуйте p-значение.",
        "kk": "Барлығы {g} бірлік: кластерлер шамамен {few}-дан аз болғанда кластерленген "
              "стандартты қателер сенімсіз және әдетте тым кіші; p-мәнін сақтықпен түсіндіріңіз.",
    },
    "classical_ignores_clustering": {
        "en": "Classical standard errors treat every unit-period as independent; repeated "
              "measurements of the same unit are usually correlated, so they can overstate "
              "precision. Prefer cluster-robust ones when there are enough units.",
        "ru": "Классические стандартные ошибки считают все наблюдения независимыми; повторные "
              "измерения одной единицы обычно коррелированы, поэтому точность может быть "
              "завышена. При достаточном числе единиц используйте кластеризованные ошибки.",
        "kk": "Классикалық стандартты қателер әр бақылауды тәуелсіз деп санайды; бір бірліктің "
              "қайталанған өлшемдері әдетте өзара байланысты, сондықтан дәлдік асыра бағалануы "
              "мүмкін. Бірліктер жеткілікті болса, кластерленген қателерді қолданыңыз.",
    },
    "pretrends_differ": {
        "en": "Warning: before {post} the treated and comparison units already moved differently "
              "(slope difference p = {pp}); the parallel-trends assumption is doubtful.",
        "ru": "Внимание: до {post} участники и группа сравнения уже менялись по-разному (разница "
              "наклонов, p = {pp}); допущение о параллельных трендах сомнительно.",
        "kk": "Назар аударыңыз: {post} дейін қатысушылар мен салыстыру тобы әртүрлі өзгерген "
              "(еңістер айырмасы, p = {pp}); параллель трендтер болжамы күмәнді.",
    },
    "single_pre_period": {
        "en": "There is only one period before {post}, so parallel trends cannot be checked.",
        "ru": "До {post} есть только один период, поэтому параллельность трендов проверить нельзя.",
        "kk": "{post} дейін тек бір кезең бар, сондықтан трендтердің параллельдігін тексеру мүмкін "
              "емес.",
    },
}


def read_effect(result: DidResult, lang: str = "en") -> str:
    """The plain-language reading of β3 in en/ru/kk (numbers formatted for the language)."""
    if lang not in ("en", "ru", "kk"):
        lang = "en"
    row = result.table.loc["post_treated"]

    def num(value: float, decimals: int = 2) -> str:
        return format_number(float(value), lang, decimals)

    b3 = float(row["coef"])
    parts = [_READING["effect"][lang].format(
        b3=num(b3), abs_b3=num(abs(b3)), direction=_READING["more" if b3 >= 0 else "less"][lang],
        post=result.post_from, outcome=result.outcome, lo=num(row["ci_low"]),
        hi=num(row["ci_high"]), p=num(row["p"], 4),
        se_kind=_READING["cluster" if result.cluster else "classical"][lang], n=result.n)]
    significant = bool(row["p"] < ALPHA_LEVEL)
    parts.append(_READING["significant" if significant else "not_significant"][lang])
    parts.append(_READING["parallel"][lang].format(post=result.post_from))
    for note in result.notes:
        template = _READING.get(note, {}).get(lang)
        if template:
            parts.append(template.format(post=result.post_from, g=result.n_clusters,
                                         few=FEW_CLUSTERS,
                                         pp=num(result.pretrend.get("p", math.nan), 4)))
    return " ".join(parts)


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
        for t in sorted(means.index, key=_sort_key):
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
