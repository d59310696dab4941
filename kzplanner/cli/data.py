"""`kzplanner check` and `kzplanner template`: data sub-commands over the core (no Qt)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kzplanner.cli.common import LANGS

YEAR_HELP = ("year column of the statistics table (2021, 2021/22, “2021 г.”); default: the "
             "latest")


STATS_HELP = ("statistics workbook (.xlsx/.xls/.csv); give --stats again for each further "
              "table (population, schools, households …): each is reconciled on its own and "
              "their indicators combined per unit")
PER_STATS = " (once for every --stats, or once for all)"


class Repeated(argparse.Action):
    """An option that may be given once per --stats: `dest` keeps the first value (what a
    single-table command reads), `dest + '_all'` every value in order."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        every = list(getattr(namespace, self.dest + "_all", None) or []) + [values]
        setattr(namespace, self.dest + "_all", every)
        setattr(namespace, self.dest, every[0])


def add_stats_options(group: Any, *, required: bool = False, mapping: bool = True) -> None:
    """--stats (repeatable), --sheet, --year and --mapping (each once per --stats, or once)."""
    group.add_argument("--stats", metavar="PATH", action=Repeated, required=required,
                       help=STATS_HELP)
    group.add_argument("--sheet", metavar="NAME", action=Repeated,
                       help="sheet of the statistics workbook" + PER_STATS)
    group.add_argument("--year", metavar="YEAR", action=Repeated, help=YEAR_HELP + PER_STATS)
    if mapping:
        group.add_argument("--mapping", metavar="FILE.json", action=Repeated,
                           help="a confirmed column mapping saved by the import wizard or "
                                "`check --save-mapping`" + PER_STATS)


def statistics_specs(args: argparse.Namespace) -> list[Any] | None:
    """The statistics sources of a command line with several --stats (None for one: the
    single-table path reads it). Each file's --sheet/--year/--mapping are checked as
    read_options checks them; an option given once applies to every file."""
    from kzplanner.app.load import statistics_sources

    files = list(getattr(args, "stats_all", None) or [])
    return statistics_sources(files, {name: list(getattr(args, name + "_all", None) or [])
                                      for name in ("sheet", "year", "mapping")})


def load_for_args(args: argparse.Namespace, feedback: Any = None, *,
                  detect: bool = False) -> tuple[Any, Any, Any]:
    """The dataset a data command asks for: (dataset, mapping, proposal) — mapping and
    proposal of the single table, None with several --stats (app.load.load_data)."""
    from kzplanner.app.load import load_data

    specs = statistics_specs(args)
    return load_data(args.boundaries, args.stats, args.institutions,
                     sheet=getattr(args, "sheet", None), year=getattr(args, "year", None),
                     mapping_file=getattr(args, "mapping", None),
                     block=getattr(args, "block", None), layer=getattr(args, "layer", None),
                     sources=specs, detect=detect, feedback=feedback)


def add_parsers(sub: Any) -> None:
    """Register `check` and `template` on the sub-parsers of build_parser."""
    check = sub.add_parser("check", help="load data, reconcile it with the boundaries and report")
    check.add_argument("--boundaries", metavar="PATH", required=True,
                       help="shapefile (.shp or .zip), GeoPackage or GeoJSON")
    check.add_argument("--layer", metavar="NAME", help="layer of a GeoPackage")
    add_stats_options(check, required=True)
    check.add_argument("--block", metavar="ID", help="block of a stacked table (all/urban/rural)")
    check.add_argument("--institutions", metavar="PATH", help="institution register")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.add_argument("--save-mapping", metavar="FILE",
                       help="write the mapping that was used (detected or given) as JSON")
    check.add_argument("--lang", choices=LANGS, default="en",
                       help="language of the text report and of error messages")

    tpl = sub.add_parser("template", help="write an Excel template for the boundaries' units")
    tpl.add_argument("--boundaries", metavar="PATH", required=True)
    tpl.add_argument("--layer", metavar="NAME")
    tpl.add_argument("--out", metavar="TEMPLATE.xlsx", required=True)
    tpl.add_argument("--lang", choices=LANGS, default="ru", help="language of the headers")
    kind = tpl.add_mutually_exclusive_group()
    kind.add_argument("--monitoring", action="store_true",
                      help="the monitoring indicators of seed 000 instead of the base statistics")
    kind.add_argument("--actuals", action="store_true",
                      help="what a programme reports afterwards (vouchers issued and redeemed, "
                           "kits installed, spending), for Follow-up → Load actuals")
    kind.add_argument("--missing", action="store_true",
                      help="only what the --stats tables lack (target groups, institution "
                           "status, …), for the loaded units; the filled template joins as one "
                           "more --stats")
    add_stats_options(tpl)
    tpl.add_argument("--institutions", metavar="PATH",
                     help="institution register (with --missing: institutions are then given)")


