"""How a statistics row matched, as the check screen names, orders and colours it; what a decision
on a row is saved under.
"""

from __future__ import annotations

import re
from typing import Any

from kzplanner.app.strings import tr

AUTO = "__auto__"  # keep what the matcher decided
EXCLUDE = "__exclude__"  # leave the row out (decision None)

# Display order: what needs the planner first.
ORDER = ("wrong_parent", "fuzzy", "ambiguous", "unmatched", "duplicate", "total", "header",
         "below_level", "above_level", "outside", "pre_reform", "excluded", "decision", "crosswalk", "rule",
         "summed_up", "exact", "code")
ATTENTION = frozenset({"wrong_parent", "fuzzy", "ambiguous", "unmatched", "duplicate"})
JOINED = frozenset({"decision", "code", "exact", "rule", "crosswalk", "fuzzy", "summed_up"})
COLOURS = {
    "fuzzy": "#fff1c9", "ambiguous": "#fbd9d3", "unmatched": "#fbd9d3", "duplicate": "#fbd9d3",
    "total": "#eceff3", "excluded": "#eceff3", "decision": "#dcebf9", "crosswalk": "#e3ecf7",
    "rule": "#e6f2e6", "exact": "#eef7ee", "code": "#eef7ee", "wrong_parent": "#fbd9d3",
    "header": "#eceff3", "below_level": "#eceff3", "above_level": "#eceff3",
    "outside": "#eceff3", "pre_reform": "#fbd9d3", "summed_up": "#e3ecf7",
}
FILTERS = ("all", "attention", "joined", "not_joined")
RULE_NAMES = ("legacy_encoding", "latin_lookalike", "synonym", "transliteration",
              "level_word_ignored", "kind_word", "composite")
COL_ROW, COL_LABEL, COL_HOW, COL_UNIT, COL_DETAIL, COL_ACTION = range(6)


def rule_text(match: dict[str, Any], lang: str) -> str:
    """The matcher's reason in the interface language (rule names, reform, duplicates)."""
    rule = str(match.get("rule") or "")
    method = match.get("method")
    if method == "fuzzy":
        return tr("data.rec.fuzzy_detail", lang, score=match.get("score"))
    if method == "decision":
        return tr("data.rec.decided", lang)
    if method == "total":
        return tr("data.rec.total_detail", lang)
    m = re.search(r"before the (\d{4}) reform", rule)
    if method == "crosswalk" and m:
        return tr("data.rec.crosswalk_detail", lang, unit=match.get("unit_name") or "",
                  year=m.group(1))
    if rule.startswith("split by reform"):
        parts = " + ".join(c.get("name", "") for c in match.get("candidates") or [])
        return tr("data.rec.split_detail", lang, parts=parts)
    m = re.search(r"unit already matched by row “(.*)”", rule)
    if method == "duplicate" and m:
        return tr("data.rec.duplicate_detail", lang, label=m.group(1),
                  unit=match.get("unit_name") or "")
    if rule.startswith("saved decision names unknown unit"):
        return tr("data.rec.unknown_decision", lang, code=rule.rsplit(" ", 1)[-1])
    m = re.match(r"listed under “(.*)”, but", rule)
    if method == "wrong_parent" and m:
        units = ", ".join(c.get("name", "") for c in match.get("candidates") or [])
        return tr("data.rec.wrong_parent_detail", lang, head=m.group(1), units=units)
    if method == "summed_up":
        return tr("data.rec.summed_up_detail", lang, unit=match.get("unit_name") or "")
    if method == "below_level" and "not summed" in rule:
        return tr("data.rec.below_level_partial", lang)
    if method in ("header", "below_level", "above_level", "outside"):
        return tr(f"data.rec.{method}_detail", lang)
    names = [tr(f"data.rule.{p.strip()}", lang) if p.strip() in RULE_NAMES else p.strip()
             for p in rule.split(",") if p.strip()]
    if method == "unmatched" and not names:
        return tr("data.rec.unmatched_detail", lang)
    if method == "ambiguous":
        return tr("data.rec.ambiguous_detail", lang)
    return ", ".join(names)


def decision_key(match: dict[str, Any]) -> str:
    """What a decision on this row is saved under: its place in the table's tree
    ('Қарағанды облысы › Абай ауданы'), so fixing one of two same-named rows moves only it."""
    return str(match.get("key") or match.get("label", ""))
