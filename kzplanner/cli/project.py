"""CLI sub-commands over project files: store a plan as a scenario, export it, compare scenarios."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kzplanner.cli.common import LANGS
from kzplanner.console import json_safe
from kzplanner.errors import KZError

LOCK_WAIT_SECONDS = 30.0  # how long a command waits for another command storing into a project


def add_project_options(plan: argparse.ArgumentParser) -> None:
    group = plan.add_argument_group("project")
    group.add_argument("--project", metavar="FILE.kzp",
                       help="read the data from this project (if it exists) and store the plan "
                            "in it as a scenario")
    group.add_argument("--scenario", metavar="NAME", help="scenario name (default: the strategy)")


def add_project_parsers(sub: Any) -> None:
    export = sub.add_parser("export", help="write a stored scenario as Excel, GeoPackage or CSV")
    export.add_argument("--project", required=True, metavar="FILE.kzp")
    export.add_argument("--scenario", required=True, metavar="NAME")
    export.add_argument("--out", required=True, metavar="PLAN.xlsx|PLAN.gpkg|PLAN.csv")
    export.add_argument("--lang", choices=LANGS, default="ru")
    compare = sub.add_parser("compare", help="compare two or three scenarios of a project")
    compare.add_argument("--project", required=True, metavar="FILE.kzp")
    compare.add_argument("--scenarios", required=True, nargs="+", metavar="NAME")
    compare.add_argument("--json", action="store_true",
                         help="print the comparison as JSON (machine-readable ids)")
    compare.add_argument("--lang", choices=LANGS, default="ru",
                         help="language of the table and of error messages")


def dataset_for_plan(args: argparse.Namespace) -> Any:
    """The project's dataset when --project names an existing file, else None."""
    if not getattr(args, "project", None):
        return None
    if getattr(args, "scenario", None):
        from kzplanner.core.io.project_model import check_scenario_name

        check_scenario_name(args.scenario)  # before minutes of planning, not after
    if not Path(args.project).exists():
        return None
    if args.stats or args.boundaries or args.institutions:
        raise KZError("bad_parameter", column="--project",
                      detail="the project already holds its data; leave out --boundaries, "
                             "--stats and --institutions")
    from kzplanner.core.io.read.project_open import open_project

    project = open_project(args.project)
    args.opened_project = project  # store_plan saves into this version (checked on saving)
    warn_settlements(project, getattr(args, "lang", "ru"))
    return project.dataset


def warn_settlements(project: Any, lang: str) -> None:
    """A project whose settlement file is missing or unusable here: say so on stderr (the plan
    then values FAP and PSC kits without settlements); the record stays in the project."""
    import sys

    from kzplanner.app.strings import tr

    record = project.settlements
    if not record or getattr(project.dataset, "settlements", None) is not None:
        return
    problem = project.settlements_problem
    error = problem.message(lang) if problem is not None else tr("cli.settlements_missing_file",
                                                                   lang, file=record["file"])
    sys.stderr.write(f"kzplanner: {tr('cli.settlements_not_used', lang, error=error)}\n")


def store_plan(args: argparse.Namespace, ds: Any, params: Any, result: Any) -> str | None:
    """Put the plan into the project as a scenario (creating the project file if needed).

    The project's lock is held while the file is written: another command storing into it waits
    up to LOCK_WAIT_SECONDS; a window holding it makes this an error naming the holder. The save
    itself checks that the file is still the version read at the start (another writer's new
    scenarios are kept beside this one; the same scenario changed there is an error).
    """
    if not getattr(args, "project", None):
        return None
    from kzplanner.core.io.project_lock import acquire, remove_stale_temp_files
    from kzplanner.core.io.project_model import Origin, Project, check_scenario_name
    from kzplanner.core.io.write.project_save import save_project
    from kzplanner.core.scenario import Allocation, Scenario

    path = Path(args.project)
    name = args.scenario or params.strategy
    check_scenario_name(name)
    lock = acquire(path, app="cli", wait=LOCK_WAIT_SECONDS)
    try:
        remove_stale_temp_files(path)
        project = getattr(args, "opened_project", None)
        if project is None:  # a new project (if another process creates it meanwhile, the
            # save sees it and keeps its scenarios, or refuses)
            project = Project(dataset=ds, origin=Origin.absent(path))
        project.put(Scenario(name=name, params=params,
                             allocation=Allocation.from_result(result)))
        project.active = name
        save_project(path, project)
    finally:
        if lock is not None:
            lock.release()
    return name


def run_export(args: argparse.Namespace) -> int:
    from kzplanner.core.io.read.project_open import open_project
    from kzplanner.core.io.write.plan_layers import write_plan_csv, write_plan_geopackage
    from kzplanner.core.io.write.plan_workbook import write_plan_workbook
    from kzplanner.core.scenario import scenario_result

    project = open_project(args.project)
    scenario = project.scenario(args.scenario)
    result = scenario_result(project.dataset, scenario)
    suffix = Path(args.out).suffix.lower()
    if suffix == ".xlsx":
        write_plan_workbook(args.out, project.dataset, result, lang=args.lang,
                            scenario=scenario.name)
    elif suffix == ".gpkg":
        write_plan_geopackage(args.out, project.dataset, result)
    elif suffix == ".csv":
        write_plan_csv(args.out, project.dataset, result)
    else:
        raise KZError("bad_parameter", column="--out", detail="use .xlsx, .gpkg or .csv")
    from kzplanner.console import write_stdout

    write_stdout(str(args.out))  # what was written, as `template` and `map` say it
    return 0


def run_compare(args: argparse.Namespace, write: Any) -> int:
    from kzplanner.core.io.read.project_open import open_project
    from kzplanner.core.scenario import compare_scenarios, scenario_result

    if not 2 <= len(args.scenarios) <= 3:
        raise KZError("bad_parameter", column="--scenarios", detail="name two or three scenarios")
    project = open_project(args.project)
    results = {n: scenario_result(project.dataset, project.scenario(n)) for n in args.scenarios}
    headlines, per_unit = compare_scenarios(results)
    if args.json:
        data = {"headlines": headlines.to_dict(orient="index"),
                "units": per_unit.to_dict(orient="index")}
        write(json.dumps(json_safe(data), ensure_ascii=False, indent=2))
    else:
        from kzplanner.app.compare_text import comparison_text

        write(comparison_text(headlines, results, args.lang))
    return 0
