"""Statistics tables as offices publish them: detection → proposal → confirmed mapping → frame.

The import wizard (and `kzplanner check`) calls, in order:

    sheets = list_sheets(path)
    proposal = detect_layout(path, sheet=None)          # StatsProposal: what we think it is
    mapping = proposal.mapping                          # StatsMapping: edit, then confirm
    mapping.block = "rural"; mapping.set_indicator("X", "schools_total")
    result = apply_mapping(path, mapping)               # StatsImport: canonical per-unit frame
    save_mapping(mapping, "schools.mapping.json")       # reuse for next year's file
    mapping = load_mapping("schools.mapping.json")

The stages live in this package's modules: `detect` (layout detection), `words` (the kk/ru/en
stems that suggest an indicator), `cells` (what a cell says), `blocks` (stacked blocks, totals,
notes), `periods` (year columns), `indents` (label hierarchy), `model` (proposal, mapping,
import), `apply` (reading with a mapping), `mapping_file` (loading a saved mapping); the grid
comes from core.io.read.grid, the one grid reader. This module names the API the import wizard
and the command line use.
"""

from kzplanner.core.io.read.grid import list_sheets, read_grid
from kzplanner.core.io.read.layout.apply import apply_mapping
from kzplanner.core.io.read.layout.cells import classify, strip_marker
from kzplanner.core.io.read.layout.detect import detect_layout
from kzplanner.core.io.read.layout.indents import label_indents
from kzplanner.core.io.read.layout.mapping_file import load_mapping
from kzplanner.core.io.read.layout.model import (
    MAPPING_VERSION,
    Block,
    ColumnInfo,
    ColumnMap,
    StatsImport,
    StatsMapping,
    StatsProposal,
)
from kzplanner.core.io.read.layout.periods import (
    period_choice_text,
    period_columns,
    period_note,
    resolve_period_column,
)
from kzplanner.core.io.read.layout.words import (
    ACTUALS_WORDS,
    INDICATOR_WORDS,
    SUGGESTION_WORDS,
    suggest_indicator,
)
from kzplanner.core.io.read.safety import MAX_ROWS
from kzplanner.core.io.read.sheet import Grid, col_index, col_letter
from kzplanner.core.io.write.mapping_file import save_mapping

__all__ = [
    "ACTUALS_WORDS", "INDICATOR_WORDS", "MAPPING_VERSION", "MAX_ROWS", "SUGGESTION_WORDS",
    "Block", "ColumnInfo", "ColumnMap", "Grid", "StatsImport", "StatsMapping", "StatsProposal",
    "apply_mapping", "classify", "col_index", "col_letter", "detect_layout", "label_indents",
    "list_sheets", "load_mapping", "period_choice_text", "period_columns", "period_note",
    "read_grid", "resolve_period_column", "save_mapping", "strip_marker", "suggest_indicator",
]
