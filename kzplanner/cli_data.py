"""`kzplanner check` and `kzplanner template`: data sub-commands over the core (no Qt)."""

from __future__ import annotations

import argparse
import json
from typing import Any

LANGS = ("kk", "ru", "en")
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
    files = list(getattr(args, "stats_all", None) or [])
    if len(files) < 2:
        return None
    from kzplanner.core.sources import StatsSource, with_ids
    from kzplanner.errors import KZError

    def nth(name: str, k: int) -> Any:
        values = list(getattr(args, name + "_all", None) or [])
        if not values:
            return None
        if len(values) == 1:
            return values[0]
        if len(values) != len(files):
            raise KZError("bad_parameter", column=f"--{name}",
                          detail=f"given {len(values)} times for {len(files)} --stats: give it "
                                 "once for all, or once for each")
        return values[k]

    specs = []
    for k, path in enumerate(files):
        one = argparse.Namespace(**{**vars(args), "stats": path, "sheet": nth("sheet", k),
                                    "year": nth("year", k), "mapping": nth("mapping", k)})
        mapping, _proposal = read_options(one)
        specs.append(StatsSource(file=str(path), sheet=one.sheet,
                                 mapping=mapping.to_dict() if mapping is not None else None,
                                 year=one.year,
                                 decisions=dict(mapping.decisions) if mapping is not None
                                 else {}))
    return with_ids(specs)


def load_for_args(args: argparse.Namespace, feedback: Any = None, *,
                  detect: bool = False) -> tuple[Any, Any, Any]:
    """The dataset a data command asks for: (dataset, mapping, proposal) — mapping and
    proposal of the single table, None with several --stats."""
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.feedback import SILENT

    extra = {"feedback": feedback or SILENT, "layer": getattr(args, "layer", None)}
    specs = statistics_specs(args)
    if specs is not None:
        return load_dataset(args.boundaries, None, args.institutions, sources=specs,
                            **extra), None, None
    mapping, proposal = read_options(args, detect=detect)
    if mapping is not None and getattr(args, "block", None):
        mapping.block = args.block
    ds = load_dataset(args.boundaries, args.stats, args.institutions, sheet=args.sheet,
                      mapping=mapping, **extra)
    return ds, mapping, proposal


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


def build_report(ds: Any, mapping: Any = None, names_lang: str = "ru") -> dict[str, Any]:
    """The reconciliation as a JSON-ready dict (what `check --json` prints; unit names in
    Russian there, in the report's language in the text report)."""
    rec = ds.reconciliation
    names = ds.unit_names(names_lang)
    by_method: dict[str, list[dict[str, Any]]] = {}
    for m in rec.matches:
        by_method.setdefault(m["method"], []).append(
            {k: m[k] for k in ("label", "unit_code", "unit_name", "rule", "score", "sheet_row",
                               "candidates") if m.get(k) not in (None, "", [])})
    return {
        "units": len(ds.units),
        "counts": {
            "code": rec.matched_by_code, "exact": rec.matched_exact, "rule": rec.matched_by_rule,
            "fuzzy_to_confirm": rec.matched_fuzzy, "crosswalk": rec.matched_by_crosswalk,
            "decision": rec.matched_by_decision, "summed_up": rec.matched_summed,
            "unmatched_rows": len(rec.unmatched_rows),
            "units_without_data": len(rec.units_without_data),
            "duplicates": len(rec.duplicates),
        },
        "matches": by_method,
        "unmatched_rows": rec.unmatched_rows,
        "units_without_data": [{"unit_code": c, "name": names.get(c, c)}
                               for c in rec.units_without_data],
        "duplicates": rec.duplicates,
        "geometry_repaired": rec.geometry_repaired,
        "duplicate_unit_codes": rec.duplicate_unit_codes,
        "institutions_outside": rec.institutions_outside,
        "value_marks": rec.value_marks,
        "issues": rec.issues,
        "notes": rec.notes,
        "errors": len(rec.errors),
        "sources": [{"kind": s.kind, "file": s.file, "sheet": s.sheet, "cells": s.cells}
                    for s in ds.sources],
        "statistics_sources": [s.as_dict() for s in ds.data_sources],
        "mapping": mapping.to_dict() if mapping is not None else None,
    }


