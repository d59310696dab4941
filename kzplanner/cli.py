"""Headless sub-commands over the core functions; no sub-command here opens a window."""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from kzplanner import __version__
from kzplanner.core.feedback import Feedback
from kzplanner.errors import KZError

LANGS = ("kk", "ru", "en")
CLI_STRATEGIES = {"max-impact": "max_impact", "proportional": "proportional"}


class TerminalFeedback(Feedback):
    """Progress on stderr when it is a terminal; silent otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self._tty = bool(sys.stderr and sys.stderr.isatty())

    def report(self, fraction: float, stage: str) -> None:
        if self._tty:
            sys.stderr.write(f"\r{fraction:4.0%} {stage:<20}")
            if fraction >= 1.0:
                sys.stderr.write("\n")
            sys.stderr.flush()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzplanner",
        description="KZ Planner: institutional digital access and voucher budgets for "
                    "Kazakhstan's regions. Without a sub-command, opens the window on the "
                    "bundled (illustrative) sample.")
    parser.add_argument("--version", action="version", version=f"KZ Planner {__version__}")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the main window (on the bundled sample)")
    gui.add_argument("--lang", choices=LANGS, default=None,
                     help="interface language (default: the last one used, else ru)")
    gui.add_argument("--screenshot", metavar="PATH",
                     help="render the window with the sample plan, save a PNG and exit")

    plan = sub.add_parser("plan", help="allocate a budget and write the plan workbook")
    data = plan.add_argument_group("data (default: the bundled illustrative sample)")
    data.add_argument("--boundaries", metavar="PATH", help="GeoPackage, shapefile or GeoJSON")
    data.add_argument("--stats", metavar="PATH", help="statistics workbook (.xlsx/.xls/.csv)")
    data.add_argument("--institutions", metavar="PATH", help="institution register")
    plan.add_argument("--budget", type=float, required=True, metavar="AMOUNT",
                      help="budget in tenge, e.g. 2000000000")
    plan.add_argument("--strategy", choices=sorted(CLI_STRATEGIES), default="max-impact")
    plan.add_argument("--equity", type=float, default=0.0, metavar="L",
                      help="equity weight λ ≥ 0 (0 = most people reached)")
    plan.add_argument("--out", metavar="PLAN.xlsx", help="write the Excel plan here")
    plan.add_argument("--lang", choices=LANGS, default="ru", help="language of the workbook")
    plan.add_argument("--json", action="store_true", help="print a JSON summary to stdout")
    return parser


def _clean(value: Any) -> Any:
    """JSON-safe copy: NaN and infinities become null."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def run_plan(args: argparse.Namespace) -> int:
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.io.plan_workbook import write_plan_workbook
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    if args.stats is None and (args.boundaries or args.institutions):
        raise KZError("bad_parameter", column="--stats",
                      detail="give --stats together with --boundaries or --institutions")
    feedback = TerminalFeedback()
    with feedback.sub(0.0, 0.4):
        ds = load_dataset(args.boundaries, args.stats, args.institutions, feedback=feedback)
    params = PlanParams(budget_kzt=args.budget, strategy=CLI_STRATEGIES[args.strategy],
                        equity=args.equity)
    with feedback.sub(0.4, 0.9):
        result = make_plan(ds, params, feedback=feedback)
    summary = dict(result.summary)
    if args.out:
        path = write_plan_workbook(args.out, ds, result, lang=args.lang)
        summary["workbook"] = str(path)
        feedback.progress(1.0, "written")
    summary["illustrative_data"] = ds.illustrative
    summary["units"] = len(ds.units)
    if args.json:
        _write_stdout(json.dumps(_clean(summary), ensure_ascii=False, indent=2))
    else:
        from kzplanner.core.formatting import format_kzt, format_number

        lang = args.lang
        lines = [
            f"strategy: {summary['strategy']}",
            f"budget:   {format_kzt(summary['budget'], lang)}",
            f"spent:    {format_kzt(summary['spent'], lang)}",
            f"unspent:  {format_kzt(summary['unspent'], lang)} ({summary['unspent_reason']})",
            "people newly with access: "
            + format_number(summary["people_newly_with_access"]["total"], lang),
            f"combined gap: {summary['combined_gap_before']:.1f} → "
            f"{summary['combined_gap_after']:.1f}",
        ]
        if args.out:
            lines.append(f"workbook: {summary['workbook']}")
        _write_stdout("\n".join(lines))
    return 0


def _write_stdout(text: str) -> None:
    """Print, even in a windowed build without a console (stdout is None there)."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.write(text + "\n")
    except UnicodeEncodeError:
        sys.stdout.buffer.write((text + "\n").encode("utf-8"))
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in (None, "gui"):
            from kzplanner.gui.app import run

            return run(lang=getattr(args, "lang", None), screenshot=getattr(args, "screenshot",
                                                                            None))
        if args.command == "plan":
            return run_plan(args)
    except KZError as exc:
        lang = getattr(args, "lang", None) or "en"
        if sys.stderr is not None:
            sys.stderr.write(f"kzplanner: {exc.message(lang)}\n")
        return 2
    parser.error(f"unknown command {args.command}")
    return 2
