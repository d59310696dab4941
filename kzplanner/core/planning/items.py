"""The decision items of a plan: voucher lines (unit × group × instrument) and candidate kits,
with what each is worth to maximum impact (the combined gap it removes, weighted by population)
and to its own measure (people newly with a device or home internet, people served by an
institution newly with access)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kzplanner.core.catalogue import group_columns
from kzplanner.core.dataset import Dataset
from kzplanner.core.indicators import (
    GAP_KEYS,
    children_of,
    gaps_from_counts,
    group_totals,
    institution_access,
    national_counts,
    unit_counts,
)
from kzplanner.core.labels import choose, repeated
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.lazy import pd

_EPS = 1e-9
# Dimension of a voucher instrument and the statistics column of its need.
VOUCHER_DIMENSIONS: dict[str, str] = {"device_voucher": "device", "internet_voucher": "internet"}


@dataclass(frozen=True)
class PlanItems:
    """Vouchers and kits the strategies choose from, with their costs, caps and values.

    vouchers: unit_code, instrument, group, dimension, unit_cost_kzt, takeup, cap_people,
      max_count (= ⌊cap / τ⌋ so that no issued voucher is wasted past the cap), value (maximum
      impact's objective per voucher), measure (τ: people — or households, see cap_basis — newly
      with the dimension per voucher), envelope_value (w_u · β_g · τ, the envelopes objective),
      cap_basis ('households' where the internet cap comes from households_no_internet,
      'persons' otherwise and for devices);
    kits: the institutions without access: inst_id, name, type, unit_code, area_type,
      people_served, package ('connectivity', 'connectivity_equipment' or 'equipment': what the
      institution lacks), lacks_connection, lacks_equipment, lacks_licences, cost_kzt (the
      register's kit_cost, else the catalogue's price of the package), value (maximum impact's
      objective), measure (people served), envelope_value (w_u · people served), lat, lon.
    equity_weight: w_u per unit; access: access before, per institution row of the dataset
      (what is missing in access.attrs["needs"]).
    units: per unit, what the values are made of: population P_u, gap_weight_sum W_u (weights
      of the gaps that exist), people_served S_u, eligible E_u (target-group people counted
      once), internet_cap_basis and household_factor (households without internet / persons
      lacking internet, at most 1, where the data has households).
    gap_weights: the exchange rate used (rules.gap_weights).
    """

    vouchers: pd.DataFrame
    kits: pd.DataFrame
    equity_weight: pd.Series
    access: pd.Series
    counts_before: pd.DataFrame
    gaps_before: pd.DataFrame
    # the national gaps before (gaps_from_counts of the summed counts_before): the same for
    # every re-plan on these items, so worked out once here
    national_before: pd.Series
    units: pd.DataFrame = field(default_factory=lambda: pd.DataFrame())
    gap_weights: dict[str, float] = field(default_factory=dict)
    # with settlements: core.settlements.plan.SettlementBasis (covered before, kit credits)
    settlements: Any = None

    @property
    def internet_cap_basis(self) -> pd.Series:
        """'households' or 'persons' per unit: what caps its internet vouchers."""
        return self.units.get("internet_cap_basis", pd.Series(dtype=object))


# The parameters build_items reads; the others (budget, strategy, limits, solver settings,
# proportional and envelope shares) leave the items as they are, so a re-plan after changing
# only those may reuse them.
ITEM_FIELDS = ("equity", "costs", "takeup", "default_takeup", "priority", "rules")


def same_items(a: PlanParams, b: PlanParams) -> bool:
    """True when build_items gives the same items under `a` and `b` (for the same dataset)."""
    return all(getattr(a, f) == getattr(b, f) for f in ITEM_FIELDS)


def equity_weights(combined_gap: pd.Series, equity: float) -> pd.Series:
    """w_u = (G_u / mean G)^λ; units without a gap value get weight 1.

    >>> equity_weights(pd.Series([10.0, 30.0]), 1.0).round(2).tolist()
    [0.5, 1.5]
    """
    g = combined_gap.astype(float)
    mean = g.mean(skipna=True)
    if equity == 0 or not mean or np.isnan(mean):
        return pd.Series(1.0, index=g.index)
    w = (g / mean).clip(lower=0.0) ** equity
    return w.fillna(1.0)


def _per(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den where den > 0, else 0 (a gap that does not exist removes nothing)."""
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    ok = np.isfinite(den) & (den > 0) & np.isfinite(num)
    return np.where(ok, num / np.where(ok, den, 1.0), 0.0)


