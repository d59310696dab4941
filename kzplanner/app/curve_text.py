"""The impact-versus-budget curve (`kzplanner plan --sweep`) as a table in one language: the
window's words for each column, ₸, whole people and the language's number format."""

from __future__ import annotations

from typing import Any

COLUMNS: dict[str, tuple[str, int]] = {  # column → (string key, decimals; -1: money)
    "budget": ("sweep.budget", -1),
    "spent": ("sweep.spent", -1),
    "people_device": ("sweep.people_device", 0),
    "people_internet": ("sweep.people_internet", 0),
    "people_institutional": ("sweep.people_institutional", 0),
    "institutions": ("sweep.institutions", 0),
    "objective": ("sweep.objective", 0),
    "combined_gap_after": ("sweep.combined_gap_after", 1),
}


def curve_text(curve: Any, lang: str) -> str:
    """Each budget step one row; columns not known here are left out (the JSON keeps them)."""
    from kzplanner.app.strings import tr
    from kzplanner.core.formatting import format_kzt, format_number, format_people

    shown = [c for c in COLUMNS if c in curve.columns]
    rows = [[tr(COLUMNS[c][0], lang) for c in shown]]
    for record in curve.to_dict(orient="records"):
        cells = []
        for c in shown:
            decimals = COLUMNS[c][1]
            value = record[c]
            cells.append(format_kzt(value, lang) if decimals < 0 else
                         format_people(value, lang) if decimals == 0 else
                         format_number(value, lang, decimals))
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(shown))]
    return "\n".join("  ".join(cell.rjust(w) for cell, w in zip(r, widths, strict=True))
                     for r in rows)
