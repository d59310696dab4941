"""The printable-map workflow, Qt-free: which indicators a dataset offers, the class limits a
user gives, and the prepared dataset (with its plan for the projected/change scenarios) that
gui.print_service draws. `kzplanner map` is thin over it."""

from __future__ import annotations

from typing import Any

from kzplanner.errors import KZError

SCENARIOS = ("baseline", "projected", "change")
SCHEMES = ("quantiles", "equal_interval", "fisher_jenks", "box_map", "user_defined", "policy")


def offered_indicators(ds: Any) -> list[str]:
    """The gap indicators, then the data's own (population, coverage, monitoring, custom), then
    with settlements the population covered / not covered by type (as the window offers)."""
    from kzplanner.app.display.indicator_values import extra_indicators, map_indicators
    from kzplanner.app.display.settlement_data import register_coverage_indicators

    offered = list(map_indicators(tuple(extra_indicators(ds.units))))
    return offered + [k for k in register_coverage_indicators(ds) if k not in offered]


def _prepared(ds: Any, params: Any) -> Any:
    """The prepared dataset, with the settlements' coverage indicators when it has any."""
    from kzplanner.app.display.prepared import prepare_dataset
    from kzplanner.core.planning.items import build_items

    items = build_items(ds, params)
    prepared = prepare_dataset(ds, params, items=items)
    if getattr(ds, "settlements", None) is None:
        return prepared
    from kzplanner.app.display.settlement_data import with_settlements

    return with_settlements(prepared, ds, params, items)


def user_breaks(text: str | None, indicator: str) -> tuple[float, ...]:
    """Upper class limits as the legend shows them ('10,20,30'; percent for shares), sorted, as
    the classification reads them (shares as fractions)."""
    from kzplanner.app.display.indicator_values import indicator_kind

    if not text:
        raise KZError("bad_parameter", column="--breaks",
                      detail="--scheme user_defined needs --breaks")
    scale = 100.0 if indicator_kind(indicator) == "share" else 1.0
    try:
        return tuple(sorted(float(b) / scale for b in text.split(",") if b.strip()))
    except ValueError as exc:
        raise KZError("bad_parameter", column="--breaks", detail="not a list of numbers: “{value}”",
                      extra={"value": text}) from exc


def prepare_map(ds: Any, scenario: str = "baseline", *, budget: float | None = None,
                strategy: str | None = None) -> tuple[Any, Any]:
    """(prepared dataset, plan result or None): the plan (default parameters with `budget` and
    `strategy` on top) is made for the projected and change scenarios only."""
    from kzplanner.app.plan import make_plan, plan_params

    params = plan_params(budget=budget, strategy=strategy, require_budget=False)
    prepared = _prepared(ds, params)
    result = make_plan(ds, params) if scenario != "baseline" else None
    return prepared, result


def prepare_stored(ds: Any, scenario: Any, view: str = "projected") -> tuple[Any, Any]:
    """(prepared dataset, the stored scenario's plan result or None for the baseline view): a
    scenario of a project drawn with its own parameters and its stored allocation."""
    from kzplanner.core.scenario import scenario_result

    prepared = _prepared(ds, scenario.params)
    result = scenario_result(ds, scenario) if view != "baseline" else None
    return prepared, result


def stored_title(name: str, indicator: str, lang: str) -> str:
    """The page title of a stored scenario's map: the indicator and the scenario's name."""
    from kzplanner.app.strings import tr
    from kzplanner.core.catalogue import label

    return tr("cli.map_scenario_title", lang, indicator=label(indicator, lang), name=name)
