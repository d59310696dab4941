"""Matching rows of a statistics table or register to boundary units, and saying how.

The table is first read as a tree (core.tree): every row gets a level (country, oblast-level
top, or below) and the oblast it lies in; a row then only joins a unit of a compatible kind
(core.kinds) inside that oblast, so an oblast header never lands on its same-named centre city
and "Абай ауданы" under Karaganda's header never on Abay oblast's or Shymkent's Abay.

Order (the first that decides wins; every row ends in exactly one bucket):
  decision   the planner's saved choice for this label (mapping JSON `decisions`)
  code       KATO as text equals a unit's code
  total      the country-total row ("Республика Казахстан") — kept out, listed
  header     an oblast / rep city header row whose rows below it join (district boundaries)
  below_level a row below the boundaries' level (a district on oblast boundaries) — kept out
  above_level an oblast-level row without rows below it, on boundaries that only have its parts
  outside    a row of an oblast the boundaries do not cover
  wrong_parent a row whose name is a unit under another header than the one it is listed under
  exact      normalised name (case, ё/е, generic words, punctuation) and kind agree
  rule       after a named rule: legacy_encoding, latin_lookalike, synonym (kk/ru/en and old
             names), transliteration, level_word_ignored, composite (oblast + district)
  crosswalk  a post-reform unit summed into the older unit that contains it
  fuzzy      rapidfuzz score on the transliterated names ≥ FUZZY_MIN, clearly ahead of the
             runner-up; joined but `to_confirm`
  duplicate  a second row for a unit already matched (not joined)
  ambiguous  several units fit equally (not joined; candidates listed)
  unmatched  nothing fits (not joined; best candidates listed)
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import pandas as pd

from kzplanner.core import crosswalk, kinds
from kzplanner.core.io.read.values import normalise_code
from kzplanner.core.names import (
    canonical_name,
    name_kind,
    normalise_name,
    phonetic_key,
    repair_text,
)
from kzplanner.core.unit_index import UnitIndex

FUZZY_MIN = 85.0
FUZZY_MARGIN = 5.0
JOINED = ("decision", "code", "exact", "rule", "crosswalk", "fuzzy", "summed_up")
# not joined, and no fault: the row is above or below the boundaries' level, or outside them
STRUCTURE = ("header", "below_level", "above_level", "outside")


@dataclass
class Match:
    """One input row and what became of it."""

    row: int  # position in the input frame
    label: str  # the row's code or name as written
    method: str  # see the module docstring
    unit_code: str | None = None
    unit_name: str = ""
    rule: str = ""
    score: float | None = None
    to_confirm: bool = False
    candidates: list[dict[str, Any]] = field(default_factory=list)
    sheet_row: int | None = None  # the row number in the source sheet, when known
    key: str = ""  # the row's place in the table's tree (parent › label): decisions use it
    level: str | None = None  # tree level: 'country' | 'top' | 'below'
    parent_row: int | None = None  # position of the header row above, when there is one

    @property
    def joined(self) -> bool:
        return self.method in JOINED

    def as_dict(self) -> dict[str, Any]:
        # dataclasses.asdict deep-copies recursively: 0.5 s for 10,000 matches
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["candidates"] = [dict(c) for c in self.candidates]
        return out


@dataclass
class ReconcileResult:
    matches: list[Match]
    units_without_data: list[str]
    duplicate_units: list[str]
    tree: Any = None  # core.tree.Tree of the rows

    def count(self, method: str) -> int:
        return sum(m.method == method for m in self.matches)

    def joined(self) -> list[Match]:
        return [m for m in self.matches if m.joined]


# The columns of a statistics row that matching reads (_tree_of, reconcile, _parent_keys).
ROW_KEYS = ("unit_code", "unit_name", "parent_code", "parent_name", "_indent")


def _parent_keys(row: dict[str, Any]) -> set[str]:
    keys: set[str] = set()
    name = row.get("parent_name")
    if isinstance(name, str) and name.strip():
        keys.add(canonical_name(name))
    code = normalise_code(row.get("parent_code"))
    if code:
        keys.update({code, code[:2]})
    return keys


def _tree_of(rows: pd.DataFrame, records: list[dict[str, Any]]) -> Any:
    """The rows read as a tree (core.tree), with the file's own codes, indents and parents."""
    from kzplanner.core.tree import read_tree, top_candidates

    labels, codes, indents, parents = [], [], [], []
    for row in records:
        code = normalise_code(row.get("unit_code"))
        name = row.get("unit_name")
        labels.append(str(name).strip() if isinstance(name, str) else (code or ""))
        codes.append(code)
        indent = row.get("_indent")
        indents.append(int(indent) if isinstance(indent, (int, float)) and indent == indent
                       else None)
        parent = normalise_code(row.get("parent_code"))
        if not parent and isinstance(row.get("parent_name"), str):
            found = top_candidates(row["parent_name"], kinds.kind_from_name(row["parent_name"]))
            parent = next(iter(found)) if len(found) == 1 else None
        parents.append(parent)
    return read_tree(labels, codes, indents if any(i is not None for i in indents) else None,
                     parents if any(parents) else None)


