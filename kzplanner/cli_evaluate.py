"""The `kzplanner evaluate` sub-commands: difference-in-differences and correlations from a file."""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from kzplanner.console import json_safe, write_stdout

LANGS = ("kk", "ru", "en")


def add_evaluate_parser(sub: Any) -> argparse.ArgumentParser:
    """Register `evaluate did` and `evaluate corr` under the main parser's sub-commands."""
    evaluate = sub.add_parser("evaluate", help="estimate effects after a programme (DiD, "
                                               "correlations)")
    kinds = evaluate.add_subparsers(dest="evaluate_command", required=True)

    did = kinds.add_parser(
        "did", help="difference-in-differences: Y = α + β1·Post + β2·Treated + β3·Post·Treated")
    did.add_argument("--data", required=True, metavar="PANEL.xlsx|csv",
                     help="one row per unit × period")
    did.add_argument("--outcome", required=True, metavar="COL", help="outcome column")
    did.add_argument("--unit", required=True, metavar="COL", help="unit id column")
    did.add_argument("--time", required=True, metavar="COL", help="period column (e.g. year)")
    treated = did.add_mutually_exclusive_group(required=True)
    treated.add_argument("--treated", metavar="COL", help="column: 1/yes for treated units")
    treated.add_argument("--treated-units", metavar="A,B,..", help="treated unit ids")
    did.add_argument("--post-from", required=True, metavar="PERIOD",
                     help="first period after the programme started (Post = time ≥ PERIOD)")
    did.add_argument("--cluster", action="store_true",
                     help="report standard errors clustered by unit")
    did.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first)")
    did.add_argument("--lang", choices=LANGS, default="en", help="language of the reading")
    did.add_argument("--json", action="store_true", help="print JSON to stdout")

    corr = kinds.add_parser("corr", help="correlation matrix with p-values and n")
    corr.add_argument("--data", required=True, metavar="FILE", help="table (.xlsx/.csv)")
    corr.add_argument("--columns", required=True, metavar="A,B,C", help="columns to correlate")
    corr.add_argument("--method", choices=("pearson", "spearman"), default="pearson")
    corr.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first)")
    corr.add_argument("--lang", choices=LANGS, default="en", help="language of messages")
    corr.add_argument("--json", action="store_true", help="print JSON to stdout")
    return evaluate


def run_did(args: argparse.Namespace) -> int:
    from kzplanner.core.evaluation import TERM_LABELS, TERMS, estimate_did, parse_period, split_ids
    from kzplanner.core.io.read.actuals import read_panel

    columns = [args.unit, args.time, args.outcome] + ([args.treated] if args.treated else [])
    panel = read_panel(args.data, columns, numeric=[args.outcome], sheet=args.sheet)
    treated: Any = args.treated if args.treated else set(split_ids(args.treated_units))
    result = estimate_did(panel, args.outcome, args.unit, args.time, treated,
                          parse_period(args.post_from), cluster=args.cluster)
    if args.json:
        write_stdout(json.dumps(json_safe(result.to_dict()), ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    se_kind = "cluster-robust (by unit)" if args.cluster else "classical"
    lines = [
        f"Difference-in-differences: {args.outcome} = α + β1·Post + β2·Treated + "
        f"β3·Post·Treated  (Post: {args.time} ≥ {result.post_from})",
        f"n = {result.n}, units = {result.n_clusters} (treated {result.n_treated_units}, "
        f"comparison {result.n_comparison_units}), standard errors: {se_kind}, "
        f"R² = {result.r_squared:.4f}",
        "",
        f"{'term':<32}{'coef':>11}{'se':>11}{'t':>10}{'p':>9}   95% CI",
    ]
    for term in TERMS:
        row = result.table.loc[term]
        lines.append(f"{TERM_LABELS[term][lang]:<32}{row['coef']:>11.4f}{row['se']:>11.4f}"
                     f"{row['t']:>10.4f}{row['p']:>9.4f}   [{row['ci_low']:.4f}, "
                     f"{row['ci_high']:.4f}]")
    means = result.cell_means
    lines += ["", f"{'cell means':<32}{'before':>11}{'after':>11}"]
    for name in means.index:
        lines.append(f"{name:<32}{means.loc[name, 'before']:>11.4f}"
                     f"{means.loc[name, 'after']:>11.4f}")
    lines += ["", result.reading(lang)]
    write_stdout("\n".join(lines))
    return 0


def run_corr(args: argparse.Namespace) -> int:
    from kzplanner.core.correlation import correlations
    from kzplanner.core.evaluation import split_ids
    from kzplanner.core.io.read.actuals import read_panel

    columns = split_ids(args.columns)
    frame = read_panel(args.data, columns, numeric=columns, sheet=args.sheet)
    r, p, n = correlations(frame, columns, method=args.method)
    if args.json:
        def matrix(m: Any) -> dict[str, dict[str, Any]]:
            return {a: {b: m.loc[a, b] for b in columns} for a in columns}

        payload = {"method": args.method, "columns": columns, "r": matrix(r), "p": matrix(p),
                   "n": matrix(n)}
        write_stdout(json.dumps(json_safe(payload), ensure_ascii=False, indent=2))
        return 0
    width = max(12, *(len(c) + 2 for c in columns))
    lines = [f"{args.method.capitalize()} correlations (pairwise-complete rows)"]
    for title, m, fmt in (("r", r, "{:.4f}"), ("p-value", p, "{:.4f}"), ("n", n, "{:d}")):
        lines += ["", f"{title:<{width}}" + "".join(f"{c:>{width}}" for c in columns)]
        for a in columns:
            cells = []
            for b in columns:
                v = m.loc[a, b]
                cells.append("—" if isinstance(v, float) and math.isnan(v) else fmt.format(v))
            lines.append(f"{a:<{width}}" + "".join(f"{c:>{width}}" for c in cells))
    write_stdout("\n".join(lines))
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    """Dispatch `evaluate did|corr`; KZError propagates to cli.main (message on stderr, exit 2)."""
    if args.evaluate_command == "did":
        return run_did(args)
    return run_corr(args)
