"""Memory python-calamine alone needs to load one sheet, for bench/run.py (one fresh process).

    python bench/calamine_peak.py --file bench/out/stress/institutions.xlsx --sheet institutions

Prints one JSON line: the peak resident memory (VmHWM) over what the process held just before
the load (the interpreter and python-calamine imported), what it still holds with the sheet
loaded, and the sheet's size. This is the floor under any reader built on python-calamine:
its get_sheet_by_name builds the whole sheet in Rust before a single value reaches Python.
"""

from __future__ import annotations

import argparse
import json


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", required=True)
    parser.add_argument("--sheet", required=True)
    args = parser.parse_args()
    from proc_status import status_mb  # bench/ (this script's folder)
    from python_calamine import CalamineWorkbook

    before = status_mb("VmRSS")
    wb = CalamineWorkbook.from_path(args.file)
    ws = wb.get_sheet_by_name(args.sheet)
    print(json.dumps({"peak_over_mb": status_mb("VmHWM") - before,
                      "held_mb": status_mb("VmRSS") - before,
                      "rows": ws.height, "columns": ws.width}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
