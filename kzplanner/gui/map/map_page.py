"""What a printed map page shows (MapPage), built from the prepared data and the window's choices
in the interface language; the paper sizes and print colours.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace

import numpy as np
from PySide6.QtGui import (
    QColor,
)

from kzplanner import __version__
from kzplanner.app.display.choropleth import Classification, classify, classify_change
from kzplanner.app.display.indicator_values import (
    bad_is_high,
    drawn_values,
    effective_mode,
    indicator_kind,
)
from kzplanner.app.display.legend_text import (
    LegendEntry,
    legend_entries,
    legend_note,
    legend_title,
)
from kzplanner.app.display.map_geometry import UnitShape
from kzplanner.app.display.map_points import STATUS_COLOURS, STATUSES, kit_mask
from kzplanner.app.display.prepared import PreparedDataset
from kzplanner.app.strings import tr
from kzplanner.core.planning.result import PlanResult
from kzplanner.gui.map.map_institutions import InstitutionLayer
from kzplanner.gui.map.map_print_settlements import PrintSettlements, page_settlements
from kzplanner.lazy import pd

PAPERS_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
DEFAULT_DPI = 300
TINY_UNIT_SHARE = 0.025
NO_DATA_FILL = QColor("#e3e3e3")
NO_DATA_HATCH = QColor("#8a8a8a")
OUTLINE = QColor("#ffffff")
TEXT = QColor("#1f1f1f")
MUTED = QColor("#555555")


@dataclass
class MapPage:
    """Everything a printed page shows, already in the chosen language."""

    shapes: dict[str, UnitShape]
    colours: dict[str, str | None]  # per unit; None = no data
    labels: dict[str, str]
    priority: dict[str, float]  # larger = labelled first (population)
    title: str
    subtitle: str
    legend_title: str
    legend: list[LegendEntry]
    note: str
    source: str
    warning: str  # illustrative-data line ('' for official data)
    lang: str
    institutions: InstitutionLayer | None = None
    institution_rows: list[tuple[str, str, str]] = field(default_factory=list)  # text, colour, symbol
    outlines: tuple = ()  # projected rings of the oblasts over a district map
    holes: tuple = ()  # map_geometry.Hole: areas no unit fills (Baikonur)
    settlements: PrintSettlements | None = None  # coverage of one type (issue 17)


def page_pixels(paper: str, landscape: bool, dpi: int) -> tuple[int, int]:
    """Width and height of the page in pixels.

    >>> page_pixels("A4", False, 300)
    (2480, 3508)
    """
    w_mm, h_mm = PAPERS_MM[paper]
    if landscape:
        w_mm, h_mm = h_mm, w_mm
    return round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi)


def format_date(day: _dt.date, lang: str) -> str:
    return day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")


def build_page(prepared: PreparedDataset, result: PlanResult | None, indicator: str, mode: str,
               lang: str, scheme: str = "quantiles", classes: int = 5,
               user_breaks: tuple[float, ...] = (), title: str | None = None,
               institutions: bool = False, names: dict[str, str] | None = None,
               day: _dt.date | None = None, settlements: str | None = None) -> MapPage:
    """The page's content from the same functions the window's map uses; `settlements`: the
    institution type whose coverage the settlement layer shows (None: no layer)."""
    from kzplanner.gui.map.unit_names import label_names

    mode = effective_mode(mode, result)
    codes = list(prepared.shapes)
    arr = drawn_values(prepared.map, prepared, result, indicator, mode)
    cls: Classification
    if mode == "change":
        cls = classify_change(arr, improvement_is_negative=bad_is_high(indicator), scheme=scheme)
    else:
        cls = classify(arr, scheme, classes, bad_is_high=bad_is_high(indicator),
                       kind=indicator_kind(indicator), user_breaks=user_breaks)
    ds = prepared.dataset
    full = names or prepared.map.unit_names(lang)
    pop = np.nan_to_num(prepared.map.population, nan=0.0)
    priority = {c: float(p) for c, p in zip(codes, pop.tolist(), strict=True)}
    subtitle = legend_title(indicator, mode, lang)
    if result is not None and mode != "baseline":
        from kzplanner.core.catalogue import label
        from kzplanner.core.formatting import format_kzt

        subtitle += " · " + tr("print.plan_line", lang,
                               strategy=label(result.params.strategy, lang),
                               budget=format_kzt(result.params.budget_kzt, lang))
    data = tr("map.caption_illustrative" if prepared.illustrative else "map.caption_loaded", lang)
    pre = tr("map.caption_pre", lang) if ds.boundaries_predate_2018 else ""
    source = tr("print.source", lang, boundaries=prepared.boundaries_credit + pre, data=data,
                version=__version__, date=format_date(day or _dt.date.today(), lang))
    layer = None
    rows: list[tuple[str, str, str]] = []
    if institutions and len(ds.institutions):
        layer = InstitutionLayer(prepared.map)
        layer.set_kits(kit_mask(ds.institutions, result.kits if result is not None else None))
        if not layer.placed.any():
            layer = None
        else:
            from kzplanner.core.catalogue import label

            counts = layer.counts()
            rows = [(label(t, lang), "#ffffff", t) for t in ("school", "fap", "psc")]
            rows += [(f"{tr('inst.status.' + s, lang)} ({counts[s]})", STATUS_COLOURS[s],
                      "school") for s in STATUSES if s != "kit" or result is not None]
            rows.append((tr("inst.cluster", lang), "", "group"))
    return MapPage(
        shapes=prepared.shapes,
        colours={c: cls.colour_of(i) for i, c in enumerate(codes)},
        labels=label_names(full),
        priority=priority,
        title=title or tr("print.default_title", lang),
        subtitle=subtitle,
        legend_title=legend_title(indicator, mode, lang),
        legend=legend_entries(cls, indicator, mode, lang),
        note=legend_note(cls, lang),
        source=source,
        warning="\n".join(w for w in (
            prepared.map.doubts.get(lang, ""),
            tr("print.illustrative", lang) if prepared.illustrative else "") if w),
        lang=lang,
        institutions=layer,
        institution_rows=rows,
        outlines=prepared.map.outlines,
        holes=prepared.map.holes,
        settlements=page_settlements(ds, settlements, lang, result, mode),
    )


def difference_page(prepared: PreparedDataset, difference: pd.Series, lang: str, title: str,
                    subtitle: str) -> MapPage:
    """A page coloured by a per-unit difference of the combined gap (e.g. scenario B − A, in
    points): the diverging change palette, negative = smaller gap = better."""
    base = build_page(prepared, None, "combined_gap", "baseline", lang, title=title)
    codes = list(prepared.shapes)
    arr = difference.reindex(codes).to_numpy(dtype=float)
    cls = classify_change(arr, improvement_is_negative=True, scheme="quantiles")
    return replace(base, colours={c: cls.colour_of(i) for i, c in enumerate(codes)},
                   subtitle=subtitle, legend_title=subtitle,
                   legend=legend_entries(cls, "combined_gap", "change", lang),
                   note=legend_note(cls, lang))
