"""A plan's projection against the actuals a programme reports: per unit and in total, what
moved (counts, take-up, unit cost) and why, in en/ru/kk.

MEASURES are the canonical measure ids shared by the projection (projection_per_unit) and the
actuals (core.io.read.actuals)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

INSTRUMENTS: tuple[str, ...] = ("device_voucher", "internet_voucher")
# Canonical measure ids shared by the projection and the actuals.
MEASURES: tuple[str, ...] = (
    "device_voucher_issued", "device_voucher_redeemed", "device_voucher_spent_kzt",
    "internet_voucher_issued", "internet_voucher_redeemed", "internet_voucher_spent_kzt",
    "kits_installed", "school_kits_installed", "fap_kits_installed", "psc_kits_installed",
    "kit_spent_kzt", "spent_kzt", "people_newly_with_access",
)
TOTAL = "__total__"  # index of the all-units row in compare_projection's frame
DEFAULT_TOLERANCE = 0.05  # relative change of a rate (take-up, unit cost) worth explaining

VARIANCE_CODES: dict[str, dict[str, str]] = {
    "fewer_issued": {"en": "fewer vouchers issued than planned",
                     "ru": "выдано меньше ваучеров, чем планировалось",
                     "kk": "жоспарланғаннан аз ваучер берілді"},
    "more_issued": {"en": "more vouchers issued than planned",
                    "ru": "выдано больше ваучеров, чем планировалось",
                    "kk": "жоспарланғаннан көп ваучер берілді"},
    "takeup_lower": {"en": "take-up lower than assumed",
                     "ru": "доля погашения ниже предполагаемой",
                     "kk": "пайдалану үлесі болжамнан төмен"},
    "takeup_higher": {"en": "take-up higher than assumed",
                      "ru": "доля погашения выше предполагаемой",
                      "kk": "пайдалану үлесі болжамнан жоғары"},
    "cost_higher": {"en": "cost per item higher than planned",
                    "ru": "стоимость единицы выше плановой",
                    "kk": "бірлік құны жоспардан жоғары"},
    "cost_lower": {"en": "cost per item lower than planned",
                   "ru": "стоимость единицы ниже плановой",
                   "kk": "бірлік құны жоспардан төмен"},
    "fewer_connections": {"en": "fewer institutions connected than planned",
                          "ru": "подключено меньше учреждений, чем планировалось",
                          "kk": "жоспарланғаннан аз мекеме қосылды"},
    "more_connections": {"en": "more institutions connected than planned",
                         "ru": "подключено больше учреждений, чем планировалось",
                         "kk": "жоспарланғаннан көп мекеме қосылды"},
    "not_reported": {"en": "planned, but no actuals reported",
                     "ru": "запланировано, но факт не представлен",
                     "kk": "жоспарланған, бірақ нақты деректер берілмеген"},
    "not_planned": {"en": "activity that was not in the plan",
                    "ru": "мероприятие, которого не было в плане",
                    "kk": "жоспарда болмаған іс-шара"},
}


def projection_per_unit(result: Any) -> pd.DataFrame:
    """A plan's projection (kzplanner.core.planning.result.PlanResult) in MEASURES columns.

    Indexed by unit_code over all units of the plan. Redeemed vouchers are the projected people
    reached (τ·x); money is cost_kzt as the plan budgets it (issued vouchers in full).
    """
    alloc = result.allocation
    index = pd.Index(result.before.index, name="unit_code")
    out = pd.DataFrame(index=index)

    def total(mask: pd.Series, column: str) -> pd.Series:
        return alloc[mask].groupby("unit_code")[column].sum().reindex(index).fillna(0.0)

    for inst in INSTRUMENTS:
        mask = alloc["instrument"] == inst
        out[f"{inst}_issued"] = total(mask, "count")
        out[f"{inst}_redeemed"] = total(mask, "people")
        out[f"{inst}_spent_kzt"] = total(mask, "cost_kzt")
    kit = alloc["instrument"] == "kit"
    out["kits_installed"] = total(kit, "count")
    for kind in ("school", "fap", "psc"):
        out[f"{kind}_kits_installed"] = total(kit & (alloc["group"] == kind), "count")
    out["kit_spent_kzt"] = total(kit, "cost_kzt")
    out["spent_kzt"] = total(alloc["instrument"].notna(), "cost_kzt")
    out["people_newly_with_access"] = total(alloc["instrument"].notna(), "people")
    return out.astype(float)


def _indexed(frame: pd.DataFrame) -> pd.DataFrame:
    if "unit_code" in frame.columns:
        frame = frame.set_index("unit_code")
    frame = frame.copy()
    frame.index = [str(i) for i in frame.index]
    return frame


def _ratio(num: float, den: float) -> float:
    return num / den if den and math.isfinite(den) and math.isfinite(num) else math.nan


def _decompose(q_p: float, r_p: float, q_a: float, r_a: float) -> tuple[float, float]:
    """Split q_a·r_a − q_p·r_p into volume (q_a − q_p)·r_p and rate q_a·(r_a − r_p).

    With no plan (q_p = 0) or no activity (q_a = 0) the whole difference is volume."""
    total = (q_a * r_a if q_a else 0.0) - (q_p * r_p if q_p else 0.0)
    if not q_p or not q_a or math.isnan(r_p) or math.isnan(r_a):
        return total, 0.0
    volume = (q_a - q_p) * r_p
    return volume, total - volume


def _compare_row(p: pd.Series, a: pd.Series | None, tolerance: float) -> dict[str, Any]:
    row: dict[str, Any] = {}
    codes: list[str] = []
    planned_any = bool(np.nansum(p.to_numpy(dtype=float)) > 0) if len(p) else False
    if a is None:
        if planned_any:
            codes.append("not_reported")
        for m in p.index:
            row[f"{m}_projected"] = float(p[m])
            row[f"{m}_actual"] = math.nan
            row[f"{m}_difference"] = math.nan
        row["variance_codes"] = ";".join(codes)
        return row
    for m in [m for m in MEASURES if m in p.index and m in a.index]:
        pv, av = float(p[m]), float(a[m])
        row[f"{m}_projected"], row[f"{m}_actual"] = pv, av
        row[f"{m}_difference"] = av - pv if not math.isnan(av) else math.nan
    for inst in INSTRUMENTS:
        i_p, i_a = float(p.get(f"{inst}_issued", math.nan)), float(a.get(f"{inst}_issued",
                                                                        math.nan))
        if math.isnan(i_a) or math.isnan(i_p):
            continue
        if i_p == 0 and i_a > 0:
            codes.append(f"{inst}:not_planned")
        elif abs(i_a - i_p) > tolerance * i_p:
            codes.append(f"{inst}:{'fewer' if i_a < i_p else 'more'}_issued")
        red_p, red_a = p.get(f"{inst}_redeemed"), a.get(f"{inst}_redeemed")
        if red_p is not None and red_a is not None and not math.isnan(float(red_a)):
            t_p, t_a = _ratio(float(red_p), i_p), _ratio(float(red_a), i_a)
            row[f"{inst}_takeup_projected"], row[f"{inst}_takeup_actual"] = t_p, t_a
            vol, rate = _decompose(i_p, t_p, i_a, t_a)
            row[f"{inst}_redeemed_from_volume"], row[f"{inst}_redeemed_from_takeup"] = vol, rate
            if not math.isnan(t_p) and not math.isnan(t_a) and abs(t_a - t_p) > tolerance * t_p:
                codes.append(f"{inst}:takeup_{'lower' if t_a < t_p else 'higher'}")
        _price(row, codes, inst, i_p, i_a, p.get(f"{inst}_spent_kzt"), a.get(f"{inst}_spent_kzt"),
               tolerance)
    k_p, k_a = float(p.get("kits_installed", math.nan)), float(a.get("kits_installed", math.nan))
    if not math.isnan(k_p) and not math.isnan(k_a):
        if k_p == 0 and k_a > 0:
            codes.append("kit:not_planned")
        elif abs(k_a - k_p) > tolerance * k_p:
            codes.append(f"kit:{'fewer' if k_a < k_p else 'more'}_connections")
        _price(row, codes, "kit", k_p, k_a, p.get("kit_spent_kzt"), a.get("kit_spent_kzt"),
               tolerance)
    row["variance_codes"] = ";".join(codes)
    return row


def _price(row: dict[str, Any], codes: list[str], inst: str, q_p: float, q_a: float,
           spent_p: Any, spent_a: Any, tolerance: float) -> None:
    if spent_p is None or spent_a is None or math.isnan(float(spent_a)):
        return
    c_p, c_a = _ratio(float(spent_p), q_p), _ratio(float(spent_a), q_a)
    row[f"{inst}_unit_cost_projected"], row[f"{inst}_unit_cost_actual"] = c_p, c_a
    vol, price = _decompose(q_p, c_p, q_a, c_a)
    row[f"{inst}_spent_from_volume"], row[f"{inst}_spent_from_price"] = vol, price
    if not math.isnan(c_p) and not math.isnan(c_a) and abs(c_a - c_p) > tolerance * c_p:
        codes.append(f"{inst}:cost_{'higher' if c_a > c_p else 'lower'}")


def compare_projection(projected_per_unit: pd.DataFrame, actuals: pd.DataFrame,
                       tolerance: float = DEFAULT_TOLERANCE) -> pd.DataFrame:
    """Projected versus actual per unit and in total, with the variance explained.

    For each measure present on both sides: `<m>_projected`, `<m>_actual`, `<m>_difference`
    (actual − projected). Per voucher instrument v, with issued q, take-up τ = redeemed / issued
    and unit cost c = spent / issued:
      redeemed difference = (q_a − q_p)·τ_p  [`v_redeemed_from_volume`]
                          + q_a·(τ_a − τ_p)  [`v_redeemed_from_takeup`]
      spent difference    = (q_a − q_p)·c_p  [`v_spent_from_volume`]
                          + q_a·(c_a − c_p)  [`v_spent_from_price`]
    and the same volume / price split for kits (q = kits installed). `variance_codes` lists
    'instrument:code' (codes in VARIANCE_CODES) where a count or rate moved by more than
    `tolerance` (relative), plus 'not_reported' (planned, no actuals row) and
    'instrument:not_planned'. The last row, index TOTAL, is computed from the summed counts and
    money of all units with actuals (its rates are overall rates); `units_not_reported` counts
    the planned units without actuals.

    Index: unit_code (projected units first, then units only in the actuals), then TOTAL.
    """
    proj = _indexed(projected_per_unit)
    act = _indexed(actuals)
    rows: dict[str, dict[str, Any]] = {}
    for code in list(proj.index) + [c for c in act.index if c not in proj.index]:
        p = proj.loc[code] if code in proj.index else pd.Series(0.0, index=proj.columns)
        a = act.loc[code] if code in act.index else None
        rows[code] = _compare_row(p, a, tolerance)
        if code not in proj.index:
            rows[code]["variance_codes"] = ";".join(["not_planned"] + [
                c for c in rows[code]["variance_codes"].split(";") if c and
                not c.endswith("not_planned")])
    reported = [c for c in proj.index if c in act.index]
    missing = [c for c in proj.index if c not in act.index
               and float(np.nansum(proj.loc[c].to_numpy(dtype=float))) > 0]
    both = reported + [c for c in act.index if c not in proj.index]
    p_total = proj.reindex(both).fillna(0.0).sum()
    a_total = act.reindex(both).sum(min_count=1)
    total = _compare_row(p_total, a_total, tolerance)
    if missing:
        total["variance_codes"] = ";".join(["not_reported"] + [
            c for c in total["variance_codes"].split(";") if c])
    rows[TOTAL] = total
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "unit_code"
    out["units_not_reported"] = 0
    out.loc[TOTAL, "units_not_reported"] = len(missing)
    codes = out.pop("variance_codes").fillna("")
    out["variance_codes"] = codes
    return out


def explain_variance(comparison: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per unit × instrument × reason, from compare_projection's frame.

    Columns: unit_code, instrument, code, text (in `lang`), measure ('redeemed' or 'spent_kzt'
    or 'kits_installed'), value (its signed share of the difference, in that measure's unit),
    projected, actual (the rate or count that moved). Sorted by unit, then |value| descending.
    """
    records = []
    for unit, row in comparison.iterrows():
        for item in filter(None, str(row.get("variance_codes", "")).split(";")):
            inst, _, code = item.rpartition(":")
            base = VARIANCE_CODES.get(code, {})
            record = {"unit_code": unit, "instrument": inst or None, "code": code,
                      "text": base.get(lang) or base.get("en") or code, "measure": None,
                      "value": math.nan, "projected": math.nan, "actual": math.nan}
            if code.endswith("_issued"):
                record.update(measure="redeemed", value=row.get(f"{inst}_redeemed_from_volume"),
                              projected=row.get(f"{inst}_issued_projected"),
                              actual=row.get(f"{inst}_issued_actual"))
            elif code.startswith("takeup"):
                record.update(measure="redeemed", value=row.get(f"{inst}_redeemed_from_takeup"),
                              projected=row.get(f"{inst}_takeup_projected"),
                              actual=row.get(f"{inst}_takeup_actual"))
            elif code.startswith("cost"):
                record.update(measure="spent_kzt", value=row.get(f"{inst}_spent_from_price"),
                              projected=row.get(f"{inst}_unit_cost_projected"),
                              actual=row.get(f"{inst}_unit_cost_actual"))
            elif code.endswith("_connections"):
                record.update(measure="kits_installed",
                              value=row.get("kits_installed_difference"),
                              projected=row.get("kits_installed_projected"),
                              actual=row.get("kits_installed_actual"))
            records.append(record)
    out = pd.DataFrame(records, columns=["unit_code", "instrument", "code", "text", "measure",
                                         "value", "projected", "actual"])
    if len(out):
        out["value"] = pd.to_numeric(out["value"], errors="coerce")
        out = (out.assign(_abs=out["value"].abs().fillna(-1.0))
               .sort_values(["unit_code", "_abs"], ascending=[True, False], kind="stable")
               .drop(columns="_abs").reset_index(drop=True))
    return out
