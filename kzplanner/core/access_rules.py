"""When an institution counts as having access, how the combined gap is weighted, and how
target groups that overlap are counted (plain values, no pandas: parameters need it at start-up,
before the data libraries load)."""

from __future__ import annotations

from dataclasses import dataclass, field


def _default_benchmarks() -> dict[str, float]:
    return {"school": 10.0, "fap": 10.0, "psc": 20.0}


def _default_gap_weights() -> dict[str, float]:
    return {"institutional": 0.5, "device": 0.25, "internet": 0.25}


def _default_part_of() -> dict[str, str]:
    # "of which" relations known to the catalogue; each acts only when both groups are loaded.
    return {"elderly_with_disabilities": "pwd", "hs_students_large_families": "hs_students"}


@dataclass(frozen=True)
class AccessRules:
    """When an institution counts as having access, and how the combined gap is weighted.

    benchmarks_mbps: minimum download speed per type (a 'connected' row below it lacks access);
    equipment and licences count where the register gives them (has_equipment / has_licences);
    gap_weights: weights of the institutional, device and internet gaps in the combined index;
    they are also maximum impact's exchange rate between kits and vouchers (docs/model.md).
    group_part_of: child group → parent group whose people include the child's ("of which"):
    the child is never added to the parent in a total, and its vouchers come out of the parent's
    people. group_bound: group → the statistics column its eligible people cannot exceed (the
    population it comes from; default `population`).
    """

    benchmarks_mbps: dict[str, float] = field(default_factory=_default_benchmarks)
    gap_weights: dict[str, float] = field(default_factory=_default_gap_weights)
    group_part_of: dict[str, str] = field(default_factory=_default_part_of)
    group_bound: dict[str, str] = field(default_factory=dict)
