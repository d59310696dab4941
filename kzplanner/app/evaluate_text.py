"""`kzplanner evaluate did|corr` as text in one language: every heading from the string
catalogue (strings ev.*), every number in the language's format (issue 20)."""

from __future__ import annotations

import math
from typing import Any

from kzplanner.app.strings import tr
from kzplanner.core.formatting import format_number


def _num(value: Any, lang: str, decimals: int = 4) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return format_number(float(value), lang, decimals)


def _table(rows: list[list[str]]) -> list[str]:
    """Rows of cells aligned: the first column left, the others right."""
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    return ["  ".join([r[0].ljust(widths[0])] + [r[c].rjust(widths[c])
                                                  for c in range(1, len(r))]).rstrip()
            for r in rows]


def did_text(result: Any, outcome: str, time: str, cluster: bool, lang: str) -> str:
    """The estimate as `kzplanner evaluate did` prints it: model, counts, the coefficient
    table, the cell means and the plain-language reading."""
    from kzplanner.core.evaluation import TERM_LABELS, TERMS

    se_kind = tr("ev.se_cluster" if cluster else "ev.se_classical", lang)
    lines = [tr("ev.did_title", lang, outcome=outcome, time=time, post=result.post_from),
             tr("ev.did_counts", lang, n=result.n, units=result.n_clusters,
                treated=result.n_treated_units, comparison=result.n_comparison_units,
                se=se_kind, r2=_num(result.r_squared, lang)),
             ""]
    rows = [[tr("ev.term", lang), tr("ev.coef", lang), tr("ev.se", lang), "t", "p",
             tr("ev.ci", lang)]]
    for term in TERMS:
        row = result.table.loc[term]
        rows.append([TERM_LABELS[term][lang], _num(row["coef"], lang), _num(row["se"], lang),
                     _num(row["t"], lang), _num(row["p"], lang),
                     f"[{_num(row['ci_low'], lang)}; {_num(row['ci_high'], lang)}]"])
    lines += _table(rows)
    means = result.cell_means
    rows = [[tr("ev.cell_means", lang), tr("ev.before", lang), tr("ev.after", lang)]]
    for name in means.index:
        rows.append([tr(f"ev.group_{name}", lang), _num(means.loc[name, "before"], lang),
                     _num(means.loc[name, "after"], lang)])
    lines += ["", *_table(rows), "", result.reading(lang)]
    return "\n".join(lines)


def correlations_text(r: Any, p: Any, n: Any, columns: list[str], method: str,
                      lang: str = "en") -> str:
    """The r, p-value and n matrices as aligned text (what `evaluate corr` prints)."""
    lines = [tr(f"ev.corr_{method}", lang)]
    for title, m, decimals in (("r", r, 4), (tr("ev.p_value", lang), p, 4), ("n", n, 0)):
        rows = [[title, *columns]]
        rows += [[a, *(_num(m.loc[a, b], lang, decimals) for b in columns)] for a in columns]
        lines += ["", *_table(rows)]
    return "\n".join(lines)
