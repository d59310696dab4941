"""The one in-memory model: units with indicators, institutions, target groups and provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kzplanner import paths
from kzplanner.core.catalogue import BASE_INDICATORS, COUNT_COLUMNS, DEFAULT_GROUPS, group_columns
from kzplanner.core.feedback import SILENT, Feedback
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
class Reconciliation:
    """What matched between the data and the boundaries, what did not, and what was repaired.

    `matched_by_name` counts every name-based join (exact + rule + fuzzy + decision); the finer
    counts and the per-row `matches` (reconcile.Match as dicts) say how. Nothing is dropped
    without a line here: unmatched rows, units without data, duplicates, repaired polygons.
    """

    matched_by_code: int = 0
    matched_by_name: int = 0
    unmatched_rows: list[str] = field(default_factory=list)  # stats rows without a unit
    units_without_data: list[str] = field(default_factory=list)
    institutions_outside: int = 0  # register rows that fell in no unit (kept out of the plan)
    notes: list[str] = field(default_factory=list)
    matched_exact: int = 0
    matched_by_rule: int = 0
    matched_fuzzy: int = 0  # joined but to be confirmed by the planner
    matched_by_crosswalk: int = 0  # post-reform rows summed into an older unit
    matched_by_decision: int = 0
    matched_summed: int = 0  # district rows summed into their oblast (every district there)
    duplicates: list[str] = field(default_factory=list)  # row labels left out as duplicates
    matches: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)  # severity, code, where, detail
    geometry_repaired: list[str] = field(default_factory=list)  # unit names
    duplicate_unit_codes: list[str] = field(default_factory=list)  # in the boundaries
    value_marks: dict[str, dict[str, int]] = field(default_factory=dict)

    def issue(self, severity: str, code: str, detail: str = "", **where: Any) -> None:
        self.issues.append({"severity": severity, "code": code, "detail": detail, **where})

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [i for i in self.issues if i["severity"] == "error"]

    @property
    def doubts(self) -> list[dict[str, Any]]:
        """Error-level issues that make the joined numbers themselves doubtful (a totals check
        that failed, a row under the wrong header, statistics older than the boundaries): every
        summary of the plan leads with them, and `plan`/`map` refuse without --accept-warnings."""
        return [i for i in self.issues if i.get("doubt") and i["severity"] == "error"]

    @property
    def missing_inputs(self) -> list[str]:
        """What the plan needs and the data do not give (MISSING_INPUTS ids), in that order."""
        return [m for i in self.issues if i["code"] == "inputs_missing" for m in i["missing"]]

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


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

    @property
    def unit_codes(self) -> list[str]:
        return list(self.units.index)

    def unit_name(self, code: str, lang: str = "en") -> str:
        """The unit's name in `lang`, English where that name is missing (as unit_names)."""
        row = self.units.loc[code]
        name = row.get(f"name_{lang}")
        return str(name) if pd.notna(name) and str(name) != "" else str(row["name_en"])

    def unit_names(self, lang: str = "en") -> dict[str, str]:
        """Every unit's name in `lang` (English where that name is missing), by unit code."""
        en = self.units["name_en"]
        col = self.units.get(f"name_{lang}")
        names = en if col is None else col.where(col.notna() & (col.astype(str) != ""), en)
        return {str(c): str(n) for c, n in zip(self.units.index, names, strict=True)}


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


# What the gaps and the plan are computed from (docs/model.md); a statistics table that gives
# none of one of these leaves every gap unknown or every voucher without takers.
MISSING_INPUTS: tuple[str, ...] = ("population", "target_groups", "institutions")


def _report_missing_inputs(table: pd.DataFrame, groups: tuple[str, ...], has_register: bool,
                           rec: Reconciliation, file: str) -> None:
    """A warning naming the planning inputs the statistics do not give at all."""
    given = {str(c) for c in table.columns if table[c].notna().any()}
    missing = []
    if "population" not in given:
        missing.append("population")
    if not any(set(group_columns(g)) & given for g in groups):
        missing.append("target_groups")
    if not has_register and not any(cols[0] in given for cols in COUNT_COLUMNS.values()):
        missing.append("institutions")
    if missing:
        rec.issue("warning", "inputs_missing", ", ".join(missing), file=file, missing=missing)


