"""What the window says about settlements, in the interface language: names, the card a click
shows, the rows of the villages-without-access list and of the next-kit ranking, the legend, and
the per-unit coverage indicators offered on the map (issue 17). No Qt."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from kzplanner.app.display.legend_text import institution_name
from kzplanner.app.display.settlement_points import COVER_COLOURS, KINDS, SettlementPoints
from kzplanner.app.strings import LANGUAGES, tr
from kzplanner.core.catalogue import labels_settlements as coverage_keys
from kzplanner.core.formatting import format_number
from kzplanner.lazy import pd

EST_MARK = "≈"  # before an estimated population, in the list, the card and the legend


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """frame.to_dict("records") from whole columns (.tolist()): pandas 3 boxes each text cell
    one by one in to_dict, ~3x slower on the 9,000 villages of the list (filled on the GUI
    thread). Missing values stay NaN/None as there."""
    cols = [str(c) for c in frame.columns]
    return [dict(zip(cols, row, strict=True))
            for row in zip(*(frame[c].tolist() for c in frame.columns), strict=True)]


def _text(record: Mapping[str, object], key: str) -> str:
    value = record.get(key)
    return "" if value is None or value != value else str(value).strip()  # NaN != NaN


def settlement_name(record: Mapping[str, object], lang: str) -> str:
    """The settlement's name in the interface language: Kazakh reads name:kk, Russian name:ru,
    each falling back to the other and to the plain name.

    >>> r = {"name": "Akkol", "name_kk": "Ақкөл", "name_ru": "Акколь"}
    >>> settlement_name(r, "kk"), settlement_name(r, "ru"), settlement_name(r, "en")
    ('Ақкөл', 'Акколь', 'Akkol')
    >>> settlement_name({"name": "", "name_kk": "Ақкөл", "name_ru": None}, "ru")
    'Ақкөл'
    """
    order = {"kk": ("name_kk", "name_ru", "name"), "ru": ("name_ru", "name_kk", "name")}.get(
        lang, ("name", "name_ru", "name_kk"))
    for key in order:
        if _text(record, key):
            return _text(record, key)
    return _text(record, "settlement_id")


def population_text(population: float, estimated: bool, lang: str) -> str:
    """'≈ 1 200' for an estimate, '1 200' for a known population (whole people)."""
    number = format_number(population, lang)
    return f"{EST_MARK} {number}" if estimated and number != "—" else number


def km_text(km: float, lang: str) -> str:
    return format_number(km, lang, 1) if km == km and not math.isinf(km) else "—"


def inst_names(institutions: pd.DataFrame, lang: str) -> dict[str, str]:
    """inst_id → the institution's name in the interface language."""
    return {str(r.get("inst_id")): institution_name(r, lang)[0] for r in _records(institutions)}


def settlement_card(record: Mapping[str, object], coverage: Mapping[str, object], lang: str,
                    unit_name: str, names: Mapping[str, str], kind: str
                    ) -> tuple[str, list[tuple[str, str]]]:
    """What a click on a settlement shows: its name, then population (≈ when estimated),
    district, place type, and per institution type the nearest one, its distance and access,
    and whether the settlement is covered. `kind` (the type the map is coloured by) comes
    first."""
    place = _text(record, "place")
    place_text = tr(f"set.place.{place}", lang) if f"set.place.{place}" in _known_places() \
        else place
    estimated = bool(record.get("population_estimated"))
    pop = population_text(float(record.get("population") or float("nan")), estimated, lang)
    if estimated:
        pop = f"{pop} ({tr('set.estimated', lang)})"
    rows = [(tr("set.card.population", lang), pop), (tr("set.card.unit", lang), unit_name)]
    if place_text:
        rows.append((tr("set.card.place", lang), place_text))
    for t in (kind, *[k for k in KINDS if k != kind]):
        nearest = _text(coverage, f"{t}_nearest_id")
        covered = bool(coverage.get(f"{t}_covered"))
        state = tr("set.card.newly" if coverage.get(f"{t}_newly") else
                   "set.card.covered" if covered else "set.card.uncovered", lang)
        if nearest:
            access = tr("set.yes" if coverage.get(f"{t}_nearest_access") else "set.no", lang)
            line = tr("set.card.nearest", lang, kind=tr(f"set.kind.{t}", lang),
                      name=names.get(nearest, nearest),
                      km=km_text(float(coverage.get(f"{t}_nearest_km") or float("nan")), lang),
                      access=access)
            rows.append((_short(t, lang), f"{state} · {line}"))
        else:
            rows.append((_short(t, lang), f"{state} · {tr('set.none', lang)}"))
    return settlement_name(record, lang), rows