def text_report(report: dict[str, Any], lang: str) -> list[str]:
    """`check`'s report as lines in `lang` (the window's reconciliation screen says the same)."""
    from kzplanner.core.catalogue import label
    from kzplanner.core.reconcile_text import SEVERITY_SIGNS, issue_text, method_text

    c = report["counts"]
    methods = {"code": "code", "exact": "exact", "rule": "rule", "fuzzy_to_confirm": "fuzzy",
               "crosswalk": "crosswalk", "decision": "decision", "summed_up": "summed_up"}
    lines = [f"{label('check.units', lang)}: {report['units']}",
             f"{label('check.matched', lang)}: " + ", ".join(
                 f"{method_text(m, lang)} {c[k]}" for k, m in methods.items())]
    if report["unmatched_rows"]:
        lines.append(f"{label('check.unmatched_rows', lang)}: "
                     + "; ".join(report["unmatched_rows"]))
    if report["units_without_data"]:
        lines.append(f"{label('check.units_without_data', lang)}: " + "; ".join(
            f"{u['unit_code']} {u['name']}" for u in report["units_without_data"]))
    for m in report["matches"].get("fuzzy", []):
        lines.append(f"{label('check.to_confirm', lang)}: {m['label']} → {m['unit_name']} "
                     f"({m.get('score')})")
    for i in report["issues"]:
        lines.append(f"{SEVERITY_SIGNS.get(str(i['severity']), '•')} {issue_text(i, lang)}")
    return lines


def read_options(args: argparse.Namespace, detect: bool = False) -> tuple[Any, Any]:
    """What --stats, --sheet, --year and --mapping ask for, checked before any loading: the
    sheet must exist (KZError 'sheet_missing' names the sheets found); the mapping is
    --mapping's, else, when --year (or `detect`) needs one, the detected table's, with --year
    set on it (a year the table lacks: 'year_missing' names the years found).

    Returns (mapping or None, the detection's StatsProposal or None)."""
    from kzplanner.core.io.read import layout
    from kzplanner.errors import KZError

    stats = getattr(args, "stats", None)
    sheet = getattr(args, "sheet", None)
    year = getattr(args, "year", None)
    given = getattr(args, "mapping", None)
    for flag, value in (("--sheet", sheet), ("--year", year), ("--mapping", given)):
        if value is not None and not stats:
            raise KZError("option_needs_stats", column=flag)
    if sheet is not None:
        layout.read_grid(stats, sheet, sheets_only=True)
    if given:
        mapping = layout.load_mapping(given)
        if year is not None:
            mapping.year = year
        return mapping, None
    if year is None and not detect:
        return None, None
    from kzplanner.core.io.read.template import is_template

    if is_template(stats):
        if year is not None:
            raise KZError("bad_parameter", column="--year",
                          detail="a KZ Planner template has one column per indicator, no years")
        return None, None
    proposal = layout.detect_layout(stats, sheet, year=year)
    if not proposal.mapping.columns and not detect:
        return None, None  # nothing to read a year of: the usual reading says why
    return proposal.mapping, proposal


def layout_lines(args: argparse.Namespace, mapping: Any, proposal: Any, ds: Any) -> list[str]:
    """What the statistics table was read as: each indicator's evidence and the year column
    (the detection's notes), or a saved mapping's year column."""
    from kzplanner.core.io.read import layout

    if proposal is not None:
        return list(proposal.warnings)
    if mapping is not None:
        note = layout.period_note(args.stats, mapping)
        return [note] if note else []
    if "layout_detected" in ds.reconciliation.notes:
        return list(layout.detect_layout(args.stats, args.sheet).warnings)
    return []


def run_check(args: argparse.Namespace, write: Any) -> int:
    from kzplanner.core.io.read import layout

    ds, mapping, proposal = load_for_args(args, detect=bool(args.block or args.save_mapping))
    if args.save_mapping and mapping is not None:
        layout.save_mapping(mapping, args.save_mapping)
    report = build_report(ds, mapping, "ru" if args.json else args.lang)
    report["layout"] = layout_lines(args, mapping, proposal, ds)
    if args.json:
        write(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        write("\n".join(text_report(report, args.lang) + [f"ℹ {line}" for line in
                                                            report["layout"]]))
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
