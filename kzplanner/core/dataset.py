"""The one in-memory model: units with indicators, institutions, target groups and provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kzplanner import paths
from kzplanner.core.catalogue import BASE_INDICATORS, group_columns
from kzplanner.core.feedback import SILENT, Feedback
from kzplanner.core.joining import (
    assign_units,
    boundary_report,
    cells_text,
    check_counts,
    detect_groups,
    institutions_from_counts,
    join_statistics,
    period_of,
    report_missing_inputs,
)
from kzplanner.core.labels import choose
from kzplanner.core.memory import give_back
from kzplanner.core.reconciliation import Reconciliation
from kzplanner.errors import KZError
from kzplanner.lazy import pd

if TYPE_CHECKING:
    import geopandas as gpd


@dataclass(frozen=True)
class Source:
    """Where a part of the dataset came from, and whether it is illustrative."""

    kind: str  # 'boundaries' | 'statistics' | 'institutions'
    file: str
    sheet: str | None = None
    cells: str | None = None
    attribution: str = ""
    illustrative: bool = False


@dataclass
class Dataset:
    """Units (GeoDataFrame indexed by unit_code), institutions, target groups, provenance."""

    units: gpd.GeoDataFrame
    institutions: pd.DataFrame
    groups: tuple[str, ...]
    sources: list[Source]
    reconciliation: Reconciliation
    illustrative: bool = False
    boundaries_predate_2018: bool = False
    institutions_estimated: bool = False  # True when built from counts, not a register
    # the statistics tables the units' indicators come from (core.sources.StatsSource), and
    # the planner's choice of source for an indicator several of them give
    data_sources: list[Any] = field(default_factory=list)
    source_choices: dict[str, str] = field(default_factory=dict)
    # settlements (core.settlements.SettlementLayer) and their coverage (Coverage), issue #17:
    # with them, FAPs' and PSCs' people served are their settlements' population
    settlements: Any = None
    coverage: Any = None

    @property
    def unit_codes(self) -> list[str]:
        return list(self.units.index)

    def unit_name(self, code: str, lang: str = "en") -> str:
        """The unit's name in `lang`, English where that name is missing (as unit_names)."""
        row = self.units.loc[code]
        name = row.get(f"name_{lang}")
        return str(name) if pd.notna(name) and str(name) != "" else str(row["name_en"])

    def unit_names(self, lang: str = "en") -> dict[str, str]:
        """Every unit's name in `lang` (English where that name is missing), by unit code. A
        name several units share (geokz 2024 has an Abay district in Abay oblast, Karaganda and
        Shymkent) is followed by its oblast's — the file's ADM1 name in `lang`, else the parent's
        KATO code — so that no table, subtotal or label holds two units under one name."""
        return disambiguate(self.units, _names_in(self.units, lang), lang)


def _names_in(units: pd.DataFrame, lang: str) -> pd.Series:
    en = units["name_en"]
    col = units.get(f"name_{lang}")
    return en if col is None else col.where(col.notna() & (col.astype(str) != ""), en)


def disambiguate(units: pd.DataFrame, names: pd.Series, lang: str) -> dict[str, str]:
    """{code: name}, repeated names followed by the parent's name in parentheses."""
    names = names.astype(str)
    repeated = names.duplicated(keep=False)
    out = {str(c): n for c, n in zip(units.index, names, strict=True)}
    if not repeated.any() or "parent_code" not in units.columns:
        return out
    adm1 = units.get(f"ADM1_{lang.upper()}", units.get("ADM1_EN"))  # geokz's oblast names
    for code in units.index[repeated.to_numpy()]:
        parent = adm1.get(code) if adm1 is not None else None
        parent = parent if isinstance(parent, str) and parent else units.at[code, "parent_code"]
        if isinstance(parent, str) and parent:
            out[str(code)] = f"{out[str(code)]} ({parent})"
    return out


KNOWN_BOUNDARY_SOURCES = {
    # file-name prefix → attribution its licence asks for
    "kaz_admbnda_": "geokz (A. Rodionov), CC BY 4.0, https://github.com/arodionoff/geokz",
    "kz_geokz_": "geokz (A. Rodionov), CC BY 4.0, https://github.com/arodionoff/geokz",
}


