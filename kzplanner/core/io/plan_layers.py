"""The plan for GIS staff and spreadsheets: a GeoPackage (units + kit points) and CSV tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from kzplanner.core.dataset import Dataset
from kzplanner.core.io.atomic import write_atomically
from kzplanner.core.planning.result import PlanResult, allocation_by_measure


def unit_table(ds: Dataset, result: PlanResult) -> pd.DataFrame:
    """Per unit: names, population, gaps before/after, spending, each measure in its own column
    (people newly with a device; households — or people, see internet_unit — newly with home
    internet; institutions connected, by type, and the people they serve; never a sum across
    them) and spending by instrument (one row per unit, unit_code first)."""
    per_unit = result.per_unit()
    spend = result.allocation.pivot_table(index="unit_code", columns="instrument",
                                          values="cost_kzt", aggfunc="sum", fill_value=0.0)
    spend = spend.reindex(per_unit.index).fillna(0.0).add_prefix("spent_")
    names = ds.units[["name_en", "name_ru", "name_kk"]].reindex(per_unit.index)
    out = pd.concat([names, ds.units["population"].reindex(per_unit.index), per_unit, spend],
                    axis=1)
    out.insert(0, "unit_code", per_unit.index.astype(str))
    out["internet_unit"] = result.summary["measures"]["internet"]["unit"]
    from kzplanner.core.sources import loaded_indicators

    for col in loaded_indicators(ds):  # every indicator the statistics gave, for GIS staff
        if col not in out.columns:
            out[col] = ds.units[col].reindex(per_unit.index).to_numpy()
    return out.reset_index(drop=True)


def write_plan_geopackage(path: str | Path, ds: Dataset, result: PlanResult) -> Path:
    """Layers 'units' (polygons with indicators and allocation) and 'kits' (points), UTF-8."""
    import geopandas as gpd

    table = unit_table(ds, result)
    units = gpd.GeoDataFrame(table, geometry=ds.units.geometry.reindex(table["unit_code"]).values,
                             crs=4326)
    kits = result.kits.copy()
    kits = gpd.GeoDataFrame(kits.drop(columns=["lat", "lon"]),
                            geometry=gpd.points_from_xy(kits["lon"], kits["lat"]), crs=4326)

    def write(tmp: Path) -> None:
        tmp.unlink(missing_ok=True)  # GDAL creates the file itself
        units.to_file(tmp, layer="units", driver="GPKG", engine="pyogrio")
        kits.to_file(tmp, layer="kits", driver="GPKG", engine="pyogrio", append=True)

    return write_atomically(path, write)


def write_plan_csv(path: str | Path, ds: Dataset, result: PlanResult) -> list[Path]:
    """`path` gets the per-unit table; `<stem>_allocation.csv` and `<stem>_kits.csv` beside it.

    UTF-8 with a byte-order mark so that Excel shows Cyrillic correctly. The allocation lines
    carry each measure in its own column (allocation_by_measure), so that no column adds people
    across measures.
    """
    path = Path(path)
    tables = {path: unit_table(ds, result),
              path.with_name(f"{path.stem}_allocation.csv"): allocation_by_measure(
                  result.allocation),
              path.with_name(f"{path.stem}_kits.csv"): result.kits}
    written = []
    for target, frame in tables.items():
        written.append(write_atomically(
            target, lambda tmp, f=frame: f.to_csv(tmp, index=False, encoding="utf-8-sig")))
    return written
