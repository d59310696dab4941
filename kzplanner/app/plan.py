"""The plan workflow, Qt-free: parameters from a params file and overrides, the plan of a dataset
and what `kzplanner plan` (and `kzplanner map` for its projected scenarios) reports of it.

The command line only parses options and prints; building PlanParams, planning, the curve,
the per-unit records and the workbook happen here, once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.errors import KZError

# Columns that add people across measures (a device, home internet, people served by a connected
# institution): never reported (issue 16, "measures are kept apart").
CROSS_MEASURE_COLUMNS: tuple[str, ...] = ("people_total",)


def plan_params(params_file: str | Path | None = None, *, budget: float | None = None,
                strategy: str | None = None, equity: float | None = None,
                require_budget: bool = True) -> Any:
    """PlanParams from `params_file` (if any, else the defaults) with the given overrides on
    top, validated. `strategy` is the planner's id (max_impact, proportional …). With
    `require_budget`, a budget must come from the overrides or the file (KZError naming
    --budget otherwise)."""
    from kzplanner.core.io.read.params_file import read_params
    from kzplanner.core.planning.parameters import PlanParams

    params = read_params(params_file) if params_file else PlanParams()
    changes: dict[str, Any] = {}
    if budget is not None:
        changes["budget_kzt"] = budget
    elif require_budget and not params_file:
        raise KZError("bad_parameter", column="--budget", detail="give --budget or --params")
    if strategy is not None:
        changes["strategy"] = strategy
    if equity is not None:
        changes["equity"] = equity
    params = params.with_changes(**changes)
    params.validate()
    return params


def save_params(path: str | Path, params: Any) -> None:
    """Write the parameters used to a params file (TOML)."""
    from kzplanner.core.io.write.params_file import write_params

    write_params(path, params)


def make_plan(ds: Any, params: Any, feedback: Feedback = SILENT) -> Any:
    """The plan (PlanResult) of a dataset under `params`."""
    from kzplanner.core.planning.planner import make_plan as plan

    return plan(ds, params, feedback=feedback)


def plan_curve(ds: Any, params: Any, feedback: Feedback = SILENT) -> Any:
    """The impact-versus-budget curve (0 … 2× budget), without the cross-measure columns."""
    from kzplanner.core.planning.sweep import budget_curve

    curve = budget_curve(ds, params, feedback=feedback)
    return curve.drop(columns=list(CROSS_MEASURE_COLUMNS), errors="ignore")


def per_unit_records(ds: Any, result: Any, lang: str) -> list[dict[str, Any]]:
    """Per unit: names, before/after gaps, spending, people reached, allocation, explanation."""
    from kzplanner.core.planning.explain import explain_units

    per_unit = result.per_unit()
    reasons = explain_units(ds, result, lang)
    alloc = result.allocation
    records = []
    for code, row in per_unit.iterrows():
        lines = alloc[alloc["unit_code"] == code]
        records.append({
            "unit_code": code, "name": ds.unit_name(str(code), lang),
            **{k: float(v) for k, v in row.items()},
            "allocation": [{"instrument": r.instrument, "group": r.group, "count": int(r.count),
                            "cost_kzt": float(r.cost_kzt), "people": float(r.people)}
                           for r in lines.itertuples(index=False)],
            "explanation": reasons[code],
        })
    return records


def plan_summary(ds: Any, params: Any, result: Any, *, scenario: Any = None,
                 workbook: str | Path | None = None, lang: str = "ru", details: bool = False,
                 feedback: Feedback = SILENT) -> dict[str, Any]:
    """The plan's summary as `kzplanner plan` reports it: the result's summary, the scenario it
    was stored as (if any), the next million's value, the workbook written to `workbook` (if
    given, in `lang`), with `details` the curve and the per-unit records, then what the data
    lacks or doubts."""
    from kzplanner.core.planning.sweep import marginal_value

    summary = dict(result.summary)
    if scenario:
        summary["scenario"] = scenario
    summary["next_million"] = marginal_value(ds, params, result)
    if workbook:
        from kzplanner.core.io.write.plan_workbook import write_plan_workbook

        path = write_plan_workbook(workbook, ds, result, lang=lang, scenario=scenario)
        summary["workbook"] = str(path)
        feedback.progress(1.0, "written")
    if details:
        with feedback.sub(0.6, 1.0):
            summary["curve"] = plan_curve(ds, params, feedback).to_dict(orient="records")
        summary["units"] = per_unit_records(ds, result, lang)
    summary["illustrative_data"] = ds.illustrative
    summary["missing_inputs"] = ds.reconciliation.missing_inputs
    summary["data_doubts"] = ds.reconciliation.doubts
    return summary
