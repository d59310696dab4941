"""What matched between the data and the boundaries, what did not, and what was repaired."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
