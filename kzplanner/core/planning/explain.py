"""Plain-language reasons for a plan: per unit, per kit, in kk/ru/en."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzplanner.core.catalogue import label
from kzplanner.core.dataset import Dataset
from kzplanner.core.formatting import format_kzt, format_number, format_share
from kzplanner.core.planning.result import PlanResult

_WHY = {
    "max_impact": {
        "en": "every item in this plan lowers the combined access-gap index, weighted by "
              "population, by at least {cut} person-points per 1 M ₸; here the best buy is {best} "
              "({rate} person-points per 1 M ₸){equity}",
        "ru": "каждая позиция плана снижает сводный индекс разрыва доступа, взвешенный по "
              "населению, не меньше чем на {cut} чел.-пунктов на 1 млн ₸; здесь лучшая покупка — "
              "{best} ({rate} чел.-пунктов на 1 млн ₸){equity}",
        "kk": "жоспардың әр позициясы халық санымен өлшенген жиынтық алшақтық индексін 1 млн ₸-ге "
              "кемінде {cut} адам-пунктке төмендетеді; мұнда ең тиімдісі — {best} (1 млн ₸-ге "
              "{rate} адам-пункт){equity}",
    },
    "envelopes": {
        "en": "each programme spends its own share of the budget on what reaches most people of "
              "its own measure per ₸; here the best buy is {best} ({rate} people per 1 M ₸)"
              "{equity}",
        "ru": "каждая программа тратит свою долю бюджета на то, что даёт больше всего людей по её "
              "собственному показателю на 1 ₸; здесь лучшая покупка — {best} ({rate} чел. на "
              "1 млн ₸){equity}",
        "kk": "әр бағдарлама бюджеттегі өз үлесін өз көрсеткіші бойынша 1 ₸-ге ең көп адамға "
              "жететін нәрсеге жұмсайды; мұнда ең тиімдісі — {best} (1 млн ₸-ге {rate} адам)"
              "{equity}",
    },
    "proportional": {
        "en": "its people lacking access are {share} of the total, so it receives about that "
              "share of the money, split by the instrument shares",
        "ru": "на неё приходится {share} людей без доступа, и она получает примерно такую же долю "
              "средств, разделённую по долям инструментов",
        "kk": "қолжетімділігі жоқ адамдардың {share} осында, сондықтан қаражаттың шамамен сондай "
              "үлесін алады, құралдар үлесі бойынша бөлінген",
    },
    "equal": {
        "en": "it has {share} of the eligible people and receives the same money per eligible "
              "person as every other unit",
        "ru": "здесь {share} всех имеющих право, и она получает столько же средств на человека, "
              "сколько другие единицы",
        "kk": "мұнда құқығы барлардың {share} бар, және ол басқа бірліктермен бірдей адам басына "
              "қаражат алады",
    },
    "worst_first": {
        "en": "its combined access gap ({gap}) was among the largest, and worst first lowers the "
              "largest gaps first, each with the items that lower it most per ₸",
        "ru": "её сводный разрыв доступа ({gap}) был среди наибольших, а стратегия «сначала "
              "худшие» сокращает наибольшие разрывы первыми, позициями, которые сокращают их "
              "сильнее всего на 1 ₸",
        "kk": "оның жиынтық алшақтығы ({gap}) ең үлкендердің бірі еді, ал «алдымен ең нашарлар» "
              "стратегиясы ең үлкен алшақтықтарды бірінші, 1 ₸-ге ең көп азайтатын "
              "позициялармен азайтады",
    },
}
_RECEIVED = {"en": "{unit} received {items} for {cost}, because {why}.",
             "ru": "{unit} получает {items} на {cost}, потому что {why}.",
             "kk": "{unit} {cost} сомасына {items} алады, себебі {why}."}
_NOTHING = {"en": "{unit} received nothing: {why}.",
            "ru": "{unit} ничего не получает: {why}.",
            "kk": "{unit} ештеңе алмайды: {why}."}
_NOTHING_WHY = {
    "en": "its items lower the population-weighted gap less per ₸ than those chosen elsewhere, "
          "or it has no need left",
    "ru": "её позиции снижают взвешенный по населению разрыв на 1 ₸ меньше, чем выбранные в "
          "других местах, или потребность исчерпана",
    "kk": "оның позициялары халық санымен өлшенген алшақтықты 1 ₸-ге басқа жерде "
          "таңдалғандардан азырақ төмендетеді немесе қажеттілік жоқ",
}
# Why a unit got nothing under a rule-based strategy (people per ₸ plays no part there).
_NOTHING_WHY_RULE = {
    "worst_first": {
        "en": "its combined access gap ({gap}) stayed below the level to which the money lifted "
              "the worst units, or it has no need left",
        "ru": "её сводный разрыв доступа ({gap}) остался ниже уровня, до которого средства "
              "подняли худшие единицы, или потребность исчерпана",
        "kk": "оның жиынтық алшақтығы ({gap}) қаражат ең нашар бірліктерді көтерген деңгейден "
              "төмен қалды немесе қажеттілік жоқ",
    },
    "envelopes": {
        "en": "its items reach fewer people per ₸ of each programme's measure than those chosen "
              "elsewhere, or it has no need left",
        "ru": "её позиции дают меньше людей на 1 ₸ по показателю каждой программы, чем выбранные "
              "в других местах, или потребность исчерпана",
        "kk": "оның позициялары әр бағдарлама көрсеткіші бойынша 1 ₸-ге басқа жерде "
              "таңдалғандардан азырақ адамға жетеді немесе қажеттілік жоқ",
    },
    "shares": {
        "en": "it has no need left, or its share of the money was smaller than one item",
        "ru": "потребность исчерпана, или её доля средств меньше цены одной позиции",
        "kk": "қажеттілік жоқ немесе оның қаражат үлесі бір позиция бағасынан аз",
    },
}
_EQUITY = {"en": "; its equity weight is {w} (gap {gap} vs mean {mean})",
           "ru": "; её вес справедливости {w} (разрыв {gap} при среднем {mean})",
           "kk": "; әділдік салмағы {w} (алшақтық {gap}, орташа {mean})"}
_KIT_WHY = {
    "en": "serves {served} people for {cost}: {rate} people per 1 M ₸",
    "ru": "обслуживает {served} чел. за {cost}: {rate} чел. на 1 млн ₸",
    "kk": "{cost} сомасына {served} адамға қызмет етеді: 1 млн ₸-ге {rate} адам",
}
_LOCKED = {"en": "locked in by the planner", "ru": "закреплено планировщиком",
           "kk": "жоспарлаушы бекіткен"}


def _item_phrase(row: pd.Series, lang: str) -> str:
    what = label(row["instrument"], lang)
    whom = label(row["group"], lang)
    return f"{what} — {whom}: {format_number(row['count'], lang)}"


def kit_reasons(result: PlanResult, lang: str = "en") -> pd.Series:
    """Why each institution got a kit, indexed like result.kits."""
    k = result.kits
    locked = set(result.params.constraints.locked)
    out = []
    for row in k.itertuples(index=False):
        rate = 1e6 * float(row.people_served) / float(row.cost_kzt)
        text = _KIT_WHY[lang].format(served=format_number(row.people_served, lang),
                                     cost=format_kzt(row.cost_kzt, lang),
                                     rate=format_number(rate, lang, 1))
        if row.inst_id in locked:
            text = f"{_LOCKED[lang]}; {text}"
        out.append(text)
    return pd.Series(out, index=k.index, dtype=object)


def line_values(result: PlanResult) -> pd.Series:
    """Maximum impact's objective (person-points) of each allocation line, indexed like
    result.allocation: its vouchers' count × value, or its kits' values summed."""
    alloc = result.allocation
    items = result.items
    if items is None:
        return pd.Series(np.nan, index=alloc.index)
    keys = ["unit_code", "instrument", "group"]
    per_voucher = alloc[keys].merge(items.vouchers[keys + ["value"]], on=keys, how="left")
    value = per_voucher["value"].astype(float).to_numpy() * alloc["count"].to_numpy(float)
    kits = result.kits
    if len(kits) and "value" in kits:
        by_line = kits.groupby(["unit_code", "type"])["value"].sum()
        is_kit = (alloc["instrument"] == "kit").to_numpy()
        value[is_kit] = [float(by_line.get((u, t), np.nan)) for u, t in
                         zip(alloc.loc[is_kit, "unit_code"], alloc.loc[is_kit, "group"],
                             strict=True)]
    return pd.Series(value, index=alloc.index, dtype=float)


def explain_units(ds: Dataset, result: PlanResult, lang: str = "en") -> pd.Series:
    """One sentence per unit saying what it received and why, indexed by unit code."""
    alloc = result.allocation.copy()
    strategy = result.params.strategy
    cost = alloc["cost_kzt"].replace(0, np.nan)
    if strategy == "max_impact":  # its own rule: the weighted gap's fall per ₸
        alloc["rate"] = 1e6 * line_values(result) / cost
    else:
        alloc["rate"] = 1e6 * alloc["people"] / cost
    cut = alloc["rate"].min() if len(alloc) else np.nan
    before = result.before["combined_gap"]
    mean_gap = before.mean()
    per_unit = result.per_unit()
    counts = result.counts_before
    lacking = (sum(counts[f"{g}_no_device"] + counts[f"{g}_no_internet"] for g in ds.groups)
               if ds.groups else 0.0)
    lacking = lacking + sum(counts[f"{t}_people"] - counts[f"{t}_people_access"]
                            for t in ("school", "fap", "psc"))
    eligible = (sum(counts[f"{g}_eligible"] for g in ds.groups) if ds.groups else 0.0) + sum(
        counts[f"{t}_people"] for t in ("school", "fap", "psc"))
    texts = {}
    for code in ds.units.index:
        name = ds.unit_name(str(code), lang)
        rows = alloc[alloc["unit_code"] == code].sort_values("cost_kzt", ascending=False)
        if rows.empty:
            if strategy == "worst_first":
                why = _NOTHING_WHY_RULE["worst_first"][lang].format(
                    gap=format_number(before[code], lang, 1))
            elif strategy in ("proportional", "equal"):
                why = _NOTHING_WHY_RULE["shares"][lang]
            elif strategy == "envelopes":
                why = _NOTHING_WHY_RULE["envelopes"][lang]
            else:
                why = _NOTHING_WHY[lang]
            texts[code] = _NOTHING[lang].format(unit=name, why=why)
            continue
        items = ", ".join(_item_phrase(r, lang) for _, r in rows.head(3).iterrows())
        if len(rows) > 3:
            items += " …"
        if strategy in ("max_impact", "envelopes"):
            best = rows.sort_values("rate", ascending=False).iloc[0]
            weights = result.items.equity_weight if result.items is not None else None
            w = (float(weights[code]) if weights is not None and code in weights.index
                 else (before[code] / mean_gap) ** result.params.equity)
            equity = (_EQUITY[lang].format(w=format_number(w, lang, 2),
                                           gap=format_number(before[code], lang, 1),
                                           mean=format_number(mean_gap, lang, 1))
                      if result.params.equity else "")
            why = _WHY[strategy][lang].format(
                cut=format_number(cut, lang, 1),
                best=_item_phrase(best, lang), rate=format_number(best["rate"], lang, 1),
                equity=equity)
        elif strategy in ("proportional", "equal"):
            basis = lacking if strategy == "proportional" else eligible
            share = float(basis[code] / basis.sum()) if basis.sum() else 0.0
            why = _WHY[strategy][lang].format(share=format_share(share, lang))
        else:
            why = _WHY["worst_first"][lang].format(gap=format_number(before[code], lang, 1))
        texts[code] = _RECEIVED[lang].format(unit=name, items=items,
                                             cost=format_kzt(per_unit.loc[code, "spent_kzt"],
                                                             lang), why=why)
    return pd.Series(texts, dtype=object)
