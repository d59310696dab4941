"""Several statistics tables, one dataset: the list of data sources and how their indicators are
combined per unit.

The Bureau publishes one indicator per table (population by region, schools by region,
households with internet …) and target-group counts come from other ministries. Each table is
a `StatsSource`: a file with its sheet, year column, mapping and the planner's match decisions,
plus its provenance (publisher, date). `core.dataset.load_dataset(sources=[…])` reads and
reconciles each source on its own against the boundaries (the tree and totals rules of
core.tree / core.totals), then `combine` puts their indicators side by side per unit.

Two sources giving the same indicator is a visible choice, never a silent overwrite: the
planner's `choices` (indicator → source id) decide; without one, the source with the latest
year is used (else the one added last) and a warning `indicator_from_several_sources` names
every source and the one used. The choice is kept in the project with the list.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from kzplanner.lazy import pd


@dataclass
class StatsSource:
    """One statistics table the dataset is built from."""

    file: str
    id: str = ""  # stable within a project ("s1", "s2" …); given by `with_ids`
    sheet: str | None = None
    mapping: dict[str, Any] | None = None  # layout.StatsMapping.to_dict(), when confirmed
    year: str | None = None  # the period column asked for (None: the latest)
    decisions: dict[str, str | None] = field(default_factory=dict)
    publisher: str = ""
    date: str = ""  # the publication's date, as the planner gives it
    # filled in by the load: what the source gave and how it joined
    indicators: list[str] = field(default_factory=list)
    used: list[str] = field(default_factory=list)  # the indicators the dataset takes from it
    period: str = ""  # the header of the period column read ("2023", "2022/23")
    cells: str = ""
    joined: int = 0
    rows: int = 0
    errors: int = 0
    illustrative: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatsSource:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    def stats_mapping(self) -> Any:
        """The layout.StatsMapping to read the file with (None: read as the file says), with
        the year asked for."""
        if self.mapping is None:
            return None
        from kzplanner.core.io.read import layout

        mapping = layout.StatsMapping.from_dict(dict(self.mapping))
        if self.year is not None:
            mapping.year = self.year
        return mapping


def with_ids(sources: list[StatsSource]) -> list[StatsSource]:
    """Give every source without one a stable id (s1, s2 … not yet used)."""
    used = {s.id for s in sources if s.id}
    n = 0
    for s in sources:
        if not s.id:
            while f"s{n + 1}" in used:
                n += 1
            n += 1
            s.id = f"s{n}"
            used.add(s.id)
    return sources


_YEAR = re.compile(r"(19|20)\d\d")


def _year_of(source: StatsSource) -> int:
    m = _YEAR.search(source.period or source.year or "")
    return int(m.group(0)) if m else -1


def combine(parts: list[tuple[StatsSource, pd.DataFrame]], choices: dict[str, str] | None,
            rec: Any) -> pd.DataFrame:
    """The per-unit indicators of every source side by side (all frames share the units'
    index). An indicator several sources give comes from the planner's choice, else from the
    latest year (ties: the source added last), and a warning says so."""
    choices = choices or {}
    if not parts:
        return pd.DataFrame()
    index = parts[0][1].index
    out = pd.DataFrame(index=index)
    providers: dict[str, list[int]] = {}
    for k, (src, frame) in enumerate(parts):
        src.indicators = [str(c) for c in frame.columns if frame[c].notna().any()]
        src.used = []
        for col in src.indicators:
            providers.setdefault(col, []).append(k)
    for col, ks in providers.items():
        if len(ks) == 1:
            chosen = ks[0]
        else:
            wanted = choices.get(col)
            by_choice = [k for k in ks if parts[k][0].id == wanted]
            chosen = by_choice[0] if by_choice else max(ks, key=lambda k: (_year_of(parts[k][0]),
                                                                           k))
            rec.issue("warning", "indicator_from_several_sources",
                      f"{col}: " + "; ".join(_source_text(parts[k][0]) for k in ks)
                      + f" → {_source_text(parts[chosen][0])}",
                      indicator=col, sources=[parts[k][0].id for k in ks],
                      source_names={parts[k][0].id: _source_text(parts[k][0]) for k in ks},
                      used=parts[chosen][0].id, chosen_by="planner" if by_choice else "latest")
        src, frame = parts[chosen]
        out[col] = frame[col].reindex(index).to_numpy()
        src.used.append(col)
    # keep each source's columns in its own order, sources in the order they were added
    order = [c for src, _f in parts for c in src.used]
    return out[order]


def _source_text(src: StatsSource) -> str:
    from pathlib import Path

    name = Path(src.file).name
    extra = ", ".join(x for x in (src.sheet or "", src.period) if x)
    return f"{src.id} {name}" + (f" ({extra})" if extra else "")


def loaded_indicators(ds: Any) -> list[str]:
    """The indicators the statistics sources put on the units, in the order of the sources
    (population, which every export has anyway, left out): what per-unit exports carry so GIS
    staff get the joined table too."""
    out: list[str] = []
    for src in getattr(ds, "data_sources", []) or []:
        for col in getattr(src, "used", []) or []:
            if col not in out and col != "population" and col in ds.units.columns:
                out.append(col)
    return out


def indicators_by_file(ds: Any) -> dict[str, list[str]]:
    """Statistics file → the indicators the dataset takes from it."""
    out: dict[str, list[str]] = {}
    for src in getattr(ds, "data_sources", []) or []:
        out.setdefault(str(src.file), []).extend(getattr(src, "used", []) or [])
    return out


def several_sources(rec: Any) -> list[dict[str, Any]]:
    """The indicators several sources give, with the sources and the one used (for the
    sources panel and the check report)."""
    return [i for i in rec.issues if i.get("code") == "indicator_from_several_sources"]