def _short(kind: str, lang: str) -> str:
    """The type's short name as a card's row label ('Школа', 'ФАП', 'ЦОН')."""
    text = tr(f"set.kind.{kind}", lang)
    return text[:1].upper() + text[1:]


def _known_places() -> set[str]:
    return {f"set.place.{p}" for p in ("city", "town", "village", "hamlet",
                                       "isolated_dwelling")}


@dataclass(frozen=True)
class VillageRow:
    """One row of the villages-without-access list: texts and what it sorts by."""

    settlement_id: str
    cells: tuple[str, ...]  # name, district, population, nearest, km, its access[, by plan]
    population: float
    km: float
    estimated: bool
    planned: bool = False  # the plan shown covers it (after-the-plan view)


VILLAGE_COLUMNS: tuple[str, ...] = ("set.col.name", "set.col.unit", "set.col.population",
                                    "set.col.nearest", "set.col.km", "set.col.access")
PLANNED_COLUMN = "set.col.by_plan"  # added in the after-the-plan view
PLANNED_MARK = "✓"


def village_rows(villages: pd.DataFrame, lang: str, unit_names: Mapping[str, str],
                 names: Mapping[str, str], planned: Collection[str] | None = None,
                 hide_planned: bool = False) -> list[VillageRow]:
    """The rows of core.settlements.villages_without_access in the interface language. With
    `planned` (the settlement ids a plan covers, after-the-plan view) a last column marks them
    ✓; `hide_planned` leaves them out (what remains without access after the plan; no mark
    column then)."""
    rows = []
    for r in _records(villages):
        sid = _text(r, "settlement_id")
        covered = planned is not None and sid in planned
        if covered and hide_planned:
            continue
        pop = float(r.get("population") or 0.0)
        est = bool(r.get("population_estimated"))
        km = float(r.get("nearest_km") if r.get("nearest_km") is not None else float("nan"))
        nearest = _text(r, "nearest_id")
        access = (tr("set.yes" if r.get("nearest_access") else "set.no", lang) if nearest
                  else "")
        unit = _text(r, "unit_code")
        cells = (settlement_name(r, lang), unit_names.get(unit, unit),
                 population_text(pop, est, lang),
                 names.get(nearest, nearest) if nearest else tr("set.none", lang),
                 km_text(km, lang), access)
        if planned is not None and not hide_planned:
            cells += (PLANNED_MARK if covered else "",)
        rows.append(VillageRow(settlement_id=sid, cells=cells, population=pop, km=km,
                               estimated=est, planned=covered))
    return rows


def summary_line(villages: pd.DataFrame, kind: str, reach_km: float, lang: str,
                 planned: Collection[str] | None = None) -> str:
    """'312 settlements, 48 210 people without a connected FAP within 15 km'; with `planned`
    (after-the-plan view) what remains once the plan's kits are installed."""
    key = "set.summary"
    if planned is not None:
        key = "set.summary_after"
        villages = villages[~villages["settlement_id"].astype(str).isin(set(planned))]
    people = float(villages["population"].sum()) if len(villages) else 0.0
    return tr(key, lang, n=format_number(len(villages), lang),
              people=format_number(people, lang), kind=tr(f"set.kind.{kind}", lang),
              km=format_number(reach_km, lang, 0 if float(reach_km).is_integer() else 1))


def legend_title(kind: str, reach_km: float, lang: str, side: str = "") -> str:
    """The settlement legend's title; `side` 'before' / 'after' says which coverage it shows
    when a plan exists ('' without a plan)."""
    title = tr("set.legend.title", lang, kind=tr(f"set.kind.{kind}", lang),
               km=format_number(reach_km, lang, 0 if float(reach_km).is_integer() else 1))
    return f"{title} — {tr('legend.' + side, lang)}" if side else title


