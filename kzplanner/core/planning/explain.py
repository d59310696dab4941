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
        "en": "every item in this plan reaches at least {cut} people per 1 M ₸; here the best "
              "buy is {best} ({rate} people per 1 M ₸){equity}",
        "ru": "каждая позиция плана даёт не меньше {cut} чел. на 1 млн ₸; здесь лучшая покупка — "
              "{best} ({rate} чел. на 1 млн ₸){equity}",
        "kk": "жоспардың әр позициясы 1 млн ₸-ге кемінде {cut} адамға жетеді; мұнда ең тиімдісі — "
              "{best} (1 млн ₸-ге {rate} адам){equity}",
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
        "en": "its combined access gap ({gap}) was among the largest, and worst-first lifts the "
              "worst unit first",
        "ru": "её сводный разрыв доступа ({gap}) был среди наибольших, а стратегия «худшие "
              "первыми» поднимает худшую единицу первой",
        "kk": "оның жиынтық алшақтығы ({gap}) ең үлкендердің бірі еді, ал «алдымен ең нашарлар» "
              "стратегиясы ең нашар бірлікті бірінші көтереді",
    },
}
_RECEIVED = {"en": "{unit} received {items} for {cost}, because {why}.",
             "ru": "{unit} получает {items} на {cost}, потому что {why}.",
             "kk": "{unit} {cost} сомасына {items} алады, себебі {why}."}
_NOTHING = {"en": "{unit} received nothing: {why}.",
            "ru": "{unit} ничего не получает: {why}.",
            "kk": "{unit} ештеңе алмайды: {why}."}
_NOTHING_WHY = {
    "en": "its items reach fewer people per ₸ than those chosen elsewhere, or it has no need left",
    "ru": "её позиции дают меньше людей на 1 ₸, чем выбранные в других местах, или потребность "
          "исчерпана",
    "kk": "оның позициялары басқа жерде таңдалғандардан 1 ₸-ге азырақ адамға жетеді немесе "
          "қажеттілік жоқ",
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


def explain_units(ds: Dataset, result: PlanResult, lang: str = "en") -> pd.Series:
    """One sentence per unit saying what it received and why, indexed by unit code."""
    alloc = result.allocation.copy()
    alloc["rate"] = 1e6 * alloc["people"] / alloc["cost_kzt"].replace(0, np.nan)
    strategy = result.params.strategy
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
            texts[code] = _NOTHING[lang].format(unit=name, why=_NOTHING_WHY[lang])
            continue
        items = ", ".join(_item_phrase(r, lang) for _, r in rows.head(3).iterrows())
        if len(rows) > 3:
            items += " …"
        if strategy == "max_impact":
            best = rows.sort_values("rate", ascending=False).iloc[0]
            w = (before[code] / mean_gap) ** result.params.equity if result.params.equity else 1
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
