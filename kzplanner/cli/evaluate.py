"""The `kzplanner evaluate` sub-commands: difference-in-differences and correlations from a file."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kzplanner.cli.common import LANGS
from kzplanner.console import json_safe, write_stdout


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
    from kzplanner.app.evaluate import run_did as estimate
    from kzplanner.app.evaluate_text import did_text
    from kzplanner.core.evaluation import parse_period, split_ids

    treated: Any = args.treated if args.treated else set(split_ids(args.treated_units))
    out = estimate(args.data, args.outcome, args.unit, args.time, treated,
                   parse_period(args.post_from), args.cluster, sheet=args.sheet, trends=False)
    if args.json:
        write_stdout(json.dumps(json_safe(out.result.to_dict()), ensure_ascii=False, indent=2))
        return 0
    write_stdout(did_text(out.result, args.outcome, args.time, args.cluster, args.lang))
    return 0


def run_corr(args: argparse.Namespace) -> int:
    from kzplanner.app.evaluate import correlations_payload, run_correlations
    from kzplanner.app.evaluate_text import correlations_text
    from kzplanner.core.evaluation import split_ids

    columns = split_ids(args.columns)
    r, p, n = run_correlations(args.data, columns, args.method, sheet=args.sheet)
    if args.json:
        payload = correlations_payload(r, p, n, columns, args.method)
        write_stdout(json.dumps(json_safe(payload), ensure_ascii=False, indent=2))
        return 0
    write_stdout(correlations_text(r, p, n, columns, args.method, args.lang))
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    """Dispatch `evaluate did|corr`; KZError propagates to cli.main (message on stderr, exit 2)."""
    if args.evaluate_command == "did":
        return run_did(args)
    return run_corr(args)
