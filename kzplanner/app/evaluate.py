"""Evaluation after a programme, Qt-free: read a panel file (unit × period rows), estimate a
difference-in-differences, correlations and the gender view, and put the results in words.

`kzplanner evaluate did|corr` and Follow-up → Evaluate… (gui.followup.evaluation_dialog) both
call these functions; the dialog only shows what they return, the command line only prints it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzplanner.core.correlation import (
    correlations,
    correlations_by_gender,
    gender_gaps,
    gender_pairs,
)
from kzplanner.core.evaluation import estimate_did, pre_trends
from kzplanner.core.formatting import format_number
from kzplanner.core.io.read import layout
from kzplanner.core.io.read.actuals import read_panel
from kzplanner.errors import KZError
from kzplanner.lazy import pd

HEADER_SEARCH = 30


@dataclass
class PanelInfo:
    """A panel file's columns as the header row names them, those that look numeric, and each
    column's distinct values (at most 500, numbers first)."""

    path: str
    sheet: str | None
    columns: list[str]
    numeric: list[str]
    values: dict[str, list[Any]] = field(default_factory=dict)


def is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return not (isinstance(value, float) and math.isnan(value))
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            float(text)
        except ValueError:
            return False
        return bool(text)
    return False


def inspect_panel(path: str) -> PanelInfo:
    """The header row (the top row with most text cells), columns and which look numeric."""
    grid = layout.read_grid(path)
    best, best_count = None, 1
    for r, row in enumerate(grid.cells[:HEADER_SEARCH]):
        texts = [v for v in row if isinstance(v, str) and v.strip() and not is_number(v)]
        if len(texts) > best_count:
            best, best_count = r, len(texts)
    if best is None:
        raise KZError("header_not_found", file=path, sheet=grid.sheet or Path(path).name,
                      column="—", detail=str(HEADER_SEARCH))
    header = [str(v).strip() if v is not None else "" for v in grid.cells[best]]
    body = grid.cells[best + 1:]
    columns, numeric, values = [], [], {}
    for c, name in enumerate(header):
        if not name:
            continue
        cells = [row[c] for row in body if c < len(row) and row[c] is not None
                 and str(row[c]).strip()]
        columns.append(name)
        if cells and sum(is_number(v) for v in cells) >= 0.8 * len(cells):
            numeric.append(name)
        plain = {int(v) if isinstance(v, float) and v.is_integer() else
                 (v.strip() if isinstance(v, str) else v) for v in cells}
        values[name] = sorted(plain, key=lambda v: (not is_number(v), str(v) if not
                                                    is_number(v) else float(v)))[:500]
    return PanelInfo(path, grid.sheet, columns, numeric, values)


def guess_roles(info: PanelInfo) -> dict[str, str]:
    """The columns most likely to be the time, unit, treated flag and outcome ("" for none)."""

    def find(*words: str) -> str:
        for w in words:
            for c in info.columns:
                if w in c.lower():
                    return c
        return ""

    time = find("year", "period", "год", "жыл", "time", "период", "кезең")
    unit = find("unit_code", "unit", "region", "district", "регион", "район", "аудан", "облыс",
                "sex", "gender", "пол", "жыныс") or (info.columns[0] if info.columns else "")
    treated = find("treated", "programme", "program", "участ", "қатыс", "female")
    outcome_pool = [c for c in info.numeric if c not in (time, treated, unit)]
    outcome = outcome_pool[0] if outcome_pool else (info.numeric[0] if info.numeric else "")
    return {"time": time, "unit": unit, "treated": treated, "outcome": outcome}


def matching_units(values: list[Any], wanted: set[str]) -> set[str]:
    """The panel's unit ids (`values`) that are among `wanted` (codes or names, any case)."""
    low = {w.strip().lower() for w in wanted}
    return {str(v).strip() for v in values if str(v).strip().lower() in low}


def unit_keys(ds: Any, codes: Any) -> set[str]:
    """Each unit's code and its names in every language: what a panel may call it."""
    wanted: set[str] = set()
    for code in codes:
        wanted.add(str(code).lower())
        for lang in ("kk", "ru", "en"):
            try:
                wanted.add(ds.unit_name(code, lang).strip().lower())
            except KeyError:
                continue
    return wanted


@dataclass
class DidOutput:
    result: Any
    trends: pd.DataFrame | None


def run_did(path: str, outcome: str, unit: str, time: str, treated: Any, post_from: Any,
            cluster: bool, *, sheet: str | None = None, trends: bool = True) -> DidOutput:
    """Difference-in-differences of `outcome` with treated units from a column (str) or a set of
    unit ids, Post = time ≥ `post_from`; with `trends`, the pre-trend means too."""
    columns = list(dict.fromkeys([unit, time, outcome] + ([treated] if isinstance(treated, str)
                                                           else [])))
    panel = read_panel(path, columns, numeric=[outcome], sheet=sheet)
    result = estimate_did(panel, outcome, unit, time, treated, post_from, cluster=cluster)
    means = pre_trends(panel, outcome, unit, time, treated, post_from) if trends else None
    return DidOutput(result, means)


def run_correlations(path: str, columns: list[str], method: str, side: str = "all", *,
                     sheet: str | None = None
                     ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(r, p, n) among `columns`; with side 'female' or 'male', among that side of the paired
    indicators whose stems `columns` names."""
    if side == "all":
        frame = read_panel(path, columns, numeric=columns, sheet=sheet)
        return correlations(frame, columns, method)
    info = inspect_panel(path)
    pairs = gender_pairs(info.columns)
    cols = [pairs[s][i] for s in columns for i in (0, 1)]
    frame = read_panel(path, cols, numeric=cols)
    return correlations_by_gender(frame, columns, method)[side]


def run_gender(path: str, time: str, stem: str) -> pd.DataFrame:
    """Female and male series of the paired indicator `stem` over `time`, and the gap."""
    info = inspect_panel(path)
    female, male = gender_pairs(info.columns)[stem]
    frame = read_panel(path, [time, female, male], numeric=[female, male])
    return gender_gaps(frame, time, [stem])


def number_text(value: Any, lang: str, decimals: int = 4) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return format_number(float(value), lang, decimals)


def correlations_payload(r: Any, p: Any, n: Any, columns: list[str],
                         method: str) -> dict[str, Any]:
    """The matrices as JSON-ready nested dicts (what `evaluate corr --json` prints)."""

    def matrix(m: Any) -> dict[str, dict[str, Any]]:
        return {a: {b: m.loc[a, b] for b in columns} for a in columns}

    return {"method": method, "columns": columns, "r": matrix(r), "p": matrix(p),
            "n": matrix(n)}


def correlation_cell(r: float, p: float, n: int, lang: str) -> str:
    """One heatmap cell's text: r, p and n (a dash for an undefined r)."""
    if math.isnan(r):
        return f"—\nn = {n}"
    return f"r = {number_text(r, lang, 2)}\np = {number_text(p, lang, 3)}\nn = {n}"


def heat_rgb(r: float) -> tuple[int, int, int]:
    """Diverging colour of a correlation: red for negative, white at 0, blue for positive."""
    if math.isnan(r):
        return (0xF0, 0xF0, 0xF0)
    r = max(-1.0, min(1.0, r))
    base = (0x21, 0x66, 0xAC) if r >= 0 else (0xB2, 0x18, 0x2B)
    a = abs(r)
    red, green, blue = (int(255 + (c - 255) * a) for c in base)
    return (red, green, blue)
