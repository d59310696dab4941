"""A statistics table read as the tree it is: the republic, oblast and city header rows, and the
rows below each header.

The Bureau's district bulletins list each oblast as a header row with its cities and districts
below it, then the cities of republican significance with their city districts. Read row by row,
"Ақтөбе" (the oblast's header) and "Ақтөбе қ.ә." (its centre city) look alike, and a district
named "Жамбыл" or "Абай" recurs in several oblasts; the header right above a row says which.

Evidence, strongest first, and named in `TreeRow.evidence`:
  code       a KATO code in the row (its structure gives the kind and the oblast)
  label      the label's own words: "облысы/область" heads an oblast, "қаласы/г." with Astana,
             Almaty or Shymkent heads a city of republican significance, "ауданы/район" and
             "қ.ә./г.а." are rows below a header
  indent     the label column's indentation (cell style or leading spaces), where the file varies it
  gazetteer  for a bare label that names an oblast (or a rep city) inside another oblast's block:
             whether the rows after it are that oblast's districts (maps/kato_gazetteer.json, the
             geokz names of every unit, 2018 and 2024) or the current block's
  position   what is left: a bare oblast name starts a block unless its name is the current
             block's own (the centre city, the district of the same name) or that oblast was
             already listed
The sum of the rows below a header is a check (core.totals), never the detector.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from kzplanner.core import kinds
from kzplanner.core.names import canonical_name, is_total_label, phonetic_key

COUNTRY, TOP, BELOW = "country", "top", "below"
LOOKAHEAD = 3
KEY_SEPARATOR = " › "


@dataclass
class TreeRow:
    pos: int  # position in the table
    label: str
    level: str | None  # 'country' | 'top' (oblast, rep city) | 'below' | None (unknown)
    kind: str | None = None  # core.kinds kind, when known
    top: str | None = None  # KATO of the oblast / rep city the row lies in (a header: its own)
    parent: int | None = None  # pos of the header row above
    evidence: str = ""
    children: list[int] = field(default_factory=list)

    @property
    def header(self) -> bool:
        return bool(self.children)


@dataclass
class Tree:
    rows: list[TreeRow]
    country: int | None = None  # pos of the republic row

    @property
    def hierarchical(self) -> bool:
        """True when the table has rows below a header (a district bulletin)."""
        return any(r.level == BELOW for r in self.rows)

    def key(self, pos: int) -> str:
        """The row's place in the tree, for the planner's decisions: 'Қарағанды облысы › Абай
        ауданы'. The same label under another header is another key."""
        row = self.rows[pos]
        if row.parent is None:
            return row.label
        return f"{self.rows[row.parent].label}{KEY_SEPARATOR}{row.label}"


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(canonical name → top codes named so, top code → phonetic keys of the units in it)."""
    from kzplanner import paths

    tops: dict[str, set[str]] = {}
    inside: dict[str, set[str]] = {}
    try:
        data = json.loads((paths.maps_dir() / "kato_gazetteer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {"units": {}}
    for units in data.get("units", {}).values():
        for code, names in units.items():
            kind = kinds.kind_from_code(code)
            top = kinds.top_code(code)
            if top is None:
                continue
            for name in names:
                if kind in kinds.TOP:
                    tops.setdefault(canonical_name(name), set()).add(code)
                else:
                    inside.setdefault(top, set()).add(phonetic_key(name))
    for canon, code in kinds.REP_CITY_NAMES.items():
        tops.setdefault(canon, set()).add(code)
    from kzplanner.core.names import _SYNONYMS

    # old names (South Kazakhstan) and spellings the geokz names lack
    for row in _SYNONYMS:
        canon = row[0]
        if canon in tops:
            continue
        if canon == "оңтүстік қазақстан":
            tops[canon] = {"510000000"}
    return tops, inside


@lru_cache(maxsize=1)
def _units_by_year() -> dict[str, dict[str, dict[str, set[str]]]]:
    """year → top code → unit code → phonetic keys of its names (units below the top)."""
    from kzplanner import paths

    try:
        data = json.loads((paths.maps_dir() / "kato_gazetteer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, dict[str, dict[str, set[str]]]] = {}
    for year, units in data.get("units", {}).items():
        for code, names in units.items():
            top = kinds.top_code(code)
            if top is None or kinds.kind_from_code(code) in kinds.TOP:
                continue
            out.setdefault(year, {}).setdefault(top, {})[code] = {phonetic_key(n) for n in names}
    return out


def covers_top(top: str, labels: list[str]) -> bool:
    """True when `labels` name every unit the gazetteer lists inside `top` in some year (2024
    or 2018): then their figures may be summed to the oblast without leaving a part out."""
    keys = {phonetic_key(lab) for lab in labels}
    for tops in _units_by_year().values():
        units = tops.get(top)
        if units and all(names & keys for names in units.values()):
            return True
    return False


def top_names(top: str) -> set[str]:
    """The canonical names of an oblast / rep city (every language, old names)."""
    tops, _inside = _gazetteer()
    return {canon for canon, codes in tops.items() if top in codes}


def top_candidates(label: str, kind: str | None = None) -> set[str]:
    """KATO codes of the oblasts / rep cities `label` may name (its kind word narrows them)."""
    tops, _inside = _gazetteer()
    found = set(tops.get(canonical_name(label), set()))
    if kind in (kinds.OBLAST, kinds.REP_CITY):
        found = {c for c in found if kinds.kind_from_code(c) == kind} or found
    return found


def fits(top: str | None, label: str) -> bool:
    """True when a unit inside `top` is named like `label` (any year, any language)."""
    if not top:
        return False
    _tops, inside = _gazetteer()
    return phonetic_key(label) in inside.get(top, set())


def read_tree(labels: list[str], codes: list[str | None] | None = None,
              indents: list[int | None] | None = None,
              parents: list[str | None] | None = None) -> Tree:
    """The tree of a table's rows, in their order.

    `codes`: a KATO code per row where the file has one. `indents`: the label cell's indentation
    per row (None where unknown). `parents`: a KATO code of the row's oblast given by the file
    itself (a parent column); it wins over the headers.
    """
    n = len(labels)
    codes = codes or [None] * n
    indents = indents or [None] * n
    explicit = [kinds.kind_from_name(lab) for lab in labels]
    known_indents = [i for p, i in enumerate(indents) if i is not None and
                     not is_total_label(labels[p])]
    top_indent = min(known_indents) if len(set(known_indents)) > 1 else None
    rows: list[TreeRow] = []
    current: int | None = None
    seen: set[str] = set()
    # tops that some row names unambiguously ("Алматы қаласы", "Алматинская"): a bare "Алматы"
    # elsewhere in the file is then the other one
    claimed: set[str] = set()
    for pos, label in enumerate(labels):
        code_top = kinds.top_code(codes[pos]) if kinds.kind_from_code(codes[pos]) in kinds.TOP \
            else None
        named = top_candidates(label, explicit[pos]) if explicit[pos] in (
            None, kinds.OBLAST, kinds.REP_CITY) else set()
        if code_top:
            claimed.add(code_top)
        elif len(named) == 1:
            claimed |= named

    def narrowed(cands: set[str]) -> set[str]:
        return (cands - claimed) or cands if len(cands) > 1 else cands

    def lookahead(pos: int) -> list[str]:
        out = []
        for j in range(pos + 1, min(n, pos + 1 + LOOKAHEAD)):
            if explicit[j] in kinds.TOP or is_total_label(labels[j]) or \
                    kinds.kind_from_code(codes[j]) in kinds.TOP:
                break
            out.append(labels[j])
        return out

    def start(row: TreeRow) -> None:
        nonlocal current
        row.level, row.parent = TOP, None
        rows.append(row)
        current = row.pos
        if row.top:
            seen.add(row.top)

    def below(row: TreeRow, evidence: str) -> None:
        row.level, row.evidence = BELOW, row.evidence or evidence
        if current is not None:
            head = rows[current]
            row.parent, row.top = current, row.top or head.top
            head.children.append(row.pos)
            if row.kind is None and head.kind == kinds.REP_CITY:
                row.kind = kinds.CITY_DISTRICT
            elif row.kind == kinds.DISTRICT and head.kind == kinds.REP_CITY:
                row.kind = kinds.CITY_DISTRICT
        rows.append(row)

    for pos, label in enumerate(labels):
        label = label or ""
        code = codes[pos]
        kw = explicit[pos]
        row = TreeRow(pos=pos, label=label, level=None, kind=kw)
        code_kind = kinds.kind_from_code(code)
        if code_kind:
            row.kind, row.top, row.evidence = code_kind, kinds.top_code(code), "code"
            if code_kind == kinds.COUNTRY:
                row.level = COUNTRY
                rows.append(row)
                current = None
            elif code_kind in kinds.TOP:
                start(row)
            else:
                if current is not None and rows[current].top != row.top:
                    current = None
                below(row, "code")
            continue
        if is_total_label(label):
            row.level, row.kind, row.evidence = COUNTRY, kinds.COUNTRY, "label"
            rows.append(row)
            current = None
            continue
        given_parent = parents[pos] if parents else None
        if given_parent:
            # the file names the row's oblast itself: it is a row below that oblast
            row.top, row.evidence = kinds.top_code(given_parent) or given_parent, "parent column"
            if current is not None and rows[current].top != row.top:
                current = None
            below(row, "parent column")
            continue
        cands = narrowed(top_candidates(label, kw)) if kw in (
            None, kinds.OBLAST, kinds.REP_CITY) else set()
        if kw in (kinds.OBLAST, kinds.REP_CITY):
            row.top = _best(cands, lookahead(pos)) if cands else None
            row.evidence = "label"
            start(row)
            continue
        if kw in (kinds.CITY, kinds.DISTRICT):
            below(row, "label")
            continue
        if not cands:
            if top_indent is not None and indents[pos] is not None and indents[pos] <= top_indent:
                row.evidence = "indent"
                start(row)
            else:
                below(row, "indent" if top_indent is not None else "position")
            continue
        # a bare label that names an oblast or a rep city: a header, or a row below one?
        verdict, evidence, top = _bare_top(label, cands, current and rows[current].top,
                                          current is not None, seen, lookahead(pos),
                                          indents[pos], top_indent,
                                          bool(current is not None and rows[current].children))
        row.evidence = evidence
        if verdict == TOP:
            row.top = top
            row.kind = kinds.kind_from_code(top) if top else None
            start(row)
        else:
            below(row, evidence)
    _tops_without_header(rows)
    # A row put below a header by its position alone, that the gazetteer does not know in that
    # oblast, may as well be a misspelt oblast of a flat table: its level stays open (it still
    # counts in its header's sum).
    for row in rows:
        if row.level == BELOW and row.evidence == "position" and not fits(row.top, row.label):
            row.level = None
    tree = Tree(rows=rows)
    tree.country = next((r.pos for r in rows if r.level == COUNTRY), None)
    return tree


def _tops_without_header(rows: list[TreeRow]) -> None:
    """Rows below the oblast level with no header above them (a district table of one oblast):
    their oblast from the gazetteer where one oblast has a unit of that name, else the oblast
    of the nearest row before or after them that names one of the candidates."""
    loose = [r for r in rows if r.level == BELOW and r.top is None]
    if not loose:
        return
    _tops, inside = _gazetteer()
    cands = {r.pos: {t for t, keys in inside.items() if phonetic_key(r.label) in keys}
             for r in loose}
    for r in loose:
        if len(cands[r.pos]) == 1:
            r.top, r.evidence = next(iter(cands[r.pos])), "gazetteer"
    resolved = [r for r in loose if r.top]
    for r in loose:
        if r.top or not cands[r.pos]:
            continue
        near = sorted(resolved, key=lambda o: abs(o.pos - r.pos))
        r.top = next((o.top for o in near if o.top in cands[r.pos]), None)
        if r.top:
            r.evidence = "neighbours"  # a guess: used to sum a complete table, never to join


def _best(cands: set[str], following: list[str]) -> str:
    """The candidate top whose units the following rows name most (ties: the lowest code)."""
    return max(sorted(cands), key=lambda c: sum(fits(c, lab) for lab in following))


def _bare_top(label: str, cands: set[str], current_top: str | None, in_block: bool,
              seen: set[str], following: list[str], indent: int | None,
              top_indent: int | None, head_has_rows: bool) -> tuple[str, str, str | None]:
    """(TOP or BELOW, evidence, top code) for a bare label naming an oblast or rep city."""
    if top_indent is not None and indent is not None:
        if indent <= top_indent:
            return TOP, "indent", _best(cands, following)
        return BELOW, "indent", None
    if not in_block:
        return TOP, "position", _best(cands, following)
    if current_top in cands:
        return BELOW, "position", None  # the block's own centre city or same-named district
    remaining = cands - seen
    if not remaining:
        return BELOW, "position", None  # that oblast was listed already
    if not head_has_rows and not (fits(current_top, label) and following
                                  and fits(current_top, following[0])):
        # the row above is an oblast with nothing below it: a flat table of oblasts
        return TOP, "position", _best(remaining, following)
    if not following:
        # nothing below it before the next header: a top row of a flat table, or the last row
        return (BELOW, "gazetteer", None) if fits(current_top, label) else \
            (TOP, "position", _best(remaining, following))
    best = _best(remaining, following)
    new_score = sum(fits(best, lab) for lab in following)
    cur_score = sum(fits(current_top, lab) for lab in following)
    if new_score > cur_score:
        return TOP, "gazetteer", best
    if new_score == cur_score == 0 and not fits(current_top, label):
        return TOP, "position", best
    return BELOW, "gazetteer", None
