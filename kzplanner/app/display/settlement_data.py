"""A prepared dataset with its settlements attached (issue 17), built in the worker.

The map's shapes, outlines and holes do not change with settlements, so they are kept; what
changes is recomputed: the plan items (a FAP's or PSC's people served now come from the
settlements), the baseline indicators plus the per-unit coverage indicators (covered / not
covered population by type), and the institutions' symbol sizes. No Qt.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from kzplanner.app.display.indicator_values import extra_indicators
from kzplanner.app.display.map_points import institution_status, size_factors
from kzplanner.app.display.prepared import PreparedDataset
from kzplanner.app.display.settlement_text import coverage_indicators
from kzplanner.core.catalogue import register_indicator
from kzplanner.core.dataset import Dataset
from kzplanner.core.planning.items import PlanItems, build_items
from kzplanner.core.planning.parameters import PlanParams


def register_coverage_indicators(ds: Dataset) -> dict[str, object]:
    """Make the coverage indicators of `ds` known (labels in kk/ru/en, direction) and return
    their values per unit (key → Series); {} without settlements."""
    coverage = getattr(ds, "coverage", None)
    if coverage is None:
        return {}
    out: dict[str, object] = {}
    for key, (values, labels, bad_high) in coverage_indicators(coverage.per_unit).items():
        register_indicator(key, labels, "count", bad_is_high=bad_high)
        out[key] = values
    return out


def with_settlements(prepared: PreparedDataset, ds: Dataset, params: PlanParams,
                     items: PlanItems | None = None) -> PreparedDataset:
    """`prepared` on `ds` (the same units with settlements attached): items, baseline,
    access and the institutions' symbols again; the map's geometry kept. Indicators added at
    run time (actual − projected) stay."""
    items = items if items is not None else build_items(ds, params)
    extras = extra_indicators(ds.units)
    baseline = items.gaps_before.join(ds.units[extras].astype(float)) if extras else \
        items.gaps_before.copy()
    for key in prepared.extra_indicators:  # run-time indicators
        if key not in baseline.columns and key in prepared.baseline.columns:
            baseline[key] = prepared.baseline[key].reindex(baseline.index)
            extras.append(key)
    for key, values in register_coverage_indicators(ds).items():
        baseline[key] = values.reindex(baseline.index).astype(float)  # type: ignore[attr-defined]
        if key not in extras:
            extras.append(key)
    access = items.access.to_numpy(dtype=bool)
    inst = ds.institutions
    codes = list(prepared.map.codes)
    drawn = baseline.reindex(codes)
    mapped = replace(prepared.map,
                     baseline={str(c): drawn[c].to_numpy(dtype=float) for c in drawn.columns},
                     inst_sizes=size_factors(inst),
                     inst_status=institution_status(inst, access, np.zeros(len(inst), bool)))
    return replace(prepared, dataset=ds, baseline=baseline, access=access, map=mapped,
                   extra_indicators=tuple(extras))
