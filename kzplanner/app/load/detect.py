"""Loading a statistics or actuals table, Qt-free, step 1: what the file is. Detect its layout,
offer the saved mappings that read it (the file's own, next year's file of the same layout,
the mapping of the source being replaced), name the indicators a column can feed, and turn
the planner's column choices into the mapping.

The import wizard (gui.data.import_wizard) shows these steps as pages; `kzplanner check` and
every data command read --stats through the same layout detection (app.load.options).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import (
    BASE_INDICATORS,
    COUNT_COLUMNS,
    DEFAULT_GROUPS,
    group_columns,
    label,
)
from kzplanner.core.io.read import layout
from kzplanner.core.monitoring import monitoring_ids, monitoring_indicator
from kzplanner.errors import KZError

MAX_MAPPING_OFFERS = 20
MAPPING_SUFFIX = ".mapping.json"
TYPES = ("number", "share", "text")
SELECTS = ("header", "letter", "latest_period")


def indicator_choices(kind: str = "statistics") -> list[str]:
    """Indicator ids a column can feed, in menu order: for statistics the canonical indicators,
    groups and monitoring; for actuals the reported measures, 'connected' (a yes/no column of a
    per-institution list) and the monitoring indicators measured later."""
    if kind == "actuals":
        from kzplanner.core.variance import MEASURES

        return [*MEASURES, "connected", *monitoring_ids()]
    ids: list[str] = list(BASE_INDICATORS)
    for total, connected in COUNT_COLUMNS.values():
        ids += [total, connected]
    for group in DEFAULT_GROUPS:
        ids += list(group_columns(group))
    ids += monitoring_ids()
    return list(dict.fromkeys(ids))


def indicator_label(ind: str, lang: str) -> str:
    """An indicator id in the interface language (catalogue, monitoring, counts, groups)."""
    key = f"data.ind.{ind}"
    text = tr(key, lang)
    if text != key:
        return text
    if label(ind, lang) != ind:
        return label(ind, lang)
    mon = monitoring_indicator(ind)
    if mon is not None:
        return mon.text(lang)
    for group in DEFAULT_GROUPS:
        for part, col in zip(("eligible", "no_device", "no_internet"), group_columns(group),
                             strict=True):
            if ind == col:
                return f"{label(group, lang)}: {tr(f'data.group.{part}', lang)}"
    return ind


def cell_text(value: Any) -> str:
    """A cell as the detector reads it: whole floats without '.0', whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value)).strip()


def header_text(grid: layout.Grid, header_rows: list[int], col: int) -> str:
    """The joined header of column `col` (0-based) over 1-based `header_rows`, as apply_mapping
    computes it (so select='header' finds the column again)."""
    parts = [cell_text(grid.filled(h - 1, col)) for h in header_rows]
    return " / ".join(dict.fromkeys(p for p in parts if p))


def default_mapping_path(stats_path: str | Path) -> Path:
    p = Path(stats_path)
    return p.with_name(p.stem + MAPPING_SUFFIX)


@dataclass
class MappingOffer:
    path: str  # the saved mapping's file ("" for the mapping of a source being replaced)
    mapping: layout.StatsMapping
    rows: int
    source: str = ""  # the file of the data source being replaced, whose mapping this is
    fits: bool = True  # taken by default: same indicators as detected, or a same-named file


@dataclass
class Detection:
    proposal: layout.StatsProposal
    grid: layout.Grid
    offers: list[MappingOffer] = field(default_factory=list)


def find_mapping_offers(path: str | Path, sheets: list[str],
                        kind: str = "statistics") -> list[MappingOffer]:
    """Saved mappings in the file's folder that read this file (next year's file, same layout).

    The file's own `<stem>.mapping.json` comes first; a mapping is offered only when it was made
    for the same kind of file (statistics or actuals) and applying it to this file gives rows."""
    path = Path(path)
    own = default_mapping_path(path)
    found = sorted(path.parent.glob(f"*{MAPPING_SUFFIX}"),
                   key=lambda p: (p != own, -p.stat().st_mtime))[:MAX_MAPPING_OFFERS]
    offers = []
    for candidate in found:
        try:
            mapping = layout.load_mapping(candidate)
            if mapping.kind != kind:
                continue
            if mapping.sheet is not None and sheets and mapping.sheet not in sheets:
                continue
            result = layout.apply_mapping(path, mapping)
        except KZError:
            continue
        if len(result.frame):
            offers.append(MappingOffer(str(candidate), mapping, len(result.frame)))
    return offers


def source_offer(path: str | Path, sheets: list[str], preset: layout.StatsMapping,
                 source_file: str) -> MappingOffer | None:
    """The mapping of the data source being replaced, offered for its next year's file (the
    latest year, the sheet of the same name or else the first) when it reads rows there."""
    mapping = copy.deepcopy(preset)
    mapping.year = None
    if mapping.sheet is not None and sheets and mapping.sheet not in sheets:
        mapping.sheet = sheets[0]
    try:
        rows = len(layout.apply_mapping(path, mapping).frame)
    except KZError:
        return None
    return MappingOffer("", mapping, rows, source=source_file) if rows else None


def _name_pattern(name: str) -> str:
    """A file name without its years and numbers ('schools_2023' → 'schools_')."""
    return re.sub(r"\d+", "", name).lower()