def _detect_groups(columns: list[str]) -> tuple[str, ...]:
    found = []
    for col in columns:
        m = re.match(r"^(.+)_eligible$", col)
        if m and {f"{m.group(1)}_no_device", f"{m.group(1)}_no_internet"} <= set(columns):
            found.append(m.group(1))
    ordered = [g for g in DEFAULT_GROUPS if g in found] + [g for g in found if g not in DEFAULT_GROUPS]
    return tuple(ordered)


SHARE_SUFFIXES = ("_share", "_rate", "_pct")


def _join_statistics(units: gpd.GeoDataFrame, stats: pd.DataFrame, rec: Reconciliation,
                     decisions: dict[str, str | None] | None = None) -> pd.DataFrame:
    """Stats rows re-indexed by unit_code, matched as reconcile.reconcile says.

    Rows of post-reform units matched through the crosswalk are summed into the older unit
    (shares averaged, weighted by population); everything else is one row per unit.
    """
    from kzplanner.core import vintage
    from kzplanner.core.crosswalk import aggregate
    from kzplanner.core.reconcile import STRUCTURE, reconcile
    from kzplanner.core.totals import check_totals

    sheet_rows = stats.attrs.get("source", {}).get("rows")
    result = reconcile(units, stats, decisions=decisions,
                       sheet_rows=sheet_rows if sheet_rows and len(sheet_rows) == len(stats)
                       else None)
    vintage.apply(result, stats, units, rec)  # no pre-reform total on a post-reform unit
    for m in result.matches:
        rec.matches.append(m.as_dict())
        if m.method == "code":
            rec.matched_by_code += 1
        elif m.method in ("exact", "rule", "fuzzy", "decision"):
            rec.matched_by_name += 1
        rec.matched_exact += m.method == "exact"
        rec.matched_by_rule += m.method == "rule"
        rec.matched_fuzzy += m.method == "fuzzy"
        rec.matched_by_crosswalk += m.method == "crosswalk"
        rec.matched_summed += m.method == "summed_up"
        rec.matched_by_decision += m.method == "decision"
        if m.method == "duplicate":
            rec.duplicates.append(m.label)
            rec.issue("error", "duplicate_row", f"{m.label} → {m.unit_code}", row=m.sheet_row)
        elif m.method == "wrong_parent":
            rec.unmatched_rows.append(m.label)
            head = result.matches[m.parent_row].label if m.parent_row is not None else ""
            rec.issue("error", "row_under_wrong_parent", m.rule, row=m.sheet_row, doubt=True,
                      label=m.label, head=head,
                      units=[f"{c['name']} ({c['unit_code']})" for c in m.candidates])
        elif not m.joined and m.method not in ("excluded", "pre_reform") + STRUCTURE:
            rec.unmatched_rows.append(m.label)
        if m.method == "fuzzy":
            rec.issue("warning", "fuzzy_match", f"{m.label} → {m.unit_name} ({m.score})",
                      row=m.sheet_row)
    rec.units_without_data = result.units_without_data
    text_cols = [c for c in ("unit_code", "unit_name", "parent_name", "parent_code", "_indent")
                 if c in stats]
    numeric = stats.drop(columns=text_cols)
    rec.issues.extend(check_totals(result.tree, result.matches, numeric, sheet_rows if sheet_rows
                                   and len(sheet_rows) == len(stats) else None))
    joined = [m for m in result.matches if m.joined]
    if not joined:
        return pd.DataFrame(index=units.index, columns=numeric.columns, dtype=float)
    frame = numeric.iloc[[m.row for m in joined]].copy()
    frame["_target"] = [m.unit_code for m in joined]
    if frame["_target"].duplicated().any():
        shares = [c for c in numeric.columns if str(c).endswith(SHARE_SUFFIXES)]
        out, notes = aggregate(frame, list(units.index), share_columns=shares)
        rec.notes.extend(f"crosswalk: {n}" for n in notes)
        return out[numeric.columns]
    return frame.set_index("_target")[numeric.columns].reindex(units.index)


def _cells_text(source: dict[str, Any]) -> str:
    prov = source.get("provenance")
    if prov:
        return "; ".join(f"{ind}: {p['cells']}" for ind, p in prov.items())
    # Excel's own notation for whole rows: the same in every language
    return f"{source.get('first_row')}:{source.get('last_row')}"


