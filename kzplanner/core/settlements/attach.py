"""Settlements attached to a dataset (issue 17): the file read, its points placed in the
units, their coverage computed, and FAPs' and PSCs' people served taken from it. Used by the
CLI and the window (through app.settlements) and by opening a project that names a settlement
file (core.io.read.project_open)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from kzplanner import paths
from kzplanner.core.dataset import Dataset, Source
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.lazy import pd


def _access(ds: Dataset, rules: Any = None) -> pd.Series:
    from kzplanner.core.access_rules import AccessRules
    from kzplanner.core.indicators import institution_access

    return institution_access(ds.institutions, rules or AccessRules())


def with_served(ds: Dataset, coverage: Any) -> pd.DataFrame:
    """The dataset's institutions with FAPs' and PSCs' people served from the settlements (the
    population of the settlements whose nearest institution of the type they are), labelled
    'settlements' in people_served_basis; schools and institutions without a position keep
    theirs."""
    inst = ds.institutions.copy()
    if "people_served_basis" not in inst:
        inst["people_served_basis"] = "estimate" if ds.institutions_estimated else "register"
    ids = inst["inst_id"].astype(str)
    hit = ids.isin(coverage.served.index).to_numpy() & inst["type"].isin(["fap", "psc"]).to_numpy()
    inst.loc[hit, "people_served"] = coverage.served.reindex(ids[hit]).to_numpy(float)
    inst.loc[hit, "people_served_basis"] = "settlements"
    return inst


def attach_settlements(dataset: Dataset, path: str | Path, reach_km: dict[str, float] | None = None,
                       weights: dict[str, float] | None = None, feedback: Feedback = SILENT,
                       rules: Any = None) -> Dataset:
    """A new Dataset with the settlements of `path` placed in its units and their coverage
    (KZError on a file that cannot be used; the dataset given is not changed)."""
    from kzplanner.core.io.read.settlements import read_settlements
    from kzplanner.core.settlements import compute_coverage, place_settlements

    feedback.progress(0.0, "settlements")
    raw = read_settlements(path)
    feedback.progress(0.4, "settlements")
    layer = place_settlements(raw, dataset.units, dataset.units["population"], weights,
                              source=str(path))
    feedback.progress(0.7, "coverage")
    coverage = compute_coverage(layer, dataset.institutions, _access(dataset, rules), reach_km)
    sample = Path(path).resolve() == paths.sample_settlements().resolve()
    sources = [s for s in dataset.sources if s.kind != "settlements"]
    sources.append(Source("settlements", str(path), illustrative=sample,
                          attribution="" if sample else _attribution(raw)))
    feedback.progress(1.0, "done")
    return dataclasses.replace(dataset, settlements=layer, coverage=coverage,
                               institutions=with_served(dataset, coverage), sources=sources,
                               illustrative=dataset.illustrative or sample)


def _attribution(raw: pd.DataFrame) -> str:
    ids = raw["settlement_id"].astype(str)
    osm = ids.str.match(r"^(node|way|relation|[nwr])/?\d+$").mean() if len(ids) else 0.0
    return "© OpenStreetMap contributors, ODbL" if osm > 0.5 else ""


def settlement_record(dataset: Dataset) -> dict[str, Any] | None:
    """What a project remembers of the dataset's settlements (None without): the file, the
    reach per type and the place-type weights they were computed with."""
    layer, coverage = dataset.settlements, dataset.coverage
    if layer is None or not getattr(layer, "source", ""):
        return None
    return {"file": str(layer.source),
            "reach_km": {str(k): float(v) for k, v in dict(coverage.reach_km).items()}
            if coverage is not None else {},
            "weights": {str(k): float(v) for k, v in dict(layer.weights).items()}}


def record_from(value: Any) -> dict[str, Any] | None:
    """A stored settlement record checked (None for none; ValueError for a damaged one)."""
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("file"), str) \
            or not value["file"]:
        raise ValueError("settlements: a record with a file name")
    out: dict[str, Any] = {"file": value["file"]}
    for key in ("reach_km", "weights"):
        part = value.get(key) or {}
        if not isinstance(part, dict):
            raise ValueError(f"settlements.{key}")
        numbers = {str(k): float(v) for k, v in part.items()}
        if any(not (v >= 0 and v < float("inf")) for v in numbers.values()):
            raise ValueError(f"settlements.{key}")
        if key == "reach_km" and any(v <= 0 for v in numbers.values()):
            raise ValueError("settlements.reach_km")
        out[key] = numbers
    return out