def offer_fits(offer: MappingOffer, path: str | Path, proposal: layout.StatsProposal) -> bool:
    """Whether a saved mapping is taken by default for this file: it maps the indicators the
    detection found here, or it was saved for a file of the same name but the year (another
    Bureau table of the same layout in that folder — population beside schools — is offered,
    not taken)."""
    detected = {c.indicator for c in proposal.mapping.columns}
    if not detected or {c.indicator for c in offer.mapping.columns} == detected:
        return True
    saved_for = Path(offer.path).name.removesuffix(MAPPING_SUFFIX)
    return _name_pattern(saved_for) == _name_pattern(Path(path).stem)


def detect(path: str, sheet: str | None, with_offers: bool,
           kind: str = "statistics", preset: layout.StatsMapping | None = None,
           preset_source: str = "") -> Detection:
    """Detection of the file's layout, and the saved mappings that read it: first `preset`
    (the mapping of the source being replaced), then those in the file's folder."""
    proposal = layout.detect_layout(path, sheet, kind=kind)
    offers = find_mapping_offers(path, proposal.sheets, kind) if with_offers else []
    for offer in offers:
        offer.fits = offer_fits(offer, path, proposal)
    offers.sort(key=lambda o: not o.fits)  # stable: the file's own mapping stays first
    if with_offers and preset is not None:
        offer = source_offer(path, proposal.sheets, preset, preset_source)
        if offer is not None:
            offers.insert(0, offer)
    if offers and offers[0].fits and offers[0].mapping.sheet and \
            offers[0].mapping.sheet != proposal.sheet:
        proposal = layout.detect_layout(path, offers[0].mapping.sheet, kind=kind)
    grid = layout.read_grid(path, proposal.sheet)
    return Detection(proposal, grid, offers)


def chosen_period(columns: list[layout.ColumnInfo], unit_col: int, year: str | None) -> int | None:
    """The period column `year` reads (the latest when None, or when the file lacks it)."""
    headers = {c.index: c.header for c in columns if c.period}
    try:
        return layout.resolve_period_column(headers, unit_col, year)
    except KZError:
        return layout.resolve_period_column(headers, unit_col, None)


def column_rows(proposal: layout.StatsProposal, mapping: layout.StatsMapping
                ) -> tuple[list[layout.ColumnInfo], int | None]:
    """The value columns the planner maps (not the unit or code column; a saved mapping's
    columns the detection did not list still get a row), the period column the mapping's year
    reads first, then left to right; and that period column's index."""
    unit_c = layout.col_index(mapping.unit_column)
    code_c = layout.col_index(mapping.code_column) if mapping.code_column else -1
    columns = [c for c in proposal.columns if c.index not in (unit_c, code_c)]
    mapped = {layout.col_index(c.column): c for c in mapping.columns}
    listed = {c.index for c in columns}
    for idx, cm in mapped.items():
        if idx not in listed:
            columns.append(layout.ColumnInfo(cm.column, idx, cm.header, None))
    chosen = chosen_period(columns, unit_c, mapping.year)
    columns.sort(key=lambda c: (c.index != chosen, c.index))
    return columns, chosen


def default_type(info: layout.ColumnInfo, current: layout.ColumnMap | None) -> str:
    """The type a column is read as: the mapping's, else a share for a '_share' suggestion."""
    if current is not None:
        return current.type
    return "share" if (info.suggestion or "").endswith("_share") else "number"


def default_select(info: layout.ColumnInfo, current: layout.ColumnMap | None,
                   chosen: int | None) -> str:
    """How a column is found again next year: the mapping's way, else the latest period for the
    period column read, by its header otherwise."""
    if current is not None:
        return current.select
    return "latest_period" if info.period and info.index == chosen else "header"


def custom_indicator(text: str) -> str:
    """The id of an indicator the planner typed ('Mobile internet, %' → 'mobile_internet')."""
    return re.sub(r"\W+", "_", text.lower()).strip("_")


def confirm_columns(mapping: layout.StatsMapping, grid: layout.Grid,
                    columns: list[layout.ColumnInfo],
                    choices: list[tuple[int, str, str, str]]) -> tuple[str, dict[str, str]] | None:
    """Set the planner's choices on `mapping`: `choices` are (row in `columns`, indicator,
    select, type) of the rows given an indicator. A period column chosen to follow 'latest
    period' other than the one the mapping's year reads sets the year (next year's file then
    reads the same year). Returns None, or the refusal as (string key, its values): an
    indicator chosen twice, or none at all (the mapping is then unchanged)."""
    seen: dict[str, str] = {}
    chosen = []
    for row, ind, select, kind in choices:
        info = columns[row]
        if ind in seen:
            return "data.wiz.twice", {"indicator": ind, "a": seen[ind], "b": info.column}
        seen[ind] = info.column
        chosen.append(layout.ColumnMap(ind, info.column,
                                       header_text(grid, mapping.header_rows, info.index),
                                       select, kind))
    if not chosen:
        return "data.wiz.none_mapped", {}
    mapping.columns = chosen
    unit_c = layout.col_index(mapping.unit_column)
    periods = {c.index: c.header for c in columns if c.period}
    for cm in chosen:
        col = layout.col_index(cm.column)
        if cm.select == "latest_period" and col in periods and \
                col != chosen_period(columns, unit_c, mapping.year):
            mapping.year = None if col == chosen_period(columns, unit_c, None) \
                else layout.strip_marker(periods[col].split(" / ")[-1])
    return None


def header_rows_between(first: int, last: int) -> list[int]:
    """The header rows from the two row numbers the planner gives (0: none)."""
    if first and last:
        return list(range(min(first, last), max(first, last) + 1))
    if first or last:
        return [first or last]
    return []
