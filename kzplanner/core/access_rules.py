"""When an institution counts as having access (plain values, no pandas: parameters need it at
start-up, before the data libraries load)."""

from __future__ import annotations

from dataclasses import dataclass, field


def _default_benchmarks() -> dict[str, float]:
    return {"school": 10.0, "fap": 10.0, "psc": 20.0}


def _default_gap_weights() -> dict[str, float]:
    return {"institutional": 0.5, "device": 0.25, "internet": 0.25}


@dataclass(frozen=True)
class AccessRules:
    """When an institution counts as having access, and how the combined gap is weighted.

    benchmarks_mbps: minimum download speed per type (a 'connected' row below it lacks access);
    gap_weights: weights of the institutional, device and internet gaps in the combined index.
    """

    benchmarks_mbps: dict[str, float] = field(default_factory=_default_benchmarks)
    gap_weights: dict[str, float] = field(default_factory=_default_gap_weights)
