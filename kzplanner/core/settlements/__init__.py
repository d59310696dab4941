"""Settlements (issue #17): where people live, which settlements have an institution with access
within reach, and what a kit newly covers.

- `layer.py`: SettlementLayer, place weights, place_settlements (spatial join to the units,
  population estimates for settlements without one);
- `coverage.py`: Coverage, compute_coverage (straight-line catchments on the sphere through a
  cKDTree), villages_without_access;
- `kits.py`: what a kit newly covers (kit_credit, the plan's additive value), the coverage a
  chosen set of kits reaches (coverage_after), kit_villages, next_kits.

Distances are great-circle distances on a sphere of radius EARTH_RADIUS_KM (the haversine
formula); the tree works on unit vectors, whose chord length orders points as the arc does.
"""

from __future__ import annotations

from kzplanner.core.settlements.coverage import (
    Coverage,
    compute_coverage,
    haversine_km,
    villages_without_access,
)
from kzplanner.core.settlements.kits import (
    coverage_after,
    kit_credit,
    kit_villages_of,
    next_kits,
)
from kzplanner.core.settlements.layer import (
    DEFAULT_REACH_KM,
    EARTH_RADIUS_KM,
    INSTITUTION_TYPES,
    PLACE_WEIGHTS_DEFAULT,
    SETTLEMENT_COLUMNS,
    SettlementLayer,
    place_settlements,
    reach_of,
)

__all__ = [
    "DEFAULT_REACH_KM", "EARTH_RADIUS_KM", "INSTITUTION_TYPES", "PLACE_WEIGHTS_DEFAULT",
    "SETTLEMENT_COLUMNS", "Coverage", "SettlementLayer", "compute_coverage", "coverage_after",
    "haversine_km", "kit_credit", "kit_villages_of", "next_kits", "place_settlements",
    "reach_of", "villages_without_access",
]