def _boundary_report(units: gpd.GeoDataFrame, rec: Reconciliation) -> None:
    """Copy what read_boundaries repaired or left out into the reconciliation."""
    rep = units.attrs.get("report", {})
    rec.geometry_repaired = list(rep.get("repaired", []))
    rec.duplicate_unit_codes = list(rep.get("duplicate_codes", []))
    for name in rec.geometry_repaired:
        rec.issue("warning", "geometry_repaired", name)
    for code in rec.duplicate_unit_codes:
        rec.issue("error", "duplicate_unit_code", code)
    for code in rep.get("empty_geometry", []):
        rec.issue("warning", "empty_geometry", code)
    for note in rep.get("notes", []):
        rec.notes.append(note)


def _check_counts(table: pd.DataFrame, rec: Reconciliation) -> None:
    """connected > total is reported per row (the plan caps it; the planner should fix it)."""
    from kzplanner.core.catalogue import COUNT_COLUMNS

    rows = table.attrs.get("source", {}).get("rows")
    for total_col, conn_col in COUNT_COLUMNS.values():
        if total_col in table and conn_col in table:
            bad = table[table[conn_col] > table[total_col]]
            for i, r in bad.iterrows():
                where = rows[i] if rows and isinstance(i, int) and i < len(rows) else None
                rec.issue("error", "connected_exceeds_total",
                          f"{r.get('unit_name') or r.get('unit_code')}: {conn_col} "
                          f"{r[conn_col]:g} > {total_col} {r[total_col]:g}", row=where,
                          column=conn_col)


def _assign_units(inst: pd.DataFrame, units: gpd.GeoDataFrame, rec: Reconciliation) -> pd.DataFrame:
    """Keep the given unit codes that exist; place the rest by their coordinates."""
    import geopandas as gpd

    known = inst["unit_code"].isin(units.index)
    need = ~known & inst["lat"].notna() & inst["lon"].notna()
    if need.any():
        pts = gpd.GeoDataFrame(
            index=inst.index[need],
            geometry=gpd.points_from_xy(inst.loc[need, "lon"], inst.loc[need, "lat"]), crs=4326)
        hit = gpd.sjoin(pts, units[["geometry"]].assign(_code=units.index), how="left",
                        predicate="within")
        hit = hit[~hit.index.duplicated(keep="first")]
        inst.loc[need, "unit_code"] = hit["_code"].reindex(inst.index[need]).values
    inside = inst["unit_code"].isin(units.index)
    rec.institutions_outside = int((~inside).sum())
    for _i, r in inst[~inside].iterrows():
        rec.issue("warning", "institution_without_unit",
                  f"{r.get('inst_id')} {r.get('name') or ''}".strip(),
                  lat=None if pd.isna(r.get("lat")) else float(r["lat"]),
                  lon=None if pd.isna(r.get("lon")) else float(r["lon"]))
    return inst[inside].copy()


