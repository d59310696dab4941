"""What a statistics sheet is taken to be: the detected proposal, the planner's confirmed mapping
(saved as JSON and reused) and the canonical frame read with it."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from kzplanner.errors import KZError
from kzplanner.lazy import pd

MAPPING_VERSION = 1


@dataclass
class ColumnInfo:
    """A value column of the detected table."""

    column: str  # Excel letter
    index: int  # 0-based
    header: str
    period: str | None
    numbers: int = 0
    zeros_marked: int = 0
    confidential: int = 0
    no_data: int = 0
    empty: int = 0
    bad: int = 0
    suggestion: str | None = None
    alternatives: list[str] = field(default_factory=list)
    evidence: str = ""  # what the suggestion rests on: 'the column header “…”', 'the title “…”'


@dataclass
class Block:
    """A stacked part of the table (all / urban / rural …) with its sheet rows (1-based)."""

    id: str
    label: str
    first_row: int
    last_row: int
    label_row: int | None = None


@dataclass
class ColumnMap:
    """One mapped column: where it is, what it was called, which indicator it feeds."""

    indicator: str
    column: str
    header: str = ""
    select: str = "header"  # 'header' (find by header text) | 'letter' | 'latest_period'
    type: str = "number"  # 'number' | 'share' | 'text'
    evidence: str = ""  # what detection read the indicator from ('' when chosen by hand)


@dataclass
class StatsMapping:
    """The planner's confirmed reading of a statistics sheet; saved as JSON and reused."""

    sheet: str | None
    header_rows: list[int]
    unit_column: str
    unit_kind: str = "name"  # 'name' | 'code' | 'institution' (register inst_id, actuals)
    code_column: str | None = None
    parent_column: str | None = None
    block: str | None = None
    first_row: int | None = None  # used when there are no blocks
    last_row: int | None = None
    columns: list[ColumnMap] = field(default_factory=list)
    decisions: dict[str, str | None] = field(default_factory=dict)  # row label → unit code
    version: int = MAPPING_VERSION
    kind: str = "statistics"  # what the file holds: 'statistics' | 'actuals'
    year: str | None = None  # the year column 'latest_period' takes ("2021", "2021/22"); None: latest

    def set_indicator(self, column: str, indicator: str | None, header: str = "",
                      select: str = "header", type: str = "number") -> None:
        """Map `column` (letter) to `indicator`, or unmap it with None."""
        self.columns = [c for c in self.columns if c.column != column and
                        (indicator is None or c.indicator != indicator)]
        if indicator:
            self.columns.append(ColumnMap(indicator, column, header, select, type))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatsMapping:
        if not isinstance(data, dict) or data.get("version") != MAPPING_VERSION:
            raise KZError("bad_mapping", detail=f"version {data.get('version') if isinstance(data, dict) else '?'}")
        _check_mapping_dict(data)
        try:
            cols = [ColumnMap(**c) for c in data.get("columns", [])]
            fields = {k: v for k, v in data.items() if k != "columns"}
            return cls(columns=cols, **fields)
        except TypeError as exc:
            raise KZError("bad_mapping", detail=str(exc)) from exc


_LETTERS = re.compile(r"^[A-Z]{1,3}$")


def _check_mapping_dict(data: dict[str, Any]) -> None:
    """KZError('bad_mapping') naming the first field of a stored mapping whose value has the
    wrong type (a mapping edited by hand, or damaged), before anything is read with it."""
    def bad(name: str, value: Any) -> KZError:
        return KZError("bad_mapping", detail=f"{name} = {str(value)[:60]!r}")

    def row(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10**7

    def letters(value: Any, optional: bool) -> bool:
        return (optional and value is None) or (isinstance(value, str) and
                                                bool(_LETTERS.match(value)))

    def text(value: Any, optional: bool = True) -> bool:
        return (optional and value is None) or isinstance(value, str)

    checks: dict[str, Any] = {
        "sheet": text, "block": text, "year": lambda v: v is None or isinstance(v, (str, int))
        and not isinstance(v, bool),
        "header_rows": lambda v: isinstance(v, list) and len(v) <= 50 and all(map(row, v)),
        "unit_column": lambda v: letters(v, False),
        "code_column": lambda v: letters(v, True), "parent_column": lambda v: letters(v, True),
        "unit_kind": lambda v: v in ("name", "code", "institution"),
        "kind": lambda v: v in ("statistics", "actuals"),
        "first_row": lambda v: v is None or row(v), "last_row": lambda v: v is None or row(v),
        "decisions": lambda v: isinstance(v, dict) and all(
            isinstance(k, str) and text(x) for k, x in v.items()),
        "columns": lambda v: isinstance(v, list) and all(isinstance(c, dict) for c in v),
    }
    for name, ok in checks.items():
        if name in data and not ok(data[name]):
            raise bad(name, data[name])
    for i, col in enumerate(data.get("columns") or []):
        for name, ok in (("indicator", lambda v: isinstance(v, str) and v),
                         ("column", lambda v: letters(v, False)),
                         ("header", text), ("evidence", text),
                         ("select", lambda v: v in ("header", "letter", "latest_period")),
                         ("type", lambda v: v in ("number", "share", "text"))):
            if name in col and not ok(col[name]):
                raise bad(f"columns[{i}].{name}", col[name])
        if "indicator" not in col or "column" not in col:
            raise bad(f"columns[{i}]", col)


@dataclass
class StatsProposal:
    """What detection found; `mapping` is the proposal the planner confirms or edits."""

    file: str
    sheet: str | None
    sheets: list[str]
    mapping: StatsMapping
    title: str
    caption: str
    blocks: list[Block]
    columns: list[ColumnInfo]
    note_rows: list[int]
    total_rows: list[int]
    preview: list[list[str]]
    confidence: float
    warnings: list[str] = field(default_factory=list)


@dataclass
class StatsImport:
    """The canonical per-unit frame plus where every value came from and what the marks meant."""

    frame: pd.DataFrame  # unit_code, unit_name, [parent_name], indicators…
    rows: list[int]  # sheet row of each frame row
    provenance: dict[str, dict[str, Any]]  # indicator → file, sheet, column, header, cells
    marks: dict[str, dict[str, int]]  # indicator → {'zero': n, 'confidential': n, …}
    totals: dict[str, float]  # indicator → the country-total row's value, when present
    warnings: list[str]
    mapping: StatsMapping