def unit_exchange(ds: Dataset, params: PlanParams, counts: pd.DataFrame,
                  gaps: pd.DataFrame) -> pd.DataFrame:
    """Per unit: the parts of every item's value (see PlanItems.units)."""
    rules = params.rules
    w = rules.gap_weights
    exists = {k: gaps[f"{k}_gap"].notna().to_numpy() for k in GAP_KEYS}
    weight_sum = sum(np.where(exists[k], w.get(k, 0.0), 0.0) for k in GAP_KEYS)
    c = {col: counts[col].to_numpy(dtype=float) for col in counts.columns}
    served = sum(c[f"{t}_people"] for t in ("school", "fap", "psc"))
    totals = group_totals(c, ds.groups, rules)
    eligible = totals["eligible"]
    lacking_int = totals["lacking_internet"]
    if "households_no_internet" in ds.units:
        households = ds.units["households_no_internet"].to_numpy(dtype=float)
    else:
        households = np.full(len(ds.units), np.nan)
    known = np.isfinite(households)
    factor = np.where(known & (lacking_int > 0),
                      np.minimum(1.0, _per(np.where(known, households, 0.0), lacking_int)), 1.0)
    return pd.DataFrame({
        "population": counts["population"].to_numpy(dtype=float),
        "gap_weight_sum": weight_sum,
        "people_served": served,
        "eligible": eligible,
        "internet_cap_basis": np.where(known, "households", "persons"),
        "household_factor": factor,
    }, index=counts.index)


def baseline_access_gaps(ds: Dataset, params: PlanParams) -> tuple[pd.Series, pd.DataFrame]:
    """Each institution's access and each unit's gaps before any plan: what build_items
    starts from (its `access` and `gaps_before`), without the plan's items (the map needs
    only these)."""
    access, _counts, gaps, _basis = _access_counts_gaps(ds, params)
    return access, gaps


def _access_counts_gaps(ds: Dataset, params: PlanParams
                        ) -> tuple[pd.Series, pd.DataFrame, pd.DataFrame, Any]:
    """Access, counts and gaps before any plan, and the settlements' basis (None without
    settlements); with settlements FAPs and PSCs count coverage (settlements.plan.coverage_counts),
    the measure their kits are valued by."""
    from kzplanner.core.settlements.plan import coverage_counts, settlement_basis

    access = institution_access(ds.institutions, params.rules)
    counts = unit_counts(ds.units, ds.institutions, access, ds.groups)
    basis = settlement_basis(ds, access)
    if basis is not None:
        counts = coverage_counts(counts, basis, basis.before)
    return access, counts, gaps_from_counts(counts, ds.groups, params.rules), basis