def _sum_up_districts(matches: list[Match], tree: Any, idx: UnitIndex) -> None:
    """On oblast boundaries, the district rows of an oblast whose own row is not in the table
    are summed into it — only when they name every unit the oblast has (the gazetteer's 2024
    or 2018 list), so no part is left out; otherwise they stay below the level, and say why."""
    from kzplanner.core.tree import covers_top

    joined_tops = {m.unit_code for m in matches if m.joined}
    by_top: dict[str, list[Match]] = {}
    for m in matches:
        node = tree.rows[m.row]
        if m.method == "below_level" and node.top and node.top in idx.codes:
            by_top.setdefault(node.top, []).append(m)
    for top, rows in by_top.items():
        if top in joined_tops:
            continue  # the oblast's own row is there (a header): nothing to sum
        if covers_top(top, [m.label for m in rows]):
            for m in rows:
                m.method, m.unit_code = "summed_up", top
                m.rule = f"one of {len(rows)} district rows summed into {idx.names[top]}"
        else:
            for m in rows:
                m.rule = (f"{len(rows)} district rows of {idx.names[top]}, not all of its "
                          "districts: not summed")


def reconcile(units: pd.DataFrame, rows: pd.DataFrame, *,
              decisions: dict[str, str | None] | None = None, fuzzy: bool = True,
              use_crosswalk: bool = True, sheet_rows: list[int] | None = None) -> ReconcileResult:
    """Match `rows` (columns unit_code and/or unit_name, optional parent_name/parent_code and
    _indent) to `units` (indexed by unit code, with name_ru/name_kk/name_en, level and kind).

    `decisions` maps a row's tree key ('Қарағанды облысы › Абай ауданы', Match.key) — or, for a
    label that occurs once in the table, the label as written — to a unit code, or to None to
    leave the row out; they come from the planner's confirmations saved with the mapping.
    """
    idx = UnitIndex(units)
    decisions = decisions or {}
    matches: list[Match] = []
    taken: dict[str, int] = {}
    duplicates: set[str] = set()
    pending_fuzzy: list[tuple[int, Match, str, str | None, set[str] | None]] = []

    # Plain dicts: pandas copies the frame's .attrs (provenance) into every iterrows() row.
    # Only the columns a match reads (not the table's indicators: ~0.15 s at 10,000 rows).
    records = rows[[c for c in ROW_KEYS if c in rows.columns]].to_dict("records")
    tree = _tree_of(rows, records)
    label_count: dict[str, int] = {}
    for t in tree.rows:
        label_count[t.label] = label_count.get(t.label, 0) + 1
    for pos, row in enumerate(records):
        code = normalise_code(row.get("unit_code"))
        name = row.get("unit_name")
        name = str(name).strip() if isinstance(name, str) or (name is not None and
                                                            not pd.isna(name)) else ""
        label = name or code or f"#{pos + 1}"
        node = tree.rows[pos]
        m = Match(row=pos, label=label, method="unmatched",
                  sheet_row=sheet_rows[pos] if sheet_rows else None, key=tree.key(pos),
                  level=node.level, parent_row=node.parent)
        matches.append(m)
        decided = next((k for k in (m.key, code) if k and k in decisions), None)
        if decided is None and label in decisions and label_count.get(label, 0) == 1:
            decided = label
        if decided is not None:
            target = decisions[decided]
            if target is None:
                m.method, m.rule = "excluded", "decision"
            elif target in idx.codes:
                m.method, m.unit_code, m.rule = "decision", target, "confirmed by the planner"
            else:
                m.rule = f"saved decision names unknown unit {target}"
            continue
        if code and code in idx.codes:
            m.method, m.unit_code = "code", code
            continue
        if node.level == "country" or code in ("000000000", "0"):
            m.method, m.rule = "total", "country total"
            continue
        # the row's place in the tree against the boundaries' levels
        if node.level == "top" and idx.kato and idx.has_below and not idx.has_top:
            m.method = "header" if node.children else "above_level"
            m.rule = ("its rows below are joined" if node.children
                      else "the boundaries have only its parts")
            continue
        if node.level == "below" and idx.has_top and not idx.has_below:
            m.method, m.rule = "below_level", "below the boundaries' level"
            continue
        if node.level == "below" and node.top and idx.kato and node.top[:2] not in idx.prefixes:
            m.method, m.rule = "outside", "its oblast is not in the boundaries"
            continue
        # the oblast a row lies in restricts its join only when a header, its code, a parent
        # column or a name found in one oblast only says so (not a guess from its neighbours)
        strong_top = node.top if node.evidence != "neighbours" and (
            node.parent is not None or node.evidence in ("code", "parent column", "gazetteer")
        ) else None
        allowed = idx.allowed(node.level, node.kind, strong_top)
        kind = name_kind(name)
        parent = _parent_keys(row)
        _text, repairs = repair_text(name)
        found, extra = idx.lookup("exact", normalise_name(name), kind, parent, allowed,
                                  node.kind)
        if len(found) > 1 and node.level == "top" and node.top in found:
            found, extra = {node.top}, "tree"
        if len(found) == 1:
            rules = [*repairs, extra] if extra else repairs
            m.method = "rule" if rules else "exact"
            m.unit_code, m.rule = next(iter(found)), ", ".join(r for r in rules if r)
            continue
        if len(found) > 1:
            m.method = "ambiguous"
            m.candidates = [{"unit_code": c, "name": idx.names[c]} for c in sorted(found)]
            continue
        hit = None
        for stage, fn, rule in (("canon", canonical_name, "synonym"),
                                ("phon", phonetic_key, "transliteration")):
            found, extra = idx.lookup(stage, fn(name), kind, parent, allowed, node.kind)
            if len(found) > 1 and node.level == "top" and node.top in found:
                found, extra = {node.top}, "tree"
            if found:
                hit = (found, ", ".join(r for r in (*repairs, rule, extra) if r))
                break
        if hit and len(hit[0]) == 1:
            m.method, m.unit_code, m.rule = "rule", next(iter(hit[0])), hit[1]
            continue
        if hit:
            m.method = "ambiguous"
            m.candidates = [{"unit_code": c, "name": idx.names[c]} for c in sorted(hit[0])]
            continue
        if node.level == "below" and node.top and node.parent is not None:
            # named like a unit of another oblast than the header it is listed under
            elsewhere = idx.allowed("below", node.kind, None)
            for stage, fn in (("exact", normalise_name), ("canon", canonical_name)):
                found, _extra = idx.lookup(stage, fn(name), kind, set(), elsewhere)
                if found:
                    break
            if found:
                head = tree.rows[node.parent].label if node.parent is not None else ""
                m.method = "wrong_parent"
                m.rule = f"listed under “{head}”, but " + " / ".join(
                    f"{idx.names[c]} ({c})" for c in sorted(found)) + " lies elsewhere"
                m.candidates = [{"unit_code": c, "name": idx.names[c]} for c in sorted(found)]
                continue
        canon = canonical_name(name) if name else None
        if use_crosswalk and node.level != "below":
            old = crosswalk.older_unit(code, canon, idx.codes)
            if old:
                year = crosswalk.REFORM_YEAR.get(code or crosswalk.NEW_NAMES.get(canon or "", ""))
                m.method, m.unit_code = "crosswalk", old
                m.rule = f"part of {idx.names[old]} before the {year} reform (summed)"
                continue
            parts = [p for p in crosswalk.newer_parts(code, canon) if p in idx.codes]
            if parts:
                m.rule = ("split by reform into " + " + ".join(idx.names[p] for p in parts)
                          + "; old → new needs a split rule")
                m.candidates = [{"unit_code": p, "name": idx.names[p]} for p in parts]
                continue
        if fuzzy and name:
            pending_fuzzy.append((pos, m, phonetic_key(name), kind, allowed))

    for m in matches:
        if m.method in ("code", "exact", "rule", "decision") and m.unit_code:
            if m.unit_code in taken:
                m.method, m.rule = "duplicate", (m.rule + "; " if m.rule else "") + \
                    f"unit already matched by row “{matches[taken[m.unit_code]].label}”"
                duplicates.add(m.unit_code)
            else:
                taken[m.unit_code] = m.row

    if pending_fuzzy:
        from rapidfuzz import fuzz

        free = [c for c in idx.codes if c not in taken]
        for pos, m, key, kind, allowed in pending_fuzzy:
            parent = _parent_keys(records[pos])
            scored = []
            for c in free:
                if allowed is not None and c not in allowed:
                    continue
                if parent and not idx.parents[c] & parent:
                    continue
                best = max((fuzz.ratio(key, p) for p in idx.phon_of.get(c, ()) if p),
                           default=0.0)
                if kind and idx.level.get(c) and kind != idx.level[c] and kind != "city":
                    best -= 10
                scored.append((best, c))
            scored.sort(reverse=True)
            m.candidates = [{"unit_code": c, "name": idx.names[c], "score": round(s, 1)}
                            for s, c in scored[:3]]
            if scored and scored[0][0] >= FUZZY_MIN and (
                    len(scored) == 1 or scored[0][0] - scored[1][0] >= FUZZY_MARGIN):
                m.method, m.unit_code = "fuzzy", scored[0][1]
                m.score, m.to_confirm = round(scored[0][0], 1), True
                m.rule = "similar spelling — to confirm"
                taken[m.unit_code] = m.row
                free.remove(m.unit_code)

    _sum_up_districts(matches, tree, idx)
    for m in matches:
        if m.unit_code and not m.unit_name:
            m.unit_name = idx.names.get(m.unit_code, "")
    covered = {m.unit_code for m in matches if m.joined}
    missing = sorted(idx.codes - covered)
    return ReconcileResult(matches=matches, units_without_data=missing,
                           duplicate_units=sorted(duplicates), tree=tree)
