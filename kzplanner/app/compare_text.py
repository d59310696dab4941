"""Scenarios compared, as text in one language (`kzplanner compare`): the headline figures with
the window's labels (strings cmp.h_*), whole people, ₸ and the language's number format."""

from __future__ import annotations

import math
from typing import Any

MONEY = {"budget", "spent", "unspent", "kzt_per_device", "kzt_per_internet",
         "kzt_per_institution"}
GAPS = {"combined_gap_before", "combined_gap_after"}


def format_headline(key: str, value: Any, lang: str, delta: bool = False) -> str:
    """One headline figure: money in ₸, the combined gap with one decimal, Gini with three,
    people and institutions whole; a difference with its sign (+/−)."""
    from kzplanner.core.formatting import format_kzt, format_number, format_people

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    value = float(value)
    sign = "+" if delta and value > 1e-9 else ("−" if delta and value < -1e-9 else "")
    shown = abs(value) if delta else value
    if key in GAPS:
        return sign + format_number(shown, lang, 1)
    if key in MONEY:
        return sign + format_kzt(shown, lang)
    if key == "gini_after":
        return sign + format_number(shown, lang, 3)
    return sign + format_people(shown, lang)


def row_labels(keys: Any, results: dict[str, Any], lang: str) -> list[str]:
    """Each headline's label (strings cmp.h_*) in the scenarios' internet unit; people served
    by the institutions connected says "counted at each type" where any scenario connects two
    or more types (their people are added, one served by a school and a FAP at each)."""
    from kzplanner.app.strings import tr
    from kzplanner.core.catalogue import label
    from kzplanner.core.planning.summary_text import summed_over_types

    units = {r.summary["measures"]["internet"]["unit"] for r in results.values()}
    unit = label(f"unit.{units.pop() if len(units) == 1 else 'mixed'}", lang)
    summed = any(summed_over_types(r.summary["measures"]["institutions"])
                 for r in results.values())
    return [tr(f"cmp.h_{key}" + (".summed" if key == "people_served_by_kits" and summed
                                 else ""), lang, unit=unit) for key in keys]


def comparison_text(headlines: Any, results: dict[str, Any], lang: str) -> str:
    """The headline table (one column per scenario, then Δ to the first) as aligned text."""
    from kzplanner.app.strings import tr

    names = list(results)
    base, others = names[0], names[1:]
    header = [tr("cmp.figure", lang), *names, *[tr("cmp.delta", lang, name=n) for n in others]]
    rows = [header]
    for key, name in zip(headlines.index, row_labels(headlines.index, results, lang),
                         strict=True):
        row = [name]
        row += [format_headline(key, headlines.loc[key, n], lang) for n in names]
        row += [format_headline(key, headlines.loc[key, f"Δ {n}"], lang, delta=True)
                for n in others]
        rows.append(row)
    widths = [max(len(r[c]) for r in rows) for c in range(len(header))]
    lines = [tr("cmp.intro_text", lang, base=base)]
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[c].rjust(widths[c]) for c in range(1, len(r))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