def read_options(args: argparse.Namespace, detect: bool = False) -> tuple[Any, Any]:
    """What --stats, --sheet, --year and --mapping ask for, checked before any loading
    (app.load.read_options). Returns (mapping or None, the detection's proposal or None)."""
    from kzplanner.app.load import read_options as read

    return read(getattr(args, "stats", None), sheet=getattr(args, "sheet", None),
                year=getattr(args, "year", None), mapping_file=getattr(args, "mapping", None),
                detect=detect)


def run_check(args: argparse.Namespace, write: Any) -> int:
    from kzplanner.app.load import build_report, layout_lines, text_report
    from kzplanner.core.io.read import layout

    ds, mapping, proposal = load_for_args(args, detect=bool(args.block or args.save_mapping))
    if args.save_mapping and mapping is not None:
        layout.save_mapping(mapping, args.save_mapping)
    report = build_report(ds, mapping, "ru" if args.json else args.lang)
    report["layout"] = layout_lines(args.stats, args.sheet, mapping, proposal, ds)
    if args.json:
        write(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        from kzplanner.core.layout_text import layout_note

        write("\n".join(text_report(report, args.lang) + [
            f"ℹ {layout_note(line, args.lang)}" for line in report["layout"]]))
    return 1 if report["errors"] else 0


def run_template(args: argparse.Namespace, write: Any) -> int:
    from kzplanner.core.io.read.boundaries import read_boundaries
    from kzplanner.core.io.write.template import template_indicators, write_template
    from kzplanner.errors import KZError

    if args.missing:
        return run_missing_template(args, write)
    for flag in ("stats", "sheet", "year", "mapping", "institutions"):
        if getattr(args, flag, None):
            raise KZError("bad_parameter", column=f"--{flag}",
                          detail="statistics are read for --missing only")
    units = read_boundaries(args.boundaries, layer=args.layer)
    kind = "monitoring" if args.monitoring else "actuals" if args.actuals else "data"
    path = write_template(units, args.out, lang=args.lang, indicators=template_indicators(kind))
    write(str(path))
    return 0


def run_missing_template(args: argparse.Namespace, write: Any) -> int:
    """`template --missing`: the template for just the columns the --stats tables lack, for
    the units they were joined to (codes and names prefilled)."""
    import sys

    from kzplanner.core.catalogue import label
    from kzplanner.core.io.write.template import missing_indicators, write_template
    from kzplanner.errors import KZError

    if not args.stats:
        raise KZError("bad_parameter", column="--missing",
                      detail="give the statistics tables whose gaps the template fills (--stats)")
    ds, _mapping, _proposal = load_for_args(args)
    wanted = missing_indicators(ds)
    if not wanted:
        if sys.stderr is not None:
            sys.stderr.write(f"kzplanner: {label('template.nothing_missing', args.lang)}\n")
        return 0
    path = write_template(ds.units, args.out, lang=args.lang, indicators=wanted,
                          title=label("template.missing_title", args.lang))
    write(str(path))
    return 0


def run(args: argparse.Namespace, write: Any) -> int:
    if args.command == "check":
        return run_check(args, write)
    return run_template(args, write)
