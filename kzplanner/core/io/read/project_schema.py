"""The manifest of a project file checked against its JSON schema (jsonschema), every problem
named in the reader's language."""

from __future__ import annotations

import json
from dataclasses import MISSING, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from kzplanner.core.io.project_errors import DetailedError, Localized, project_invalid
from kzplanner.core.io.project_model import FORMAT, PROJECT_SCHEMA, short_error
from kzplanner.core.reconciliation import Reconciliation


def _schema_1_to_2(manifest: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 keeps the list of statistics sources (core.sources) and the planner's choice
    of source per indicator. A schema-1 project had one statistics file: it becomes the one
    source, with the wizard's mapping when the project kept one for that file."""
    out = dict(manifest)
    stats = [s for s in manifest.get("sources", []) if isinstance(s, dict)
             and s.get("kind") == "statistics"]
    mappings = manifest.get("mappings") or {}
    out["data_sources"] = [
        {"id": f"s{k + 1}", "file": s.get("file", ""), "sheet": s.get("sheet"),
         "cells": s.get("cells") or "", "illustrative": bool(s.get("illustrative")),
         "mapping": mappings.get(s.get("file", "")) if isinstance(mappings, dict) else None}
        for k, s in enumerate(stats)]
    out["source_choices"] = {}
    return out


_MIGRATIONS: dict[int, Any] = {1: _schema_1_to_2}

# How a statistics row was matched (core.reconcile.Match.method).
MATCH_METHODS = ("code", "exact", "rule", "fuzzy", "decision", "crosswalk", "summed_up",
                 "unmatched", "excluded", "total", "header", "above_level", "below_level",
                 "outside", "ambiguous", "wrong_parent", "duplicate", "pre_reform")
# How a stored plan was made, besides the strategies' own names.
SOLVER_METHODS = ("milp", "envelopes", "manual", "none", "stored")

_KINDS = {"object": "object", "array": "array", "string": "string", "integer": "integer",
          "number": "number", "boolean": "boolean", "null": "null"}


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def kind_label(name: str) -> Localized:
    return Localized(f"project_detail.kind_{_KINDS.get(name, 'object')}")


def _reconciliation_schema() -> dict[str, Any]:
    props: dict[str, Any] = {}
    for f in fields(Reconciliation):
        default: Any = f.default
        if default is MISSING and f.default_factory is not MISSING:
            default = f.default_factory()
        if isinstance(default, bool):
            props[f.name] = {"type": "boolean"}
        elif isinstance(default, int):
            props[f.name] = {"type": "integer", "minimum": 0}
        elif isinstance(default, list):
            props[f.name] = {"type": "array"}
        elif isinstance(default, dict):
            props[f.name] = {"type": "object"}
    props["matches"] = {"type": "array", "items": {
        "type": "object", "required": ["method"],
        "properties": {"method": {"enum": list(MATCH_METHODS)},
                       "label": {"type": ["string", "number", "null"]},
                       "unit_code": {"type": ["string", "null"]}}}}
    props["issues"] = {"type": "array", "items": {
        "type": "object", "required": ["severity", "code"],
        "properties": {"severity": {"type": "string"}, "code": {"type": "string"}}}}
    return {"type": "object", "properties": props}


_TEXT = {"type": "string", "maxLength": 100_000}
_OPT_TEXT = {"type": ["string", "null"], "maxLength": 100_000}


@lru_cache(maxsize=1)
def manifest_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of manifest.json at PROJECT_SCHEMA."""
    allocation = {
        "type": ["object", "null"], "required": ["vouchers", "kits"],
        "properties": {
            "vouchers": {"type": "array", "items": {
                "type": "array", "minItems": 4, "maxItems": 4,
                "prefixItems": [{"type": ["string", "integer"]}, {"type": "string"},
                                {"type": "string"}, {"type": "integer", "minimum": 0}]}},
            "kits": {"type": "array", "items": {"type": ["string", "integer"]}},
            "solver": {"type": ["object", "null"], "properties": {
                "method": {"type": "string"}}},
        }}
    scenario = {
        "type": "object", "required": ["name", "params"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 500},
            "notes": _TEXT, "created": _TEXT, "chosen": {"type": "boolean"},
            "params": {"type": "object"},
            "allocation": allocation,
        }}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["format", "schema"],
        "properties": {
            "format": {"const": FORMAT},
            "schema": {"type": "integer", "minimum": 1, "maximum": PROJECT_SCHEMA},
            "app_version": _TEXT, "saved_at": _TEXT,
            "groups": {"type": "array", "maxItems": 200, "items": {"type": "string"}},
            "illustrative": {"type": "boolean"},
            "boundaries_predate_2018": {"type": "boolean"},
            "institutions_estimated": {"type": "boolean"},
            "sources": {"type": "array", "items": {
                "type": "object", "required": ["kind", "file"],
                "properties": {"kind": {"type": "string"}, "file": _TEXT, "sheet": _OPT_TEXT,
                               "cells": _OPT_TEXT, "attribution": _TEXT,
                               "illustrative": {"type": "boolean"}}}},
            "data_sources": {"type": "array", "items": {
                "type": "object", "required": ["file"],
                "properties": {"file": _TEXT, "id": _TEXT, "sheet": _OPT_TEXT,
                               "mapping": {"type": ["object", "null"]},
                               "year": {"type": ["string", "integer", "null"]},
                               "decisions": {"type": "object"},
                               "indicators": {"type": "array", "items": {"type": "string"}},
                               "used": {"type": "array", "items": {"type": "string"}}}}},
            "source_choices": {"type": "object", "additionalProperties": {"type": "string"}},
            "reconciliation": _reconciliation_schema(),
            "scenarios": {"type": "array", "maxItems": 10_000, "items": scenario},
            "active": {"type": ["string", "null"]},
            "mappings": {"type": ["object", "null"]},
            "notes": {"type": ["string", "null"], "maxLength": 1_000_000},
        },
    }


def _where(error_path: Any) -> str:
    out = "manifest.json"
    for part in error_path:
        out += f"[{part}]" if isinstance(part, int) else f" › {part}"
    return out


def _schema_error(path: Path, error: Any) -> DetailedError:
    where = _where(error.absolute_path)
    if error.validator == "required":
        missing = next((p for p in error.validator_value
                        if isinstance(error.instance, dict) and p not in error.instance), "?")
        return project_invalid(path, "field_missing", where=where, field=missing)
    if error.validator == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else list(expected)
        return project_invalid(path, "field_kind", where=where,
                               expected=kind_label(expected[0]), found=kind_label(kind_of(error.instance)))
    shown = json.dumps(error.instance, ensure_ascii=False, default=str)
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return project_invalid(path, "field_value", where=where, value=shown)


def validate_manifest(manifest: Any, path: Path) -> dict[str, Any]:
    """The manifest checked and migrated to PROJECT_SCHEMA, or KZError('project_invalid')."""
    if not isinstance(manifest, dict):
        raise project_invalid(path, "manifest_kind", kind=kind_label(kind_of(manifest)))
    if manifest.get("format") != FORMAT:
        raise project_invalid(path, "not_ours")
    schema = manifest.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise project_invalid(path, "schema_not_number", value=str(schema)[:40])
    if schema > PROJECT_SCHEMA:
        raise project_invalid(path, "schema_newer", value=schema)
    if schema < 1 or (schema < PROJECT_SCHEMA and any(
            s not in _MIGRATIONS for s in range(schema, PROJECT_SCHEMA))):
        raise project_invalid(path, "schema_unknown", value=schema, latest=PROJECT_SCHEMA)
    while schema < PROJECT_SCHEMA:
        try:
            manifest = _MIGRATIONS[schema](manifest)
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            raise project_invalid(path, "field_value", where="manifest.json",
                                  value=short_error(exc)) from exc
        schema += 1
        manifest["schema"] = schema
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(manifest_schema())
    error = best_match(validator.iter_errors(manifest))
    if error is not None:
        raise _schema_error(path, error)
    return manifest


# --- reading: the units and the register ------------------------------------------------------
