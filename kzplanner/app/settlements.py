"""Settlements in a dataset (issue #17), for the CLI and the window alike: read, place, cover."""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np

from kzplanner.core.dataset import Dataset
from kzplanner.core.settlements.attach import _access, attach_settlements, with_served
from kzplanner.lazy import pd

__all__ = ["_access", "attach_settlements", "coverage_summary", "next_kit_ranking",
           "recompute_coverage", "with_served"]


def recompute_coverage(dataset: Dataset, reach_km: dict[str, float] | None = None,
                       weights: dict[str, float] | None = None, rules: Any = None) -> Dataset:
    """The dataset with its settlements' coverage for another reach (and, with `weights`, the
    estimates for other place weights)."""
    from kzplanner.core.settlements import compute_coverage, place_settlements

    layer = dataset.settlements
    if layer is None:
        return dataset
    if weights is not None:
        raw = pd.concat([layer.table, layer.outside], ignore_index=True)
        raw.loc[raw["population_estimated"].to_numpy(bool), "population"] = np.nan
        raw["row"] = np.arange(1, len(raw) + 1)
        layer = place_settlements(raw, dataset.units, dataset.units["population"], weights,
                                  source=layer.source)
    coverage = compute_coverage(layer, dataset.institutions, _access(dataset, rules), reach_km)
    return dataclasses.replace(dataset, settlements=layer, coverage=coverage,
                               institutions=with_served(dataset, coverage))


def coverage_summary(dataset: Dataset) -> dict[str, Any]:
    """Settlements placed / estimated / outside, and covered / not covered population per type
    (the CLI's --json; {} without settlements)."""
    layer, cov = dataset.settlements, dataset.coverage
    if layer is None or cov is None:
        return {}
    pop = layer.table["population"].to_numpy(float)
    est = layer.table["population_estimated"].to_numpy(bool)
    by_type = {}
    for t in ("school", "fap", "psc"):
        c = cov.per_settlement[f"{t}_covered"].to_numpy(bool)
        by_type[t] = {"reach_km": cov.reach_km[t], "covered_population": float(pop[c].sum()),
                      "not_covered_population": float(pop[~c].sum()),
                      "settlements_covered": int(c.sum()),
                      "settlements_not_covered": int((~c).sum())}
    return {"source": layer.source, "settlements_placed": int(len(layer.table)),
            "settlements_estimated": int(est.sum()),
            "settlements_outside": int(len(layer.outside)),
            "population": float(pop.sum()), "population_estimated": float(pop[est].sum()),
            "weights": dict(layer.weights), "notes": list(layer.notes), "by_type": by_type}


def next_kit_ranking(dataset: Dataset, params: Any = None) -> pd.DataFrame:
    """The "next kit" ranking (core.settlements.next_kits) under the plan's access rules and kit
    prices (the same cost_kzt as the plan's kit list); empty without settlements."""
    from kzplanner.core.planning.items import build_items
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.settlements import next_kits

    if dataset.settlements is None or dataset.coverage is None:
        return pd.DataFrame(columns=["inst_id", "name", "type", "unit_code", "newly_covered",
                                     "settlements", "cost_kzt", "per_million_kzt"])
    params = params or PlanParams()
    items = build_items(dataset, params)
    costs = pd.Series(items.kits["cost_kzt"].to_numpy(float),
                      index=items.kits["inst_id"].astype(str))
    return next_kits(dataset.settlements, dataset.institutions, items.access, costs,
                     dataset.coverage.reach_km)
