"""`kzplanner map`: the printable map (PNG/PDF) of one indicator, rendered without a window."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import Any

from kzplanner.cli_data import load_for_args
from kzplanner.console import require_stats_with_data
from kzplanner.errors import KZError

SCENARIOS = ("baseline", "projected", "change")
SCHEMES = ("quantiles", "equal_interval", "fisher_jenks", "box_map", "user_defined", "policy")


def add_map_parser(sub: Any, langs: tuple[str, ...], strategies: dict[str, str]) -> None:
    m = sub.add_parser("map", help="write the map of an indicator as PNG or PDF (no window)")
    data = m.add_argument_group("data (default: the bundled illustrative sample)")
    data.add_argument("--boundaries", metavar="PATH", help="GeoPackage, shapefile or GeoJSON")
    from kzplanner.cli_data import add_stats_options

    add_stats_options(data)
    data.add_argument("--institutions", metavar="PATH", help="institution register")
    m.add_argument("--indicator", metavar="NAME", default="combined_gap",
                   help="indicator to map (default: combined_gap; see --list-indicators)")
    m.add_argument("--list-indicators", action="store_true", help="list indicator names and exit")
    m.add_argument("--scenario", choices=SCENARIOS, default="baseline",
                   help="baseline, projected (after the default plan) or change")
    m.add_argument("--budget", type=float, metavar="AMOUNT",
                   help="budget in tenge of the plan for projected/change (default 2e9)")
    m.add_argument("--strategy", choices=sorted(strategies), default=None,
                   help="strategy of the plan for projected/change (default max-impact)")
    m.add_argument("--scheme", choices=SCHEMES, default="quantiles", help="classification")
    m.add_argument("--classes", type=int, default=5, metavar="K", help="number of classes 2–7")
    m.add_argument("--breaks", metavar="B1,B2,…",
                   help="upper class limits for --scheme user_defined, as the legend shows "
                        "them (percent for shares)")
    m.add_argument("--show-institutions", action="store_true",
                   help="draw schools, FAPs and PSCs on the map")
    m.add_argument("--title", help="page title (default: a title in the chosen language)")
    m.add_argument("--paper", choices=("A4", "A3"), default="A4")
    m.add_argument("--portrait", action="store_true", help="portrait page (default landscape)")
    m.add_argument("--dpi", type=int, default=300, help="resolution of a PNG (default 300)")
    m.add_argument("--out", metavar="MAP.png|MAP.pdf", help="output file")
    m.add_argument("--lang", choices=langs, default="ru", help="language of the page")
    m.add_argument("--accept-warnings", action="store_true",
                   help="draw even when the statistics' totals or joins did not check out "
                        "(the page then says so)")


def run_map(args: argparse.Namespace, write: Callable[[str], None],
            strategies: dict[str, str]) -> int:
    from kzplanner.app.display.indicator_values import (
        extra_indicators,
        indicator_kind,
        map_indicators,
    )
    from kzplanner.core.catalogue import label

    require_stats_with_data(args.boundaries, args.stats, args.institutions)
    # The gap indicators, then the data's own (population, coverage, monitoring, custom).
    ds, _mapping, _proposal = load_for_args(args)
    offered = map_indicators(tuple(extra_indicators(ds.units)))
    if args.list_indicators:
        for name in offered:
            write(f"{name}\t{label(name, args.lang)}")
        return 0
    from kzplanner.cli import refuse_doubts

    refused = refuse_doubts(ds, args)
    if refused:
        return refused
    if args.indicator not in offered:
        raise KZError("bad_parameter", column="--indicator",
                      detail=f"unknown indicator {args.indicator!r}; "
                             f"one of: {', '.join(offered)}")
    if not args.out:
        raise KZError("bad_parameter", column="--out", detail="give --out MAP.png or MAP.pdf")
    if not str(args.out).lower().endswith((".png", ".pdf")):
        raise KZError("bad_parameter", column="--out", detail="the map is written as .png or .pdf")
    if not 2 <= args.classes <= 7:
        raise KZError("bad_parameter", column="--classes", detail="between 2 and 7")
    breaks: tuple[float, ...] = ()
    if args.scheme == "user_defined":
        if not args.breaks:
            raise KZError("bad_parameter", column="--breaks",
                          detail="--scheme user_defined needs --breaks")
        scale = 100.0 if indicator_kind(args.indicator) == "share" else 1.0
        try:
            breaks = tuple(sorted(float(b) / scale for b in args.breaks.split(",") if b.strip()))
        except ValueError as exc:
            raise KZError("bad_parameter", column="--breaks", detail=str(exc)) from exc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kzplanner"])  # noqa: F841 - fonts need it
    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.gui.map.map_print import build_page, export_page

    params = PlanParams()
    changes: dict[str, Any] = {}
    if args.budget is not None:
        changes["budget_kzt"] = args.budget
    if args.strategy is not None:
        changes["strategy"] = strategies[args.strategy]
    if changes:
        params = params.with_changes(**changes)
        params.validate()
    prepared = prepare_dataset(ds, params)
    result = None
    if args.scenario != "baseline":
        from kzplanner.core.planning.planner import make_plan

        result = make_plan(ds, params)
    page = build_page(prepared, result, args.indicator, args.scenario, args.lang, args.scheme,
                      args.classes, breaks, title=args.title,
                      institutions=args.show_institutions)
    path = export_page(args.out, page, args.paper, not args.portrait, args.dpi)
    write(str(path))
    return 0
