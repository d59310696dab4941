"""Reading a per-unit statistics table in the canonical layout (one row per unit, ids as header)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kzplanner.core.io.read.table import Provenance, read_table
from kzplanner.core.io.read.values import normalise_code, parse_number_block

CODE_KEYS = ("unit_code", "kato", "код като", "като", "code")
NAME_KEYS = ("unit_name", "unit_name_ru", "unit_name_kk", "unit_name_en", "region", "регион",
             "область", "наименование")
TEXT_COLUMNS = frozenset({"unit_code", "unit_name", "unit_name_ru", "unit_name_kk",
                          "unit_name_en", "parent_code", "parent_name", "level"})


def read_statistics(path: str | Path, sheet: str | None = "statistics") -> pd.DataFrame:
    """Per-unit indicators. Returns columns unit_code (text or None), unit_name, and floats.

    The header row is the first of the top rows that names a unit code or name column; the sheet
    'statistics' is read when present, else the first sheet. Every number is parsed strictly:
    a cell that is not a number raises KZError('bad_number') with its row and column, and so
    do TRUE/FALSE ('boolean_in_numbers'), a figure beyond its column's bound
    ('implausible_value', values.LIMITS), a negative count ('negative_value') and a part larger
    than its whole in a row ('part_exceeds_whole': households without internet > households,
    connected > total …).
    """
    path = Path(path)
    try:
        table = read_table(path, CODE_KEYS + NAME_KEYS, sheet=sheet)
    except Exception as exc:
        from kzplanner.errors import KZError

        # only the default sheet name falls back to the first sheet; a sheet the planner named
        # and the workbook lacks is an error (it names the sheets found)
        if isinstance(exc, KZError) and exc.code == "sheet_missing" and sheet == "statistics":
            table = read_table(path, CODE_KEYS + NAME_KEYS, sheet=None)
        else:
            raise
    grid = table.cells  # one 2-D array: a column is a view, not a Series
    names = [str(c) for c in table.columns]
    lower = {c.lower(): i for i, c in enumerate(names)}
    code_i = next((lower[k] for k in CODE_KEYS if k in lower), None)
    name_i = next((lower[k] for k in NAME_KEYS if k in lower), None)
    columns: dict[str, Any] = {
        "unit_code": [normalise_code(v) for v in grid[:, code_i]] if code_i is not None
        else [None] * len(grid),
        "unit_name": [str(v).strip() for v in grid[:, name_i]] if name_i is not None
        else [None] * len(grid),
    }
    numeric = [i for i, col in enumerate(names) if i not in (code_i, name_i)
               and col.strip().lower() not in TEXT_COLUMNS and not col.strip().startswith("column_")]
    parsed = parse_number_block(grid[:, numeric], [names[i] for i in numeric], table=table)
    for i, values in zip(numeric, parsed, strict=True):
        columns[names[i].strip()] = values
    if parsed and (np.stack(parsed) < 0).any():  # every cell parsed first, then the signs
        for key, values in list(columns.items())[2:]:
            negative = np.flatnonzero(values < 0)
            if negative.size:
                from kzplanner.errors import KZError

                j = int(negative[0])
                raise KZError("negative_value", file=table.file,
                              sheet=table.sheet or path.name, row=table.rows[j], column=key,
                              detail=f"{values[j]:g}")
    from kzplanner.core.io.read.values import check_parts

    check_parts(columns, table.rows, file=table.file, sheet=table.sheet or path.name)
    out = pd.DataFrame(columns, index=range(len(grid)))
    out.attrs["source"] = Provenance({
        "rows": list(table.rows), "file": table.file, "sheet": table.sheet,
        "illustrative": table.illustrative,
        "first_row": table.rows[0] if table.rows else None,
        "last_row": table.rows[-1] if table.rows else None})
    return out
