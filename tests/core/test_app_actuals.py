"""app.actuals: the projected-versus-actual workflow without Qt, and its Excel export keeping
every text cell as text."""

from __future__ import annotations

import openpyxl
import pytest

from kzplanner.app.actuals import (
    comparison_sheets,
    difference_indicator,
    measures,
    unit_names,
    write_comparison,
)
from kzplanner.core.variance import TOTAL, compare_projection, projection_per_unit


@pytest.fixture(scope="module")
def comparison(sample_dataset):
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    plan = make_plan(sample_dataset, PlanParams(budget_kzt=2e9, strategy="proportional"))
    projected = projection_per_unit(plan)
    actuals = projected.copy()
    first = actuals.index[0]
    actuals.loc[first, "kits_installed"] = max(float(actuals.loc[first, "kits_installed"]) - 1, 0)
    return compare_projection(projected, actuals)


def test_export_keeps_a_formula_like_name_as_text(comparison, tmp_path):
    codes = [c for c in comparison.index if c != TOTAL]
    names = unit_names(comparison, lambda code: "=1+1" if code == codes[0] else f"+{code}",
                       "en")
    out = write_comparison(str(tmp_path / "cmp.xlsx"), comparison, names, "en")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Projected vs actual", "Reasons"]
    ws = wb["Projected vs actual"]
    cell = ws.cell(2, 2)
    assert cell.value == "=1+1" and cell.data_type == "s"
    assert all(ws.cell(r, 2).data_type == "s" for r in range(2, ws.max_row + 1))
    assert ws.cell(ws.max_row, 2).value == "Total"
    assert ws.freeze_panes == "C2" and wb["Reasons"].freeze_panes == "A2"
    # numbers stay numbers
    table, _why = comparison_sheets(comparison, names, "en")
    numeric = [i for i, c in enumerate(table.columns, start=1) if "—" in str(c)]
    assert numeric and isinstance(ws.cell(2, numeric[0]).value, (int, float))
    # nothing in the workbook is a formula
    for sheet in wb.worksheets:
        assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_difference_indicator_leaves_the_total_out(comparison):
    assert "kits_installed" in measures(comparison)
    key, values, labels = difference_indicator(comparison, "kits_installed")
    assert key == "actual_minus_projected_kits_installed"
    assert TOTAL not in values.index and values.iloc[0] <= 0
    assert set(labels) == {"en", "ru", "kk"}