def build_items(ds: Dataset, params: PlanParams) -> PlanItems:
    rules = params.rules
    access, counts, gaps, settled = _access_counts_gaps(ds, params)
    w_u = equity_weights(gaps["combined_gap"], params.equity)
    units = unit_exchange(ds, params, counts, gaps)
    avail = ds.units["network_coverage_share"].astype(float).fillna(1.0).clip(0.0, 1.0)
    weights = rules.gap_weights
    # 100 · P_u / W_u: a unit's index points per unit of its gap shares, times its people.
    scale = _per(100.0 * units["population"].fillna(0.0).to_numpy(), units["gap_weight_sum"])
    c = {col: counts[col].to_numpy(dtype=float) for col in counts.columns}
    clipped = group_totals(c, ds.groups, rules)
    rows = []
    for g in ds.groups:
        _, no_dev, no_int = group_columns(g)
        tau = params.takeup_of(g)
        beta = params.priority.get(g, 1.0)
        kids = children_of(g, ds.groups, rules)
        for instrument, col, dim in (("device_voucher", no_dev, "device"),
                                     ("internet_voucher", no_int, "internet")):
            k = 1 if dim == "device" else 2
            # Its own people: a parent's vouchers leave its "of which" children's to theirs.
            own = np.nan_to_num(clipped[col]) - sum(
                (np.nan_to_num(clipped[group_columns(h)[k]]) for h in kids), np.zeros(len(avail)))
            need = np.clip(own, 0.0, None)
            if dim == "device":
                cap, basis = need, repeated("persons", len(need))
            else:
                cap = need * avail.to_numpy() * units["household_factor"].to_numpy()
                basis = units["internet_cap_basis"].to_numpy(dtype=object)
            per_gap = _per(weights.get(dim, 0.0) * tau * np.ones(len(need)), units["eligible"])
            frame = pd.DataFrame({
                "unit_code": ds.units.index, "instrument": instrument, "group": g,
                "dimension": dim,
                "unit_cost_kzt": params.costs.voucher_cost(instrument), "takeup": tau,
                "cap_people": cap,
                "max_count": np.floor(cap / tau + _EPS),
                "value": w_u.to_numpy() * beta * scale * per_gap,
                "measure": tau,
                "envelope_value": w_u.to_numpy() * beta * tau,
                "cap_basis": basis,
            })
            rows.append(frame)
    vouchers = (pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(
        columns=["unit_code", "instrument", "group", "dimension", "unit_cost_kzt", "takeup",
                 "cap_people", "max_count", "value", "measure", "envelope_value", "cap_basis"]))
    vouchers = vouchers.sort_values(["unit_code", "instrument", "group"], kind="stable")
    vouchers = vouchers.reset_index(drop=True)
    kits = _kits(ds, params, access, w_u, units, scale, settled)
    return PlanItems(vouchers=vouchers, kits=kits, equity_weight=w_u, access=access,
                     counts_before=counts, gaps_before=gaps, units=units,
                     gap_weights=dict(weights), settlements=settled,
                     national_before=gaps_from_counts(national_counts(counts), ds.groups,
                                                      rules).iloc[0])


def _kits(ds: Dataset, params: PlanParams, access: pd.Series, w_u: pd.Series,
          units: pd.DataFrame, scale: np.ndarray, basis: Any = None) -> pd.DataFrame:
    """The institutions without access, each with the package it lacks and its price. With
    settlements (`basis`), a FAP's or PSC's kit is valued by the population credited to it
    (newly_covered: core.settlements.kits.kit_credit) instead of the people it serves."""
    needs = access.attrs["needs"]
    lacking = ~access.to_numpy(dtype=bool)
    inst = ds.institutions[lacking]  # a new frame (copy-on-write: the register stays as it is)
    need = needs[lacking]
    link = need["lacks_connection"].to_numpy(dtype=bool)
    kit = (need["lacks_equipment"] | need["lacks_licences"]).to_numpy(dtype=bool)
    # 0 equipment, 1 connectivity, 2 both
    inst["package"] = choose(link.astype(int) + (link & kit),
                             ["equipment", "connectivity", "connectivity_equipment"])
    for col in ("lacks_connection", "lacks_equipment", "lacks_licences"):
        inst[col] = need[col].to_numpy(dtype=bool)
    given = inst["kit_cost"].astype(float)
    keys = list(zip(inst["type"], inst["area_type"], inst["package"], strict=True))
    price = {k: params.costs.kit_cost(*k) for k in set(keys)}  # a few kinds, many kits
    catalogue = [price[k] for k in keys]
    inst["cost_kzt"] = np.where(given.notna(), given, catalogue)
    served = inst["people_served"].astype(float).fillna(0.0).to_numpy()
    basis_col = (inst["people_served_basis"].astype(str).to_numpy(dtype=object)
                 if "people_served_basis" in inst else repeated("register", len(inst)))
    if basis is not None:
        newly = basis.credit.reindex(inst["inst_id"].astype(str)).fillna(0.0).to_numpy(float)
        valued = inst["type"].isin(["fap", "psc"]).to_numpy()
        served = np.where(valued, newly, served)
        basis_col = np.where(valued, repeated("newly_covered", len(inst)), basis_col)
        inst["newly_covered"] = newly
    else:
        inst["newly_covered"] = np.nan
    inst["value_basis"] = basis_col
    pos = pd.Index(units.index).get_indexer(inst["unit_code"])
    ok = pos >= 0
    at = np.where(ok, pos, 0)
    w = np.where(ok, w_u.to_numpy()[at], 0.0)
    w_inst = params.rules.gap_weights.get("institutional", 0.0)
    per_gap = _per(w_inst * served, units["people_served"].to_numpy()[at])
    inst["value"] = np.where(ok, w * scale[at] * per_gap, 0.0)
    inst["measure"] = served
    inst["envelope_value"] = w * served
    if basis is not None:  # each credited settlement counts in its own unit's index
        value, envelope = _credited_values(basis, units, w_u.to_numpy(float), scale, w_inst)
        ids = inst["inst_id"].astype(str)
        inst["value"] = np.where(valued, value.reindex(ids).fillna(0.0).to_numpy(float),
                                 inst["value"].to_numpy(float))
        inst["envelope_value"] = np.where(valued,
                                          envelope.reindex(ids).fillna(0.0).to_numpy(float),
                                          inst["envelope_value"].to_numpy(float))
    return inst[["inst_id", "name", "type", "unit_code", "area_type", "people_served", "package",
                 "lacks_connection", "lacks_equipment", "lacks_licences", "cost_kzt", "value",
                 "measure", "envelope_value", "lat", "lon", "newly_covered",
                 "value_basis"]].reset_index(drop=True)


