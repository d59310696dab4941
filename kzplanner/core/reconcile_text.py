"""How a statistics row was matched and what the reconciliation found, said in kk/ru/en.

Shared by `kzplanner check` and the window's reconciliation screen, so both say the same.
"""

from __future__ import annotations

from typing import Any

from kzplanner.core.catalogue import label

SEVERITY_SIGNS = {"error": "⛔", "warning": "⚠", "info": "ℹ"}


def method_text(method: str, lang: str) -> str:
    """'by KATO code', 'exactly', 'fuzzy — confirm' … for a reconcile.Match method."""
    return label(f"match.{method}", lang)


def missing_inputs_text(missing: list[str], lang: str) -> str:
    """Reconciliation.missing_inputs said in `lang`: 'population, target groups (…)'."""
    return ", ".join(label(f"missing.{m}", lang) for m in missing)


def missing_inputs_warning(missing: list[str], lang: str) -> str:
    """The one-line warning the plan's summaries lead with."""
    return f"{label('missing_inputs_warning', lang)}: {missing_inputs_text(missing, lang)}"


def totals_text(issue: dict[str, Any], lang: str) -> str:
    """A failed totals check (core.totals) in `lang`, with the rows involved."""
    from kzplanner.core.formatting import format_number

    def num(v: Any) -> str:
        v = float(v)
        return format_number(v, lang, 0 if v == int(v) else 2)

    text = label(f"totals.{issue.get('check')}", lang).format(
        label=issue.get("label", ""), found=num(issue["found"]), expected=num(issue["expected"]))
    text = f"{label(str(issue.get('indicator')), lang)}: {text}"
    rows = issue.get("rows") or []
    if rows:
        shown = ", ".join(str(r) for r in rows[:12]) + (" …" if len(rows) > 12 else "")
        text += "; " + label("totals.rows", lang).format(rows=shown)
    return text


def doubts_warning(doubts: list[dict[str, Any]], lang: str) -> str:
    """The line every summary of a plan leads with when the joined numbers are in doubt."""
    return f"{label('doubts_warning', lang)}: " + "; ".join(issue_text(d, lang) for d in doubts)


def issue_text(issue: dict[str, Any], lang: str) -> str:
    """One Reconciliation issue as a line: what, detail, and where (row, column)."""
    code = str(issue.get("code"))
    head = label(f"issue.{code}", lang)
    where = []
    if issue.get("row"):
        where.append(label("check.row", lang).format(row=issue["row"]))
    if issue.get("column"):
        where.append(str(issue["column"]))
    detail = str(issue.get("detail") or "")
    if issue.get("missing"):  # inputs_missing: ids, said in the interface language
        detail = missing_inputs_text(issue["missing"], lang)
    if isinstance(issue.get("messages"), dict) and issue["messages"].get(lang):
        detail = str(issue["messages"][lang])  # a whole message already said in each language
    if code in ("layout_detected", "statistics"):  # the layout's notes, said in `lang`
        from kzplanner.core.layout_text import layout_note

        detail = layout_note(detail, lang)
    if code == "totals_mismatch":
        detail = totals_text(issue, lang)
    elif code == "indicator_from_several_sources" and "sources" in issue:
        names = issue.get("source_names") or {}
        detail = label("several_sources_detail", lang).format(
            indicator=label(str(issue.get("indicator")), lang),
            sources=", ".join(names.get(s, s) for s in issue["sources"]),
            used=names.get(issue.get("used"), issue.get("used")),
            how=label(f"several_sources.{issue.get('chosen_by', 'latest')}", lang))
    elif code == "row_under_wrong_parent" and "head" in issue:
        detail = label("wrong_parent_detail", lang).format(
            label=issue.get("label", ""), head=issue["head"],
            units=", ".join(issue.get("units") or []))
    text = f"{head}: {detail}" if detail else head
    return f"{text} ({', '.join(where)})" if where else text