def legend_rows(pts: SettlementPoints, kind: str, lang: str) -> list[tuple[str, str, str, str]]:
    """The settlement legend's rows (text, colour, count, symbol 'dot' or 'ring'), counted
    from what the symbols show: covered / not covered; after a plan (pts.after) covered before,
    newly covered by this plan, still not covered; and the estimated-population ring."""
    counts = pts.counts(kind)
    texts = ({"covered": "set.legend.before", "newly": "set.legend.newly",
              "uncovered": "set.legend.still"} if pts.after else
             {"covered": "set.legend.covered", "uncovered": "set.legend.uncovered"})
    rows = [(tr(key, lang), COVER_COLOURS[state], format_number(counts[state], lang), "dot")
            for state, key in texts.items()]
    if pts.estimated.any():
        rows.append((tr("set.legend.estimated", lang), COVER_COLOURS["covered"],
                     format_number(int(pts.estimated.sum()), lang), "ring"))
    return rows


NEXT_COLUMNS: tuple[str, ...] = ("set.next.col.name", "set.next.col.type", "set.col.unit",
                                 "set.next.col.newly", "set.next.col.cost",
                                 "set.next.col.per_million")


def next_kit_rows(ranking: pd.DataFrame, lang: str, unit_names: Mapping[str, str],
                  names: Mapping[str, str]) -> list[tuple[str, tuple[str, ...], tuple[float, ...]]]:
    """Rows of core.settlements.next_kits: (inst_id, texts, sort keys) — the numbers sort as
    numbers, the texts in the interface language."""
    out = []
    for r in ranking.to_dict("records"):
        inst = _text(r, "inst_id")
        kind = _text(r, "type")
        unit = _text(r, "unit_code")
        newly = float(r.get("newly_covered") or 0.0)
        cost = float(r.get("cost_kzt") or float("nan"))
        per = float(r.get("per_million_kzt") or 0.0)
        kind_text = tr(f"set.kind.{kind}", lang) if kind in KINDS else kind
        out.append((inst, (names.get(inst) or _text(r, "name") or inst, kind_text,
                           unit_names.get(unit, unit), format_number(newly, lang),
                           format_number(cost, lang), format_number(per, lang, 1)),
                    (0.0, 0.0, 0.0, newly, cost, per)))
    return out


INDICATOR_PREFIX = coverage_keys.INDICATOR_PREFIX


def coverage_indicator_keys() -> tuple[str, ...]:
    """The map's per-unit indicators from the settlements: covered and not covered population
    by type ('settle_fap_uncovered', …)."""
    return tuple(f"{INDICATOR_PREFIX}{t}_{side}" for t in KINDS
                 for side in coverage_keys.SIDES)


def coverage_indicators(per_unit: pd.DataFrame) -> dict[str, tuple[pd.Series, dict[str, str],
                                                                     bool]]:
    """key → (values per unit, labels in kk/ru/en, bad is high) from Coverage.per_unit."""
    out = {}
    for t in KINDS:
        for side in coverage_keys.SIDES:
            col = f"{t}_{side}_population"
            if col not in per_unit.columns:
                continue
            labels = {lang: tr(f"set.ind.{side}", lang, kind=tr(f"set.kind.{t}", lang))
                      for lang in LANGUAGES}
            out[f"{INDICATOR_PREFIX}{t}_{side}"] = (per_unit[col].astype(float), labels,
                                                   side == "uncovered")
    return out


KIT_COLUMNS: tuple[str, ...] = ("set.next.col.name", "set.next.col.type", "set.col.name",
                                "set.col.population", "set.col.km")


def kit_village_rows(villages: pd.DataFrame, lang: str, names: Mapping[str, str]
                     ) -> list[tuple[str, tuple[str, ...], tuple[object, ...]]]:
    """Rows of core.settlements.kit_villages_of: (settlement_id, texts, sort keys) — the kit's
    institution, its type, the settlement (✓ where its people count to this kit), population
    (≈ estimated), distance."""
    out = []
    for r in _records(villages):
        inst = _text(r, "inst_id")
        kind = _text(r, "type")
        pop = float(r.get("population") or 0.0)
        km = float(r.get("km") if r.get("km") is not None else float("nan"))
        name = settlement_name(r, lang) + (" ✓" if r.get("credited") else "")
        inst_name = names.get(inst, inst)
        out.append((_text(r, "settlement_id"),
                    (inst_name, tr(f"set.kind.{kind}", lang) if kind in KINDS else kind, name,
                     population_text(pop, bool(r.get("population_estimated")), lang),
                     km_text(km, lang)),
                    (inst_name.casefold(), kind, name.casefold(), pop, km)))
    return out
