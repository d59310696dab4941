"""Legend text of a classification (title, one row per class, the note on ties), in any language.

Shared by the map's legend overlay and the printed page so both read the same. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kzplanner.app.display.choropleth import ClassBin, Classification
from kzplanner.app.display.indicator_values import format_change, format_value, indicator_kind
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number

MODE_SUFFIX = {"baseline": "legend.before", "projected": "legend.after",
               "change": "legend.change"}


@dataclass(frozen=True)
class LegendEntry:
    text: str
    colour: str | None  # None = no data
    count: str = ""


def legend_title(indicator: str, mode: str, lang: str) -> str:
    return f"{label(indicator, lang)} — {tr(MODE_SUFFIX[mode], lang)}"


def _one(value: float, indicator: str, mode: str, lang: str) -> str:
    if mode == "change":
        return format_change(value, indicator, lang, with_unit=False)
    return format_value(value, indicator, mode, lang)


def range_text(b: ClassBin, indicator: str, mode: str, lang: str, policy: bool = False) -> str:
    """'8,6 – 29,9', '0 %', '< 50 %', '50–80 %', '> 41,3 (high outliers)'."""
    if b.tag == "no_change":
        return tr("legend.no_change", lang)
    if policy:
        return _policy_text(b, indicator, lang)
    lo = _one(b.lower, indicator, mode, lang)
    hi = _one(b.upper, indicator, mode, lang)
    if b.style == "below":
        text = f"< {hi}"
    elif b.style == "above":
        text = f"> {lo}"
    elif b.style == "exact" or lo == hi:
        text = lo
    else:
        # "−24,9 … −16,6" reads better than a dash between two minus signs
        text = f"{lo} … {hi}" if b.lower < 0 else f"{lo} – {hi}"
    if b.tag in ("outlier_low", "outlier_high"):
        text = f"{text} ({tr('legend.' + b.tag, lang)})"
    return text


def _policy_text(b: ClassBin, indicator: str, lang: str) -> str:
    scale = 100.0 if indicator_kind(indicator) == "share" else 1.0
    unit = "\u00a0%" if scale == 100.0 else ""
    lo, hi = round(b.lower * scale), round(b.upper * scale)
    if b.style == "exact":
        return f"{format_number(lo, lang, 0)}{unit}"
    if b.style == "below":
        return f"< {format_number(hi, lang, 0)}{unit}"
    return f"{format_number(lo, lang, 0)}–{format_number(hi, lang, 0)}{unit}"


def legend_entries(cls: Classification, indicator: str, mode: str, lang: str
                   ) -> list[LegendEntry]:
    units = tr("legend.units", lang)
    policy = cls.scheme == "policy" and mode != "change"
    rows = [LegendEntry(range_text(b, indicator, mode, lang, policy), b.colour,
                        f"{b.count} {units}") for b in cls.bins]
    if cls.no_data:
        rows.append(LegendEntry(tr("legend.no_data", lang), None, f"{cls.no_data} {units}"))
    return rows


def legend_note(cls: Classification, lang: str) -> str:
    """Why the classes shown differ from those asked for, or ''."""
    if not cls.note:
        return ""
    return tr(f"note.{cls.note}", lang, req=cls.requested, eff=cls.effective,
              distinct=cls.distinct)


def institution_name(record: Mapping[str, object], lang: str) -> tuple[str, bool]:
    """The institution's name in the interface language and whether it fell back to another:
    Kazakh reads name_kk, the other languages the register's name (Russian); a missing one
    falls back to the other.

    >>> institution_name({"name": "Школа № 1", "name_kk": "№ 1 мектеп"}, "kk")
    ('№ 1 мектеп', False)
    >>> institution_name({"name": "Школа № 1", "name_kk": None}, "kk")
    ('Школа № 1', True)
    """
    def text(key: str) -> str:
        value = record.get(key)
        return "" if value is None or value != value else str(value).strip()  # NaN != NaN

    own, other = ("name_kk", "name") if lang == "kk" else ("name", "name_kk")
    if text(own):
        return text(own), False
    return (text(other), True) if text(other) else (str(record.get("inst_id") or ""), True)


def institution_card(record: Mapping[str, object], status: str, kit: bool,
                     lang: str) -> tuple[str, list[tuple[str, str]]]:
    """What a click on an institution shows: its name (marked when it is not in the interface
    language) and rows of label and value: type, download speed, equipment, status, and
    whether the current plan gives it a kit. `status` is the status before the plan."""
    name, fell_back = institution_name(record, lang)
    if fell_back:
        name = f"{name} ({tr('inst.card.no_name', lang)})"
    speed = record.get("download_mbps")
    try:
        mbps = float(speed)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        mbps = float("nan")
    speed_text = (f"{format_number(mbps, lang, 1)} {tr('inst.card.mbps', lang)}"
                  if mbps == mbps else tr("inst.card.unknown", lang))
    equipment = record.get("has_equipment")
    equip_text = (tr("inst.card.unknown", lang) if equipment is None or equipment != equipment
                  else tr("inst.card.yes" if bool(equipment) else "inst.card.no", lang))
    kind = str(record.get("type") or "")
    type_text = tr(f"inst.type.{kind}", lang) if kind in ("school", "fap", "psc") else kind
    rows = [(tr("inst.card.type", lang), type_text),
            (tr("inst.card.speed", lang), speed_text),
            (tr("inst.card.equipment", lang), equip_text),
            (tr("inst.card.status", lang), tr(f"inst.status.{status}", lang)),
            (tr("inst.card.kit", lang), tr("inst.card.yes" if kit else "inst.card.no", lang))]
    return name, rows
