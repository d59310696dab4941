"""What the plan workbook says in words (issue 20): the solver line, the parameters with their
units, and unit and institution names in the workbook's language, falling back visibly."""

from __future__ import annotations

from typing import Any

from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number

FALLBACK_MARK = "*"
# the name columns tried after the workbook's own language
_FALLBACK = {"kk": ("ru", "en"), "ru": ("en", "kk"), "en": ("ru", "kk")}


def solver_text(solver: Any, lang: str) -> str:
    """'optimal, proven' for an integer program solved to optimality; the best plan within the
    time limit and its distance from the optimum; else the strategy's rule."""
    if solver.method != "milp":
        return label("solver.rule_words", lang)
    if solver.optimal:
        return label("solver.proven", lang)
    gap = "—" if solver.mip_gap is None else format_number(100 * solver.mip_gap, lang, 2) + " %"
    return label("solver.within", lang).format(seconds=format_number(solver.seconds, lang),
                                               gap=gap)


def names_in(frame: Any, lang: str, base: str = "name") -> tuple[list[str], bool]:
    """Each row's name in `lang` (columns `{base}_{lang}`, or `base` for the register's own
    name), else in the next language marked with FALLBACK_MARK; and whether any fell back."""
    import pandas as pd

    def column(code: str) -> Any:
        for name in (f"{base}_{code}",) + ((base,) if code == "ru" else ()):
            if name in frame.columns:
                return frame[name]
        return None

    own = column(lang)
    values = own.astype("string") if own is not None else pd.Series(pd.NA, index=frame.index,
                                                                   dtype="string")
    values = values.where(values.str.strip().fillna("") != "", pd.NA)
    fallen = values.isna()
    for other in _FALLBACK[lang]:
        alt = column(other)
        if alt is not None:
            alt = alt.astype("string")
            shown = alt.notna() & (alt.str.strip().fillna("") != "")
            values = values.fillna((alt + FALLBACK_MARK).where(shown))
    values = values.fillna("")
    return values.astype(str).tolist(), bool((fallen & (values != "")).any())


def unit_names(ds: Any, lang: str) -> tuple[dict[str, str], bool]:
    """Unit code → name in `lang` (visibly another language's where missing); a name several
    units share followed by its oblast's (core.dataset.disambiguate), so no two kit groups,
    subtotals or rows carry one name."""
    import pandas as pd

    from kzplanner.core.dataset import disambiguate

    names, fell = names_in(ds.units, lang)
    return disambiguate(ds.units, pd.Series(list(names), index=ds.units.index), lang), fell


def institution_names(ds: Any, lang: str, ids: Any = None) -> tuple[dict[str, str], bool]:
    """Institution id → name in `lang`: `name_kk` for Kazakh, the register's `name` (Russian)
    otherwise; visibly another language's where missing. `ids`: only these institutions (the
    workbook names its kits' institutions, not the whole register of 200,000)."""
    inst = ds.institutions
    if inst is None or not len(inst) or "inst_id" not in inst.columns:
        return {}, False
    if ids is not None:
        inst = inst[inst["inst_id"].astype(str).isin({str(i) for i in ids})]
    names, fell = names_in(inst, lang)
    return dict(zip(inst["inst_id"].astype(str), names, strict=True)), fell


def parameter_rows(params: Any, lang: str) -> list[tuple[str, Any, str | None, str]]:
    """(name in words, value, number format or None, unit of measure) for every parameter."""
    from kzplanner.core.io.write.workbook_cells import FMT_INT

    FMT_KZT = FMT_INT  # noqa: N806 - the unit (₸) stands in its own column

    def t(key: str, **values: str) -> str:
        return label(key, lang).format(**values) if values else label(key, lang)

    def area_type(key: str) -> dict[str, str]:
        kind, area = key.split(".")
        return {"type": label(kind, lang), "area": label(f"area.{area}", lang)}

    c = params.costs
    rows: list[tuple[str, Any, str | None, str]] = [
        (t("param.budget_kzt"), float(params.budget_kzt), FMT_KZT, t("uom.kzt")),
        (t("param.strategy"), label(params.strategy, lang), None, ""),
        (t("param.equity"), float(params.equity), "0.00", t("uom.weight")),
        (t("param.device_voucher_kzt"), float(c.device_voucher_kzt), FMT_KZT, t("uom.kzt")),
        (t("param.internet_monthly_kzt"), float(c.internet_monthly_kzt), FMT_KZT,
         t("uom.kzt_month")),
        (t("param.internet_months"), int(c.internet_months), FMT_INT, t("uom.months")),
        (t("param.voucher_overhead_share"), float(c.voucher_overhead_share), "0.0%", ""),
    ]
    for kind in ("kit_kzt", "equipment_kzt"):
        table = getattr(c, kind, None) or {}
        for inst_type, areas in table.items():
            for area, cost in (areas.items() if isinstance(areas, dict) else ()):
                rows.append((t(f"param.{kind}", **area_type(f"{inst_type}.{area}")),
                             float(cost), FMT_KZT, t("uom.kzt")))
    for group, share in params.takeup.items():
        rows.append((t("param.takeup", group=label(group, lang)), float(share), "0%", ""))
    rows.append((t("param.default_takeup"), float(params.default_takeup), "0%", ""))
    for field, word in (("instrument_shares", "param.instrument_shares"),
                        ("envelope_shares", "param.envelope_shares")):
        for inst, share in (getattr(params, field, None) or {}).items():
            rows.append((t(word, instrument=label(inst, lang)), float(share), "0%", ""))
    rules = params.rules
    for inst_type, mbps in rules.benchmarks_mbps.items():
        rows.append((t("param.benchmarks_mbps", type=label(inst_type, lang)), float(mbps),
                     "0.0", t("uom.mbps")))
    for dim, weight in rules.gap_weights.items():
        rows.append((t("param.gap_weights", dimension=label(dim, lang)), float(weight), "0.00",
                     t("uom.weight")))
    for group, parent in (getattr(rules, "group_part_of", None) or {}).items():
        rows.append((t("param.group_part_of", group=label(group, lang)), label(parent, lang),
                     None, ""))
    for field in ("locked", "excluded"):
        ids = list(getattr(params.constraints, field, ()) or ())
        rows.append((t(f"param.{field}"), ", ".join(map(str, ids)) or t("param.none"), None,
                     t("uom.count") if ids else ""))
    rows.append((t("param.time_limit_s"), float(params.time_limit_s), "0", t("uom.seconds")))
    rows.append((t("param.mip_rel_gap"), float(params.mip_rel_gap), "0.0000%", ""))
    return rows
