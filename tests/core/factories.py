"""Small synthetic datasets for planning tests (square units, explicit institutions)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import box

from kzplanner.core.dataset import Dataset
from kzplanner.core.reconciliation import Reconciliation


def make_dataset(units: list[dict], institutions: list[dict] | None = None,
                 groups: tuple[str, ...] = ("hs_students",)) -> Dataset:
    """Units as dicts with unit_code and indicator columns; institutions as dicts."""
    frame = pd.DataFrame(units)
    frame["geometry"] = [box(i, 0, i + 1, 1) for i in range(len(frame))]
    for col in ("name_en", "name_ru", "name_kk"):
        if col not in frame:
            frame[col] = frame["unit_code"]
    if "network_coverage_share" not in frame:
        frame["network_coverage_share"] = 1.0
    if "population" not in frame:
        frame["population"] = 1000.0
    gdf = gpd.GeoDataFrame(frame, geometry="geometry", crs=4326).set_index("unit_code",
                                                                            drop=False)
    gdf.index.name = None
    cols = ["inst_id", "name", "type", "unit_code", "lat", "lon", "area_type", "people_served",
            "connected", "download_mbps", "connection_type", "has_equipment", "has_licences",
            "kit_cost"]
    inst = pd.DataFrame(institutions or [], columns=cols)
    for col, default in (("lat", np.nan), ("lon", np.nan), ("download_mbps", np.nan),
                         ("kit_cost", np.nan), ("area_type", "rural")):
        inst[col] = inst[col].where(inst[col].notna(), default) if len(inst) else inst[col]
    return Dataset(units=gdf, institutions=inst, groups=groups, sources=[],
                   reconciliation=Reconciliation())