def _institutions_from_counts(units: pd.DataFrame) -> pd.DataFrame:
    """Identical items per unit and type from *_total / *_connected counts (no register)."""
    rows: list[dict[str, Any]] = []
    for code, row in units.iterrows():
        totals = {t: int(np.nan_to_num(row.get(cols[0], 0))) for t, cols in COUNT_COLUMNS.items()}
        n_all = sum(totals.values())
        for t, (_total_col, conn_col) in COUNT_COLUMNS.items():
            total = totals[t]
            connected = min(int(np.nan_to_num(row.get(conn_col, 0))), total)
            pop = float(np.nan_to_num(row.get("population", 0.0)))
            served = pop / n_all if n_all else 0.0
            for k in range(total):
                rows.append({
                    "inst_id": f"{t.upper()}-{code}-{k + 1:04d}", "name": None, "type": t,
                    "unit_code": code, "lat": np.nan, "lon": np.nan, "area_type": None,
                    "people_served": served, "connected": k < connected,
                    "download_mbps": np.nan, "connection_type": None, "has_equipment": None,
                    "has_licences": None, "kit_cost": np.nan,
                })
    from kzplanner.core.io.read.institutions import REGISTER_COLUMNS

    return pd.DataFrame(rows, columns=list(REGISTER_COLUMNS))


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
                 feedback: Feedback = SILENT, *, layer: str | None = None,
                 sheet: str | None = None, mapping: Any = None,
                 decisions: dict[str, str | None] | None = None,
                 sources: list[Any] | None = None,
                 choices: dict[str, str] | None = None) -> Dataset:
    """Boundaries + statistics (+ register) joined into one Dataset.

    With no arguments, the bundled sample: Natural Earth admin-1 boundaries (pre-2018) and the
    illustrative statistics and register in resources/sample. A register is used when given; the
    bundled register only goes with the bundled statistics. `layer` picks a GeoPackage layer,
    `sheet` the statistics sheet, `mapping` a confirmed StatsMapping (or its JSON path) and
    `decisions` row label → unit code choices (default: the mapping's own decisions).

    Several statistics tables: `stats` as a list of paths, or `sources` as a list of
    core.sources.StatsSource (each with its own sheet, mapping, year and decisions). Each is
    reconciled on its own and their indicators combined per unit (core.sources.combine);
    `choices` (indicator → source id) says which source gives an indicator several give.
    """
    from kzplanner.core.io.read.boundaries import read_boundaries
    from kzplanner.core.io.read.institutions import read_institutions
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

    feedback.progress(0.0, "boundaries")
    units = read_boundaries(bpath, layer=layer)
    predate = bpath.resolve() == paths.sample_boundaries().resolve()
    _boundary_report(units, rec)
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
        _check_counts(table, rec)
        joined = _join_statistics(units, table, rec, spec.decisions or None)
        after = (rec.matched_by_code + rec.matched_by_name + rec.matched_by_crosswalk
                 + rec.matched_summed)
        if after == before:
            raise KZError("no_units_matched", file=str(spath), detail=str(len(table)))
        source_attrs = table.attrs["source"]
        spec.sheet = source_attrs.get("sheet") if spec.sheet is None else spec.sheet
        spec.cells = _cells_text(source_attrs)
        spec.period = _period_of(source_attrs)
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
        _check_counts(units.drop(columns="geometry"), rec)  # e.g. connected from one, total from another
    for col in BASE_INDICATORS:
        if col not in units:
            units[col] = np.nan
    if units["network_coverage_share"].isna().all():
        units["network_coverage_share"] = 1.0
        rec.notes.append("network_coverage_default")
    groups = _detect_groups(list(units.columns))
    for g in groups:
        for c in group_columns(g):
            units[c] = units[c].fillna(0.0)
    _report_missing_inputs(joined, groups, ipath is not None, rec,
                           "; ".join(s.file for s in specs))
    stats_sample = any(s.illustrative for s in specs)
    feedback.progress(0.6, "institutions")
    estimated = ipath is None
    if ipath is not None:
        inst = read_institutions(ipath)
        inst_sample = inst_sample or bool(inst.attrs["source"].get("illustrative"))
        for note in inst.attrs.get("issues", []):
            rec.issues.append(note)
        inst = _assign_units(inst, units, rec)
    else:
        inst = _institutions_from_counts(units)
        rec.notes.append("institutions_from_counts")
    inst = inst.sort_values(["unit_code", "type", "inst_id"], kind="stable").reset_index(drop=True)
    missing_served = inst["people_served"].isna()
    if missing_served.any():
        per_unit = inst.groupby("unit_code")["inst_id"].transform("size")
        pop = inst["unit_code"].map(units["population"]).fillna(0.0)
        inst.loc[missing_served, "people_served"] = (pop / per_unit)[missing_served]
        rec.notes.append("people_served_estimated")
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
    return Dataset(units=units, institutions=inst, groups=groups, sources=sources,
                   reconciliation=rec, illustrative=illustrative, boundaries_predate_2018=predate,
                   institutions_estimated=estimated, data_sources=specs,
                   source_choices=dict(choices or {}))


def _period_of(source: dict[str, Any]) -> str:
    """The header of the period column the table was read at ('2023', '2022/23'), or ''."""
    import re as _re

    for prov in (source.get("provenance") or {}).values():
        header = str(prov.get("header") or "")
        last = header.split(" / ")[-1]
        if _re.search(r"(19|20)\d\d", last):
            return last
    return ""
