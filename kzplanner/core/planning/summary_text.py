"""A plan's summary in words: the headline (each measure apart), the measures table, the
objective with its exchange rate, urban/rural rows and the assumptions, in kk/ru/en.

Shared by `kzplanner plan`'s text, the plan workbook and the window, so that all say the same.
No figure here is ever a sum across measures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kzplanner.core.catalogue import INSTITUTION_TYPES, label
from kzplanner.core.formatting import format_kzt, format_number, format_share


@dataclass(frozen=True)
class MeasureRow:
    """One line of the measures table: what was bought, what it achieved, ₸ per unit of it."""

    key: str  # device | internet | institutions | school | fap | psc
    name: str  # the measure in words
    bought: int  # vouchers issued or kits bought
    newly: float | None  # people / households newly with the access; institutions connected
    unit: str  # the unit of measure in words
    spent_kzt: float
    kzt_per_unit: float | None
    per_label: str  # "₸ per person newly with a device" …
    served: float | None = None  # people the institutions serve (institution rows only)
    served_as: str = ""  # students / catchment population / service population


def weight_text(value: float, lang: str) -> str:
    """0.5 → '0.5' (en) / '0,5' (ru, kk); whole weights without decimals.

    >>> weight_text(0.25, "ru"), weight_text(1.0, "en")
    ('0,25', '1')
    """
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text if lang == "en" else text.replace(".", ",")


def exchange_rate_text(weights: dict[str, float], lang: str) -> str:
    """'institutional 0.5 · device 0.25 · internet 0.25' in `lang`."""
    return label("exchange_rate.value", lang).format(
        wi=weight_text(weights.get("institutional", 0.0), lang),
        wd=weight_text(weights.get("device", 0.0), lang),
        wn=weight_text(weights.get("internet", 0.0), lang))


def objective_text(summary: dict[str, Any], lang: str) -> str:
    """What the strategy maximised, in words."""
    kind = summary.get("objective", {}).get("kind", "rule")
    return label(f"objective.{kind}", lang)


def _internet_keys(unit: str) -> tuple[str, str, str]:
    basis = unit if unit in ("households", "people") else "mixed"
    return f"measure.internet.{basis}", f"unit.{basis}", (
        f"per.internet.{basis}" if basis != "mixed" else "per.internet.households")


def measure_rows(summary: dict[str, Any], lang: str) -> list[MeasureRow]:
    """The measures table: device, internet, institutions (all), then per institution type."""
    m = summary["measures"]
    dev, net, inst = m["device"], m["internet"], m["institutions"]
    rows = [MeasureRow("device", label("measure.device", lang), dev["vouchers"], dev["newly"],
                       label("unit.people", lang), dev["spent_kzt"], dev["kzt_per_unit"],
                       label("per.device", lang))]
    name, unit, per = _internet_keys(net["unit"])
    if net["unit"] == "mixed":  # households and people on their own lines, never added
        for basis, part in net.get("by_basis", {}).items():
            n2, u2, p2 = _internet_keys(basis)
            rows.append(MeasureRow("internet", label(n2, lang), part["vouchers"], part["newly"],
                                   label(u2, lang), part["spent_kzt"], part["kzt_per_unit"],
                                   label(p2, lang)))
    else:
        rows.append(MeasureRow("internet", label(name, lang), net["vouchers"], net["newly"],
                               label(unit, lang), net["spent_kzt"], net["kzt_per_unit"],
                               label(per, lang)))
    rows.append(MeasureRow("institutions", label("measure.institutions", lang),
                           inst["connected"], float(inst["connected"]),
                           label("unit.institutions", lang), inst["spent_kzt"],
                           inst["kzt_per_unit"], label("per.institution", lang),
                           inst["people_served"],
                           label("served.summed", lang) if summed_over_types(inst) else ""))
    for t in INSTITUTION_TYPES:
        part = inst["by_type"][t]
        rows.append(MeasureRow(t, label(f"measure.{t}", lang), part["connected"],
                               float(part["connected"]), label(f"unit.{t}", lang),
                               part["spent_kzt"], part["kzt_per_unit"],
                               label("per.institution", lang), part["people_served"],
                               label(f"served.{part['served_as']}", lang)))
    return rows


def valued_by_credits(summary: dict[str, Any]) -> bool:
    """Whether the plan's FAP/PSC kits were valued by their settlements' credits (value basis
    newly_covered): the optimiser is then exact for the credited coverage, and the coverage
    reached can exceed it (docs/model.md), which its words must say."""
    return "newly_covered" in (summary.get("value_basis") or {})


def summed_over_types(inst: dict[str, Any]) -> bool:
    """Institutions of two or more types connected: their people served is a sum over types, in
    which a person served by, say, a school and a FAP is counted at each (docs/model.md)."""
    return sum(1 for t in INSTITUTION_TYPES if inst["by_type"][t]["connected"]) >= 2


def headline(summary: dict[str, Any], lang: str) -> str:
    """'766 institutions connected (schools 300, FAPs 200, PSCs 266), serving 3,534,824 people;
    0 device vouchers; 0 internet vouchers' — each measure apart, never a total across them."""
    m = summary["measures"]
    inst, dev, net = m["institutions"], m["device"], m["internet"]
    n = format_number
    text = label("hl.institutions", lang).format(n=n(inst["connected"], lang))
    if inst["connected"]:
        types = ", ".join(f"{label(f'type_short.{t}', lang)} "
                          f"{n(inst['by_type'][t]['connected'], lang)}"
                          for t in INSTITUTION_TYPES if inst["by_type"][t]["connected"])
        key = "hl.institutions.gain.summed" if summed_over_types(inst) else "hl.institutions.gain"
        text += label(key, lang).format(types=types, people=n(inst["people_served"], lang))
    parts = [text]
    text = label("hl.device", lang).format(n=n(dev["vouchers"], lang))
    if dev["vouchers"]:
        text += label("hl.device.gain", lang).format(people=n(dev["newly"], lang))
    parts.append(text)
    text = label("hl.internet", lang).format(n=n(net["vouchers"], lang))
    if net["vouchers"]:
        if net["unit"] == "mixed":
            by = net.get("by_basis", {})
            text += label("hl.internet.gain.mixed", lang).format(
                households=n(by.get("households", {}).get("newly", 0.0), lang),
                people=n(by.get("people", {}).get("newly", 0.0), lang))
        else:
            text += label(f"hl.internet.gain.{net['unit']}", lang).format(
                people=n(net["newly"], lang))
    parts.append(text)
    return "; ".join(parts)


