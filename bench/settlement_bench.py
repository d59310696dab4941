"""Settlement coverage at national scale (issue #17) beside a brute-force baseline measured in
the same run: the bundled sample's ~9,500 institutions and its illustrative layer of ~9,800
settlements (resources/sample/settlements.gpkg). Ours: compute_coverage (cKDTree on unit
vectors, every type, nearest and covered); the baseline: the haversine distance of every
settlement to every institution of the type (numpy, in blocks), then the same answers. The two
are checked equal before anything is recorded."""

from __future__ import annotations

from typing import Any

import numpy as np
from benchlib import _runs
from measures import Records, Row


def brute_force(table: Any, inst: Any, access: np.ndarray, reach: dict[str, float]) -> dict:
    lat_s = np.radians(table["lat"].to_numpy(float))[:, None]
    lon_s = np.radians(table["lon"].to_numpy(float))[:, None]
    out = {}
    for t in ("school", "fap", "psc"):
        sel = (inst["type"] == t).to_numpy()
        la = np.radians(inst["lat"].to_numpy(float)[sel])[None, :]
        lo = np.radians(inst["lon"].to_numpy(float)[sel])[None, :]
        has = access[sel]
        near = np.empty(len(lat_s))
        covered = np.empty(len(lat_s), dtype=bool)
        for a in range(0, len(lat_s), 1000):
            b = slice(a, a + 1000)
            h = (np.sin((la - lat_s[b]) / 2) ** 2
                 + np.cos(lat_s[b]) * np.cos(la) * np.sin((lo - lon_s[b]) / 2) ** 2)
            d = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
            near[b] = d.min(axis=1)
            covered[b] = (d[:, has] <= reach[t]).any(axis=1)
        out[t] = (covered, near)
    return out


def bench_coverage(rec: Records, repeats: int, size: str) -> list[Row]:
    if size != "national":
        return []
    from kzplanner import paths
    from kzplanner.app.settlements import _access, attach_settlements
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.settlements import compute_coverage

    ds = attach_settlements(load_dataset(), paths.sample_settlements())
    layer, inst = ds.settlements, ds.institutions
    access = _access(ds).to_numpy(bool)
    reach = ds.coverage.reach_km
    ours = compute_coverage(layer, inst, access, reach)
    ref = brute_force(layer.table, inst, access, reach)
    for t in ("school", "fap", "psc"):
        assert (ours.per_settlement[f"{t}_covered"].to_numpy() == ref[t][0]).all(), t
        assert np.allclose(ours.per_settlement[f"{t}_nearest_km"].to_numpy(), ref[t][1],
                           atol=1e-6), t
    n = f"{len(layer.table)} settlements × {len(inst)} institutions"
    rec.add("coverage_ours_national", _runs(lambda: compute_coverage(layer, inst, access, reach),
                                            repeats), f"compute_coverage, {n}")
    rec.add("coverage_brute_national", _runs(lambda: brute_force(layer.table, inst, access,
                                                                 reach), max(1, repeats // 2)),
            f"numpy haversine of every pair per type (blocks of 1,000 settlements), {n}")
    return [Row("settlement coverage (3 types, nearest + covered)", size,
                "coverage_ours_national", "coverage_brute_national",
                "brute-force haversine of every pair (measured)", (("max", 1.0),), "< 1 s")]
