"""Planning parameters: budget, strategy, cost catalogue, take-up, weights; plain values."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

from kzplanner.core.access_rules import AccessRules
from kzplanner.errors import KZError

STRATEGIES: tuple[str, ...] = ("max_impact", "envelopes", "proportional", "equal",
                                "worst_first")
INSTRUMENTS: tuple[str, ...] = ("device_voucher", "internet_voucher", "kit")
# What a kit supplies: a connection at the benchmark, equipment with licences, or both.
KIT_PACKAGES: tuple[str, ...] = ("connectivity", "connectivity_equipment", "equipment")


def _kit_costs() -> dict[str, dict[str, float]]:
    # Illustrative defaults in ₸ for the whole plan period: connectivity only (installation and
    # one year of a guaranteed-bandwidth contract); the planner replaces them with local prices.
    return {
        "school": {"urban": 2_400_000.0, "rural": 4_200_000.0},
        "fap": {"urban": 1_800_000.0, "rural": 2_600_000.0},
        "psc": {"urban": 2_000_000.0, "rural": 3_000_000.0},
    }


def _equipment_costs() -> dict[str, dict[str, float]]:
    # Illustrative defaults in ₸: equipment with licences for one institution (a school's class
    # set of computers and a projector, a FAP's telemedicine workstation, a PSC's service desks),
    # delivered and installed; rural delivery costs more.
    return {
        "school": {"urban": 3_000_000.0, "rural": 3_300_000.0},
        "fap": {"urban": 800_000.0, "rural": 900_000.0},
        "psc": {"urban": 1_200_000.0, "rural": 1_300_000.0},
    }


def _takeup() -> dict[str, float]:
    return {"large_families": 0.85, "hs_students": 0.95, "novice_teachers": 0.95,
            "elderly_60plus": 0.70, "pwd": 0.75}


def _instrument_shares() -> dict[str, float]:
    return {"device_voucher": 0.35, "internet_voucher": 0.25, "kit": 0.40}


def _envelope_shares() -> dict[str, float]:
    return {"kit": 0.40, "device_voucher": 0.35, "internet_voucher": 0.25}


@dataclass(frozen=True)
class CostCatalogue:
    """Unit costs in ₸. Internet voucher = monthly subsidy × months; overhead on vouchers.

    kit_kzt: connectivity only (installation and a year of guaranteed bandwidth), by type and
    area; equipment_kzt: equipment with licences. An institution pays for what it lacks:
    connectivity, equipment, or both (KIT_PACKAGES).
    """

    device_voucher_kzt: float = 150_000.0
    internet_monthly_kzt: float = 5_000.0
    internet_months: int = 12
    voucher_overhead_share: float = 0.05
    kit_kzt: dict[str, dict[str, float]] = field(default_factory=_kit_costs)
    equipment_kzt: dict[str, dict[str, float]] = field(default_factory=_equipment_costs)

    def voucher_cost(self, instrument: str) -> float:
        """Budgeted cost of one voucher, overhead included.

        >>> CostCatalogue().voucher_cost("internet_voucher")
        63000.0
        """
        base = (self.device_voucher_kzt if instrument == "device_voucher"
                else self.internet_monthly_kzt * self.internet_months)
        return base * (1.0 + self.voucher_overhead_share)

    def kit_cost(self, inst_type: str, area_type: str | None,
                 package: str = "connectivity") -> float:
        """Catalogue cost of what an institution lacks (rural prices where the area is unknown).

        >>> c = CostCatalogue()
        >>> c.kit_cost("fap", "rural"), c.kit_cost("fap", "rural", "connectivity_equipment")
        (2600000.0, 3500000.0)
        >>> c.kit_cost("fap", "urban", "equipment")
        800000.0
        """
        total = 0.0
        if package in ("connectivity", "connectivity_equipment"):
            total += _by_area(self.kit_kzt, inst_type, area_type)
        if package in ("equipment", "connectivity_equipment"):
            total += _by_area(self.equipment_kzt, inst_type, area_type)
        return total


def _by_area(table: dict[str, dict[str, float]], inst_type: str, area_type: str | None) -> float:
    by_area = table.get(inst_type) or {}
    return float(by_area.get(area_type or "rural", by_area.get("rural", 0.0)))


@dataclass(frozen=True)
class Constraints:
    """Planner limits. Shares are of the budget; amounts in ₸; unit keys are unit codes.

    instrument_max_share: e.g. {"device_voucher": 0.4} = at most 40 % of the budget on devices;
    unit_min_kzt / unit_max_kzt / unit_max_share: spending per unit; locked / excluded:
    institution ids that must / must not get a kit.
    """

    instrument_max_share: dict[str, float] = field(default_factory=dict)
    unit_min_kzt: dict[str, float] = field(default_factory=dict)
    unit_max_kzt: dict[str, float] = field(default_factory=dict)
    unit_max_share: dict[str, float] = field(default_factory=dict)
    locked: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()

    def unit_max(self, unit: str, budget: float) -> float:
        limits = [self.unit_max_kzt.get(unit, np.inf), self.unit_max_share.get(unit, np.inf)
                  * budget]
        return float(min(limits))

    def is_empty(self) -> bool:
        return not (self.instrument_max_share or self.unit_min_kzt or self.unit_max_kzt
                    or self.unit_max_share or self.locked or self.excluded)


@dataclass(frozen=True)
class PlanParams:
    """Everything a plan depends on besides the dataset.

    take-up τ_g: share of issued vouchers redeemed; priority β_g; equity λ ≥ 0 (0 = pure
    efficiency); instrument_shares are used by the proportional strategy only; envelope_shares
    are the envelopes strategy's fixed shares of the budget per programme. Maximum impact's
    exchange rate between kits and vouchers is rules.gap_weights (the combined index's weights).
    """

    budget_kzt: float = 2_000_000_000.0
    strategy: str = "max_impact"
    equity: float = 0.0
    costs: CostCatalogue = field(default_factory=CostCatalogue)
    takeup: dict[str, float] = field(default_factory=_takeup)
    default_takeup: float = 0.85
    priority: dict[str, float] = field(default_factory=dict)
    instrument_shares: dict[str, float] = field(default_factory=_instrument_shares)
    envelope_shares: dict[str, float] = field(default_factory=_envelope_shares)
    rules: AccessRules = field(default_factory=AccessRules)
    constraints: Constraints = field(default_factory=Constraints)
    time_limit_s: float = 30.0
    mip_rel_gap: float = 1e-6

    def takeup_of(self, group: str) -> float:
        return self.takeup.get(group, self.default_takeup)

    def with_changes(self, **changes: Any) -> PlanParams:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def validate(self) -> None:
        """Raise KZError('bad_parameter') for values the model cannot use."""
        if not self.budget_kzt >= 0:
            raise KZError("bad_parameter", column="budget_kzt", detail="must be ≥ 0")
        if self.strategy not in STRATEGIES:
            raise KZError("bad_parameter", column="strategy",
                          detail="one of {choices}",
                          extra={"choices": ", ".join(STRATEGIES)})
        if self.equity < 0:
            raise KZError("bad_parameter", column="equity", detail="must be ≥ 0")
        for g, t in self.takeup.items():
            if not 0 < t <= 1:
                raise KZError("bad_parameter", column=f"takeup.{g}", detail="must be in (0, 1]")
        for key, share in self.constraints.instrument_max_share.items():
            if key not in INSTRUMENTS or not 0 <= share <= 1:
                raise KZError("bad_parameter", column=f"instrument_max_share.{key}",
                              detail="an instrument with a share in [0, 1]")
        if self.costs.device_voucher_kzt <= 0 or self.costs.internet_monthly_kzt <= 0:
            raise KZError("bad_parameter", column="costs", detail="voucher costs must be > 0")
        for key, share in self.envelope_shares.items():
            if key not in INSTRUMENTS or not 0 <= share <= 1:
                raise KZError("bad_parameter", column=f"envelope_shares.{key}",
                              detail="an instrument with a share in [0, 1]")
        if sum(self.envelope_shares.values()) > 1 + 1e-9:
            raise KZError("bad_parameter", column="envelope_shares",
                          detail="the shares add up to more than 100 %")
        for key, weight in self.rules.gap_weights.items():
            if not weight >= 0:
                raise KZError("bad_parameter", column=f"rules.gap_weights.{key}",
                              detail="must be ≥ 0")
