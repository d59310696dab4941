"""Loading a table, Qt-free, step 3: the load itself. What a statistics file, its sheet, year and
saved mapping ask for (checked before any loading), several statistics files as data sources,
and the dataset loaded with the mapping and its decisions.

The command line's data options (cli_data: --stats, --sheet, --year, --mapping, --block) are
thin over these; the import wizard's Finish hands the confirmed source (app.load.check) to
the window's state, which loads through core.dataset the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kzplanner.errors import KZError


def read_options(stats: str | None, *, sheet: str | None = None, year: str | None = None,
                 mapping_file: str | None = None, detect: bool = False) -> tuple[Any, Any]:
    """What a statistics file, sheet, year and saved mapping ask for, checked before any
    loading: the sheet must exist (KZError 'sheet_missing' names the sheets found); the mapping
    is the saved one, else, when `year` (or `detect`) needs one, the detected table's, with the
    year set on it (a year the table lacks: 'year_missing' names the years found).

    Returns (mapping or None, the detection's StatsProposal or None)."""
    from kzplanner.core.io.read import layout

    for flag, value in (("--sheet", sheet), ("--year", year), ("--mapping", mapping_file)):
        if value is not None and not stats:
            raise KZError("option_needs_stats", column=flag)
    if sheet is not None:
        layout.read_grid(stats, sheet, sheets_only=True)
    if mapping_file:
        mapping = layout.load_mapping(mapping_file)
        if year is not None:
            mapping.year = year
        return mapping, None
    if year is None and not detect:
        return None, None
    from kzplanner.core.io.read.template import is_template

    if is_template(stats):
        if year is not None:
            raise KZError("bad_parameter", column="--year",
                          detail="a KZ Planner template has one column per indicator, no years")
        return None, None
    proposal = layout.detect_layout(stats, sheet, year=year)
    if not proposal.mapping.columns and not detect:
        return None, None  # nothing to read a year of: the usual reading says why
    return proposal.mapping, proposal


def statistics_sources(files: list[str], options: dict[str, list[Any]]) -> list[Any] | None:
    """Several statistics files as data sources (None for fewer than two: the single-table path
    reads one). `options` holds, per option name (sheet, year, mapping), its values: none, one
    for every file, or one per file (in order). Each file's options are checked as
    read_options checks them."""
    if len(files) < 2:
        return None
    from kzplanner.app.load.check import stats_source
    from kzplanner.core.sources import with_ids

    def nth(name: str, k: int) -> Any:
        values = list(options.get(name) or [])
        if not values:
            return None
        if len(values) == 1:
            return values[0]
        if len(values) != len(files):
            raise KZError("bad_parameter", column=f"--{name}",
                          detail="given {times} times for {files} --stats: give it once, or "
                                 "once for each",
                          extra={"times": len(values), "files": len(files)})
        return values[k]

    specs = []
    for k, path in enumerate(files):
        sheet, year = nth("sheet", k), nth("year", k)
        mapping, _proposal = read_options(path, sheet=sheet, year=year,
                                          mapping_file=nth("mapping", k))
        specs.append(stats_source(str(path), mapping, sheet=sheet, year=year))
    return with_ids(specs)


def load_data(boundaries: str | None, stats: str | None, institutions: str | None, *,
              sheet: str | None = None, year: str | None = None,
              mapping_file: str | None = None, block: str | None = None,
              layer: str | None = None, sources: list[Any] | None = None,
              detect: bool = False, feedback: Any = None) -> tuple[Any, Any, Any]:
    """The dataset: (dataset, mapping, proposal) — mapping and proposal of the single table,
    None with several `sources` (app.load.statistics_sources). `block` picks the block of a
    stacked table on the mapping."""
    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.feedback import SILENT

    extra = {"feedback": feedback or SILENT, "layer": layer}
    if sources is not None:
        return load_dataset(boundaries, None, institutions, sources=sources,
                            **extra), None, None
    mapping, proposal = read_options(stats, sheet=sheet, year=year, mapping_file=mapping_file,
                                     detect=detect)
    if mapping is not None and block:
        mapping.block = block
    ds = load_dataset(boundaries, stats, institutions, sheet=sheet, mapping=mapping, **extra)
    return ds, mapping, proposal


def layout_lines(stats: str | Path | None, sheet: str | None, mapping: Any, proposal: Any,
                 ds: Any) -> list[str]:
    """What the statistics table was read as: each indicator's evidence and the year column
    (the detection's notes), or a saved mapping's year column."""
    from kzplanner.core.io.read import layout

    if proposal is not None:
        return list(proposal.warnings)
    if mapping is not None:
        note = layout.period_note(stats, mapping)
        return [note] if note else []
    if "layout_detected" in ds.reconciliation.notes:
        return list(layout.detect_layout(stats, sheet).warnings)
    return []
