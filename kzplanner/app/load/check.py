"""Loading a table, Qt-free, step 2: the check. Apply the confirmed mapping and reconcile the
rows with the loaded units (the import wizard's last page), or load the dataset and report its
reconciliation (`kzplanner check`); the confirmed file as a data source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kzplanner.core.io.read import layout
from kzplanner.core.sources import StatsSource


@dataclass
class CheckResult:
    imported: layout.StatsImport
    matches: list[dict[str, Any]]
    units_without_data: list[str]
    unknown_institutions: list[str] = field(default_factory=list)
    level: str | None = None  # 'adm1': checked against the bundled oblasts instead (see below)
    # the units checked against when not the loaded ones: language → [(code, name)]
    unit_names: dict[str, list[tuple[str, str]]] | None = None


def check_mapping(path: str, mapping: layout.StatsMapping, units: Any,
                  boundaries: str | None = None) -> CheckResult:
    """apply_mapping, then reconcile the rows with `units` (no decisions: the page shows them).
    On the bundled districts (`boundaries` the default map) a table by oblast — not one row
    matches a district — is checked against the bundled oblasts, as the load will join it
    (core.dataset.load_dataset); `level` says so."""
    from kzplanner import paths
    from kzplanner.core.reconcile import reconcile

    imported = layout.apply_mapping(path, mapping)
    if units is None:
        return CheckResult(imported, [], [])
    result = reconcile(units, imported.frame, decisions=mapping.decisions or None,
                       sheet_rows=imported.rows)
    level, names = None, None
    if (not any(m.joined for m in result.matches)
            and paths.bundled_level(boundaries or paths.sample_boundaries()) == "adm2"):
        from kzplanner.core.io.read.boundaries import read_boundaries

        oblasts = read_boundaries(paths.bundled_boundaries("adm1"))
        result = reconcile(oblasts, imported.frame, decisions=mapping.decisions or None,
                           sheet_rows=imported.rows)
        level = "adm1"
        names = {lang: [(str(c), str(n)) for c, n in oblasts[f"name_{lang}"].items()]
                 for lang in ("kk", "ru", "en")}
    return CheckResult(imported, [m.as_dict() for m in result.matches],
                       result.units_without_data, level=level, unit_names=names)


def check_actuals(path: str, mapping: layout.StatsMapping, units: Any,
                  institutions: Any) -> CheckResult:
    """import_actuals with the mapping's own decisions: the rows, their units and the
    institution ids the register does not know (bad cells raise KZError for the page)."""
    from kzplanner.core.io.read.actuals import import_actuals

    result = import_actuals(path, mapping, units, institutions)
    return CheckResult(result.imported, result.matches, result.units_without_data,
                       result.unknown_institutions)


def stats_source(file: str, mapping: layout.StatsMapping | None, *, sheet: str | None,
                 year: str | None, publisher: str = "") -> StatsSource:
    """A statistics file as a data source: its sheet, year, mapping and match decisions."""
    return StatsSource(file=str(file), sheet=sheet,
                       mapping=mapping.to_dict() if mapping is not None else None, year=year,
                       decisions=dict(mapping.decisions or {}) if mapping is not None else {},
                       publisher=publisher)


def confirmed_source(file: str, mapping: layout.StatsMapping,
                     replacing: StatsSource | None = None) -> StatsSource:
    """The file the import wizard confirmed, with the mapping's sheet and year (a replacement
    keeps the publisher of the source it replaces)."""
    return stats_source(file, mapping, sheet=mapping.sheet, year=mapping.year,
                        publisher=replacing.publisher if replacing is not None else "")


def build_report(ds: Any, mapping: Any = None, names_lang: str = "ru") -> dict[str, Any]:
    """The reconciliation as a JSON-ready dict (what `check --json` prints; unit names in
    Russian there, in the report's language in the text report)."""
    rec = ds.reconciliation
    names = ds.unit_names(names_lang)
    by_method: dict[str, list[dict[str, Any]]] = {}
    for m in rec.matches:
        by_method.setdefault(m["method"], []).append(
            {k: m[k] for k in ("label", "unit_code", "unit_name", "rule", "score", "sheet_row",
                               "candidates") if m.get(k) not in (None, "", [])})
    return {
        "units": len(ds.units),
        "counts": {
            "code": rec.matched_by_code, "exact": rec.matched_exact, "rule": rec.matched_by_rule,
            "fuzzy_to_confirm": rec.matched_fuzzy, "crosswalk": rec.matched_by_crosswalk,
            "decision": rec.matched_by_decision, "summed_up": rec.matched_summed,
            "unmatched_rows": len(rec.unmatched_rows),
            "units_without_data": len(rec.units_without_data),
            "duplicates": len(rec.duplicates),
        },
        "matches": by_method,
        "unmatched_rows": rec.unmatched_rows,
        "units_without_data": [{"unit_code": c, "name": names.get(c, c)}
                               for c in rec.units_without_data],
        "duplicates": rec.duplicates,
        "geometry_repaired": rec.geometry_repaired,
        "duplicate_unit_codes": rec.duplicate_unit_codes,
        "institutions_outside": rec.institutions_outside,
        "value_marks": rec.value_marks,
        "issues": rec.issues,
        "notes": rec.notes,
        "errors": len(rec.errors),
        "sources": [{"kind": s.kind, "file": s.file, "sheet": s.sheet, "cells": s.cells}
                    for s in ds.sources],
        "statistics_sources": [s.as_dict() for s in ds.data_sources],
        "mapping": mapping.to_dict() if mapping is not None else None,
    }


def text_report(report: dict[str, Any], lang: str) -> list[str]:
    """`check`'s report as lines in `lang` (the window's reconciliation screen says the same)."""
    from kzplanner.core.catalogue import label
    from kzplanner.core.reconcile_text import SEVERITY_SIGNS, issue_text, method_text

    c = report["counts"]
    methods = {"code": "code", "exact": "exact", "rule": "rule", "fuzzy_to_confirm": "fuzzy",
               "crosswalk": "crosswalk", "decision": "decision", "summed_up": "summed_up"}
    lines = [f"{label('check.units', lang)}: {report['units']}",
             f"{label('check.matched', lang)}: " + ", ".join(
                 f"{method_text(m, lang)} {c[k]}" for k, m in methods.items())]
    if report["unmatched_rows"]:
        lines.append(f"{label('check.unmatched_rows', lang)}: "
                     + "; ".join(report["unmatched_rows"]))
    if report["units_without_data"]:
        lines.append(f"{label('check.units_without_data', lang)}: " + "; ".join(
            f"{u['unit_code']} {u['name']}" for u in report["units_without_data"]))
    for m in report["matches"].get("fuzzy", []):
        lines.append(f"{label('check.to_confirm', lang)}: {m['label']} → {m['unit_name']} "
                     f"({m.get('score')})")
    for i in report["issues"]:
        lines.append(f"{SEVERITY_SIGNS.get(str(i['severity']), '•')} {issue_text(i, lang)}")
    return lines