def boundary_attribution(path: Path, bundled: bool) -> str:
    """The credit a boundary file's licence asks for, where the file is a known one."""
    if bundled:
        return "Made with Natural Earth"
    for prefix, credit in KNOWN_BOUNDARY_SOURCES.items():
        if path.name.lower().startswith(prefix):
            return credit
    return ""


def read_stats_any(path: str | Path, *, sheet: str | None = None,
                   mapping: Any = None, rec: Reconciliation | None = None) -> pd.DataFrame:
    """Statistics in any supported layout as the canonical per-unit frame.

    `mapping` (a StatsMapping or the path of its JSON) wins; else a KZ Planner template; else a
    canonical table (ids as header); else the layout is detected and its proposal applied, with
    a note that the planner should confirm it.
    """
    from kzplanner.core.io.read import layout
    from kzplanner.core.io.read.statistics import read_statistics
    from kzplanner.core.io.read.template import is_template, read_template

    if mapping is not None:
        if not isinstance(mapping, layout.StatsMapping):
            mapping = layout.load_mapping(mapping)
        return _from_import(layout.apply_mapping(path, mapping), rec)
    if is_template(path):
        return read_template(path)
    try:
        return read_statistics(path, sheet=sheet or "statistics")
    except KZError as exc:
        if exc.code != "header_not_found":
            raise
        first_error = exc
    try:
        proposal = layout.detect_layout(path, sheet)
    except KZError:
        raise first_error from None
    if not proposal.mapping.columns:
        raise first_error
    if rec is not None:
        rec.notes.append("layout_detected")
        rec.issue("info", "layout_detected", "; ".join(
            [f"sheet {proposal.sheet}", f"block {proposal.mapping.block}"]
            + [f"{c.column} “{c.header}” → {c.indicator}" for c in proposal.mapping.columns]),
            file=str(path))
    return _from_import(layout.apply_mapping(path, proposal.mapping), rec)


def _from_import(result: Any, rec: Reconciliation | None) -> pd.DataFrame:
    if rec is not None:
        rec.value_marks.update(result.marks)
        for w in result.warnings:
            rec.issue("warning", "statistics", w, file=result.frame.attrs["source"]["file"])
    return result.frame


def input_paths(boundaries: str | Path | None = None, stats: str | Path | None = None,
                institutions: str | Path | None = None) -> tuple[Path, Path, Path | None]:
    """The files load_dataset reads: the bundled sample's where none is given (its register only
    with its own statistics)."""
    sample = boundaries is None and stats is None
    return (Path(boundaries) if boundaries else paths.sample_boundaries(),
            Path(stats) if stats else paths.sample_statistics(),
            Path(institutions) if institutions
            else (paths.sample_institutions() if sample else None))


def statistics_sources(stats: Any = None, sheet: str | None = None, mapping: Any = None,
                       decisions: dict[str, str | None] | None = None,
                       sources: list[Any] | None = None) -> list[Any]:
    """The statistics sources a load reads: `sources` as given, else one per path in `stats`
    (a path or a list of paths), with `sheet`, `mapping` and `decisions` for each (a mapping
    may be a StatsMapping, the path of its JSON, or None)."""
    from kzplanner.core.sources import StatsSource, with_ids

    if sources:
        return with_ids([s if isinstance(s, StatsSource) else StatsSource.from_dict(s)
                         for s in sources])
    paths_ = stats if isinstance(stats, (list, tuple)) else [stats]
    out = []
    for path in paths_:
        m = mapping
        if m is not None and not isinstance(m, dict):
            from kzplanner.core.io.read import layout

            m = m if isinstance(m, layout.StatsMapping) else layout.load_mapping(m)
            m = m.to_dict()
        src = StatsSource(file=str(path) if path else str(paths.sample_statistics()),
                          sheet=sheet, mapping=m, year=(m or {}).get("year"),
                          decisions=dict(decisions if decisions is not None
                                         else (m or {}).get("decisions") or {}))
        out.append(src)
    return with_ids(out)


