"""Writing planning parameters as a TOML file a person can read and edit (JSON for a .json path)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kzplanner.core.io.params_dict import PARAMS_SCHEMA, params_to_dict
from kzplanner.core.io.write.atomic import write_atomically
from kzplanner.core.planning.parameters import PlanParams

_HEADER = """# KZ Planner planning parameters (schema {schema}).
# Money in tenge (₸) for the whole plan period; shares in 0..1; take-up = share of issued vouchers
# that are redeemed; equity λ ≥ 0 (0 = no preference for the worst units). [rules.gap_weights]
# are the combined access-gap index's weights and maximum impact's exchange rate between kits and
# vouchers; [envelope_shares] are the envelopes strategy's shares of the budget. See docs/model.md.
"""


def write_params(path: str | Path, params: PlanParams) -> Path:
    """Write TOML (or JSON for a .json path) atomically."""
    path = Path(path)
    data = params_to_dict(params)
    if path.suffix.lower() == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2)
    else:
        import tomli_w

        text = _HEADER.format(schema=PARAMS_SCHEMA) + tomli_w.dumps(_drop_none(data))
    return write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _drop_none(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _drop_none(v) for k, v in data.items() if v is not None}
    return data