def measure_lines(summary: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(caption, value) pairs for a text summary: each measure with its ₸ per unit of measure."""
    out = []
    for row in measure_rows(summary, lang):
        value = format_number(row.newly, lang) if row.newly is not None else "—"
        if row.served is not None:
            whom = row.served_as or label("col.served", lang).lower()
            value += f" ({whom}: {format_number(row.served, lang)})"
        out.append((row.name, value))
        out.append((f"  {row.per_label}", format_kzt(row.kzt_per_unit, lang)))
    return out


def area_rows(summary: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Urban and rural institutions apart: institutional gap and schools with access, before
    and after, with seed 002's reported 2018 value and targets for the school rows."""
    rows: list[dict[str, Any]] = []
    areas = summary.get("gaps_by_area") or {}
    for area in ("urban", "rural"):
        a = areas.get(area)
        if not a:
            continue
        rows.append({"name": label(f"area_gap.{area}", lang),
                     "before": a.get("institutional_gap_before"),
                     "after": a.get("institutional_gap_after"), "reported": {}, "targets": {}})
    for area in ("urban", "rural"):
        a = areas.get(area)
        if not a or not a.get("school_total"):
            continue
        rows.append({"name": label(f"area_school.{area}", lang),
                     "before": a.get("school_coverage_before"),
                     "after": a.get("school_coverage_after"),
                     "reported": dict(a.get("school_reported") or {}),
                     "targets": dict(a.get("school_targets") or {})})
    return rows


def area_lines(summary: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(caption, 'before → after (target …)') for a text summary."""
    out = []
    for row in area_rows(summary, lang):
        value = f"{format_share(row['before'], lang)} → {format_share(row['after'], lang)}"
        if row["targets"]:
            year = max(row["targets"], key=int)
            value += f" ({label('col.target', lang).format(year=year)}: " \
                     f"{format_share(row['targets'][year], lang, 0)})"
        out.append((row["name"], value))
    return out


def _pairs(params: Any, groups: tuple[str, ...] | None, lang: str) -> str:
    part_of = dict(getattr(params.rules, "group_part_of", {}) or {})
    pairs = [(c, p) for c, p in sorted(part_of.items())
             if groups is None or (c in groups and p in groups)]
    if not pairs:
        return label("assume.groups.none", lang)
    return "; ".join(label("assume.group_pair", lang).format(child=label(c, lang),
                                                             parent=label(p, lang))
                     for c, p in pairs)


def assumptions(params: Any, summary: dict[str, Any], lang: str,
                groups: tuple[str, ...] | None = None) -> list[str]:
    """The assumptions sheet: what each measure counts, access, overlapping groups, the internet
    basis, the objective and its exchange rate with a worked example, costs, take-up."""
    w = {k: float(v) for k, v in params.rules.gap_weights.items()}
    wt = {k: weight_text(w.get(k, 0.0), lang) for k in ("institutional", "device", "internet")}
    net_unit = summary["measures"]["internet"]["unit"]
    basis = net_unit if net_unit in ("households", "people") else "mixed"
    bench = params.rules.benchmarks_mbps
    lines = [label("assume.measures", lang), label("assume.device", lang),
             label(f"assume.internet.{basis}", lang), label("assume.institutions", lang),
             label("assume.access", lang).format(
                 school=format_number(bench.get("school", 0.0), lang),
                 fap=format_number(bench.get("fap", 0.0), lang),
                 psc=format_number(bench.get("psc", 0.0), lang)),
             label("assume.groups", lang).format(pairs=_pairs(params, groups, lang))]
    kind = summary.get("objective", {}).get("kind", "rule")
    if kind == "gap_index":
        lines.append(label("assume.objective.gap_index", lang).format(
            wi=wt["institutional"], wd=wt["device"], wn=wt["internet"]))
    elif kind == "envelopes":
        shares = summary.get("objective", {}).get("envelope_shares") or getattr(
            params, "envelope_shares", {})
        text = ", ".join(f"{label(k, lang)} {format_share(v, lang, 0)}"
                         for k, v in shares.items())
        lines.append(label("assume.objective.envelopes", lang).format(shares=text))
    else:
        lines.append(label("assume.objective.rule", lang).format(
            strategy=label(params.strategy, lang), wi=wt["institutional"], wd=wt["device"],
            wn=wt["internet"]))
    if w.get("device") and w.get("internet"):
        lines.append(label("assume.exchange_example", lang).format(
            ratio_d=weight_text(w.get("institutional", 0.0) / w["device"], lang),
            ratio_n=weight_text(w.get("institutional", 0.0) / w["internet"], lang)))
    costs = params.costs
    lines.append(label("assume.costs", lang).format(
        device=format_kzt(costs.voucher_cost("device_voucher"), lang),
        internet=format_kzt(costs.voucher_cost("internet_voucher"), lang),
        monthly=format_kzt(costs.internet_monthly_kzt, lang),
        months=format_number(costs.internet_months, lang),
        overhead=format_share(costs.voucher_overhead_share, lang, 0)))
    takeup = ", ".join(f"{label(g, lang)} {format_share(t, lang, 0)}"
                       for g, t in params.takeup.items())
    lines.append(label("assume.takeup", lang).format(
        groups=takeup, default=format_share(params.default_takeup, lang, 0)))
    lines.append(label("assume.network", lang))
    lines.append(label("assume.area", lang))
    lines.append(label("assume.seed002", lang).format(
        urban=label("school_internet_share_urban", lang),
        rural=label("school_internet_share_rural", lang)))
    return lines