def _credited_values(basis: Any, units: pd.DataFrame, w_u: np.ndarray, scale: np.ndarray,
                     w_inst: float) -> tuple[pd.Series, pd.Series]:
    """Per FAP or PSC candidate: Maximum impact's value of the population credited to it
    (settlements.kits.kit_credit), each settlement in its own unit's terms, w_u · 100 P_u / W_u ·
    w_inst · p_s / S_u (settlements.plan.coverage_counts: the institutional gap of u falls by
    p_s / S_u when s is newly covered; a kit may cover settlements of a neighbouring unit); and
    the same without the index, Σ w_u · p_s (its envelope value)."""
    from kzplanner.core.settlements.plan import VALUE_TYPES

    table = basis.layer.table
    pos = pd.Index(units.index).get_indexer(table["unit_code"])
    ok = pos >= 0
    at = np.where(ok, pos, 0)
    pop = table["population"].to_numpy(float)
    weight = np.where(ok, w_u[at], 0.0)
    factor = np.where(ok, weight * scale[at] * _per(w_inst * np.ones(len(at)),
                                                    units["people_served"].to_numpy(float)[at]),
                      0.0)
    values, envelopes = [], []
    for t in VALUE_TYPES:
        cid = basis.credit_ids[f"{t}_credit_id"].to_numpy(dtype=object)
        credited = cid != ""
        keys = pd.Series(cid[credited])
        values.append(pd.Series(pop[credited] * factor[credited]).groupby(keys).sum())
        envelopes.append(pd.Series(pop[credited] * weight[credited]).groupby(keys).sum())
    return pd.concat(values), pd.concat(envelopes)


def plan_objective(items: PlanItems, voucher_counts: np.ndarray, kit_mask: np.ndarray) -> float:
    """Maximum impact's objective of any allocation: Σ_u w_u · P_u · (G_u before − G_u after),
    the combined index in points (β_g ≠ 1 scales a group's part). Rule-based plans and manual
    edits are scored on it too."""
    return float(np.nan_to_num(items.vouchers["value"].to_numpy(float)) @ np.asarray(
        voucher_counts, dtype=float) + np.nan_to_num(items.kits["value"].to_numpy(float)) @
        np.asarray(kit_mask, dtype=float))
