"""Projected versus actual, Qt-free: read what a programme reports afterwards, set it against the
plan's projection per unit, explain the variance in the interface language and export the whole
comparison to Excel.

Follow-up → Load actuals (gui.followup.actuals_view, the import wizard for other layouts) only
shows what these functions return. The export writes every text cell as text, by the plan
workbook's own cell writer (a unit called "=1+1" never becomes a formula).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_kzt, format_number, format_share
from kzplanner.core.io.read.actuals import import_actuals, is_canonical_actuals, read_actuals
from kzplanner.core.variance import (
    MEASURES,
    TOTAL,
    compare_projection,
    explain_variance,
    projection_per_unit,
)
from kzplanner.lazy import pd

LANGS = ("en", "ru", "kk")


@dataclass
class ActualsData:
    """The comparison of one actuals file with the plan, and what could not be matched."""

    file: str
    sheet: str | None
    comparison: pd.DataFrame
    unmatched: list[str] = field(default_factory=list)


def compute_comparison(path: str, units: Any, result: Any, mapping: Any = None,
                       institutions: Any = None) -> ActualsData:
    """Read the actuals (canonical, or with the import wizard's `mapping` and its decisions),
    project the plan per unit, compare."""
    if mapping is not None:
        actuals = import_actuals(path, mapping, units, institutions).actuals
    else:
        actuals = read_actuals(path, units=units, institutions=institutions)
    projected = projection_per_unit(result)
    comparison = compare_projection(projected, actuals)
    source = actuals.attrs.get("source", {})
    return ActualsData(str(path), source.get("sheet"), comparison,
                       list(actuals.attrs.get("unmatched", [])))


def load_canonical(path: str, units: Any, result: Any, institutions: Any = None
                   ) -> ActualsData | None:
    """The comparison when the file is canonical (the actuals template or a header of measure
    ids), None when it needs the import wizard."""
    if not is_canonical_actuals(path):
        return None
    return compute_comparison(path, units, result, institutions=institutions)


def measures(comparison: pd.DataFrame) -> list[str]:
    """The measures the comparison has, in MEASURES order."""
    return [m for m in MEASURES if f"{m}_projected" in comparison]


def measure_label(measure: str, lang: str) -> str:
    return label(measure, lang)


def format_measure(value: Any, measure: str, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if measure.endswith("_kzt"):
        return format_kzt(float(value), lang)
    return format_number(float(value), lang, 0)


def signed(text: str, value: Any) -> str:
    """`text` with a '+' in front when `value` is positive."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return text
    return f"+{text}" if v > 0 and not text.startswith("+") else text


def format_rate(value: Any, kind: str, lang: str) -> str:
    """A planned or actual rate: a share, ₸ per unit or a count."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if kind == "share":
        return format_share(float(value), lang)
    return format_measure(value, kind if kind == "spent_kzt" else "count", lang)


def _instrument(inst: Any, lang: str) -> str:
    if inst is None or (isinstance(inst, float) and math.isnan(inst)) or not inst:
        return ""
    return label(str(inst), lang)


def reasons_by_unit(why: pd.DataFrame) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for _, r in why.iterrows():
        inst = f"{r['instrument_label']}: " if r.get("instrument_label") else ""
        out.setdefault(str(r["unit_code"]), []).append(f"{inst}{r['text']}")
    return {k: "; ".join(v) for k, v in out.items()}


def explained(comparison: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The variance's reasons in `lang`, with the instrument's name."""
    why = explain_variance(comparison, lang)
    why["instrument_label"] = [_instrument(i, lang) for i in why["instrument"]]
    return why


def unit_names(comparison: pd.DataFrame, unit_name: Any, lang: str) -> dict[str, str]:
    """Unit code → name (by `unit_name(code)`), the total row named in `lang`."""
    names = {str(c): unit_name(str(c)) for c in comparison.index}
    names[TOTAL] = tr("data.act.total", lang)
    return names


def reason_rows(why: pd.DataFrame, names: dict[str, str], lang: str) -> list[list[str]]:
    """The reasons table as text: unit, instrument, reason, contribution, planned and actual
    rate."""
    rows = []
    for _, r in why.iterrows():
        code, measure = str(r["code"]), r["measure"]
        unit = "spent_kzt" if measure == "spent_kzt" else "count"
        rate_kind = ("share" if code.startswith("takeup") else
                     "spent_kzt" if code.startswith("cost") else "count")
        rows.append([names.get(str(r["unit_code"]), str(r["unit_code"])), r["instrument_label"],
                     r["text"], signed(format_measure(r["value"], unit, lang), r["value"]),
                     format_rate(r["projected"], rate_kind, lang),
                     format_rate(r["actual"], rate_kind, lang)])
    return rows


def difference_values(comparison: pd.DataFrame, measure: str) -> pd.Series:
    """Actual − projected of `measure` per unit (the total row left out)."""
    return comparison.loc[[c for c in comparison.index if c != TOTAL],
                          f"{measure}_difference"].astype(float)


def difference_indicator(comparison: pd.DataFrame, measure: str
                         ) -> tuple[str, pd.Series, dict[str, str]]:
    """The map indicator of actual − projected: its key, values per unit and labels by
    language."""
    labels = {lang: tr("data.act.map_label", lang, measure=measure_label(measure, lang))
              for lang in LANGS}
    return f"actual_minus_projected_{measure}", difference_values(comparison, measure), labels


def comparison_sheets(comparison: pd.DataFrame, names: dict[str, str], lang: str
                      ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The export's two sheets with headers in `lang`: comparison per unit, reasons."""
    why = explained(comparison, lang)
    reasons = reasons_by_unit(why)
    table = pd.DataFrame(index=comparison.index)
    table[tr("data.act.col_code", lang)] = ["" if c == TOTAL else c for c in comparison.index]
    table[tr("data.act.col_unit", lang)] = [names.get(c, c) for c in comparison.index]
    for m in MEASURES:
        if f"{m}_projected" not in comparison:
            continue
        for part in ("projected", "actual", "difference"):
            table[f"{measure_label(m, lang)} — {tr(f'data.act.{part}', lang)}"] = \
                comparison[f"{m}_{part}"].astype(float)
    table[tr("data.act.col_why", lang)] = [reasons.get(str(c), "") for c in comparison.index]
    out_why = pd.DataFrame({
        tr("data.act.col_unit", lang): [names.get(str(c), c) for c in why["unit_code"]],
        tr("data.act.col_instrument", lang): why["instrument_label"],
        tr("data.act.col_reason", lang): why["text"],
        tr("data.act.col_contribution", lang): why["value"],
        tr("data.act.col_planned_rate", lang): why["projected"],
        tr("data.act.col_actual_rate", lang): why["actual"],
    })
    return table.reset_index(drop=True), out_why


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python value openpyxl writes."""
    return value.item() if hasattr(value, "item") else value


def _write_sheet(ws: Any, frame: pd.DataFrame, freeze: str) -> None:
    """The frame under a header row, written by the plan workbook's own cell writer (text
    cells stay text: '=1+1' is no formula), columns fitted as there."""
    from kzplanner.core.io.write.workbook_cells import fit_columns, header_row, put

    header_row(ws, 1, [str(name) for name in frame.columns])
    for r, row in enumerate(frame.itertuples(index=False), start=2):
        for c, value in enumerate(row, start=1):
            put(ws, r, c, _plain(value))
    ws.freeze_panes = freeze
    fit_columns(ws)


def write_comparison(path: str, comparison: pd.DataFrame, names: dict[str, str],
                     lang: str) -> str:
    """The comparison as an Excel workbook (atomically): the comparison per unit, the
    reasons."""
    from kzplanner.core.io.write.atomic import write_atomically
    from kzplanner.core.io.write.xlsx_book import Book
    from kzplanner.core.io.write.xlsx_emit import write_book

    table, why = comparison_sheets(comparison, names, lang)

    def write(tmp: Path) -> None:
        wb = Book()
        _write_sheet(wb.create_sheet(tr("data.act.sheet_comparison", lang)[:31]), table, "C2")
        _write_sheet(wb.create_sheet(tr("data.act.sheet_reasons", lang)[:31]), why, "A2")
        write_book(wb, tmp)

    return str(write_atomically(path, write))
