"""`kzplanner coverage`: settlements placed in the units, covered and not covered population by
type, the villages without access written to a workbook (issue #17); and `--settlements` for
`plan`, `map` and `gui`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kzplanner.cli.common import LANGS
from kzplanner.errors import KZError

NEXT_KITS_IN_JSON = 20  # the first entries of the next-kit ranking in --json (all in --out)


def parse_reach(text: str | None) -> dict[str, float] | None:
    """'school=5,fap=15,psc=30' → {type: km}; KZError bad_reach when not understood."""
    if not text:
        return None
    out: dict[str, float] = {}
    for part in text.split(","):
        key, sep, value = part.partition("=")
        try:
            km = float(value.strip().replace(",", "."))
        except ValueError:
            raise KZError("bad_reach", detail=text) from None
        if not sep or key.strip() not in ("school", "fap", "psc") or not km > 0:
            raise KZError("bad_reach", detail=text)
        out[key.strip()] = km
    return out


def add_settlement_options(parser: Any) -> None:
    parser.add_argument("--settlements", metavar="PATH",
                        help="settlement layer (OSM/HOT export: GeoJSON, GeoPackage, shapefile; "
                             "or an Excel/CSV list with KATO, name, lat, lon)")
    parser.add_argument("--reach", metavar="TYPE=KM,…",
                        help="reach per type in km, e.g. school=5,fap=15,psc=30 (the defaults)")
    parser.add_argument("--no-settlements", action="store_true",
                        help="on the bundled sample: without its illustrative settlement layer "
                             "(the sample is otherwise taken with it, as the window opens it)")


def add_coverage_parser(sub: Any) -> None:
    c = sub.add_parser("coverage", help="settlements covered by an institution with access "
                                         "within reach; villages without access to Excel")
    data = c.add_argument_group("data (default: the bundled illustrative sample)")
    data.add_argument("--boundaries", metavar="PATH", help="GeoPackage, shapefile or GeoJSON")
    from kzplanner.cli.data import add_stats_options

    add_stats_options(data, mapping=False)
    data.add_argument("--institutions", metavar="PATH", help="institution register")
    data.add_argument("--layer", metavar="NAME", help="layer of a GeoPackage with several")
    c.add_argument("--settlements", metavar="PATH", required=True,
                   help="settlement layer (OSM/HOT export: GeoJSON, GeoPackage, shapefile; or an "
                        "Excel/CSV list with KATO, name, lat, lon)")
    c.add_argument("--reach", metavar="TYPE=KM,…",
                   help="reach per type in km, e.g. school=5,fap=15,psc=30 (the defaults)")
    c.add_argument("--out", metavar="VILLAGES.xlsx", help="write the villages without access")
    c.add_argument("--json", action="store_true",
                   help="print a JSON summary to stdout (with the first entries of the "
                        "next-kit ranking)")
    c.add_argument("--lang", choices=LANGS, default="ru", help="language of the output")


def on_the_sample(args: argparse.Namespace) -> bool:
    """Whether the command's data are the bundled sample (no data file, no project opened)."""
    return not any(getattr(args, name, None) for name in
                   ("boundaries", "stats", "institutions", "opened_project"))


def with_settlements(ds: Any, args: argparse.Namespace) -> Any:
    """The dataset with the settlements of --settlements (if given) and --reach. The bundled
    sample comes with its illustrative settlement layer unless --no-settlements, as the window
    opens it: the same plan and the same figures from the command line as on the screen."""
    from kzplanner import paths

    path = getattr(args, "settlements", None)
    if getattr(args, "no_settlements", False):
        if path:
            raise KZError("bad_parameter", column="--no-settlements",
                          detail="--settlements and --no-settlements together")
    elif not path and on_the_sample(args) and paths.sample_settlements().is_file():
        path = str(paths.sample_settlements())
    args.settlement_layer = {"path": str(path), "sample": Path(path).resolve()
                             == paths.sample_settlements().resolve()} if path else None
    if not path:
        if getattr(args, "reach", None):
            raise KZError("bad_parameter", column="--reach", detail="--reach needs --settlements")
        return ds
    from kzplanner.app.settlements import attach_settlements

    return attach_settlements(ds, path, parse_reach(getattr(args, "reach", None)))


def coverage_text(summary: dict[str, Any], lang: str) -> str:
    from kzplanner.app.strings import tr
    from kzplanner.core.catalogue import label
    from kzplanner.core.formatting import format_number

    lines = [tr("cov.placed", lang,
        placed=format_number(summary["settlements_placed"], lang),
        estimated=format_number(summary["settlements_estimated"], lang),
        outside=format_number(summary["settlements_outside"], lang))]
    for t in ("school", "fap", "psc"):
        by = summary["by_type"][t]
        lines.append(tr("cov.type_line", lang,
            type=label(f"one.{t}", lang), km=format_number(by["reach_km"], lang),
            covered=format_number(round(by["covered_population"]), lang),
            not_covered=format_number(round(by["not_covered_population"]), lang),
            villages=format_number(by["settlements_not_covered"], lang)))
    return "\n".join(lines) + "\n"


def run_coverage(args: argparse.Namespace, write: Callable[[str], None]) -> int:
    from kzplanner.app.settlements import coverage_summary
    from kzplanner.cli.data import load_for_args
    from kzplanner.console import require_stats_with_data

    require_stats_with_data(args.boundaries, args.stats, args.institutions)
    reach = parse_reach(args.reach)  # refused before any loading
    ds, _mapping, _proposal = load_for_args(args)
    from kzplanner.app.settlements import attach_settlements

    ds = attach_settlements(ds, args.settlements, reach)
    summary = coverage_summary(ds)
    from kzplanner.app.settlements import next_kit_ranking

    ranking = next_kit_ranking(ds)  # the default plan's kit prices, as `plan` would use
    summary["next_kits"] = ranking.head(NEXT_KITS_IN_JSON).to_dict(orient="records")
    summary["next_kits_total"] = int(len(ranking))
    if args.out:
        from kzplanner.core.io.write.workbook_villages import write_coverage_workbook

        write_coverage_workbook(args.out, ds, summary, args.lang, ranking=ranking)
        summary["workbook"] = str(args.out)
    summary["illustrative"] = bool(ds.illustrative)
    if args.json:
        from kzplanner.console import json_safe

        write(json.dumps(json_safe(summary), ensure_ascii=False, indent=2))
    else:
        write(coverage_text(summary, args.lang))
    return 0


def plan_coverage_lines(summary: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """With settlements: the layer, then per type the people covered before → after the plan's
    kits."""
    from kzplanner.app.strings import tr
    from kzplanner.core.catalogue import label
    from kzplanner.core.formatting import format_number

    layer = summary.get("settlement_layer")
    rows = [] if not layer else [(tr("cov.layer", lang), tr(
        "cov.layer_sample" if layer["sample"] else "cov.layer_file", lang,
        file=Path(layer["path"]).name))]
    by_type = (summary.get("settlements") or {}).get("by_type") or {}
    return rows + [(tr("cov.plan_name", lang, type=label(f"one.{t}", lang),
                km=format_number(by["reach_km"], lang)),
             tr("cov.plan_value", lang, before=format_number(round(by["covered_before"]), lang),
                after=format_number(round(by["covered_after"]), lang),
                villages=format_number(by["settlements_newly_covered"], lang)))
            for t, by in by_type.items()]