def load_dataset(boundaries: str | Path | None = None, stats: Any = None,
                 institutions: str | Path | None = None,
                 feedback: Feedback = SILENT, **options: Any) -> Dataset:
    """Boundaries + statistics (+ register) joined into one Dataset (see _load_dataset).

    On the bundled districts (the default map), statistics by oblast — not one row matches a
    district — are joined to the bundled oblasts of the same year instead, and the dataset says
    so (a warning `level_oblasts`; its boundaries source is the oblast file, so the window's level
    switch shows it). Any other file of boundaries is used as given."""
    try:
        return _load_dataset(boundaries, stats, institutions, feedback, **options)
    except KZError as err:
        bpath = Path(boundaries) if boundaries else paths.sample_boundaries()
        if (err.code != "no_units_matched" or options.get("layer")
                or paths.bundled_level(bpath) != "adm2"):
            raise
    ds = _load_dataset(paths.bundled_boundaries("adm1"), stats, institutions, feedback,
                       **options)
    ds.reconciliation.issue("warning", "level_oblasts", str(paths.bundled_boundaries("adm1").name))
    return ds


def _load_dataset(boundaries: str | Path | None = None, stats: Any = None,
                  institutions: str | Path | None = None,
                  feedback: Feedback = SILENT, *, layer: str | None = None,
                  sheet: str | None = None, mapping: Any = None,
                  decisions: dict[str, str | None] | None = None,
                  sources: list[Any] | None = None,
                  choices: dict[str, str] | None = None,
                  on_units: Any = None) -> Dataset:
    """Boundaries + statistics (+ register) joined into one Dataset.

    With no arguments, the bundled sample: today's districts (geokz 2024, maps/) and the
    illustrative statistics and register in resources/sample. A register is used when given; the
    bundled register only goes with the bundled statistics. `layer` picks a GeoPackage layer,
    `sheet` the statistics sheet, `mapping` a confirmed StatsMapping (or its JSON path) and
    `decisions` row label → unit code choices (default: the mapping's own decisions).

    Several statistics tables: `stats` as a list of paths, or `sources` as a list of
    core.sources.StatsSource (each with its own sheet, mapping, year and decisions). Each is
    reconciled on its own and their indicators combined per unit (core.sources.combine);
    `choices` (indicator → source id) says which source gives an indicator several give.
    `on_units` is called with the units as soon as the boundaries are read.
    """
    from kzplanner.core.io.read.boundaries import read_boundaries
    from kzplanner.core.io.read.institutions import read_institutions_in_background
    from kzplanner.core.sources import combine

    specs = statistics_sources(stats, sheet, mapping, decisions, sources)
    sample_inputs = boundaries is None and stats is None and not sources
    bpath, _spath, ipath = input_paths(boundaries, specs[0].file, institutions)
    if institutions is None and sample_inputs:
        ipath = paths.sample_institutions()
    rec = Reconciliation()

    def bundled(path: Path | None, sample_path: Path) -> bool:
        return path is not None and path.resolve() == sample_path.resolve()

    # Anything built on the bundled statistics or register (or a copy of them: their title row
    # says so) stays labelled illustrative.
    inst_sample = bundled(ipath, paths.sample_institutions())
    # The register is read in a thread of its own while the boundaries and statistics are read
    # and joined: python-calamine parses the sheet without Python's lock, so on a second core
    # that costs the load nothing (~2 s of a 200,000-institution register). A large sheet's
    # extent is scanned first (before calamine may parse it; holding Python's lock, ~0.8 s),
    # and the other reads wait for that: run beside them it took three times as long, and it
    # lies on the load's longest path. Its error, if any, is raised where the register was
    # read before (after the statistics' own).
    register = read_institutions_in_background(ipath) if ipath is not None else None

    feedback.progress(0.0, "boundaries")
    units = read_boundaries(bpath, layer=layer)
    if on_units is not None:  # e.g. the map's geometry, worked out while the rest is read
        on_units(units)
    predate = bpath.resolve() == paths.natural_earth_boundaries().resolve()
    boundary_report(units, rec)
    parts = []
    tables = []
    for k, spec in enumerate(specs):
        feedback.progress(0.3 + 0.3 * k / len(specs), "statistics")
        spath = Path(spec.file)
        first_issue, first_match = len(rec.issues), len(rec.matches)
        before = (rec.matched_by_code + rec.matched_by_name + rec.matched_by_crosswalk
                  + rec.matched_summed)
        table = read_stats_any(spath, sheet=spec.sheet, mapping=spec.stats_mapping(), rec=rec)
        spec.illustrative = bundled(spath, paths.sample_statistics()) or bool(
            table.attrs["source"].get("illustrative"))
        check_counts(table, rec)
        joined = join_statistics(units, table, rec, spec.decisions or None)
        after = (rec.matched_by_code + rec.matched_by_name + rec.matched_by_crosswalk
                 + rec.matched_summed)
        if after == before:
            raise KZError("no_units_matched", file=str(spath), detail=str(len(table)))
        source_attrs = table.attrs["source"]
        spec.sheet = source_attrs.get("sheet") if spec.sheet is None else spec.sheet
        spec.cells = cells_text(source_attrs)
        spec.period = period_of(source_attrs)
        spec.rows, spec.joined = len(table), after - before
        for issue in rec.issues[first_issue:]:
            issue.setdefault("source", spec.id)
        for m in rec.matches[first_match:]:
            m["source"] = spec.id
        spec.errors = sum(i["severity"] == "error" for i in rec.issues[first_issue:])
        parts.append((spec, joined))
        tables.append(table)
    joined = combine(parts, choices, rec)
    for col in joined.columns:
        units[col] = joined[col].values
    if len(specs) > 1:
        check_counts(units.drop(columns="geometry"), rec)  # e.g. connected from one, total from another
    for col in BASE_INDICATORS:
        if col not in units:
            units[col] = np.nan
    if units["network_coverage_share"].isna().all():
        units["network_coverage_share"] = 1.0
        rec.notes.append("network_coverage_default")
    groups = detect_groups(list(units.columns))
    for g in groups:
        for c in group_columns(g):
            units[c] = units[c].fillna(0.0)
    report_missing_inputs(joined, groups, ipath is not None, rec,
                           "; ".join(s.file for s in specs))
    stats_sample = any(s.illustrative for s in specs)
    feedback.progress(0.6, "institutions")
    estimated = ipath is None
    if register is not None:
        inst = register.result()
        inst_sample = inst_sample or bool(inst.attrs["source"].get("illustrative"))
        for note in inst.attrs.get("issues", []):
            rec.issues.append(note)
        inst = assign_units(inst, units, rec)
    else:
        inst = institutions_from_counts(units)
        rec.notes.append("institutions_from_counts")
    inst = inst.sort_values(["unit_code", "type", "inst_id"], kind="stable").reset_index(drop=True)
    missing_served = inst["people_served"].isna()
    if missing_served.any():
        per_unit = inst.groupby("unit_code")["inst_id"].transform("size")
        pop = inst["unit_code"].map(units["population"]).fillna(0.0)
        inst.loc[missing_served, "people_served"] = (pop / per_unit)[missing_served]
        rec.notes.append("people_served_estimated")
    # where each institution's people served come from: the register, or an estimate (the unit's
    # population over its institutions); core.settlements' attach sets 'settlements'
    inst["people_served_basis"] = choose(missing_served.to_numpy() | estimated,
                                         ["register", "estimate"])
    src_b = Source("boundaries", str(bpath), attribution=boundary_attribution(bpath, predate))
    sources = [src_b] + [Source("statistics", s.file, sheet=s.sheet, cells=s.cells,
                                illustrative=s.illustrative) for s in specs]
    if ipath is not None:
        sources.append(Source("institutions", str(ipath), sheet="institutions",
                              illustrative=inst_sample))
    illustrative = stats_sample or inst_sample
    feedback.progress(1.0, "done")
    # Reader reports live in the reconciliation now; pandas deep-copies .attrs on every
    # operation, which made each re-plan several times slower.
    units.attrs = {}
    inst.attrs = {}
    if register is not None:  # the register's millions of cells are gone: their pages too
        give_back()
    return Dataset(units=units, institutions=inst, groups=groups, sources=sources,
                   reconciliation=rec, illustrative=illustrative, boundaries_predate_2018=predate,
                   institutions_estimated=estimated, data_sources=specs,
                   source_choices=dict(choices or {}))


