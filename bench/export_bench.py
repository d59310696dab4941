"""The export bench of bench/run.py: the plan workbook (built and written) beside
DataFrame.to_excel writing the same tables with the same engine (XlsxWriter), at national and
stress size."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchlib import _files, _runs
from core_benches import STRESS_RUNS, _every_run, _stress_dataset
from measures import Records, Row


def workbook_tables(book: Any) -> list[tuple[str, Any]]:
    """The plan workbook's tables as DataFrames: per sheet with a table body, its header row's
    texts and the body's rows (the kit list without its subtotal rows, which are formulas)."""
    import pandas as pd

    out = []
    for ws in book.worksheets:
        if not ws.blocks:
            continue
        width = max(len(b.formats) for b in ws.blocks)
        headers = [ws.value_at(1, c) for c in range(1, width + 1)]
        rows = [r for b in sorted(ws.blocks, key=lambda b: b.row) for r in b.rows]
        out.append((ws.title, pd.DataFrame(rows, columns=headers)))
    return out


def bench_export(rec: Records, repeats: int, size: str) -> list[Row]:
    """The plan workbook (built and written) beside DataFrame.to_excel writing the same tables
    (same rows and columns, built beforehand) with XlsxWriter, the engine the workbook uses;
    openpyxl's to_excel as a reference at national size."""
    import pandas as pd

    from kzplanner.core.dataset import load_dataset
    from kzplanner.core.io.write.plan_workbook import build_plan_book, write_plan_workbook
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan

    note = ""
    if size == "stress":
        (ds, note), runner, repeats = _stress_dataset(), _every_run, STRESS_RUNS
    else:
        ds, runner = load_dataset(*_files(size)), _runs
    res = make_plan(ds, PlanParams())
    tables = workbook_tables(build_plan_book(ds, res))
    cells = sum(frame.size for _, frame in tables)
    shape = ", ".join(f"{len(f):,}×{f.shape[1]}" for _, f in tables)
    tmp = Path(tempfile.mkdtemp())
    rec.add(f"export_ours_{size}", runner(lambda: write_plan_workbook(tmp / "plan.xlsx", ds, res),
                                          repeats),
            "write_plan_workbook: every sheet built (names, formats, widths, totals, summary, "
            f"page setup) and written (XlsxWriter){note}")

    def to_excel(engine: str) -> None:
        with pd.ExcelWriter(tmp / f"plain_{engine}.xlsx", engine=engine) as xw:
            for title, frame in tables:
                frame.to_excel(xw, sheet_name=title, index=False)

    rec.add(f"export_to_excel_{size}", runner(lambda: to_excel("xlsxwriter"), repeats),
            f"DataFrame.to_excel(engine='xlsxwriter') of the workbook's tables, the same rows "
            f"and columns ({shape}; {cells:,} cells; frames built before timing){note}")
    nat = size == "national"
    rows = [Row("export plan workbook", size, f"export_ours_{size}", f"export_to_excel_{size}",
                "DataFrame.to_excel, same tables, XlsxWriter engine (measured)",
                (("max", 0.5),) if nat else (("×anchor", 1.0),),
                "≤ 0.5 s" if nat else "≤ to_excel",
                f"tables {shape}: {cells:,} cells; {len(res.allocation)} allocation lines, "
                f"{len(res.kits)} kits")]
    if nat:
        rec.add(f"export_to_excel_openpyxl_{size}", runner(lambda: to_excel("openpyxl"),
                                                           repeats),
                "DataFrame.to_excel(engine='openpyxl') of the same tables")
        rows.append(Row("  (reference) export plan workbook", size, f"export_ours_{size}",
                        f"export_to_excel_openpyxl_{size}",
                        "DataFrame.to_excel, same tables, openpyxl engine (measured)"))
    return rows
