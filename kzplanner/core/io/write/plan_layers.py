"""The plan for GIS staff and spreadsheets: a GeoPackage (units + kit points) and CSV tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from kzplanner.core.dataset import Dataset
from kzplanner.core.io.write.atomic import write_atomically, write_set_atomically
from kzplanner.core.planning.result import PlanResult, allocation_by_measure

# Every exported table and layer says whether its figures are the bundled illustrative sample
# (issue 20): a text column (so that no sum of numbers takes it in) and GeoPackage metadata.
STATUS_COLUMN = "data_status"
ILLUSTRATIVE_NOTE = "ILLUSTRATIVE SAMPLE DATA - not official statistics"


def data_status(ds: Dataset) -> str:
    """'illustrative' for the bundled sample's figures, else 'loaded'."""
    return "illustrative" if ds.illustrative else "loaded"


def with_status(frame: pd.DataFrame, ds: Dataset) -> pd.DataFrame:
    """The frame with the data_status column first."""
    out = frame.copy()
    out.insert(0, STATUS_COLUMN, data_status(ds))
    return out


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

    table = with_status(unit_table(ds, result), ds)
    units = gpd.GeoDataFrame(table, geometry=ds.units.geometry.reindex(table["unit_code"]).values,
                             crs=4326)
    kits = with_status(result.kits, ds)
    kits = gpd.GeoDataFrame(kits.drop(columns=["lat", "lon"]),
                            geometry=gpd.points_from_xy(kits["lon"], kits["lat"]), crs=4326)

    meta = {STATUS_COLUMN: data_status(ds)}
    if ds.illustrative:
        meta["note"] = ILLUSTRATIVE_NOTE

    def write(tmp: Path) -> None:
        tmp.unlink(missing_ok=True)  # GDAL creates the file itself
        units.to_file(tmp, layer="units", driver="GPKG", engine="pyogrio",
                      dataset_metadata=meta, layer_metadata=meta)
        kits.to_file(tmp, layer="kits", driver="GPKG", engine="pyogrio", append=True,
                     layer_metadata=meta)
        for name, frame in settlement_layers(ds, result).items():
            frame.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio", append=True,
                          layer_metadata=meta)

    return write_atomically(path, write)


def settlement_layers(ds: Dataset, result: PlanResult) -> dict[str, object]:
    """With settlements: 'villages_without_access' (one point per type and settlement without an
    institution of the type with access within reach, before the plan) and 'kit_villages' (one
    point per kit and settlement it newly covers); population_estimated flags estimates."""
    import geopandas as gpd

    if getattr(ds, "settlements", None) is None or getattr(ds, "coverage", None) is None:
        return {}
    from kzplanner.core.settlements import villages_without_access
    from kzplanner.core.settlements.plan import kit_villages

    parts = []
    for t in ("school", "fap", "psc"):
        v = villages_without_access(ds.settlements, ds.coverage, t)
        v.insert(0, "type", t)
        parts.append(v)
    missing = pd.concat(parts, ignore_index=True)
    per_kit = kit_villages(result)
    pos = ds.settlements.table.set_index("settlement_id")[["lat", "lon"]]
    per_kit = per_kit.join(pos, on="settlement_id")
    out = {}
    for name, frame in (("villages_without_access", missing), ("kit_villages", per_kit)):
        frame = with_status(frame, ds)
        frame["population_estimated"] = frame["population_estimated"].astype(bool)
        out[name] = gpd.GeoDataFrame(frame.drop(columns=["lat", "lon"]),
                                     geometry=gpd.points_from_xy(frame["lon"].astype(float),
                                                                 frame["lat"].astype(float)),
                                     crs=4326)
    return out


def write_plan_csv(path: str | Path, ds: Dataset, result: PlanResult) -> list[Path]:
    """`path` gets the per-unit table; `<stem>_allocation.csv` and `<stem>_kits.csv` beside it.

    UTF-8 with a byte-order mark so that Excel shows Cyrillic correctly; the first column,
    data_status, says 'illustrative' for the bundled sample's figures. The allocation lines
    carry each measure in its own column (allocation_by_measure), so that no column adds people
    across measures.
    """
    path = Path(path)
    tables = {path: with_status(unit_table(ds, result), ds),
              path.with_name(f"{path.stem}_allocation.csv"): with_status(allocation_by_measure(
                  result.allocation), ds),
              path.with_name(f"{path.stem}_kits.csv"): with_status(result.kits, ds)}
    # all three written aside first, then swapped in: a failure leaves the old set whole
    return write_set_atomically({target: (lambda tmp, f=safe_csv_frame(frame): f.to_csv(  # noqa: B008 (binds each frame)
        tmp, index=False, encoding="utf-8-sig")) for target, frame in tables.items()})


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = str.maketrans({c: " " for c in map(chr, [*range(0, 9), 11, 12, *range(14, 32)])})


def safe_csv_text(value: object) -> object:
    """A text cell a spreadsheet will not run: control characters replaced by spaces, and a text
    starting with = + - @, tab or CR prefixed with an apostrophe (OWASP's CSV-injection advice).
    Numbers (negative ones too) are not text and stay numbers."""
    if not isinstance(value, str):
        return value
    text = value.translate(_CONTROL)
    return "'" + text if text.startswith(_FORMULA_START) else text


def safe_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell made safe (safe_csv_text); numeric columns untouched."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].map(safe_csv_text)
    return out
