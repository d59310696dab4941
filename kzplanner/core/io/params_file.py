"""Planning parameters as a TOML file a person can read and edit (JSON accepted on reading)."""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path
from typing import Any

from kzplanner.core.access_rules import AccessRules
from kzplanner.core.io.atomic import write_atomically
from kzplanner.core.planning.parameters import Constraints, CostCatalogue, PlanParams
from kzplanner.errors import KZError

# Bump when a key is renamed or its meaning changes; add the step to _MIGRATIONS.
PARAMS_SCHEMA = 2


def _from_schema_1(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 → 2: maximum impact no longer adds people across measures with value weights
    per dimension and type; its exchange rate is the combined index's weights (rules.gap_weights),
    so `value_weights` goes. Kit prices keep their meaning for a connection; equipment is priced
    apart (costs.equipment_kzt, defaults when absent)."""
    data = dict(data)
    data.pop("value_weights", None)
    return data


_MIGRATIONS: dict[int, Any] = {1: _from_schema_1}
_NESTED = {"costs": CostCatalogue, "rules": AccessRules, "constraints": Constraints}

_HEADER = """# KZ Planner planning parameters (schema {schema}).
# Money in tenge (₸) for the whole plan period; shares in 0..1; take-up = share of issued vouchers
# that are redeemed; equity λ ≥ 0 (0 = no preference for the worst units). [rules.gap_weights]
# are the combined access-gap index's weights and maximum impact's exchange rate between kits and
# vouchers; [envelope_shares] are the envelopes strategy's shares of the budget. See docs/model.md.
"""


def params_to_dict(params: PlanParams) -> dict[str, Any]:
    data = asdict(params)
    data["constraints"]["locked"] = list(params.constraints.locked)
    data["constraints"]["excluded"] = list(params.constraints.excluded)
    return {"schema": PARAMS_SCHEMA, **data}


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    unknown = set(data) - set(known)
    if unknown:
        raise KZError("bad_parameter", column=f"{where}{sorted(unknown)[0]}",
                      detail=f"unknown key; known keys: {', '.join(known)}")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key in _NESTED and isinstance(value, dict):
            kwargs[key] = _build(_NESTED[key], value, f"{where}{key}.")
        elif key in ("locked", "excluded"):
            kwargs[key] = tuple(str(v) for v in value)
        else:
            kwargs[key] = value
    return cls(**kwargs)


def params_from_dict(data: dict[str, Any]) -> PlanParams:
    """Parameters from a plain dict (missing keys take their defaults); validated."""
    data = dict(data)
    schema = int(data.pop("schema", PARAMS_SCHEMA))
    if schema > PARAMS_SCHEMA:
        raise KZError("bad_parameter", column="schema",
                      detail=f"written by a newer KZ Planner (schema {schema})")
    while schema < PARAMS_SCHEMA:
        data = _MIGRATIONS[schema](data)
        schema += 1
    params = _build(PlanParams, data, "")
    assert is_dataclass(params)
    params.validate()
    return params


def read_params(path: str | Path) -> PlanParams:
    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    return params_from_dict(data)


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
