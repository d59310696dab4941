"""Totals prove the join: a statistics table's own sums checked against its rows and against
what was joined to the boundaries.

Three checks per count indicator (shares are not additive and are skipped):
  children  the rows below a header sum to the header row (an oblast's districts to the oblast)
  headers   the oblast-level rows sum to the republic row
  joined    what was joined to the boundaries sums to the file's own figure for the same area:
            each oblast's header row, and the republic row when every oblast is covered
Tolerance: the file's rounding — half a unit of the last decimal the values use, once per row
summed — and never more than 0.1 % of the figure. A check that meets a missing value (a
confidential "x") is not made, and says so at info level.

Every failed check is an error-level issue `totals_mismatch` naming the check, the indicator, the
figure and the sum, the header row and the rows involved; `core.reconcile_text` says it in
kk/ru/en. The issue's `doubt` flag puts it on the plan's summaries (Reconciliation.doubts).
"""

from __future__ import annotations

import math
from typing import Any

MAX_SHARE = 0.001  # 0.1 %
SHARE_SUFFIXES = ("_share", "_rate", "_pct")


def _decimals(values: list[float]) -> int:
    """How many decimals the file's figures use (0–3)."""
    most = 0
    for v in values:
        for d in range(0, 4):
            if abs(round(v, d) - v) < 1e-9 * max(1.0, abs(v)):
                most = max(most, d)
                break
        else:
            most = 3
    return most


def tolerance(expected: float, parts: list[float]) -> float:
    """The file's rounding over `parts`, at most 0.1 % of `expected` (at least half a unit)."""
    half = 0.5 * 10 ** -_decimals([expected, *parts])
    return max(half, min(len(parts) * half, MAX_SHARE * abs(expected)))


def _compare(check: str, indicator: str, expected: float, parts: list[float],
             where: dict[str, Any]) -> dict[str, Any] | None:
    if any(math.isnan(p) for p in parts) or math.isnan(expected):
        return {"severity": "info", "code": "totals_unchecked", "check": check,
                "indicator": indicator, "detail": f"{indicator}: {where.get('label', '')}",
                **where}
    found = float(sum(parts))
    if abs(found - expected) <= tolerance(expected, parts):
        return None
    return {"severity": "error", "code": "totals_mismatch", "check": check,
            "indicator": indicator, "expected": expected, "found": found,
            "detail": f"{indicator}: {where.get('label', '')}: {found:.6g} ≠ {expected:.6g}",
            "doubt": True, **where}


def check_totals(tree: Any, matches: list[Any], values: Any,
                 sheet_rows: list[int] | None = None) -> list[dict[str, Any]]:
    """Issues (dicts as Reconciliation.issue makes them) for every failed totals check.

    `tree`: core.tree.Tree of the rows; `matches`: reconcile.Match per row (same order);
    `values`: the rows' numeric columns (a DataFrame in the same order); `sheet_rows`: the sheet
    row of each, for the messages.
    """
    issues: list[dict[str, Any]] = []
    columns = [c for c in values.columns if not str(c).endswith(SHARE_SUFFIXES)
               and values[c].dtype.kind in "fiu" and values[c].notna().any()]
    if not columns or tree is None:
        return issues

    def row_no(pos: int) -> int:
        return sheet_rows[pos] if sheet_rows else pos + 1

    data = {c: values[c].astype(float).tolist() for c in columns}
    tops = [r for r in tree.rows if r.level == "top"]
    for col in columns:
        vals = data[col]
        # 1. rows below each header sum to it
        for head in tree.rows:
            if not head.children:
                continue
            parts = [vals[k] for k in head.children]
            issue = _compare("children", col, vals[head.pos], parts, {
                "row": row_no(head.pos), "label": head.label,
                "rows": [row_no(k) for k in head.children]})
            if issue:
                issues.append(issue)
        # 2. oblast-level rows sum to the republic row
        if tree.country is not None and tops:
            issue = _compare("headers", col, vals[tree.country], [vals[t.pos] for t in tops], {
                "row": row_no(tree.country), "label": tree.rows[tree.country].label,
                "rows": [row_no(t.pos) for t in tops]})
            if issue:
                issues.append(issue)
        # 3. what was joined sums to the file's figure for the same area
        joined = [m for m in matches if m.joined]
        if not joined:
            continue
        covered_all = True
        for head in tops:
            inside = [m for m in joined if m.row == head.pos or
                      tree.rows[m.row].parent == head.pos]
            if not inside:
                covered_all = False
                continue
            if any(m.row == head.pos for m in inside):
                continue  # the header itself was joined: nothing summed
            lost = [row_no(k) for k in head.children
                    if not matches[k].joined and matches[k].method != "excluded"]
            issue = _compare("joined", col, vals[head.pos], [vals[m.row] for m in inside], {
                "row": row_no(head.pos), "label": head.label, "rows": lost})
            if issue and issue["severity"] == "error":
                issues.append(issue)
        if tree.country is not None and covered_all and tops:
            issue = _compare("joined", col, vals[tree.country], [vals[m.row] for m in joined], {
                "row": row_no(tree.country), "label": tree.rows[tree.country].label,
                "rows": [row_no(m.row) for m in matches if not m.joined
                         and m.method in ("unmatched", "ambiguous", "duplicate",
                                          "wrong_parent")]})
            if issue and issue["severity"] == "error":
                issues.append(issue)
    return issues
