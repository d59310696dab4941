"""Planning parameters as a plain dict and back, validated and migrated from older schemas: what
the parameters file (core.io.read.params_file, core.io.write.params_file) and the project file
store."""

from __future__ import annotations

from dataclasses import asdict, fields, is_dataclass
from typing import Any

from kzplanner.core.access_rules import AccessRules
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



def params_to_dict(params: PlanParams) -> dict[str, Any]:
    data = asdict(params)
    data["constraints"]["locked"] = list(params.constraints.locked)
    data["constraints"]["excluded"] = list(params.constraints.excluded)
    return {"schema": PARAMS_SCHEMA, **data}


MAX_PARAMETER = 1e15  # no amount (tenge), share or count of a plan comes near it


def _check_value(value: Any, hint: Any, where: str) -> None:
    """KZError('bad_parameter') unless `value` has the type `hint` says (numbers finite and
    within MAX_PARAMETER, never true/false for a number); nested tables are checked by _build."""
    import math
    import typing

    origin = typing.get_origin(hint)
    if hint in (float, int):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise KZError("bad_parameter", column=where, detail="“{value}” is not a number",
                          extra={"value": value})
        if not math.isfinite(value) or abs(value) > MAX_PARAMETER:
            raise KZError("bad_parameter", column=where,
                          detail="{value} is not a finite number of plausible size",
                          extra={"value": value})
    elif hint is str:
        if not isinstance(value, str):
            raise KZError("bad_parameter", column=where, detail="“{value}” is not text",
                          extra={"value": value})
    elif origin is dict:
        if not isinstance(value, dict):
            raise KZError("bad_parameter", column=where, detail="expected a table of values")
        _key, inner = typing.get_args(hint) or (str, Any)
        for k, v in value.items():
            _check_value(v, inner, f"{where}.{k}")
    elif origin in (tuple, list):
        if not isinstance(value, (list, tuple)) or any(
                isinstance(v, (dict, list, tuple)) for v in value):
            raise KZError("bad_parameter", column=where, detail="expected a list of ids")


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    import typing

    if not isinstance(data, dict):
        raise KZError("bad_parameter", column=where.rstrip(".") or "(file)",
                      detail="expected a table of parameters")
    known = {f.name: f for f in fields(cls)}
    unknown = set(data) - set(known)
    if unknown:
        raise KZError("bad_parameter", column=f"{where}{sorted(unknown)[0]}",
                      detail="unknown key; known keys: {known}",
                      extra={"known": ", ".join(known)})
    hints = typing.get_type_hints(cls)
    for key, value in data.items():
        if key in _NESTED:
            if not isinstance(value, dict):
                raise KZError("bad_parameter", column=f"{where}{key}",
                              detail="expected a table of parameters")
        else:
            _check_value(value, hints.get(key, Any), f"{where}{key}")
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
    if not isinstance(data, dict):
        raise KZError("bad_parameter", column="(file)", detail="expected a table of parameters")
    data = dict(data)
    schema = data.pop("schema", PARAMS_SCHEMA)
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise KZError("bad_parameter", column="schema", detail="“{value}” is not a number",
                      extra={"value": schema})
    if schema < 1:
        raise KZError("bad_parameter", column="schema", detail=str(schema))
    if schema > PARAMS_SCHEMA:
        raise KZError("bad_parameter", column="schema",
                      detail="written by a newer KZ Planner (schema {schema})",
                      extra={"schema": schema})
    while schema < PARAMS_SCHEMA:
        data = _MIGRATIONS[schema](data)
        schema += 1
    params = _build(PlanParams, data, "")
    assert is_dataclass(params)
    params.validate()
    return params
