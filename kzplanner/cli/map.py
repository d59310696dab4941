"""`kzplanner map`: the printable map (PNG/PDF) of one indicator, rendered without a window."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from kzplanner.app.map_page import SCENARIOS, SCHEMES
from kzplanner.cli.common import CLI_STRATEGIES, LANGS, amount, refuse_doubts, strategy_id
from kzplanner.cli.data import load_for_args
from kzplanner.console import require_stats_with_data
from kzplanner.errors import KZError


def add_map_parser(sub: Any, langs: tuple[str, ...] = LANGS,
                   strategies: dict[str, str] = CLI_STRATEGIES) -> None:
    m = sub.add_parser("map", help="write the map of an indicator as PNG or PDF (no window)")
    data = m.add_argument_group("data (default: the bundled illustrative sample)")
    data.add_argument("--boundaries", metavar="PATH", help="GeoPackage, shapefile or GeoJSON")
    from kzplanner.cli.data import add_stats_options

    add_stats_options(data)
    data.add_argument("--institutions", metavar="PATH", help="institution register")
    from kzplanner.cli.coverage import add_settlement_options

    add_settlement_options(data)
    data.add_argument("--settlement-type", choices=("school", "fap", "psc"), default=None,
                      help="with settlements: colour them by coverage for this type (default: "
                           "the type of a settle_<type>_… indicator, else school)")
    m.add_argument("--indicator", metavar="NAME", default="combined_gap",
                   help="indicator to map (default: combined_gap; see --list-indicators)")
    m.add_argument("--list-indicators", action="store_true", help="list indicator names and exit")
    m.add_argument("--project", metavar="FILE.kzp",
                   help="map a scenario stored in this project (its data and its plan)")
    m.add_argument("--scenario", metavar="NAME", default=None,
                   help="with --project: the stored scenario to map (default: the project's "
                        "active one); without it: baseline, projected (after the default plan) "
                        "or change")
    m.add_argument("--view", choices=SCENARIOS, default=None,
                   help="with --project: baseline, projected (default) or change")
    m.add_argument("--budget", metavar="AMOUNT",
                   help="budget in tenge of the plan for projected/change (default "
                        "2 000 000 000; spaces between thousands allowed)")
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


def run_map(args: argparse.Namespace, write: Callable[[str], None]) -> int:
    """`kzplanner map`: the data, its indicators (listed without loading Qt), the options
    checked, then the page drawn through gui.print_service, the command line's one Qt door."""
    from kzplanner.app import map_page
    from kzplanner.core.catalogue import label

    require_stats_with_data(args.boundaries, args.stats, args.institutions)
    stored = None
    if args.project:
        if args.budget is not None or args.strategy is not None:
            raise KZError("bad_parameter", column="--project",
                          detail="a stored scenario brings its own plan: leave out --budget "
                                 "and --strategy")
        stored = _stored_scenario(args)
        ds = stored[0].dataset
    else:
        if args.view is not None:
            raise KZError("bad_parameter", column="--view",
                          detail="a stored scenario is mapped with --project")
        if args.scenario is None:
            args.scenario = "baseline"
        if args.scenario not in SCENARIOS:
            raise KZError("bad_parameter", column="--scenario",
                          detail="one of {choices}", extra={"choices": ", ".join(SCENARIOS)})
        ds, _mapping, _proposal = load_for_args(args)
        from kzplanner.cli.coverage import with_settlements

        ds = with_settlements(ds, args)
    offered = map_page.offered_indicators(ds)
    if args.list_indicators:
        for name in offered:
            write(f"{name}\t{label(name, args.lang)}")
        return 0
    refused = refuse_doubts(ds, args)
    if refused:
        return refused
    if args.indicator not in offered:
        raise KZError("bad_parameter", column="--indicator",
                      detail="unknown indicator “{name}”; one of: {choices}",
                      extra={"name": args.indicator, "choices": ", ".join(offered)})
    if not args.out:
        raise KZError("bad_parameter", column="--out", detail="give --out MAP.png or MAP.pdf")
    if not str(args.out).lower().endswith((".png", ".pdf")):
        raise KZError("bad_parameter", column="--out", detail="the map is written as .png or .pdf")
    if not 2 <= args.classes <= 7:
        raise KZError("bad_parameter", column="--classes", detail="between 2 and 7")
    breaks: tuple[float, ...] = ()
    if args.scheme == "user_defined":
        breaks = map_page.user_breaks(args.breaks, args.indicator)
    if stored is not None:
        project, scenario = stored
        view = args.view or "projected"
        prepared, result = map_page.prepare_stored(project.dataset, scenario, view)
        title = args.title or map_page.stored_title(scenario.name, args.indicator, args.lang)
    else:
        view, title = args.scenario, args.title
        prepared, result = map_page.prepare_map(ds, args.scenario,
                                                budget=amount(args.budget, "--budget"),
                                                strategy=strategy_id(args.strategy))
    from kzplanner.gui.print_service import print_map

    kind = None
    if getattr(prepared.dataset, "settlements", None) is not None:
        parts = args.indicator.split("_")
        kind = args.settlement_type or (parts[1] if len(parts) == 3 and parts[0] == "settle"
                                        and parts[1] in ("school", "fap", "psc") else "school")
    elif args.settlement_type:
        raise KZError("bad_parameter", column="--settlement-type",
                      detail="--settlement-type needs --settlements")

    path = print_map(prepared, args.indicator, args.out, args.lang, result=result,
                     scenario=view, scheme=args.scheme, classes=args.classes,
                     breaks=breaks, title=title, institutions=args.show_institutions,
                     paper=args.paper, landscape=not args.portrait, dpi=args.dpi,
                     settlements=kind)
    write(str(path))
    return 0


def _stored_scenario(args: argparse.Namespace) -> tuple[Any, Any]:
    """(project, scenario) of `map --project P [--scenario NAME]`; the project brings its own
    data, so data options are refused."""
    if args.stats or args.boundaries or args.institutions:
        raise KZError("bad_parameter", column="--project",
                      detail="the project already holds its data; leave out --boundaries, "
                             "--stats and --institutions")
    from kzplanner.core.io.read.project_open import open_project

    project = open_project(args.project)
    name = args.scenario or project.active
    if name is None and project.scenarios:
        name = project.scenarios[0].name
    return project, project.scenario(name or "")
