"""Named scenarios (parameters, stored allocation, notes) and their side-by-side comparison."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from kzplanner.core.dataset import Dataset
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.planner import make_plan
from kzplanner.core.planning.result import PlanResult, SolverInfo, evaluate_plan
from kzplanner.lazy import pd


@dataclass(frozen=True)
class Allocation:
    """A plan as plain values: voucher counts per (unit, instrument, group) and kit ids.

    It is what a project file stores, so a reopened scenario reproduces its result exactly
    without solving again.
    """

    vouchers: tuple[tuple[str, str, str, int], ...] = ()
    kits: tuple[str, ...] = ()
    solver: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_result(cls, result: PlanResult) -> Allocation:
        v = result.allocation[result.allocation["instrument"] != "kit"]
        vouchers = tuple((str(u), str(i), str(g), int(c)) for u, i, g, c in
                         v[["unit_code", "instrument", "group", "count"]].itertuples(index=False))
        s = result.solver
        return cls(vouchers=vouchers, kits=tuple(str(k) for k in result.kits["inst_id"]),
                   solver={"method": s.method, "status": s.status, "optimal": s.optimal,
                           "mip_gap": s.mip_gap, "seconds": s.seconds})

    def apply(self, ds: Dataset, params: PlanParams, items: PlanItems | None = None) -> PlanResult:
        """The result of this allocation on `ds` (counts beyond today's caps are trimmed)."""
        items = items or build_items(ds, params)
        key = pd.MultiIndex.from_frame(items.vouchers[["unit_code", "instrument", "group"]])
        wanted = pd.Series({(u, i, g): c for u, i, g, c in self.vouchers}, dtype=float)
        counts = wanted.reindex(key).fillna(0.0).to_numpy()
        counts = np.minimum(counts, items.vouchers["max_count"].to_numpy())
        kits = items.kits["inst_id"].isin(set(self.kits)).to_numpy()
        s = self.solver
        info = SolverInfo(s.get("method", "manual"), s.get("status", "stored"),
                          bool(s.get("optimal", False)), s.get("mip_gap"),
                          float(s.get("seconds", 0.0)))
        return evaluate_plan(ds, params, items, counts, kits, info)


@dataclass(frozen=True)
class Scenario:
    name: str
    params: PlanParams
    allocation: Allocation | None = None
    notes: str = ""
    created: str = field(default_factory=lambda: dt.datetime.now().isoformat(timespec="seconds"))
    chosen: bool = False

    def renamed(self, name: str) -> Scenario:
        return replace(self, name=name)


def run_scenario(ds: Dataset, scenario: Scenario) -> tuple[Scenario, PlanResult]:
    """Solve the scenario's parameters and store the allocation in it."""
    result = make_plan(ds, scenario.params)
    return replace(scenario, allocation=Allocation.from_result(result)), result


def scenario_result(ds: Dataset, scenario: Scenario) -> PlanResult:
    """The stored allocation's result, or a fresh plan when nothing is stored yet."""
    if scenario.allocation is None:
        return make_plan(ds, scenario.params)
    return scenario.allocation.apply(ds, scenario.params)


# Each measure on its own row with its own ₸ per unit; no row adds people across measures.
HEADLINES: tuple[str, ...] = ("budget", "spent", "unspent", "newly_with_device", "kzt_per_device",
                              "newly_with_internet", "kzt_per_internet",
                              "institutions_connected", "people_served_by_kits",
                              "kzt_per_institution", "combined_gap_before",
                              "combined_gap_after", "gini_after")


def _value(x: float | None) -> float:
    return np.nan if x is None else float(x)


def headline(result: PlanResult) -> dict[str, float]:
    s = result.summary
    m = s["measures"]
    return {"budget": s["budget"], "spent": s["spent"], "unspent": s["unspent"],
            "newly_with_device": _value(m["device"]["newly"]),
            "kzt_per_device": _value(m["device"]["kzt_per_unit"]),
            "newly_with_internet": _value(m["internet"]["newly"]),
            "kzt_per_internet": _value(m["internet"]["kzt_per_unit"]),
            "institutions_connected": float(m["institutions"]["connected"]),
            "people_served_by_kits": float(m["institutions"]["people_served"]),
            "kzt_per_institution": _value(m["institutions"]["kzt_per_unit"]),
            "combined_gap_before": s["combined_gap_before"],
            "combined_gap_after": s["combined_gap_after"],
            "gini_after": s["disparity_after"]["gini"]}


def compare_scenarios(results: dict[str, PlanResult]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Headline figures side by side with deltas to the first scenario, and per-unit differences.

    Returns (headlines: rows = HEADLINES, columns = scenario names and 'Δ <name>' for the others;
    per_unit: spent and combined gap after per scenario, and the gap difference to the first).
    """
    names = list(results)
    table = pd.DataFrame({n: headline(results[n]) for n in names}).reindex(list(HEADLINES))
    base = names[0]
    for n in names[1:]:
        table[f"Δ {n}"] = table[n] - table[base]
    per_unit = pd.DataFrame({f"spent {n}": results[n].per_unit()["spent_kzt"] for n in names})
    for n in names:
        per_unit[f"gap after {n}"] = results[n].per_unit()["combined_gap_after"]
    for n in names[1:]:
        per_unit[f"Δ gap {n}"] = per_unit[f"gap after {n}"] - per_unit[f"gap after {base}"]
    return table, per_unit
