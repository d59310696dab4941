"""Headless sub-commands over the core functions; no sub-command here opens a window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from kzplanner import __version__
from kzplanner.cli.common import (
    CLI_STRATEGIES,
    LANGS,
    Parser,
    TerminalFeedback,
    amount,
    refuse_doubts,
    strategy_id,
)
from kzplanner.console import json_safe, require_stats_with_data, setup_console, write_stdout
from kzplanner.core.memory import large_blocks_apart
from kzplanner.errors import KZError

__all__ = ["CLI_STRATEGIES", "LANGS", "TerminalFeedback", "build_parser", "main",
           "refuse_doubts", "run_plan", "text_summary"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kzplanner",
        description="KZ Planner: institutional digital access and voucher budgets for "
                    "Kazakhstan's regions. Without a sub-command, opens the window on the "
                    "bundled (illustrative) sample.")
    parser.add_argument("--version", action="version", version=f"KZ Planner {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    gui = sub.add_parser("gui", help="open the main window (on the bundled sample, a project "
                                     "or data files)")
    gui.add_argument("project", nargs="?", metavar="PROJECT.kzp",
                     help="open this project (as File → Open does)")
    from kzplanner.cli.data import Repeated, add_stats_options

    add_stats_options(gui)
    gui.add_argument("--boundaries", metavar="PATH",
                     help="… with these boundaries (GeoPackage, shapefile, GeoJSON); without "
                          "them, the statistics are joined to the bundled map")
    gui.add_argument("--institutions", metavar="PATH", help="… and this institution register")
    gui.add_argument("--lang", choices=LANGS, default=None,
                     help="interface language (default: the last one used, else ru)")
    gui.add_argument("--settlements", metavar="PATH",
                     help="… and this settlement layer (OSM/HOT export or a KATO list)")
    gui.add_argument("--screenshot", metavar="PATH",
                     help="render the window with its first plan, save a PNG and exit")

    plan = sub.add_parser("plan", help="allocate a budget and write the plan workbook")
    data = plan.add_argument_group("data (default: the bundled illustrative sample)")

    data.add_argument("--boundaries", metavar="PATH", help="GeoPackage, shapefile or GeoJSON")
    add_stats_options(data, mapping=False)
    data.add_argument("--institutions", metavar="PATH", help="institution register")
    data.add_argument("--layer", metavar="NAME", help="layer of a GeoPackage with several")
    data.add_argument("--mapping", metavar="FILE.json", action=Repeated,
                      help="a saved column mapping (from the import wizard or `check`)")
    from kzplanner.cli.coverage import add_coverage_parser, add_settlement_options

    add_settlement_options(data)
    plan.add_argument("--params", metavar="PARAMS.toml",
                      help="parameters file (costs, take-up, weights, limits); the options "
                           "below override it")
    plan.add_argument("--budget", metavar="AMOUNT",
                      help="budget in tenge, e.g. \"2 000 000 000\" or 2000000000 (required "
                           "without --params)")
    plan.add_argument("--strategy", choices=sorted(CLI_STRATEGIES), default=None,
                      help="default: the parameters file's, else max-impact")
    plan.add_argument("--equity", type=float, default=None, metavar="L",
                      help="equity weight λ ≥ 0 (0 = most people reached)")
    plan.add_argument("--sweep", action="store_true",
                      help="print only the impact-versus-budget curve (0 … 2× budget)")
    plan.add_argument("--save-params", metavar="PARAMS.toml",
                      help="write the parameters used to this file")
    from kzplanner.cli.project import add_project_options, add_project_parsers

    add_project_options(plan)
    add_project_parsers(sub)
    plan.add_argument("--out", metavar="PLAN.xlsx", help="write the Excel plan here")
    plan.add_argument("--lang", choices=LANGS, default="ru", help="language of the workbook")
    plan.add_argument("--json", action="store_true", help="print a JSON summary to stdout")
    plan.add_argument("--accept-warnings", action="store_true",
                      help="plan even when the statistics' totals or joins did not check out "
                           "(the outputs then lead with what failed)")
    from kzplanner.cli.evaluate import add_evaluate_parser

    add_evaluate_parser(sub)
    from kzplanner.cli.data import add_parsers as add_data_parsers

    add_data_parsers(sub)
    from kzplanner.cli.map import add_map_parser

    add_map_parser(sub)
    add_coverage_parser(sub)
    return parser


def text_summary(summary: dict[str, Any], lang: str) -> str:
    """The plan's summary as aligned lines in the workbook's language (its summary sheet's
    labels), for `kzplanner plan` without --json."""
    from kzplanner.core.catalogue import label
    from kzplanner.core.formatting import format_kzt, format_number
    from kzplanner.core.planning.summary_text import (
        area_lines,
        exchange_rate_text,
        headline,
        measure_lines,
        objective_text,
    )

    # Each measure on its own line with its own ₸ per unit; no total across measures.
    objective = summary.get("objective", {})
    rows = [
        (label("strategy", lang), label(summary["strategy"], lang)),
        (label("objective", lang), objective_text(summary, lang)),
        (label("exchange_rate", lang), exchange_rate_text(objective.get("weights", {}), lang)),
        (label("budget", lang), format_kzt(summary["budget"], lang)),
        (label("spent", lang), format_kzt(summary["spent"], lang)),
        (label("unspent", lang), format_kzt(summary["unspent"], lang)
         + ("" if summary["unspent_reason"] == "none"
            else f" ({label('reason.' + summary['unspent_reason'], lang)})")),
        (label("headline", lang), headline(summary, lang)),
        *measure_lines(summary, lang),
        (label("combined_gap", lang), f"{format_number(summary['combined_gap_before'], lang, 1)}"
                                      f" → {format_number(summary['combined_gap_after'], lang, 1)}"),
        *area_lines(summary, lang),
    ]
    from kzplanner.cli.coverage import plan_coverage_lines

    rows += plan_coverage_lines(summary, lang)
    if summary.get("workbook"):
        rows.append((label("workbook", lang), str(summary["workbook"])))
    width = max(len(name) for name, _ in rows) + 1
    lines = [f"{name + ':':<{width}} {value}" for name, value in rows]
    if summary.get("missing_inputs"):
        from kzplanner.core.reconcile_text import missing_inputs_warning

        lines.insert(0, missing_inputs_warning(summary["missing_inputs"], lang))
    if summary.get("data_doubts"):
        from kzplanner.core.reconcile_text import doubts_warning

        lines.insert(0, "⛔ " + doubts_warning(summary["data_doubts"], lang))
    if summary.get("illustrative_data"):
        lines.insert(0, label("illustrative_warning", lang))
    return "\n".join(lines)


def run_plan(args: argparse.Namespace) -> int:
    """`kzplanner plan`: the options to app.plan (parameters, plan, summary), then printed."""
    from kzplanner.app import plan as workflow

    require_stats_with_data(args.boundaries, args.stats, args.institutions)
    params = workflow.plan_params(args.params, budget=amount(args.budget, "--budget"),
                                  strategy=strategy_id(args.strategy), equity=args.equity)
    feedback = TerminalFeedback(args.lang)
    from kzplanner.cli.data import load_for_args
    from kzplanner.cli.project import dataset_for_plan, store_plan

    with feedback.sub(0.0, 0.3):
        ds = dataset_for_plan(args)
        if ds is None:
            ds, _mapping, _proposal = load_for_args(args, feedback)
        from kzplanner.cli.coverage import with_settlements

        ds = with_settlements(ds, args)
    refused = refuse_doubts(ds, args)
    if refused:
        return refused
    if args.save_params:
        workflow.save_params(args.save_params, params)
    if args.sweep:
        with feedback.sub(0.3, 1.0):
            curve = workflow.plan_curve(ds, params, feedback)
        if args.json:
            write_stdout(json.dumps(json_safe(curve.to_dict(orient="records")),
                                    ensure_ascii=False, indent=2))
        else:
            from kzplanner.app.curve_text import curve_text

            write_stdout(curve_text(curve, args.lang))
        return 0
    with feedback.sub(0.3, 0.6):
        result = workflow.make_plan(ds, params, feedback)
    stored = store_plan(args, ds, params, result)
    summary = workflow.plan_summary(ds, params, result, scenario=stored, workbook=args.out,
                                    lang=args.lang, details=args.json, feedback=feedback)
    if getattr(args, "settlement_layer", None):
        summary["settlement_layer"] = args.settlement_layer
    if args.json:
        write_stdout(json.dumps(json_safe(summary), ensure_ascii=False, indent=2))
    else:
        write_stdout(text_summary(summary, args.lang))
    return 0


def _run_gui(args: argparse.Namespace, open_window: Callable[..., int] | None) -> int:
    from pathlib import Path

    files = {name: getattr(args, name, None) for name in
             ("project", "boundaries", "stats", "institutions", "settlements")}
    for path in files.values():
        if path is not None and not Path(path).is_file():
            raise KZError("file_not_found", file=str(path))
    if files["project"] and any(files[n] for n in ("boundaries", "stats", "institutions")):
        raise KZError("bad_parameter", column="PROJECT.kzp",
                      detail="a project brings its own data: give it or data files, not both")
    require_stats_with_data(files["boundaries"], files["stats"], files["institutions"])
    if files["project"] and getattr(args, "screenshot", None):
        from kzplanner.core.io.read.project_open import open_project

        open_project(files["project"])  # a damaged project: its message now, exit 2
    mapping = None
    from kzplanner.cli.data import read_options, statistics_specs

    sources = statistics_specs(args)  # several --stats: each checked, before any window
    if sources is None and (getattr(args, "sheet", None) is not None
                            or getattr(args, "year", None) is not None
                            or getattr(args, "mapping", None) is not None):
        # a sheet or year the workbook lacks: its error, before any window; else the table of
        # that sheet, read at that year, as the detection proposes it
        mapping, _proposal = read_options(args, detect=True)
    if open_window is None:  # a program calling main() itself, without the composition root
        raise KZError("bad_parameter", column="gui",
                      detail="the window is opened by `python -m kzplanner` (kzplanner.__main__)")
    extra = {"settlements": files["settlements"]} if files["settlements"] else {}
    return open_window(lang=getattr(args, "lang", None), screenshot=getattr(args, "screenshot", None),
               project=files["project"],
               data=(files["boundaries"], files["stats"], files["institutions"]),
               mapping=mapping, sources=sources, **extra)


def main(argv: list[str] | None = None, *, last_resort: bool | None = None,
         open_window: Callable[..., int] | None = None) -> int:
    """Run the command line. Expected failures (KZError, and what the system refused: disk
    full, read-only folder …) are one line on stderr in --lang, exit 2. With `last_resort`
    (the default for the `kzplanner` command itself, i.e. when `argv` is None), any other
    exception is one line too ("unexpected error … details in the log: PATH"), its traceback
    only in the log (cli_log_file), exit 3; a program passing its own `argv` gets it raised.
    `open_window(lang=, screenshot=, project=, data=, mapping=, sources=)` opens the window for
    `kzplanner gui` (kzplanner.__main__ passes gui.app.run; the CLI never imports the gui)."""
    if last_resort is None:
        last_resort = argv is None
    setup_console()  # UTF-8 on Windows consoles and files; characters replaced, never a crash
    large_blocks_apart()  # before the data: core.memory
    parser = build_parser()
    Parser.argv = argv
    args = parser.parse_args(argv)
    try:
        if args.command in (None, "gui"):
            return _run_gui(args, open_window)
        if args.command == "plan":
            return run_plan(args)
        if args.command == "export":
            from kzplanner.cli.project import run_export

            return run_export(args)
        if args.command == "compare":
            from kzplanner.cli.project import run_compare

            return run_compare(args, write_stdout)
        if args.command == "evaluate":
            from kzplanner.cli.evaluate import run_evaluate

            return run_evaluate(args)
        if args.command == "map":
            from kzplanner.cli.map import run_map

            return run_map(args, write_stdout)
        if args.command == "coverage":
            from kzplanner.cli.coverage import run_coverage

            return run_coverage(args, write_stdout)
        if args.command in ("check", "template"):
            from kzplanner.cli.data import run as run_data

            return run_data(args, write_stdout)
    except KZError as exc:
        return _refuse(exc, args)
    except OSError as exc:  # disk full, read-only folder, missing folder … said as such
        from kzplanner.errors import from_os_error

        _log_failure(exc)
        return _refuse(from_os_error(exc), args)
    except KeyboardInterrupt:
        return _refuse(KZError("cancelled"), args, 130)
    except Exception as exc:  # noqa: BLE001 - never a traceback on the terminal
        if not last_resort:
            raise
        log = _log_failure(exc)
        return _refuse(KZError("unexpected_error", file=str(log) if log else "—",
                               detail=type(exc).__name__), args, 3)
    parser.error(f"unknown command {args.command}")
    return 2


def _refuse(exc: KZError, args: argparse.Namespace, code: int = 2) -> int:
    """The error's one line on stderr in --lang; the exit status (2: the input or the system
    refused, 3: an unexpected error, 130: interrupted)."""
    lang = getattr(args, "lang", None) or "en"
    if sys.stderr is not None:
        sys.stderr.write(f"kzplanner: {exc.message(lang)}\n")
    return code


def cli_log_file() -> Any:
    """The command line's log, next to the window's (gui.app.log_file): KZPLANNER_LOG_DIR, else
    the user's log folder for KZ Planner."""
    import os
    from pathlib import Path

    override = os.environ.get("KZPLANNER_LOG_DIR")
    if override:
        return Path(override) / "kzplanner-cli.log"
    from platformdirs import user_log_dir

    return Path(user_log_dir("KZ Planner", appauthor=False)) / "kzplanner-cli.log"


def _log_failure(exc: BaseException) -> Any:
    """Append the traceback to the command line's log (rotated at 1 MB); its path, or None when
    the log cannot be written either."""
    import logging
    from logging.handlers import RotatingFileHandler

    path = cli_log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log = logging.getLogger("kzplanner.cli")
    log.addHandler(handler)
    try:
        log.error("kzplanner %s (%s): %s", " ".join(sys.argv[1:])[:500], __version__,
                  type(exc).__name__, exc_info=exc)
    finally:
        log.removeHandler(handler)
        handler.close()
    return path
